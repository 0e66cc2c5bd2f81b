// Exports a compiled TPU segment as a quantized ONNX graph (QLinearConv, Clip, MaxPool and
// integer-exact average pooling on uint8) that computes, in onnxruntime, exactly what the TPU
// program computes: the same int8 weights, int32 biases, zero points and float32 requantization
// multipliers. Dense layers become 1x1 QLinearConv (it carries the bias and per-channel scales);
// residual adds and concats become a 1x1 QLinearConv over the concatenated inputs with x_scale 1
// and x_zero_point 0, the zero-point correction living in the int32 bias, as on the TPU. Vector-unit
// layers become DequantizeLinear → their own float nodes → QuantizeLinear (check them at graph
// optimization level 'basic': higher levels fuse DQ → Add → Q into QLinearAdd, which rounds ties
// differently; docs/vector-unit.md §1.8). A skipped layer's output is an input of the export, fed
// with the TPU's own values, so the layers after it are still checked.
import { Graph, type Node, type Tensor, exportOnnx, tensor } from '../graph/index.js';
import { CompileError } from './errors.js';
import { type OnnxBuilder, exportReduce } from './export-reduce.js';
import { type Layer, shapeOf } from './layers.js';
import { type QuantLayer, padConstantByte } from './lower/index.js';
import type { Session } from './session.js';

/** The exported segment: ONNX bytes, its uint8 inputs and the uint8 output of every exported layer. */
export interface ExportedSegment {
  onnx: Uint8Array;
  inputs: string[];
  /** Layer name → ONNX output value holding its uint8 result. */
  outputs: Map<string, string>;
  /** Layers left out of the bit-exact export (sigmoid/tanh layers), and why. */
  skipped: { layer: string; reason: string }[];
}

/** The ONNX graph being built for one segment: fresh names, initializers, nodes. */
class SegmentExport implements OnnxBuilder {
  readonly g: Graph;
  readonly nodes: Node[] = [];
  private counter = 0;

  constructor(
    readonly graph: Graph,
    name: string,
  ) {
    this.g = new Graph(name);
    this.g.opsets = { '': 17 };
  }

  fresh(base: string): string {
    return `${base}__${this.counter++}`;
  }

  init(base: string, t: Tensor): string {
    const name = this.fresh(base);
    this.g.initializers.set(name, t);
    return name;
  }

  node(op: string, inputs: string[], attrs: Node['attrs'] = {}, label = op): string {
    const out = this.fresh(label);
    this.nodes.push({ name: this.fresh(`${label}_node`), op, inputs, outputs: [out], attrs });
    return out;
  }

  f32s(v: number): string {
    return this.init('f', tensor('float32', [], Float32Array.of(v)));
  }

  u8s(v: number): string {
    return this.init('zp', tensor('uint8', [], Uint8Array.of(v)));
  }

  shape(v: string): number[] {
    return shapeOf(this.graph, v);
  }

  to4d(v: string, features: number): string {
    return this.node('Reshape', [v, this.init('shape', tensor('int64', [4], BigInt64Array.of(-1n, BigInt(features), 1n, 1n)))]);
  }

  reshapeTo(v: string, s: number[]): string {
    return this.node('Reshape', [v, this.init('shape', tensor('int64', [s.length], BigInt64Array.from(s.map(BigInt))))]);
  }

  /** The fused activation after ACTIVATE's requantization: relu and relu6 as uint8 clips. */
  activation(v: string, q: QuantLayer): string {
    if (q.act === 'relu') return this.node('Clip', [v, this.u8s(q.output.q.zeroPoint), this.u8s(255)], {}, 'relu');
    if (q.act === 'relu6') return this.node('Clip', [v, this.u8s(q.output.q.zeroPoint), this.u8s(q.clipHigh!)], {}, 'relu6');
    return v;
  }

  /** 1x1-or-kxk QLinearConv with the layer's quantized weights (or the given ones). */
  qconv(x: string, q: QuantLayer, xScale: number, xZero: number, attrs: Node['attrs'], w = q.weights!): string {
    const wShape = w.shape.length === 4 ? w.shape : [w.shape[0]!, w.shape[1]!, 1, 1];
    const m = wShape[0]!;
    return this.node(
      'QLinearConv',
      [
        x,
        this.init('x_scale', tensor('float32', [], Float32Array.of(xScale))),
        this.u8s(xZero),
        this.init('w', tensor('int8', wShape, w.q)),
        this.init('w_scale', tensor('float32', [m], w.scale)),
        this.init('w_zero_point', tensor('int8', [m], new Int8Array(m))),
        this.f32s(q.output.q.scale),
        this.u8s(q.output.q.zeroPoint),
        this.init('bias', tensor('int32', [m], q.bias!)),
      ],
      { kernel_shape: wShape.slice(2), ...attrs },
      'qconv',
    );
  }
}

/** Exports TPU segment `index` of a session (in segment order). */
export function exportQuantizedSegment(session: Session, index: number): ExportedSegment {
  const step = session.steps.filter((s) => s.kind === 'tpu')[index];
  if (!step || step.kind !== 'tpu') throw new CompileError(`the session has no TPU segment ${index}`);
  const graph = session.graph;
  const b = new SegmentExport(graph, `${graph.name}-tpu-segment-${index}`);
  const valueOf = new Map<string, string>();
  const skipped: ExportedSegment['skipped'] = [];
  const outputs = new Map<string, string>();
  const fed: string[] = []; // outputs of skipped layers, fed from the TPU's values
  for (const input of step.segment.inputs) {
    // gather indices keep their integer type; everything else is uint8
    const dtype = input.layout === 'indices' ? graph.typeOf(input.tensor)!.dtype : 'uint8';
    b.g.inputs.push({ name: input.tensor, dtype, shape: b.shape(input.tensor) });
    valueOf.set(input.tensor, input.tensor);
  }
  for (const layer of step.layers) {
    const q = step.segment.layers.find((x) => x.name === layer.name)!.quant;
    if ('act' in layer && (layer.act === 'sigmoid' || layer.act === 'tanh')) {
      skipped.push({
        layer: layer.name,
        reason: `${layer.act} is computed in float32 by the activation unit; onnxruntime has no standard quantized ${layer.act}`,
      });
      // the layers reading it are still checked: its TPU output becomes an input of the export
      b.g.inputs.push({ name: layer.output, dtype: 'uint8', shape: b.shape(layer.output) });
      valueOf.set(layer.output, layer.output);
      fed.push(layer.output);
      continue;
    }
    const missing = layer.inputs.find((i) => !valueOf.has(i));
    if (missing !== undefined) {
      skipped.push({ layer: layer.name, reason: `it reads "${missing}", the output of a layer left out` });
      continue;
    }
    const out = exportLayer(
      b,
      layer,
      q,
      layer.inputs.map((i) => valueOf.get(i)!),
    );
    valueOf.set(layer.output, out);
    outputs.set(layer.name, out);
    b.g.outputs.push({ name: out, dtype: 'uint8', shape: b.shape(layer.output) });
  }
  b.g.nodes = b.nodes;
  return { onnx: exportOnnx(b.g), inputs: [...step.segment.inputs.map((i) => i.tensor), ...fed], outputs, skipped };
}

/** One TPU layer's exact ONNX form on its uint8 inputs `ins`; returns its uint8 output. */
function exportLayer(b: SegmentExport, layer: Layer, q: QuantLayer, ins: string[]): string {
  switch (layer.kind) {
    case 'conv': {
      const attrs = { strides: layer.strides, pads: layer.pads, dilations: layer.dilations, group: layer.groups };
      return b.activation(b.qconv(ins[0]!, q, q.inputs[0]!.q.scale, q.inputs[0]!.q.zeroPoint, attrs), q);
    }
    case 'dense': {
      const rows = b.shape(layer.inputs[0]!).slice(0, -1);
      const y = b.qconv(b.to4d(ins[0]!, layer.K), q, q.inputs[0]!.q.scale, q.inputs[0]!.q.zeroPoint, {});
      return b.activation(b.reshapeTo(y, [...rows, layer.N]), q);
    }
    case 'pool':
      return exportPool(b, layer, ins[0]!);
    case 'add':
    case 'concat':
      return exportJoin(b, layer, q, ins);
    case 'actmatmul':
      return exportActMatMul(b, q, ins[0]!, ins[1]!);
    case 'view': {
      const n = layer.nodes[0]!;
      return b.node(n.op, [ins[0]!, ...n.inputs.slice(1).map((i) => b.init('shape', b.graph.initializers.get(i)!))], n.attrs);
    }
    case 'reduce':
      return exportReduce(b, layer, q, ins[0]!, b.shape(layer.inputs[0]!), b.shape(layer.output));
    case 'vector':
      return exportVector(b, layer, q, ins);
    case 'move':
      return exportMove(b, layer, ins, q);
    case 'gather':
      return b.node('Gather', [b.init('table', tensor('uint8', [layer.rows, layer.features], q.table!)), ins[0]!], { axis: 0 }, 'gather');
    default:
      throw new CompileError(`internal: layer "${layer.name}" (${layer.kind}) in a TPU segment`);
  }
}

/** A residual add or a concat: a 1x1 QLinearConv over the inputs concatenated along channels (x_scale 1, zero point 0). */
function exportJoin(b: SegmentExport, layer: Extract<Layer, { kind: 'add' | 'concat' }>, q: QuantLayer, ins: string[]): string {
  const s = b.shape(layer.output);
  const spatial = s.length === 4;
  const parts = spatial ? ins : ins.map((v, k) => b.to4d(v, b.shape(layer.inputs[k]!).at(-1)!));
  const joined = b.node('Concat', parts, { axis: 1 });
  const w = layer.kind === 'add' ? addWeights(q, s[spatial ? 1 : s.length - 1]!) : concatWeights(b, q, spatial);
  const y = b.qconv(joined, q, 1, 0, {}, w);
  return b.activation(spatial ? y : b.reshapeTo(y, s), q);
}

/**
 * A vector layer as DequantizeLinear → the layer's own float nodes → QuantizeLinear (docs/vector-unit.md
 * §5, §8): a lookup's chain, a binary op (constants as float32 initializers), a concat along rows.
 */
function exportVector(b: SegmentExport, layer: Extract<Layer, { kind: 'vector' }>, q: QuantLayer, ins: string[]): string {
  const dq = (v: string, k: number) =>
    b.node('DequantizeLinear', [v, b.f32s(q.inputs[k]!.q.scale), b.u8s(q.inputs[k]!.q.zeroPoint)], {}, 'dq');
  const floats = new Map<string, string>(layer.inputs.map((t, k) => [t, dq(ins[k]!, k)]));
  const operand = (v: string) => floats.get(v) ?? (v ? b.init('const', b.graph.initializers.get(v)!) : v);
  for (const n of layer.nodes) {
    const y = b.node(n.op, n.inputs.map(operand), n.attrs, n.op.toLowerCase());
    floats.set(n.outputs[0]!, y);
  }
  const yq = q.output.q;
  return b.node('QuantizeLinear', [floats.get(layer.output)!, b.f32s(yq.scale), b.u8s(yq.zeroPoint)], {}, 'q');
}

/** A residual add as 1x1 weights [C, 2C] over Concat(a, b): wa and wb on two diagonals. */
function addWeights(q: QuantLayer, channels: number): NonNullable<QuantLayer['weights']> {
  const { a, b, scale } = q.addWeights!;
  const w = new Int8Array(channels * 2 * channels);
  for (let c = 0; c < channels; c++) {
    w[c * 2 * channels + c] = a;
    w[c * 2 * channels + channels + c] = b;
  }
  return { q: w, shape: [channels, 2 * channels, 1, 1], scale: new Float32Array(channels).fill(scale) };
}

/** A channel concat as 1x1 identity weights [T, T], each channel at its input's scale. */
function concatWeights(b: SegmentExport, q: QuantLayer, spatial: boolean): NonNullable<QuantLayer['weights']> {
  const perInput = q.inputs.map((i) => ({ scale: i.q.scale, channels: b.shape(i.tensor)[spatial ? 1 : b.shape(i.tensor).length - 1]! }));
  const total = perInput.reduce((a, i) => a + i.channels, 0);
  const w = new Int8Array(total * total);
  for (let c = 0; c < total; c++) w[c * total + c] = 1;
  const scale = new Float32Array(total);
  let off = 0;
  for (const i of perInput) {
    scale.fill(i.scale, off, off + i.channels);
    off += i.channels;
  }
  return { q: w, shape: [total, total, 1, 1], scale };
}

/** A data movement: its own nodes on uint8 (a Pad's constant as its quantized byte). */
function exportMove(b: SegmentExport, layer: Extract<Layer, { kind: 'move' }>, ins: string[], q: QuantLayer): string {
  const local = new Map(layer.inputs.map((x, k) => [x, ins[k]!]));
  for (const n of layer.nodes) {
    const inputs = n.inputs.map((i, k) => {
      if (!i) return i;
      if (n.op === 'Pad' && k === 2)
        return b.init('pad_value', tensor('uint8', [], Uint8Array.of(padConstantByte(b.graph, layer, q.output.q))));
      return local.get(i) ?? b.init('const', b.graph.initializers.get(i)!);
    });
    local.set(n.outputs[0]!, b.node(n.op, inputs, n.attrs, n.op.toLowerCase()));
  }
  return local.get(layer.output)!;
}

/**
 * A MatMul of two activations: each operand re-quantized as the vector unit's lookup does it
 * (DequantizeLinear → QuantizeLinear to int8, zero point 0; a uint8 operand with zero point 0 is
 * left as it is), then QLinearMatMul, whose arithmetic is MATMUL + ACTIVATE's.
 */
function exportActMatMul(b: SegmentExport, q: QuantLayer, a: string, bv: string): string {
  const zero = (o: { zeroPoint: number; signed: boolean }) =>
    b.init('zero', o.signed ? tensor('int8', [], Int8Array.of(o.zeroPoint)) : tensor('uint8', [], Uint8Array.of(o.zeroPoint)));
  const operand = (x: string, from: QuantLayer['inputs'][number]['q'], to: NonNullable<QuantLayer['operands']>['a']) => {
    if (to.scale === from.scale && to.zeroPoint === from.zeroPoint && !to.signed) return x;
    const real = b.node('DequantizeLinear', [x, b.f32s(from.scale), b.u8s(from.zeroPoint)]);
    return b.node('QuantizeLinear', [real, b.f32s(to.scale), zero(to)]);
  };
  // onnxruntime's CPU QLinearMatMul takes a uint8 first operand: an int8 a (zero point 0) is the
  // same integers as uint8 with zero point 128 (QuantizeLinear clamps both to [-128, 127] + zp)
  const { b: ob } = q.operands!;
  const oa = q.operands!.a.signed ? { ...q.operands!.a, zeroPoint: 128, signed: false } : q.operands!.a;
  const [qa, qb] = [q.inputs[0]!.q, q.inputs[1]!.q];
  return b.node(
    'QLinearMatMul',
    [
      operand(a, qa, oa),
      b.f32s(oa.scale),
      zero(oa),
      operand(bv, qb, ob),
      b.f32s(ob.scale),
      zero(ob),
      b.f32s(q.output.q.scale),
      b.u8s(q.output.q.zeroPoint),
    ],
    {},
    'qmatmul',
  );
}

function exportPool(b: SegmentExport, layer: Extract<Layer, { kind: 'pool' }>, x: string): string {
  const original = layer.nodes[0]!;
  if (layer.mode === 'max') return b.node(original.op, [x], original.attrs, 'maxpool');
  // average of the integers, rounded half to even: float32 sums of uint8 values are exact and the
  // quotient is far enough from a tie unless it is one (see runtime/README.md)
  const xf = b.node('Cast', [x], { to: 1 });
  const avg = b.node(original.op, [xf], original.attrs, 'avgpool');
  const r = b.node('Round', [avg]);
  return b.node('Cast', [r], { to: 2 });
}
