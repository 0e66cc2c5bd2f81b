// Layers: the units the compiler places and lowers. A layer is what the TPU could run as one unit —
// a convolution or dense layer with its batch-norm, bias and activation folded in, a pooling, a
// residual add, a channel concat, a layout-only view — or a single graph node that only a fallback
// device can run (with the reason the TPU gave). Every layer remembers the original nodes it
// stands for, so a fallback device can always run it with the float32 reference kernels. The
// layers of a graph are built by compile/layers.ts with the TPU emitters' recognisers (lower/).
import { type Graph, type Node, type Tensor, nodeMacs, sizeOf } from '../graph/index.js';
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

/**
 * Convolution: weights [M, C/groups, kh, kw] in float (may be the graph's own tensor data: do not
 * modify), bias [M] (zeros when absent) with a following batch-norm folded in; the batch-norm's
 * scale is multiplied into the weights only while quantizing (`weightScale`), so a compiled model
 * holds no folded float32 copy of them.
 */
export interface ConvLayer extends LayerBase {
  kind: 'conv';
  weight: Float32Array;
  /** Per-output-channel factor of a folded batch-norm (`key` names it for caches). */
  weightScale?: { scale: Float32Array; key: string };
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
  /** A Gather of one index along the first axis: the output is `rows` rows of the input from row `start` (per channel block). */
  rowSlice?: { start: number; rows: number };
}

/** Element-wise work on the vector unit (docs/vector-unit.md §8; lowered by lower/vector.ts). */
export interface VectorLayer extends LayerBase {
  kind: 'vector';
  /** 'lookup': one table computing the layer's nodes (a single-input chain); a binary op; 'rows': a concat along the first axis (a requantizing lookup per input). */
  vop: 'lookup' | 'add' | 'sub' | 'mul' | 'div' | 'max' | 'min' | 'rows';
  /** Binary op with a constant second operand: its float32 value per channel. */
  constB?: Float32Array;
  /** What the layer needs of the vector unit: classes, and for a lookup the functions its table holds. */
  needs: { cls: 'arith' | 'divide' | 'minmax' | 'lookup'; fn?: string }[];
  /** Why the TPU's other recognisers refused the node (the reason on a config without a vector unit). */
  otherwise?: string;
}

/**
 * A group operation of the vector unit (runtime/lower/reduce.ts): ReduceSum/ReduceMean/ReduceMax
 * over the channels (one value per pixel) or over the rows of each image (one value per channel),
 * Softmax along the channels, LayerNormalization (or its decomposed form) along the channels.
 */
export interface ReduceLayer extends LayerBase {
  kind: 'reduce';
  mode: 'sum' | 'mean' | 'max' | 'softmax' | 'norm';
  over: 'channels' | 'rows';
  /** norm: per-channel scale and bias (float), epsilon. */
  gamma?: Float32Array;
  beta?: Float32Array;
  epsilon?: number;
  /**
   * softmax: the additive mask fused into it (an Add of a constant of 0 and -inf before the
   * Softmax): `patterns` rows of `channels` bytes, 1 = the element takes part, 0 = -inf; group g
   * (pixel g in frame order) uses row g mod patterns. `constant` is the mask's initializer.
   */
  mask?: { bytes: Uint8Array; patterns: number; constant: string };
}

/**
 * Data movement in the UB by the vector unit (lower/movement.ts): Slice, Split output, Concat on
 * any axis, Pad, Transpose, Reshapes that move data, channel shuffle (a Reshape → Transpose →
 * Reshape chain as one layer). `nodes` are pure index permutations of `inputs`.
 */
export interface MoveLayer extends LayerBase {
  kind: 'move';
}

/** Gather of rows of a constant embedding table [rows, features] by indices from the host (lower/movement.ts). */
export interface GatherLayer extends LayerBase {
  kind: 'gather';
  /** The float table, row-major [rows][features] (the graph's own data: do not modify). */
  table: Float32Array;
  rows: number;
  features: number;
}

/**
 * MatMul of two activations (attention's Q·Kᵀ and P·V): a[..., M, K] · b[..., K, N], the leading
 * dims a batch of independent products (`sharedB`: b is one [K, N] matrix for all of them). On the
 * TPU, b enters the matrix unit as weights through the Unified Buffer → weight FIFO path.
 */
export interface ActMatMulLayer extends LayerBase {
  kind: 'actmatmul';
  batch: number;
  M: number;
  K: number;
  N: number;
  sharedB: boolean;
}

/** Any other node: runs on a fallback device. */
export interface NodeLayer extends LayerBase {
  kind: 'node';
  /** Why the TPU emitter that recognises this op did not make a layer of it (unset: no emitter handles the op). */
  refusal?: string;
}

export type Layer =
  | ConvLayer
  | DenseLayer
  | PoolLayer
  | AddLayer
  | ConcatLayer
  | ViewLayer
  | ReduceLayer
  | VectorLayer
  | MoveLayer
  | GatherLayer
  | ActMatMulLayer
  | NodeLayer;

/** Shape of a value, all dims known (throws a CompileError naming the value otherwise). */
export function shapeOf(graph: Graph, name: string): number[] {
  const t = graph.typeOf(name);
  if (!t?.shape || t.shape.some((d) => typeof d !== 'number')) {
    throw new CompileError(
      `the shape of "${name}" is not known after shape inference (${t?.shape ? `[${t.shape.join(', ')}]` : 'no shape'}); give --batch or export the model with static shapes`,
    );
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

/** The float32 data of a float constant (float64 converted). */
export function floatData(t: Tensor): Float32Array {
  if (t.dtype === 'float32' || t.dtype === 'float16') return t.data as Float32Array;
  if (t.dtype === 'float64') return Float32Array.from(t.data as Float64Array);
  throw new CompileError(`expected a float tensor, got ${t.dtype}`);
}

/** An integer-list attribute, or `fallback` when absent. */
export function ints(v: unknown, fallback: number[]): number[] {
  return Array.isArray(v) ? (v as number[]) : fallback;
}

/** Multiply-accumulates of a layer (0 for layers without arithmetic on the matrix unit). */
export function layerMacs(graph: Graph, layer: Layer): number {
  if (layer.kind === 'conv') {
    const out = shapeOf(graph, layer.output);
    const [, Cg, kh, kw] = layer.weightShape;
    return out[0]! * out[1]! * out[2]! * out[3]! * Cg * kh * kw;
  }
  if (layer.kind === 'dense') {
    const rows = shapeOf(graph, layer.inputs[0]!)
      .slice(0, -1)
      .reduce((a, b) => a * b, 1);
    return rows * layer.K * layer.N;
  }
  if (layer.kind === 'actmatmul') return layer.batch * layer.M * layer.K * layer.N;
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
