// MatMul of two activations (attention's Q·Kᵀ and P·V; docs/vector-unit.md §7): the second
// operand enters the matrix unit as weights through the Unified Buffer → weight FIFO path
// (READ_WEIGHTS `ub`, a what-if the config enables with weightFifo.fromUnifiedBuffer). Before the
// multiplies the vector unit re-quantizes each operand with one lookup per channel block: b to int8
// with zero point 0 (the tile's type), a to int8 with zero point 0 (or unchanged uint8 when its zero
// point is already 0, as a softmax output's), so Σ(a − 0)(b − 0) = Σ a·b and no zero-point term
// needs run-time column sums. The lookups also give clean scratch rows: every lane a MATMUL reads
// beyond K is 0, so tile rows beyond a K chunk (UB rows of the next batch entry) add nothing.
import type { Node } from '../../graph/index.js';
import { outputScale } from '../../graph/index.js';
import { type InstructionInput, vector } from '../../isa/index.js';
import type { HardwareConfig } from '../../sim/index.js';
import { type Frame, blockBase, blockChannels, blockRows, blocks, frameRows } from '../frame.js';
import { type ActMatMulLayer, shapeOf } from '../layers.js';
import type { QParams } from '../quantize.js';
import type { LoweringContext } from './context.js';
import type { LayerEmitter, PreparedLayer, RecogniseContext, Refusal } from './emitter.js';
import { activate } from './instructions.js';
import { emitVector } from './reduce.js';
import type { OperandQ } from './types.js';

const f32 = Math.fround;
const refuse = (refused: string): Refusal => ({ refused });

/** A MatMul whose operands are both activations, as a layer (called by the dense recogniser, which owns MatMul). */
export function recogniseActMatMul(n: Node, ctx: RecogniseContext): ActMatMulLayer | Refusal {
  const [a, b] = [n.inputs[0]!, n.inputs[1]!];
  const as = shapeOf(ctx.graph, a),
    bs = shapeOf(ctx.graph, b);
  if (as.length < 2 || bs.length < 2)
    return refuse('MatMul of activations with a 1-D operand: the matrix unit multiplies rows by a matrix');
  // 4-D tensors live in the UB as NCHW frames (dimension 1 on the lanes, a row per element of the
  // others), not as rows of their last dimension: the matrix unit cannot read them as rows × K
  const ys = shapeOf(ctx.graph, n.outputs[0]!);
  if (as.length === 4 || bs.length === 4 || ys.length === 4)
    return refuse(
      `MatMul of activations with a 4-D ${ys.length === 4 ? 'result' : 'operand'} (e.g. attention as [batch, heads, tokens, features]): 4-D tensors are held as NCHW frames, channels in dimension 1, not as rows of their last dimension`,
    );
  const [M, K] = as.slice(-2) as [number, number];
  const [Kb, N] = bs.slice(-2) as [number, number];
  if (K !== Kb) return refuse(`MatMul of activations: a's last dimension (${K}) is not b's rows (${Kb})`);
  const lead = (s: number[]) => s.slice(0, -2);
  const size = (s: number[]) => s.reduce((x, y) => x * y, 1);
  const sharedB = size(lead(bs)) === 1;
  if (!sharedB && lead(as).join() !== lead(bs).join())
    return refuse(
      `MatMul of activations broadcasting [${lead(as).join(', ')}] against [${lead(bs).join(', ')}]: only equal batch dimensions are lowered`,
    );
  return {
    kind: 'actmatmul',
    name: n.name,
    op: n.op,
    nodes: ctx.nodes,
    inputs: [a, b],
    output: n.outputs[0]!,
    batch: size(lead(as)),
    M,
    K,
    N,
    sharedB,
  };
}

/** What the config lacks for activations as weights (undefined when it has everything). */
export function actMatMulMissing(config: HardwareConfig): string | undefined {
  const why = 'both operands are activations (e.g. attention): the matrix unit takes its second operand as weights';
  if (!config.weightFifo.fromUnifiedBuffer)
    return `${why}, and config ${config.name} has no path from the Unified Buffer to the weight FIFO (weightFifo.fromUnifiedBuffer)`;
  if (!config.vectorUnit?.ops.includes('lookup'))
    return `${why} from the Unified Buffer in int8 with zero point 0, a re-quantization that needs the vector-unit class 'lookup', which config ${config.name} lacks`;
  return undefined;
}

/** int8 parameters with zero point 0 covering every value of a uint8 operand (scale = max |real| / 127). */
function symmetric(q: QParams): OperandQ {
  const m = f32(q.scale * Math.max(q.zeroPoint, 255 - q.zeroPoint));
  return { scale: m > 0 ? f32(m / 127) : 1, zeroPoint: 0, signed: true };
}

interface Prepared extends PreparedLayer<ActMatMulLayer> {
  /** UB rows of the lookup tables re-quantizing a and b. */
  tableA: number;
  tableB: number;
}

function prepare(ctx: LoweringContext, l: ActMatMulLayer): Prepared {
  const [qa, qb, qy] = [ctx.qOf(l.inputs[0]!), ctx.qOf(l.inputs[1]!), ctx.qOf(l.output)];
  const from = (q: QParams): OperandQ => ({ ...q, signed: false });
  const opA: OperandQ = qa.zeroPoint === 0 ? from(qa) : symmetric(qa);
  const opB = symmetric(qb);
  const table = (q: QParams, to: OperandQ) => ctx.params.addBytes(vector.lookupTable((x) => x, from(q), to));
  return {
    layer: l,
    params: [],
    tableA: table(qa, opA),
    tableB: table(qb, opB),
    mapping: `${l.batch} x (${l.M}x${l.K} · ${l.K}x${l.N}), second operand from the Unified Buffer`,
    quant: {
      kind: l.kind,
      name: l.name,
      inputs: [
        { tensor: l.inputs[0]!, q: qa },
        { tensor: l.inputs[1]!, q: qb },
      ],
      output: { tensor: l.output, q: qy },
      act: 'identity',
      operands: { a: opA, b: opB },
    },
  };
}

/** Writes 0 into every byte of `rows` UB rows from `base` (ACTIVATE at scale 0, zero point 0, one pass per C lanes). */
function zeroRows(ctx: LoweringContext, base: number, rows: number): void {
  ctx.prog.setFloat('act.scale', 0);
  ctx.prog.setInt('act.zeroPoint', 0);
  for (let lane = 0; lane < ctx.W; lane += ctx.C) {
    ctx.prog.setInt('out.lane', Math.min(lane, ctx.W - ctx.C));
    for (let done = 0; done < rows; done += ctx.hw.accRows) {
      ctx.prog.emit({ op: 'ACTIVATE', acc: 0, ub: base + done, len: Math.min(ctx.hw.accRows, rows - done), func: 'identity' });
    }
  }
}

/**
 * One lookup per channel block of `src` into the rows from `dst` (same layout), through the table at
 * `table`. Every vector register the lookup reads is set (emitVector): contiguous rows need step 1
 * as well as count 0, and a move before may have left a row pattern (a Transpose's step) behind.
 */
function lookup(ctx: LoweringContext, src: Frame, dst: number, table: number, signed: boolean): void {
  for (let b = 0; b < blocks(src); b++) {
    // src may be a row slice of a larger frame (its blocks keep that frame's stride); dst is packed
    emitVector(
      ctx,
      {
        op: 'VECTOR',
        a: blockBase(src, b),
        b: table,
        y: dst + b * blockRows(src),
        len: blockRows(src),
        operation: 'lookup',
        ySigned: signed,
      },
      { width: blockChannels(src, b) },
    );
  }
}

function emit(ctx: LoweringContext, p: PreparedLayer<ActMatMulLayer>, y: Frame | undefined): void {
  const { layer: l, tableA, tableB } = p as Prepared;
  const ops = p.quant.operands!;
  const [aF, bF] = [ctx.frames.get(l.inputs[0]!)!, ctx.frames.get(l.inputs[1]!)!];
  // scratch copies: a's with clean lanes; b's with R rows of slack (a tile reads R rows from its first)
  const aRows = frameRows(aF),
    bRows = frameRows(bF) + ctx.R;
  const what = (x: string, rows: number) => `the re-quantized ${x} operand of "${l.name}" (${rows} rows)`;
  const a2 = ctx.ub.alloc(aRows, what('first', aRows), ctx.hw.ubRows, ctx.layerIndex);
  const b2 = ctx.ub.alloc(bRows, what('second', bRows), ctx.hw.ubRows, ctx.layerIndex);
  zeroRows(ctx, a2, aRows);
  lookup(ctx, aF, a2, tableA, ops.a.signed);
  lookup(ctx, bF, b2, tableB, true);
  ctx.prog.setFloat('act.scale', outputScale(ops.a.scale, ops.b.scale, p.quant.output.q.scale));
  ctx.prog.setInt('act.zeroPoint', p.quant.output.q.zeroPoint);
  const kChunks = ctx.kChunks(aF);
  for (let i = 0; i < l.batch; i++) {
    const bRow0 = l.sharedB ? 0 : i * l.K;
    for (let m0 = 0; m0 < l.M; m0 += ctx.accHalf) {
      const len = Math.min(ctx.accHalf, l.M - m0);
      for (const nc of ctx.nChunks(y!)) {
        const acc = ctx.nextAcc();
        kChunks.forEach((kc, ki) => {
          ctx.prog.setInt('wt.lane', nc.lane);
          const tile = b2 + nc.b * blockRows(bF) + bRow0 + kc.c0;
          ctx.prog.emit({ op: 'READ_WEIGHTS', addr: tile, tiles: 1, usedRows: kc.n, usedCols: nc.n, ub: true });
          ctx.tiles.external();
          ctx.prog.setInt('in.lane', kc.lane);
          const ins: InstructionInput = {
            op: 'MATMUL',
            ub: a2 + kc.b * blockRows(aF) + i * l.M + m0,
            acc,
            len,
            switch: true,
            accumulate: ki > 0,
            unsigned: !ops.a.signed,
          };
          if (ctx.fencePending) {
            ins.fence = true; // a layer boundary (see sim/TIMING.md)
            ctx.fencePending = false;
          }
          ctx.prog.emit(ins);
        });
        activate(ctx, acc, y!, nc.b, i * l.M + m0, 0, 0, len, len, 1, { func: 'identity', lane: nc.lane });
      }
    }
  }
  ctx.ub.release(a2, aRows);
  ctx.ub.release(b2, bRows);
}

export const actMatMulEmitter: LayerEmitter<ActMatMulLayer> = {
  name: 'attention',
  ops: [], // MatMul belongs to the dense recogniser, which hands activation pairs to recogniseActMatMul
  kinds: ['actmatmul'],
  recognise: (n, ctx) => recogniseActMatMul(n, ctx),
  describe: (l) =>
    `matmul of two activations, ${l.batch} x ${l.M}x${l.K}·${l.K}x${l.N}, the second through the Unified Buffer → weight path`,
  // per batch entry, one pass of M rows (at least R: the tile's shift) per (K chunk of R, N chunk of C) tile
  estimateCycles: (_graph, l, hw) => l.batch * Math.ceil(l.K / hw.rows) * Math.ceil(l.N / hw.cols) * Math.max(l.M, hw.rows),
  missing: actMatMulMissing,
  prepare,
  emit,
};
