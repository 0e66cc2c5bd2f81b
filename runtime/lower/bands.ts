// Work cut into bands that fit half the accumulators, so ACTIVATE of one band overlaps the
// multiplies of the next (into the other half).
import { type ChannelChunk, type Frame, paddedDims, rowOf } from '../frame.js';
import type { LoweringContext } from './context.js';
import { activate, matmul } from './instructions.js';
import type { PreparedLayer } from './emitter.js';

/** A piece of work: images n0..n1 (or rows of a flat tensor), output rows y0..y1, columns x0..x1. */
export interface Band {
  n0: number;
  n1: number;
  y0: number;
  y1: number;
  x0: number;
  x1: number;
  /** Flat tensors: rows n0..n1 are one contiguous range, processed by single instructions. */
  flat: boolean;
}

/** Cuts an output of `images` x outH x outW pixels into bands that fit half the accumulators. */
export function bands(ctx: LoweringContext, out: Frame): Band[] {
  const accHalf = ctx.accHalf;
  const list: Band[] = [];
  if (!out.spatial) {
    for (let m = 0; m < out.n; m += accHalf) list.push({ n0: m, n1: Math.min(out.n, m + accHalf), y0: 0, y1: 1, x0: 0, x1: 1, flat: true });
    return list;
  }
  const perImage = out.h * out.w;
  if (perImage <= accHalf) {
    const per = Math.max(1, Math.floor(accHalf / perImage));
    for (let n = 0; n < out.n; n += per)
      list.push({ n0: n, n1: Math.min(out.n, n + per), y0: 0, y1: out.h, x0: 0, x1: out.w, flat: false });
    return list;
  }
  for (let n = 0; n < out.n; n++) {
    if (out.w <= accHalf) {
      const rows = Math.floor(accHalf / out.w);
      for (let yy = 0; yy < out.h; yy += rows)
        list.push({ n0: n, n1: n + 1, y0: yy, y1: Math.min(out.h, yy + rows), x0: 0, x1: out.w, flat: false });
    } else {
      for (let yy = 0; yy < out.h; yy++)
        for (let xx = 0; xx < out.w; xx += accHalf)
          list.push({ n0: n, n1: n + 1, y0: yy, y1: yy + 1, x0: xx, x1: Math.min(out.w, xx + accHalf), flat: false });
    }
  }
  return list;
}

/** One image of a band (or the whole of a flat band): accumulator offset, image, vector count. */
export interface BandPiece {
  n: number;
  accOffset: number;
  len: number;
}

/** Per image of a band (or once for a flat band): accumulator offset, first pixel, vector count. */
export function bandPieces(band: Band): BandPiece[] {
  if (band.flat) return [{ n: band.n0, accOffset: 0, len: band.n1 - band.n0 }];
  const pix = (band.y1 - band.y0) * (band.x1 - band.x0);
  const out = [];
  for (let n = band.n0; n < band.n1; n++) out.push({ n, accOffset: (n - band.n0) * pix, len: pix });
  return out;
}

/** Reads the band's pixels of K chunk k of frame f (same geometry as the output) into the accumulators. */
export function readSameShape(
  ctx: LoweringContext,
  f: Frame,
  k: ChannelChunk,
  band: Band,
  acc: number,
  switchTile: boolean,
  accumulate: boolean,
): void {
  const { wp } = paddedDims(f);
  bandPieces(band).forEach((piece, i) => {
    matmul(
      ctx,
      rowOf(f, k.b, piece.n, band.y0, band.x0),
      acc + piece.accOffset,
      piece.len,
      { switch: switchTile && i === 0, accumulate },
      band.flat ? undefined : { cols: band.x1 - band.x0, step: 1, pitch: wp },
      k.lane,
    );
  });
}

/** ACTIVATE every image of a band into N chunk j of frame y. */
export function activateBand(
  ctx: LoweringContext,
  y: Frame,
  j: ChannelChunk,
  band: Band,
  acc: number,
  opts: { params?: number; func: string },
): void {
  for (const piece of bandPieces(band)) {
    activate(ctx, acc + piece.accOffset, y, j.b, piece.n, band.y0, band.x0, piece.len, piece.len, band.x1 - band.x0, {
      ...opts,
      lane: j.lane,
    });
  }
}

/**
 * What every matrix-unit layer emits: per band of the output and per N chunk j of the output (at
 * most C channels), the multiplies of `block` into fresh accumulators, then ACTIVATE with chunk
 * j's parameters into its lane. `perBand` runs first for each band (e.g. to stream its input
 * rows) and returns `block`.
 */
export function emitBands(
  ctx: LoweringContext,
  p: PreparedLayer,
  y: Frame,
  func: string,
  perBand: (band: Band) => (j: ChannelChunk, jIndex: number, acc: number) => void,
): void {
  const outChunks = ctx.nChunks(y);
  for (const band of bands(ctx, y)) {
    const block = perBand(band);
    outChunks.forEach((j, jIndex) => {
      const acc = ctx.nextAcc();
      block(j, jIndex, acc);
      activateBand(ctx, y, j, band, acc, { params: p.params[jIndex]!, func });
    });
  }
}
