// Rng.fillInt draws the same integers as Rng.int called once per element (it replaces such loops
// where millions of values are drawn, e.g. a SCALE-Sim topology's made-up weights).
import { describe, expect, it } from 'vitest';
import { Rng } from '../../graph/index.js';

describe('Rng.fillInt', () => {
  const ranges: [number, number][] = [
    [-128, 127],
    [0, 255],
    [0, 0],
    [-1, 0],
    [-1000, 999_999],
    [-(2 ** 20), 2 ** 20 - 1], // n = 2^21, the largest range it takes
    [2 ** 30, 2 ** 30 + 2 ** 21 - 1],
  ];
  for (const [lo, hi] of ranges) {
    it(`equals int(${lo}, ${hi}) draw by draw, into Float32Array and Int32Array, and leaves the same state`, () => {
      for (const seed of [0, 1, 42, 0xdeadbeef]) {
        const n = 20_003;
        const ref = new Rng(seed);
        const want = Array.from({ length: n }, () => ref.int(lo, hi));
        const asFloat = new Float32Array(n),
          asInt = new Int32Array(n);
        const a = new Rng(seed),
          b = new Rng(seed);
        a.fillInt(asFloat, lo, hi);
        b.fillInt(asInt, lo, hi);
        expect(Array.from(asInt)).toEqual(want);
        expect(Array.from(asFloat)).toEqual(want.map((x) => Math.fround(x)));
        const next = ref.nextUint32();
        expect([a.nextUint32(), b.nextUint32()]).toEqual([next, next]);
      }
    });
  }

  it('refuses ranges where its shortcut would not be exact', () => {
    const out = new Int32Array(4);
    expect(() => new Rng(1).fillInt(out, 0, 2 ** 21)).toThrow(/hi - lo \+ 1 <= 2\^21/);
    expect(() => new Rng(1).fillInt(out, 3, 2)).toThrow(RangeError);
    expect(() => new Rng(1).fillInt(out, 0.5, 2)).toThrow(RangeError);
  });
});
