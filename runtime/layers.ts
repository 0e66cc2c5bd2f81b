// The compiler's front end: turns a (normalised, shape-inferred) graph into a list of layers in
// topological order. A layer is what the TPU could run as one unit — a convolution or dense layer
// with its batch-norm, bias and activation folded in, a pooling, a residual add, a channel
// concat, a layout-only view — or a single graph node that only a fallback device can run.
// Every layer remembers the original nodes it stands for, so a fallback device can always run it
// with the float32 reference kernels, whatever device the placement chooses.
import { type Graph, type Node, type Tensor, nodeMacs, sizeOf, topoOrder } from '../graph/index.js';
import { CompileError } from './errors.js';

/** Activation functions the activation unit applies after requantization. */
export type Activation = 'identity' | 'relu' | 'relu6' | 'sigmoid' | 'tanh';

/** Common fields of every layer. */
interface LayerBase {
  /** Layer name: the name of its main graph node. */
  name: string;
  /** ONNX op of the main node (Conv, Gemm, MaxPool, Add, ...). */
  op: string;
  /** Original graph nodes this layer stands for, in order. */
  nodes: Node[];
  /** Activation inputs (graph values). */
  inputs: string[];
  /** Output value. */
  output: string;
}

/** Convolution: weights [M, C/groups, kh, kw] in float (may be the graph's own tensor data: do not modify), bias [M] (zeros when absent), batch-norm folded in. */
export interface ConvLayer extends LayerBase {
  kind: 'conv';
  weight: Float32Array;
  /** [M, C/groups, kh, kw] */
  weightShape: [number, number, number, number];
  bias: Float32Array;
  strides: [number, number];
  /** [top, left, bottom, right] */
  pads: [number, number, number, number];
  dilations: [number, number];
  groups: number;
  act: Activation;
}

/** Dense: y[..., N] = x[..., K] · W[K, N] + bias[N] (weight may be the graph's own tensor data: do not modify). */
export interface DenseLayer extends LayerBase {
  kind: 'dense';
  /** W row-major: [N][K] when `outputMajor` (Gemm with transB=1, the layout quantization and tiles use), else [K][N]. */
  weight: Float32Array;
  outputMajor: boolean;
  K: number;
  N: number;
  bias: Float32Array;
  act: Activation;
}

/** Max or average pooling over NCHW (global pooling has the whole image as its window). */
export interface PoolLayer extends LayerBase {
  kind: 'pool';
  mode: 'max' | 'avg';
  kernel: [number, number];
  strides: [number, number];
  /** [top, left, bottom, right] */
  pads: [number, number, number, number];
  global: boolean;
}

/** Element-wise sum of two activations of the same shape (a residual connection). */
export interface AddLayer extends LayerBase {
  kind: 'add';
  act: Activation;
}

/** Concatenation along the channel axis (1 for NCHW, the last axis for [rows, features]). */
export interface ConcatLayer extends LayerBase {
  kind: 'concat';
}

/** A layout-only reshape the TPU gets for free (Flatten of NCHW, or merging/splitting leading dims). */
export interface ViewLayer extends LayerBase {
  kind: 'view';
}

/** Any other node: runs on a fallback device. */
export interface NodeLayer extends LayerBase {
  kind: 'node';
}

export type Layer = ConvLayer | DenseLayer | PoolLayer | AddLayer | ConcatLayer | ViewLayer | NodeLayer;

/** Shape of a value, all dims known (throws a CompileError naming the value otherwise). */
export function shapeOf(graph: Graph, name: string): number[] {
  const t = graph.typeOf(name);
  if (!t?.shape || t.shape.some((d) => typeof d !== 'number')) {
    throw new CompileError(`the shape of "${name}" is not known after shape inference (${t?.shape ? `[${t.shape.join(', ')}]` : 'no shape'}); give --batch or export the model with static shapes`);
  }
  return t.shape as number[];
}

/** Elements of a value, 0 when its shape is not known (for cost estimates). */
export function knownSize(graph: Graph, name: string): number {
  try {
    return sizeOf(shapeOf(graph, name));
  } catch {
    return 0;
  }
}

const floatData = (t: Tensor): Float32Array => {
  if (t.dtype === 'float32' || t.dtype === 'float16') return t.data as Float32Array;
  if (t.dtype === 'float64') return Float32Array.from(t.data as Float64Array);
  throw new CompileError(`expected a float tensor, got ${t.dtype}`);
};

const ints = (v: unknown, fallback: number[]): number[] => (Array.isArray(v) ? (v as number[]) : fallback);

/** Builds the layer list of a graph whose shapes are all known. */
export function buildLayers(graph: Graph): Layer[] {
  const order = topoOrder(graph);
  const consumers = graph.consumers();
  const outputs = new Set(graph.outputs.map((o) => o.name));
  const used = new Set<Node>();
  const layers: Layer[] = [];
  const constant = (name: string | undefined): Tensor | undefined => (name ? graph.initializers.get(name) : undefined);
  /** The single consumer of a value, when it has exactly one and is not a graph output. */
  const soleConsumer = (value: string): Node | undefined => {
    const cs = consumers.get(value);
    if (!cs || cs.length !== 1 || outputs.has(value)) return undefined;
    return used.has(cs[0]!) ? undefined : cs[0];
  };

  /** Follows an optional activation after `value`; returns the activation, its node and the new output. */
  const takeActivation = (value: string): { act: Activation; node?: Node; output: string } => {
    const next = soleConsumer(value);
    if (!next) return { act: 'identity', output: value };
    if (next.op === 'Relu') return { act: 'relu', node: next, output: next.outputs[0]! };
    if (next.op === 'Sigmoid') return { act: 'sigmoid', node: next, output: next.outputs[0]! };
    if (next.op === 'Tanh') return { act: 'tanh', node: next, output: next.outputs[0]! };
    if (next.op === 'Clip') {
      const lo = constant(next.inputs[1]);
      const hi = constant(next.inputs[2]);
      const loV = lo ? Number(floatData(lo)[0]) : -Infinity;
      const hiV = hi ? Number(floatData(hi)[0]) : Infinity;
      if (loV === 0 && hiV === 6) return { act: 'relu6', node: next, output: next.outputs[0]! };
      if (loV === 0 && hiV === Infinity) return { act: 'relu', node: next, output: next.outputs[0]! };
    }
    return { act: 'identity', output: value };
  };

  /** An inference BatchNormalization with constant parameters as y = x * scale + shift per channel. */
  const bnScaleShift = (bn: Node, channels: number): { scale: Float32Array; shift: Float32Array } | undefined => {
    const [gamma, beta, mean, variance] = [1, 2, 3, 4].map((i) => constant(bn.inputs[i]));
    if (!gamma || !beta || !mean || !variance) return undefined;
    const eps = typeof bn.attrs.epsilon === 'number' ? bn.attrs.epsilon : 1e-5;
    const g = floatData(gamma), b = floatData(beta), m = floatData(mean), v = floatData(variance);
    const scale = new Float32Array(channels);
    const shift = new Float32Array(channels);
    for (let c = 0; c < channels; c++) {
      const s = g[c]! / Math.sqrt(v[c]! + eps);
      scale[c] = s;
      shift[c] = b[c]! - m[c]! * s;
    }
    return { scale, shift };
  };

  /** Folds a following BatchNormalization (inference) into per-output-channel weight scale and bias. */
  const takeBatchNorm = (value: string, channels: number): { scale: Float32Array; shift: Float32Array; node: Node; output: string } | undefined => {
    const next = soleConsumer(value);
    if (!next || next.op !== 'BatchNormalization' || next.outputs.filter((o) => o).length !== 1) return undefined;
    if (constant(next.inputs[1])?.data.length !== channels) return undefined;
    const bn = bnScaleShift(next, channels);
    return bn && { ...bn, node: next, output: next.outputs[0]! };
  };

  for (const node of order) {
    if (used.has(node)) continue;
    used.add(node);
    const nodes = [node];
    const base = { name: node.name, op: node.op, nodes };
    const layer = matchLayer(node) ?? { ...base, kind: 'node' as const, inputs: node.inputs.filter((i) => i && !graph.initializers.has(i)), output: node.outputs[0] ?? '' };
    layers.push(layer);

    function matchLayer(n: Node): Layer | undefined {
      switch (n.op) {
        case 'Conv':
          return matchConv(n);
        case 'Gemm':
        case 'MatMul':
          return matchDense(n);
        case 'MaxPool':
        case 'AveragePool':
        case 'GlobalAveragePool':
        case 'GlobalMaxPool':
          return matchPool(n);
        case 'Add':
          return matchAdd(n);
        case 'Concat':
          return matchConcat(n);
        case 'Flatten':
        case 'Reshape':
          return matchView(n);
        case 'BatchNormalization':
          return matchStandaloneBatchNorm(n);
      }
      return undefined;
    }

    function finishActivation(output: string): { act: Activation; output: string } {
      const a = takeActivation(output);
      if (a.node) {
        used.add(a.node);
        nodes.push(a.node);
      }
      return { act: a.act, output: a.output };
    }

    function matchConv(n: Node): ConvLayer | undefined {
      const w = constant(n.inputs[1]);
      if (!w || w.shape.length !== 4 || n.inputs[0] === undefined || graph.initializers.has(n.inputs[0])) return undefined;
      if (shapeOf(graph, n.inputs[0]).length !== 4) return undefined;
      if (n.attrs.auto_pad !== undefined && n.attrs.auto_pad !== 'NOTSET') return undefined;
      const b = constant(n.inputs[2]);
      const [M, Cg, kh, kw] = w.shape as [number, number, number, number];
      // the graph's own weights unless batch-norm folding changes them (layers sharing one weight
      // tensor then share its quantization and tiles)
      let weight = floatData(w);
      const bias = b ? Float32Array.from(floatData(b)) : new Float32Array(M);
      let output = n.outputs[0]!;
      const bn = takeBatchNorm(output, M);
      if (bn) {
        weight = Float32Array.from(weight);
        used.add(bn.node);
        nodes.push(bn.node);
        const per = Cg * kh * kw;
        for (let m = 0; m < M; m++) {
          for (let i = 0; i < per; i++) weight[m * per + i]! *= bn.scale[m]!;
          bias[m] = bias[m]! * bn.scale[m]! + bn.shift[m]!;
        }
        output = bn.output;
      }
      const p = ints(n.attrs.pads, [0, 0, 0, 0]);
      const a = finishActivation(output);
      return {
        kind: 'conv',
        name: n.name,
        op: 'Conv',
        nodes,
        inputs: [n.inputs[0]],
        output: a.output,
        weight,
        weightShape: [M, Cg, kh, kw],
        bias,
        strides: ints(n.attrs.strides, [1, 1]) as [number, number],
        pads: [p[0]!, p[1]!, p[2]!, p[3]!],
        dilations: ints(n.attrs.dilations, [1, 1]) as [number, number],
        groups: typeof n.attrs.group === 'number' ? n.attrs.group : 1,
        act: a.act,
      };
    }

    function matchDense(n: Node): DenseLayer | undefined {
      const x = n.inputs[0]!;
      if (graph.initializers.has(x)) return undefined;
      const w = constant(n.inputs[1]);
      if (!w || w.shape.length !== 2) return undefined;
      const xShape = shapeOf(graph, x);
      let K: number, N: number;
      let weight: Float32Array;
      let outputMajor = false;
      let bias: Float32Array;
      let output = n.outputs[0]!;
      if (n.op === 'Gemm') {
        const alpha = typeof n.attrs.alpha === 'number' ? n.attrs.alpha : 1;
        const beta = typeof n.attrs.beta === 'number' ? n.attrs.beta : 1;
        if (n.attrs.transA === 1 || xShape.length !== 2) return undefined;
        const wd = floatData(w);
        outputMajor = n.attrs.transB === 1;
        [K, N] = (outputMajor ? [w.shape[1], w.shape[0]] : w.shape) as [number, number];
        weight = alpha === 1 ? wd : Float32Array.from(wd, (v) => v * alpha);
        const c = n.inputs[2] ? constant(n.inputs[2]) : undefined;
        if (n.inputs[2] && !c) return undefined;
        bias = new Float32Array(N);
        if (c) {
          const cd = floatData(c);
          if (cd.length === N) for (let j = 0; j < N; j++) bias[j] = cd[j]! * beta;
          else if (cd.length === 1) bias.fill(cd[0]! * beta);
          else return undefined;
        }
      } else {
        if (xShape.length < 2) return undefined;
        [K, N] = w.shape as [number, number];
        weight = floatData(w);
        bias = new Float32Array(N);
        // MatMul followed by Add of a constant [N] vector is a linear layer with bias
        const next = soleConsumer(output);
        if (next && next.op === 'Add') {
          const other = next.inputs[0] === output ? next.inputs[1] : next.inputs[0];
          const c = constant(other);
          if (c && c.data.length === N && (c.shape.length === 1 || c.shape.slice(0, -1).every((d) => d === 1))) {
            bias.set(floatData(c));
            used.add(next);
            nodes.push(next);
            output = next.outputs[0]!;
          }
        }
      }
      if (xShape[xShape.length - 1] !== K) return undefined;
      const a = finishActivation(output);
      return { kind: 'dense', name: n.name, op: n.op, nodes, inputs: [x], output: a.output, weight, outputMajor, K, N, bias, act: a.act };
    }

    function matchPool(n: Node): PoolLayer | ConvLayer | undefined {
      const x = n.inputs[0]!;
      const shape = shapeOf(graph, x);
      if (shape.length !== 4) return undefined;
      const global = n.op.startsWith('Global');
      const mode = n.op === 'MaxPool' || n.op === 'GlobalMaxPool' ? 'max' : 'avg';
      if (n.outputs.filter((o) => o).length !== 1) return undefined; // MaxPool's Indices output
      if (n.attrs.auto_pad !== undefined && n.attrs.auto_pad !== 'NOTSET') return undefined;
      if (Array.isArray(n.attrs.dilations) && (n.attrs.dilations as number[]).some((d) => d !== 1)) return undefined;
      if (n.attrs.count_include_pad === 1) return undefined; // the activation unit averages over the inside of the image only
      const kernel = global ? [shape[2]!, shape[3]!] : ints(n.attrs.kernel_shape, []);
      if (kernel.length !== 2) return undefined;
      const p = global ? [0, 0, 0, 0] : ints(n.attrs.pads, [0, 0, 0, 0]);
      if (mode === 'avg' && p.every((v) => v === 0) && n.attrs.ceil_mode !== 1) {
        // An average without padding is a depthwise convolution with a constant window: the sum
        // accumulates exactly in the matrix unit and is requantized once, to the output's own
        // range (pooling in the activation unit would keep the input's range and round twice).
        const C = shape[1]!;
        const [kh, kw] = kernel as [number, number];
        return {
          kind: 'conv', name: n.name, op: n.op, nodes, inputs: [x], output: n.outputs[0]!,
          weight: new Float32Array(C * kh * kw).fill(1 / (kh * kw)), weightShape: [C, 1, kh, kw], bias: new Float32Array(C),
          strides: (global ? [1, 1] : ints(n.attrs.strides, [1, 1])) as [number, number], pads: [0, 0, 0, 0], dilations: [1, 1], groups: C, act: 'identity',
        };
      }
      return {
        kind: 'pool',
        name: n.name,
        op: n.op,
        nodes,
        inputs: [x],
        output: n.outputs[0]!,
        mode,
        kernel: [kernel[0]!, kernel[1]!],
        strides: (global ? [1, 1] : ints(n.attrs.strides, [1, 1])) as [number, number],
        pads: [p[0]!, p[1]!, p[2]!, p[3]!],
        global,
      };
    }

    function matchAdd(n: Node): AddLayer | undefined {
      const [a, b] = n.inputs;
      if (!a || !b || graph.initializers.has(a) || graph.initializers.has(b)) return undefined;
      const sa = shapeOf(graph, a), sb = shapeOf(graph, b);
      if (sa.length !== sb.length || sa.some((d, i) => d !== sb[i])) return undefined;
      const act = finishActivation(n.outputs[0]!);
      return { kind: 'add', name: n.name, op: 'Add', nodes, inputs: [a, b], output: act.output, act: act.act };
    }

    function matchConcat(n: Node): ConcatLayer | undefined {
      if (n.inputs.some((i) => !i || graph.initializers.has(i))) return undefined;
      const rank = shapeOf(graph, n.outputs[0]!).length;
      const axis = typeof n.attrs.axis === 'number' ? (n.attrs.axis < 0 ? n.attrs.axis + rank : n.attrs.axis) : -1;
      const channelAxis = rank === 4 ? 1 : rank - 1;
      if (axis !== channelAxis || rank < 2) return undefined;
      return { kind: 'concat', name: n.name, op: 'Concat', nodes, inputs: [...n.inputs], output: n.outputs[0]!, };
    }

    function matchView(n: Node): ViewLayer | undefined {
      const x = n.inputs[0]!;
      if (graph.initializers.has(x)) return undefined;
      const from = shapeOf(graph, x);
      const to = shapeOf(graph, n.outputs[0]!);
      const base = { kind: 'view' as const, name: n.name, op: n.op, nodes, inputs: [x], output: n.outputs[0]! };
      // NCHW -> [N, C*H*W]: the dense consumer reads the feature order from the frame
      if (from.length === 4 && to.length === 2 && to[0] === from[0] && to[1] === from[1]! * from[2]! * from[3]!) return base;
      // rows x features -> rows' x features with the same feature size: leading dims merge or split
      if (from.length >= 2 && to.length >= 2 && from.length !== 4 && to.length !== 4 && from[from.length - 1] === to[to.length - 1]) return base;
      return undefined;
    }

    function matchStandaloneBatchNorm(n: Node): ConvLayer | undefined {
      const x = n.inputs[0]!;
      const shape = shapeOf(graph, x);
      if (shape.length !== 4 || n.outputs.filter((o) => o).length !== 1) return undefined;
      const C = shape[1]!;
      const bn = bnScaleShift(n, C);
      if (!bn) return undefined;
      const a = finishActivation(n.outputs[0]!);
      return {
        kind: 'conv', name: n.name, op: 'BatchNormalization', nodes, inputs: [x], output: a.output,
        weight: bn.scale, weightShape: [C, 1, 1, 1], bias: bn.shift, strides: [1, 1], pads: [0, 0, 0, 0], dilations: [1, 1], groups: C, act: a.act,
      };
    }
  }
  return layers;
}

/** Multiply-accumulates of a layer (0 for layers without arithmetic on the matrix unit). */
export function layerMacs(graph: Graph, layer: Layer): number {
  if (layer.kind === 'conv') {
    const out = shapeOf(graph, layer.output);
    const [, Cg, kh, kw] = layer.weightShape;
    return out[0]! * out[1]! * out[2]! * out[3]! * Cg * kh * kw;
  }
  if (layer.kind === 'dense') {
    const rows = shapeOf(graph, layer.inputs[0]!).slice(0, -1).reduce((a, b) => a * b, 1);
    return rows * layer.K * layer.N;
  }
  if (layer.kind === 'node') {
    // a plain node on a fallback device (MatMul/Gemm of activations, Conv with non-constant weights, LSTM/GRU/RNN)
    try {
      return nodeMacs(graph, layer.nodes[0]!);
    } catch {
      return 0; // a shape is not known
    }
  }
  return 0;
}
