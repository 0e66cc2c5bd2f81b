// Element-wise layers on the vector unit (docs/vector-unit.md §8): a chain of single-input nodes
// (Sigmoid, Tanh, HardSwish, x·Sigmoid(x), GELU's Erf form, arithmetic with scalar constants, …)
// fused into one 256-entry lookup table; Add/Sub/Mul/Div/Max/Min of two activations (operand B
// the same shape, per channel, one per image for squeeze-excitation, one per row, or one value)
// or of an activation and per-channel float32 constants; and concatenation along the first axis
// (a requantizing lookup per input, so h_t of every LSTM step lands in the sequence output).
// A Gather of one index along the first axis is a row slice of its input's frame (no data moves).
// Whether a config's vector unit can run a layer is `vectorRefusal` (runtime/devices/tpu.ts).
import type { Node, Tensor } from '../../graph/index.js';
import { type InstructionInput, vector as V } from '../../isa/index.js';
import type { HardwareConfig } from '../../sim/index.js';
import { type Frame, blockBase, blockChannels, blocks, frameFor, rowOf } from '../frame.js';
import { type VectorLayer, type ViewLayer, floatData, shapeOf } from '../layers.js';
import type { QParams } from '../quantize.js';
import type { LoweringContext } from './context.js';
import type { LayerEmitter, PreparedLayer, Recogniser, RecogniseContext, Refusal } from './emitter.js';
import { MASK_REFUSAL } from './reduce.js';
import type { HardwareShape } from './types.js';

const f32 = Math.fround;
const refuse = (refused: string): Refusal => ({ refused });
const shapeText = (s: readonly number[]) => `[${s.join(', ')}]`;
const size = (s: readonly number[]) => s.reduce((a, b) => a * b, 1);

const BINARY: Readonly<Record<string, V.BinaryOp>> = { Add: 'add', Sub: 'sub', Mul: 'mul', Div: 'div', Max: 'max', Min: 'min' };
const BINARY_CLASS: Readonly<Record<V.BinaryOp, 'arith' | 'divide' | 'minmax'>> = {
  add: 'arith',
  sub: 'arith',
  mul: 'arith',
  div: 'divide',
  max: 'minmax',
  min: 'minmax',
};
/** Unary ops a table can hold, with the `vectorUnit.functions` name they need (undefined: an exact affine step). */
const UNARY: Readonly<Record<string, string | undefined>> = {
  Sigmoid: 'sigmoid',
  Tanh: 'tanh',
  Exp: 'exp',
  Erf: 'erf',
  Gelu: 'gelu',
  HardSigmoid: 'hardsigmoid',
  HardSwish: 'hardswish',
  Relu: 'relu',
  Clip: 'clip',
  LeakyRelu: 'leakyrelu',
  Neg: undefined,
};
/** A function applied to x and multiplied by x again is another listed function. */
const TIMES_X: Readonly<Record<string, string>> = { sigmoid: 'silu', erf: 'gelu', hardsigmoid: 'hardswish' };

/** The float32 value of a scalar constant, undefined when `name` is not one. */
function scalarConstant(t: Tensor | undefined): number | undefined {
  if (!t || size(t.shape) !== 1) return undefined;
  if (t.dtype !== 'float32' && t.dtype !== 'float64' && t.dtype !== 'float16') return undefined;
  return f32(Number(floatData(t)[0]));
}

/** Whether node `n` can extend a lookup chain whose values are `known` (every other input a scalar constant). */
function chainable(n: Node, known: ReadonlySet<string>, constant: (v: string | undefined) => Tensor | undefined): boolean {
  if (n.outputs.length !== 1) return false;
  if (n.op in UNARY) {
    if (!known.has(n.inputs[0]!)) return false;
    if (n.op === 'Gelu' && n.attrs.approximate === 'tanh') return false;
    return n.inputs.slice(1).every((i) => !i || scalarConstant(constant(i)) !== undefined);
  }
  if (n.op in BINARY) {
    const [a, b] = n.inputs;
    const ok = (v: string | undefined) => !!v && (known.has(v) || scalarConstant(constant(v)) !== undefined);
    return ok(a) && ok(b) && (known.has(a!) || known.has(b!));
  }
  return false;
}

/** Evaluates a chain of nodes on one float32 input value with isa/vector.ts's onnxruntime-exact functions. */
export function evaluateChain(
  nodes: readonly Node[],
  input: string,
  x: number,
  constant: (v: string | undefined) => Tensor | undefined,
): number {
  const env = new Map<string, number>([[input, x]]);
  const val = (v: string | undefined, fallback = NaN): number => {
    if (!v) return fallback;
    return env.get(v) ?? scalarConstant(constant(v)) ?? fallback;
  };
  let last = x;
  for (const n of nodes) {
    const a = val(n.inputs[0]);
    let y: number;
    switch (n.op) {
      case 'Sigmoid':
        y = V.sigmoidF32(a);
        break;
      case 'Tanh':
        y = V.tanhF32(a);
        break;
      case 'Exp':
        y = V.expF32(a);
        break;
      case 'Erf':
        y = V.erfF32(a);
        break;
      case 'Gelu':
        y = V.geluF32(a);
        break;
      case 'HardSigmoid':
        y = V.hardSigmoidF32(a, (n.attrs.alpha as number | undefined) ?? 0.2, (n.attrs.beta as number | undefined) ?? 0.5);
        break;
      case 'HardSwish':
        y = V.hardSwishF32(a);
        break;
      case 'Relu':
        y = a < 0 ? 0 : a;
        break;
      case 'Clip':
        y = Math.min(Math.max(a, val(n.inputs[1], -Infinity)), val(n.inputs[2], Infinity));
        break;
      case 'LeakyRelu':
        y = a >= 0 ? a : f32(f32((n.attrs.alpha as number | undefined) ?? 0.01) * a);
        break;
      case 'Neg':
        y = -a;
        break;
      default:
        y = V.binaryF32(BINARY[n.op]!, a, val(n.inputs[1]));
    }
    last = f32(y);
    env.set(n.outputs[0]!, last);
  }
  return last;
}

/** The `vectorUnit.functions` a chain's table needs. */
function chainFunctions(nodes: readonly Node[], input: string): string[] {
  const fns = new Set<string>();
  let timesX = false;
  for (const n of nodes) {
    const fn = UNARY[n.op];
    if (fn) fns.add(fn);
    // x · f(x): a product of the chain's input with a value computed from it
    if (n.op === 'Mul' && n.inputs.includes(input) && !n.inputs.every((i) => i === input)) timesX = true;
  }
  if (timesX) for (const [f, g] of Object.entries(TIMES_X)) if (fns.delete(f)) fns.add(g);
  return [...fns];
}

/** A single-input chain starting at `n` (which reads activation `x`), fused into one lookup. */
function recogniseChain(n: Node, x: string, ctx: RecogniseContext): VectorLayer {
  const known = new Set([x, n.outputs[0]!]);
  let out = n.outputs[0]!;
  for (;;) {
    const next = ctx.soleConsumer(out);
    if (!next || !chainable(next, known, (v) => ctx.constant(v))) break;
    ctx.absorb(next);
    out = next.outputs[0]!;
    known.add(out);
  }
  const fns = chainFunctions(ctx.nodes, x);
  return {
    kind: 'vector',
    vop: 'lookup',
    name: n.name,
    op: n.op,
    nodes: ctx.nodes,
    inputs: [x],
    output: out,
    needs: [{ cls: 'lookup' }, ...fns.map((fn) => ({ cls: 'lookup' as const, fn }))],
    otherwise: ctx.earlierRefusal,
  };
}

/** How operand B of a binary op is laid out against the output (docs/vector-unit.md §8). */
type Broadcast = 'same' | 'channel' | 'image' | 'row' | 'scalar';

/** B's broadcast against output shape `y`, undefined when the vector unit has no pattern for it. */
function broadcastOf(y: readonly number[], b: readonly number[]): Broadcast | undefined {
  if (b.length === y.length && b.every((d, i) => d === y[i])) return 'same';
  if (size(b) === 1) return 'scalar';
  const spatial = y.length === 4;
  const ch = spatial ? 1 : y.length - 1;
  if (b.length === 1 && b[0] === y[ch]) return 'channel';
  if (b.length !== y.length) return undefined;
  const only = (keep: (i: number) => boolean) => b.every((d, i) => (keep(i) ? d === y[i] : d === 1));
  if (only((i) => i === ch)) return 'channel';
  if (spatial && only((i) => i <= 1)) return 'image';
  if (only((i) => i !== ch)) return 'row';
  return undefined;
}

/** Per-channel float32 values of a constant broadcast against output shape `y` (undefined when it varies along another axis). */
function channelConstant(t: Tensor, y: readonly number[]): Float32Array | undefined {
  const s = t.shape;
  const ch = y.length === 4 ? 1 : y.length - 1;
  const C = y[ch]!;
  // right-align the constant's shape against y's
  const aligned = [...new Array<number>(Math.max(0, y.length - s.length)).fill(1), ...s];
  if (aligned.length !== y.length || aligned.some((d, i) => d !== 1 && (i !== ch || d !== C))) return undefined;
  const v = floatData(t);
  return Float32Array.from({ length: C }, (_, c) => v[v.length === 1 ? 0 : c]!);
}

/** A binary node of two activations, or of an activation and a per-channel constant. */
function recogniseBinary(n: Node, ctx: RecogniseContext): VectorLayer | Refusal {
  const vop = BINARY[n.op]!;
  const graph = ctx.graph;
  const commutative = vop === 'add' || vop === 'mul' || vop === 'max' || vop === 'min';
  let [a, b] = [n.inputs[0]!, n.inputs[1]!];
  const y = shapeOf(graph, n.outputs[0]!);
  const base = {
    kind: 'vector' as const,
    vop,
    name: n.name,
    op: n.op,
    nodes: ctx.nodes,
    output: n.outputs[0]!,
    otherwise: ctx.earlierRefusal,
  };
  const needs = [{ cls: BINARY_CLASS[vop] }];
  const [ca, cb] = [ctx.constant(a), ctx.constant(b)];
  if (ca && cb) return refuse(`${n.op} of two constants is folded on the host`);
  if (ca || cb) {
    if (ca && !commutative)
      return refuse(`${n.op} with a constant first operand of shape ${shapeText(ca.shape)}: the vector unit's constants are operand B`);
    const [x, c] = ca ? [b, ca] : [a, cb!];
    if (!sameShape(shapeOf(graph, x), y))
      return refuse(`${n.op}: the activation ${shapeText(shapeOf(graph, x))} is broadcast to ${shapeText(y)}`);
    const constB = channelConstant(c, y);
    if (!constB) {
      // the masked softmax's recogniser (lower/reduce.ts) says why the constant is no mask
      const mask = ctx.earlierRefusal?.startsWith(MASK_REFUSAL) ? `; ${ctx.earlierRefusal}` : '';
      return refuse(`${n.op} with a constant of shape ${shapeText(c.shape)} that varies along an axis other than channels${mask}`);
    }
    return { ...base, inputs: [x], constB, needs };
  }
  if (!sameShape(shapeOf(graph, a), y)) {
    if (!commutative || !sameShape(shapeOf(graph, b), y))
      return refuse(
        `${n.op} of ${shapeText(shapeOf(graph, a))} and ${shapeText(shapeOf(graph, b))}: operand A must have the output's shape`,
      );
    [a, b] = [b, a];
  }
  if (!broadcastOf(y, shapeOf(graph, b)))
    return refuse(
      `${n.op} broadcasting ${shapeText(shapeOf(graph, b))} to ${shapeText(y)}: the vector unit broadcasts per channel, per image, per row or one value`,
    );
  return { ...base, inputs: [a, b], needs };
}

function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

/** A Concat along the first axis of rows × features tensors (e.g. an LSTM's h_t into its sequence output). */
function recogniseRows(n: Node, ctx: RecogniseContext): VectorLayer | Refusal {
  const y = shapeOf(ctx.graph, n.outputs[0]!);
  const axis = typeof n.attrs.axis === 'number' ? (n.attrs.axis < 0 ? n.attrs.axis + y.length : n.attrs.axis) : -1;
  if (axis !== 0 || y.length === 4 || y.length < 2 || n.inputs.some((i) => !i || ctx.constant(i)))
    return refuse(ctx.earlierRefusal ?? `Concat along axis ${axis}: the vector unit concatenates rows (axis 0) of activations`);
  return {
    kind: 'vector',
    vop: 'rows',
    name: n.name,
    op: n.op,
    nodes: ctx.nodes,
    inputs: [...n.inputs],
    output: n.outputs[0]!,
    needs: [{ cls: 'lookup' }],
    otherwise: ctx.earlierRefusal,
  };
}

/** Element-wise nodes as vector layers. */
function recogniseVector(n: Node, ctx: RecogniseContext): VectorLayer | Refusal {
  if (n.op === 'Concat') return recogniseRows(n, ctx);
  const constant = (v: string | undefined) => ctx.constant(v);
  if (n.op in UNARY) {
    const x = n.inputs[0]!;
    if (constant(x)) return refuse(`${n.op} of a constant is folded on the host`);
    if (!chainable(n, new Set([x]), constant))
      return refuse(ctx.earlierRefusal ?? `${n.op} with these attributes or non-constant bounds has no lookup table`);
    return recogniseChain(n, x, ctx);
  }
  // a binary op with a scalar constant starts a lookup chain
  const [a, b] = n.inputs;
  const ax = a && !constant(a) ? a : undefined;
  const bx = b && !constant(b) ? b : undefined;
  if ((ax && !bx) || (bx && !ax)) {
    const x = (ax ?? bx)!;
    if (chainable(n, new Set([x]), constant)) return recogniseChain(n, x, ctx);
  }
  return recogniseBinary(n, ctx);
}

/** A Gather of one constant index along the first axis of a rows × features tensor: a row slice, no data moves. */
export const rowSliceRecogniser: Recogniser = {
  name: 'row slice',
  ops: ['Gather'],
  recognise(n: Node, ctx: RecogniseContext): ViewLayer | Refusal {
    const [data, index] = n.inputs;
    const idx = ctx.constant(index);
    const axis = (n.attrs.axis as number | undefined) ?? 0;
    if (!data || ctx.constant(data) || !idx || idx.shape.length !== 0 || axis !== 0)
      return refuse('Gather other than one constant index along the first axis of an activation runs on the host');
    const x = shapeOf(ctx.graph, data);
    const y = shapeOf(ctx.graph, n.outputs[0]!);
    if (x.length < 2 || x.length === 4 || y.length === 4) return refuse(`Gather of a row of ${shapeText(x)}: not a rows × features tensor`);
    const rows = size(x.slice(1, -1));
    const i = Number(idx.data[0]);
    const start = (i < 0 ? i + x[0]! : i) * rows;
    return { kind: 'view', name: n.name, op: n.op, nodes: ctx.nodes, inputs: [data], output: n.outputs[0]!, rowSlice: { start, rows } };
  },
};

/**
 * An Add of two vector-unit results (an LSTM's `f⊙c + i⊙g`, a GRU's `(1−z)⊙n + z⊙h`) stays on the
 * vector unit: tried before the matrix unit's residual add, which would move both through the array
 * with diagonal weight tiles. Other Adds are left to the residual add (tried next).
 */
export const vectorSumRecogniser: Recogniser = {
  name: 'vector sum',
  ops: ['Add'],
  recognise(n: Node, ctx: RecogniseContext): VectorLayer | Refusal {
    const [a, b] = n.inputs;
    const both = !!a && !!b && [a, b].every((v) => ctx.producer(v)?.kind === 'vector');
    if (
      !both ||
      !sameShape(shapeOf(ctx.graph, a), shapeOf(ctx.graph, b)) ||
      !sameShape(shapeOf(ctx.graph, a), shapeOf(ctx.graph, n.outputs[0]!))
    )
      return refuse('not an Add of two vector-unit results');
    return {
      kind: 'vector',
      vop: 'add',
      name: n.name,
      op: n.op,
      nodes: ctx.nodes,
      inputs: [a, b],
      output: n.outputs[0]!,
      needs: [{ cls: 'arith' }],
      otherwise: 'Add of two vector-unit results: the config has no vector unit',
    };
  },
};

/** Why the vector unit of `config` cannot run a layer (undefined when it can). */
export function vectorRefusal(layer: VectorLayer, config: HardwareConfig): string | undefined {
  const unit = config.vectorUnit;
  if (!unit) return undefined; // the caller gives the reason of a config without a vector unit
  // a fused chain is named by its ops (e.g. "Sigmoid → Mul" for SiLU)
  const what = layer.nodes.length > 1 ? layer.nodes.map((n) => n.op).join(' → ') : layer.op;
  for (const need of layer.needs) {
    if (!unit.ops.includes(need.cls)) return `${what} needs the vector-unit class '${need.cls}', which config ${config.name} lacks`;
    if (need.fn && unit.functions && !unit.functions.includes(need.fn as never))
      return `${what} needs a lookup table of ${need.fn}, which config ${config.name}'s vector unit does not hold (vectorUnit.functions: ${unit.functions.join(', ')})`;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// lowering

/** One operand's addressing of a VECTOR: first row, lane, row pattern. */
interface Operand {
  row: number;
  lane?: number;
  count?: number;
  step?: number;
  pitch?: number;
}

const vq = (q: QParams): V.QParams => ({ scale: q.scale, zeroPoint: q.zeroPoint, signed: false });

/** Emits one VECTOR with its registers. */
function emitVector(
  ctx: LoweringContext,
  operation: V.BinaryOp | 'lookup',
  len: number,
  width: number,
  ops: { a: Operand; b: Operand; y: Operand },
  q: { a: QParams; b?: QParams; y: QParams },
  flags: { bF32?: boolean; bLane?: boolean } = {},
): void {
  const p = ctx.prog;
  for (const [k, o] of Object.entries(ops)) {
    p.setInt(`vec.${k}.lane`, o.lane ?? 0);
    p.setInt(`vec.${k}.count`, o.count ?? 0);
    p.setInt(`vec.${k}.step`, o.step ?? 1);
    p.setInt(`vec.${k}.pitch`, o.pitch ?? 0);
  }
  for (const k of ['a', 'b', 'y'] as const) {
    const x = q[k];
    if (!x) continue;
    p.setFloat(`vec.${k}.scale`, x.scale);
    p.setInt(`vec.${k}.zero`, x.zeroPoint);
  }
  p.setInt('vec.width', width === ctx.W ? 0 : width);
  const ins: InstructionInput = { op: 'VECTOR', a: ops.a.row, b: ops.b.row, y: ops.y.row, len, operation };
  if (flags.bF32) ins.bF32 = true;
  if (flags.bLane) ins.bLane = true;
  p.emit(ins);
}

const unpadded = (f: Frame) => f.pad.every((x) => x === 0);

/**
 * Walks the pixels of block `b` of output `y` as runs of consecutive rows: the whole block when no
 * frame involved has a border, else one run per image row. `at(f, n, yy)` is the row of pixel
 * (n, yy, 0) in frame f.
 */
function runs(y: Frame, frames: readonly Frame[]): { n: number; yy: number; len: number; whole: boolean }[] {
  if ([y, ...frames].every(unpadded)) return [{ n: 0, yy: 0, len: y.n * y.h * y.w, whole: true }];
  const out: { n: number; yy: number; len: number; whole: boolean }[] = [];
  for (let n = 0; n < y.n; n++) for (let yy = 0; yy < y.h; yy++) out.push({ n, yy, len: y.w, whole: false });
  return out;
}

/** Operand B's addressing for block `b` and a run, by its broadcast. */
function operandB(bf: Frame, kind: Broadcast, b: number, run: { n: number; yy: number; whole: boolean }, y: Frame): Operand {
  switch (kind) {
    case 'same':
      return { row: rowOf(bf, b, run.n, run.yy, 0) };
    case 'row':
      return { row: rowOf(bf, 0, run.n, run.yy, 0) };
    case 'channel':
      return { row: blockBase(bf, b), step: 0 };
    case 'scalar':
      return { row: blockBase(bf, 0), step: 0 };
    case 'image':
      // one row per image: a whole block walks H·W pixels per image (squeeze-excitation scales)
      return run.whole ? { row: blockBase(bf, b), count: y.h * y.w, step: 0, pitch: 1 } : { row: rowOf(bf, b, run.n, 0, 0), step: 0 };
  }
}

/**
 * Quantizes a vector layer and puts its tables and constants in the parameter rows (they must be
 * known before emitting starts): per layer, `params` holds the lookup table's row (lookup), one
 * row per input (row concat), or one float32 constant block per output channel block.
 */
function prepareVector(ctx: LoweringContext, l: VectorLayer): PreparedLayer<VectorLayer> {
  const yq = ctx.qOf(l.output);
  const inputs = l.inputs.map((t) => ({ tensor: t, q: ctx.qOf(t) }));
  const constant = (v: string | undefined) => (v ? ctx.graph.initializers.get(v) : undefined);
  let params: number[] = [];
  if (l.vop === 'lookup') {
    params = [ctx.params.addBytes(V.lookupTable((x) => evaluateChain(l.nodes, l.inputs[0]!, x, constant), vq(inputs[0]!.q), vq(yq)))];
  } else if (l.vop === 'rows') {
    params = inputs.map((i) => ctx.params.addBytes(V.lookupTable((v) => v, vq(i.q), vq(yq))));
  } else if (l.constB) {
    const y = frameFor(shapeOf(ctx.graph, l.output), ctx.P);
    for (let b = 0; b < blocks(y); b++) {
      const bytes = new Uint8Array(4 * ctx.W);
      const view = new DataView(bytes.buffer);
      for (let c = 0; c < blockChannels(y, b); c++) view.setFloat32(4 * c, l.constB[b * y.g + c]!, true);
      params.push(ctx.params.addBytes(bytes));
    }
  }
  const mapping =
    l.vop === 'lookup'
      ? 'vector lookup'
      : l.vop === 'rows'
        ? 'vector lookups (row concat)'
        : `vector ${l.vop}${l.constB ? ' (float32 constants)' : ''}`;
  return {
    layer: l,
    params,
    mapping,
    quant: { kind: 'vector', name: l.name, inputs, output: { tensor: l.output, q: yq }, act: 'identity' },
  };
}

function emitVectorLayer(ctx: LoweringContext, p: PreparedLayer<VectorLayer>, y: Frame): void {
  const l = p.layer;
  const yq = p.quant.output.q;
  const frames = l.inputs.map((t) => ctx.frames.get(t)!);
  if (l.vop === 'rows') return emitRows(ctx, p, y);
  const a = frames[0]!;
  const qa = p.quant.inputs[0]!.q;
  const at = (f: Frame, b: number, run: { n: number; yy: number }): Operand => ({ row: rowOf(f, b, run.n, run.yy, 0) });
  if (l.vop === 'lookup') {
    for (let b = 0; b < blocks(y); b++)
      for (const run of runs(y, [a]))
        emitVector(
          ctx,
          'lookup',
          run.len,
          blockChannels(y, b),
          { a: at(a, b, run), b: { row: p.params[0]! }, y: at(y, b, run) },
          { a: qa, y: yq },
        );
    return;
  }
  const op = l.vop;
  if (l.constB) {
    for (let b = 0; b < blocks(y); b++)
      for (const run of runs(y, [a]))
        emitVector(
          ctx,
          op,
          run.len,
          blockChannels(y, b),
          { a: at(a, b, run), b: { row: p.params[b]!, step: 0 }, y: at(y, b, run) },
          { a: qa, y: yq },
          { bF32: true },
        );
    return;
  }
  const bf = frames[1]!;
  const qb = p.quant.inputs[1]!.q;
  const kind = broadcastOf(shapeOf(ctx.graph, l.output), shapeOf(ctx.graph, l.inputs[1]!))!;
  const bLane = kind === 'row' || kind === 'scalar';
  for (let b = 0; b < blocks(y); b++)
    for (const run of runs(y, kind === 'same' || kind === 'row' ? [a, bf] : [a]))
      emitVector(
        ctx,
        op,
        run.len,
        blockChannels(y, b),
        { a: at(a, b, run), b: operandB(bf, kind, b, run, y), y: at(y, b, run) },
        { a: qa, b: qb, y: yq },
        { bLane },
      );
}

/** Concat along rows: each input's rows through a table requantizing it to the output's parameters, into its rows of the output. */
function emitRows(ctx: LoweringContext, p: PreparedLayer<VectorLayer>, y: Frame): void {
  const yq = p.quant.output.q;
  let offset = 0;
  for (const [i, t] of p.layer.inputs.entries()) {
    const x = ctx.frames.get(t)!;
    const qx = p.quant.inputs[i]!.q;
    for (let b = 0; b < blocks(y); b++)
      emitVector(
        ctx,
        'lookup',
        x.n,
        blockChannels(y, b),
        { a: { row: blockBase(x, b) }, b: { row: p.params[i]! }, y: { row: blockBase(y, b) + offset } },
        { a: qx, y: yq },
      );
    offset += x.n;
  }
}

/** Vector-unit cycles of a layer (rows × blocks; the unit processes a W-byte row per cycle): its cost for placement. */
function estimateVector(graph: Parameters<LayerEmitter['estimateCycles']>[0], l: VectorLayer, hw: HardwareShape): number {
  const s = shapeOf(graph, l.output);
  const ch = s.length === 4 ? s[1]! : s.length === 0 ? 1 : s[s.length - 1]!;
  return (size(s) / ch) * Math.ceil(ch / Math.max(hw.rows, hw.cols));
}

export const vectorEmitter: LayerEmitter<VectorLayer> = {
  name: 'vector',
  ops: ['Concat', ...Object.keys(UNARY), ...Object.keys(BINARY)],
  kinds: ['vector'],
  recognise: recogniseVector,
  describe: (l) =>
    l.vop === 'lookup'
      ? `vector-unit lookup (${l.nodes.map((n) => n.op).join(' → ')})`
      : l.vop === 'rows'
        ? 'vector-unit row concat (requantizing lookups)'
        : `vector-unit ${l.vop}${l.constB ? ' with float32 constants' : ''}`,
  estimateCycles: estimateVector,
  // element-wise: each step writes the row it reads (a row concat gathers rows from several inputs)
  overwritesInput: (l) => l.vop !== 'rows',
  prepare: prepareVector,
  emit: (ctx, p, y) => emitVectorLayer(ctx, p, y!),
};
