// The exact ONNX form of a vector-unit group op (runtime/lower/reduce.ts), for the bit-exact
// export (docs/vector-unit.md §5): sum and mean as integer sums requantized by their float32
// multiplier, max as DequantizeLinear → ReduceMax → QuantizeLinear, softmax and layer norm as the
// integer/IEEE expressions of isa/vector.ts written in ONNX ops (the same as
// tests/isa/vector-numerics.test.ts checks against isa/vector.ts).
import { type Node, type Tensor, tensor } from '../graph/index.js';
import { vector } from '../isa/index.js';
import type { ReduceLayer } from './layers.js';
import type { QuantLayer } from './lower/index.js';

const f32 = Math.fround;

/** How the exporter builds nodes: a node (returns its output), an initializer (returns its name). */
export interface OnnxBuilder {
  node(op: string, inputs: string[], attrs?: Node['attrs'], label?: string): string;
  init(base: string, t: Tensor): string;
}

/** The uint8 result of group op `layer` on uint8 `x` (input shape `xShape`), reshaped to `yShape`. */
export function exportReduce(b: OnnxBuilder, layer: ReduceLayer, q: QuantLayer, x: string, xShape: number[], yShape: number[]): string {
  const rank = xShape.length;
  const axes = layer.over === 'rows' ? (rank === 4 ? [2, 3] : [rank - 2]) : [rank === 4 ? 1 : rank - 1];
  const g = q.group!;
  const qa = q.inputs[0]!.q,
    qy = q.output.q;
  const f = (v: number) => b.init('f', tensor('float32', [], Float32Array.of(v)));
  const i32 = (v: number) => b.init('i', tensor('int32', [], Int32Array.of(v)));
  const i64 = (v: number) => b.init('l', tensor('int64', [], BigInt64Array.of(BigInt(v))));
  const u8 = (v: number) => b.init('zp', tensor('uint8', [], Uint8Array.of(v)));
  const axesInput = () => b.init('axes', tensor('int64', [axes.length], BigInt64Array.from(axes.map(BigInt))));
  const toUint8 = (v: string) => b.node('Cast', [b.node('Clip', [b.node('Add', [v, f(qy.zeroPoint)]), f(0), f(255)])], { to: 2 });
  let y: string;
  if (g.mode === 'sum' || g.mode === 'mean') {
    const d = b.node('Sub', [b.node('Cast', [x], { to: 6 }), i32(qa.zeroPoint)]);
    const s = b.node('ReduceSum', [d, axesInput()], { keepdims: 1 });
    const m = vector.reduceMultiplier(g.mode, f32(qa.scale), f32(qy.scale), g.n);
    y = toUint8(b.node('Round', [b.node('Mul', [b.node('Cast', [s], { to: 1 }), f(m)])]));
  } else if (g.mode === 'max') {
    const dq = b.node('DequantizeLinear', [x, f(qa.scale), u8(qa.zeroPoint)]);
    y = b.node('QuantizeLinear', [b.node('ReduceMax', [dq], { axes, keepdims: 1 }), f(qy.scale), u8(qy.zeroPoint)]);
  } else if (g.mode === 'softmax') {
    const xi = b.node('Cast', [x], { to: 6 });
    // a mask: masked elements leave the max (below every uint8 value) and the sum (e = 0), so they give zy
    const m = g.mask && b.node('Cast', [b.init('mask', tensor('uint8', xShape, fullMask(g.mask, xShape)))], { to: 9 });
    const i64s = (v: number) => b.init('l', tensor('int64', [], BigInt64Array.of(BigInt(v))));
    const xmax = m ? b.node('Where', [m, xi, i32(-1)]) : xi;
    const d = b.node('Sub', [b.node('ReduceMax', [xmax], { axes, keepdims: 1 }), xi]);
    const k = m ? b.node('Where', [m, d, i32(0)]) : d;
    const ek = b.node('Gather', [b.init('exp', tensor('int64', [256], BigInt64Array.from(g.table!, BigInt))), k], { axis: 0 });
    const e = m ? b.node('Where', [m, ek, i64s(0)]) : ek;
    const s = b.node('ReduceSum', [e, axesInput()], { keepdims: 1 });
    const r = b.node('Div', [b.node('Add', [b.node('Mul', [e, i64(2 * g.one!)]), s]), b.node('Mul', [s, i64(2)])]);
    const c = b.node('Min', [b.node('Max', [b.node('Add', [r, i64(qy.zeroPoint)]), i64(0)]), i64(255)]);
    y = b.node('Cast', [c], { to: 2 });
  } else {
    y = exportNorm(b, g, qa, x, axesInput(), f, toUint8);
  }
  return b.node('Reshape', [y, b.init('shape', tensor('int64', [yShape.length], BigInt64Array.from(yShape.map(BigInt))))]);
}

/**
 * A softmax mask (GroupQuant['mask']) over the whole input of shape `shape`: 1 where the element
 * takes part. Group g (the indices of the axes other than the channels, in order) uses pattern g mod M.
 */
function fullMask(mask: { bytes: Uint8Array; patterns: number }, shape: number[]): Uint8Array {
  const ch = shape.length === 4 ? 1 : shape.length - 1;
  const C = shape[ch]!;
  const inner = shape.slice(ch + 1).reduce((a, d) => a * d, 1);
  const out = new Uint8Array(shape.reduce((a, d) => a * d, 1));
  for (let i = 0; i < out.length; i++) {
    const outer = Math.floor(i / (C * inner));
    const c = Math.floor(i / inner) % C;
    const group = outer * inner + (i % inner);
    out[i] = mask.bytes[(group % mask.patterns) * C + c]!;
  }
  return out;
}

/** isa/vector.ts layerNormValues in ONNX ops: integer statistics, then the float32 steps in its order. */
function exportNorm(
  b: OnnxBuilder,
  g: NonNullable<QuantLayer['group']>,
  qa: QuantLayer['output']['q'],
  x: string,
  axes: string,
  f: (v: number) => string,
  toUint8: (v: string) => string,
): string {
  const n = g.n;
  const d = b.node('Sub', [b.node('Cast', [x], { to: 6 }), b.init('za', tensor('int32', [], Int32Array.of(qa.zeroPoint)))]);
  const dl = b.node('Cast', [d], { to: 7 });
  const s1 = b.node('ReduceSum', [dl, axes], { keepdims: 1 });
  const s2 = b.node('ReduceSum', [b.node('Mul', [dl, dl]), axes], { keepdims: 1 });
  const v = b.node('Sub', [b.node('Mul', [s2, b.init('n', tensor('int64', [], BigInt64Array.of(BigInt(n))))]), b.node('Mul', [s1, s1])]);
  const mu = b.node('Div', [b.node('Cast', [s1], { to: 1 }), f(n)]);
  const variance = b.node('Div', [b.node('Div', [b.node('Cast', [v], { to: 1 }), f(n)]), f(n)]);
  const sa = f32(qa.scale);
  const den = b.node('Sqrt', [b.node('Add', [b.node('Mul', [variance, f(f32(sa * sa))]), f(g.eps!)])]);
  const r = b.node('Div', [f(sa), den]);
  const t = b.node('Mul', [b.node('Sub', [b.node('Cast', [d], { to: 1 }), mu]), r]);
  const u = b.node('Add', [b.node('Mul', [t, b.init('g', tensor('float32', [n], g.g!))]), b.init('b', tensor('float32', [n], g.b!))]);
  return toUint8(b.node('Round', [u]));
}
