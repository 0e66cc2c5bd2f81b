// The submitting side of a queued sweep: upload the model once, take what the cache has, enqueue
// the rest (one job per distinct point, its id the result key, so a re-run or a second sweep with
// the same point joins the job already queued) and follow them until every point has settled.
import { Queue, QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import type { SweepOutcome } from '../reports/index.js';
import { redisResultCache, RESULT_PREFIX } from './cache.js';
import { bullConnection, connectChecked, redisOptions, type QueueTarget } from './connection.js';
import { FAILED_PREFIX, MODEL_PREFIX, QUEUE_NAME, type FailedRecord, type PointJobData } from './jobs.js';
import { pointKey, type ModelSource } from './keys.js';

/** One point to run: its index in the sweep, config and run options. */
export interface QueuedPoint {
  index: number;
  config: Record<string, unknown>;
  options: Record<string, unknown>;
}

/** How a point settled; `cached` when it came from the cache without running. */
export interface PointRun {
  outcome: SweepOutcome;
  cached: boolean;
  badInput?: true;
}

export interface SubmitOptions {
  target: QueueTarget;
  model: ModelSource;
  version: string;
  fresh: boolean;
  /** Called once per point as it settles. */
  onSettled?: (index: number, run: PointRun) => void;
  /** Told once the misses are enqueued (how many jobs, how many points came from the cache). */
  onEnqueued?: (jobs: number, cached: number) => void;
  /** How often pending results are polled (ms). */
  pollMs?: number;
}

/** Runs the points on the queue's workers and returns each point's outcome by index. */
export async function runQueuedPoints(points: readonly QueuedPoint[], opts: SubmitOptions): Promise<Map<number, PointRun>> {
  (await connectChecked(opts.target)).disconnect();
  const redis = new Redis(redisOptions(opts.target));
  redis.on('error', () => {}); // ioredis reconnects; the follow loop just waits
  const connection = bullConnection(opts.target);
  const queue = new Queue<PointJobData, unknown, string>(QUEUE_NAME, { connection });
  const events = new QueueEvents(QUEUE_NAME, { connection });
  const results = new Map<number, PointRun>();
  try {
    const { ref, bytes } = opts.model;
    if (ref.kind === 'file' && bytes && !(await redis.exists(MODEL_PREFIX + ref.hash))) await redis.set(MODEL_PREFIX + ref.hash, bytes);

    // points with equal keys (a value given twice) share one job
    const byKey = new Map<string, { point: QueuedPoint; indices: number[] }>();
    for (const p of points) {
      const key = pointKey(ref, p.config, p.options, opts.version);
      const entry = byKey.get(key);
      if (entry) entry.indices.push(p.index);
      else byKey.set(key, { point: p, indices: [p.index] });
    }
    const settle = (key: string, run: PointRun) => {
      const entry = byKey.get(key);
      if (!entry) return;
      byKey.delete(key);
      for (const i of entry.indices) {
        results.set(i, run);
        opts.onSettled?.(i, run);
      }
    };

    const keys = [...byKey.keys()];
    const cache = redisResultCache(redis);
    if (opts.fresh) {
      for (let i = 0; i < keys.length; i += 500) await redis.del(...keys.slice(i, i + 500).map((k) => RESULT_PREFIX + k));
    } else {
      const hits = await cache.get(keys);
      keys.forEach((k, i) => hits[i] && settle(k, { outcome: hits[i]!, cached: true }));
    }
    const misses = [...byKey.keys()];
    for (let i = 0; i < misses.length; i += 500) await redis.del(...misses.slice(i, i + 500).map((k) => FAILED_PREFIX + k));

    // a job that fails outside the point (refused by another version, stalled too often) has no record: take its reason
    events.on('failed', ({ jobId, failedReason }) =>
      settle(jobId, { outcome: { status: 'failed', error: failedReason, wallMs: null }, cached: false }),
    );
    await events.waitUntilReady();
    await queue.addBulk(
      misses.map((key) => {
        const p = byKey.get(key)!.point;
        return {
          name: 'point',
          data: { version: opts.version, key, model: ref, config: p.config, options: p.options, fresh: opts.fresh },
          opts: { jobId: key, removeOnComplete: true, removeOnFail: true },
        };
      }),
    );
    opts.onEnqueued?.(misses.length, points.length - misses.reduce((n, k) => n + byKey.get(k)!.indices.length, 0));

    while (byKey.size > 0) {
      await collect(redis, [...byKey.keys()], settle);
      if (byKey.size > 0) await new Promise((r) => setTimeout(r, opts.pollMs ?? 100));
    }
    return results;
  } finally {
    await Promise.allSettled([events.close(), queue.close()]);
    redis.disconnect();
  }
}

/** Settles the pending keys whose result or failure record the workers have written. */
async function collect(redis: Redis, pending: string[], settle: (key: string, run: PointRun) => void): Promise<void> {
  for (let i = 0; i < pending.length; i += 500) {
    const chunk = pending.slice(i, i + 500);
    const [ok, failed] = await Promise.all([
      redis.mget(chunk.map((k) => RESULT_PREFIX + k)),
      redis.mget(chunk.map((k) => FAILED_PREFIX + k)),
    ]);
    chunk.forEach((key, j) => {
      if (ok[j]) settle(key, { outcome: JSON.parse(ok[j]!) as SweepOutcome, cached: false });
      else if (failed[j]) {
        const f = JSON.parse(failed[j]!) as FailedRecord;
        settle(key, {
          outcome: { status: 'failed', error: f.error, wallMs: f.wallMs },
          cached: false,
          ...(f.badInput ? { badInput: true as const } : {}),
        });
      }
    });
  }
}
