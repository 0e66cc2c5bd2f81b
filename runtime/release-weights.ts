// Releasing the float32 weights of a compiled model's TPU layers. After compiling, the matrix unit
// runs their int8 copies (the weight image); the float32 arrays matter only to a float32 run of the
// graph (the reference on new inputs) and to fallback devices. A one-shot run (runModel: one batch,
// its reference the calibration run's outputs) needs neither, and they are most of its memory
// (zoo:cnn1: 393 MiB of 103 M weights). What is released keeps its dtype and shape; reading its
// values afterwards throws an error naming it, never silently reads zeros.
import type { Tensor } from '../graph/index.js';
import type { CompiledModel } from './compiled-model.js';
import { RuntimeError } from './errors.js';
import type { ConvLayer, DenseLayer } from './layers.js';

/** Why a released array cannot be read. */
function releasedError(what: string): RuntimeError {
  return new RuntimeError(
    `${what} were released after compiling (a one-shot run keeps only their int8 copies in the weight image); compile again to run it in float32`,
  );
}

/** Replaces `key` of `owner` by a getter that throws, naming `what`. */
function release(owner: object, key: string, what: string): void {
  Object.defineProperty(owner, key, {
    get: () => {
      throw releasedError(what);
    },
    enumerable: true,
    configurable: true,
  });
}

/** Initializers by the devices of the layers whose nodes read them. */
function initializerReaders(model: CompiledModel): Map<string, Set<string>> {
  const readers = new Map<string, Set<string>>();
  for (const l of model.layers) {
    const device = model.placement.get(l.name)?.device ?? 'unplaced';
    for (const n of l.nodes) {
      for (const i of n.inputs) {
        if (!i || !model.graph.initializers.has(i)) continue;
        let set = readers.get(i);
        if (!set) readers.set(i, (set = new Set()));
        set.add(device);
      }
    }
  }
  return readers;
}

/**
 * Releases the float32 weights of every convolution and dense layer on the TPU that no other
 * device reads (and that are not graph outputs); returns the bytes released.
 */
export function releaseTpuWeights(model: CompiledModel): number {
  const graph = model.graph;
  const readers = initializerReaders(model);
  const outputs = new Set(graph.outputs.map((o) => o.name));
  const nameOf = new Map<unknown, string>([...graph.initializers].map(([name, t]) => [t.data, name]));
  const done = new Set<Float32Array>();
  let bytes = 0;
  for (const l of model.layers) {
    if ((l.kind !== 'conv' && l.kind !== 'dense') || model.placement.get(l.name)?.device !== 'tpu') continue;
    const layer: ConvLayer | DenseLayer = l;
    const weight = layer.weight;
    const name = nameOf.get(weight);
    if (name !== undefined) {
      const devices = readers.get(name);
      if (outputs.has(name) || (devices && [...devices].some((d) => d !== 'tpu'))) continue;
      const t = graph.initializers.get(name)!;
      const kept: Tensor = { dtype: t.dtype, shape: t.shape } as Tensor;
      release(kept, 'data', `the float32 weights "${name}"`);
      graph.initializers.set(name, kept);
    }
    release(layer, 'weight', `the float32 weights of layer "${layer.name}"`);
    if (!done.has(weight)) bytes += weight.byteLength;
    done.add(weight);
  }
  return bytes;
}
