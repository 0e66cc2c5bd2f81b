// Exports a compiled TPU segment as a quantized ONNX graph (QLinearConv, Clip, MaxPool and
// integer-exact average pooling on uint8) that computes, in onnxruntime, exactly what the TPU
// program computes: the same int8 weights, int32 biases, zero points and float32 requantization
// multipliers. Dense layers become 1x1 QLinearConv (it carries the bias and per-channel scales);
// residual adds and concats become a 1x1 QLinearConv over the concatenated inputs with x_scale 1
// and x_zero_point 0, the zero-point correction living in the int32 bias, as on the TPU.
import { Graph, type Node, type Tensor, exportOnnx, tensor } from '../graph/index.js';
import { CompileError } from './errors.js';
import { type Layer, shapeOf } from './layers.js';
import type { QuantLayer } from './lower/index.js';
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

/** Exports TPU segment `index` of a session (in segment order). */
export function exportQuantizedSegment(session: Session, index: number): ExportedSegment {
  const step = session.steps.filter((s) => s.kind === 'tpu')[index];
  if (!step || step.kind !== 'tpu') throw new CompileError(`the session has no TPU segment ${index}`);
  const graph = session.graph;
  const g = new Graph(`${graph.name}-tpu-segment-${index}`);
  g.opsets = { '': 17 };
  const nodes: Node[] = [];
  let counter = 0;
  const fresh = (base: string) => `${base}__${counter++}`;
  const init = (base: string, t: Tensor): string => {
    const name = fresh(base);
    g.initializers.set(name, t);
    return name;
  };
  const f32s = (v: number) => tensor('float32', [], Float32Array.of(v));
  const u8s = (v: number) => tensor('uint8', [], Uint8Array.of(v));
  const node = (op: string, inputs: string[], attrs: Node['attrs'] = {}, label = op): string => {
    const out = fresh(label);
    nodes.push({ name: fresh(`${label}_node`), op, inputs, outputs: [out], attrs });
    return out;
  };
  const shape = (v: string) => shapeOf(graph, v);
  const valueOf = new Map<string, string>();
  const skipped: ExportedSegment['skipped'] = [];
  const outputs = new Map<string, string>();

  for (const input of step.segment.inputs) {
    g.inputs.push({ name: input.tensor, dtype: 'uint8', shape: shape(input.tensor) });
    valueOf.set(input.tensor, input.tensor);
  }
  const to4d = (v: string, features: number): string =>
    node('Reshape', [v, init('shape', tensor('int64', [4], BigInt64Array.of(-1n, BigInt(features), 1n, 1n)))]);
  const reshapeTo = (v: string, s: number[]): string =>
    node('Reshape', [v, init('shape', tensor('int64', [s.length], BigInt64Array.from(s.map(BigInt))))]);
  const activation = (v: string, q: QuantLayer): string => {
    if (q.act === 'relu') return node('Clip', [v, init('lo', u8s(q.output.q.zeroPoint)), init('hi', u8s(255))], {}, 'relu');
    if (q.act === 'relu6') return node('Clip', [v, init('lo', u8s(q.output.q.zeroPoint)), init('hi', u8s(q.clipHigh!))], {}, 'relu6');
    return v;
  };
  /** 1x1-or-kxk QLinearConv with the layer's quantized weights (or the given ones). */
  const qconv = (x: string, q: QuantLayer, xScale: number, xZero: number, attrs: Node['attrs'], w = q.weights!): string => {
    const wShape = w.shape.length === 4 ? w.shape : [w.shape[0]!, w.shape[1]!, 1, 1];
    const m = wShape[0]!;
    return node(
      'QLinearConv',
      [
        x,
        init('x_scale', f32s(xScale)),
        init('x_zero_point', u8s(xZero)),
        init('w', tensor('int8', wShape, w.q)),
        init('w_scale', tensor('float32', [m], w.scale)),
        init('w_zero_point', tensor('int8', [m], new Int8Array(m))),
        init('y_scale', f32s(q.output.q.scale)),
        init('y_zero_point', u8s(q.output.q.zeroPoint)),
        init('bias', tensor('int32', [m], q.bias!)),
      ],
      { kernel_shape: wShape.slice(2), ...attrs },
      'qconv',
    );
  };

  for (const layer of step.layers) {
    const q = step.segment.layers.find((x) => x.name === layer.name)!.quant;
    if ('act' in layer && (layer.act === 'sigmoid' || layer.act === 'tanh')) {
      skipped.push({
        layer: layer.name,
        reason: `${layer.act} is computed in float32 by the activation unit; onnxruntime has no standard quantized ${layer.act}`,
      });
      continue;
    }
    const missing = layer.inputs.find((i) => !valueOf.has(i));
    if (missing !== undefined) {
      skipped.push({ layer: layer.name, reason: `it reads "${missing}", the output of a layer left out` });
      continue;
    }
    const ins = layer.inputs.map((i) => valueOf.get(i)!);
    let out: string;
    switch (layer.kind) {
      case 'conv': {
        const attrs = { strides: layer.strides, pads: layer.pads, dilations: layer.dilations, group: layer.groups };
        out = activation(qconv(ins[0]!, q, q.inputs[0]!.q.scale, q.inputs[0]!.q.zeroPoint, attrs), q);
        break;
      }
      case 'dense': {
        const xs = shape(layer.inputs[0]!);
        const rows = xs.slice(0, -1);
        const y = qconv(to4d(ins[0]!, layer.K), q, q.inputs[0]!.q.scale, q.inputs[0]!.q.zeroPoint, {});
        out = activation(reshapeTo(y, [...rows, layer.N]), q);
        break;
      }
      case 'pool':
        out = exportPool(layer, ins[0]!);
        break;
      case 'add':
      case 'concat': {
        const s = shape(layer.output);
        const spatial = s.length === 4;
        const parts = spatial ? ins : ins.map((v, k) => to4d(v, shape(layer.inputs[k]!).at(-1)!));
        const joined = node('Concat', parts, { axis: 1 });
        const y = qconv(
          joined,
          q,
          1,
          0,
          {},
          layer.kind === 'add' ? addWeights(q, s[spatial ? 1 : s.length - 1]!) : concatWeights(q, spatial),
        );
        out = activation(spatial ? y : reshapeTo(y, s), q);
        break;
      }
      case 'view':
        out = node(
          layer.nodes[0]!.op,
          [
            ins[0]!,
            ...layer.nodes[0]!.inputs.slice(1).map((i) => {
              const t = graph.initializers.get(i)!;
              return init('shape', t);
            }),
          ],
          layer.nodes[0]!.attrs,
        );
        break;
      default:
        throw new CompileError(`internal: layer "${layer.name}" (${layer.kind}) in a TPU segment`);
    }
    valueOf.set(layer.output, out);
    outputs.set(layer.name, out);
    g.outputs.push({ name: out, dtype: 'uint8', shape: shape(layer.output) });
  }
  g.nodes = nodes;
  return { onnx: exportOnnx(g), inputs: step.segment.inputs.map((i) => i.tensor), outputs, skipped };

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
  function concatWeights(q: QuantLayer, spatial: boolean): NonNullable<QuantLayer['weights']> {
    const perInput = q.inputs.map((i) => ({ scale: i.q.scale, channels: shape(i.tensor)[spatial ? 1 : shape(i.tensor).length - 1]! }));
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

  function exportPool(layer: Extract<Layer, { kind: 'pool' }>, x: string): string {
    const original = layer.nodes[0]!;
    if (layer.mode === 'max') return node(original.op, [x], original.attrs, 'maxpool');
    // average of the integers, rounded half to even: float32 sums of uint8 values are exact and the
    // quotient is far enough from a tie unless it is one (see runtime/README.md)
    const xf = node('Cast', [x], { to: 1 });
    const avg = node(original.op, [xf], original.attrs, 'avgpool');
    const r = node('Round', [avg]);
    return node('Cast', [r], { to: 2 });
  }
}
