// A zoo model's sample inputs drawn on a worker thread while the main thread builds the model's
// weights: the draws need only the inputs' shapes and the seed, and zoo:cnn1's 32 images took
// ~0.5 s of the main thread after its build (`node --cpu-prof`: the sines and normals of
// `syntheticImages`), while the build left the second core mostly idle. The worker draws exactly
// what `sampleInputs` draws (the same code and seed). Where no worker runs, the caller draws them.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ModelInput } from './registry.js';
import { type Tensor, sizeOf } from '../tensor.js';

/** Inputs being drawn: resolves with them, or undefined when the worker could not draw them. */
export type PendingInputs = () => Promise<Record<string, Tensor> | undefined>;

/**
 * Samples smaller than this many elements are drawn in-thread: a worker costs ~0.1 s of the other
 * core to start, and a million image pixels take ~0.1 s to draw (one image is 150 k).
 */
export const WORKER_MIN_ELEMENTS = 1 << 20;

// the worker loads the registry alone (the zoo and the graph builder), not graph's whole index
const WORKER = new URL('./sample-worker.js', import.meta.url);

/** What the worker is given: the model, its inputs' shapes at the batch to draw, the seed. */
export interface SampleRequest {
  name: string;
  inputs: ModelInput[];
  batch: number;
  seed: number;
}

/**
 * Starts drawing `request`'s inputs on a worker thread; call the result to wait for them.
 * Undefined when the sample is small, or when there is no compiled worker (run from the
 * TypeScript sources): the caller then draws them itself.
 */
export function startSampleInputs(request: SampleRequest): PendingInputs | undefined {
  const elements = request.inputs.reduce((n, v) => n + sizeOf(v.shape), 0);
  if (elements < WORKER_MIN_ELEMENTS || !existsSync(fileURLToPath(WORKER))) return undefined;
  const worker = new Worker(WORKER, { workerData: request });
  const done = new Promise<Record<string, Tensor> | undefined>((resolve) => {
    worker.once('message', (feeds: Record<string, Tensor> | { error: string }) => resolve('error' in feeds ? undefined : feeds));
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(undefined));
  });
  // a build that fails exits without waiting for it (after the listeners: adding one refs the worker again)
  worker.unref();
  return () => {
    worker.ref(); // awaited now: keep the process alive until it answers
    return done.finally(() => worker.unref());
  };
}
