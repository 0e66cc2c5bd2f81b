// The model zoo's registry: every model's name, kind, default batch, source and builder;
// `listModels` summarises them without materializing any weights, `buildModel` builds one.
import { GraphError } from '../errors.js';
import type { Graph } from '../ir.js';
import { Rng } from '../random.js';
import { sampleTensor } from './net.js';
import type { DType, Tensor } from '../tensor.js';
import type { BuildContext } from './models/common.js';
import { buildMobilenetV2 } from './models/mobilenet.js';
import { buildCnn0, buildCnn1, buildLstm0, buildLstm1, buildPaperMlp } from './models/paper.js';
import { buildResnet } from './models/resnet.js';
import { TRANSFORMER_SHAPES, buildLstm, buildTransformer } from './models/sequence.js';
import { buildLenet, buildMlp } from './models/small.js';
import { type PendingInputs, startSampleInputs } from './sample-thread.js';
import { countMacs, countParameters } from './stats.js';

/** Broad family of a zoo model. */
export type ModelKind = 'mlp' | 'cnn' | 'rnn' | 'transformer';

/** A row of the TPU v1 paper's Table 1 that a zoo model approximates. */
export interface PaperWorkload {
  fc: number;
  conv: number;
  vector: number;
  pool: number;
  /** Weights (the paper's rounded figure). */
  weights: number;
  batch: number;
}

/** One graph input of a zoo model. */
export interface ModelInput {
  name: string;
  dtype: DType;
  /** Shape at the model's default batch size. */
  shape: number[];
}

/** Summary of a zoo model, as `listModels` returns it. */
export interface ModelInfo {
  name: string;
  kind: ModelKind;
  description: string;
  /** Where the architecture comes from. */
  source: string;
  defaultBatch: number;
  /** Axis of the batch dimension in the inputs (0, or 1 for sequence-major inputs). */
  batchAxis: number;
  inputs: ModelInput[];
  /** Trainable parameters (`countParameters`). */
  parameters: number;
  /** Multiply-accumulates per batch item (one image, one sequence) of the matrix ops (`countMacs`). */
  macs: number;
  /** The TPU v1 paper workload (Table 1) this model approximates, if any. */
  paper?: PaperWorkload;
}

/** Options of `buildModel`. */
export interface BuildModelOptions {
  /** Batch size (default: the model's default batch). */
  batch?: number;
  /** Weight seed (default 0): one seed gives byte-identical graphs. */
  seed?: number;
}

/** Bad arguments to the zoo (an unknown model, a bad batch size or seed). */
export class ZooError extends GraphError {
  override name = 'ZooError';
}

/** An unknown model name; the message lists the valid ones. */
export class UnknownModelError extends ZooError {
  override name = 'UnknownModelError';
  constructor(
    readonly model: string,
    readonly known: string[],
  ) {
    super(`unknown model "${model}"; the zoo has: ${known.join(', ')}`);
  }
}

interface ZooEntry {
  name: string;
  kind: ModelKind;
  description: string;
  source: string;
  defaultBatch: number;
  build(ctx: BuildContext): Graph;
  paper?: PaperWorkload;
  /** Integer inputs drawn uniformly from [0, range) (token ids); float inputs are N(0, 1). */
  intRanges?: Record<string, number>;
  /** Axis of the batch dimension in the inputs (default 0; 1 for sequence-major LSTM inputs). */
  batchAxis?: number;
}

const ENTRIES: ZooEntry[] = [
  {
    name: 'mlp',
    kind: 'mlp',
    description: 'MNIST-sized MLP 784-512-256-10, ReLU',
    source: 'classic MNIST MLP',
    defaultBatch: 32,
    build: buildMlp,
  },
  {
    name: 'lenet',
    kind: 'cnn',
    description: 'LeNet-5 on 1x28x28 (2 conv + max pool, 3 FC), ReLU',
    source: 'LeCun et al. 1998',
    defaultBatch: 32,
    build: buildLenet,
  },
  {
    name: 'resnet18',
    kind: 'cnn',
    description: 'ResNet-18, 224x224 RGB, 1000 classes, BatchNorm',
    source: 'He et al. 2016; torchvision resnet18 structure',
    defaultBatch: 1,
    build: (ctx) => buildResnet(18, ctx),
  },
  {
    name: 'resnet50',
    kind: 'cnn',
    description: 'ResNet-50 (v1.5 bottlenecks), 224x224 RGB, 1000 classes, BatchNorm',
    source: 'He et al. 2016; torchvision resnet50 structure',
    defaultBatch: 1,
    build: (ctx) => buildResnet(50, ctx),
  },
  {
    name: 'mobilenet_v2',
    kind: 'cnn',
    description: 'MobileNetV2 1.0, 224x224 RGB, depthwise convs, ReLU6 (Clip), BatchNorm',
    source: 'Sandler et al. 2018; torchvision mobilenet_v2 structure',
    defaultBatch: 1,
    build: buildMobilenetV2,
  },
  {
    name: 'lstm',
    kind: 'rnn',
    description: 'stacked LSTM classifier: seq 16 x 32 features, 2 LSTM layers of 128, FC to 10',
    source: 'ONNX LSTM op, torch nn.LSTM layout',
    defaultBatch: 8,
    build: buildLstm,
    batchAxis: 1,
  },
  {
    name: 'transformer',
    kind: 'transformer',
    description: 'small BERT-like encoder: 32 tokens, hidden 128, 4 heads, 2 layers, GELU FFN 512, 10 classes',
    source: 'Devlin et al. 2019 (BERT structure at toy size)',
    defaultBatch: 4,
    build: buildTransformer,
    intRanges: { input_ids: TRANSFORMER_SHAPES.vocab },
  },
  {
    name: 'mlp0',
    kind: 'mlp',
    description: 'TPU v1 paper MLP0 (RankBrain-like?): 5 FC layers of 2000, ReLU',
    source: 'Jouppi et al. 2017, Table 1; shapes guessed',
    defaultBatch: 200,
    build: (ctx) => buildPaperMlp('mlp0', [2000, 2000, 2000, 2000, 2000, 2000], ctx),
    paper: { fc: 5, conv: 0, vector: 0, pool: 0, weights: 20e6, batch: 200 },
  },
  {
    name: 'mlp1',
    kind: 'mlp',
    description: 'TPU v1 paper MLP1: 4 FC layers of 1120, ReLU',
    source: 'Jouppi et al. 2017, Table 1; shapes guessed',
    defaultBatch: 168,
    build: (ctx) => buildPaperMlp('mlp1', [1120, 1120, 1120, 1120, 1120], ctx),
    paper: { fc: 4, conv: 0, vector: 0, pool: 0, weights: 5e6, batch: 168 },
  },
  {
    name: 'lstm0',
    kind: 'rnn',
    description: 'TPU v1 paper LSTM0: 6 peephole LSTM layers of 1024, residuals from layer 3, seq 16',
    source: 'Jouppi et al. 2017, Table 1; GNMT-style residuals; shapes guessed',
    defaultBatch: 64,
    build: buildLstm0,
    batchAxis: 1,
    paper: { fc: 24, conv: 0, vector: 34, pool: 0, weights: 52e6, batch: 64 },
  },
  {
    name: 'lstm1',
    kind: 'rnn',
    description: 'TPU v1 paper LSTM1: 9 LSTM layers of 600, FC to a 13k vocabulary + softmax, seq 16',
    source: 'Jouppi et al. 2017, Table 1 and its 600x600 LSTM1 example; shapes guessed',
    defaultBatch: 96,
    build: buildLstm1,
    batchAxis: 1,
    paper: { fc: 37, conv: 0, vector: 19, pool: 0, weights: 34e6, batch: 96 },
  },
  {
    name: 'cnn0',
    kind: 'cnn',
    description: 'TPU v1 paper CNN0 (AlphaGo-like): 48x19x19 board, 16 convs of 256, 361 move logits',
    source: 'Jouppi et al. 2017, Table 1; AlphaGo policy net layout (Silver et al. 2016)',
    defaultBatch: 8,
    build: buildCnn0,
    paper: { fc: 0, conv: 16, vector: 0, pool: 0, weights: 8e6, batch: 8 },
  },
  {
    name: 'cnn1',
    kind: 'cnn',
    description: 'TPU v1 paper CNN1 (Inception-like): BN-Inception x1.5 widths, 72 convs, 13 pools, 4 FC',
    source: 'Jouppi et al. 2017, Table 1; BN-Inception layout (Ioffe & Szegedy 2015)',
    defaultBatch: 32,
    build: buildCnn1,
    paper: { fc: 4, conv: 72, vector: 0, pool: 13, weights: 100e6, batch: 32 },
  },
];

const BY_NAME = new Map(ENTRIES.map((e) => [e.name, e]));

/** Names of the zoo's models, in listing order. */
export function modelNames(): string[] {
  return ENTRIES.map((e) => e.name);
}

let listing: ModelInfo[] | undefined;
/** Inputs at the default batch per model, from weightless builds. */
const inputsByModel = new Map<string, ModelInput[]>();

function inputsOf(g: Graph): ModelInput[] {
  return g.inputs.map((v) => ({ name: v.name, dtype: v.dtype, shape: v.shape as number[] }));
}

/** A model's inputs at its default batch, from one weightless build (not the whole listing's). */
function modelInputs(e: ZooEntry): ModelInput[] {
  let inputs = inputsByModel.get(e.name);
  if (!inputs) inputsByModel.set(e.name, (inputs = inputsOf(e.build({ batch: e.defaultBatch, seed: 0, materialize: false }))));
  return inputs;
}

/**
 * Every zoo model with its parameters and MACs (per batch item), counted on graphs built
 * without weights (zeros, no calibration), so listing is cheap even for 100M-weight models.
 */
export function listModels(): ModelInfo[] {
  listing ??= ENTRIES.map((e) => {
    const g = e.build({ batch: e.defaultBatch, seed: 0, materialize: false });
    const macs = countMacs(g) / e.defaultBatch;
    return {
      name: e.name,
      kind: e.kind,
      description: e.description,
      source: e.source,
      defaultBatch: e.defaultBatch,
      batchAxis: e.batchAxis ?? 0,
      inputs: inputsOf(g),
      parameters: countParameters(g),
      macs,
      ...(e.paper ? { paper: e.paper } : {}),
    };
  });
  return listing.map((m) => structuredClone(m));
}

function entry(name: string): ZooEntry {
  const e = BY_NAME.get(name);
  if (!e) throw new UnknownModelError(name, modelNames());
  return e;
}

/** Axis of the batch dimension in a zoo model's inputs (0, or 1 for sequence-major inputs). */
export function modelBatchAxis(name: string): number {
  return entry(name).batchAxis ?? 0;
}

function checkOptions(name: string, opts: BuildModelOptions): { batch: number; seed: number } {
  const e = entry(name);
  const batch = opts.batch ?? e.defaultBatch;
  const seed = opts.seed ?? 0;
  if (!Number.isSafeInteger(batch) || batch < 1) throw new ZooError(`model "${name}": batch must be a positive integer, got ${batch}`);
  if (!Number.isSafeInteger(seed) || seed < 0 || seed > 0xffffffff)
    throw new ZooError(`model "${name}": seed must be an integer in [0, 2^32), got ${seed}`);
  return { batch, seed };
}

/** Builds a zoo model with seeded weights (same name, batch and seed: byte-identical graph). */
export function buildModel(name: string, opts: BuildModelOptions = {}): Graph {
  return build(name, opts);
}

/**
 * `buildModel` and `sampleInputs` in one, the same graph and inputs: large inputs are drawn on a
 * worker thread while the weights are built (sample-thread.ts), small ones after the build.
 */
export async function buildModelWithInputs(
  name: string,
  opts: BuildModelOptions = {},
): Promise<{ graph: Graph; feeds: Record<string, Tensor> }> {
  const { batch, seed } = checkOptions(name, opts);
  const drawn: { inputs?: ModelInput[]; pending?: PendingInputs } = {};
  // the build's weightless pass gives the inputs' shapes before any weight is drawn
  const graph = build(name, opts, (weightless) => {
    drawn.inputs = inputsOf(weightless);
    drawn.pending = startSampleInputs({ name, inputs: drawn.inputs, batch, seed });
  });
  const feeds = (await drawn.pending?.()) ?? (drawn.inputs ? drawInputs(name, drawn.inputs, batch, seed) : sampleInputs(name, opts));
  return { graph, feeds };
}

/** buildModel's work; `onStructure` gets the weightless graph the build makes first (NetBuilder's `structure`). */
function build(name: string, opts: BuildModelOptions, onStructure?: (weightless: Graph) => void): Graph {
  const e = entry(name);
  const { batch, seed } = checkOptions(name, opts);
  // Held until the build ends: its untouched zero weights, freed mid-build, would raise glibc's
  // mmap threshold, and the real weights then come from the heap and fragment it (cli/relaunch.ts).
  let weightless: Graph | undefined;
  const structure = () => {
    weightless = e.build({ batch, seed, materialize: false });
    onStructure?.(weightless);
    return weightless;
  };
  const graph = e.build({ batch, seed, materialize: true, cacheKey: `${name}:${seed}`, structure });
  // the inputs at the default batch come with it (sampleInputs needs them next)
  if (weightless && batch === e.defaultBatch && !inputsByModel.has(e.name)) inputsByModel.set(e.name, inputsOf(weightless));
  graph.metadata = { ...graph.metadata, source: `zoo:${name}`, 'zoo.model': name, 'zoo.seed': String(seed), 'zoo.batch': String(batch) };
  return graph;
}

/**
 * Seeded inputs for a zoo model at a batch size: N(0, 1) floats (standardized pixels, features)
 * and uniform token ids in the vocabulary for integer inputs.
 */
export function sampleInputs(name: string, opts: BuildModelOptions = {}): Record<string, Tensor> {
  const { batch, seed } = checkOptions(name, opts);
  return drawInputs(name, modelInputs(entry(name)), batch, seed);
}

/** `sampleInputs`' draws, given the model's inputs (at any batch: the batch axis becomes `batch`). */
export function drawInputs(name: string, inputs: readonly ModelInput[], batch: number, seed: number): Record<string, Tensor> {
  const e = entry(name);
  const rng = new Rng(seed);
  const feeds: Record<string, Tensor> = {};
  for (const input of inputs) {
    const shape = input.shape.map((d, i) => (i === (e.batchAxis ?? 0) ? batch : d));
    feeds[input.name] = sampleTensor(rng, shape, e.intRanges?.[input.name]);
  }
  return feeds;
}
