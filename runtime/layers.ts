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
  /** Why the TPU emitter that recognises this op did not make a layer of it (unset: no emitter handles the op). */
  refusal?: string;
}

export type Layer = ConvLayer | DenseLayer | PoolLayer | AddLayer | ConcatLayer | ViewLayer | NodeLayer;

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
