// The one progress display of long commands (run, exec, scalesim, compare, sweep), on stderr (never
// stdout, which may carry --json): a cli-progress bar when stderr is a terminal, plain lines at most
// every few seconds otherwise. Work is counted in steps (points, runs) or reported as a fraction
// (the runtime's segments and layers, the simulator's instructions).
import { createRequire } from 'node:module';
import type { CommandIo } from './run-deps.js';

// cli-progress (CommonJS) is required when a bar is first drawn on a terminal, not at start
const require = createRequire(import.meta.url);

/** Reports how far a long command has got. */
export interface Progress {
  /** One more of the `total` steps finished; `note` says which (e.g. "point 3 ok"). */
  tick(note: string): void;
  /** `fraction` (0..1) of the work is done; `note` says where it is (e.g. "TPU segment 3"). */
  update(fraction: number, note: string): void;
  stop(): void;
}

export interface ProgressOptions {
  /** Spacing of the plain lines (default 2 s). */
  intervalMs?: number;
  /** No plain lines for work that ends within this long (default 2 s): quick commands leave no noise in logs. */
  quietMs?: number;
  now?: () => number;
}

/**
 * Creates the progress display of `label`: counted in `total` steps, or in fractions when `total`
 * is undefined.
 */
export function createProgress(io: CommandIo, label: string, total: number | undefined, opts: ProgressOptions = {}): Progress {
  const show =
    io.stderr.isTTY && io.stderr === process.stderr
      ? barDisplay(label, total)
      : lineDisplay(io, label, total, opts.intervalMs ?? 2000, opts.quietMs ?? 2000, opts.now ?? Date.now);
  let done = 0;
  return {
    tick(note) {
      done++;
      show.draw(done, note);
    },
    update(fraction, note) {
      show.draw(total === undefined ? fraction : fraction * total, note);
    },
    stop() {
      show.stop();
    },
  };
}

interface Display {
  /** Shows `value` of the total steps, or the fraction done when there is no total. */
  draw(value: number, note: string): void;
  stop(): void;
}

/** A bar from the start, cleared at the end (the command's summary follows). */
function barDisplay(label: string, total: number | undefined): Display {
  const counted = total !== undefined;
  const cliProgress = require('cli-progress') as typeof import('cli-progress');
  const bar = new cliProgress.SingleBar({
    format: `${label} [{bar}] ${counted ? '{value}/{total}' : '{percentage}%'} · {note} · ETA {eta_formatted}`,
    stream: process.stderr,
    hideCursor: true,
    clearOnComplete: true,
    etaBuffer: 8,
    // before the first step there is no rate to extrapolate from
    formatTime: (t, options, roundTo) => (Number.isFinite(t) ? cliProgress.Format.TimeFormat(t, options, roundTo) : '?'),
  });
  // a fraction is counted in thousandths, so the bar and the ETA move within a long segment
  bar.start(total ?? 1000, 0, { note: 'starting' });
  return {
    draw(value, note) {
      bar.update(counted ? value : Math.round(value * 1000), { note });
    },
    stop() {
      bar.stop();
    },
  };
}

/** Plain lines once the work has lasted `quiet`, at most one per `interval`, and always the last step. */
function lineDisplay(io: CommandIo, label: string, total: number | undefined, interval: number, quiet: number, now: () => number): Display {
  const start = now();
  let last = -Infinity;
  return {
    draw(value, note) {
      const t = now();
      if (t - start < quiet) return;
      if (value < (total ?? 1) && t - last < interval) return;
      const amount = total === undefined ? `${Math.round(value * 100)}%` : `${value}/${total}`;
      io.stderr.write(`${label}: ${amount} done (${note})\n`);
      last = t;
    },
    stop() {},
  };
}

/** Runs `work` under a fraction-counted display (the runtime's `onProgress`), stopped however the work ends. */
export async function withProgress<T>(
  io: CommandIo,
  label: string,
  work: (onProgress: (message: string, fraction: number) => void) => Promise<T>,
): Promise<T> {
  const progress = createProgress(io, label, undefined);
  try {
    return await work((message, fraction) => progress.update(fraction, message));
  } finally {
    progress.stop();
  }
}
