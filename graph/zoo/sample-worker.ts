// The worker thread of sample-thread.ts: draws a zoo model's sample inputs (registry.ts's
// `drawInputs`, as `sampleInputs` does) and posts them back, their arrays transferred, not copied.
import { parentPort, workerData } from 'node:worker_threads';
import { drawInputs } from './registry.js';
import type { SampleRequest } from './sample-thread.js';

const { name, inputs, batch, seed } = workerData as SampleRequest;
try {
  const feeds = drawInputs(name, inputs, batch, seed);
  const arrays = Object.values(feeds).flatMap((t) => (ArrayBuffer.isView(t.data) ? [t.data.buffer as ArrayBuffer] : []));
  parentPort!.postMessage(feeds, arrays);
} catch (e) {
  parentPort!.postMessage({ error: String((e as Error).message ?? e) });
}
