// The host im2col runs large outputs in wasm (graph/wasm/im2col.ts): the same bytes as its
// JavaScript loop for any geometry (padding, strides, dilations, channel blocks, windows larger
// than the image).
import { describe, expect, it } from 'vitest';
import { im2colWasm } from '../../graph/index.js';
import { im2colBlocksJs } from '../../runtime/hostio.js';

interface Case {
  shape: [number, number, number, number];
  kernel: [number, number];
  strides: [number, number];
  pads: [number, number, number, number];
  dilations: [number, number];
  g?: number;
}

function outSize(c: Case): [number, number] {
  const [, , H, W] = c.shape;
  const eff = (k: number, d: number) => (k - 1) * d + 1;
  const outH = Math.floor((H + c.pads[0] + c.pads[2] - eff(c.kernel[0], c.dilations[0])) / c.strides[0]) + 1;
  const outW = Math.floor((W + c.pads[1] + c.pads[3] - eff(c.kernel[1], c.dilations[1])) / c.strides[1]) + 1;
  return [outH, outW];
}

describe('im2col in wasm', () => {
  const cases: Case[] = [
    { shape: [4, 3, 224, 224], kernel: [7, 7], strides: [2, 2], pads: [3, 3, 3, 3], dilations: [1, 1] }, // zoo:cnn1's first conv
    { shape: [2, 5, 17, 13], kernel: [3, 3], strides: [1, 1], pads: [1, 1, 1, 1], dilations: [1, 1], g: 16 },
    { shape: [1, 7, 20, 31], kernel: [3, 5], strides: [2, 3], pads: [0, 2, 1, 0], dilations: [2, 1], g: 8 },
    { shape: [3, 2, 6, 6], kernel: [5, 5], strides: [1, 1], pads: [4, 4, 4, 4], dilations: [1, 1] }, // windows beyond the image
    { shape: [2, 16, 9, 9], kernel: [1, 1], strides: [1, 1], pads: [0, 0, 0, 0], dilations: [1, 1], g: 4 },
  ];
  for (const c of cases) {
    it(`equals the JavaScript loop for ${c.shape.join('x')} * ${c.kernel.join('x')}`, () => {
      const [outH, outW] = outSize(c);
      const spec = { kernel: c.kernel, strides: c.strides, pads: c.pads, dilations: c.dilations, outH, outW };
      const values = Uint8Array.from({ length: c.shape.reduce((a, b) => a * b) }, (_, i) => (i * 131 + 7) & 255);
      const K = c.shape[1] * c.kernel[0] * c.kernel[1];
      const g = c.g ?? K;
      const n = c.shape[0] * outH * outW * K;
      const want = im2colBlocksJs(values, c.shape, spec, g, 113, new Uint8Array(n));
      const got = new Uint8Array(n);
      im2colWasm(values, c.shape, spec, g, 113, got);
      expect(Buffer.from(got).equals(Buffer.from(want))).toBe(true);
    });
  }
});
