// The memories between loads and runs: what a program ran with data effects wrote is zeroed
// again, what a timing-only run never wrote is not touched at all, and the weight image is written
// into weight memory only when a run first reads it.
import { describe, expect, it } from 'vitest';
import { assemble } from '../../isa/index.js';
import { Simulator } from '../../sim/index.js';
import { config, loaded } from './helpers.js';

const small = config('small-16');
const SOURCE =
  'READ_WEIGHTS addr=0\nREAD_HOST ub=0, host=0, rows=4\nMATMUL ub=0, acc=0, len=4, switch\n' +
  'ACTIVATE acc=0, ub=8, len=4\nWRITE_HOST ub=8, host=0, rows=4\nHALT';
const host = new Uint8Array(64).map((_, i) => 1 + (i % 5));
const weights = new Uint8Array(256).fill(1);

describe('memories between loads and runs', () => {
  it('gives a full run after a timing-only run the values of a first run', () => {
    const a = loaded(small, SOURCE, { host, weights });
    a.run();
    const expected = Array.from(a.readAccumulators(0, 4));
    const b = loaded(small, SOURCE, { host, weights });
    b.run({ timingOnly: true });
    expect(Array.from(b.readAccumulators(0, 4)).every((v) => v === 0)).toBe(true);
    b.run();
    expect(Array.from(b.readAccumulators(0, 4))).toEqual(expected);
    // and a run after it starts from zeroed accumulators again (MATMUL without accumulate would hide it: accumulate)
    const acc = SOURCE.replace('len=4, switch', 'len=4, switch, accumulate');
    const c = loaded(small, acc, { host, weights });
    c.run();
    c.run({ timingOnly: true });
    c.run();
    expect(Array.from(c.readAccumulators(0, 4))).toEqual(expected);
  });

  it('zeroes after a reload what an exact run wrote', () => {
    const sim = loaded(small, SOURCE, { host, weights });
    sim.run({ fidelity: 'exact' });
    expect(Array.from(sim.readUb(8, 4)).some((v) => v !== 0)).toBe(true);
    sim.load({ program: assemble('HALT'), host, weights });
    expect(Array.from(sim.readUb(8, 4)).every((v) => v === 0)).toBe(true);
    expect(Array.from(sim.readAccumulators(0, 4)).every((v) => v === 0)).toBe(true);
  });

  it('does not touch the rows a timing-only run could have written (scalesim-ws32: 64 MiB of accumulators)', () => {
    const sim = Simulator.create(config('scalesim-ws32'));
    // 2^19 accumulator rows of 32 int32: 64 MiB the program may write
    const program = assemble('READ_HOST ub=0, host=0, rows=8\nMATMUL ub=0, acc=0, len=524288\nHALT');
    sim.load({ program, hostBytes: 256 });
    sim.run({ timingOnly: true });
    const before = process.resourceUsage().minorPageFault;
    sim.load({ program, hostBytes: 256 });
    sim.run({ timingOnly: true });
    // zeroing the 64 MiB would fault in 16,384 pages of 4 KiB
    expect(process.resourceUsage().minorPageFault - before).toBeLessThan(2048);
  });

  it('writes the weight image when a run first executes data effects, not for timing-only runs', () => {
    const other = new Uint8Array(256).map((_, i) => (i % 7) - 3);
    const expected = (w: Uint8Array) => {
      const fresh = loaded(small, SOURCE, { host, weights: w });
      fresh.run();
      return Array.from(fresh.readAccumulators(0, 4));
    };
    const sim = loaded(small, SOURCE, { host, weights });
    sim.run({ timingOnly: true });
    sim.load({ program: assemble(SOURCE), host, weights: other });
    sim.run({ timingOnly: true });
    sim.run();
    expect(Array.from(sim.readAccumulators(0, 4))).toEqual(expected(other));
    sim.load({ program: assemble(SOURCE), host, weights });
    sim.run({ fidelity: 'exact' });
    expect(Array.from(sim.readAccumulators(0, 4))).toEqual(expected(weights));

    const big = Simulator.create(small);
    const image = new Uint8Array(2 ** 24).fill(1); // 16 MiB: 4,096 pages of 4 KiB
    const before = process.resourceUsage().minorPageFault;
    big.load({ program: assemble(SOURCE), host, weights: image });
    big.run({ timingOnly: true });
    expect(process.resourceUsage().minorPageFault - before).toBeLessThan(1024);
  });

  it('does not clear the UB scoreboard of a new simulator (scalesim-google: 3 MiB) page by page', () => {
    const before = process.resourceUsage().minorPageFault;
    Simulator.create(config('scalesim-google'));
    // about 1,000 faults (4 MiB) for the instance and what its memories start on; clearing the scoreboard adds 768
    expect(process.resourceUsage().minorPageFault - before).toBeLessThan(1536);
  });
});
