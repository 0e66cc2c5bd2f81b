// A graph builder in the spirit of TensorFlow graph construction: each call adds an ONNX-named
// node (Conv, MatMul, Gemm, ...) and returns the name of its output value, so every built graph
// exports to ONNX as is. Node and value names are deterministic (scope prefix, op, counter).
import { GraphBuilderError } from './errors.js';
import { type AttrValue, type Dim, Graph, type Node, trimInputs } from './ir.js';
import { NORMALISED_OPSET } from './onnx/normalise.js';
import { ONNX_DTYPE } from './onnx/tensor-proto.js';
import { int64Tensor } from './ops/util.js';
import { type RandomInit, Rng, randomTensor } from './random.js';
import { inferShapes } from './shape.js';
import { type DType, type Tensor, scalarTensor, tensor } from './tensor.js';
import { validate } from './validate.js';

/** Options of `GraphBuilder`. */
export interface BuilderOptions {
  /** Seed of the random weights made by `param` (default 0). */
  seed?: number;
  /** ai.onnx opset of the built graph (default: the importer's normalised opset, 21). */
  opset?: number;
}

/** Options every op method accepts. */
export interface NodeOptions {
  /** Node name (default `<scope>/<Op>_<n>`); single-output nodes name their output the same. */
  name?: string;
}

/** Convolution options (ONNX Conv attributes). */
export interface ConvOptions extends NodeOptions {
  strides?: number[];
  /** Per-side padding as ONNX orders it ([h_begin, w_begin, h_end, w_end]), or one number for all sides. */
  pads?: number[] | number;
  dilations?: number[];
  group?: number;
  autoPad?: 'NOTSET' | 'SAME_UPPER' | 'SAME_LOWER' | 'VALID';
}

/** Pooling options (ONNX MaxPool / AveragePool attributes). */
export interface PoolOptions extends NodeOptions {
  kernelShape: number[];
  strides?: number[];
  pads?: number[] | number;
  ceilMode?: boolean;
  /** AveragePool only: count padding cells in the divisor. */
  countIncludePad?: boolean;
}

/** Gemm options. */
export interface GemmOptions extends NodeOptions {
  alpha?: number;
  beta?: number;
  transA?: boolean;
  transB?: boolean;
}

/** LSTM options (ONNX LSTM attributes; gates in ONNX's iofc order). */
export interface LstmOptions extends NodeOptions {
  hiddenSize: number;
  direction?: 'forward' | 'reverse' | 'bidirectional';
  /** 1: inputs and outputs are batch-major ([batch, seq, ...]). */
  layout?: 0 | 1;
  bias?: string;
  sequenceLens?: string;
  initialH?: string;
  initialC?: string;
}

/** Builds a Graph node by node. Methods return output value names. */
export class GraphBuilder {
  private readonly graph: Graph;
  private readonly taken = new Set<string>();
  private readonly counters = new Map<string, number>();
  private readonly scopes: string[] = [];
  private built = false;
  /** The builder's seeded random source (used by `param`). */
  readonly rng: Rng;

  constructor(name: string, opts: BuilderOptions = {}) {
    this.graph = new Graph(name);
    this.graph.opsets = { '': opts.opset ?? NORMALISED_OPSET };
    this.graph.metadata = { source: `builder:${name}` };
    this.rng = new Rng(opts.seed ?? 0);
  }

  // ----- structure ------------------------------------------------------------------------------

  /** Runs `body` with names prefixed by `prefix/` (scopes nest). */
  scope<T>(prefix: string, body: () => T): T {
    this.scopes.push(prefix);
    try {
      return body();
    } finally {
      this.scopes.pop();
    }
  }

  /** Declares a graph input. */
  input(name: string, dtype: DType, shape: Dim[]): string {
    this.live();
    this.claim(name);
    this.graph.inputs.push({ name, dtype, shape: [...shape] });
    return name;
  }

  /** Adds a constant (an initializer); default name `<scope>/const_<n>`. */
  constant(t: Tensor, name?: string): string {
    this.live();
    const n = name ? this.claim(this.scoped(name)) : this.fresh('const');
    this.graph.initializers.set(n, t);
    return n;
  }

  /** A float32 (or `dtype`) scalar constant. */
  scalar(value: number, dtype: DType = 'float32', name?: string): string {
    return this.constant(scalarTensor(dtype, value), name);
  }

  /** A 1-D int64 constant (shapes, axes, pads). */
  int64s(values: readonly number[], name?: string): string {
    return this.constant(int64Tensor(values), name);
  }

  /** A 1-D float32 constant. */
  floats(values: readonly number[], name?: string): string {
    return this.constant(tensor('float32', [values.length], Float32Array.from(values)), name);
  }

  /** A constant of random weights from the builder's seeded RNG (default: normal, std 0.1). */
  param(shape: readonly number[], init: RandomInit = { kind: 'normal', std: 0.1 }, name?: string): string {
    return this.constant(randomTensor(this.rng, shape, init), name);
  }

  /** Adds any node (attributes left undefined are omitted); returns its output names. `outputs` is a count or explicit names. */
  op(
    op: string,
    inputs: readonly (string | undefined)[],
    attrs: Record<string, AttrValue | undefined> = {},
    opts: NodeOptions & { outputs?: number | string[]; domain?: string } = {},
  ): string[] {
    return this.addNode(op, inputs, attrs, opts).outputs;
  }

  /** Like `op`, but returns the node it added (as the graph holds it: named, inputs trimmed, attributes cleaned). */
  addNode(
    op: string,
    inputs: readonly (string | undefined)[],
    attrs: Record<string, AttrValue | undefined> = {},
    opts: NodeOptions & { outputs?: number | string[]; domain?: string } = {},
  ): Node {
    this.live();
    const node: Node = { name: '', op, inputs: trimInputs(inputs.map((i) => i ?? '')), outputs: [], attrs: {} };
    for (const [k, v] of Object.entries(attrs)) if (v !== undefined) node.attrs[k] = v;
    if (opts.domain) {
      node.domain = opts.domain;
      if (this.graph.opsets[opts.domain] === undefined) this.graph.opsets[opts.domain] = 1;
    }
    node.name = opts.name ? this.claim(this.scoped(opts.name)) : this.fresh(op);
    const outs = opts.outputs ?? 1;
    if (Array.isArray(outs)) node.outputs = outs.map((o) => (o ? this.claim(this.scoped(o)) : ''));
    else if (outs === 1) node.outputs = [node.name];
    else node.outputs = Array.from({ length: outs }, (_, i) => this.claim(`${node.name}:${i}`));
    for (const i of node.inputs) if (i && !this.taken.has(i)) throw new GraphBuilderError(`${op}: unknown input "${i}"`);
    this.graph.nodes.push(node);
    return node;
  }

  /**
   * Marks a value as a graph output, optionally under another name (through an Identity node).
   * Its type comes from shape inference at build; `dtype`/`shape` declare it for graphs built
   * without inference (default float32, unknown shape).
   */
  output(value: string, opts: { name?: string; dtype?: DType; shape?: Dim[] } = {}): string {
    this.live();
    if (!this.taken.has(value)) throw new GraphBuilderError(`output: unknown value "${value}"`);
    const v = opts.name && opts.name !== value ? this.op('Identity', [value], {}, { outputs: [opts.name] })[0]! : value;
    if (this.graph.outputs.some((o) => o.name === v)) throw new GraphBuilderError(`output: "${v}" is already an output`);
    const known = this.graph.typeOf(v);
    const dtype = opts.dtype ?? known?.dtype ?? 'float32';
    const shape = opts.shape ?? known?.shape;
    this.graph.outputs.push(shape ? { name: v, dtype, shape: [...shape] } : { name: v, dtype });
    return v;
  }

  /**
   * Finishes the graph: validates it and infers every value's type (strict: each op must be in
   * the registry). The builder cannot be used afterwards.
   */
  build(opts: { infer?: boolean } = {}): Graph {
    this.live();
    if (this.graph.outputs.length === 0) throw new GraphBuilderError(`graph "${this.graph.name}" has no outputs`);
    this.built = true;
    validate(this.graph);
    if (opts.infer ?? true) inferShapes(this.graph, { strict: true });
    return this.graph;
  }

  // ----- neural-network ops -----------------------------------------------------------------

  /** Conv (2-D or N-D): x [N, C, ...], w [M, C/group, k...], optional bias [M]. */
  conv2d(x: string, w: string, bias?: string, o: ConvOptions = {}): string {
    return this.one('Conv', [x, w, bias], this.convAttrs(w, o), o);
  }

  /** MatMul (numpy semantics). */
  matmul(a: string, b: string, o?: NodeOptions): string {
    return this.one('MatMul', [a, b], {}, o);
  }

  /** Gemm: alpha * A' * B' + beta * C. */
  gemm(a: string, b: string, c?: string, o: GemmOptions = {}): string {
    return this.one(
      'Gemm',
      [a, b, c],
      {
        alpha: o.alpha,
        beta: o.beta,
        transA: o.transA === undefined ? undefined : Number(o.transA),
        transB: o.transB === undefined ? undefined : Number(o.transB),
      },
      o,
    );
  }

  /** A fully connected layer as torch exports it: Gemm(x, W, b, transB=1) with W [out, in]. */
  linear(x: string, w: string, b?: string, o?: NodeOptions): string {
    return this.gemm(x, w, b, { ...o, transB: true });
  }

  add(a: string, b: string, o?: NodeOptions): string {
    return this.one('Add', [a, b], {}, o);
  }
  sub(a: string, b: string, o?: NodeOptions): string {
    return this.one('Sub', [a, b], {}, o);
  }
  mul(a: string, b: string, o?: NodeOptions): string {
    return this.one('Mul', [a, b], {}, o);
  }
  div(a: string, b: string, o?: NodeOptions): string {
    return this.one('Div', [a, b], {}, o);
  }
  pow(a: string, b: string, o?: NodeOptions): string {
    return this.one('Pow', [a, b], {}, o);
  }
  sqrt(x: string, o?: NodeOptions): string {
    return this.one('Sqrt', [x], {}, o);
  }
  erf(x: string, o?: NodeOptions): string {
    return this.one('Erf', [x], {}, o);
  }
  relu(x: string, o?: NodeOptions): string {
    return this.one('Relu', [x], {}, o);
  }
  sigmoid(x: string, o?: NodeOptions): string {
    return this.one('Sigmoid', [x], {}, o);
  }
  tanh(x: string, o?: NodeOptions): string {
    return this.one('Tanh', [x], {}, o);
  }
  leakyRelu(x: string, alpha = 0.01, o?: NodeOptions): string {
    return this.one('LeakyRelu', [x], { alpha }, o);
  }
  identity(x: string, o?: NodeOptions): string {
    return this.one('Identity', [x], {}, o);
  }

  /** Clip to [min, max] (either bound optional), with float32 scalar bounds. */
  clip(x: string, min?: number, max?: number, o?: NodeOptions): string {
    const lo = min === undefined ? undefined : this.scalar(min);
    const hi = max === undefined ? undefined : this.scalar(max);
    return this.one('Clip', [x, lo, hi], {}, o);
  }

  /** ReLU6 as torch exports it: Clip(x, 0, 6). */
  relu6(x: string, o?: NodeOptions): string {
    return this.clip(x, 0, 6, o);
  }

  /** Gelu (opset 20): exact (erf) or tanh approximation. */
  gelu(x: string, o: NodeOptions & { approximate?: 'none' | 'tanh' } = {}): string {
    return this.one('Gelu', [x], { approximate: o.approximate }, o);
  }

  softmax(x: string, axis = -1, o?: NodeOptions): string {
    return this.one('Softmax', [x], { axis }, o);
  }
  logSoftmax(x: string, axis = -1, o?: NodeOptions): string {
    return this.one('LogSoftmax', [x], { axis }, o);
  }

  maxPool(x: string, o: PoolOptions): string {
    return this.one('MaxPool', [x], this.poolAttrs(o), o);
  }
  avgPool(x: string, o: PoolOptions): string {
    return this.one(
      'AveragePool',
      [x],
      {
        ...this.poolAttrs(o),
        count_include_pad: o.countIncludePad === undefined ? undefined : Number(o.countIncludePad),
      },
      o,
    );
  }
  globalAvgPool(x: string, o?: NodeOptions): string {
    return this.one('GlobalAveragePool', [x], {}, o);
  }
  globalMaxPool(x: string, o?: NodeOptions): string {
    return this.one('GlobalMaxPool', [x], {}, o);
  }

  /** BatchNormalization (inference): scale, bias, mean, var are per-channel. */
  batchNorm(x: string, scale: string, bias: string, mean: string, variance: string, o: NodeOptions & { epsilon?: number } = {}): string {
    return this.one('BatchNormalization', [x, scale, bias, mean, variance], { epsilon: o.epsilon }, o);
  }

  /** LayerNormalization (opset 17) over the axes from `axis` on. */
  layerNorm(x: string, scale: string, bias?: string, o: NodeOptions & { axis?: number; epsilon?: number } = {}): string {
    return this.one('LayerNormalization', [x, scale, bias], { axis: o.axis, epsilon: o.epsilon }, o);
  }

  /** Reshape to a constant target (0 copies a dim, -1 infers one) or to a shape value. */
  reshape(x: string, shape: readonly number[] | string, o?: NodeOptions): string {
    const target = typeof shape === 'string' ? shape : this.int64s(shape);
    return this.one('Reshape', [x, target], {}, o);
  }
  flatten(x: string, axis = 1, o?: NodeOptions): string {
    return this.one('Flatten', [x], { axis }, o);
  }
  transpose(x: string, perm?: number[], o?: NodeOptions): string {
    return this.one('Transpose', [x], { perm }, o);
  }
  concat(xs: readonly string[], axis: number, o?: NodeOptions): string {
    return this.one('Concat', xs, { axis }, o);
  }
  /** Split into parts of the given sizes along `axis`. */
  split(x: string, sizes: readonly number[], axis = 0, o?: NodeOptions): string[] {
    return this.op('Split', [x, this.int64s(sizes)], { axis }, { ...o, outputs: sizes.length });
  }
  slice(x: string, starts: number[], ends: number[], axes?: number[], steps?: number[], o?: NodeOptions): string {
    return this.one(
      'Slice',
      [x, this.int64s(starts), this.int64s(ends), axes ? this.int64s(axes) : undefined, steps ? this.int64s(steps) : undefined],
      {},
      o,
    );
  }
  squeeze(x: string, axes?: number[], o?: NodeOptions): string {
    return this.one('Squeeze', [x, axes ? this.int64s(axes) : undefined], {}, o);
  }
  unsqueeze(x: string, axes: number[], o?: NodeOptions): string {
    return this.one('Unsqueeze', [x, this.int64s(axes)], {}, o);
  }
  gather(x: string, indices: string, axis = 0, o?: NodeOptions): string {
    return this.one('Gather', [x, indices], { axis }, o);
  }
  reduceMean(x: string, axes?: number[], keepdims = true, o?: NodeOptions): string {
    return this.one('ReduceMean', [x, axes ? this.int64s(axes) : undefined], { keepdims: Number(keepdims) }, o);
  }
  /** Pad with ONNX-ordered pads ([x1_begin, x2_begin, ..., x1_end, ...]). */
  pad(x: string, pads: number[], o: NodeOptions & { mode?: 'constant' | 'reflect' | 'edge' | 'wrap'; value?: number } = {}): string {
    const value = o.value === undefined ? undefined : this.scalar(o.value);
    return this.one('Pad', [x, this.int64s(pads), value], { mode: o.mode }, o);
  }
  cast(x: string, to: DType, o?: NodeOptions): string {
    return this.one('Cast', [x], { to: ONNX_DTYPE[to] }, o);
  }
  shape(x: string, o?: NodeOptions): string {
    return this.one('Shape', [x], {}, o);
  }
  where(cond: string, a: string, b: string, o?: NodeOptions): string {
    return this.one('Where', [cond, a, b], {}, o);
  }
  expand(x: string, shape: readonly number[] | string, o?: NodeOptions): string {
    return this.one('Expand', [x, typeof shape === 'string' ? shape : this.int64s(shape)], {}, o);
  }

  /** LSTM: x [seq, batch, in] (layout 0); W [dirs, 4h, in]; R [dirs, 4h, h]. Returns [Y, Y_h, Y_c]. */
  lstm(x: string, w: string, r: string, o: LstmOptions): [string, string, string] {
    const outs = this.op(
      'LSTM',
      [x, w, r, o.bias, o.sequenceLens, o.initialH, o.initialC],
      { hidden_size: o.hiddenSize, direction: o.direction, layout: o.layout },
      { ...o, outputs: 3 },
    );
    return [outs[0]!, outs[1]!, outs[2]!];
  }

  // ----- quantized ops (what the runtime exports) ------------------------------------------------

  quantizeLinear(x: string, scale: string, zeroPoint?: string, o: NodeOptions & { axis?: number } = {}): string {
    return this.one('QuantizeLinear', [x, scale, zeroPoint], { axis: o.axis }, o);
  }
  dequantizeLinear(x: string, scale: string, zeroPoint?: string, o: NodeOptions & { axis?: number } = {}): string {
    return this.one('DequantizeLinear', [x, scale, zeroPoint], { axis: o.axis }, o);
  }
  /** QLinearConv(x, x_scale, x_zp, w, w_scale, w_zp, y_scale, y_zp, bias?) with Conv attributes. */
  qlinearConv(
    q: {
      x: string;
      xScale: string;
      xZeroPoint: string;
      w: string;
      wScale: string;
      wZeroPoint: string;
      yScale: string;
      yZeroPoint: string;
      bias?: string;
    },
    o: ConvOptions = {},
  ): string {
    return this.one(
      'QLinearConv',
      [q.x, q.xScale, q.xZeroPoint, q.w, q.wScale, q.wZeroPoint, q.yScale, q.yZeroPoint, q.bias],
      this.convAttrs(q.w, o),
      o,
    );
  }
  /** QLinearMatMul(a, a_scale, a_zp, b, b_scale, b_zp, y_scale, y_zp). */
  qlinearMatMul(
    q: { a: string; aScale: string; aZeroPoint: string; b: string; bScale: string; bZeroPoint: string; yScale: string; yZeroPoint: string },
    o?: NodeOptions,
  ): string {
    return this.one('QLinearMatMul', [q.a, q.aScale, q.aZeroPoint, q.b, q.bScale, q.bZeroPoint, q.yScale, q.yZeroPoint], {}, o);
  }
  /** MatMulInteger(a, b, a_zp?, b_zp?) -> int32. */
  matMulInteger(a: string, b: string, aZeroPoint?: string, bZeroPoint?: string, o?: NodeOptions): string {
    return this.one('MatMulInteger', [a, b, aZeroPoint, bZeroPoint], {}, o);
  }
  /** ConvInteger(x, w, x_zp?, w_zp?) -> int32, with Conv attributes. */
  convInteger(x: string, w: string, xZeroPoint?: string, wZeroPoint?: string, o: ConvOptions = {}): string {
    return this.one('ConvInteger', [x, w, xZeroPoint, wZeroPoint], this.convAttrs(w, o), o);
  }

  // ----- internals -----------------------------------------------------------------------------

  private one(op: string, inputs: readonly (string | undefined)[], attrs: Record<string, AttrValue | undefined>, o?: NodeOptions): string {
    return this.op(op, inputs, attrs, o)[0]!;
  }

  /** Conv / QLinearConv / ConvInteger attributes; kernel_shape comes from the weight when it is a constant. */
  private convAttrs(w: string, o: ConvOptions): Record<string, AttrValue | undefined> {
    const wt = this.graph.initializers.get(w);
    return {
      kernel_shape: wt ? wt.shape.slice(2) : undefined,
      strides: o.strides,
      pads: expandPads(o.pads, wt ? wt.shape.length - 2 : 2),
      dilations: o.dilations,
      group: o.group,
      auto_pad: o.autoPad,
    };
  }

  private poolAttrs(o: PoolOptions): Record<string, AttrValue | undefined> {
    return {
      kernel_shape: o.kernelShape,
      strides: o.strides,
      pads: expandPads(o.pads, o.kernelShape.length),
      ceil_mode: o.ceilMode === undefined ? undefined : Number(o.ceilMode),
    };
  }

  private live(): void {
    if (this.built) throw new GraphBuilderError(`graph "${this.graph.name}" was already built`);
  }

  private scoped(name: string): string {
    return this.scopes.length > 0 ? `${this.scopes.join('/')}/${name}` : name;
  }

  private claim(name: string): string {
    if (this.taken.has(name)) throw new GraphBuilderError(`name "${name}" is already used in graph "${this.graph.name}"`);
    this.taken.add(name);
    return name;
  }

  private fresh(base: string): string {
    const key = this.scoped(base);
    let n = this.counters.get(key) ?? 0;
    while (this.taken.has(`${key}_${n}`)) n++;
    this.counters.set(key, n + 1);
    return this.claim(`${key}_${n}`);
  }
}

function expandPads(pads: number[] | number | undefined, spatial: number): number[] | undefined {
  if (pads === undefined) return undefined;
  return typeof pads === 'number' ? new Array<number>(2 * spatial).fill(pads) : pads;
}
