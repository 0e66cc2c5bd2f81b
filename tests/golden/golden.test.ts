// The golden-file helper itself: a mismatch reads as a short unified diff of the first differing
// lines, stable JSON keeps small values on one line, and a missing file says how to create it.
import { describe, expect, it } from 'vitest';
import { thrown } from '../helpers/common.js';
import { GoldenMismatch, expectGolden, goldenDiff, stableJson } from './golden.js';

describe('golden helper', () => {
  it('shows the first differing lines with context, not the whole text', () => {
    const expected = Array.from({ length: 1000 }, (_, i) => `line ${i}`).join('\n') + '\n';
    const actual = expected.replace('line 500\n', 'line 500 changed\n');
    const diff = goldenDiff('x.json', expected, actual);
    const lines = diff.split('\n');
    expect(lines[0]).toBe('--- x.json (expected)');
    expect(lines[1]).toBe('+++ x.json (actual)');
    expect(lines[2]).toBe('@@ -498,7 +498,7 @@');
    expect(lines).toContain('-line 500');
    expect(lines).toContain('+line 500 changed');
    expect(lines.length).toBe(3 + 8); // 3 lines of context on each side, one removed, one added
    expect(goldenDiff('x.json', expected, expected)).toBe('');
  });

  it('cuts a diff to its first hunks and says how many more differ', () => {
    const expected = Array.from({ length: 1000 }, (_, i) => `line ${i}`).join('\n') + '\n';
    const actual = expected.replace(/line (\d+)0\n/g, 'other $10\n'); // lines 10, 20, ..., 990 differ: 99 hunks
    const diff = goldenDiff('x', expected, actual);
    expect(diff.match(/^@@/gm)).toHaveLength(3);
    expect(diff).toMatch(/… and 96 more differing hunks$/);
  });

  it('keeps values that fit on one line inline and opens larger ones', () => {
    expect(stableJson({ a: 1, shape: [1, 2, 3] })).toBe('{"a":1,"shape":[1,2,3]}\n');
    const long = Array.from({ length: 50 }, (_, i) => i);
    const text = stableJson({ entry: { lane: 'matrix', start: 0, end: 5 }, long });
    expect(text).toBe(`{\n "entry": {"lane":"matrix","start":0,"end":5},\n "long": [\n${long.map((i) => `  ${i}`).join(',\n')}\n ]\n}\n`);
  });

  it('opens an object member per line when it is too long for one', () => {
    const value = { name: 'x'.repeat(100), counters: { cycles: 1, usefulMacs: 2 } };
    expect(stableJson(value)).toBe(`{\n "name": "${'x'.repeat(100)}",\n "counters": {"cycles":1,"usefulMacs":2}\n}\n`);
  });

  it('fails on a missing golden file and says how to create it', () => {
    const e = thrown(() => expectGolden('no/such/file.json', 'x', { update: false }), GoldenMismatch);
    expect(e.message).toMatch(/no\/such\/file\.json: no golden file; run UPDATE_GOLDEN=1/);
  });

  it('fails on a differing golden file with the diff in the message', () => {
    const e = thrown(() => expectGolden('isa/matmul-relu.json', '{\n "program": "other.s",\n', { update: false }), GoldenMismatch);
    expect(e.message).toMatch(/isa\/matmul-relu\.json differs \(UPDATE_GOLDEN=1 rewrites it if the change is intended\):\n--- /);
    expect(e.message).toMatch(/^- "program": "matmul-relu.s",$/m);
    expect(e.message).toMatch(/^\+ "program": "other.s",$/m);
    // the rest of the file is one long removed run: its first lines, then a count
    expect(e.message).toMatch(/^- … \d+ more removed lines$/m);
  });
});
