import { describe, expect, it } from 'vitest';
import { createProgress } from '../../cli/commands/progress.js';

describe('progress on a pipe', () => {
  it('writes plain lines to stderr at most once per interval, always the last, nothing to stdout', () => {
    const out: string[] = [];
    const err: string[] = [];
    let now = 0;
    const io = { stdout: { write: (s: string) => out.push(s), isTTY: false }, stderr: { write: (s: string) => err.push(s), isTTY: false } };
    const p = createProgress(io, 'sweep', 5, { intervalMs: 1000, now: () => now });
    for (const t of [0, 300, 1200, 1500, 1600]) {
      now = t;
      p.tick(`point at ${t}`);
    }
    p.stop();
    expect(out).toEqual([]);
    expect(err).toEqual(['sweep: 1/5 done (point at 0)\n', 'sweep: 3/5 done (point at 1200)\n', 'sweep: 5/5 done (point at 1600)\n']);
  });
});
