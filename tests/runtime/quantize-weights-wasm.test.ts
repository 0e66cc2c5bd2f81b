// quantizeWeights runs large layers in wasm (graph/wasm/quantize.ts): the same scales, int8
// weights and sums as its JavaScript loop, including NaN, infinite, zero and subnormal channels,
// floored scales, and channel sizes around the SIMD width and the copy chunk.
import { describe, expect, it } from 'vitest';
import { Rng } from '../../graph/index.js';
import { quantizeWeights, quantizeWeightsJs } from '../../runtime/quantize.js';

function check(w: Float32Array, channels: number, minScale?: Float32Array): void {
  const want = quantizeWeightsJs(w, channels, minScale);
  const got = quantizeWeights(w, channels, minScale);
  expect(Buffer.from(got.q.buffer).equals(Buffer.from(want.q.buffer))).toBe(true);
  expect(Array.from(got.scale)).toEqual(Array.from(want.scale));
  expect(Array.from(got.sums)).toEqual(Array.from(want.sums));
}

function uniform(n: number, seed: number, bound: number): Float32Array {
  const w = new Float32Array(n);
  new Rng(seed).fillSymmetric(w, bound);
  return w;
}

describe('quantizeWeights in wasm', () => {
  it('equals the JavaScript loop on random layers of any channel size', () => {
    for (const [channels, per] of [
      [1, 4096],
      [64, 147],
      [7, 1001],
      [3, 65_537],
      [5000, 9],
      [2, 140_000],
    ] as const) {
      const w = uniform(channels * per, channels + per, 0.3);
      check(w, channels);
      const floor = Float32Array.from({ length: channels }, (_, c) => (c % 3 === 0 ? 0.004 : c % 3 === 1 ? 0 : NaN));
      check(w, channels, floor);
    }
  });

  it('equals it on NaN, infinite, zero, tie and subnormal weights', () => {
    const per = 4100;
    const channels = 8;
    const w = uniform(channels * per, 9, 1);
    w.fill(0, 0, per); // an all-zero channel: scale 1
    w[per + 5] = NaN; // NaNs are left out of the maximum and quantize to 0
    w[per + 4099] = NaN;
    w[2 * per + 17] = Infinity; // an infinite scale: every weight 0
    w[3 * per + 1] = -Infinity;
    for (let k = 0; k < per; k++) w[4 * per + k] = (k % 9) * 1.4e-45 * (k & 1 ? -1 : 1); // subnormals: s = f32(m / 127) is 0
    for (let k = 0; k < per; k++) w[5 * per + k] = ((k % 255) - 127) * 0.5 * (127 / 127.5); // exact halves: ties to even
    w[5 * per] = (127 / 127.5) * 127.5;
    w.fill(NaN, 6 * per, 7 * per); // all NaN
    for (let k = 0; k < per; k++) w[7 * per + k] = k === 3 ? 2e-43 : 1e-44 * (k % 5); // subnormal scale
    check(w, channels);
    check(w, channels, new Float32Array(channels).fill(1e-3));
  });
});
