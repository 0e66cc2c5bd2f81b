// The vector unit's group operations (docs/vector-unit.md §3-§4, §8): ReduceSum, ReduceMean and
// ReduceMax over the channels (one value per pixel: a group is all channel blocks of a pixel,
// `vec.group.stride` = the frame's block stride) or over the rows of each image (`perLane`: one
// value per channel), Softmax along the channels and LayerNormalization (or its decomposed form
// ReduceMean → Sub → Pow → ReduceMean → Add → Sqrt → Div → Mul → Add) along the channels. Each is
// one VECTOR per run of evenly spaced pixels; the softmax table and the norm parameters are
// parameter blocks. `emitVector` (below) sets every register a VECTOR depends on, so it is safe to
// call between other emitters' VECTORs.
import type { Node } from '../../graph/index.js';
import { type InstructionInput, type VectorClass, vector } from '../../isa/index.js';
import { CompileError } from '../errors.js';
import { type Frame, blockChannels, blockRows, blocks, paddedDims, rowOf } from '../frame.js';
import { type Layer, type ReduceLayer, floatData, shapeOf } from '../layers.js';
import type { LoweringContext } from './context.js';
import type { LayerEmitter, PreparedLayer, RecogniseContext, Refusal } from './emitter.js';
import type { GroupQuant, HardwareShape } from './types.js';

const refuse = (refused: string): Refusal => ({ refused });
const f32 = Math.fround;
const MODE: Record<string, ReduceLayer['mode']> = { ReduceSum: 'sum', ReduceMean: 'mean', ReduceMax: 'max' };

/** The registers of one VECTOR (docs/vector-unit.md §3) besides its fields; unset ones take their reset values. */
export interface VectorRegs {
  width?: number;
  lastWidth?: number;
  groupRows?: number;
  groupStride?: number;
  a?: { scale?: number; zero?: number; lane?: number; count?: number; step?: number; pitch?: number };
  b?: { scale?: number; zero?: number; lane?: number; count?: number; step?: number; pitch?: number };
  y?: { scale?: number; zero?: number; lane?: number; count?: number; step?: number; pitch?: number };
  eps?: number;
  one?: number;
  gatherRows?: number;
  /** softmax: mask patterns (0 = unmasked) and the UB row of the mask block. */
  maskRows?: number;
  maskRow?: number;
}

/**
 * Emits one VECTOR after setting every vector register it reads (the program builder skips SETs
 * of values a register already holds), so the instruction does not depend on earlier VECTORs.
 */
export function emitVector(ctx: LoweringContext, ins: InstructionInput & { op: 'VECTOR' }, r: VectorRegs): void {
  const p = ctx.prog;
  p.setInt('vec.width', r.width ?? 0);
  p.setInt('vec.lastWidth', r.lastWidth ?? 0);
  p.setInt('vec.group.rows', r.groupRows ?? 1);
  p.setInt('vec.group.stride', r.groupStride ?? 0);
  for (const x of ['a', 'b', 'y'] as const) {
    const o = r[x] ?? {};
    p.setFloat(`vec.${x}.scale`, o.scale ?? 1);
    p.setInt(`vec.${x}.zero`, o.zero ?? 0);
    p.setInt(`vec.${x}.lane`, o.lane ?? 0);
    p.setInt(`vec.${x}.count`, o.count ?? 0);
    p.setInt(`vec.${x}.step`, o.step ?? 1);
    p.setInt(`vec.${x}.pitch`, o.pitch ?? 0);
  }
  p.setFloat('vec.eps', r.eps ?? 1e-5);
  p.setInt('vec.one', r.one ?? 255);
  p.setInt('vec.gather.rows', r.gatherRows ?? 0);
  p.setInt('vec.mask.rows', r.maskRows ?? 0);
  p.setInt('vec.mask.row', r.maskRow ?? 0);
  p.emit(ins);
}

// ---------------------------------------------------------------------------------------------
// Recognising

/** The axes of a Reduce node (attribute, or the constant second input from opset 18), normalized. */
function reduceAxes(n: Node, ctx: RecogniseContext, rank: number): number[] | undefined {
  let axes: number[] | undefined;
  if (Array.isArray(n.attrs.axes)) axes = n.attrs.axes as number[];
  else if (n.inputs[1]) {
    const t = ctx.constant(n.inputs[1]);
    if (!t) return undefined;
    axes = Array.from(t.data as BigInt64Array, Number);
  }
  if (!axes || axes.length === 0) return undefined;
  return axes.map((a) => (a < 0 ? a + rank : a)).sort((p, q) => p - q);
}

const same = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((v, i) => v === b[i]);
const shapeText = (s: readonly number[]) => `[${s.join(', ')}]`;

function recogniseReduce(n: Node, ctx: RecogniseContext): ReduceLayer | Refusal {
  const { graph } = ctx;
  const x = n.inputs[0]!;
  if (graph.initializers.has(x)) return refuse(`${n.op} of a constant`);
  const s = shapeOf(graph, x);
  const rank = s.length;
  const axes = reduceAxes(n, ctx, rank);
  const keep = n.attrs.keepdims !== 0;
  const base = { kind: 'reduce' as const, name: n.name, op: n.op, nodes: ctx.nodes, inputs: [x], output: n.outputs[0]! };
  const channelAxis = rank === 4 ? 1 : rank - 1;
  if (axes && keep && rank >= 2 && same(axes, [channelAxis])) {
    if (n.op === 'ReduceMean' && rank !== 4) {
      const ln = decomposedLayerNorm(n, ctx);
      if (ln) return ln;
    }
    return { ...base, mode: MODE[n.op]!, over: 'channels' };
  }
  if (axes && ((rank === 4 && same(axes, [2, 3])) || (rank >= 2 && rank !== 4 && same(axes, [rank - 2]))))
    return { ...base, mode: MODE[n.op]!, over: 'rows' };
  return refuse(
    `${n.op} over axes ${axes ? shapeText(axes) : '(all)'} of ${shapeText(s)}${keep ? '' : ' without keepdims'}: the vector unit reduces over the channels (keepdims) or over the rows of each image`,
  );
}

/** Whether Softmax node `n` runs along the channels of its `rank`-D input (the axis the vector unit's softmax takes). */
function softmaxAlongChannels(n: Node, rank: number): boolean {
  const raw = typeof n.attrs.axis === 'number' ? n.attrs.axis : -1;
  return (raw < 0 ? raw + rank : raw) === (rank === 4 ? 1 : rank - 1);
}

function recogniseSoftmax(n: Node, ctx: RecogniseContext): ReduceLayer | Refusal {
  const x = n.inputs[0]!;
  if (ctx.graph.initializers.has(x)) return refuse('Softmax of a constant');
  const rank = shapeOf(ctx.graph, x).length;
  if (!softmaxAlongChannels(n, rank))
    return refuse(
      `Softmax along axis ${typeof n.attrs.axis === 'number' ? n.attrs.axis : -1} of a ${rank}-D tensor: the vector unit's softmax runs along the channels only`,
    );
  return {
    kind: 'reduce',
    name: n.name,
    op: n.op,
    nodes: ctx.nodes,
    inputs: [x],
    output: n.outputs[0]!,
    mode: 'softmax',
    over: 'channels',
  };
}

/** The per-channel constant of a node input broadcast along the last axis ([C], or a scalar), or undefined. */
function channelConstant(ctx: RecogniseContext, name: string | undefined, channels: number): Float32Array | undefined {
  const t = ctx.constant(name);
  if (!t || !['float32', 'float64', 'float16'].includes(t.dtype)) return undefined;
  const v = floatData(t);
  if (v.length === channels && (t.shape.length === 1 || t.shape.slice(0, -1).every((d) => d === 1))) return Float32Array.from(v);
  if (v.length === 1) return new Float32Array(channels).fill(v[0]!);
  return undefined;
}

function recogniseLayerNorm(n: Node, ctx: RecogniseContext): ReduceLayer | Refusal {
  const x = n.inputs[0]!;
  if (ctx.graph.initializers.has(x)) return refuse('LayerNormalization of a constant');
  const s = shapeOf(ctx.graph, x);
  const raw = typeof n.attrs.axis === 'number' ? n.attrs.axis : -1;
  if (s.length === 4 || (raw !== -1 && raw !== s.length - 1))
    return refuse(
      `LayerNormalization over axis ${raw} of ${shapeText(s)}: the vector unit normalizes along the last axis of rows x features only`,
    );
  if (n.outputs.slice(1).some((o) => o && ctx.consumers(o).length > 0))
    return refuse('LayerNormalization whose Mean or InvStdDev output is used: the vector unit produces the normalized value only');
  const C = s[s.length - 1]!;
  const gamma = channelConstant(ctx, n.inputs[1], C);
  const beta = n.inputs[2] ? channelConstant(ctx, n.inputs[2], C) : new Float32Array(C);
  if (!gamma || !beta) return refuse('LayerNormalization with a scale or bias that is not a constant per channel');
  const epsilon = typeof n.attrs.epsilon === 'number' ? n.attrs.epsilon : 1e-5;
  return {
    kind: 'reduce',
    name: n.name,
    op: n.op,
    nodes: ctx.nodes,
    inputs: [x],
    output: n.outputs[0]!,
    mode: 'norm',
    over: 'channels',
    gamma,
    beta,
    epsilon,
  };
}

/** The single consumer of `value` with op `op` (and, when given, `other` as its other input). */
function next(ctx: RecogniseContext, value: string, op: string): Node | undefined {
  const c = ctx.soleConsumer(value);
  return c && c.op === op ? c : undefined;
}

/** The scalar float constant of a node input, or undefined. */
function scalar(ctx: RecogniseContext, name: string | undefined): number | undefined {
  const t = ctx.constant(name);
  if (!t || !['float32', 'float64'].includes(t.dtype)) return undefined;
  const v = floatData(t);
  return v.length === 1 ? v[0] : undefined;
}

/**
 * The decomposed layer norm torch and hand-written exports produce, starting at its first ReduceMean
 * `m = ReduceMean(x)`: d = Sub(x, m), Pow(d, 2) or Mul(d, d), ReduceMean, Add(eps), Sqrt, Div(d, ·),
 * then optionally Mul(γ) and Add(β). Returns the layer (nodes absorbed) or undefined (nothing taken).
 */
function decomposedLayerNorm(mean: Node, ctx: RecogniseContext): ReduceLayer | undefined {
  const x = mean.inputs[0]!;
  const C = shapeOf(ctx.graph, x).at(-1)!;
  const sub = next(ctx, mean.outputs[0]!, 'Sub');
  if (!sub || sub.inputs[0] !== x || sub.inputs[1] !== mean.outputs[0]) return undefined;
  const d = sub.outputs[0]!;
  const users = ctx.consumers(d);
  if (users.length !== 2 || ctx.isGraphOutput(d)) return undefined;
  const sq = users.find(
    (u) => (u.op === 'Pow' && scalar(ctx, u.inputs[1]) === 2) || (u.op === 'Mul' && u.inputs[0] === d && u.inputs[1] === d),
  );
  const div = users.find((u) => u.op === 'Div' && u.inputs[0] === d);
  if (!sq || !div) return undefined;
  const mean2 = next(ctx, sq.outputs[0]!, 'ReduceMean');
  const axes2 = mean2 && reduceAxes(mean2, ctx, shapeOf(ctx.graph, x).length);
  if (!mean2 || !axes2 || !same(axes2, [shapeOf(ctx.graph, x).length - 1]) || mean2.attrs.keepdims === 0) return undefined;
  const add = next(ctx, mean2.outputs[0]!, 'Add');
  const eps = add && scalar(ctx, add.inputs[1]);
  const sqrt = add && next(ctx, add.outputs[0]!, 'Sqrt');
  if (!add || eps === undefined || !sqrt || div.inputs[1] !== sqrt.outputs[0] || ctx.consumers(sqrt.outputs[0]!).length !== 1)
    return undefined;
  const chain = [sub, sq, mean2, add, sqrt, div];
  let out = div.outputs[0]!;
  let gamma: Float32Array = new Float32Array(C).fill(1);
  let beta: Float32Array = new Float32Array(C);
  const mul = next(ctx, out, 'Mul');
  const g = mul && channelConstant(ctx, mul.inputs[1], C);
  if (mul && g) {
    gamma = g;
    chain.push(mul);
    out = mul.outputs[0]!;
    const addB = next(ctx, out, 'Add');
    const b = addB && channelConstant(ctx, addB.inputs[1], C);
    if (addB && b) {
      beta = b;
      chain.push(addB);
      out = addB.outputs[0]!;
    }
  }
  for (const node of chain) ctx.absorb(node);
  return {
    kind: 'reduce',
    name: mean.name,
    op: 'LayerNormalization',
    nodes: ctx.nodes,
    inputs: [x],
    output: out,
    mode: 'norm',
    over: 'channels',
    gamma,
    beta,
    epsilon: eps,
  };
}

/** The start of the refusal of an Add of a constant before a Softmax that is no mask (lower/vector.ts appends it to its own). */
export const MASK_REFUSAL = 'as a softmax mask';

/**
 * The mask of constant `c` broadcast to `shape` with the channel axis `ch`: per group (every index
 * of the other axes, in order) a row of `shape[ch]` bytes, 1 for 0 and 0 for -inf; the smallest
 * number of rows the groups repeat with. A string says why `c` is no mask.
 */
function maskRows(
  c: Float32Array,
  cShape: readonly number[],
  shape: readonly number[],
  ch: number,
): { bytes: Uint8Array; patterns: number } | string {
  const rank = shape.length;
  const aligned = [...new Array<number>(rank - cShape.length).fill(1), ...cShape];
  if (aligned.some((d, i) => d !== 1 && d !== shape[i]))
    return `${MASK_REFUSAL} its shape ${shapeText(cShape)} must broadcast to ${shapeText(shape)}`;
  const bad = c.find((v) => v !== 0 && v !== -Infinity);
  if (bad !== undefined) return `${MASK_REFUSAL} it must hold only 0 and -inf (it holds ${bad})`;
  const C = shape[ch]!;
  const groups = shape.reduce((a, d) => a * d, 1) / C;
  // the other axes in order, innermost last; C's strides (0 where broadcast)
  const axes = shape.map((_, i) => i).filter((i) => i !== ch);
  const strides = aligned.map((_, i) => aligned.slice(i + 1).reduce((a, d) => a * d, 1));
  const bytes = new Uint8Array(groups * C);
  const idx = new Array<number>(rank).fill(0);
  for (let g = 0; g < groups; g++) {
    let rem = g;
    for (let k = axes.length - 1; k >= 0; k--) {
      const a = axes[k]!;
      idx[a] = rem % shape[a]!;
      rem = Math.floor(rem / shape[a]!);
    }
    let any = false;
    for (let j = 0; j < C; j++) {
      idx[ch] = j;
      const at = idx.reduce((acc, v, i) => acc + (aligned[i] === 1 ? 0 : v * strides[i]!), 0);
      bytes[g * C + j] = c[at] === 0 ? 1 : 0;
      any ||= c[at] === 0;
    }
    if (!any) return `${MASK_REFUSAL} no row may be wholly -inf (its softmax is NaN), as group ${g}'s is`;
  }
  // the fewest patterns: the smallest period dividing the groups
  for (let m = 1; m <= groups; m++) {
    if (groups % m !== 0) continue;
    let periodic = true;
    for (let k = m * C; k < bytes.length && periodic; k++) periodic = bytes[k] === bytes[k - m * C];
    if (periodic) return { bytes: bytes.slice(0, m * C), patterns: m };
  }
  return { bytes, patterns: groups };
}

/**
 * Add(x, C) → Softmax along the channels, with C a constant of 0 and -inf entries (an additive
 * attention mask, e.g. a causal [T, T] or [1, T, T]): one masked softmax (docs/vector-unit.md §4),
 * the mask's rows a parameter block. Anything else is refused with the earlier recogniser's reason
 * (this one only claims masks).
 */
function recogniseMaskedSoftmax(n: Node, ctx: RecogniseContext): ReduceLayer | Refusal {
  const pass = (why?: string) => refuse(ctx.earlierRefusal ?? why ?? 'not an additive mask before a Softmax');
  const [a, b] = [n.inputs[0]!, n.inputs[1]!];
  const [ca, cb] = [ctx.constant(a), ctx.constant(b)];
  if (!ca === !cb) return pass();
  const [x, c] = ca ? [b, ca] : [a, cb!];
  const softmax = ctx.soleConsumer(n.outputs[0]!);
  const shape = shapeOf(ctx.graph, x);
  const rank = shape.length;
  if (!softmax || softmax.op !== 'Softmax' || !softmaxAlongChannels(softmax, rank) || !same(shapeOf(ctx.graph, n.outputs[0]!), shape))
    return pass();
  if (!['float32', 'float64', 'float16'].includes(c.dtype)) return pass();
  const mask = maskRows(floatData(c), c.shape, shape, rank === 4 ? 1 : rank - 1);
  if (typeof mask === 'string') {
    // a constant per channel is the vector unit's binary add (lower/vector.ts), which keeps its own reasons
    const ch = rank === 4 ? 1 : rank - 1;
    const perChannel = c.shape.every((d, i) => d === 1 || i + rank - c.shape.length === ch);
    return perChannel ? pass() : refuse(mask);
  }
  ctx.absorb(softmax);
  return {
    kind: 'reduce',
    name: n.name,
    op: 'Softmax',
    nodes: ctx.nodes,
    inputs: [x],
    output: softmax.outputs[0]!,
    mode: 'softmax',
    over: 'channels',
    mask: { ...mask, constant: ca ? a : b },
  };
}

function recognise(n: Node, ctx: RecogniseContext): ReduceLayer | Refusal {
  if (n.op === 'Add') return recogniseMaskedSoftmax(n, ctx);
  if (n.op === 'Softmax') return recogniseSoftmax(n, ctx);
  if (n.op === 'LayerNormalization') return recogniseLayerNorm(n, ctx);
  return recogniseReduce(n, ctx);
}

// ---------------------------------------------------------------------------------------------
// Sizes

/** Images and rows per image of a 'rows' reduction's input (spatial: H·W pixels; rows x features: the axis before the last). */
function rowGroups(shape: readonly number[]): { images: number; rows: number } {
  if (shape.length === 4) return { images: shape[0]!, rows: shape[2]! * shape[3]! };
  const rows = shape[shape.length - 2]!;
  return { images: shape.slice(0, -1).reduce((a, b) => a * b, 1) / rows, rows };
}

/** Elements in one group. */
function groupSize(l: ReduceLayer, shape: readonly number[]): number {
  return l.over === 'rows' ? rowGroups(shape).rows : shape[shape.length === 4 ? 1 : shape.length - 1]!;
}

/** Busy cycles of the layer's VECTORs at full lane width (docs/vector-unit.md §6, without table setup). */
function estimateCycles(graph: LoweringContext['graph'], l: ReduceLayer, hw: HardwareShape): number {
  const s = shapeOf(graph, l.inputs[0]!);
  const W = Math.max(hw.rows, hw.cols);
  const channels = s[s.length === 4 ? 1 : s.length - 1]!;
  const pixels = s.reduce((a, d) => a * d, 1) / channels;
  const passes = l.mode === 'softmax' ? 3 : l.mode === 'norm' ? 2 : 1;
  return passes * pixels * Math.ceil(channels / W);
}

// ---------------------------------------------------------------------------------------------
// Preparing and emitting

function prepare(ctx: LoweringContext, l: ReduceLayer): PreparedLayer<ReduceLayer> {
  const xq = ctx.qOf(l.inputs[0]!);
  const yq = ctx.qOf(l.output);
  const shape = shapeOf(ctx.graph, l.inputs[0]!);
  const group: GroupQuant = { mode: l.mode, over: l.over, n: groupSize(l, shape) };
  const params: number[] = [];
  if (l.mode === 'softmax') {
    // output scale 1/one: calibration gives softmax outputs zero point 0 and scale f32(1 / one) (quantize.ts softmaxParams)
    group.table = vector.softmaxTable(f32(xq.scale));
    group.one = Math.max(1, Math.round(1 / yq.scale));
    params.push(ctx.params.addBytes(new Uint8Array(group.table.buffer.slice(0))));
    if (l.mask) {
      group.mask = l.mask;
      params.push(ctx.params.addBytes(maskBlock(l.mask.bytes, l.mask.patterns, group.n, ctx.P, ctx.W)));
    }
  } else if (l.mode === 'norm') {
    const { g, b } = vector.normParams(l.gamma!, l.beta, f32(yq.scale));
    Object.assign(group, { g, b, eps: f32(l.epsilon!) });
    params.push(ctx.params.addBytes(normBlock(g, b, ctx.P, ctx.W)));
  }
  return {
    layer: l,
    params,
    mapping: `vector unit ${l.mask ? `softmax masked by ${l.mask.patterns} pattern${l.mask.patterns > 1 ? 's' : ''}` : l.mode}${l.mode === 'softmax' || l.mode === 'norm' ? '' : ` over the ${l.over}`}`,
    quant: {
      kind: 'reduce',
      name: l.name,
      inputs: [{ tensor: l.inputs[0]!, q: xq }],
      output: { tensor: l.output, q: yq },
      act: 'identity',
      group,
    },
  };
}

/** norm's parameter block: for channel block r, rows 8r..8r+7 hold g of its lanes (bytes 4l), then b (bytes 4W + 4l). */
function normBlock(g: Float32Array, b: Float32Array, P: number, W: number): Uint8Array {
  const nb = Math.ceil(g.length / P);
  const bytes = new Uint8Array(8 * W * nb);
  const view = new DataView(bytes.buffer);
  for (let c = 0; c < g.length; c++) {
    const r = Math.floor(c / P),
      l = c % P;
    view.setFloat32(8 * W * r + 4 * l, g[c]!, true);
    view.setFloat32(8 * W * r + 4 * W + 4 * l, b[c]!, true);
  }
  return bytes;
}

/** A masked softmax's mask block: pattern p's channel block r at row p·nb + r, byte l = mask of channel rP + l (docs/vector-unit.md §3). */
function maskBlock(mask: Uint8Array, patterns: number, C: number, P: number, W: number): Uint8Array {
  const nb = Math.ceil(C / P);
  const bytes = new Uint8Array(patterns * nb * W);
  for (let p = 0; p < patterns; p++) for (let c = 0; c < C; c++) bytes[(p * nb + Math.floor(c / P)) * W + (c % P)] = mask[p * C + c]!;
  return bytes;
}

const unpadded = (f: Frame) => f.pad.every((p) => p === 0);

/**
 * Gives the input and output of each softmax and norm on NCHW images the same border (the larger
 * of what their convolution readers need), so both frames have one block stride: the unit walks a
 * group's channel blocks with one `vec.group.stride` for A and Y. Run after the borders are planned.
 */
export function alignGroupBorders(layers: readonly Layer[], padNeeded: Map<string, [number, number, number, number]>): void {
  for (let pass = 0; pass < 2; pass++) {
    for (const l of layers) {
      if (l.kind !== 'reduce' || (l.mode !== 'softmax' && l.mode !== 'norm')) continue;
      const [x, y] = [padNeeded.get(l.inputs[0]!), padNeeded.get(l.output)];
      if (!x && !y) continue;
      const both = [0, 1, 2, 3].map((k) => Math.max(x?.[k] ?? 0, y?.[k] ?? 0)) as [number, number, number, number];
      padNeeded.set(l.inputs[0]!, both);
      padNeeded.set(l.output, [...both]);
    }
  }
}

/** Softmax, norm and channel reductions: one group per pixel, all channel blocks (stride: the block rows). */
function emitChannels(ctx: LoweringContext, p: PreparedLayer<ReduceLayer>, x: Frame, y: Frame): void {
  const l = p.layer;
  const nb = blocks(x);
  const w = nb > 1 ? x.g : x.channels;
  const last = blockChannels(x, nb - 1);
  const elementwise = l.mode === 'softmax' || l.mode === 'norm';
  const stride = (f: Frame) => f.blockStride ?? blockRows(f);
  if (elementwise && nb > 1 && stride(x) !== stride(y))
    throw new CompileError(
      `${l.op} "${l.name}": its input and output frames have different borders; the vector unit needs one block stride for both`,
    );
  const q = p.quant;
  const regs: VectorRegs = {
    width: w,
    lastWidth: last === w ? 0 : last,
    groupRows: nb,
    groupStride: nb > 1 ? stride(x) : 0,
    a: { scale: q.inputs[0]!.q.scale, zero: q.inputs[0]!.q.zeroPoint },
    y: { scale: q.output.q.scale, zero: q.output.q.zeroPoint },
    eps: q.group!.eps,
    one: q.group!.one,
    maskRows: l.mask?.patterns ?? 0,
    maskRow: p.params[1] ?? 0,
  };
  const operation = l.mode === 'max' ? 'rmax' : l.mode;
  const b = p.params[0] ?? 0;
  // one VECTOR over all pixels when both frames are dense, else one per image row
  if (unpadded(x) && unpadded(y)) {
    emitVector(ctx, { op: 'VECTOR', a: x.base, b, y: y.base, len: x.n * x.h * x.w, operation }, regs);
    return;
  }
  const M = l.mask?.patterns ?? 1;
  for (let n = 0; n < x.n; n++)
    for (let r = 0; r < x.h; r++) {
      // a mask of several patterns: one VECTOR per pixel, each from its pattern (pixel index mod M)
      if (M > 1) {
        for (let c = 0; c < x.w; c++) {
          const at = { ...regs, maskRow: regs.maskRow! + (((n * x.h + r) * x.w + c) % M) * nb };
          emitVector(ctx, { op: 'VECTOR', a: rowOf(x, 0, n, r, c), b, y: rowOf(y, 0, n, r, c), len: 1, operation }, at);
        }
        continue;
      }
      emitVector(ctx, { op: 'VECTOR', a: rowOf(x, 0, n, r, 0), b, y: rowOf(y, 0, n, r, 0), len: x.w, operation }, regs);
    }
}

/**
 * Reductions over the rows of each image: per channel block, one perLane group per image. An image
 * inside a zero-point border is reduced whole, border included: its rows add 0 to a sum, and a mean
 * is that sum with the output scale s_y·n (n the pixels inside), which is mean's multiplier
 * f32(s_a / f32(s_y·f32(n))) exactly. A maximum would see the border's zero: refused.
 */
function emitRows(ctx: LoweringContext, p: PreparedLayer<ReduceLayer>, x: Frame, y: Frame): void {
  const l = p.layer;
  const padded = !unpadded(x);
  if (padded && l.mode === 'max')
    throw new CompileError(`${l.op} "${l.name}": its input frame has a convolution border, which a maximum over the image would include`);
  const { images, rows } = rowGroups(shapeOf(ctx.graph, l.inputs[0]!));
  const { hp, wp } = paddedDims(x);
  const q = p.quant;
  const sy = padded && l.mode === 'mean' ? f32(q.output.q.scale * f32(rows)) : q.output.q.scale;
  const operation = l.mode === 'max' ? 'rmax' : padded ? 'sum' : l.mode;
  const groupRows = padded ? hp * wp : rows;
  for (let b = 0; b < blocks(x); b++) {
    const yStep = images > 1 ? rowOf(y, b, 1, 0, 0) - rowOf(y, b, 0, 0, 0) : 1;
    emitVector(
      ctx,
      { op: 'VECTOR', a: rowOf(x, b, 0, -x.pad[0], -x.pad[1]), y: rowOf(y, b, 0, 0, 0), len: images, operation, perLane: true },
      {
        width: blockChannels(x, b),
        groupRows,
        groupStride: 1,
        a: { scale: q.inputs[0]!.q.scale, zero: q.inputs[0]!.q.zeroPoint, step: groupRows },
        y: { scale: sy, zero: q.output.q.zeroPoint, step: yStep },
      },
    );
  }
}

export const reduceEmitter: LayerEmitter<ReduceLayer> = {
  name: 'reduce',
  ops: ['ReduceSum', 'ReduceMean', 'ReduceMax', 'Softmax', 'LayerNormalization', 'Add'],
  kinds: ['reduce'],
  recognise,
  vectorClass: (l): VectorClass | VectorClass[] =>
    l.mask ? ['softmax', 'mask'] : l.mode === 'softmax' ? 'softmax' : l.mode === 'norm' ? 'norm' : 'reduce',
  describe: (l) =>
    l.mode === 'softmax'
      ? `${l.mask ? 'masked softmax (an additive mask of 0 and -inf fused)' : 'softmax'} along the channels on the vector unit`
      : l.mode === 'norm'
        ? `layer normalization on the vector unit${l.nodes.length > 1 ? ` (${l.nodes.length} nodes)` : ''}`
        : `${l.op} over the ${l.over} on the vector unit`,
  estimateCycles,
  // softmax and norm write each pixel's group where they read it; a reduction writes fewer rows
  overwritesInput: (l) => l.over === 'channels' && (l.mode === 'softmax' || l.mode === 'norm'),
  walksWithInput: (l) => l.over === 'channels' && (l.mode === 'softmax' || l.mode === 'norm'),
  prepare,
  emit: (ctx, p, y) => {
    const x = ctx.frames.get(p.layer.inputs[0]!)!;
    if (p.layer.over === 'rows') emitRows(ctx, p, x, y!);
    else emitChannels(ctx, p, x, y!);
  },
};
