import { describe, expect, it } from 'vitest';
import { createProgress } from '../../cli/commands/progress.js';

/** Captured streams that are not terminals. */
function pipes() {
  const out: string[] = [];
  const err: string[] = [];
  const io = { stdout: { write: (s: string) => out.push(s), isTTY: false }, stderr: { write: (s: string) => err.push(s), isTTY: false } };
  return { out, err, io };
}

describe('progress on a pipe', () => {
  it('counts steps: plain lines once the work has lasted quietMs, at most once per interval, always the last, nothing on stdout', () => {
    const { out, err, io } = pipes();
    let now = 0;
    const p = createProgress(io, 'sweep', 5, { intervalMs: 1000, quietMs: 500, now: () => now });
    for (const t of [0, 300, 1200, 1500, 1600]) {
      now = t;
      p.tick(`point at ${t}`);
    }
    p.stop();
    expect(out).toEqual([]);
    expect(err).toEqual(['sweep: 3/5 done (point at 1200)\n', 'sweep: 5/5 done (point at 1600)\n']);
  });

  it('follows fractions (segments, layers, instructions) as percentages', () => {
    const { err, io } = pipes();
    let now = 0;
    const p = createProgress(io, 'run', undefined, { intervalMs: 1000, quietMs: 500, now: () => now });
    for (const [t, f, note] of [
      [100, 0, 'compiling'],
      [600, 0.25, 'TPU segment 1'],
      [900, 0.5, 'TPU segment 2'],
      [1700, 0.75, 'cpu: softmax'],
      [1800, 1, 'done'],
    ] as const) {
      now = t;
      p.update(f, note);
    }
    p.stop();
    expect(err).toEqual(['run: 25% done (TPU segment 1)\n', 'run: 75% done (cpu: softmax)\n', 'run: 100% done (done)\n']);
  });

  it('shows nothing for work that ends within quietMs', () => {
    const { err, io } = pipes();
    let now = 0;
    const p = createProgress(io, 'exec', undefined, { quietMs: 500, now: () => now });
    p.update(0, 'timing');
    now = 400;
    p.update(1, 'execute');
    p.stop();
    expect(err).toEqual([]);
  });
});
