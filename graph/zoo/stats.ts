// Counting what a graph holds and does: parameters, multiply-accumulates, and layers by the
// TPU v1 paper's kinds (FC / conv / vector / pool, Table 1), so zoo models can be compared
// with the paper's workloads. Shapes must be inferred (builders and importers do).
import { GraphError } from '../errors.js';
import type { Dim, Graph, Node } from '../ir.js';
import { topoOrder } from '../passes.js';
import { sizeOf } from '../tensor.js';

const FLOAT_DTYPES = new Set(['float32', 'float16', 'float64']);

/**
 * Trainable parameters: elements of float initializers of rank >= 1, except BatchNormalization's
 * running mean and variance (buffers, which PyTorch does not count either).
 */
export function countParameters(graph: Graph): number {
  const buffers = new Set<string>();
  for (const n of graph.nodes) if (n.op === 'BatchNormalization') for (const i of n.inputs.slice(3, 5)) buffers.add(i);
  let total = 0;
  for (const [name, t] of graph.initializers) {
    if (FLOAT_DTYPES.has(t.dtype) && t.shape.length > 0 && !buffers.has(name)) total += sizeOf(t.shape);
  }
  return total;
}

/** Multiply-accumulates of the matrix ops (Conv, Gemm, MatMul, LSTM/GRU/RNN gates and their integer forms); elementwise work is not counted. */
export function countMacs(graph: Graph): number {
  let total = 0;
  for (const n of graph.nodes) total += nodeMacs(graph, n);
  return total;
}

/** Multiply-accumulates of one node (0 for ops without a matrix product). */
export function nodeMacs(graph: Graph, node: Node): number {
  const shape = (name: string | undefined) => (name ? knownShape(graph, name, node) : []);
  switch (node.op) {
    case 'Conv':
    case 'ConvInteger':
    case 'QLinearConv': {
      const w = shape(node.inputs[node.op === 'QLinearConv' ? 3 : 1]);
      return sizeOf(shape(node.outputs[0])) * sizeOf(w.slice(1));
    }
    case 'ConvTranspose': {
      const w = shape(node.inputs[1]);
      return sizeOf(shape(node.inputs[0])) * sizeOf(w.slice(1));
    }
    case 'Gemm': {
      const a = shape(node.inputs[0]);
      const k = node.attrs.transA ? a[0]! : a[1]!;
      return sizeOf(shape(node.outputs[0])) * k;
    }
    case 'MatMul':
    case 'MatMulInteger':
    case 'QLinearMatMul': {
      const a = shape(node.inputs[0]);
      return sizeOf(shape(node.outputs[0])) * a[a.length - 1]!;
    }
    case 'LSTM':
    case 'GRU':
    case 'RNN': {
      const x = shape(node.inputs[0]);
      const r = shape(node.inputs[2]);
      const [dirs, gatesTimesHidden, hidden] = r as [number, number, number];
      return x[0]! * x[1]! * dirs * gatesTimesHidden * (x[2]! + hidden);
    }
    default:
      return 0;
  }
}

/** Layers by the TPU v1 paper's kinds (Table 1). */
export interface LayerCensus {
  fc: number;
  conv: number;
  vector: number;
  pool: number;
  total: number;
}

const CONV_OPS = new Set(['Conv', 'ConvTranspose', 'ConvInteger', 'QLinearConv']);
const FC_OPS = new Set(['Gemm', 'MatMul', 'MatMulInteger', 'QLinearMatMul']);
const POOL_OPS = new Set(['MaxPool', 'AveragePool', 'GlobalAveragePool', 'GlobalMaxPool', 'LpPool']);
/** Functions the activation unit applies on the way out of a matrix layer (Table 1's "nonlinearity"). */
const ACTIVATIONS = new Set(['Relu', 'Clip', 'Sigmoid', 'Tanh', 'LeakyRelu', 'HardSigmoid', 'Elu', 'Gelu', 'Softplus']);
/** Data movement and bookkeeping: not layers. */
const MOVEMENT = new Set([
  'Reshape',
  'Flatten',
  'Squeeze',
  'Unsqueeze',
  'Transpose',
  'Concat',
  'Split',
  'Slice',
  'Gather',
  'Identity',
  'Dropout',
  'Shape',
  'Cast',
  'Expand',
  'Constant',
  'QuantizeLinear',
  'DequantizeLinear',
]);

/**
 * Counts layers the way the TPU v1 paper's Table 1 does, as far as it can be reconstructed:
 * - conv: Conv (and its integer forms); FC: Gemm and MatMul (and their integer forms);
 *   pool: max/average pooling, global or not;
 * - an LSTM node is, per direction, 4 FC layers (one per gate: the gate's [x, h] product, with
 *   its sigmoid/tanh applied on the way out) and 2 vector layers (the cell update
 *   c = f*c + i*g and the output h = o*tanh(c)), plus 3 vector layers (the products with c)
 *   when it has peepholes; GRU is 3 FC + 2 vector, RNN 1 FC, per direction;
 * - folded into the layer before it (not counted): a BatchNormalization, a bias Add (one
 *   operand constant) or an activation function applied to the only use of a conv/FC output
 *   (or of one already folded into it), as the TPU's activation unit applies them;
 * - data movement (reshapes, transposes, concatenation, gathers, casts) is not a layer;
 * - everything else is a vector layer (residual Add, Mul, Softmax, LayerNormalization, ...).
 */
export function layerCensus(graph: Graph): LayerCensus {
  const producers = graph.producers();
  const consumers = graph.consumers();
  const folded = new Set<Node>();
  const isLayerOutput = (name: string): boolean => {
    const p = producers.get(name);
    if (!p) return false;
    return CONV_OPS.has(p.op) || FC_OPS.has(p.op) || folded.has(p);
  };
  const onlyUse = (name: string) => (consumers.get(name)?.length ?? 0) === 1;
  const census: LayerCensus = { fc: 0, conv: 0, vector: 0, pool: 0, total: 0 };
  // Nodes in topological order, so a chain conv -> BN -> ReLU folds step by step.
  for (const node of topoOrder(graph)) {
    const x = node.inputs[0] ?? '';
    if (CONV_OPS.has(node.op)) census.conv++;
    else if (FC_OPS.has(node.op)) census.fc++;
    else if (POOL_OPS.has(node.op)) census.pool++;
    else if (node.op === 'LSTM' || node.op === 'GRU' || node.op === 'RNN') {
      const dirs = node.attrs.direction === 'bidirectional' ? 2 : 1;
      const [fc, vector] = node.op === 'LSTM' ? [4, 2 + (node.inputs[7] ? 3 : 0)] : node.op === 'GRU' ? [3, 2] : [1, 0];
      census.fc += dirs * fc;
      census.vector += dirs * vector;
    } else if (MOVEMENT.has(node.op)) continue;
    else if ((node.op === 'BatchNormalization' || ACTIVATIONS.has(node.op)) && isLayerOutput(x) && onlyUse(x)) folded.add(node);
    else if (
      node.op === 'Add' &&
      node.inputs.some((i) => graph.initializers.has(i)) &&
      node.inputs.some((i) => isLayerOutput(i) && onlyUse(i))
    ) {
      folded.add(node);
    } else census.vector++;
  }
  census.total = census.fc + census.conv + census.vector + census.pool;
  return census;
}

function knownShape(graph: Graph, name: string, node: Node): number[] {
  const shape: Dim[] | undefined = graph.typeOf(name)?.shape;
  if (!shape || shape.some((d) => typeof d !== 'number')) {
    throw new GraphError(
      `cannot count MACs of node "${node.name}" (${node.op}): the shape of "${name}" is ${shape ? `[${shape.join(', ')}]` : 'unknown'}; bind the inputs and infer shapes first`,
    );
  }
  return shape as number[];
}
