// Progress of long commands on stderr (never stdout, which may carry --json): a cli-progress bar
// when both streams are terminals, plain lines at most every few seconds otherwise.
import { SingleBar } from 'cli-progress';
import type { CommandIo } from './run-deps.js';

/** Reports how many of `total` steps are done. */
export interface Progress {
  /** One more step finished; `note` says which (e.g. "point 3 ok"). */
  tick(note: string): void;
  stop(): void;
}

/** Creates the progress display for `total` steps; `intervalMs` spaces the plain lines. */
export function createProgress(io: CommandIo, label: string, total: number, opts: { intervalMs?: number; now?: () => number } = {}): Progress {
  let done = 0;
  if (io.stdout.isTTY && io.stderr.isTTY && io.stderr === process.stderr) {
    const bar = new SingleBar({
      format: `${label} [{bar}] {value}/{total} · {note} · ETA {eta_formatted}`,
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: false,
      etaBuffer: 8,
    });
    bar.start(total, 0, { note: 'starting' });
    return {
      tick(note) {
        done++;
        bar.update(done, { note });
      },
      stop() {
        bar.stop();
      },
    };
  }
  const now = opts.now ?? Date.now;
  const interval = opts.intervalMs ?? 2000;
  let last = -Infinity;
  return {
    tick(note) {
      done++;
      const t = now();
      // always report the last step; otherwise at most one line per interval
      if (done === total || t - last >= interval) {
        io.stderr.write(`${label}: ${done}/${total} done (${note})\n`);
        last = t;
      }
    },
    stop() {},
  };
}
