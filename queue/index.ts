// Sweeps across machines: BullMQ jobs on Redis, content-addressed models, and the result cache
// (in Redis or a directory) keyed by model, config, options and tpusim's version.
export { QueueError, parseQueueUrl, type QueueTarget } from './connection.js';
export { modelSource, pointKey, canonicalJson, type ModelRef, type ModelSource } from './keys.js';
export { dirResultCache, redisResultCache, type ResultCache } from './cache.js';
export { runQueuedPoints, type PointRun, type QueuedPoint, type SubmitOptions } from './submit.js';
export { startQueueWorker, type QueueWorker, type WorkerOptions } from './worker.js';
export { QUEUE_NAME } from './jobs.js';
