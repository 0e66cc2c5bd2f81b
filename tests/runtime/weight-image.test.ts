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

  it('without keepBytes (timing-only), places every tile where it would with them, and keeps no byte', () => {
    const tileBytes = 256 * 256;
    const kept = new WeightImage(tileBytes);
    const timing = new WeightImage(tileBytes, false);
    // random tiles, some repeated and one all zero, so content decides what is shared
    let seed = 12345;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) | 0) >>> 24;
    const distinct = Array.from({ length: 6 }, (_, i) =>
      i === 0 ? new Int8Array(tileBytes) : Int8Array.from({ length: tileBytes }, random),
    );
    const order = [1, 2, 1, 0, 3, 4, 2, 5, 0, 5, 1];
    const a = order.map((i) => kept.addTile(distinct[i]!));
    const b = order.map((i) => timing.addTile(distinct[i]!));
    expect(b).toEqual(a);
    expect(new Set(a).size).toBe(6);
    expect(timing.length).toBe(kept.length);
    const bytes = timing.bytes();
    expect(bytes.length).toBe(kept.bytes().length);
    expect(bytes.every((x) => x === 0)).toBe(true);
  });

  it('is one zero byte when empty', () => {
    expect([...new WeightImage(16).bytes()]).toEqual([0]);
  });
});
