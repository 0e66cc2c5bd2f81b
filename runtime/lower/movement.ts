// Data movement inside the Unified Buffer on the vector unit (docs/vector-unit.md §8): Slice,
// Split (one Slice per output, see compile/normalise.ts), Concat on any axis, Pad, Transpose,
// Reshapes that move data, and chains of them ending back in a 4-D-or-lower tensor (a channel
// shuffle's Reshape → Transpose → Reshape is one layer). Every one of them only moves bytes: the
// inputs and output share their quantization (compile/calibrate.ts groups them), so the uint8 data
// move unchanged and the layer is bit-exact with the same ops on uint8 in onnxruntime.
//
// How: the layer's nodes are run once at compile time on int32 *codes* (element index + 1 of
// each input; 0 for a Pad's constant), which tells, for every output element, where it comes
// from — whatever the ops are. Each output UB row then needs, per source row, either a `copy`
// (the lanes move as one run) or a `permute` (a lane table); consecutive output rows that repeat
// the same lanes with row addresses of one row pattern (count/step/pitch) become one VECTOR.
import { type Graph, type Node, Graph as GraphClass, execute, quantizeValue, sizeOf, tensor } from '../../graph/index.js';
import { type VectorClass, vector } from '../../isa/index.js';
import { CompileError } from '../errors.js';
import { type Frame, blockChannels, blockRows, blocks, frameFor, rowOf } from '../frame.js';
import { type GatherLayer, type MoveLayer, floatData, shapeOf } from '../layers.js';
import type { QParams } from '../quantize.js';
import type { LoweringContext } from './context.js';
import type { LayerEmitter, PreparedLayer, RecogniseContext, Refusal } from './emitter.js';

const refuse = (refused: string): Refusal => ({ refused });

/** Ops that only move elements and may continue a movement layer (absorbed while the tensor is above 4-D). */
const CHAIN_OPS = new Set(['Reshape', 'Transpose', 'Flatten', 'Squeeze', 'Unsqueeze']);

/** Whether every input of `n` after the first is a constant (or absent). */
function constantOperands(n: Node, ctx: RecogniseContext): boolean {
  return n.inputs.slice(1).every((i) => !i || ctx.constant(i) !== undefined);
}

/** Whether `x` is a layout-only view of an NCHW image (its UB rows are laid out as the image's, not as its own shape's). */
function viewOfImage(x: string, ctx: RecogniseContext): boolean {
  for (let p = ctx.producer(x); p?.kind === 'view'; p = ctx.producer(p.inputs[0]!))
    if (shapeOf(ctx.graph, p.inputs[0]!).length === 4) return true;
  return false;
}

/**
 * A movement node (and the movement nodes it leads into while the tensor is above 4-D, e.g. a
 * channel shuffle) as a move layer, or why not. Called for Transpose, Slice, Pad, and by the view
 * and concat recognisers for the Reshapes and Concats they cannot lower for free.
 */
export function recogniseMove(n: Node, ctx: RecogniseContext): MoveLayer | Refusal {
  const { graph } = ctx;
  const concat = n.op === 'Concat';
  const inputs = concat ? [...n.inputs] : [n.inputs[0]!];
  if (inputs.some((i) => !i || graph.initializers.has(i))) return refuse(`${n.op} of a constant: the TPU moves activations only`);
  if (!concat && !constantOperands(n, ctx)) return refuse(`${n.op} with computed (non-constant) parameters: the host decides them`);
  for (const x of inputs) {
    const dtype = graph.typeOf(x)?.dtype;
    if (dtype !== 'float32') return refuse(`${n.op} of a ${dtype ?? 'untyped'} tensor: the TPU moves quantized activations only`);
    if (viewOfImage(x, ctx)) return refuse(`${n.op} of a flattened image (a layout-only view): the TPU moves tensors in their own frames`);
  }
  if (n.op === 'Pad' && n.attrs.mode !== undefined && !['constant', 'reflect', 'edge'].includes(String(n.attrs.mode)))
    return refuse(`Pad mode ${String(n.attrs.mode)}`);
  let output = n.outputs[0]!;
  while (shapeOf(graph, output).length > 4) {
    const next = ctx.soleConsumer(output);
    if (!next || !CHAIN_OPS.has(next.op) || !constantOperands(next, ctx)) break;
    ctx.absorb(next);
    output = next.outputs[0]!;
  }
  return { kind: 'move', name: n.name, op: n.op, nodes: ctx.nodes, inputs, output };
}

/**
 * For each element of the layer's output (row-major), where it comes from: 0 for a Pad's
 * constant, else `offset(k) + index + 1` for element `index` of input k (offsets: the sizes of
 * the inputs before k). Runs the layer's own nodes on int32 codes with the reference kernels.
 */
function sourceCodes(graph: Graph, l: MoveLayer): { codes: Int32Array; offsets: number[] } {
  const g = new GraphClass(`${l.name}-codes`);
  g.opsets = graph.opsets;
  const feeds: Record<string, ReturnType<typeof tensor>> = {};
  const offsets: number[] = [];
  let offset = 0;
  for (const x of l.inputs) {
    const shape = shapeOf(graph, x);
    const n = sizeOf(shape);
    if (offset + n >= 2 ** 31 - 1) throw new CompileError(`"${l.name}" moves more than 2^31 elements`);
    g.inputs.push({ name: x, dtype: 'int32', shape });
    feeds[x] = tensor(
      'int32',
      shape,
      Int32Array.from({ length: n }, (_, i) => offset + i + 1),
    );
    offsets.push(offset);
    offset += n;
  }
  g.nodes = l.nodes.map((node) => {
    if (node.op !== 'Pad' || !node.inputs[2]) return node;
    return { ...node, inputs: [node.inputs[0]!, node.inputs[1]!, `${node.name}__code0`, ...node.inputs.slice(3)] };
  });
  for (const node of g.nodes)
    for (const i of node.inputs) if (i && graph.initializers.has(i)) g.initializers.set(i, graph.initializers.get(i)!);
  for (const node of l.nodes)
    if (node.op === 'Pad' && node.inputs[2]) g.initializers.set(`${node.name}__code0`, tensor('int32', [], Int32Array.of(0)));
  g.outputs.push({ name: l.output, dtype: 'int32', shape: shapeOf(graph, l.output) });
  const out = execute(g, feeds)[l.output]!;
  return { codes: out.data as Int32Array, offsets };
}

/** The byte a Pad's constant becomes in the output's quantization (0.0 → the zero point). */
export function padConstantByte(graph: Graph, l: MoveLayer, q: QParams): number {
  const pad = l.nodes.find((n) => n.op === 'Pad' && (n.attrs.mode === undefined || n.attrs.mode === 'constant'));
  const c = pad?.inputs[2] ? graph.initializers.get(pad.inputs[2]) : undefined;
  const value = c ? Number(c.data[0]) : 0;
  return quantizeValue(value, q.scale, q.zeroPoint, 0, 255);
}

/** UB row (relative to the frame's base) and lane of element `i` (row-major) of a frame's tensor. */
function locate(f: Frame, i: number): [number, number] {
  if (!f.spatial) {
    const r = Math.floor(i / f.channels),
      c = i % f.channels;
    return [Math.floor(c / f.g) * (f.blockStride ?? blockRows(f)) + r, c % f.g];
  }
  const x = i % f.w,
    y = Math.floor(i / f.w) % f.h,
    c = Math.floor(i / (f.w * f.h)) % f.channels,
    n = Math.floor(i / (f.w * f.h * f.channels));
  return [rowOf(f, Math.floor(c / f.g), n, y, x), c % f.g];
}

/** Each interior row of a frame (relative to its base) with, per lane, the row-major index of its element. */
function* frameRowsOf(f: Frame): Generator<{ row: number; elems: number[] }> {
  for (let b = 0; b < blocks(f); b++) {
    const cb = blockChannels(f, b);
    for (let n = 0; n < f.n; n++)
      for (let y = 0; y < f.h; y++)
        for (let x = 0; x < f.w; x++) {
          const elems = Array.from({ length: cb }, (_, l) => {
            const c = b * f.g + l;
            return f.spatial ? ((n * f.channels + c) * f.h + y) * f.w + x : n * f.channels + c;
          });
          yield { row: rowOf({ ...f, base: 0 }, b, n, y, x), elems };
        }
  }
}

/** A row pattern (isa/vector.ts patternRow) grown one row at a time. */
export class RowPattern {
  n = 1;
  step = -1;
  count = 0;
  pitch = 0;
  constructor(readonly base: number) {}

  /** The pattern extended by `v` as step n, or undefined when no pattern holds both. */
  extended(v: number): RowPattern | undefined {
    const p = Object.assign(new RowPattern(this.base), this);
    const i = this.n;
    if (i === 1) {
      if (v < this.base) return undefined;
      p.step = v - this.base;
    } else if (this.count === 0) {
      if (v !== this.base + i * this.step) {
        if (v < this.base) return undefined;
        p.count = i;
        p.pitch = v - this.base;
      }
    } else if (v !== this.base + Math.floor(i / this.count) * this.pitch + (i % this.count) * this.step) return undefined;
    p.n = i + 1;
    return p;
  }
}

/** One VECTOR of a movement plan; rows relative to their frame's base (input k, or the constant row when k = -1). */
export interface MoveStep {
  op: 'copy' | 'permute';
  k: number;
  a: RowPattern;
  y: RowPattern;
  aLane: number;
  yLane: number;
  w: number;
  /** permute: per output lane of the window, the source lane or vector.PERMUTE_KEEP. */
  table?: Uint16Array;
}

/** The lanes of one output row taken from one source row, as copies (runs) or one permute. */
function laneGroups(pairs: [number, number][]): Omit<MoveStep, 'k' | 'a' | 'y'>[] {
  const runs: [number, number, number][] = []; // yLane, aLane, w
  for (const [yl, al] of pairs) {
    const last = runs.at(-1);
    if (last && yl === last[0] + last[2] && al === last[1] + last[2]) last[2]++;
    else runs.push([yl, al, 1]);
  }
  if (runs.length <= 2) return runs.map(([yLane, aLane, w]) => ({ op: 'copy' as const, yLane, aLane, w }));
  const yLane = pairs[0]![0];
  const w = pairs.at(-1)![0] - yLane + 1;
  const table = new Uint16Array(w).fill(vector.PERMUTE_KEEP);
  for (const [yl, al] of pairs) table[yl - yLane] = al;
  return [{ op: 'permute', yLane, aLane: 0, w, table }];
}

/**
 * The VECTORs that build the output frame `yf` from the input frames `xf` (and a constant row for
 * padding), given where each output element comes from (sourceCodes).
 */
export function planMove(xf: Frame[], yf: Frame, codes: Int32Array, offsets: number[]): MoveStep[] {
  const steps: MoveStep[] = [];
  const open = new Map<string, MoveStep>();
  for (const { row, elems } of frameRowsOf(yf)) {
    const bySource = new Map<string, { k: number; row: number; pairs: [number, number][] }>();
    elems.forEach((e, yl) => {
      const code = codes[e]!;
      let k = -1,
        src: [number, number] = [0, yl];
      if (code > 0) {
        k = offsets.length - 1;
        while (offsets[k]! >= code) k--;
        src = locate(xf[k]!, code - 1 - offsets[k]!);
      }
      const key = `${k}:${src[0]}`;
      const g = bySource.get(key) ?? { k, row: src[0], pairs: [] };
      g.pairs.push([yl, src[1]]);
      bySource.set(key, g);
    });
    for (const { k, row: aRow, pairs } of bySource.values()) {
      for (const g of laneGroups(pairs)) {
        const key = `${g.op}:${k}:${g.yLane}:${g.aLane}:${g.w}:${g.table?.join(',') ?? ''}`;
        const cur = open.get(key);
        const a = cur?.a.extended(aRow),
          y = cur?.y.extended(row);
        if (cur && a && y && a.n < 2 ** 24) {
          cur.a = a;
          cur.y = y;
          continue;
        }
        const step: MoveStep = { ...g, k, a: new RowPattern(aRow), y: new RowPattern(row) };
        steps.push(step);
        open.set(key, step);
      }
    }
  }
  return steps;
}

/** A prepared move: its plan, the UB rows of its permute tables (per step, and by table) and of its constant row. */
interface MovePlan {
  steps: MoveStep[];
  tableRows: number[];
  tables: Map<string, number>;
  constRow: number;
  codes: Int32Array;
  offsets: number[];
}

const plans = new WeakMap<PreparedLayer, MovePlan>();

/** The frame a tensor will have in the segment (as allocFrame makes it), at base 0. */
function plannedFrame(ctx: LoweringContext, name: string): Frame {
  const shape = shapeOf(ctx.graph, name);
  return frameFor(shape, ctx.P, shape.length === 4 ? (ctx.padNeeded.get(name) ?? [0, 0, 0, 0]) : [0, 0, 0, 0]);
}

function prepareMove(ctx: LoweringContext, l: MoveLayer): PreparedLayer<MoveLayer> {
  const q = ctx.qOf(l.output);
  const { codes, offsets } = sourceCodes(ctx.graph, l);
  const steps = planMove(
    l.inputs.map((x) => plannedFrame(ctx, x)),
    plannedFrame(ctx, l.output),
    codes,
    offsets,
  );
  const tables = new Map<string, number>();
  const tableRows = steps.map((s) => {
    if (!s.table) return 0;
    const key = s.table.join(',');
    if (!tables.has(key)) tables.set(key, ctx.params.addBytes(new Uint8Array(s.table.buffer, s.table.byteOffset, s.table.byteLength)));
    return tables.get(key)!;
  });
  const constRow = steps.some((s) => s.k < 0) ? ctx.params.addBytes(new Uint8Array(ctx.W).fill(padConstantByte(ctx.graph, l, q))) : 0;
  const permutes = steps.filter((s) => s.op === 'permute').length;
  const p: PreparedLayer<MoveLayer> = {
    layer: l,
    params: [],
    mapping: `vector unit: ${steps.length - permutes} copies${permutes ? `, ${permutes} permutes` : ''}`,
    quant: {
      kind: 'move',
      name: l.name,
      inputs: l.inputs.map((x) => ({ tensor: x, q: ctx.qOf(x) })),
      output: { tensor: l.output, q },
      act: 'identity',
    },
  };
  plans.set(p, { steps, tableRows, tables, constRow, codes, offsets });
  return p;
}

function emitMove(ctx: LoweringContext, p: PreparedLayer<MoveLayer>, y: Frame): void {
  const plan = plans.get(p)!;
  const xs = p.layer.inputs.map((x) => ctx.frames.get(x)!);
  xs.forEach((f, k) => {
    const want = plannedFrame(ctx, p.layer.inputs[k]!);
    if (f.n !== want.n || f.h !== want.h || f.w !== want.w || f.channels !== want.channels || f.pad.some((v, i) => v !== want.pad[i]))
      throw new CompileError(`internal: "${p.layer.inputs[k]}" does not lie in the UB as "${p.layer.name}" planned`);
  });
  // an input that is a row slice of a larger frame keeps that frame's block stride: its source rows
  // differ from the plan's (packed blocks), so plan again (the same lane groups, hence the same tables)
  let { steps, tableRows } = plan;
  if (xs.some((f, k) => f.blockStride !== undefined && f.blockStride !== blockRows(plannedFrame(ctx, p.layer.inputs[k]!)))) {
    const yf = plannedFrame(ctx, p.layer.output);
    steps = planMove(
      xs.map((f) => ({ ...f, base: 0 })),
      yf,
      plan.codes,
      plan.offsets,
    );
    tableRows = steps.map((s) => (s.table ? plan.tables.get(s.table.join(','))! : 0));
  }
  const prog = ctx.prog;
  steps.forEach((s, i) => {
    for (const [x, pat] of [
      ['a', s.a],
      ['y', s.y],
    ] as const) {
      prog.setInt(`vec.${x}.count`, pat.count);
      prog.setInt(`vec.${x}.step`, Math.max(pat.step, 0));
      prog.setInt(`vec.${x}.pitch`, pat.pitch);
    }
    prog.setInt('vec.a.lane', s.aLane);
    prog.setInt('vec.y.lane', s.yLane);
    prog.setInt('vec.width', s.w === ctx.W ? 0 : s.w);
    const a = (s.k < 0 ? plan.constRow : xs[s.k]!.base) + s.a.base;
    prog.emit({ op: 'VECTOR', a, b: tableRows[i]!, y: y.base + s.y.base, len: s.y.n, operation: s.op });
  });
}

export const moveEmitter: LayerEmitter<MoveLayer> = {
  name: 'move',
  ops: ['Transpose', 'Slice', 'Pad', 'Squeeze', 'Unsqueeze', 'Concat'],
  kinds: ['move'],
  vectorClass: (): VectorClass => 'move',
  recognise: recogniseMove,
  describe: (l) => `data movement on the vector unit (${l.nodes.map((n) => n.op).join(' → ')})`,
  // vector-unit rows, about one per output row of W bytes (the matrix unit is not used)
  estimateCycles: (graph, l, hw) => Math.ceil(sizeOf(shapeOf(graph, l.output)) / Math.max(hw.rows, hw.cols)),
  prepare: prepareMove,
  emit: (ctx, p, y) => emitMove(ctx, p, y!),
};

/** A Gather of rows of a constant float table [rows, features] (an embedding) by activation indices (constant indices: a move). */
function recogniseGather(n: Node, ctx: RecogniseContext): GatherLayer | MoveLayer | Refusal {
  const { graph } = ctx;
  const [data, indices] = [n.inputs[0]!, n.inputs[1]!];
  const table = ctx.constant(data);
  // constant indices into an activation: a fixed movement like a Slice
  if (!table && ctx.constant(indices)) return recogniseMove(n, ctx);
  if (!table) return refuse('Gather from an activation by computed indices: the vector unit gathers rows of a constant table only');
  if (table.dtype !== 'float32') return refuse(`Gather from a ${table.dtype} constant: shape arithmetic runs on the host`);
  if (ctx.constant(indices)) return refuse('Gather with constant indices');
  if (table.shape.length !== 2) return refuse(`Gather from a ${table.shape.length}-D table: the vector unit gathers rows of a 2-D table`);
  const axis = typeof n.attrs.axis === 'number' ? n.attrs.axis : 0;
  if (axis !== 0 && axis !== -2) return refuse(`Gather along axis ${axis}: the vector unit gathers table rows (axis 0)`);
  const out = shapeOf(graph, n.outputs[0]!);
  if (out.length === 4) return refuse('Gather with 3-D indices: a 4-D output would be laid out as an image');
  const [rows, features] = table.shape as [number, number];
  return {
    kind: 'gather',
    name: n.name,
    op: 'Gather',
    nodes: ctx.nodes,
    inputs: [indices],
    output: n.outputs[0]!,
    table: floatData(table),
    rows,
    features,
  };
}

/** The table quantized to the output's parameters, in per-block UB rows with the parameter blocks. */
function prepareGather(ctx: LoweringContext, l: GatherLayer): PreparedLayer<GatherLayer> {
  const q = ctx.qOf(l.output);
  const table = new Uint8Array(l.table.length);
  for (let i = 0; i < table.length; i++) table[i] = quantizeValue(l.table[i]!, q.scale, q.zeroPoint, 0, 255);
  const tf = frameFor([l.rows, l.features], ctx.P);
  const blockRowsAt = Array.from({ length: blocks(tf) }, (_, b) => {
    const bytes = new Uint8Array(l.rows * ctx.W);
    const cb = blockChannels(tf, b);
    for (let r = 0; r < l.rows; r++) bytes.set(table.subarray(r * l.features + b * tf.g, r * l.features + b * tf.g + cb), r * ctx.W);
    return ctx.params.addBytes(bytes);
  });
  const p: PreparedLayer<GatherLayer> = {
    layer: l,
    params: blockRowsAt,
    mapping: `vector unit: gather of ${l.rows} table rows, ${blockRowsAt.length} per index`,
    quant: { kind: 'gather', name: l.name, inputs: [], output: { tensor: l.output, q }, act: 'identity', table },
  };
  return p;
}

function emitGather(ctx: LoweringContext, p: PreparedLayer<GatherLayer>, y: Frame): void {
  const idx = ctx.frames.get(p.layer.inputs[0]!)!;
  const prog = ctx.prog;
  for (const x of ['a', 'y'] as const) {
    prog.setInt(`vec.${x}.count`, 0);
    prog.setInt(`vec.${x}.step`, 1);
  }
  prog.setInt('vec.a.lane', 0);
  prog.setInt('vec.y.lane', 0);
  prog.setInt('vec.gather.rows', p.layer.rows);
  p.params.forEach((tableRow, b) => {
    const w = blockChannels(y, b);
    prog.setInt('vec.width', w === ctx.W ? 0 : w);
    prog.emit({ op: 'VECTOR', a: tableRow, b: idx.base, y: y.base + b * blockRows(y), len: y.n, operation: 'gather' });
  });
}

export const gatherEmitter: LayerEmitter<GatherLayer> = {
  name: 'gather',
  ops: ['Gather'],
  kinds: ['gather'],
  vectorClass: (): VectorClass => 'move',
  recognise: recogniseGather,
  describe: () => 'embedding gather on the vector unit',
  // (Gather with constant indices into an activation becomes a move layer, lowered by moveEmitter)
  // one vector-unit row per index and block of the table's features
  estimateCycles: (graph, l, hw) => Math.ceil(l.features / Math.max(hw.rows, hw.cols)) * (sizeOf(shapeOf(graph, l.output)) / l.features),
  prepare: prepareGather,
  emit: (ctx, p, y) => emitGather(ctx, p, y!),
};
