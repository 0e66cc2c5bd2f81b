// The matrix helper thread (sim/matrix-helper.ts) shares each large MATMUL with the core, the two
// claiming units of it: groups of rows for long ones, of column panels for short ones. Whichever
// thread computes which part, the accumulators must be exactly the int32 products computed here in
// JavaScript, and equal to a run without the helper.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { InstructionInput } from '../../isa/index.js';
import { Simulator, type HardwareConfig } from '../../sim/index.js';
import { config, randomBytes, randomInt8 } from './helpers.js';

type TileKind = 'dense' | 'diagonal' | 'inner';

/** A rows x cols int8 weight tile: dense, diagonal, or dense inside zero borders (a partial extent). */
function weightTile(kind: TileKind, rows: number, cols: number, seed: number): Int8Array {
  const t = randomInt8(rows * cols, seed);
  for (let k = 0; k < rows; k++) {
    for (let n = 0; n < cols; n++) {
      const keep = kind === 'dense' || (kind === 'diagonal' ? k === n : k >= 5 && k < rows - 7 && n >= 17 && n < cols - 19);
      if (!keep) t[k * cols + n] = 0;
    }
  }
  return t;
}

interface Step {
  kind: TileKind;
  accumulate: boolean;
  unsigned: boolean;
}

/** Accumulators after the steps' MATMULs (each over the same `len` UB rows), computed directly. */
function expected(steps: Step[], tiles: Int8Array[], host: Uint8Array, len: number, R: number, C: number): Int32Array {
  const acc = new Int32Array(len * C);
  steps.forEach((st, i) => {
    const w = tiles[i]!;
    for (let v = 0; v < len; v++) {
      for (let n = 0; n < C; n++) {
        let sum = st.accumulate ? acc[v * C + n]! : 0;
        for (let k = 0; k < R; k++) {
          const x = st.unsigned ? host[v * R + k]! : (host[v * R + k]! << 24) >> 24;
          sum += x * w[k * C + n]!;
        }
        acc[v * C + n] = sum;
      }
    }
  });
  return acc;
}

/** Loads the steps (one tile and one MATMUL each, over UB rows 0..len-1) into `sim`. */
function load(sim: Simulator, steps: Step[], tiles: Int8Array[], host: Uint8Array, len: number): void {
  const { rows: R, cols: C } = sim.config.matrix;
  const weights = new Uint8Array(steps.length * R * C);
  tiles.forEach((t, i) => weights.set(new Uint8Array(t.buffer, t.byteOffset, t.byteLength), i * R * C));
  const program: InstructionInput[] = [{ op: 'READ_HOST', ub: 0, host: 0, rows: len }];
  steps.forEach((st, i) => {
    program.push({ op: 'READ_WEIGHTS', addr: i * R * C, tiles: 1 });
    program.push({ op: 'MATMUL', ub: 0, acc: 0, len, switch: true, accumulate: st.accumulate, unsigned: st.unsigned });
  });
  program.push({ op: 'HALT' });
  sim.load({ program: { instructions: program as never, segments: [] }, host, weights });
}

/** Runs until the helper has taken work (its thread starts asynchronously), at most `tries` times. */
function runWithHelper(sim: Simulator, tries = 200): number {
  for (let i = 0; i < tries; i++) {
    sim.run({ fidelity: 'fast', matrixHelper: true });
    if (sim.matrixHelperJobs() > 0) return sim.matrixHelperJobs();
  }
  return 0;
}

const STEPS: Step[] = [
  { kind: 'dense', accumulate: false, unsigned: false },
  { kind: 'inner', accumulate: true, unsigned: true },
  { kind: 'diagonal', accumulate: true, unsigned: false },
  { kind: 'dense', accumulate: true, unsigned: true },
];

describe('the matrix helper thread', () => {
  const cases: { name: string; cfg: HardwareConfig; len: number }[] = [
    // a MATMUL is shared from 2^20 MACs on: under 48 rows cut by column panels (a 512-wide array),
    // longer ones by rows; 200 or 400 columns leave a partial last panel
    { name: 'cut by panels, 512 x 512', cfg: config('tpu-v1', { 'matrix.rows': 512, 'matrix.cols': 512 }), len: 40 },
    { name: 'cut by panels, 512 x 400', cfg: config('tpu-v1', { 'matrix.rows': 512, 'matrix.cols': 400 }), len: 30 },
    { name: 'cut by rows, 256 x 256', cfg: config('tpu-v1'), len: 1001 },
    { name: 'cut by rows, 256 x 200', cfg: config('tpu-v1', { 'matrix.cols': 200 }), len: 301 },
  ];
  for (const { name, cfg, len } of cases) {
    it(`gives the exact products with and without it (${name}, ${len} rows)`, () => {
      const { rows: R, cols: C } = cfg.matrix;
      const tiles = STEPS.map((st, i) => weightTile(st.kind, R, C, 11 + i));
      const host = randomBytes(len * R, 7);
      const want = expected(STEPS, tiles, host, len, R, C);
      const sim = Simulator.create(cfg);
      load(sim, STEPS, tiles, host, len);
      expect(runWithHelper(sim)).toBeGreaterThan(0);
      const withHelper = sim.readAccumulators(0, len);
      const counters = sim.run({ fidelity: 'fast', matrixHelper: false }).counters;
      expect(sim.matrixHelperJobs()).toBe(0);
      const without = sim.readAccumulators(0, len);
      expect(Array.from(withHelper)).toEqual(Array.from(want));
      expect(Array.from(without)).toEqual(Array.from(want));
      expect(sim.run({ fidelity: 'fast', matrixHelper: true }).counters).toEqual(counters);
    });
  }

  it('lets the process exit when the run is over', () => {
    const script = `
      import { Simulator, loadConfig } from './sim/index.ts';
      const sim = Simulator.create(loadConfig('tpu-v1'));
      sim.load({ program: { instructions: [
        { op: 'READ_HOST', ub: 0, host: 0, rows: 600 },
        { op: 'READ_WEIGHTS', addr: 0, tiles: 1 },
        { op: 'MATMUL', ub: 0, acc: 0, len: 600, switch: true },
        { op: 'HALT' }], segments: [] }, host: new Uint8Array(600 * 256).fill(3), weights: new Uint8Array(65536).fill(1) });
      // until the helper has taken part (it attaches asynchronously), at least 20 runs
      let jobs = 0;
      for (let i = 0; i < 20 || (jobs === 0 && i < 2000); i++) {
        sim.run({ matrixHelper: true });
        jobs += sim.matrixHelperJobs();
      }
      console.log(sim.readAccumulators(0, 1)[0], jobs > 0);
    `;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: process.cwd(),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    // a helper that never ran would pass the exit check vacuously (as under --input-type=module
    // it once did: its eval'd source called require)
    expect(child.stdout.trim()).toBe(`${3 * 256} true`);
  });
});
