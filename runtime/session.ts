// The Session: compile a model once (normalise → unroll LSTMs → layers with batch-norm, bias and
// activations fused → calibrate and quantize → place → lower every TPU segment), then run it on
// as many batches as you like. A run simulates each TPU segment on the simulated ASIC, runs the
// fallback layers for real on worker threads (concurrently with the simulation where the graph
// allows), and returns the outputs with everything the report needs.
import {
  type Graph, type Tensor, execute, foldConstants, bindInputs, symbolicDims, tensor, Rng,
} from '../graph/index.js';
import { type Fidelity, type HardwareConfig, type RunResult, Simulator, ubRowBytes } from '../sim/index.js';
import { type DeviceModel, type DeviceName, DEVICE_PRESETS, type PlacementDecision, fallbackCost, modelledSeconds, placeLayers, transferSeconds } from './devices.js';
import { CapacityError, CompileError, RuntimeError } from './errors.js';
import { FallbackPool } from './fallback/pool.js';
import { hostFrameBytes, packFrame, packIm2col, quantizeArray, dequantizeArray, unpackFrame } from './hostio.js';
import { type Layer, buildLayers, knownSize, layerMacs, shapeOf } from './layers.js';
import { type CompiledSegment, type ConvMapping, type TileEntry, lowerSegment } from './lower.js';
import { unrollLstms, type KeptLstm } from './lstm.js';
import { WeightImage } from './program.js';
import { type QParams, activationParams } from './quantize.js';

/** How to compile. */
export interface SessionOptions {
  config: HardwareConfig;
  /** Batch size: binds symbolic batch dims, or replaces the leading dim of every input. */
  batch?: number;
  /** Device priority order (default tpu, gpu, cpu). */
  devices?: DeviceName[];
  /** Roofline models of the fallback devices (default: the paper's Haswell and K80). */
  deviceModels?: Partial<Record<'cpu' | 'gpu', DeviceModel>>;
  /** Mapping of convolutions whose input comes from the host (default auto: fewer estimated cycles). */
  convMapping?: ConvMapping;
  /** Calibration inputs (default: one seeded random batch, see `randomInputs`). */
  calibration?: Record<string, Tensor>[];
  /** Seed for generated inputs. */
  seed?: number;
  /** Fallback worker threads. */
  threads?: number;
  /** Make every TPU layer its own program (SCALE-Sim topologies: independent layers). */
  isolateLayers?: boolean;
  /** Write every TPU layer's output back to host memory (to inspect or check each layer). */
  exposeAllLayers?: boolean;
  /** Axis of the batch dimension in the inputs and outputs (default 0; 1 for sequence-major models). */
  batchAxis?: number;
}

/** The range [min, max] of a value, for calibration (min/max, as onnxruntime's default calibrator). */
function valueRange(d: Float32Array): { min: number; max: number } {
  let min = Infinity, max = -Infinity;
  for (let i = 0; i < d.length; i++) {
    const v = d[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { min, max };
}

/** How to run. */
export interface RunSessionOptions {
  fidelity?: Fidelity;
  maxCycles?: number;
  /** Keep up to this many trace entries per TPU segment for the timeline (default 200000). */
  traceLimit?: number;
  /** Called with a short description of what is happening. */
  onProgress?: (message: string, fraction: number) => void;
}

/** A unit of work in a run, in graph order: one TPU segment or one fallback layer. */
export type Step =
  | { kind: 'tpu'; index: number; segment: CompiledSegment; layers: Layer[] }
  | { kind: 'fallback'; device: 'cpu' | 'gpu'; layer: Layer };

/** What the run measured for one step. */
export interface StepResult {
  step: Step;
  /** Modelled seconds on its device. */
  seconds: number;
  /** TPU: the simulator's result. */
  sim?: RunResult;
  /** Fallback: measured kernel milliseconds on the host. */
  measuredMs?: number;
  /** Bytes of the step's inputs that cross to or from the GPU, over its host link, before the step runs. */
  transferBytes: number;
  /** Modelled seconds of that transfer on the GPU's host link (latency plus bytes over bandwidth; 0 when nothing moves). */
  transferSeconds: number;
  /** Values this step reads that another device produced. */
  dependsOn: number[];
}

/** The result of a run. */
export interface SessionRun {
  outputs: Record<string, Tensor>;
  /** uint8 values of the tensors TPU segments wrote back to the host, by name (logical layout). */
  quantized: Map<string, Uint8Array>;
  /** Float values of every tensor that crossed between devices or was a graph input/output. */
  values: Map<string, Promise<Tensor>>;
  steps: StepResult[];
  simulateMs: number;
  fallbackMs: number;
  totalMs: number;
}

/** Seeded random inputs for a graph's inputs (normal(0,1) floats; small non-negative ints). */
export function randomInputs(graph: Graph, seed = 1): Record<string, Tensor> {
  const rng = new Rng(seed);
  const feeds: Record<string, Tensor> = {};
  for (const v of graph.inputs) {
    if (graph.initializers.has(v.name)) continue;
    const shape = (v.shape ?? []).map((d) => (typeof d === 'number' ? d : 1));
    const n = shape.reduce((a, b) => a * b, 1);
    if (v.dtype === 'float32') {
      const d = new Float32Array(n);
      for (let i = 0; i < n; i++) d[i] = rng.normal();
      feeds[v.name] = tensor('float32', shape, d);
    } else if (v.dtype === 'int64') {
      feeds[v.name] = tensor('int64', shape, BigInt64Array.from({ length: n }, () => BigInt(Math.floor(rng.next() * 16))));
    } else if (v.dtype === 'int32') {
      feeds[v.name] = tensor('int32', shape, Int32Array.from({ length: n }, () => Math.floor(rng.next() * 16)));
    } else {
      throw new CompileError(`input "${v.name}" has dtype ${v.dtype}; give --inputs for it`);
    }
  }
  return feeds;
}

/** Normalises a graph for the compiler: batch bound, LSTMs unrolled, constants folded, shapes known, no-op nodes removed. */
export function normaliseGraph(source: Graph, batch?: number): { graph: Graph; kept: KeptLstm[] } {
  const graph = source.clone();
  const sym = symbolicDims(graph);
  if (batch !== undefined) {
    if (sym.length > 0) {
      bindInputs(graph, Object.fromEntries(sym.map((s, i) => [s, i === 0 ? batch : 1])));
    } else {
      // a static batch: the outputs that lead with it (declared for the old batch) take the new one too
      const old = batchDim(graph, 0);
      for (const v of graph.outputs) {
        if (v.shape && v.shape.length > 0 && v.shape[0] === old) v.shape = [batch, ...v.shape.slice(1)];
      }
      for (const v of graph.inputs) {
        if (v.shape && v.shape.length > 0 && v.shape[0] !== batch) v.shape = [batch, ...v.shape.slice(1)];
      }
      graph.valueInfo.clear();
    }
  } else if (sym.length > 0) {
    bindInputs(graph, Object.fromEntries(sym.map((s) => [s, 1])));
  }
  // foldConstants infers the type of every value it does not fold
  foldConstants(graph);
  const kept = unrollLstms(graph);
  removeNoOps(graph);
  foldConstants(graph);
  for (const n of graph.nodes) for (const o of n.outputs) if (o) shapeOf(graph, o);
  return { graph, kept };
}

/** Removes Identity and inference-mode Dropout nodes (rewiring their consumers). */
function removeNoOps(graph: Graph): void {
  const outputs = new Set(graph.outputs.map((o) => o.name));
  const rename = new Map<string, string>();
  graph.nodes = graph.nodes.filter((n) => {
    const noop = n.op === 'Identity' || (n.op === 'Dropout' && !n.outputs[1]);
    if (!noop || outputs.has(n.outputs[0]!)) return true;
    rename.set(n.outputs[0]!, n.inputs[0]!);
    return false;
  });
  const resolve = (v: string): string => {
    let x = v;
    while (rename.has(x)) x = rename.get(x)!;
    return x;
  };
  for (const n of graph.nodes) n.inputs = n.inputs.map((i) => (i ? resolve(i) : i));
}

/** A compiled model. */
export class Session {
  readonly config: HardwareConfig;
  readonly graph: Graph;
  readonly layers: Layer[];
  readonly placement: Map<string, PlacementDecision>;
  readonly steps: Step[];
  readonly qparams: Map<string, QParams>;
  readonly deviceModels: Record<'cpu' | 'gpu', DeviceModel>;
  readonly devices: DeviceName[];
  readonly compileMs: number;
  readonly calibrationMs: number;
  /** Notes for the report (e.g. layers split to fit). */
  readonly notes: string[] = [];
  /** Every TPU layer's output is written back (and every value kept) for inspection. */
  private exposeAll = false;
  /** The inputs calibration used (given, or generated from the seed); runs default to them. */
  calibrationFeeds: Record<string, Tensor>;
  private calibrationOutputs: Record<string, Tensor> | undefined;
  private lastRun: SessionRun | undefined;
  private readonly simulator: Simulator;
  /** The model's weight image (every TPU program's tiles). */
  readonly weights: Uint8Array;
  private pool: FallbackPool | undefined;
  private readonly threads?: number;

  private constructor(init: {
    config: HardwareConfig; graph: Graph; layers: Layer[]; placement: Map<string, PlacementDecision>; steps: Step[];
    qparams: Map<string, QParams>; deviceModels: Record<'cpu' | 'gpu', DeviceModel>; devices: DeviceName[]; kept: KeptLstm[];
    compileMs: number; calibrationMs: number; weights: Uint8Array; threads?: number;
    calibrationFeeds: Record<string, Tensor>; calibrationOutputs?: Record<string, Tensor>; notes: string[];
  }) {
    this.notes.push(...init.notes);
    this.calibrationFeeds = init.calibrationFeeds;
    this.calibrationOutputs = init.calibrationOutputs;
    this.config = init.config;
    this.graph = init.graph;
    this.layers = init.layers;
    this.placement = init.placement;
    this.steps = init.steps;
    this.qparams = init.qparams;
    this.deviceModels = init.deviceModels;
    this.devices = init.devices;
    this.compileMs = init.compileMs;
    this.calibrationMs = init.calibrationMs;
    this.weights = init.weights;
    this.threads = init.threads;
    this.simulator = Simulator.create(init.config);
    for (const k of init.kept) this.notes.push(`LSTM "${k.node}" runs whole on a fallback device: ${k.reason}`);
  }

  /**
   * Compiles a graph. When one layer alone does not fit the Unified Buffer at the requested batch,
   * the batch is split into micro-batches that do (halving until it fits); runs then process the
   * micro-batches one after another and the report says so.
   */
  static create(source: Graph, opts: SessionOptions): Session {
    let t0 = performance.now();
    const first = normaliseGraph(source, opts.batch);
    const axis = opts.batchAxis ?? 0;
    const batch = opts.batch ?? batchDim(first.graph, axis);
    const full = opts.calibration ?? [randomInputs(first.graph, opts.seed ?? 1)];
    let micro = batch;
    for (;;) {
      try {
        // the first attempt compiles the graph normalised above; micro-batches re-normalise at their batch
        const normalised = micro === batch ? first : normaliseGraph(source, micro);
        const calibration = micro === batch ? full : full.flatMap((feeds) => splitFeeds(feeds, micro));
        // the parts of the first sample: their float32 outputs are the reference for its runs
        const referenceParts = micro === batch ? 1 : splitFeeds(full[0]!, micro).length;
        const s = Session.compile(opts, normalised, calibration, referenceParts, t0);
        s.batch = batch;
        s.micro = micro;
        s.exposeAll = opts.exposeAllLayers ?? false;
        s.calibrationFeeds = full[0]!;
        if (micro !== batch) s.notes.push(`batch ${batch} runs as ${Math.ceil(batch / micro)} micro-batches of at most ${micro}: one layer of the model does not fit the Unified Buffer at batch ${batch}`);
        return s;
      } catch (e) {
        // micro-batches split dimension 0 only
        if (!(e instanceof CapacityError) || micro <= 1 || axis !== 0 || !batchSplittable(first.graph, batch)) throw e;
        micro = Math.ceil(micro / 2);
        t0 = performance.now();
      }
    }
  }

  /**
   * Compiles a normalised graph, calibrated on `samples`. The graph outputs of the first
   * `referenceParts` samples (the parts of the first batch) are kept as the float32 reference.
   * `t0`: when compiling started (normalisation included).
   */
  private static compile(
    opts: SessionOptions, normalised: { graph: Graph; kept: KeptLstm[] }, samples: Record<string, Tensor>[], referenceParts: number, t0: number,
  ): Session {
    const devices = opts.devices ?? ['tpu', 'gpu', 'cpu'];
    const deviceModels = { cpu: opts.deviceModels?.cpu ?? DEVICE_PRESETS.cpu, gpu: opts.deviceModels?.gpu ?? DEVICE_PRESETS.gpu };
    const { graph, kept } = normalised;
    const layers = buildLayers(graph);
    const placement = placeLayers(graph, layers, devices);

    // calibration: ranges of every value a TPU layer reads or writes
    const tc = performance.now();
    const wanted = new Set<string>();
    for (const l of layers) {
      if (placement.get(l.name)!.device !== 'tpu') continue;
      for (const i of l.inputs) wanted.add(i);
      wanted.add(l.output);
    }
    const qparams = new Map<string, QParams>();
    const referenceOutputs: Record<string, Tensor>[] = [];
    if (wanted.size > 0) {
      const ranges = new Map<string, { min: number; max: number }>();
      const note = (name: string, t: Tensor) => {
        if (!wanted.has(name) || (t.dtype !== 'float32' && t.dtype !== 'float16')) return;
        const { min, max } = valueRange(t.data as Float32Array);
        const r = ranges.get(name);
        ranges.set(name, r ? { min: Math.min(r.min, min), max: Math.max(r.max, max) } : { min, max });
      };
      for (const [si, feeds] of samples.entries()) {
        // ranges are gathered as values are produced (nothing is kept); the first batch's graph
        // outputs are kept: runs on the same inputs reuse them as the float32 reference
        const outputs = execute(graph, feeds, { onValue: note });
        for (const [name, t] of Object.entries(feeds)) note(name, t);
        if (si < referenceParts) referenceOutputs.push(outputs);
      }
      // Values that must share quantization parameters form groups: a pool's or view's input and
      // output (the same bytes), and a concat's inputs and output (so the concat copies bytes
      // without requantizing, as onnxruntime's quantizer also chooses). Each group gets the union
      // of its members' ranges.
      const parent = new Map<string, string>();
      const find = (x: string): string => {
        let r = x;
        while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
        return r;
      };
      const union = (a: string, b: string) => {
        const ra = find(a), rb = find(b);
        if (ra !== rb) parent.set(ra, rb);
      };
      for (const l of layers) {
        if (placement.get(l.name)!.device !== 'tpu') continue;
        if (l.kind === 'view' || l.kind === 'pool' || l.kind === 'concat') for (const i of l.inputs) union(i, l.output);
      }
      const groupRange = new Map<string, { min: number; max: number }>();
      for (const [name, r] of ranges) {
        const g = find(name);
        const old = groupRange.get(g);
        groupRange.set(g, old ? { min: Math.min(old.min, r.min), max: Math.max(old.max, r.max) } : r);
      }
      for (const name of ranges.keys()) {
        const r = groupRange.get(find(name))!;
        qparams.set(name, activationParams(r.min, r.max));
      }
    }
    const calibrationMs = performance.now() - tc;

    // steps: consecutive TPU layers form one segment
    const steps: Step[] = [];
    let run: Layer[] = [];
    const flush = () => {
      if (run.length) steps.push({ kind: 'tpu', index: steps.filter((s) => s.kind === 'tpu').length, segment: undefined as unknown as CompiledSegment, layers: run });
      run = [];
    };
    for (const l of layers) {
      const d = placement.get(l.name)!.device;
      if (d === 'tpu') {
        run.push(l);
        if (opts.isolateLayers && l.kind !== 'view') flush();
      } else {
        flush();
        steps.push({ kind: 'fallback', device: d, layer: l });
      }
    }
    flush();

    // lower each TPU segment
    const consumersOutside = (segLayers: Layer[]): string[] => {
      const inside = new Set(segLayers.map((l) => l.name));
      const produced = new Set(segLayers.map((l) => l.output));
      const needed = new Set<string>();
      for (const l of layers) if (!inside.has(l.name)) for (const i of l.inputs) if (produced.has(i)) needed.add(i);
      for (const o of graph.outputs) if (produced.has(o.name)) needed.add(o.name);
      return [...needed];
    };
    const R = opts.config.matrix.rows, C = opts.config.matrix.cols;
    const hw = { rows: R, cols: C, ubRows: Math.floor(opts.config.unifiedBuffer.bytes / ubRowBytes(opts.config)), accRows: opts.config.accumulators.entries };
    const tags = new Map<string, number>();
    layers.forEach((l, i) => tags.set(l.name, i + 1));
    // lower each TPU segment; one that does not fit the Unified Buffer is split where it ran out
    // (the tensors crossing the cut go through host memory)
    // one weight image for the whole model: its programs share tiles, and it is loaded once
    const image = new WeightImage(R * C);
    const tileCache = new Map<string, TileEntry>();
    const notes: string[] = [];
    for (let si = 0; si < steps.length; si++) {
      const step = steps[si]!;
      if (step.kind !== 'tpu') continue;
      const produced = new Set(step.layers.map((l) => l.output));
      const inputs = [...new Set(step.layers.flatMap((l) => l.inputs).filter((i) => !produced.has(i)))];
      const outputs = new Set(consumersOutside(step.layers));
      if (opts.exposeAllLayers) for (const l of step.layers) if (l.kind !== 'view') outputs.add(l.output);
      try {
        step.segment = lowerSegment({
          graph, layers: step.layers, qparams, inputs, outputs: [...outputs], hw, weights: image, tags, convMapping: opts.convMapping ?? 'auto', tileCache,
        });
      } catch (e) {
        if (!(e instanceof CapacityError) || e.layerIndex === 0 || step.layers.length === 1) throw e;
        const cut = e.layerIndex;
        notes.push(`the TPU program was split before layer "${step.layers[cut]!.name}": ${e.message}`);
        steps.splice(si + 1, 0, { kind: 'tpu', index: 0, segment: undefined as unknown as CompiledSegment, layers: step.layers.slice(cut) });
        step.layers = step.layers.slice(0, cut);
        si--;
        continue;
      }
    }
    let tpuIndex = 0;
    for (const st of steps) if (st.kind === 'tpu') st.index = tpuIndex++;
    const compileMs = performance.now() - t0;
    const calibrationOutputs = referenceOutputs.length <= 1 ? referenceOutputs[0] : concatOutputs(graph, referenceOutputs);
    return new Session({
      config: opts.config, graph, layers, placement, steps, qparams, deviceModels, devices, kept, compileMs, calibrationMs, weights: image.bytes(),
      threads: opts.threads, calibrationFeeds: samples[0]!, calibrationOutputs, notes,
    });
  }

  /** Runs one batch (split into micro-batches when the session was compiled for smaller ones). */
  async run(feeds: Record<string, Tensor>, opts: RunSessionOptions = {}): Promise<SessionRun> {
    if (this.batch === this.microBatch) return this.runBatch(feeds, opts);
    const parts = splitFeeds(feeds, this.microBatch);
    const runs: SessionRun[] = [];
    for (const [k, part] of parts.entries()) {
      runs.push(await this.runBatch(part, { ...opts, onProgress: (m, f) => opts.onProgress?.(`micro-batch ${k + 1}/${parts.length}: ${m}`, (k + f) / parts.length) }));
    }
    // micro-batches run one after another: their steps form one list (indices shifted)
    const steps: StepResult[] = [];
    for (const r of runs) {
      const base = steps.length;
      for (const st of r.steps) steps.push({ ...st, dependsOn: [...st.dependsOn.map((d) => d + base), ...(base > 0 ? [base - 1] : [])] });
    }
    this.lastRun = {
      outputs: concatOutputs(this.graph, runs.map((r) => r.outputs)), steps, quantized: runs.at(-1)!.quantized, values: runs.at(-1)!.values,
      simulateMs: runs.reduce((a, r) => a + r.simulateMs, 0), fallbackMs: runs.reduce((a, r) => a + r.fallbackMs, 0), totalMs: runs.reduce((a, r) => a + r.totalMs, 0),
    };
    return this.lastRun;
  }

  /** Runs one micro-batch. `feeds` must hold every graph input (shapes as compiled). */
  private async runBatch(feeds: Record<string, Tensor>, opts: RunSessionOptions = {}): Promise<SessionRun> {
    const t0 = performance.now();
    for (const v of this.graph.inputs) {
      if (this.graph.initializers.has(v.name)) continue;
      const f = feeds[v.name];
      if (!f) throw new RuntimeError(`missing input "${v.name}" (shape [${(v.shape ?? []).join(', ')}])`);
      const want = v.shape as number[];
      if (f.shape.length !== want.length || f.shape.some((d, i) => d !== want[i])) {
        throw new RuntimeError(`input "${v.name}" has shape [${f.shape.join(', ')}] but the model was compiled for [${want.join(', ')}]`);
      }
    }
    const floats = new Map<string, Promise<Tensor>>();
    const quantized = new Map<string, Uint8Array>();
    const producerStep = new Map<string, number>();
    for (const [k, v] of Object.entries(feeds)) floats.set(k, Promise.resolve(v));
    for (const [k, v] of this.graph.initializers) floats.set(k, Promise.resolve(v));
    const results: StepResult[] = [];
    let simulateMs = 0;
    let fallbackMs = 0;
    const pending: Promise<unknown>[] = [];
    const getFloat = (name: string): Promise<Tensor> => {
      const p = floats.get(name);
      if (!p) throw new RuntimeError(`internal: value "${name}" is not available`);
      return p;
    };
    // the step's inputs produced on another device, when the GPU is on either side, cross the
    // GPU's host link before the step runs (the CPU and the TPU's DMA work in host memory)
    const transfer = (si: number, inputs: readonly string[]): Pick<StepResult, 'transferBytes' | 'transferSeconds'> => {
      const dev = deviceOf(this.steps[si]!);
      let bytes = 0;
      for (const name of inputs) {
        const from = producerStep.get(name);
        if (from === undefined) continue;
        const fromDev = deviceOf(this.steps[from]!);
        if (fromDev !== dev && (fromDev === 'gpu' || dev === 'gpu')) bytes += 4 * knownSize(this.graph, name);
      }
      return { transferBytes: bytes, transferSeconds: bytes > 0 ? transferSeconds(this.deviceModels.gpu, bytes) : 0 };
    };

    // values are dropped after the last step that reads them (graph outputs are kept; everything
    // is kept for sessions that expose all layers, whose runs are inspected value by value)
    const lastRead = new Map<string, number>();
    this.steps.forEach((st, i) => {
      const reads = st.kind === 'tpu' ? st.segment.inputs.map((x) => x.tensor) : st.layer.nodes.flatMap((n) => n.inputs);
      for (const r of reads) if (r) lastRead.set(r, i);
    });
    const keep = new Set(this.graph.outputs.map((o) => o.name));
    const release = (si: number) => {
      if (this.exposeAll) return;
      for (const [name, last] of lastRead) {
        if (last !== si || keep.has(name) || this.graph.initializers.has(name)) continue;
        floats.delete(name);
        quantized.delete(name);
      }
    };
    for (let si = 0; si < this.steps.length; si++) {
      const step = this.steps[si]!;
      opts.onProgress?.(step.kind === 'tpu' ? `TPU segment ${step.index + 1}` : `${step.device}: ${step.layer.name}`, si / this.steps.length);
      if (step.kind === 'fallback') {
        const layer = step.layer;
        const inputs = [...new Set(layer.nodes.flatMap((n) => n.inputs).filter((i) => i && !layer.nodes.some((m) => m.outputs.includes(i))))];
        const deps = [...new Set(inputs.map((i) => producerStep.get(i)).filter((d): d is number => d !== undefined))];
        const result: StepResult = {
          step, seconds: modelledSeconds(this.deviceModels[step.device], fallbackCost(this.graph, layer)), ...transfer(si, inputs), dependsOn: deps,
        };
        results.push(result);
        const outNames = layer.nodes.flatMap((n) => n.outputs).filter((o) => o);
        const inputValues = inputs.map((i) => [i, getFloat(i)] as const); // taken now: entries are freed after their last reader
        const job = (async () => {
          const values: Record<string, Tensor> = {};
          for (const [i, v] of inputValues) values[i] = await v;
          this.pool ??= new FallbackPool(this.threads);
          const r = await this.pool.run(layer.nodes, values, outNames, this.graph.opsets);
          fallbackMs += r.ms;
          result.measuredMs = r.ms;
          return r.values;
        })();
        job.catch(() => undefined); // handled where awaited
        pending.push(job);
        for (const o of outNames) {
          floats.set(o, job.then((v) => v[o]!));
          producerStep.set(o, si);
        }
        release(si);
        continue;
      }
      // TPU segment: quantize and lay out the inputs, simulate, read the outputs back
      const seg = step.segment;
      const host = new Uint8Array(seg.hostBytes);
      host.set(seg.params, 0);
      const deps = new Set<number>();
      for (const input of seg.inputs) {
        const q = this.qparams.get(input.tensor)!;
        const from = producerStep.get(input.tensor);
        if (from !== undefined) deps.add(from);
        let values = quantized.get(input.tensor);
        if (!values) values = quantizeArray((await getFloat(input.tensor)).data as Float32Array, q);
        const bytes = input.layout === 'im2col'
          ? packIm2col(values, shapeOf(this.graph, input.tensor), input.im2col!, input.frame, q.zeroPoint)
          : packFrame(values, input.frame, q.zeroPoint);
        host.set(bytes, input.hostOffset);
      }
      const moved = transfer(si, seg.inputs.map((x) => x.tensor));
      const ts = performance.now();
      this.simulator.load({ program: { instructions: seg.program as never, segments: [] }, host, weights: this.weights, hostBytes: seg.hostBytes });
      const sim = this.simulator.run({ fidelity: opts.fidelity ?? 'fast', maxCycles: opts.maxCycles, trace: { limit: opts.traceLimit ?? 200_000 } });
      simulateMs += performance.now() - ts;
      const hostOut = this.simulator.readHost(0, seg.hostBytes);
      for (const out of seg.outputs) {
        const bytes = hostOut.subarray(out.hostOffset, out.hostOffset + hostFrameBytes(out.frame));
        const values = unpackFrame(bytes, out.frame);
        quantized.set(out.tensor, values);
        const shape = shapeOf(this.graph, out.tensor);
        floats.set(out.tensor, Promise.resolve(tensor('float32', shape, dequantizeArray(values, this.qparams.get(out.tensor)!))));
        producerStep.set(out.tensor, si);
      }
      for (const l of step.layers) producerStep.set(l.output, si);
      results.push({ step, seconds: sim.seconds, sim, ...moved, dependsOn: [...deps] });
      release(si);
    }
    // outputs
    const outputs: Record<string, Tensor> = {};
    try {
      for (const o of this.graph.outputs) outputs[o.name] = await getFloat(o.name);
      await Promise.all(pending);
    } catch (e) {
      if (e instanceof RuntimeError) throw e;
      throw new RuntimeError(`fallback execution failed: ${(e as Error).message}`, { cause: e });
    }
    opts.onProgress?.('done', 1);
    this.lastRun = { outputs, quantized, values: floats, steps: results, simulateMs, fallbackMs, totalMs: performance.now() - t0 };
    return this.lastRun;
  }

  /** Cycles from the start of the layer's program to the last multiply of the layer (last run). */
  matrixCycles(layerName: string): number | null {
    for (const r of this.lastRun?.steps ?? []) {
      if (r.step.kind !== 'tpu' || !r.sim) continue;
      const lowered = r.step.segment.layers.find((l) => l.name === layerName);
      if (!lowered) continue;
      let tag = 0;
      let last = 0;
      r.step.segment.program.forEach((ins, pc) => {
        if (ins.op === 'TAG') tag = Number(ins.id);
        if (ins.op === 'MATMUL' && tag === lowered.tag) last = Math.max(last, r.sim!.timing.ready[pc]!);
      });
      return last;
    }
    return null;
  }

  /** Float32 reference outputs of the (normalised) graph; reuses the calibration run's for the calibration inputs. */
  reference(feeds: Record<string, Tensor>): Record<string, Tensor> {
    if (feeds === this.calibrationFeeds && this.calibrationOutputs) return this.calibrationOutputs;
    if (this.batch === this.microBatch) return execute(this.graph, feeds);
    return concatOutputs(this.graph, splitFeeds(feeds, this.microBatch).map((part) => execute(this.graph, part)));
  }

  /** The batch the session was asked for, and the micro-batch it runs at a time (dimension 0 when split). */
  batch = 1;
  private micro: number | undefined;
  get microBatch(): number {
    return this.micro ?? this.batch;
  }

  /** Multiply-accumulates of a layer. */
  macs(layer: Layer): number {
    return layerMacs(this.graph, layer);
  }

  /** Stops the fallback workers. */
  async close(): Promise<void> {
    await this.pool?.close();
    this.pool = undefined;
  }
}

/** The device a step runs on. */
function deviceOf(step: Step): DeviceName {
  return step.kind === 'tpu' ? 'tpu' : step.device;
}

/** Dimension `axis` of the graph's first non-constant input (its batch). */
function batchDim(graph: Graph, axis: number): number {
  const v = graph.inputs.find((i) => !graph.initializers.has(i.name));
  const d = v?.shape?.[axis];
  return typeof d === 'number' ? d : 1;
}

/** Whether every input and output has the batch as its leading dimension (so batches can be split). */
function batchSplittable(graph: Graph, batch: number): boolean {
  const values = [...graph.inputs.filter((i) => !graph.initializers.has(i.name)), ...graph.outputs];
  return values.every((v) => v.shape?.[0] === batch);
}

/** Splits every feed along dimension 0 into chunks of at most `size`. */
function splitFeeds(feeds: Record<string, Tensor>, size: number): Record<string, Tensor>[] {
  const n = Object.values(feeds)[0]?.shape[0] ?? 0;
  if (n <= size) return [feeds];
  const out: Record<string, Tensor>[] = [];
  for (let start = 0; start < n; start += size) {
    const part: Record<string, Tensor> = {};
    for (const [k, t] of Object.entries(feeds)) {
      const per = t.data.length / t.shape[0]!;
      const end = Math.min(n, start + size);
      part[k] = { dtype: t.dtype, shape: [end - start, ...t.shape.slice(1)], data: (t.data as Float32Array).slice(start * per, end * per) } as Tensor;
    }
    out.push(part);
  }
  return out;
}

/** The graph outputs of micro-batch runs, concatenated along dimension 0. */
function concatOutputs(graph: Graph, runs: Record<string, Tensor>[]): Record<string, Tensor> {
  return Object.fromEntries(graph.outputs.map((o) => [o.name, concatBatch(runs.map((r) => r[o.name]!))]));
}

/** Concatenates tensors along dimension 0. */
function concatBatch(parts: Tensor[]): Tensor {
  if (parts.length === 1) return parts[0]!;
  const total = parts.reduce((a, t) => a + t.data.length, 0);
  const data = new Float32Array(total);
  let p = 0;
  for (const t of parts) {
    data.set(t.data as Float32Array, p);
    p += t.data.length;
  }
  return tensor('float32', [parts.reduce((a, t) => a + t.shape[0]!, 0), ...parts[0]!.shape.slice(1)], data);
}
