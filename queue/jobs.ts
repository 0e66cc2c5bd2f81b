// What travels through the queue: one BullMQ job per distinct point, named by its result key.
import type { ModelRef } from './keys.js';

export const QUEUE_NAME = 'tpusim-sweep';
export const MODEL_PREFIX = 'tpusim:model:';
/** A failed point's outcome, kept an hour for the submitter to collect (failures are not cached). */
export const FAILED_PREFIX = 'tpusim:failed:';
export const FAILED_TTL_S = 3600;

export interface PointJobData {
  /** tpusim version of the submitter: a worker of another version refuses the job. */
  version: string;
  key: string;
  model: ModelRef;
  config: Record<string, unknown>;
  options: Record<string, unknown>;
  /** Recompute even if the cache has the point (`--fresh`). */
  fresh: boolean;
}

/** A failed point as the worker records it. */
export interface FailedRecord {
  status: 'failed';
  error: string;
  wallMs: number | null;
  badInput?: true;
}
