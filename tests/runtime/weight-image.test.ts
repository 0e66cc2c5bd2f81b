// The model's weight image (runtime/program.ts): tiles deduplicated by content, laid out in the
// order first added, also across the buffer's growth (it doubles, and `bytes()` is a view of it).
import { describe, expect, it } from 'vitest';
import { WeightImage } from '../../runtime/program.js';

describe('the weight image', () => {
  it('holds each distinct tile once, in order, across growth', () => {
    const tileBytes = 256 * 256;
    const image = new WeightImage(tileBytes);
    const tile = (v: number) => new Int8Array(tileBytes).fill(v);
    const values = Array.from({ length: 40 }, (_, i) => (i * 7) % 23); // 23 distinct, repeated
    const addrs = values.map((v) => image.addTile(tile(v)));
    const distinct = [...new Set(values)];
    expect(image.length).toBe(distinct.length * tileBytes); // 1.4 MiB: beyond the first 1 MiB buffer
    const bytes = image.bytes();
    expect(bytes.length).toBe(image.length);
    values.forEach((v, i) => {
      expect(addrs[i]).toBe(distinct.indexOf(v) * tileBytes);
      const at = bytes.subarray(addrs[i]!, addrs[i]! + tileBytes);
      expect(at.every((b) => b === (v & 0xff))).toBe(true);
    });
  });

  it('is one zero byte when empty', () => {
    expect([...new WeightImage(16).bytes()]).toEqual([0]);
  });
});
