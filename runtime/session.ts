// The Session: a compiled model (compile/, plain data) and what runs it, on as many batches as
// you like. A run simulates each TPU segment on the simulated ASIC, runs the fallback layers for
// real on worker threads (concurrently with the simulation where the graph allows), and returns
// the outputs with everything the report needs.
import { Float32Executor, type Graph, type Tensor, tensor } from '../graph/index.js';
import { type Fidelity, type HardwareConfig, type RunResult, Simulator } from '../sim/index.js';
import { concatOutputs, splitFeeds } from './batch.js';
import { type CompileOptions, compileModel } from './compile/index.js';
import type { CompiledModel, Step } from './compiled-model.js';
import { type DeviceModel, type DeviceName, type PlacementDecision, fallbackCost, modelledSeconds } from './devices/index.js';
import { RuntimeError } from './errors.js';
import { FallbackPool } from './fallback/pool.js';
import { hostFrameBytes, packFrame, packIm2col, packIndices, quantizeArray, dequantizeArray, unpackFrame } from './hostio.js';
import { type Layer, layerMacs, shapeOf } from './layers.js';
import type { QParams } from './quantize.js';
import type { Frame } from './frame.js';
import type { SegmentInput } from './lower/index.js';
import { releaseTpuWeights } from './release-weights.js';
import { RunValues, type StepTransfer } from './run-values.js';

export type { Step } from './compiled-model.js';

/** How to compile (see CompileOptions), and how many fallback worker threads runs may use. */
export interface SessionOptions extends CompileOptions {
  threads?: number;
}

/** How to run. */
export interface RunSessionOptions {
  fidelity?: Fidelity;
  maxCycles?: number;
  /** Keep up to this many trace entries per TPU segment for the timeline (default 200000). */
  traceLimit?: number;
  /** Called with a short description of what is happening. */
  onProgress?: (message: string, fraction: number) => void;
  /** Time and count only (fast fidelity): no inputs packed, no values computed, so the outputs mean nothing. */
  timingOnly?: boolean;
}

/** What the run measured for one step. */
export interface StepResult extends StepTransfer {
  step: Step;
  /** Modelled seconds on its device. */
  seconds: number;
  /** TPU: the simulator's result. */
  sim?: RunResult;
  /** Fallback: measured kernel milliseconds on the host. */
  measuredMs?: number;
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

/** Host times of one micro-batch run, accumulated as its steps finish. */
interface RunTimes {
  simulateMs: number;
  fallbackMs: number;
}

/** A compiled model, ready to run. */
export class Session {
  /** The compiled model this session runs (plain data). */
  readonly compiled: CompiledModel;
  private lastRun: SessionRun | undefined;
  private readonly simulator: Simulator;
  private pool: FallbackPool | undefined;
  /**
   * uint8 values runs released (no later step reads them), by length: the next micro-batch unpacks
   * its outputs into them. Fresh arrays are first-touched page by page (zoo:cnn1: 7 MB a micro-batch).
   */
  private readonly spareOutputs = new Map<number, Uint8Array[]>();
  private float32: Float32Executor | undefined;

  /** Runs `compiled`; fallback layers use up to `threads` worker threads. */
  constructor(
    compiled: CompiledModel,
    private readonly threads?: number,
  ) {
    this.compiled = compiled;
    this.simulator = Simulator.create(compiled.config);
  }

  /**
   * Compiles a graph (see compileModel). When one layer alone does not fit the Unified Buffer at
   * the requested batch, runs process micro-batches one after another and the report says so.
   */
  static create(source: Graph, opts: SessionOptions): Session {
    return new Session(compileModel(source, opts), opts.threads);
  }

  get config(): HardwareConfig {
    return this.compiled.config;
  }
  get graph(): Graph {
    return this.compiled.graph;
  }
  get layers(): Layer[] {
    return this.compiled.layers;
  }
  get placement(): Map<string, PlacementDecision> {
    return this.compiled.placement;
  }
  get steps(): Step[] {
    return this.compiled.steps;
  }
  get qparams(): Map<string, QParams> {
    return this.compiled.qparams;
  }
  get deviceModels(): Record<'cpu' | 'gpu', DeviceModel> {
    return this.compiled.deviceModels;
  }
  get devices(): DeviceName[] {
    return this.compiled.devices;
  }
  get compileMs(): number {
    return this.compiled.compileMs;
  }
  get calibrationMs(): number {
    return this.compiled.calibrationMs;
  }
  /** Notes for the report (e.g. layers split to fit). */
  get notes(): string[] {
    return this.compiled.notes;
  }
  /** The model's weight image (every TPU program's tiles). */
  get weights(): Uint8Array {
    return this.compiled.weights;
  }
  /** The inputs calibration used (given, or generated from the seed); runs default to them. */
  get calibrationFeeds(): Record<string, Tensor> {
    return this.compiled.calibration.feeds;
  }
  /** The batch the session was asked for. */
  get batch(): number {
    return this.compiled.batch;
  }
  /** The micro-batch it runs at a time (dimension 0; the batch unless split). */
  get microBatch(): number {
    return this.compiled.microBatch;
  }

  /** Runs one batch (split into micro-batches when the session was compiled for smaller ones). */
  async run(feeds: Record<string, Tensor>, opts: RunSessionOptions = {}): Promise<SessionRun> {
    if (this.batch === this.microBatch) return this.runBatch(feeds, opts);
    const parts = splitFeeds(feeds, this.microBatch);
    const runs: SessionRun[] = [];
    for (const [k, part] of parts.entries()) {
      runs.push(
        await this.runBatch(part, {
          ...opts,
          onProgress: (m, f) => opts.onProgress?.(`micro-batch ${k + 1}/${parts.length}: ${m}`, (k + f) / parts.length),
        }),
      );
    }
    // micro-batches run one after another: their steps form one list (indices shifted)
    const steps: StepResult[] = [];
    for (const r of runs) {
      const base = steps.length;
      for (const st of r.steps) steps.push({ ...st, dependsOn: [...st.dependsOn.map((d) => d + base), ...(base > 0 ? [base - 1] : [])] });
    }
    this.lastRun = {
      outputs: concatOutputs(
        this.graph,
        runs.map((r) => r.outputs),
      ),
      steps,
      quantized: runs.at(-1)!.quantized,
      values: runs.at(-1)!.values,
      simulateMs: runs.reduce((a, r) => a + r.simulateMs, 0),
      fallbackMs: runs.reduce((a, r) => a + r.fallbackMs, 0),
      totalMs: runs.reduce((a, r) => a + r.totalMs, 0),
    };
    return this.lastRun;
  }

  /** Checks that `feeds` hold every graph input at the compiled shape. */
  private checkFeeds(feeds: Record<string, Tensor>): void {
    for (const v of this.graph.inputs) {
      if (this.graph.initializers.has(v.name)) continue;
      const f = feeds[v.name];
      if (!f) throw new RuntimeError(`missing input "${v.name}" (shape [${(v.shape ?? []).join(', ')}])`);
      const want = v.shape as number[];
      if (f.shape.length !== want.length || f.shape.some((d, i) => d !== want[i])) {
        throw new RuntimeError(`input "${v.name}" has shape [${f.shape.join(', ')}] but the model was compiled for [${want.join(', ')}]`);
      }
    }
  }

  /** Runs one micro-batch. `feeds` must hold every graph input (shapes as compiled). */
  private async runBatch(feeds: Record<string, Tensor>, opts: RunSessionOptions = {}): Promise<SessionRun> {
    const t0 = performance.now();
    this.checkFeeds(feeds);
    const values = new RunValues(this.compiled, feeds, (q) => this.recycleOutput(q));
    const results: StepResult[] = [];
    const times: RunTimes = { simulateMs: 0, fallbackMs: 0 };
    const pending: Promise<unknown>[] = [];
    for (let si = 0; si < this.steps.length; si++) {
      const step = this.steps[si]!;
      opts.onProgress?.(
        step.kind === 'tpu' ? `TPU segment ${step.index + 1}` : `${step.device}: ${step.layer.name}`,
        si / this.steps.length,
      );
      if (step.kind === 'fallback') pending.push(this.startFallbackStep(values, si, step, results, times));
      else results.push(await this.runTpuStep(values, si, step, opts, times));
      values.release(si);
    }
    const outputs: Record<string, Tensor> = {};
    try {
      for (const o of this.graph.outputs) outputs[o.name] = await values.get(o.name);
      await Promise.all(pending);
    } catch (e) {
      if (e instanceof RuntimeError) throw e;
      throw new RuntimeError(`fallback execution failed: ${(e as Error).message}`, { cause: e });
    }
    opts.onProgress?.('done', 1);
    this.lastRun = {
      outputs,
      quantized: values.quantized,
      values: values.floats,
      steps: results,
      simulateMs: times.simulateMs,
      fallbackMs: times.fallbackMs,
      totalMs: performance.now() - t0,
    };
    return this.lastRun;
  }

  /** Starts a fallback layer on a worker (its outputs become promises); returns the job. */
  private startFallbackStep(
    values: RunValues,
    si: number,
    step: Extract<Step, { kind: 'fallback' }>,
    results: StepResult[],
    times: RunTimes,
  ): Promise<unknown> {
    const layer = step.layer;
    const inputs = [...new Set(layer.nodes.flatMap((n) => n.inputs).filter((i) => i && !layer.nodes.some((m) => m.outputs.includes(i))))];
    const deps = [...new Set(inputs.map((i) => values.producerStep.get(i)).filter((d): d is number => d !== undefined))];
    const result: StepResult = {
      step,
      seconds: modelledSeconds(this.deviceModels[step.device], fallbackCost(this.graph, layer)),
      ...values.transfer(si, inputs),
      dependsOn: deps,
    };
    results.push(result);
    const outNames = layer.nodes.flatMap((n) => n.outputs).filter((o) => o);
    const inputValues = inputs.map((i) => [i, values.get(i)] as const); // taken now: entries are freed after their last reader
    const job = (async () => {
      const given: Record<string, Tensor> = {};
      for (const [i, v] of inputValues) given[i] = await v;
      this.pool ??= new FallbackPool(this.threads);
      const r = await this.pool.run(layer.nodes, given, outNames, this.graph.opsets);
      times.fallbackMs += r.ms;
      result.measuredMs = r.ms;
      return r.values;
    })();
    job.catch(() => undefined); // handled where awaited
    for (const o of outNames) {
      values.floats.set(
        o,
        job.then((v) => v[o]!),
      );
      values.producerStep.set(o, si);
    }
    return job;
  }

  /** A TPU segment: quantize and lay out the inputs, simulate, read the outputs back. */
  private async runTpuStep(
    values: RunValues,
    si: number,
    step: Extract<Step, { kind: 'tpu' }>,
    opts: RunSessionOptions,
    times: RunTimes,
  ): Promise<StepResult> {
    const seg = step.segment;
    const deps = new Set<number>();
    for (const input of seg.inputs) {
      const from = values.producerStep.get(input.tensor);
      if (from !== undefined) deps.add(from);
    }
    // the host image's contents never change the timing: timing-only runs pack no inputs
    const writers = opts.timingOnly ? [] : await Promise.all(seg.inputs.map((input) => this.inputWriter(values, input)));
    const moved = values.transfer(
      si,
      seg.inputs.map((x) => x.tensor),
    );
    const ts = performance.now();
    // the inputs are laid out straight into the simulator's host image (reused from load to load)
    this.simulator.load({
      program: { instructions: seg.program as never, segments: [] },
      weights: this.weights,
      hostBytes: seg.hostBytes,
      writeHost: (host) => {
        host.set(seg.params, 0);
        for (const write of writers) write(host);
      },
    });
    const sim = this.simulator.run({
      fidelity: opts.fidelity ?? 'fast',
      maxCycles: opts.maxCycles,
      trace: { limit: opts.traceLimit ?? 200_000 },
      timingOnly: opts.timingOnly,
    });
    times.simulateMs += performance.now() - ts;
    for (const out of seg.outputs) {
      const shape = shapeOf(this.graph, out.tensor);
      // timing only: the outputs hold no values (nothing computed them), so none are unpacked
      const f = out.frame;
      const q = opts.timingOnly
        ? new Uint8Array(f.n * f.channels * f.h * f.w)
        : this.simulator.readHostWith(out.hostOffset, hostFrameBytes(f), (bytes) => unpackFrame(bytes, f, this.spareOutput(f))); // each output's bytes, in place
      values.quantized.set(out.tensor, q);
      values.producerStep.set(out.tensor, si);
      if (!values.readAsFloat(out.tensor)) continue; // e.g. read only by later TPU segments, as the uint8 bytes above
      const data = opts.timingOnly ? new Float32Array(q.length) : dequantizeArray(q, this.qparams.get(out.tensor)!);
      values.floats.set(out.tensor, Promise.resolve(tensor('float32', shape, data)));
    }
    for (const l of step.layers) values.producerStep.set(l.output, si);
    return { step, seconds: sim.seconds, sim, ...moved, dependsOn: [...deps] };
  }

  private recycleOutput(q: Uint8Array): void {
    const list = this.spareOutputs.get(q.length);
    if (list) list.push(q);
    else this.spareOutputs.set(q.length, [q]);
  }

  /** An array for an output's uint8 values (a frame's interior): one an earlier micro-batch released, else a new one. */
  private spareOutput(f: Frame): Uint8Array {
    const length = f.n * f.channels * f.h * f.w;
    return this.spareOutputs.get(length)?.pop() ?? new Uint8Array(length);
  }

  /**
   * Resolves a segment input's value (a fallback layer may still be computing it) and returns what
   * writes its host bytes into a host image: the uint8 bytes a TPU segment wrote back, else the
   * float value quantized, laid out as the program reads them.
   */
  private async inputWriter(values: RunValues, input: SegmentInput): Promise<(host: Uint8Array) => void> {
    if (input.layout === 'indices') {
      const bytes = packIndices(await values.get(input.tensor), input.indexRows!, hostFrameBytes(input.frame), input.tensor);
      return (host) => host.set(bytes, input.hostOffset);
    }
    const q = this.qparams.get(input.tensor)!;
    const known = values.quantized.get(input.tensor) ?? quantizeArray((await values.get(input.tensor)).data as Float32Array, q);
    const shape = shapeOf(this.graph, input.tensor);
    const frame = input.layout === 'interior' ? { ...input.frame, pad: [0, 0, 0, 0] as Frame['pad'] } : input.frame;
    return (host) => {
      const out = hostRegion(host, input.hostOffset, hostFrameBytes(frame));
      if (input.layout === 'im2col') packIm2col(known, shape, input.im2col!, frame, q.zeroPoint, out);
      else packFrame(known, frame, q.zeroPoint, out);
    };
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
    const cal = this.compiled.calibration;
    if (feeds === cal.feeds && cal.outputs) return cal.outputs;
    // onnxruntime where it can run the graph (one session, kept for later runs), else the JavaScript kernels
    this.float32 ??= new Float32Executor(this.graph);
    const run = (part: Record<string, Tensor>) => this.float32!.run(part).outputs;
    if (this.batch === this.microBatch) return run(feeds);
    return concatOutputs(this.graph, splitFeeds(feeds, this.microBatch).map(run));
  }

  /**
   * Frees the float32 weights only TPU layers read (release-weights.ts): for one-shot runs, whose
   * reference is already computed. Returns the bytes released.
   */
  releaseTpuWeights(): number {
    return releaseTpuWeights(this.compiled);
  }

  /** Multiply-accumulates of a layer. */
  macs(layer: Layer): number {
    return layerMacs(this.graph, layer);
  }

  /** Stops the fallback workers. */
  async close(): Promise<void> {
    this.spareOutputs.clear();
    await this.pool?.close();
    this.pool = undefined;
    this.float32?.dispose();
    this.float32 = undefined;
  }
}

/** Bytes [offset, offset + length) of a host image (a RangeError past its end, as Uint8Array.set gives). */
function hostRegion(host: Uint8Array, offset: number, length: number): Uint8Array {
  if (offset < 0 || offset + length > host.length)
    throw new RangeError(`host bytes ${offset}..${offset + length} are outside the image (${host.length} bytes)`);
  return host.subarray(offset, offset + length);
}
