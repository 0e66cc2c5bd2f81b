// The instructions every emitter builds on: a MATMUL (with convolution addressing when the rows it
// reads are strided), an ACTIVATE into a frame (strided output rows when the frame is padded),
// the activation registers of a layer, a frame's zero-point border, and host transfers.
import type { InstructionInput } from '../../isa/index.js';
import { type Frame, blockBase, blockChannels, blockRows, blocks, hostFrameBytes, paddedDims, rowOf } from '../frame.js';
import { CompileError } from '../errors.js';
import type { QParams } from '../quantize.js';
import type { LoweringContext } from './context.js';

const f32 = Math.fround;

/** Multiply flags: switch to the tile the FIFO delivers next; add to the accumulators instead of overwriting. */
export interface MatmulFlags {
  switch: boolean;
  accumulate: boolean;
}

/** Convolution addressing: `cols` vectors per image row, `step` rows apart, rows `pitch` apart. */
export interface ConvAddressing {
  cols: number;
  step: number;
  pitch: number;
}

/** MATMUL of `len` vectors from UB row `ub0` (bytes from `lane`: a K chunk) into accumulators from `acc`. */
export function matmul(
  ctx: LoweringContext,
  ub0: number,
  acc: number,
  len: number,
  flags: MatmulFlags,
  conv?: ConvAddressing,
  lane = 0,
): void {
  if (len <= 0 && !flags.switch) return; // (a switching multiply is kept: the FIFO order depends on it)
  ctx.prog.setInt('in.lane', lane);
  const ins: InstructionInput = { op: 'MATMUL', ub: ub0, acc, len, switch: flags.switch, accumulate: flags.accumulate, unsigned: true };
  if (ctx.fencePending) {
    ins.fence = true; // a layer boundary: wait for the previous layer's activations (see sim/TIMING.md)
    ctx.fencePending = false;
  }
  if (conv && !(conv.step === 1 && conv.pitch === conv.cols) && !(len <= conv.cols && conv.step === 1)) {
    if (conv.step > 255) throw new CompileError(`a stride of ${conv.step} exceeds the MATMUL step field (255)`);
    if (conv.pitch > 65535 || conv.cols > 65535)
      throw new CompileError(`an image row pitch of ${conv.pitch} UB rows exceeds the MATMUL pitch field (65535)`);
    Object.assign(ins, { conv: true, cols: conv.cols, step: conv.step, pitch: conv.pitch });
  }
  ctx.prog.emit(ins);
}

/** What an ACTIVATE applies: a parameter block (per-column bias and scale), the function, optional pooling, the N chunk's byte lane. */
export interface ActivateOptions {
  params?: number;
  func: string;
  pool?: string;
  lane?: number;
}

/**
 * ACTIVATE of `len` accumulator rows producing `count` output vectors, written into frame `y`
 * from pixel (n, y0, x0) on, `width` pixels per output row.
 */
export function activate(
  ctx: LoweringContext,
  acc: number,
  y: Frame,
  b: number,
  n: number,
  y0: number,
  x0: number,
  len: number,
  count: number,
  width: number,
  opts: ActivateOptions,
): void {
  const { wp } = paddedDims(y);
  ctx.prog.setInt('out.lane', opts.lane ?? 0);
  const ins: InstructionInput = { op: 'ACTIVATE', acc, ub: rowOf(y, b, n, y0, x0), len, func: opts.func, unsigned: true };
  if (opts.params !== undefined) Object.assign(ins, { params: opts.params, perColumn: true });
  if (opts.pool) ins.pool = opts.pool;
  if (width !== wp && count > width) {
    ctx.prog.setInt('out.count', width);
    ctx.prog.setInt('out.step', 1);
    ctx.prog.setInt('out.pitch', wp);
    ins.strided = true;
  }
  ctx.prog.emit(ins);
}

/** Sets the activation registers for a layer's output; returns the ACTIVATE function. */
export function setActivation(ctx: LoweringContext, q: QParams, act: string, clipHigh?: number): string {
  ctx.prog.setInt('act.zeroPoint', q.zeroPoint);
  if (act === 'relu6') ctx.prog.setInt('act.clipHigh', clipHigh!);
  if (act === 'sigmoid' || act === 'tanh') ctx.prog.setFloat('act.outScale', f32(1 / q.scale));
  return act;
}

/** Writes the zero point into the padding rows of a frame (ACTIVATE with scale 0 from any accumulator rows). */
export function fillBorders(ctx: LoweringContext, f: Frame, zp: number): void {
  if (!f.spatial || f.pad.every((p) => p === 0)) return;
  const { hp, wp } = paddedDims(f);
  const runs: { start: number; len: number; count: number; pitch: number }[] = [];
  for (let n = 0; n < f.n; n++) {
    const img = n * hp * wp;
    const top = f.pad[0] * wp + f.pad[1];
    if (top > 0) runs.push({ start: img, len: top, count: 0, pitch: 0 });
    const side = f.pad[1] + f.pad[3];
    if (side > 0 && f.h > 1) runs.push({ start: img + f.pad[0] * wp + f.pad[1] + f.w, len: side * (f.h - 1), count: side, pitch: wp });
    const bottomStart = (f.pad[0] + f.h - 1) * wp + f.pad[1] + f.w;
    if (hp * wp - bottomStart > 0) runs.push({ start: img + bottomStart, len: hp * wp - bottomStart, count: 0, pitch: 0 });
  }
  const prog = ctx.prog;
  const accRows = ctx.hw.accRows;
  prog.setFloat('act.scale', 0);
  prog.setInt('act.zeroPoint', zp);
  // every byte of a border row holds the zero point: one pass per N chunk (byte lane) of each block
  for (const { b, lane } of ctx.nChunks(f)) {
    prog.setInt('out.lane', lane);
    for (const run of runs) {
      for (let done = 0; done < run.len;) {
        const piece = run.count ? Math.min(run.len - done, Math.floor(accRows / run.count) * run.count) : Math.min(run.len - done, accRows);
        const ins: InstructionInput = {
          op: 'ACTIVATE',
          acc: 0,
          ub: blockBase(f, b) + run.start + (run.count ? (done / run.count) * run.pitch : done),
          len: piece,
          func: 'identity',
          unsigned: true,
        };
        if (run.count && piece > run.count) {
          prog.setInt('out.count', run.count);
          prog.setInt('out.step', 1);
          prog.setInt('out.pitch', run.pitch);
          ins.strided = true;
        }
        prog.emit(ins);
        done += piece;
      }
    }
  }
}

/** Emits one READ_HOST or WRITE_HOST per channel block of a frame; returns its host offset. */
export function emitHostTransfer(ctx: LoweringContext, op: 'READ_HOST' | 'WRITE_HOST', f: Frame): number {
  const offset = ctx.host.alloc(hostFrameBytes(f));
  let p = offset;
  for (let b = 0; b < blocks(f); b++) {
    const rowBytes = blockChannels(f, b);
    ctx.prog.emit({ op, ub: blockBase(f, b), host: p, rows: blockRows(f), rowBytes });
    p += blockRows(f) * rowBytes;
  }
  return offset;
}
