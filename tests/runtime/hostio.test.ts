// The host-side layouts against their definitions, element by element: packFrame / unpackFrame
// (host order: block, image, padded row, padded column, channel of the block; padding holds the
// zero point) and packIm2col (one row per output pixel, features in ONNX weight order c, r, s),
// on random shapes, channel blocks, borders, strides, dilations and pads; dequantizeArray against
// dequantizeValue; quantizeArray against quantizeValue.
import { describe, expect, it } from 'vitest';
import { Rng, quantizeValue } from '../../graph/index.js';
import { type Frame, blockChannels, blocks, frameFor, paddedDims } from '../../runtime/frame.js';
import { dequantizeArray, packFrame, packIm2col, quantizeArray, unpackFrame } from '../../runtime/hostio.js';
import type { Im2colSpec } from '../../runtime/lower/index.js';
import { dequantizeValue } from '../../runtime/quantize.js';

/** The frame's host bytes by definition: the logical element of each host byte, or the zero point. */
function referencePack(values: Uint8Array, f: Frame, zeroPoint: number): Uint8Array {
  const out: number[] = [];
  const { hp, wp } = paddedDims(f);
  for (let b = 0; b < blocks(f); b++)
    for (let n = 0; n < f.n; n++)
      for (let yy = 0; yy < hp; yy++)
        for (let xx = 0; xx < wp; xx++)
          for (let k = 0; k < blockChannels(f, b); k++) {
            const [y, x, c] = [yy - f.pad[0], xx - f.pad[1], b * f.g + k];
            const inside = y >= 0 && y < f.h && x >= 0 && x < f.w;
            out.push(inside ? values[((n * f.channels + c) * f.h + y) * f.w + x]! : zeroPoint);
          }
  return Uint8Array.from(out);
}

/** im2col by definition, as the logical [pixels, C*kh*kw] matrix. */
function referenceIm2col(values: Uint8Array, [N, C, H, W]: number[], s: Im2colSpec, zeroPoint: number): Uint8Array {
  const out: number[] = [];
  for (let n = 0; n < N!; n++)
    for (let oy = 0; oy < s.outH; oy++)
      for (let ox = 0; ox < s.outW; ox++)
        for (let c = 0; c < C!; c++)
          for (let r = 0; r < s.kernel[0]; r++)
            for (let q = 0; q < s.kernel[1]; q++) {
              const iy = oy * s.strides[0] - s.pads[0] + r * s.dilations[0];
              const ix = ox * s.strides[1] - s.pads[1] + q * s.dilations[1];
              out.push(iy >= 0 && iy < H! && ix >= 0 && ix < W! ? values[((n * C! + c) * H! + iy) * W! + ix]! : zeroPoint);
            }
  return Uint8Array.from(out);
}

const rng = new Rng(12);
const pick = (lo: number, hi: number) => rng.int(lo, hi);
const bytes = (n: number) => Uint8Array.from({ length: n }, () => pick(0, 255));

describe('host layouts', () => {
  it('packFrame and unpackFrame follow the frame layout (spatial with borders, flat, several blocks)', () => {
    for (let t = 0; t < 60; t++) {
      const [N, C, H, W, g] = [pick(1, 3), pick(1, 40), pick(1, 7), pick(1, 7), [4, 8, 16][pick(0, 2)]!];
      const pad: [number, number, number, number] = [pick(0, 2), pick(0, 2), pick(0, 2), pick(0, 2)];
      const f = t % 2 ? frameFor([N, C, H, W], g, pad) : frameFor([N * H, C], g, t % 4 ? pad : [0, 0, 0, 0]);
      const values = bytes(f.n * f.channels * f.h * f.w);
      const zp = pick(0, 255);
      const packed = packFrame(values, f, zp);
      expect(packed).toEqual(referencePack(values, f, zp));
      expect(unpackFrame(packed, f)).toEqual(values);
      const image = new Uint8Array(packed.length + 6).fill(7); // into part of a larger image
      packFrame(values, f, zp, image.subarray(3, 3 + packed.length));
      expect(image.subarray(3, 3 + packed.length)).toEqual(packed);
      expect([...image.subarray(0, 3), ...image.subarray(3 + packed.length)]).toEqual([7, 7, 7, 7, 7, 7]);
    }
  });

  it('packIm2col lays out every window as its definition says (unpadded and padded flat frames)', () => {
    for (let t = 0; t < 60; t++) {
      const [N, C, H, W] = [pick(1, 2), pick(1, 12), pick(1, 8), pick(1, 8)];
      const kernel: [number, number] = [pick(1, 3), pick(1, 3)];
      const strides: [number, number] = [pick(1, 2), pick(1, 2)];
      const dilations: [number, number] = [pick(1, 2), pick(1, 2)];
      const pads: [number, number, number, number] = [pick(0, 2), pick(0, 2), pick(0, 2), pick(0, 2)];
      const outH = Math.floor((H + pads[0] + pads[2] - dilations[0] * (kernel[0] - 1) - 1) / strides[0]) + 1;
      const outW = Math.floor((W + pads[1] + pads[3] - dilations[1] * (kernel[1] - 1) - 1) / strides[1]) + 1;
      if (outH < 1 || outW < 1) continue;
      const spec: Im2colSpec = { kernel, strides, dilations, pads, outH, outW };
      const values = bytes(N * C * H * W);
      const zp = pick(0, 255);
      const logical = referenceIm2col(values, [N, C, H, W], spec, zp);
      for (const border of [
        [0, 0, 0, 0],
        [1, 0, 1, 0],
      ] as const) {
        const f = frameFor([N * outH * outW, C * kernel[0] * kernel[1]], [4, 16][t % 2]!, [...border]);
        const want = referencePack(logical, f, zp);
        expect(packIm2col(values, [N, C, H, W], spec, f, zp)).toEqual(want);
        // into part of a larger image, at an offset the 32-bit stores cannot use and at one they can
        for (const at of [3, 8]) {
          const image = new Uint8Array(at + want.length + 5).fill(7);
          packIm2col(values, [N, C, H, W], spec, f, zp, image.subarray(at, at + want.length));
          expect(image.subarray(at, at + want.length)).toEqual(want);
          expect([...image.subarray(0, at), ...image.subarray(at + want.length)].every((b) => b === 7)).toBe(true);
        }
      }
    }
  });
});

describe('dequantizeArray', () => {
  it('gives dequantizeValue of every byte, in place', () => {
    const v = Uint8Array.from({ length: 600 }, (_, i) => (i * 97 + 13) & 255);
    for (const q of [
      { scale: 0.1, zeroPoint: 0 },
      { scale: 3.7e-3, zeroPoint: 131 },
      { scale: 17, zeroPoint: 255 },
    ]) {
      expect(Array.from(dequantizeArray(v, q))).toEqual(Array.from(v, (b) => dequantizeValue(b, q)));
    }
  });
});

describe('quantizeArray', () => {
  it('gives quantizeValue(x, scale, zeroPoint, 0, 255) of every element: ties, NaN, infinities, huge values', () => {
    const rng = new Rng(11);
    const special = [NaN, Infinity, -Infinity, 0, -0, 2 ** 60, -(2 ** 60), 2 ** 51, -(2 ** 51), 3e38, -3e38];
    for (const q of [
      { scale: 0.1, zeroPoint: 0 },
      { scale: 0.25, zeroPoint: 128 },
      { scale: 3.7e-3, zeroPoint: 131 },
      { scale: 17, zeroPoint: 255 },
    ]) {
      // exact ties (n + 0.5)·scale for scale 0.25, random values across and beyond the range
      const ties = Array.from({ length: 40 }, (_, i) => (i - 20 + 0.5) * q.scale);
      const random = Array.from({ length: 2000 }, () => (rng.next() * 2 - 1) * 300 * q.scale);
      const x = Float32Array.from([...special, ...ties, ...random]);
      expect(Array.from(quantizeArray(x, q))).toEqual(Array.from(x, (v) => quantizeValue(v, q.scale, q.zeroPoint, 0, 255)));
    }
  });
});
