// The float32 executor of the field: onnxruntime (CPU provider), driven synchronously. A graph is
// exported to ONNX once (onnx/export.ts) and loaded into one onnxruntime session; runs feed and
// return graph-layer tensors. `ranges` names values whose [min, max] a run also returns: each gets a
// ReduceMin and a ReduceMax node added to the exported graph (exact: no arithmetic), so only two
// scalars per value leave onnxruntime and it frees every intermediate as it goes. Graphs onnxruntime
// cannot load (an op it lacks, float16 values) raise OrtUnavailableError: callers then use the
// JavaScript reference kernels (executor.ts).
//
// Why the native binding and not InferenceSession: its `create` and `run` are asynchronous only
// because they wrap the binding's synchronous calls in setImmediate (onnxruntime-node 1.30,
// dist/backend.js); the compiler and the Session API are synchronous. The version is pinned (~1.30).
import { createRequire } from 'node:module';
import { GraphError } from './errors.js';
import type { Graph, Node } from './ir.js';
import { exportOnnx } from './onnx/export.js';
import type { DType, Tensor } from './tensor.js';

/** onnxruntime cannot run this graph here; the message says why. */
export class OrtUnavailableError extends GraphError {
  override name = 'OrtUnavailableError';
}

interface OrtTensor {
  type: string;
  dims: readonly number[];
  data: unknown;
}
interface NativeSession {
  loadModel(buffer: ArrayBufferLike, offset: number, length: number, options: object): void;
  run(feeds: Record<string, OrtTensor>, fetches: Record<string, null>, options: object): Record<string, OrtTensor>;
  dispose(): void;
}
interface OrtModule {
  Tensor: new (type: string, data: unknown, dims: readonly number[]) => OrtTensor;
  env: { logLevel?: string };
}

let loaded: { ort: OrtModule; Native: new () => NativeSession } | undefined;

/** Loads onnxruntime-node on first use (about 0.1 s: the CLI does not pay it unless a graph runs in float32). */
function ortBinding(): { ort: OrtModule; Native: new () => NativeSession } {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  try {
    const ort = require('onnxruntime-node') as OrtModule;
    ort.env.logLevel = 'fatal'; // errors reach the caller as exceptions; onnxruntime's own log would repeat them on stderr
    const b = require('onnxruntime-node/dist/binding.js') as {
      binding: { InferenceSession: new () => NativeSession };
      initOrt: () => void;
    };
    b.initOrt();
    loaded = { ort, Native: b.binding.InferenceSession };
  } catch (e) {
    throw new OrtUnavailableError(`onnxruntime-node does not load: ${(e as Error).message}`, { cause: e });
  }
  return loaded;
}

/** dtypes that cross to and from onnxruntime unchanged (float16 is widened in graph tensors, so it cannot). */
const PLAIN: ReadonlySet<DType> = new Set([
  'float32',
  'float64',
  'int8',
  'uint8',
  'int16',
  'uint16',
  'int32',
  'uint32',
  'int64',
  'uint64',
  'bool',
]);

/** The range [min, max] of a value. */
export interface ValueRange {
  min: number;
  max: number;
}

/** Options of `OrtGraphSession.create`. */
export interface OrtSessionOptions {
  /** Values to return (default: the graph outputs). */
  outputs?: string[];
  /** float32 values whose [min, max] each run returns. */
  ranges?: string[];
  /** Intra-op threads (default 1: results independent of the machine's core count, and one per fallback worker). */
  threads?: number;
}

/** One onnxruntime session over a graph. */
export class OrtGraphSession {
  private constructor(
    private readonly native: NativeSession,
    private readonly ort: OrtModule,
    private readonly outputs: string[],
    private readonly rangeNames: string[],
    private readonly inputs: Set<string>,
    private readonly weights: Map<string, Tensor>,
  ) {}

  /** Exports `graph` (with the requested outputs and range reductions) and loads it into onnxruntime. */
  static create(graph: Graph, opts: OrtSessionOptions = {}): OrtGraphSession {
    const { ort, Native } = ortBinding();
    const outputs = opts.outputs ?? graph.outputs.map((v) => v.name);
    const ranges = opts.ranges ?? [];
    for (const v of graph.inputs) {
      if (!graph.initializers.has(v.name) && !PLAIN.has(v.dtype)) throw new OrtUnavailableError(`input "${v.name}" is ${v.dtype}`);
    }
    const g = withOutputs(graph, outputs, ranges);
    const weights = weightsAsInputs(g);
    let bytes: Uint8Array;
    try {
      bytes = exportOnnx(g);
    } catch (e) {
      throw new OrtUnavailableError(`graph "${graph.name}" does not export to ONNX: ${(e as Error).message}`, { cause: e });
    }
    const native = new Native();
    try {
      native.loadModel(bytes.buffer, bytes.byteOffset, bytes.byteLength, {
        intraOpNumThreads: opts.threads ?? 1,
        interOpNumThreads: 1,
        executionMode: 'sequential',
        graphOptimizationLevel: 'all',
        // no arena and no planned memory pattern: each intermediate is freed after its last reader
        // instead of staying in a pool sized for the run's peak (zoo:cnn1's calibration at batch 32:
        // 1.28 GB peak RSS with them, 1.08 GB without, no slower)
        enableCpuMemArena: false,
        enableMemPattern: false,
        logSeverityLevel: 4,
      });
    } catch (e) {
      throw new OrtUnavailableError(`onnxruntime does not load graph "${graph.name}": ${(e as Error).message}`, { cause: e });
    }
    return new OrtGraphSession(native, ort, outputs, ranges, new Set(graph.inputs.map((v) => v.name)), weights);
  }

  /** Runs the graph on `feeds`: the requested outputs, and the range of each value named in `ranges`. */
  run(feeds: Record<string, Tensor>): { outputs: Record<string, Tensor>; ranges: Map<string, ValueRange> } {
    const ortFeeds: Record<string, OrtTensor> = {};
    for (const [name, t] of this.weights) ortFeeds[name] = new this.ort.Tensor(t.dtype, t.data, t.shape);
    for (const [name, t] of Object.entries(feeds)) {
      if (!this.inputs.has(name)) continue;
      if (!PLAIN.has(t.dtype)) throw new OrtUnavailableError(`input "${name}" is ${t.dtype}, which onnxruntime is not fed here`);
      ortFeeds[name] = new this.ort.Tensor(t.dtype, t.data, t.shape);
    }
    const fetches: Record<string, null> = {};
    for (const o of this.outputs) fetches[o] = null;
    this.rangeNames.forEach((_, i) => {
      fetches[minName(i)] = null;
      fetches[maxName(i)] = null;
    });
    const got = this.native.run(ortFeeds, fetches, {});
    const outputs: Record<string, Tensor> = {};
    for (const o of this.outputs) outputs[o] = fromOrt(got[o]!, o);
    const ranges = new Map<string, ValueRange>();
    this.rangeNames.forEach((name, i) => {
      ranges.set(name, { min: scalar(got[minName(i)]!), max: scalar(got[maxName(i)]!) });
    });
    return { outputs, ranges };
  }

  /** Frees the native session. */
  dispose(): void {
    this.native.dispose();
  }
}

/** float32 initializers at least this large are fed at each run instead of exported (weightsAsInputs). */
const FED_WEIGHT_BYTES = 1 << 20;

/**
 * Turns `g`'s large float32 initializers into graph inputs and returns them, to be fed at each run.
 * onnxruntime-node reads a fed tensor in place, while an exported initializer exists three times at
 * once while a session loads (our float32 array, the ONNX bytes, onnxruntime's own copy): zoo:lstm0's
 * calibration session took its peak RSS from 0.65 to 1.74 GB that way. A fed weight is not a
 * constant to onnxruntime's graph optimizer (no pre-packing); the small ones stay initializers.
 */
function weightsAsInputs(g: Graph): Map<string, Tensor> {
  const fed = new Map<string, Tensor>();
  const declared = new Set(g.inputs.map((v) => v.name));
  for (const [name, t] of g.initializers) {
    if (t.dtype !== 'float32' || (t.data as Float32Array).byteLength < FED_WEIGHT_BYTES) continue;
    fed.set(name, t);
    g.initializers.delete(name);
    if (!declared.has(name)) g.inputs.push({ name, dtype: t.dtype, shape: [...t.shape] });
  }
  return fed;
}

const minName = (i: number) => `__tpusim_range_min_${i}`;
const maxName = (i: number) => `__tpusim_range_max_${i}`;

/** A copy of `graph` whose outputs are `outputs` plus a ReduceMin/ReduceMax scalar per `ranges` value. */
function withOutputs(graph: Graph, outputs: string[], ranges: string[]): Graph {
  const g = graph.clone();
  const declared = new Map([...graph.inputs, ...graph.outputs].map((v) => [v.name, v]));
  g.outputs = outputs.map((name) => {
    const v = declared.get(name) ?? graph.valueInfo.get(name);
    if (!v) throw new OrtUnavailableError(`value "${name}" has no known type`);
    return { ...v };
  });
  for (const v of g.outputs) if (!PLAIN.has(v.dtype)) throw new OrtUnavailableError(`value "${v.name}" is ${v.dtype}`);
  const reductions = new Map<string, Node[]>();
  ranges.forEach((name, i) => {
    const v = declared.get(name) ?? graph.valueInfo.get(name);
    if (v?.dtype !== 'float32') throw new OrtUnavailableError(`value "${name}" is not float32 (its range is taken in float32)`);
    reductions.set(name, [
      { name: minName(i), op: 'ReduceMin', inputs: [name], outputs: [minName(i)], attrs: { keepdims: 0 } },
      { name: maxName(i), op: 'ReduceMax', inputs: [name], outputs: [maxName(i)], attrs: { keepdims: 0 } },
    ]);
    g.outputs.push({ name: minName(i), dtype: 'float32', shape: [] }, { name: maxName(i), dtype: 'float32', shape: [] });
  });
  // After every node, the last value's reductions first: onnxruntime orders execution by a depth-first
  // search from the graph's leaves, highest node index first, so the reductions of the first values
  // then run as soon as their value exists and each value is freed early. In the order of the
  // values, every value lived until the end of the run (zoo:lstm0's calibration: 0.45 GB at once).
  const position = new Map(graph.nodes.flatMap((n, k) => n.outputs.map((o) => [o, k] as const)));
  const order = [...reductions.keys()].sort((a, b) => (position.get(b) ?? -1) - (position.get(a) ?? -1));
  for (const name of order) g.nodes.push(...reductions.get(name)!);
  return g;
}

function scalar(t: OrtTensor): number {
  return (t.data as Float32Array)[0]!;
}

function fromOrt(t: OrtTensor, name: string): Tensor {
  const dtype = t.type as DType;
  if (!PLAIN.has(dtype)) throw new OrtUnavailableError(`onnxruntime returned "${name}" as ${t.type}`);
  return { dtype, shape: [...t.dims], data: t.data } as Tensor;
}
