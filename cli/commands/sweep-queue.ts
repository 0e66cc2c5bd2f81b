// Where `tpusim sweep` runs its points: on the local pool, on the local pool through a result cache
// directory (`--cache DIR`), or on the workers of a Redis queue (`--queue URL`, results cached in Redis).
import { dirResultCache, modelSource, parseQueueUrl, pointKey, QueueError, runQueuedPoints } from '../../queue/index.js';
import { packageVersion } from '../../sim/index.js';
import { InputError } from '../errors.js';
import type { CommandIo } from './run-deps.js';
import { runSweepJobs, type SweepJob, type SweepJobRun, type SweepPoolOptions } from './sweep-pool.js';

export interface SweepRunOptions extends SweepPoolOptions {
  model: string;
  /** redis://HOST:PORT[/DB] */
  queue?: string;
  cacheDir?: string;
  /** Ignore cached results (they are overwritten). */
  fresh: boolean;
  io: CommandIo;
}

const fromQueue = (run: { outcome: SweepJobRun['outcome']; badInput?: true }): SweepJobRun => ({
  outcome: run.outcome,
  startedAt: null,
  finishedAt: null,
  ...(run.badInput ? { badInput: true as const } : {}),
});

/** Runs the points where the options say and returns each point's outcome by index. */
export async function runSweepPoints(jobs: readonly SweepJob[], opts: SweepRunOptions): Promise<Map<number, SweepJobRun>> {
  if (opts.queue === undefined && opts.cacheDir === undefined) return runSweepJobs(jobs, opts);
  if (opts.queue !== undefined && opts.cacheDir !== undefined)
    throw new InputError('sweep: give --queue or --cache, not both (a queued sweep caches its results in Redis)');
  const version = packageVersion();
  const source = modelSource(opts.model);
  let cachedCount = 0;
  const settled = (index: number, run: { outcome: SweepJobRun['outcome']; cached: boolean; badInput?: true }) => {
    if (run.cached) cachedCount++;
    opts.onSettled?.(index, fromQueue(run));
  };
  if (opts.queue !== undefined) {
    try {
      const target = parseQueueUrl(opts.queue);
      const runs = await runQueuedPoints(
        jobs.map((j) => ({ index: j.index, config: j.config, options: { ...j.options } })),
        {
          target,
          model: source,
          version,
          fresh: opts.fresh,
          onSettled: settled,
          onEnqueued: (n, cached) =>
            opts.io.stderr.write(
              `queue ${opts.queue}: ${cached} points from the cache, ${n} jobs enqueued${n ? ' (run `tpusim worker --queue ' + opts.queue + '` to process them)' : ''}\n`,
            ),
        },
      );
      return new Map([...runs].map(([i, r]) => [i, fromQueue(r)]));
    } catch (e) {
      if (e instanceof QueueError) throw new InputError(e.message);
      throw e;
    }
  }

  const cache = dirResultCache(opts.cacheDir!);
  const keyOf = new Map(jobs.map((j) => [j.index, pointKey(source.ref, j.config, j.options, version)]));
  const hits = opts.fresh ? [] : await cache.get(jobs.map((j) => keyOf.get(j.index)!));
  const results = new Map<number, SweepJobRun>();
  const misses: SweepJob[] = [];
  jobs.forEach((j, i) => {
    const hit = hits[i];
    if (hit) {
      results.set(j.index, fromQueue({ outcome: hit }));
      settled(j.index, { outcome: hit, cached: true });
    } else misses.push(j);
  });
  const runs = await runSweepJobs(misses, {
    ...opts,
    onSettled: (index, run) => {
      void cache.put(keyOf.get(index)!, run.outcome);
      opts.onSettled?.(index, run);
    },
  });
  for (const [i, r] of runs) results.set(i, r);
  opts.io.stderr.write(`cache ${opts.cacheDir}: ${cachedCount} points from the cache, ${misses.length} run\n`);
  return results;
}
