// The Simulator API: loading programs (decoded or binary) with host/weight images and data
// segments, repeatable runs, traces, progress, memory accessors, and scale.
import { describe, expect, it } from 'vitest';
import { assemble, encodeProgram, roundHalfEven, type Instruction } from '../../isa/index.js';
import { COUNTERS, GemmFitError, Simulator, buildFoldedGemm } from '../../sim/index.js';
import { config, loaded, randomInt8 } from './helpers.js';

const small = config('small-16');

describe('Simulator', () => {
  it('sizes host memory to cover the image, the segments and the requested size, segments on top', () => {
    const program = assemble('HALT\n.host 0x40\n.u8 9, 8, 7');
    const sim = Simulator.create(small);
    sim.load({ program, host: new Uint8Array(100).fill(1), hostBytes: 50 });
    expect(sim.readHost().length).toBe(100);
    sim.load({ program, host: new Uint8Array(10).fill(1), hostBytes: 50 });
    expect(sim.readHost().length).toBe(67); // segment ends at 0x43
    sim.load({ program, host: new Uint8Array(100).fill(1) });
    sim.run();
    expect(Array.from(sim.readHost(0x3f, 5))).toEqual([1, 9, 8, 7, 1]);
  });

  it('lets writeHost write the host image over `host` and the segments, each load starting from zeros', () => {
    const program = assemble('HALT\n.host 0x40\n.u8 9, 8, 7');
    const sim = Simulator.create(small);
    sim.load({ program, host: new Uint8Array(100).fill(1), writeHost: (host) => host.fill(5, 0x41, 0x50) });
    expect(Array.from(sim.readHost(0x3f, 5))).toEqual([1, 9, 5, 5, 5]);
    // a smaller image after a larger one (the simulator reuses its storage): nothing of the first remains
    let seen: number[] = [];
    sim.load({ program, hostBytes: 80, writeHost: (host) => (seen = Array.from(host)) });
    expect(seen.length).toBe(80);
    expect(seen.filter((b, i) => b !== 0 && i < 0x40).length).toBe(0);
    expect(seen.slice(0x40, 0x44)).toEqual([9, 8, 7, 0]);
    // an earlier image is restored for a second run of the same load
    sim.load({ program, hostBytes: 16, writeHost: (host) => host.fill(3, 0, 16) });
    sim.run();
    sim.run();
    expect(Array.from(sim.readHost(0, 3))).toEqual([3, 3, 3]);
    expect(sim.readHostWith(0x40, 3, (bytes) => Array.from(bytes))).toEqual([9, 8, 7]);
    expect(() => sim.readHostWith(0x40, 8, () => 0)).toThrow(/host memory: 64..72 is outside 0..67/);
  });

  it('gives the same result for a decoded program and its binary, and for repeated runs', () => {
    const source =
      'READ_WEIGHTS addr=0\nREAD_HOST ub=0, host=0, rows=4\nMATMUL ub=0, acc=0, len=4, switch, accumulate\n' +
      'ACTIVATE acc=0, ub=8, len=4\nWRITE_HOST ub=8, host=0, rows=4\nHALT';
    const host = new Uint8Array(64).map((_, i) => (i * 5) % 7);
    const weights = new Uint8Array(256).map((_, i) => (i % 3) - 1);
    const a = loaded(small, source, { host, weights });
    const r1 = a.run();
    const out1 = a.readHost();
    // accumulate into accumulators that start at zero again, and from the original host image
    const r2 = a.run();
    expect(Array.from(a.readHost())).toEqual(Array.from(out1));
    expect(r2.counters).toEqual(r1.counters);
    const b = Simulator.create(small);
    b.load({ program: encodeProgram(assemble(source)), host, weights });
    const r3 = b.run();
    expect(r3.totalCycles).toBe(r1.totalCycles);
    expect(Array.from(b.readHost())).toEqual(Array.from(out1));
    expect(Array.from(b.readAccumulators(0, 4))).toEqual(Array.from(a.readAccumulators(0, 4)));
    expect(Array.from(b.readUb(8, 4))).toEqual(Array.from(a.readUb(8, 4)));
  });

  it('starts each loaded program on zeroed memories, however far apart the rows an earlier program wrote', () => {
    // 65,536 accumulator rows of 64 bytes (4 MiB) and a 1 MiB UB: the core tracks written 64 KiB blocks
    const big = {
      ...small,
      unifiedBuffer: { ...small.unifiedBuffer, bytes: 2 ** 20 },
      accumulators: { ...small.accumulators, entries: 2 ** 16 },
    };
    const source =
      'READ_WEIGHTS addr=0\nREAD_HOST ub=0, host=0, rows=4\nMATMUL ub=0, acc=0, len=4, switch\n' +
      'MATMUL ub=0, acc=65000, len=4, accumulate\nACTIVATE acc=65000, ub=16000, len=4\nHALT';
    const host = new Uint8Array(64).map((_, i) => 1 + (i % 5));
    const weights = new Uint8Array(256).fill(1);
    const sim = loaded(big, source, { host, weights });
    sim.run();
    expect(Array.from(sim.readAccumulators(65000, 4)).some((v) => v !== 0)).toBe(true);
    expect(Array.from(sim.readUb(16000, 4)).some((v) => v !== 0)).toBe(true);
    for (const next of ['HALT', source]) {
      sim.load({ program: assemble(next), host, weights });
      for (const [lo, hi] of [
        [0, 4],
        [65000, 65004],
      ])
        expect(Array.from(sim.readAccumulators(lo!, hi! - lo!)).every((v) => v === 0)).toBe(true);
      expect(Array.from(sim.readUb(16000, 4)).every((v) => v === 0)).toBe(true);
    }
    // the reloaded program ran after a reset that zeroed its own rows: the same values again
    const again = Array.from(sim.run() && sim.readAccumulators(65000, 4));
    sim.run();
    expect(Array.from(sim.readAccumulators(65000, 4))).toEqual(again);
  });

  it('reports every counter by its COUNTERS name, totals and per tag', () => {
    const r = loaded(small, 'TAG 5\nNOP 3\nTAG 6\nMATMUL ub=0, acc=0, len=2\nHALT').run();
    expect(Object.keys(r.counters)).toEqual(COUNTERS.map((c) => c.name));
    expect(r.perTag.map((t) => t.tag)).toEqual([5, 6]);
    expect(r.perTag[1]!.opcodes).toEqual({ TAG: 1, MATMUL: 1, HALT: 1 });
    expect(r.config).toBe('small-16');
    expect(r.seconds).toBeCloseTo(r.totalCycles * 1e-9, 15);
  });

  it('records a bounded per-unit trace', () => {
    const source = 'READ_HOST ub=0, host=0, rows=4\nMATMUL ub=0, acc=0, len=4\nACTIVATE acc=0, ub=8, len=4\nHALT';
    const sim = loaded(small, source, { hostBytes: 64 });
    const full = sim.run({ trace: { limit: 10 } });
    // READ_HOST [0, 8) ready 28; MATMUL [28, 32) ready 62; ACTIVATE [62, 66) ready 68
    expect(full.trace).toEqual({
      truncated: false,
      entries: [
        { unit: 'host', pc: 0, op: 'READ_HOST', start: 0, end: 8, ready: 28 },
        { unit: 'matrix', pc: 1, op: 'MATMUL', start: 28, end: 32, ready: 62 },
        { unit: 'activate', pc: 2, op: 'ACTIVATE', start: 62, end: 66, ready: 68 },
      ],
    });
    const cut = sim.run({ trace: { limit: 1 } });
    expect(cut.trace!.entries.length).toBe(1);
    expect(cut.trace!.truncated).toBe(true);
    expect(sim.run().trace).toBeUndefined();
  });

  it('reports progress ending at 1', () => {
    const fractions: number[] = [];
    loaded(small, 'MATMUL ub=0, acc=0, len=8\nHALT').run({ onProgress: (p) => fractions.push(p.fraction) });
    expect(fractions.length).toBeGreaterThan(0);
    expect(fractions[fractions.length - 1]).toBe(1);
  });

  it('checks memory reads against the memory sizes', () => {
    const sim = loaded(small, 'HALT', { hostBytes: 16 });
    expect(() => sim.readHost(10, 10)).toThrow(/host memory: 10..20 is outside 0..16/);
    expect(() => sim.readUb(4095, 2)).toThrow(/Unified Buffer rows/);
    expect(() => sim.readAccumulators(-1, 1)).toThrow(/accumulator rows/);
    expect(sim.readUb(4095, 1).length).toBe(16);
  });

  it('runs a 100,000-instruction program, counting every instruction and every matrix-unit cycle once', () => {
    // (how its run time scales with the program's length is measured by `npm run bench`, item (g))
    // 25,000 groups of READ_HOST, READ_WEIGHTS, MATMUL (switching), ACTIVATE over rotating rows
    const ins: Instruction[] = [];
    for (let g = 0; g < 25_000; g++) {
      const row = (g % 64) * 16;
      ins.push({ op: 'READ_HOST', ub: row, host: 0, rows: 4, rowBytes: 0 } as Instruction);
      ins.push({ op: 'READ_WEIGHTS', addr: 0, tiles: 1 } as Instruction);
      ins.push({ op: 'MATMUL', ub: row, acc: (g % 32) * 8, len: 4, switch: true } as Instruction);
      ins.push({ op: 'ACTIVATE', acc: (g % 32) * 8, ub: row + 8, len: 4 } as Instruction);
    }
    ins.push({ op: 'HALT' } as Instruction);
    const sim = Simulator.create(small);
    sim.load({ program: { instructions: ins, segments: [] }, hostBytes: 64, weights: new Uint8Array(256).fill(1) });
    const r = sim.run();
    expect(r.counters.instructions).toBe(100_001);
    expect(r.counters.activeCycles! + r.counters.weightStallCycles! + r.counters.weightShiftCycles! + r.counters.nonMatrixCycles!).toBe(
      r.totalCycles,
    );
  });

  it('touches only the accumulator and UB rows programs write (scalesim-ws32: 576 MiB of accumulators and scoreboard)', () => {
    const before = process.memoryUsage().rss;
    const sim = Simulator.create(config('scalesim-ws32'));
    sim.load({
      program: assemble('READ_HOST ub=0, host=0, rows=8\nMATMUL ub=0, acc=4000000, len=8\nACTIVATE acc=4000000, ub=8, len=8\nHALT'),
      hostBytes: 256,
    });
    sim.run();
    sim.run();
    expect(Array.from(sim.readAccumulators(4000000, 1)).every((v) => v === 0)).toBe(true); // the zero tile
    const grown = (process.memoryUsage().rss - before) / 2 ** 20;
    // the accumulators alone are 512 MiB and the UB 16 MiB; resident memory grows by a few MiB
    expect(grown).toBeLessThan(128);
  });

  it('builds a fold-by-fold GEMM whose int8 outputs land in host memory fold by fold', () => {
    // 20 x 40 by 40 x 40 on 16x16: 3 row folds, 3 column folds (the last 8 columns wide)
    const [M, K, N] = [20, 40, 40];
    const a = randomInt8(M * K, 3);
    const b = randomInt8(K * N, 4);
    const built = buildFoldedGemm(small, { M, K, N, a, b, activate: { scale: 1 / 64 } });
    expect([built.rowFolds, built.colFolds]).toEqual([3, 3]);
    const sim = Simulator.create(small);
    sim.load({ program: built.program, host: built.host, weights: built.weights });
    sim.run();
    const out = new Int8Array(sim.readHost(built.outputHostOffset, M * N).buffer);
    for (let c = 0; c < 3; c++) {
      const cols = Math.min(16, N - 16 * c);
      for (let i = 0; i < M; i++) {
        for (let n = 0; n < cols; n++) {
          let sum = 0;
          for (let k = 0; k < K; k++) sum += a[i * K + k]! * b[k * N + 16 * c + n]!;
          const want = Math.max(-128, Math.min(127, roundHalfEven(Math.fround(sum / 64))));
          expect(out[c * M * 16 + i * cols + n]).toBe(want);
        }
      }
    }
    expect(() => buildFoldedGemm(small, { M: 2000, K: 16, N: 16 })).toThrow(GemmFitError);
  });
});
