// SCALE-Sim's memory bookkeeping of a topology's layers (scalesim-model.ts) on a worker thread,
// while the main thread compiles and simulates the topology: the bookkeeping needs only the layers'
// shapes and the array, never the simulated cycles, and is a tenth of a topology run's work on
// SCALE-Sim's large arrays (Resnet18 on scalesim-google), which an idle second core then does at no
// cost in wall time (with both cores busy it gains nothing: measured the same wall time as in-thread).
// Where no worker can run it, the caller computes it on its own thread.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ScaleSimArraySpec, ScaleSimLayerShape, ScaleSimMemoryReport } from './scalesim-model.js';

/** Each layer's memory report, or the error SCALE-Sim's model raised for it (thrown when the layer's row is made). */
export type ScaleSimMemories = (ScaleSimMemoryReport | Error)[];

/** Bookkeeping under way: resolves with every layer's, or undefined when the worker could not do it. */
export type PendingScaleSimMemory = () => Promise<ScaleSimMemories | undefined>;

// the thread loads scalesim-model.ts alone (not reports' index, with zod and the HTML report)
const WORKER = new URL('./scalesim-worker.js', import.meta.url);

/** Starts the bookkeeping of `layers` on `array` on a worker thread; call the result to wait for it. */
export function startScaleSimMemory(layers: readonly ScaleSimLayerShape[], array: ScaleSimArraySpec): PendingScaleSimMemory {
  // run from the TypeScript sources (vitest, tsx) there is no compiled worker to start
  if (!existsSync(fileURLToPath(WORKER))) return () => Promise.resolve(undefined);
  const worker = new Worker(WORKER, { workerData: { layers, array } });
  const done = new Promise<ScaleSimMemories | undefined>((resolve) => {
    worker.once('message', (memories: ScaleSimMemories) => resolve(memories));
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(undefined));
  });
  // a run that fails exits without waiting for it (after the listeners: adding one refs the worker again)
  worker.unref();
  return () => {
    worker.ref(); // awaited now: keep the process alive until it answers
    return done.finally(() => worker.unref());
  };
}
