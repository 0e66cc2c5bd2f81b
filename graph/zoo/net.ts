// The zoo's network builder: a thin layer over GraphBuilder that creates seeded weights
// (He/Kaiming-uniform by default), and runs every node it adds on a small calibration batch with
// the reference kernels, so BatchNormalization statistics and classifier biases come from the
// activations the network really produces. Without `materialize`, weights are zeros and nothing
// runs: the same graph structure, cheap enough to count parameters and MACs of 100M-weight models.
import { GraphBuilder } from '../builder.js';
import { runNode } from '../executor.js';
import type { AttrValue, Dim, Graph } from '../ir.js';
import { NORMALISED_OPSET } from '../onnx/index.js';
import { int64Tensor } from '../ops/util.js';
import { Rng, randomTensor, syntheticImages } from '../random.js';
import { BufferPool, type DType, type Tensor, sizeOf, tensor, withPool } from '../tensor.js';

/** Options of `NetBuilder`. */
export interface NetOptions {
  /** Seed of the weights and of the calibration batch (default 0). */
  seed?: number;
  /** false: zero weights, no calibration (for counting). Default true. */
  materialize?: boolean;
  /**
   * Identifies the network's structure and seed (not its batch size): a later build with the
   * same key reuses the calibrated statistics instead of running the calibration batch again.
   */
  cacheKey?: string;
  /**
   * The same network built without weights (`materialize: false`). A materialized build sizes
   * its weight slab from it (see `weightData`), and a calibrating one counts each value's readers
   * in it and drops a calibration value after its last reader has run, so later nodes reuse the
   * freed memory instead of touching fresh pages.
   */
  structure?: () => Graph;
}

/** Calibrated tensors (BN statistics, centred biases) in creation order, per cache key. */
const calibrationCache = new Map<string, Float32Array[]>();
const CACHE_ENTRIES = 16;

/** Forgets every cached calibration (the next build of each model calibrates again). */
export function clearCalibrationCache(): void {
  calibrationCache.clear();
}

/** How to fill a weight tensor. */
export type WeightInit =
  /** Uniform in [-bound, bound]. */
  | { kind: 'uniform'; bound: number }
  /** Every element the same. */
  | { kind: 'fill'; value: number };

/** Kaiming-uniform bound for a layer followed by ReLU: sqrt(6 / fan_in) (variance 2 / fan_in). */
export function heBound(fanIn: number): number {
  return Math.sqrt(6 / fanIn);
}

const OPSETS = { '': NORMALISED_OPSET };

/** Assumed root-mean-square of an LSTM's output h = o * tanh(c) when its gate pre-activations have unit variance (0.2-0.4 in the zoo's LSTMs). */
export const LSTM_HIDDEN_RMS = 0.3;

/** Builds one zoo network; every method adds ONNX nodes and returns the output value name. */
export class NetBuilder {
  readonly b: GraphBuilder;
  readonly materialize: boolean;
  private readonly calibRng: Rng;
  /** Calibration values by name (inputs, constants and node outputs), when calibrating. */
  private calib: Map<string, Tensor> | undefined;
  private readonly cacheKey: string | undefined;
  /** Readers left per value (from `structure`), when materializing with one. */
  private readonly readers: Map<string, number> | undefined;
  /** Storage the weights are carved from, in order (from `structure`). */
  private readonly slab: { data: Float32Array; used: number } | undefined;
  /** Recycles the arrays of released calibration values (with `readers`). */
  private pool: BufferPool | undefined;
  /** Calibrated tensors from an earlier build with the same key, consumed in order. */
  private readonly replay: Float32Array[] | undefined;
  /** Calibrated tensors of this build, for the cache. */
  private readonly recorded: Float32Array[] = [];

  constructor(name: string, opts: NetOptions = {}) {
    const seed = opts.seed ?? 0;
    this.b = new GraphBuilder(name, { seed });
    this.materialize = opts.materialize ?? true;
    // Weights draw from this.b.rng (seeded with `seed`). A separate stream: calibration data never shifts the weights.
    this.calibRng = new Rng((seed ^ 0x5eedca1b) >>> 0);
    this.cacheKey = opts.cacheKey;
    const cached = this.materialize && this.cacheKey !== undefined ? calibrationCache.get(this.cacheKey) : undefined;
    this.replay = cached ? [...cached] : undefined;
    const plan = this.materialize ? opts.structure?.() : undefined;
    if (plan) {
      this.readers = readerCounts(plan);
      this.slab = { data: new Float32Array(float32Elements(plan)), used: 0 };
    }
  }

  // ----- inputs, constants, weights -------------------------------------------------------------

  /**
   * Declares a graph input. `calibration` (used by materialized builds only) turns calibration
   * on: seeded samples of that shape (image-like for NCHW images, else N(0, 1); or the given
   * data) flow through every later node.
   */
  input(name: string, dtype: DType, shape: Dim[], calibration?: { shape: number[]; data?: Tensor }): string {
    const v = this.b.input(name, dtype, shape);
    if (calibration && this.materialize && !this.replay) {
      this.calib ??= new Map();
      if (this.readers) this.pool ??= new BufferPool();
      this.keep(v, calibration.data ?? sampleTensor(this.calibRng, calibration.shape));
    }
    return v;
  }

  /** A constant tensor (kept for calibration). */
  constant(t: Tensor, name?: string): string {
    const v = this.b.constant(t, name);
    this.keep(v, t);
    return v;
  }

  /** A float32 weight of the given shape (zeros when not materialized). */
  weight(shape: readonly number[], init: WeightInit, name?: string): string {
    const data = this.weightData(sizeOf(shape));
    if (this.materialize) {
      if (init.kind === 'fill') data.fill(init.value);
      else {
        const { bound } = init;
        this.b.rng.fillSymmetric(data, bound);
      }
    }
    return this.constant(tensor('float32', shape, data), name);
  }

  /**
   * Zeros for a weight of `n` floats: the next part of the slab while it lasts, else an array of
   * its own. One large block is backed by transparent huge pages (GLIBC_TUNABLES=
   * glibc.malloc.hugetlb=1), one fault per 2 MiB; a block per weight mostly by 4 KiB pages.
   */
  private weightData(n: number): Float32Array {
    const s = this.slab;
    if (!s || s.used + n > s.data.length) return new Float32Array(n);
    s.used += n;
    return s.data.subarray(s.used - n, s.used);
  }

  /** A float32 scalar constant. */
  scalar(value: number): string {
    return this.constant(tensor('float32', [], Float32Array.of(value)));
  }

  /** A 1-D int64 constant (shapes, axes). */
  int64s(values: readonly number[]): string {
    return this.constant(int64Tensor(values));
  }

  // ----- the one way nodes are added ----------------------------------------------------------

  /** Adds a node (attributes left undefined are omitted) and runs it on the calibration batch. */
  node(
    op: string,
    inputs: readonly (string | undefined)[],
    attrs: Record<string, AttrValue | undefined> = {},
    opts: { name?: string; outputs?: number } = {},
  ): string[] {
    const node = this.b.addNode(op, inputs, attrs, opts);
    if (this.calib) {
      const values = node.inputs.map((i) => (i ? this.calibrated(i, op)! : undefined));
      const outs = withPool(this.pool, () => runNode(node, values, OPSETS));
      outs.forEach((t, i) => this.keep(node.outputs[i]!, t));
      this.release(node.inputs, node.outputs);
    }
    return node.outputs;
  }

  /** The calibration value of `v` (read by `reader`) when calibrating, else undefined; throws when it is missing. */
  private calibrated(v: string, reader: string): Tensor | undefined {
    if (!this.calib) return undefined;
    const t = this.calib.get(v);
    if (!t) throw new Error(`zoo builder: no calibration value for "${v}" (input of ${reader})`);
    return t;
  }

  /** Drops the calibration values whose last reader has run (inputs), or that nobody reads (outputs). */
  private release(inputs: readonly string[], outputs: readonly string[]): void {
    const readers = this.readers;
    if (!readers) return;
    for (const i of inputs) {
      if (!i) continue;
      const left = (readers.get(i) ?? 0) - 1;
      readers.set(i, left);
      if (left <= 0) this.drop(i);
    }
    for (const o of outputs) if (o && !readers.has(o)) this.drop(o);
  }

  /** Records `v`'s calibration value, when calibrating. */
  private keep(v: string, t: Tensor): void {
    if (!this.calib) return;
    this.calib.set(v, t);
    this.pool?.retain(t.data);
  }

  /** Forgets `v`'s calibration value, giving its array back to the pool if nothing else holds it. */
  private drop(v: string): void {
    const t = this.calib!.get(v);
    if (!t) return;
    this.calib!.delete(v);
    this.pool?.release(t.data);
  }

  private one(
    op: string,
    inputs: readonly (string | undefined)[],
    attrs: Record<string, AttrValue | undefined> = {},
    name?: string,
  ): string {
    return this.node(op, inputs, attrs, { name })[0]!;
  }

  // ----- layers ---------------------------------------------------------------------------------

  /** 2-D convolution, "same" padding by default, He-uniform weights [cout, cin/group, k, k]. */
  conv(
    x: string,
    cin: number,
    cout: number,
    kernel: number | [number, number],
    o: { stride?: number; pad?: number | [number, number]; group?: number; bias?: boolean; init?: WeightInit; name?: string } = {},
  ): string {
    const [kh, kw] = typeof kernel === 'number' ? [kernel, kernel] : kernel;
    const group = o.group ?? 1;
    const [ph, pw] = o.pad === undefined ? [(kh - 1) >> 1, (kw - 1) >> 1] : typeof o.pad === 'number' ? [o.pad, o.pad] : o.pad;
    const fanIn = (cin / group) * kh * kw;
    const w = this.weight([cout, cin / group, kh, kw], o.init ?? { kind: 'uniform', bound: heBound(fanIn) });
    const bias = o.bias ? this.weight([cout], { kind: 'uniform', bound: 1 / Math.sqrt(fanIn) }) : undefined;
    const s = o.stride ?? 1;
    return this.one(
      'Conv',
      [x, w, bias],
      { kernel_shape: [kh, kw], strides: [s, s], pads: [ph, pw, ph, pw], group: group === 1 ? undefined : group },
      o.name,
    );
  }

  /**
   * Inference BatchNormalization whose running statistics are measured on the calibration batch
   * (per channel, over batch and space), so its output is about N(beta, gamma^2) per channel
   * (default N(0, 1)); see BN_BEFORE_RELU and RESIDUAL_GAMMA for the values the zoo uses.
   */
  batchNorm(x: string, channels: number, o: { gamma?: number; beta?: number; name?: string } = {}): string {
    let mean: Float32Array = new Float32Array(channels);
    let variance: Float32Array = new Float32Array(channels).fill(1);
    const v = this.calibrated(x, 'BatchNormalization');
    if (this.replay) [mean, variance] = [this.replayed(channels), this.replayed(channels)];
    else if (v) {
      channelMoments(v, mean, variance);
      this.recorded.push(mean.slice(), variance.slice());
    }
    const gamma = new Float32Array(channels).fill(o.gamma ?? 1);
    const beta = new Float32Array(channels).fill(o.beta ?? 0);
    const scale = this.constant(tensor('float32', [channels], gamma));
    const bias = this.constant(tensor('float32', [channels], beta));
    const m = this.constant(tensor('float32', [channels], mean));
    const s = this.constant(tensor('float32', [channels], variance));
    return this.one('BatchNormalization', [x, scale, bias, m, s], { epsilon: 1e-5 }, o.name);
  }

  /**
   * Fully connected layer as torch exports it: Gemm(x, W [out, in], b, transB=1). With
   * `centre`, the bias is set so the outputs average zero over the calibration batch: a random
   * network's logits otherwise share one large input-independent part and every input gets
   * the same top-1 class.
   */
  linear(
    x: string,
    inFeatures: number,
    outFeatures: number,
    o: { bias?: boolean; init?: WeightInit; centre?: boolean; name?: string } = {},
  ): string {
    const w = this.weight([outFeatures, inFeatures], o.init ?? { kind: 'uniform', bound: heBound(inFeatures) });
    let b: string | undefined;
    if (o.bias ?? true) {
      let biasData: Float32Array = new Float32Array(outFeatures);
      const xv = o.centre ? this.calibrated(x, 'Gemm') : undefined;
      if (o.centre && this.replay) biasData = this.replayed(outFeatures);
      else if (o.centre && xv) {
        biasData = centredBias(xv.data as Float32Array, this.calibrated(w, 'Gemm')!.data as Float32Array, inFeatures, outFeatures);
        this.recorded.push(biasData.slice());
      } else if (this.materialize && !o.centre) {
        const bound = 1 / Math.sqrt(inFeatures);
        for (let j = 0; j < outFeatures; j++) biasData[j] = (this.b.rng.next() * 2 - 1) * bound;
      }
      b = this.constant(tensor('float32', [outFeatures], biasData));
    }
    return this.one('Gemm', [x, w, b], { transB: 1 }, o.name);
  }

  relu(x: string): string {
    return this.one('Relu', [x]);
  }
  /** ReLU6 as torch exports it: Clip(x, 0, 6). */
  relu6(x: string): string {
    return this.one('Clip', [x, this.scalar(0), this.scalar(6)]);
  }
  add(a: string, b: string): string {
    return this.one('Add', [a, b]);
  }
  mul(a: string, b: string): string {
    return this.one('Mul', [a, b]);
  }
  matmul(a: string, b: string): string {
    return this.one('MatMul', [a, b]);
  }
  tanh(x: string): string {
    return this.one('Tanh', [x]);
  }
  gelu(x: string): string {
    return this.one('Gelu', [x]);
  }
  softmax(x: string, axis = -1): string {
    return this.one('Softmax', [x], { axis });
  }
  maxPool(x: string, kernel: number, stride: number, pad = 0): string {
    return this.one('MaxPool', [x], { kernel_shape: [kernel, kernel], strides: [stride, stride], pads: [pad, pad, pad, pad] });
  }
  /** AveragePool; padding cells are not counted (count_include_pad=0, torch's default is 1 but TF's is 0). */
  avgPool(x: string, kernel: number, stride: number, pad = 0): string {
    return this.one('AveragePool', [x], { kernel_shape: [kernel, kernel], strides: [stride, stride], pads: [pad, pad, pad, pad] });
  }
  globalAvgPool(x: string): string {
    return this.one('GlobalAveragePool', [x]);
  }
  flatten(x: string, axis = 1): string {
    return this.one('Flatten', [x], { axis });
  }
  concat(xs: string[], axis: number): string {
    return this.one('Concat', xs, { axis });
  }
  /** Reshape to a constant target (0 copies a dim, so one graph works at any batch size). */
  reshape(x: string, shape: readonly number[]): string {
    return this.one('Reshape', [x, this.int64s(shape)]);
  }
  transpose(x: string, perm: number[]): string {
    return this.one('Transpose', [x], { perm });
  }
  squeeze(x: string, axes: number[]): string {
    return this.one('Squeeze', [x, this.int64s(axes)]);
  }
  gather(x: string, indices: string, axis = 0): string {
    return this.one('Gather', [x, indices], { axis });
  }

  /** LayerNormalization over the last axis with scale 1 and bias 0. */
  layerNorm(x: string, features: number): string {
    const scale = this.weight([features], { kind: 'fill', value: 1 });
    const bias = this.weight([features], { kind: 'fill', value: 0 });
    return this.one('LayerNormalization', [x, scale, bias], { axis: -1, epsilon: 1e-5 });
  }

  /**
   * One unidirectional ONNX LSTM layer over x [seq, batch, input] (layout 0), optionally with
   * peepholes. Weights are uniform with the bound that gives the gate pre-activations unit
   * variance for inputs of root-mean-square `inputRms` (default 1) and a hidden state of rms
   * LSTM_HIDDEN_RMS (torch's +-1/sqrt(hidden) shrinks activations layer after layer). Returns
   * the output sequence squeezed to [seq, batch, hidden], or with `last` the final hidden state
   * [batch, hidden].
   */
  lstm(x: string, inputSize: number, hidden: number, o: { peepholes?: boolean; last?: boolean; inputRms?: number } = {}): string {
    const inputRms = o.inputRms ?? 1;
    const bound = Math.sqrt(3 / (inputSize * inputRms ** 2 + hidden * LSTM_HIDDEN_RMS ** 2));
    const init: WeightInit = { kind: 'uniform', bound };
    const w = this.weight([1, 4 * hidden, inputSize], init);
    const r = this.weight([1, 4 * hidden, hidden], init);
    const b = this.weight([1, 8 * hidden], { kind: 'uniform', bound: 0.1 });
    const p = o.peepholes ? this.weight([1, 3 * hidden], { kind: 'uniform', bound: 0.1 }) : undefined;
    const [y, yh] = this.node('LSTM', [x, w, r, b, undefined, undefined, undefined, p], { hidden_size: hidden }, { outputs: 3 });
    return o.last ? this.squeeze(yh!, [0]) : this.squeeze(y!, [1]);
  }

  // ----- finishing ------------------------------------------------------------------------------

  /** Marks a graph output. */
  output(x: string): string {
    return this.b.output(x);
  }

  /** Validates, infers shapes and returns the graph; calibration values are released. */
  build(metadata: Record<string, string> = {}): Graph {
    if (this.calib && this.cacheKey !== undefined) {
      if (calibrationCache.size >= CACHE_ENTRIES) calibrationCache.delete(calibrationCache.keys().next().value!);
      calibrationCache.set(this.cacheKey, this.recorded);
    }
    this.calib = undefined;
    this.pool = undefined;
    const g = this.b.build();
    g.metadata = { ...g.metadata, ...metadata };
    return g;
  }

  /** The next cached calibrated tensor (copied: graphs never share mutable data). */
  private replayed(length: number): Float32Array {
    const t = this.replay!.shift();
    if (!t || t.length !== length) throw new Error(`zoo builder: calibration cache "${this.cacheKey}" does not match the network`);
    return t.slice();
  }
}

/** Float32 elements of a graph's constants: room for its weights. */
function float32Elements(g: Graph): number {
  let n = 0;
  for (const t of g.initializers.values()) if (t.dtype === 'float32') n += t.data.length;
  return n;
}

/** How many node inputs read each value (a node reading a value twice counts twice). */
function readerCounts(g: Graph): Map<string, number> {
  const counts = new Map<string, number>();
  for (const n of g.nodes) for (const i of n.inputs) if (i) counts.set(i, (counts.get(i) ?? 0) + 1);
  return counts;
}

/**
 * Minus the mean over the rows of x [rows, inFeatures] of x * W^T (W [outFeatures, inFeatures]):
 * each dot product summed in float64 in input order, each bias lowered row after row in float32.
 * Four outputs at a time: four independent sums hide the latency of the additions and share
 * each load of x, without changing any output's order of operations (cnn1: 77M products).
 */
function centredBias(x: Float32Array, w: Float32Array, inFeatures: number, outFeatures: number): Float32Array {
  const bias = new Float32Array(outFeatures);
  const rows = x.length / inFeatures;
  let j = 0;
  for (; j + 4 <= outFeatures; j += 4) {
    const w0 = j * inFeatures;
    const [w1, w2, w3] = [w0 + inFeatures, w0 + 2 * inFeatures, w0 + 3 * inFeatures];
    for (let r = 0; r < rows; r++) {
      const x0 = r * inFeatures;
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let i = 0; i < inFeatures; i++) {
        const v = x[x0 + i]!;
        s0 += v * w[w0 + i]!;
        s1 += v * w[w1 + i]!;
        s2 += v * w[w2 + i]!;
        s3 += v * w[w3 + i]!;
      }
      bias[j]! -= s0 / rows;
      bias[j + 1]! -= s1 / rows;
      bias[j + 2]! -= s2 / rows;
      bias[j + 3]! -= s3 / rows;
    }
  }
  for (; j < outFeatures; j++) {
    for (let r = 0; r < rows; r++) {
      let s = 0;
      for (let i = 0; i < inFeatures; i++) s += x[r * inFeatures + i]! * w[j * inFeatures + i]!;
      bias[j]! -= s / rows;
    }
  }
  return bias;
}

/** Per-channel (axis 1) mean and population variance of a float32 tensor [N, C, ...]. */
function channelMoments(t: Tensor, mean: Float32Array, variance: Float32Array): void {
  const [n, c] = t.shape as [number, number];
  const inner = sizeOf(t.shape.slice(2));
  const d = t.data as Float32Array;
  for (let ch = 0; ch < c; ch++) {
    let s = 0;
    let s2 = 0;
    for (let i = 0; i < n; i++) {
      const base = (i * c + ch) * inner;
      for (let j = 0; j < inner; j++) {
        const v = d[base + j]!;
        s += v;
        s2 += v * v;
      }
    }
    const count = n * inner;
    const m = s / count;
    mean[ch] = m;
    variance[ch] = Math.max(s2 / count - m * m, 1e-6);
  }
}

/** NCHW inputs large enough to be images (they get image-like samples, see `syntheticImages`). */
function isImageShape(shape: readonly number[]): boolean {
  return shape.length === 4 && shape[2]! >= 8 && shape[3]! >= 8;
}

/**
 * A seeded sample input (calibration batches, `sampleInputs`): int64 ids uniform in [0, intRange)
 * when `intRange` is given (token ids), image-like data for NCHW image shapes (`syntheticImages`),
 * else N(0, 1) floats (standardized features).
 */
export function sampleTensor(rng: Rng, shape: readonly number[], intRange?: number): Tensor {
  if (intRange !== undefined) return randomTensor(rng, shape, { kind: 'int', lo: 0, hi: intRange - 1, dtype: 'int64' });
  return isImageShape(shape) ? syntheticImages(rng, shape) : randomTensor(rng, shape, { kind: 'normal', std: 1 });
}
