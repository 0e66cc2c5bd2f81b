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
import type { Graph } from './ir.js';
import { type ExternalDataFile, exportOnnxExternal } from './onnx/export.js';
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

/** Initializers at least this large are handed to onnxruntime as external data. */
const EXTERNAL_FROM_BYTES = 1 << 16;

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
    let bytes: Uint8Array, files: ExternalDataFile[];
    try {
      // weights go to onnxruntime as in-memory external data (views of the graph's arrays), not
      // copied into the model's bytes: a 100M-parameter model would need 0.4 GB more
      ({ model: bytes, files } = exportOnnxExternal(g, EXTERNAL_FROM_BYTES));
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
        // no arena: it would keep the peak of the run's activation buffers reserved for the
        // session's life (0.3 GB more for zoo:cnn1's batch-32 calibration); memory only
        enableCpuMemArena: false,
        externalData: files,
        logSeverityLevel: 4,
      });
    } catch (e) {
      throw new OrtUnavailableError(`onnxruntime does not load graph "${graph.name}": ${(e as Error).message}`, { cause: e });
    }
    return new OrtGraphSession(native, ort, outputs, ranges, new Set(graph.inputs.map((v) => v.name)));
  }

  /** Runs the graph on `feeds`: the requested outputs, and the range of each value named in `ranges`. */
  run(feeds: Record<string, Tensor>): { outputs: Record<string, Tensor>; ranges: Map<string, ValueRange> } {
    const ortFeeds: Record<string, OrtTensor> = {};
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
  ranges.forEach((name, i) => {
    const v = declared.get(name) ?? graph.valueInfo.get(name);
    if (v?.dtype !== 'float32') throw new OrtUnavailableError(`value "${name}" is not float32 (its range is taken in float32)`);
    g.outputs.push({ name: minName(i), dtype: 'float32', shape: [] }, { name: maxName(i), dtype: 'float32', shape: [] });
  });
  // The reductions go last, those of the latest-produced values first. onnxruntime orders nodes
  // by a depth-first walk back from the graph's leaves, last node first: so each value's
  // reductions run as soon as it is made and it is freed then, instead of every measured value
  // staying alive to the end of the run (a batch-32 calibration of zoo:cnn1: 0.4 GB less peak).
  // Only the order changes: every node computes what it did.
  const producer = new Map(g.nodes.flatMap((n, k) => n.outputs.map((o) => [o, k] as const)));
  const order = ranges.map((name, i) => ({ name, i, at: producer.get(name) ?? -1 })).sort((a, b) => b.at - a.at || a.i - b.i);
  for (const { name, i } of order) {
    g.nodes.push({ name: minName(i), op: 'ReduceMin', inputs: [name], outputs: [minName(i)], attrs: { keepdims: 0 } });
    g.nodes.push({ name: maxName(i), op: 'ReduceMax', inputs: [name], outputs: [maxName(i)], attrs: { keepdims: 0 } });
  }
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
