// The int8 GEMM kernel (asc/gemm-core.ts) against a plain int32 GEMM: depths of every remainder
// mod 8 (row pairs, odd K: for any unrolling of its loop over row pairs), blocks whose leading or
// trailing rows are zero (the skipped extent) and partial column panels.
import { describe, expect, it } from 'vitest';
import { Simulator, loadConfig } from '../../sim/index.js';
import { randomInt8 } from './helpers.js';

/** Plain int32 GEMM: C = A (M x K) . B (K x N). */
function gemm(a: Int8Array, b: Int8Array, M: number, K: number, N: number): Int32Array {
  const c = new Int32Array(M * N);
  for (let i = 0; i < M; i++) for (let k = 0; k < K; k++) for (let n = 0; n < N; n++) c[i * N + n] += a[i * K + k]! * b[k * N + n]!;
  return c;
}

describe('int8 GEMM kernel', () => {
  const sim = Simulator.create(loadConfig('tpu-v1'));

  it('equals a plain GEMM at every depth remainder, with zero edge rows and partial panels', () => {
    for (const K of [1, 2, 3, 7, 8, 9, 10, 14, 15, 16, 17, 31, 64, 67, 256]) {
      for (const [M, N] of [
        [7, 16],
        [50, 40],
      ] as const) {
        const a = randomInt8(M * K, K + M);
        const b = randomInt8(K * N, K * 7 + N);
        expect(Array.from(sim.rawGemm(a, b, M, K, N))).toEqual(Array.from(gemm(a, b, M, K, N)));
        // rows of B outside [2, K - 3) zero: the kernel multiplies only the nonzero row pairs
        const edged = b.map((v, i) => (Math.floor(i / N) < 2 || Math.floor(i / N) >= K - 3 ? 0 : v));
        expect(Array.from(sim.rawGemm(a, edged, M, K, N))).toEqual(Array.from(gemm(a, edged, M, K, N)));
      }
    }
  });

  it('keeps extreme values exact (-128 x -128 sums over deep blocks)', () => {
    const M = 9,
      K = 258,
      N = 32;
    const a = new Int8Array(M * K).fill(-128);
    const b = new Int8Array(K * N).fill(-128);
    expect(Array.from(sim.rawGemm(a, b, M, K, N))).toEqual(Array.from(gemm(a, b, M, K, N)));
  });
});
