// Runs sweep points in parallel on a piscina pool; a point that throws, crashes its worker or times
// out becomes a failed outcome and the others still finish.
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { SweepOutcome } from '../../reports/index.js';
import type { HardwareConfigJson, RunModelOptions } from './run-deps.js';
import type { SweepWorkerResult, SweepWorkerTask } from './sweep-worker.js';

/** The worker file: the .mjs shim next to the .ts source, or the compiled .js in dist/. */
export function sweepWorkerUrl(): URL {
  const here = import.meta.url;
  return new URL(here.endsWith('.ts') ? './sweep-worker.mjs' : './sweep-worker.js', here);
}

/** The default `--jobs`: the cores this process may use. */
export function defaultJobs(): number {
  return availableParallelism();
}

/** One point to run. */
export interface SweepJob {
  index: number;
  model: string;
  config: HardwareConfigJson;
  options: RunModelOptions;
}

/** How a point ended, with the wall-clock epoch ms of its run inside the worker (null when it never ran). */
export interface SweepJobRun {
  outcome: SweepOutcome;
  startedAt: number | null;
  finishedAt: number | null;
  /** The point failed on bad input (the model, topology or inputs), which fails every point alike. */
  badInput?: true;
}

/** Options of a pool run. */
export interface SweepPoolOptions {
  /** Worker threads. */
  jobs: number;
  /** File URL or path of the module whose `runModel` the workers call. */
  runModule: string | URL;
  /** Abort a point that runs longer than this (its worker is terminated). */
  timeoutMs?: number;
  /** Called as each point settles, in completion order. */
  onSettled?: (index: number, run: SweepJobRun) => void;
}

/** A long-lived pool that runs one point at a time per thread (`tpusim worker`, and runSweepJobs). */
export interface SweepPool {
  run(job: Omit<SweepJob, 'index'>): Promise<SweepJobRun>;
  destroy(): Promise<void>;
}

/** Opens a pool of `jobs` worker threads. */
export function openSweepPool(opts: Omit<SweepPoolOptions, 'onSettled'>, minThreads = opts.jobs): SweepPool {
  const pool = new Piscina<SweepWorkerTask, SweepWorkerResult>({
    filename: sweepWorkerUrl().href,
    minThreads: Math.min(opts.jobs, minThreads),
    maxThreads: opts.jobs,
    idleTimeout: 500,
  });
  const runModule = opts.runModule instanceof URL ? opts.runModule.href : opts.runModule;
  return {
    async run(job) {
      const started = Date.now();
      try {
        const signal = opts.timeoutMs ? AbortSignal.timeout(opts.timeoutMs) : undefined;
        const r = await pool.run({ runModule, model: job.model, config: job.config, options: job.options }, signal ? { signal } : {});
        if ('badInput' in r)
          return { outcome: { status: 'failed', error: r.badInput, wallMs: null }, startedAt: null, finishedAt: null, badInput: true };
        return {
          outcome: { status: 'ok', totals: r.totals, wallMs: r.finishedAt - r.startedAt },
          startedAt: r.startedAt,
          finishedAt: r.finishedAt,
        };
      } catch (e) {
        const aborted = (e as Error)?.name === 'AbortError';
        const error = aborted ? `timed out after ${formatMs(opts.timeoutMs!)}` : errorMessage(e);
        return { outcome: { status: 'failed', error, wallMs: aborted ? Date.now() - started : null }, startedAt: null, finishedAt: null };
      }
    },
    destroy: () => pool.destroy(),
  };
}

/** Runs every job on a pool of `jobs` worker threads and returns each point's outcome by index. */
export async function runSweepJobs(jobs: readonly SweepJob[], opts: SweepPoolOptions): Promise<Map<number, SweepJobRun>> {
  if (jobs.length === 0) return new Map();
  const pool = openSweepPool(opts, jobs.length);
  const results = new Map<number, SweepJobRun>();
  try {
    await Promise.all(
      jobs.map(async (job) => {
        const run = await pool.run(job);
        results.set(job.index, run);
        opts.onSettled?.(job.index, run);
      }),
    );
  } finally {
    await pool.destroy();
  }
  return results;
}

function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message || e.name;
  return String(e);
}

function formatMs(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
