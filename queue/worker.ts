// The working side: a BullMQ worker that runs points with a function it is given (the CLI's worker
// pool), fetching each model's bytes from Redis once and keeping them in a private directory.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { UnrecoverableError, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import type { SweepOutcome } from '../reports/index.js';
import { redisResultCache } from './cache.js';
import { bullConnection, connectChecked, redisOptions, type QueueTarget } from './connection.js';
import { FAILED_PREFIX, FAILED_TTL_S, MODEL_PREFIX, QUEUE_NAME, type FailedRecord, type PointJobData } from './jobs.js';
import type { ModelRef } from './keys.js';

export interface WorkerOptions {
  target: QueueTarget;
  version: string;
  /** Points run at once. */
  concurrency: number;
  /** BullMQ's lock on a running job; a killed worker's point is recovered once it expires. */
  lockDurationMs: number;
  /** How often workers look for jobs whose lock expired. */
  stalledIntervalMs: number;
  /** Runs one point: a model path (or zoo:NAME) on a config. */
  runPoint: (
    model: string,
    config: Record<string, unknown>,
    options: Record<string, unknown>,
  ) => Promise<{ outcome: SweepOutcome; badInput?: true }>;
  /** One line per event (point done, refusal). */
  log: (line: string) => void;
}

export interface QueueWorker {
  /** Stops taking jobs and waits for the running points to finish. */
  close(): Promise<void>;
  /** Resolves with the exit code once the worker stopped: 0, or 2 after refusing a job of another version. */
  stopped: Promise<number>;
}

/** Starts a worker; it runs points until closed. */
export async function startQueueWorker(opts: WorkerOptions): Promise<QueueWorker> {
  (await connectChecked(opts.target)).disconnect();
  const redis = new Redis(redisOptions(opts.target));
  redis.on('error', () => {});
  const cache = redisResultCache(redis);
  const dir = mkdtempSync(join(tmpdir(), 'tpusim-worker-'));
  const models = new Map<string, Promise<string>>();
  const id = `${hostname()}:${process.pid}`;
  let exitCode = 0;
  let resolveStopped!: (code: number) => void;
  const stopped = new Promise<number>((r) => (resolveStopped = r));

  const modelPath = (ref: Exclude<ModelRef, { kind: 'zoo' }>): Promise<string> => {
    let p = models.get(ref.hash);
    if (!p) {
      p = (async () => {
        const bytes = await redis.getBuffer(MODEL_PREFIX + ref.hash);
        if (!bytes) throw new UnrecoverableError(`${ref.name}: model bytes (sha256 ${ref.hash}) are not in Redis; submit the sweep again`);
        mkdirSync(join(dir, ref.hash), { recursive: true });
        const path = join(dir, ref.hash, ref.name);
        writeFileSync(path, bytes);
        return path;
      })();
      p.catch(() => models.delete(ref.hash));
      models.set(ref.hash, p);
    }
    return p;
  };

  const worker = new Worker<PointJobData, string>(
    QUEUE_NAME,
    async (job) => {
      const d = job.data;
      if (d.version !== opts.version) {
        const msg = `worker ${id} runs tpusim ${opts.version} but the sweep was submitted by tpusim ${d.version}: refusing its points (run workers of the same version)`;
        opts.log(msg);
        exitCode = 2;
        void close();
        throw new UnrecoverableError(msg);
      }
      if (!d.fresh && (await cache.get([d.key]))[0]) return 'cached';
      const path = d.model.kind === 'zoo' ? d.model.name : await modelPath(d.model);
      const run = await opts.runPoint(path, d.config, d.options);
      if (run.outcome.status === 'ok') await cache.put(d.key, run.outcome);
      else {
        // name the model as the user did, not by its private copy
        const record: FailedRecord = {
          ...run.outcome,
          error: run.outcome.error.split(path).join(d.model.name),
          ...(run.badInput ? { badInput: true as const } : {}),
        };
        await redis.set(FAILED_PREFIX + d.key, JSON.stringify(record), 'EX', FAILED_TTL_S);
      }
      opts.log(
        `point ${d.key.slice(0, 12)} ${run.outcome.status}${run.outcome.status === 'failed' ? `: ${run.outcome.error.split('\n')[0]}` : ''}`,
      );
      return run.outcome.status;
    },
    {
      connection: bullConnection(opts.target),
      concurrency: opts.concurrency,
      lockDuration: opts.lockDurationMs,
      stalledInterval: opts.stalledIntervalMs,
      maxStalledCount: 1,
    },
  );
  worker.on('error', () => {}); // connection errors: ioredis reconnects

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> =>
    (closing ??= (async () => {
      await worker.close();
      redis.disconnect();
      rmSync(dir, { recursive: true, force: true });
      resolveStopped(exitCode);
    })());
  await worker.waitUntilReady();
  return { close, stopped };
}
