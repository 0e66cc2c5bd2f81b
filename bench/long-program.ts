// How the fast fidelity's run time grows with a program's length (part of `npm run bench`): the
// same 4-instruction group (READ_HOST, READ_WEIGHTS, MATMUL with a tile switch, ACTIVATE over
// rotating UB and accumulator rows) repeated into programs of 10,000 and 100,000 instructions on
// small-16. Per-instruction times that stay about equal show the scheduler is linear in length;
// a quadratic one would make the long program's per-instruction time about 10 times larger.
import type { Instruction } from '../isa/index.js';
import { Simulator, loadConfig } from '../sim/index.js';

function rotatingGroups(groups: number): Instruction[] {
  const ins: Instruction[] = [];
  for (let g = 0; g < groups; g++) {
    const row = (g % 64) * 16;
    const acc = (g % 32) * 8;
    ins.push({ op: 'READ_HOST', ub: row, host: 0, rows: 4, rowBytes: 0 } as Instruction);
    ins.push({ op: 'READ_WEIGHTS', addr: 0, tiles: 1 } as Instruction);
    ins.push({ op: 'MATMUL', ub: row, acc, len: 4, switch: true } as Instruction);
    ins.push({ op: 'ACTIVATE', acc, ub: row + 8, len: 4 } as Instruction);
  }
  ins.push({ op: 'HALT' } as Instruction);
  return ins;
}

/** Seconds per instruction of a fast-fidelity run of `groups` groups, best of 3. */
function secondsPerInstruction(groups: number): number {
  const sim = Simulator.create(loadConfig('small-16'));
  const instructions = rotatingGroups(groups);
  sim.load({ program: { instructions, segments: [] }, hostBytes: 64, weights: new Uint8Array(256).fill(1) });
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    sim.run({ fidelity: 'fast' });
    times.push((performance.now() - t0) / 1000);
  }
  return Math.min(...times) / instructions.length;
}

/** Runs the short and the long program and prints their per-instruction times and ratio. */
export function benchLongProgram(): void {
  const short = secondsPerInstruction(2_500);
  const long = secondsPerInstruction(25_000);
  console.log(
    `(g) fast fidelity, small-16, 10,000 vs 100,000 instructions: ${(short * 1e6).toFixed(2)} vs ${(long * 1e6).toFixed(2)} µs per instruction ` +
      `(best of 3 each); ratio long / short = ${(long / short).toFixed(2)} (linear scheduling: about 1)`,
  );
}
