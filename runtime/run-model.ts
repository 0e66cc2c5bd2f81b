// One-call runs: resolve a model spec (an .onnx file, a SCALE-Sim .csv topology or zoo:NAME),
// compile it for a config, run it and build its report. Used by `tpusim run`, `compare` and
// `sweep` (its workers), and by tests.
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  type Graph,
  type ScaleSimLayerInfo,
  type Tensor,
  buildModelWithInputs,
  modelBatchAxis,
  loadOnnxFile,
  loadTopologyFile,
  scaleSimLayersOf,
  tensor,
  topologyFeeds,
  topologyToGraph,
} from '../graph/index.js';
import type { Report } from '../reports/index.js';
import { type Fidelity, type HardwareConfig, dataflowOf, parseConfig } from '../sim/index.js';
import type { DeviceName } from './devices/index.js';
import { BadInputError } from './errors.js';
import type { ConvMapping } from './lower/index.js';
import { type ModelSource, buildReport } from './report.js';
import { Session, type SessionRun } from './session.js';

export { DEFAULT_MODEL } from './defaults.js';

/** A model ready to compile. */
export interface LoadedModel {
  graph: Graph;
  source: ModelSource;
  /** Inputs that come with the model (topologies), else undefined. */
  feeds?: Record<string, Tensor>;
  /** Run each TPU layer as its own program (SCALE-Sim topologies: rows are independent layers). */
  isolateLayers: boolean;
  /** Axis of the batch dimension (zoo sequence models are sequence-major: 1). */
  batchAxis?: number;
  convMapping?: ConvMapping;
}

/**
 * Resolves a model spec; `values: false` (a timing-only run) gives a topology zero inputs instead
 * of drawing them, and weights without values (graph/topology's `weights: false`).
 */
export async function loadModel(spec: string, opts: { batch?: number; seed?: number; values?: boolean } = {}): Promise<LoadedModel> {
  if (spec.startsWith('zoo:')) {
    const name = spec.slice(4);
    // the zoo's own sample inputs: image-like for CNNs, valid token ids for the transformer
    const { graph, feeds } = await buildModelWithInputs(name, { batch: opts.batch, seed: opts.seed });
    return { graph, source: { name: spec, source: 'zoo', path: null }, feeds, isolateLayers: false, batchAxis: modelBatchAxis(name) };
  }
  if (/\.onnx$/i.test(spec)) {
    return { graph: loadOnnxFile(spec), source: { name: spec.replace(/^.*[\\/]/, ''), source: 'onnx', path: spec }, isolateLayers: false };
  }
  if (/\.csv$/i.test(spec)) {
    if (opts.batch !== undefined && opts.batch !== 1)
      throw new BadInputError('SCALE-Sim topologies run at batch 1 (SCALE-Sim has no batch); drop --batch');
    const topology = loadTopologyFile(spec);
    const graph = topologyToGraph(topology, { seed: opts.seed ?? 0, weights: opts.values });
    return {
      graph,
      source: { name: spec.replace(/^.*[\\/]/, ''), source: 'topology', path: spec },
      feeds: topologyFeeds(graph, { values: opts.values }),
      isolateLayers: true,
      convMapping: 'im2col',
    };
  }
  throw new BadInputError(`model "${spec}": expected an .onnx file, a SCALE-Sim .csv topology, or zoo:NAME (see \`tpusim models\`)`);
}

/** Reads input tensors from a JSON file: { "name": { "shape": [...], "data": [...] } } or nested arrays. */
export function readInputsFile(path: string, graph: Graph): Record<string, Tensor> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new BadInputError(
      `${path}: cannot read inputs (${(e as Error).message}); expected JSON { "input": { "shape": [...], "data": [...] } }`,
    );
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new BadInputError(`${path}: expected a JSON object mapping input names to tensors`);
  const feeds: Record<string, Tensor> = {};
  const names = graph.inputs.filter((v) => !graph.initializers.has(v.name)).map((v) => v.name);
  for (const [name, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!names.includes(name)) throw new BadInputError(`${path}: "${name}" is not an input of the model (inputs: ${names.join(', ')})`);
    let shape: number[];
    let data: number[];
    if (Array.isArray(value)) {
      shape = [];
      let v: unknown = value;
      while (Array.isArray(v)) {
        shape.push(v.length);
        v = v[0];
      }
      data = (value as unknown[]).flat(Infinity) as number[];
    } else if (value && typeof value === 'object' && Array.isArray((value as { data?: unknown }).data)) {
      shape = (value as { shape?: number[] }).shape ?? [(value as { data: unknown[] }).data.length];
      data = (value as { data: number[] }).data.flat(Infinity) as number[];
    } else throw new BadInputError(`${path}: input "${name}" must be a nested array or { "shape": [...], "data": [...] }`);
    const count = shape.reduce((a, b) => a * b, 1);
    if (data.length !== count || data.some((x) => typeof x !== 'number')) {
      throw new BadInputError(`${path}: input "${name}" has ${data.length} numbers for shape [${shape.join(', ')}] (${count} expected)`);
    }
    const dtype = graph.inputs.find((v) => v.name === name)!.dtype;
    feeds[name] =
      dtype === 'int64'
        ? tensor('int64', shape, BigInt64Array.from(data.map((x) => BigInt(Math.trunc(x)))))
        : tensor('float32', shape, Float32Array.from(data));
  }
  for (const n of names) if (!feeds[n]) throw new BadInputError(`${path}: no data for input "${n}"`);
  return feeds;
}

/** Options of runModel. */
export interface RunModelOptions {
  batch?: number;
  fidelity?: Fidelity;
  /** Fallback order after the TPU (`--fallback gpu|cpu`), default gpu then cpu. */
  fallback?: 'gpu' | 'cpu';
  /** Run the whole model on this fallback device instead (compare --devices). */
  device?: 'cpu' | 'gpu';
  /** Inputs (default: seeded random, or the topology's own). */
  inputs?: Record<string, Tensor>;
  /** A JSON inputs file (see readInputsFile). */
  inputsFile?: string;
  seed?: number;
  convMapping?: ConvMapping;
  maxCycles?: number;
  /** Skip the float32 reference (numerics) run. */
  skipReference?: boolean;
  /**
   * Compute cycles and counters only: no calibration run, no int8 values, no reference (fast
   * fidelity). Default: on for SCALE-Sim topologies, whose weights are made up (SCALE-Sim computes
   * timing only); cycles and counters equal a full run's (tests/runtime/timing-only.test.ts).
   */
  timingOnly?: boolean;
  onProgress?: (message: string, fraction: number) => void;
}

/** The result of runModel: the report plus the outputs and the compiled session's timings. */
export interface ModelRun {
  report: Report;
  outputs: Record<string, Tensor>;
  run: SessionRun;
}

/** A compiled session and what the run and its report need of the loaded model (not its graph's weights). */
interface OpenedModel {
  session: Session;
  source: LoadedModel['source'];
  feeds: Record<string, Tensor> | undefined;
  /** A SCALE-Sim topology's layers (its report compares them with SCALE-Sim's closed form). */
  scaleSimLayers?: ScaleSimLayerInfo[];
  buildMs: number;
  timingOnly: boolean;
}

/** Whether a run of a model from `source` computes timing only (see RunModelOptions.timingOnly). */
function timingOnlyRun(source: LoadedModel['source']['source'], opts: RunModelOptions): boolean {
  return (opts.timingOnly ?? source === 'topology') && (opts.fidelity ?? 'fast') === 'fast';
}

/**
 * Loads and compiles a model. Returns no reference to the loaded graph: once compiled, a model
 * whose layers the compiler rewrote (an LSTM unrolled) need not keep the original weights alive
 * (zoo:lstm0's are 192 MB).
 */
async function openModel(model: string | LoadedModel, config: HardwareConfig, opts: RunModelOptions): Promise<OpenedModel> {
  const tBuild = performance.now();
  // a timing-only topology run never reads its inputs' or weights' values: none are drawn
  const values = !(typeof model === 'string' && /\.csv$/i.test(model) && timingOnlyRun('topology', opts));
  const loaded = typeof model === 'string' ? await loadModel(model, { batch: opts.batch, seed: opts.seed, values }) : model;
  const devices: DeviceName[] = opts.device ? [opts.device] : opts.fallback === 'cpu' ? ['tpu', 'cpu', 'gpu'] : ['tpu', 'gpu', 'cpu'];
  opts.onProgress?.('compiling', 0);
  const feeds = opts.inputs ?? (opts.inputsFile ? readInputsFile(opts.inputsFile, loaded.graph) : loaded.feeds);
  const buildMs = performance.now() - tBuild;
  const timingOnly = timingOnlyRun(loaded.source.source, opts);
  const batch = loaded.source.source === 'onnx' ? (opts.batch ?? (feeds ? feeds[Object.keys(feeds)[0]!]!.shape[0] : undefined)) : undefined;
  const session = Session.create(loaded.graph, {
    config,
    batch,
    devices,
    convMapping: opts.convMapping ?? loaded.convMapping,
    seed: opts.seed,
    calibration: feeds ? [feeds] : undefined,
    isolateLayers: loaded.isolateLayers,
    batchAxis: loaded.batchAxis,
    timingOnly,
  });
  const scaleSimLayers = loaded.source.source === 'topology' ? scaleSimLayersOf(loaded.graph) : undefined;
  return { session, source: loaded.source, feeds, buildMs, timingOnly, ...(scaleSimLayers ? { scaleSimLayers } : {}) };
}

/** Compiles and runs a model on a config and builds its report. */
export async function runModelDetailed(
  model: string | LoadedModel,
  configJson: HardwareConfig | Record<string, unknown>,
  opts: RunModelOptions = {},
): Promise<ModelRun> {
  const { session, source, buildMs, timingOnly, scaleSimLayers, ...opened } = await openModel(model, parseConfig(configJson), opts);
  try {
    const feeds = opened.feeds ?? session.calibrationFeeds;
    // the reference first (calibration ran on these inputs: its outputs), then the float32 weights
    // of TPU layers can go: this one batch is all the session runs
    const tReference = performance.now();
    const reference = opts.skipReference || timingOnly ? null : session.reference(feeds);
    const referenceMs = performance.now() - tReference;
    if (session.releaseTpuWeights() >= COLLECT_AT_BYTES) collectGarbage();
    const run = await session.run(feeds, { fidelity: opts.fidelity, maxCycles: opts.maxCycles, onProgress: opts.onProgress, timingOnly });
    const report = buildReport(session, run, {
      model: source,
      fidelity: opts.fidelity ?? 'fast',
      reference,
      target: opts.device ?? 'tpu',
      timingOnly,
      buildMs,
      referenceMs,
    });
    if (scaleSimLayers) attachScaleSim(report, scaleSimLayers, session);
    return { report, outputs: run.outputs, run };
  } finally {
    await session.close();
  }
}

/** Released bytes worth a full collection (a few ms for small heaps, but small models need none). */
const COLLECT_AT_BYTES = 64 * 2 ** 20;

/**
 * Frees released arrays now: V8 would collect them only at its next full collection, and the first
 * program's load would meanwhile grow the simulator's memory on top of them (zoo:cnn1: 1.05 GiB
 * peak). The collector is exposed here, when needed, not with --expose-gc at start-up: that flag
 * makes Node compile its own modules without their code cache (35 ms on every run here).
 */
function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) return gc();
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/** Compiles and runs a model and returns its report (the `RunModel` the compare and sweep commands use). */
export async function runModel(model: string, config: Record<string, unknown>, opts: RunModelOptions = {}): Promise<Report> {
  return (await runModelDetailed(model, config, opts)).report;
}

/**
 * For SCALE-Sim topologies: each layer's SCALE-Sim M, N, K, its fold count and the closed form
 * folds x (2R + C + T - 2) next to the matrix-unit cycles we simulated, so the two can be compared.
 * T is what a fold streams: M (ws), N (is) or K (os; its fold drains the R rows of outputs, which
 * SCALE-Sim's code leaves out: sim/TIMING.md).
 */
function attachScaleSim(report: Report, layers: readonly ScaleSimLayerInfo[], session: Session): void {
  const R = session.config.matrix.rows,
    C = session.config.matrix.cols;
  const df = dataflowOf(session.config);
  const byNode = new Map(layers.map((l) => [l.node, l]));
  for (const layer of report.layers) {
    const info = byNode.get(layer.name);
    if (!info) continue;
    // SCALE-Sim's mapping: spread over the rows, over the columns, streamed (reference/scalesim.md §3.1)
    const [sr, sc, t] = df === 'ws' ? [info.k, info.n, info.m] : df === 'is' ? [info.k, info.m, info.n] : [info.m, info.n, info.k];
    const folds = Math.ceil(sr / R) * Math.ceil(sc / C);
    layer.scalesim = {
      layer: info.name,
      m: info.m,
      n: info.n,
      k: info.k,
      folds,
      formulaCycles: folds * (2 * R + C + t - 2),
      matrixCycles: session.matrixCycles(layer.name),
    };
  }
}
