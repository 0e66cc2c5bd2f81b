// Rng.fillSymmetric's wasm path (large fills) draws the same float32 values as its JavaScript loop
// and as (next() * 2 - 1) * bound called once per element, and leaves the same state.
import { describe, expect, it } from 'vitest';
import { Rng } from '../../graph/index.js';
import { fillSymmetricWasm } from '../../graph/ops/gemm-wasm.js';
import { fillSymmetricJs } from '../../graph/random.js';

describe('Rng.fillSymmetric', () => {
  it('fills in wasm the same values as the JavaScript loop, at any length and state', () => {
    // lengths around the SIMD width and the 65536-float copy chunk; states near the wrap-around
    for (const n of [0, 1, 3, 4, 5, 4095, 65_535, 65_536, 65_537, 200_003]) {
      for (const state of [0, 1, 0x7fffffff, 0x80000000, 0xffffffff, 0x9e3779b9]) {
        for (const scale of [2 ** -31, 0.05 * 2 ** -31, 3.7e-3 * 2 ** -31, 1e30]) {
          const js = new Float32Array(n),
            wasm = new Float32Array(n);
          const jsState = fillSymmetricJs(js, state, scale);
          const wasmState = fillSymmetricWasm(wasm, state, scale);
          expect(wasmState >>> 0).toBe(jsState >>> 0);
          expect(Buffer.from(wasm.buffer).equals(Buffer.from(js.buffer))).toBe(true);
        }
      }
    }
  });

  it('equals (next() * 2 - 1) * bound draw by draw for large fills, and leaves the same state', () => {
    for (const seed of [0, 42, 0xdeadbeef]) {
      for (const bound of [1, 0.05, 1 / Math.sqrt(3 * 3 * 96)]) {
        const n = 70_001;
        const ref = new Rng(seed);
        const want = Float32Array.from({ length: n }, () => (ref.next() * 2 - 1) * bound);
        const got = new Float32Array(n);
        const rng = new Rng(seed);
        rng.fillSymmetric(got, bound);
        expect(Buffer.from(got.buffer).equals(Buffer.from(want.buffer))).toBe(true);
        expect(rng.nextUint32()).toBe(ref.nextUint32());
      }
    }
  });
});
