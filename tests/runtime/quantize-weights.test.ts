// Per-output-channel weight quantization: q = roundHalfEven(w / s) clamped to [-127, 127], s =
// max|w| / 127 (or the channel's floor). Checked against a direct use of the graph kernels'
// roundHalfEven, on random weights and on exact ties (w = (n + 0.5)·s) of both signs.
import { describe, expect, it } from 'vitest';
import { roundHalfEven } from '../../graph/index.js';
import { quantizeWeights } from '../../runtime/quantize.js';

/** The definition, written plainly. */
function reference(w: Float32Array, outCh: number, floor?: Float32Array): Int8Array {
  const per = w.length / outCh;
  const q = new Int8Array(w.length);
  for (let c = 0; c < outCh; c++) {
    let m = 0;
    for (let k = 0; k < per; k++) m = Math.max(m, Math.abs(w[c * per + k]!));
    let s = m > 0 ? Math.fround(m / 127) : 1;
    if (floor && floor[c]! > s) s = floor[c]!;
    for (let k = 0; k < per; k++) q[c * per + k] = Math.max(-127, Math.min(127, roundHalfEven(w[c * per + k]! / s)));
  }
  return q;
}

describe('quantizeWeights', () => {
  it('equals roundHalfEven(w / s) on random weights, with and without a scale floor', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32) * 2 - 1;
    const w = Float32Array.from({ length: 64 * 37 }, rand);
    expect(quantizeWeights(w, 64).q).toEqual(reference(w, 64));
    const floor = Float32Array.from({ length: 64 }, (_, c) => (c % 2 ? 0.02 : 0));
    expect(quantizeWeights(w, 64, floor).q).toEqual(reference(w, 64, floor));
  });

  it("gives each channel's sum of its stored int8 weights", () => {
    const w = Float32Array.from({ length: 8 * 50 }, (_, i) => Math.sin(i * 1.3) * (1 + (i % 8)));
    const { q, sums } = quantizeWeights(w, 8);
    const expected = Array.from({ length: 8 }, (_, c) => q.subarray(c * 50, c * 50 + 50).reduce((a, b) => a + b, 0));
    expect(Array.from(sums)).toEqual(expected);
    expect(expected.some((x) => x !== 0)).toBe(true);
  });

  it('rounds exact ties to even, both signs', () => {
    // channel max 127 gives s = 1: every w below is exactly its own w / s
    const w = Float32Array.from([127, 0.5, 1.5, 2.5, -0.5, -1.5, -2.5, -3.5, 126.5, -126.5]);
    const { q } = quantizeWeights(w, 1);
    expect(Array.from(q)).toEqual([127, 0, 2, 2, 0, -2, -2, -4, 126, -126]);
    expect(q).toEqual(reference(w, 1));
  });
});
