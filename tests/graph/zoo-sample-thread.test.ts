// A zoo model's sample inputs drawn on a worker thread (graph/zoo/sample-thread.ts) are the bits
// `sampleInputs` draws, and `buildModelWithInputs` gives what `buildModel` and `sampleInputs` give,
// on the worker's path and the in-thread one. The worker exists only compiled, so the worker's
// path loads the build's modules (as `tpusim run` does); from the TypeScript sources there is no
// worker and the caller draws in-thread.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type Tensor, buildModel, sampleInputs } from '../../graph/index.js';
import * as sourceThread from '../../graph/zoo/sample-thread.js';
import * as sourceRegistry from '../../graph/zoo/registry.js';
import { ROOT } from '../cli/helpers.js';

const builtThread = (await import(pathToFileURL(join(ROOT, 'dist', 'graph', 'zoo', 'sample-thread.js')).href)) as typeof sourceThread;
const builtRegistry = (await import(pathToFileURL(join(ROOT, 'dist', 'graph', 'zoo', 'registry.js')).href)) as typeof sourceRegistry;

/** The bytes of a tensor's data (bit-for-bit comparisons of float data, NaN and -0 included). */
function bytesOf(t: Tensor): Buffer {
  const data = t.data as Float32Array;
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}

/** Same names, shapes and bits (Buffer.equals: a deep toEqual over megabytes takes tens of seconds). */
function expectSameTensors(got: Record<string, Tensor> | Map<string, Tensor>, want: Record<string, Tensor> | Map<string, Tensor>): void {
  const [g, w] = [got, want].map((m) => (m instanceof Map ? Object.fromEntries(m) : m)) as [Record<string, Tensor>, Record<string, Tensor>];
  expect(Object.keys(g).sort()).toEqual(Object.keys(w).sort());
  for (const [name, t] of Object.entries(w)) {
    expect(g[name]!.shape, name).toEqual(t.shape);
    expect(bytesOf(g[name]!).equals(bytesOf(t)), `${name}'s bits`).toBe(true);
  }
}

// lenet's 28x28 images: 1400 of them are just over the worker's threshold, with weights that build in milliseconds
const LARGE = { name: 'lenet', batch: 1400 };

describe('zoo sample inputs on a worker thread', () => {
  it('draws the same bits as sampleInputs (image-like inputs over the threshold)', async () => {
    const inputs = [{ name: 'input', dtype: 'float32' as const, shape: [LARGE.batch, 1, 28, 28] }];
    expect(LARGE.batch * 28 * 28).toBeGreaterThanOrEqual(builtThread.WORKER_MIN_ELEMENTS);
    const pending = builtThread.startSampleInputs({ name: LARGE.name, inputs, batch: LARGE.batch, seed: 5 });
    expect(pending).toBeDefined();
    const feeds = await pending!();
    expect(feeds).toBeDefined();
    expectSameTensors(feeds!, sampleInputs(LARGE.name, { batch: LARGE.batch, seed: 5 }));
  });

  it('draws token ids and sequence-major inputs as sampleInputs does', async () => {
    const lstm = builtThread.startSampleInputs({
      name: 'lstm0',
      inputs: [{ name: 'input', dtype: 'float32', shape: [16, 70, 1024] }],
      batch: 70,
      seed: 1,
    });
    expectSameTensors((await lstm!())!, sampleInputs('lstm0', { batch: 70, seed: 1 }));
  });

  it('leaves small samples to the caller, and a failed draw resolves to undefined (the caller draws in-thread)', async () => {
    expect(
      builtThread.startSampleInputs({ name: 'mlp', inputs: [{ name: 'input', dtype: 'float32', shape: [32, 784] }], batch: 32, seed: 0 }),
    ).toBeUndefined();
    const bad = builtThread.startSampleInputs({
      name: 'no-such-model',
      inputs: [{ name: 'x', dtype: 'float32', shape: [1 << 21] }],
      batch: 1,
      seed: 0,
    });
    expect(await bad!()).toBeUndefined();
  });

  it('from the TypeScript sources there is no worker: the caller draws in-thread', () => {
    const inputs = [{ name: 'input', dtype: 'float32' as const, shape: [LARGE.batch, 1, 28, 28] }];
    expect(sourceThread.startSampleInputs({ name: LARGE.name, inputs, batch: LARGE.batch, seed: 0 })).toBeUndefined();
  });

  it.each([
    ['the worker', LARGE.name, LARGE.batch],
    ['in-thread', 'resnet18', 2],
  ])('buildModelWithInputs (inputs drawn %s) = buildModel + sampleInputs', async (_how, name, batch) => {
    const { graph, feeds } = await builtRegistry.buildModelWithInputs(name, { batch, seed: 3 });
    const want = buildModel(name, { batch, seed: 3 });
    expect(graph.nodes.map((n) => n.op)).toEqual(want.nodes.map((n) => n.op));
    expectSameTensors(graph.initializers, want.initializers);
    expectSameTensors(feeds, sampleInputs(name, { batch, seed: 3 }));
  });
});
