// Output- and input-stationary matrix units (matrix.dataflow os / is): hand-computed cycles from
// sim/TIMING.md "Matrix unit under os and is" on square and rectangular arrays, and int8 values
// against a plain reference GEMM, on both fidelities.
import { describe, expect, it } from 'vitest';
import { Simulator, buildFoldedGemm, type HardwareConfig } from '../../sim/index.js';
import { assemble, executeProgram } from '../../isa/index.js';
import { FIDELITIES, config, randomBytes, randomInt8, run } from './helpers.js';

function cfg(df: 'os' | 'is', rows = 16, cols = 16): HardwareConfig {
  return config('small-16', {
    'matrix.dataflow': df,
    'matrix.rows': rows,
    'matrix.cols': cols,
    'unifiedBuffer.bytes': 4096 * Math.max(rows, cols),
  });
}

/** C = A . B in int32 (row-major, A M x K, B K x N). */
function gemmRef(a: Int8Array, b: Int8Array, M: number, K: number, N: number): Int32Array {
  const out = new Int32Array(M * N);
  for (let i = 0; i < M; i++)
    for (let n = 0; n < N; n++) {
      let s = 0;
      for (let k = 0; k < K; k++) s += a[i * K + k]! * b[k * N + n]!;
      out[i * N + n] = s;
    }
  return out;
}

describe.each(FIDELITIES)('os and is matrix units (%s fidelity)', (fidelity) => {
  it.each([
    // OS: ceil(len/R) groups of R + 2R + C - 2 (stream R, skew R-1 + C-1, drain R)
    ['os', 16, 16, 20, 2 * (3 * 16 + 16 - 2)], // 124
    ['os', 8, 16, 20, 3 * (3 * 8 + 16 - 2)], // 114
    ['os', 16, 8, 20, 2 * (3 * 16 + 8 - 2)], // 108
    ['os', 16, 16, 1, 3 * 16 + 16 - 2], // one partial group costs a whole one: 62
    // IS: ceil(len/C) groups of R (load) + C (stream) + R + C - 2
    ['is', 16, 16, 20, 2 * (2 * 16 + 2 * 16 - 2)], // 124
    ['is', 8, 16, 20, 2 * (2 * 8 + 2 * 16 - 2)], // 92
    ['is', 16, 8, 20, 3 * (2 * 16 + 2 * 8 - 2)], // 138
  ] as const)('%s on %dx%d: a multiply of %d vectors is ready after %d cycles', (df, rows, cols, len, want) => {
    const { result } = run(cfg(df, rows, cols), `MATMUL ub=0, acc=0, len=${len}\nHALT`, fidelity);
    expect([result.timing.start[0], result.timing.issueEnd[0], result.timing.ready[0]]).toEqual([0, want, want]);
    expect(result.totalCycles).toBe(want);
    expect(result.counters.activeCycles).toBe(want);
    expect(result.counters.matrixBusyCycles).toBe(want);
  });

  it.each([
    ['os', 16, 16, 1, 2 * 16 + 2 * 16 + 16 - 2], // int16 inputs: p = 2 streams R*p = 2R elements: 78
    ['is', 16, 16, 1, 2 * 16 + 2 * 16 + 16 - 2 + 16], // int16 inputs: two planes loaded (2R), stream 2C: 94
  ] as const)('%s on %dx%d with int16 inputs: %d vector ready after %d cycles', (df, rows, cols, len, want) => {
    const { result } = run(cfg(df, rows, cols), `MATMUL ub=0, acc=0, len=${len}, in16\nHALT`, fidelity);
    expect(result.timing.ready[0]).toBe(want);
  });

  it.each([
    ['os', 16, 16],
    ['is', 16, 16],
    ['os', 8, 16],
    ['is', 8, 16],
    ['os', 16, 8],
    ['is', 16, 8],
  ] as const)('%s on %dx%d computes a folded GEMM exactly (M=37, K=40, N=21)', (df, rows, cols) => {
    const c = cfg(df, rows, cols);
    const M = 37,
      K = 40,
      N = 21;
    const a = randomInt8(M * K, 11),
      b = randomInt8(K * N, 12);
    const g = buildFoldedGemm(c, { M, K, N, a, b });
    const sim = Simulator.create(c);
    sim.load({ program: g.program, host: g.host, weights: g.weights });
    sim.run({ fidelity });
    const accs = sim.readAccumulators();
    const want = gemmRef(a, b, M, K, N);
    for (let f = 0; f < g.colFolds; f++) {
      // the accumulators of the last column folds are still there (each fold has its own block here)
      if (g.accBase(f) !== f * M) continue;
      for (let i = 0; i < M; i++)
        for (let n = f * cols; n < Math.min(N, (f + 1) * cols); n++) {
          expect(accs[(g.accBase(f) + i) * cols + (n - f * cols)]).toBe(want[i * N + n]);
        }
    }
  });

  // A fold of several multiplies (asc/dataflow.ts chains): OS adds K chunks into the outputs the
  // cells hold, IS streams N chunks past the inputs it holds; only the tile's used rows (OS) or
  // columns (IS) stream. Each fold costs SCALE-Sim's fold, 2R + C + T - 2 (OS: + R cycles of
  // draining the outputs, which SCALE-Sim's code leaves out), T = K (OS) or N (IS).
  it.each([
    // OS, K = 16 + 5 = 21 > R: the first multiply only streams (16), the second streams 5, skews and drains
    ['os', 16, 16, 'usedRows=5', 'ub=0, acc=0, len=10', 'ub=32, acc=0, len=10, accumulate', [16, 21 + 2 * 16 + 16 - 2]],
    // OS on 8 x 16, K = 8 + 4 = 12
    ['os', 8, 16, 'usedRows=4', 'ub=0, acc=0, len=8', 'ub=32, acc=0, len=8, accumulate', [8, 12 + 2 * 8 + 16 - 2]],
    // OS, different accumulator rows: two folds, each with K = its used rows
    ['os', 16, 16, 'usedRows=5', 'ub=0, acc=0, len=10', 'ub=32, acc=16, len=10, accumulate', [46 + 16, 46 + 16 + 46 + 5]],
    // IS, N = 16 + 7 = 23 > C: the first multiply loads (R) and streams 16, its outputs flow out R + C - 2 later
    ['is', 16, 16, 'usedCols=7', 'ub=0, acc=0, len=12', 'ub=0, acc=16, len=12', [16 + 16 + 30, 2 * 16 + 16 + 23 - 2]],
    // IS on 16 x 8, N = 8 + 3 = 11
    ['is', 16, 8, 'usedCols=3', 'ub=0, acc=0, len=8', 'ub=0, acc=16, len=8', [16 + 8 + 22, 2 * 16 + 8 + 11 - 2]],
    // IS, other input rows: two folds, each loading its inputs
    ['is', 16, 16, 'usedCols=7', 'ub=0, acc=0, len=12', 'ub=32, acc=16, len=12', [2 * 16 + 16 + 16 - 2, 62 + 2 * 16 + 16 + 7 - 2]],
  ] as const)(
    '%s on %dx%d, second tile %s: chained folds are ready after %j cycles, values as the ISA',
    (df, rows, cols, used, m1, m2, want) => {
      const c = config('small-16', {
        'matrix.dataflow': df,
        'matrix.rows': rows,
        'matrix.cols': cols,
        'unifiedBuffer.bytes': 4096 * Math.max(rows, cols),
        'weightMemory.ideal': true,
      });
      const W = Math.max(rows, cols);
      const host = randomBytes(64 * W, 5);
      const weights = randomBytes(2 * rows * cols, 6);
      const src = [
        `READ_HOST ub=0, host=0, rows=64`,
        `READ_WEIGHTS addr=0, tiles=1`,
        `READ_WEIGHTS addr=${rows * cols}, tiles=1, ${used}`,
        `MATMUL ${m1}, switch`,
        `MATMUL ${m2}, switch`,
        'HALT',
      ].join('\n');
      const { sim, result } = run(c, src, fidelity, { host, weights });
      const t0 = result.timing.start[3]!;
      expect([result.timing.ready[3]! - t0, result.timing.ready[4]! - t0]).toEqual(want);
      const shape = { rows, cols, ubBytes: c.unifiedBuffer.bytes, accEntries: c.accumulators.entries, dataflow: df };
      const hostImage = new Uint8Array(sim.readHost().length);
      hostImage.set(host);
      const ref = executeProgram(assemble(src, 'test.s'), shape, hostImage, weights);
      expect(Array.from(sim.readAccumulators().subarray(0, 32 * cols))).toEqual(Array.from(ref.acc.subarray(0, 32 * cols)));
    },
  );
});
