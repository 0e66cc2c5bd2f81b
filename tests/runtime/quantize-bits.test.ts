// quantizeWeights takes each channel's max|w| on the float32 bits: the same scale as the float
// comparison it replaced, NaNs left out and infinities kept, for weights at any offset of their
// buffer; its int8 weights go where the caller says (a segment's arena).
import { describe, expect, it } from 'vitest';
import { quantizeWeights } from '../../runtime/quantize.js';
import { QuantArena } from '../../runtime/lower/tiles.js';

/** The float comparison quantizeWeights took the channel max with before: NaN never compares greater. */
function scales(w: Float32Array, outCh: number): Float32Array {
  const per = w.length / outCh;
  return Float32Array.from({ length: outCh }, (_, c) => {
    let m = 0;
    for (let k = c * per; k < (c + 1) * per; k++) if (Math.abs(w[k]!) > m) m = Math.abs(w[k]!);
    return m > 0 ? Math.fround(m / 127) : 1;
  });
}

describe('quantizeWeights on the bits', () => {
  it('takes the scales the float comparison took, odd values and offsets included', () => {
    const odd = [NaN, Infinity, -Infinity, -0, 0, 1e-40, -1e-45, -3.5, 2.5, 3e38, -3e38, 127, -128];
    const buffer = new Float32Array(1 + odd.length * odd.length);
    // channel c: the odd values rotated by c (each value leads a channel once), from element 1 on
    const w = buffer.subarray(1);
    for (let c = 0; c < odd.length; c++) for (let k = 0; k < odd.length; k++) w[c * odd.length + k] = odd[(c + k) % odd.length]!;
    expect(quantizeWeights(w, odd.length).scale).toEqual(scales(w, odd.length));
    const nanOnly = Float32Array.from([NaN, NaN, -NaN, NaN]);
    expect(Array.from(quantizeWeights(nanOnly, 2).scale)).toEqual([1, 1]);
    const noInf = Float32Array.from([-0, 1e-45, -2e-45, 0, 5, -7]);
    expect(quantizeWeights(noInf, 3).scale).toEqual(scales(noInf, 3));
  });

  it('writes the int8 weights into the array given', () => {
    const w = Float32Array.from({ length: 24 }, (_, i) => Math.sin(i) * 3);
    const arena = new QuantArena(() => 30);
    const first = arena.take(24);
    const q = quantizeWeights(w, 4, undefined, first).q;
    expect(q).toBe(first);
    expect(q).toEqual(quantizeWeights(w, 4).q);
    // what no longer fits the arena gets an array of its own
    const second = arena.take(24);
    expect(second.buffer).not.toBe(first.buffer);
    expect(arena.take(6).buffer).toBe(first.buffer);
  });
});
