// The float32 executor the runtime uses (calibration statistics, the numerics reference): one
// onnxruntime session over the graph (ort.ts) where onnxruntime can run it, else the JavaScript
// reference kernels (executor.ts) — for graphs it cannot load (ops it lacks, float16 values);
// `engine` and `why` say which ran and why.
import { execute } from './executor.js';
import type { Graph } from './ir.js';
import { OrtGraphSession, OrtUnavailableError, type ValueRange } from './ort.js';
import type { Tensor } from './tensor.js';

/** Options of a Float32Executor. */
export interface Float32Options {
  /** Values each run returns (default: the graph outputs). */
  outputs?: string[];
  /** float32 values whose [min, max] each run returns (graph inputs among them are measured from the feeds). */
  ranges?: string[];
  /** onnxruntime intra-op threads (default 1). */
  threads?: number;
  /** Use the JavaScript kernels even where onnxruntime could run the graph (the conformance suite checks both). */
  engine?: 'onnxruntime' | 'javascript';
}

/** Runs one graph in float32, many times. */
export class Float32Executor {
  readonly engine: 'onnxruntime' | 'javascript';
  /** Why onnxruntime does not run this graph (when `engine` is 'javascript' by necessity). */
  readonly why: string | undefined;
  private readonly session: OrtGraphSession | undefined;
  private readonly outputs: string[];
  private readonly produced: string[];
  private readonly fed: string[];

  constructor(
    private readonly graph: Graph,
    opts: Float32Options = {},
  ) {
    this.outputs = opts.outputs ?? graph.outputs.map((v) => v.name);
    const inputs = new Set(graph.inputs.map((v) => v.name));
    const ranges = opts.ranges ?? [];
    this.fed = ranges.filter((n) => inputs.has(n));
    this.produced = ranges.filter((n) => !inputs.has(n));
    let session: OrtGraphSession | undefined;
    let why: string | undefined;
    if (opts.engine !== 'javascript') {
      try {
        session = OrtGraphSession.create(graph, { outputs: this.outputs, ranges: this.produced, threads: opts.threads });
      } catch (e) {
        if (!(e instanceof OrtUnavailableError)) throw e;
        why = e.message;
      }
    }
    this.session = session;
    this.why = why;
    this.engine = session ? 'onnxruntime' : 'javascript';
  }

  /** Runs the graph: the requested outputs and the range of each requested value. */
  run(feeds: Record<string, Tensor>): { outputs: Record<string, Tensor>; ranges: Map<string, ValueRange> } {
    const ranges = new Map<string, ValueRange>();
    for (const name of this.fed) if (feeds[name]) ranges.set(name, rangeOf(feeds[name].data as Float32Array));
    if (this.session) {
      const r = this.session.run(feeds);
      for (const [k, v] of r.ranges) ranges.set(k, v);
      return { outputs: r.outputs, ranges };
    }
    const wanted = new Set(this.produced);
    const outputs = execute(this.graph, feeds, {
      outputs: this.outputs,
      onValue: (name, t) => {
        if (wanted.has(name) && (t.dtype === 'float32' || t.dtype === 'float16')) ranges.set(name, rangeOf(t.data as Float32Array));
      },
    });
    return { outputs, ranges };
  }

  /** Frees onnxruntime's session. */
  dispose(): void {
    this.session?.dispose();
  }
}

/** The range [min, max] of a value (min/max, as onnxruntime's default calibrator). */
export function rangeOf(d: Float32Array): ValueRange {
  let min = Infinity,
    max = -Infinity;
  for (let i = 0; i < d.length; i++) {
    const v = d[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { min, max };
}
