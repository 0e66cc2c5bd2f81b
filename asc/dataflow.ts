// The matrix unit under the output-stationary (OS) and input-stationary (IS) dataflows
// (matrix.dataflow; sim/TIMING.md "Matrix unit under os and is"). The ISA's meaning does not
// change: a MATMUL multiplies its `len` input vectors by the current weight tile into `len`
// accumulator rows. What changes is which operand stays in the cells:
//   OS: vectors are taken R at a time; cell (i, n) accumulates output (vector i, column n) while
//       the vectors stream in from the left and the tile's rows from the top, then each column
//       shifts its R outputs down into the accumulators.
//   IS: vectors are taken C at a time and loaded into the cells (element k of vector j in cell
//       (k, j)); the tile's columns stream in from the left and the partial sums flow down, so
//       column j's bottom writes output (vector j, column n) for one n per cycle.
// Only the tile's used part (READ_WEIGHTS usedRows x usedCols) is streamed: OS streams its used
// rows, IS its used columns; the weights outside it count as zero (TIMING.md).
// A fold's multiplies chain (`prepareDataflow`): under OS a multiply that adds the next K chunk
// into the same accumulator rows continues the outputs the cells hold (no drain, no refill);
// under IS a multiply of the same input vectors against the next tile keeps the loaded inputs.
// The exact engine steps the cells of every group with `exactDataflowMatmul`; the fast engine
// times the same multiply with the closed form `dataflowBusy`.
import {
  MATMUL_acc, MATMUL_accumulate, MATMUL_cols, MATMUL_conv, MATMUL_in16, MATMUL_len, MATMUL_pitch, MATMUL_step, MATMUL_switch,
  MATMUL_ub, MATMUL_unsigned, MATMUL_w16, OP_MATMUL, OP_NOP, OP_READ_WEIGHTS, OP_SET, READ_WEIGHTS_usedCols, READ_WEIGHTS_usedRows,
} from './generated/isa';
import { C, N, R, W, acc, insLane, insTile, ldI32, ldI64, matmulP, opOf, regrow, stI32, stI64, tileInstr, wordHi, wordLo } from './state';
import { matmulInputAddr } from './functional';

export const DF_WS: i32 = 0;
export const DF_OS: i32 = 1;
export const DF_IS: i32 = 2;

/** The configured dataflow (0 ws, 1 os, 2 is). */
export let DATAFLOW: i32 = DF_WS;

/** Sets the dataflow (after configure). */
export function setDataflow(d: i32): void {
  DATAFLOW = d;
}

@inline function ceilDiv(a: i64, b: i64): i64 { return (a + b - 1) / b; }

/** Used rows of tile t (R for the zero tile after reset, t < 0). */
function tileRows(t: i32): i64 {
  if (t < 0) return <i64>R;
  const i = ldI32(tileInstr, t);
  const u = <i64>READ_WEIGHTS_usedRows(wordLo(i), wordHi(i));
  return u == 0 || u > <i64>R ? <i64>R : u;
}

/** Used columns of tile t (C for the zero tile). */
function tileCols(t: i32): i64 {
  if (t < 0) return <i64>C;
  const i = ldI32(tileInstr, t);
  const u = <i64>READ_WEIGHTS_usedCols(wordLo(i), wordHi(i));
  return u == 0 || u > <i64>C ? <i64>C : u;
}

// Per MATMUL (filled by prepareDataflow): the items each group streams, and its chain flags.
let dfStream: usize = 0; // i64
let dfFlags: usize = 0; // i32: CONT (continues the previous multiply's fold) | HELD (the next continues this one's)
let dfTileOf: usize = 0; // i32: the tile the multiply uses (-1: the zero tile)
const CONT = 1, HELD = 2;

/** Whether MATMUL b continues MATMUL a's fold (one group, same stationary operand). */
function continues(a: i32, b: i32): bool {
  const la = wordLo(a), ha = wordHi(a), lb = wordLo(b), hb = wordHi(b);
  const len = <i64>MATMUL_len(la, ha);
  if (len == 0 || <i64>MATMUL_len(lb, hb) != len) return false;
  if (MATMUL_in16(la) != MATMUL_in16(lb) || MATMUL_w16(la) != MATMUL_w16(lb)) return false;
  // OS: the next K chunk added into the outputs the cells hold
  if (DATAFLOW == DF_OS) return len <= <i64>R && MATMUL_acc(la, ha) == MATMUL_acc(lb, hb) && MATMUL_accumulate(lb);
  // IS: the same input vectors (same rows, lane and addressing) against another tile
  if (len > <i64>C || MATMUL_ub(la, ha) != MATMUL_ub(lb, hb) || ldI32(insLane, a) != ldI32(insLane, b)) return false;
  if (MATMUL_unsigned(la) != MATMUL_unsigned(lb) || MATMUL_conv(la) != MATMUL_conv(lb)) return false;
  return !MATMUL_conv(la) ||
    (MATMUL_cols(la, ha) == MATMUL_cols(lb, hb) && MATMUL_step(la, ha) == MATMUL_step(lb, hb) && MATMUL_pitch(la, ha) == MATMUL_pitch(lb, hb));
}

/**
 * After a program is loaded (os/is): each MATMUL's stream length and chain flags. A multiply chains
 * to the previous one when `continues` holds and only READ_WEIGHTS, SET or NOP lie between them in
 * program order (nothing else can touch the accumulators or the stationary operand in between).
 */
export function prepareDataflow(): void {
  if (DATAFLOW == DF_WS) return;
  dfStream = regrow(dfStream, <usize>max<i32>(N, 1) << 3);
  dfFlags = regrow(dfFlags, <usize>max<i32>(N, 1) << 2);
  dfTileOf = regrow(dfTileOf, <usize>max<i32>(N, 1) << 2);
  let cur = -1, prev = -1;
  let clean = false;
  for (let i = 0; i < N; i++) {
    const op = opOf(i);
    if (op == OP_MATMUL) {
      if (MATMUL_switch(wordLo(i))) cur = ldI32(insTile, i);
      stI32(dfTileOf, i, cur);
      stI64(dfStream, i, (DATAFLOW == DF_OS ? tileRows(cur) : tileCols(cur)) * matmulP(i));
      stI32(dfFlags, i, 0);
      if (prev >= 0 && clean && continues(prev, i)) {
        stI32(dfFlags, prev, ldI32(dfFlags, prev) | HELD);
        stI32(dfFlags, i, CONT);
      }
      prev = i;
      clean = true;
    } else if (op != OP_READ_WEIGHTS && op != OP_SET && op != OP_NOP) clean = false;
  }
}

/**
 * Cycles the matrix unit is busy with MATMUL m under OS or IS (TIMING.md), T its stream:
 *   OS: ceil(len/R) groups of  T + 2R + C - 2  (stream T, skew R-1 + C-1, drain R);
 *       a held group (the next multiply continues it) only streams: T
 *   IS: ceil(len/C) groups of  R*e + T + R + C - 2  (load R*e, stream T, skew R-1 + C-1);
 *       a continuing group skips the load, a held one leaves its skew to the next
 * T = used rows (OS) or used columns (IS) of the tile times p sub-passes (1, 2 or 4); e = 2 for
 * int16 inputs (two byte planes loaded).
 */
export function dataflowBusy(m: i32): i64 {
  const len = <i64>MATMUL_len(wordLo(m), wordHi(m));
  if (len == 0) return 0;
  const t = ldI64(dfStream, m);
  const f = ldI32(dfFlags, m);
  const r = <i64>R, c = <i64>C;
  if (DATAFLOW == DF_OS) return ceilDiv(len, r) * (t + ((f & HELD) != 0 ? 0 : 2 * r + c - 2));
  const e: i64 = MATMUL_in16(wordLo(m)) ? 2 : 1;
  return ceilDiv(len, c) * (((f & CONT) != 0 ? 0 : r * e) + t + ((f & HELD) != 0 ? 0 : r + c - 2));
}

/** Cycles after its busy end that MATMUL m writes its last output: R + C - 2 for a held IS group (its skew), else 0. */
export function dataflowReadyExtra(m: i32): i64 {
  return DATAFLOW == DF_IS && (ldI32(dfFlags, m) & HELD) != 0 ? <i64>R + <i64>C - 2 : 0;
}

// ---------------------------------------------------------------------------------------------
// Tile buffers at the array's edge: a shifted tile is kept here (two buffers: the current tile and
// the one shifted behind it when double-buffered), as the operand the cells stream.

let edgeTiles: usize = 0;
let edgeBytes: usize = 0;

/** Copies tile number t's bytes (`bytes` from `src` in a ring of `ringBytes`, starting at `base`). */
export function keepTile(t: i32, src: usize, base: usize, ringBytes: usize, bytes: usize): void {
  const need = <usize>R * <usize>C * 2;
  if (edgeBytes != need) {
    edgeTiles = regrow(edgeTiles, need * 2);
    edgeBytes = need;
  }
  const dst = edgeTiles + <usize>(t & 1) * need;
  let off = base;
  for (let i: usize = 0; i < bytes; i++) {
    store<u8>(dst + i, load<u8>(src + off));
    off++;
    if (off >= ringBytes) off = 0;
  }
  maskUnused(t, dst, bytes > <usize>R * <usize>C);
}

/** Zeroes the weights of tile t (at `dst`) outside its used rows and columns: they are never streamed. */
function maskUnused(t: i32, dst: usize, w16: bool): void {
  const ur = <i32>tileRows(t), uc = <i32>tileCols(t);
  if (ur == R && uc == C) return;
  const size: usize = w16 ? 2 : 1;
  for (let k = 0; k < R; k++) {
    for (let n = 0; n < C; n++) {
      if (k < ur && n < uc) continue;
      const a = dst + <usize>(k * C + n) * size;
      store<u8>(a, 0);
      if (w16) store<u8>(a + 1, 0);
    }
  }
}

let maskedBuf: usize = 0;
let maskedBytes: usize = 0;
let maskedTile: i32 = -2;
let maskedSrc: usize = 0;

/**
 * The fast engine's view of tile t (its R x C bytes at `src`) under os/is: `src` itself when the
 * tile is used whole, else a copy with the unused weights zeroed (the values the cells compute).
 */
export function streamedTile(t: i32, src: usize, w16: bool): usize {
  if (tileRows(t) == <i64>R && tileCols(t) == <i64>C) return src;
  const bytes = <usize>R * <usize>C * (w16 ? 2 : 1);
  if (maskedTile == t && maskedSrc == src && maskedBytes == bytes) return maskedBuf;
  if (maskedBytes != bytes) {
    maskedBuf = regrow(maskedBuf, bytes);
    maskedBytes = bytes;
  }
  memory.copy(maskedBuf, src, bytes);
  maskUnused(t, maskedBuf, w16);
  maskedTile = t;
  maskedSrc = src;
  return maskedBuf;
}

/** Forgets the fast engine's masked copy (a new run may reuse tile numbers with other bytes). */
export function resetStreamedTile(): void {
  maskedTile = -2;
}

// ---------------------------------------------------------------------------------------------
// Operand bytes of sub-pass (ix, iw), as the WS sequencer splits int16 operands: low bytes of
// 16-bit values unsigned, high bytes (and 8-bit values) signed unless `unsigned` (inputs only).

let curTile: i32 = -1; // tile of the running multiply, -1: the all-zero tile after reset
let curW16: bool = false;
let curM: i32 = 0;
let curIn16: bool = false;
let curUnsigned: bool = false;

@inline function weightByte(k: i32, n: i32, iw: i32): i32 {
  if (curTile < 0) return 0;
  const base = edgeTiles + <usize>(curTile & 1) * edgeBytes;
  if (!curW16) return <i32>load<i8>(base + <usize>(k * C + n));
  const a = base + (<usize>(k * C + n) << 1);
  return iw == 0 ? <i32>load<u8>(a) : <i32>load<i8>(a + 1);
}

@inline function inputByte(v: i64, k: i32, ix: i32): i32 {
  const a = matmulInputAddr(curM, v) + <usize>(ix * W) + <usize>k;
  const signed = curIn16 ? (ix == 1 && !curUnsigned) : !curUnsigned;
  return signed ? <i32>load<i8>(a) : <i32>load<u8>(a);
}

/** Byte indices (ix, iw) of sub-pass s, packed as ix | iw << 8. */
@inline function subPass(s: i32, in16: bool, w16: bool): i32 {
  if (in16 && w16) return (s & 1) | ((s >> 1) << 8);
  if (in16) return s;
  if (w16) return s << 8;
  return 0;
}

// Cell registers of the stepped array, R*C i32 each: operand travelling right (value, stream tag),
// operand travelling down (value, tag), the accumulating/partial sum (value, tag).
let cells: usize = 0;
let cellsRC: i32 = 0;
@inline function reg(which: i32, idx: i32): usize { return cells + ((<usize>which * <usize>cellsRC + <usize>idx) << 2); }
const XV = 0, XT = 1, WV = 2, WT = 3, PS = 4, PT = 5, DONE = 6, STAT = 7;

function ensureCells(): void {
  const rc = R * C;
  cellsRC = rc;
  cells = regrow(cells, <usize>rc * 8 * 4 + (<usize>C << 2));
}

/** Writes accumulator (row, n): overwrite or add. */
@inline function accWrite(row: i64, n: i32, v: i32, overwrite: bool): void {
  const a = acc + ((<usize>row * <usize>C + <usize>n) << 2);
  store<i32>(a, overwrite ? v : load<i32>(a) + v);
}

/**
 * Steps the cells of multiply m (tile `tile`, -1 for the zero tile) group by group, writing its
 * results to the accumulators; returns the cycles the matrix unit is busy with it: to the cycle
 * after its last accumulator write, or for a held group (the next multiply continues its fold)
 * to the cycle after its last stream item entered the array (dataflowBusy gives the same).
 */
export function exactDataflowMatmul(m: i32, tile: i32): i64 {
  const lo = wordLo(m), hi = wordHi(m);
  const len = <i64>MATMUL_len(lo, hi);
  if (len == 0) return 0;
  curM = m;
  curTile = tile;
  curW16 = MATMUL_w16(lo);
  curIn16 = MATMUL_in16(lo);
  curUnsigned = MATMUL_unsigned(lo);
  curStream = <i32>ldI64(dfStream, m);
  const f = ldI32(dfFlags, m);
  curCont = (f & CONT) != 0;
  curHeld = (f & HELD) != 0;
  const acc0 = <i64>MATMUL_acc(lo, hi);
  const accumulate = MATMUL_accumulate(lo);
  if (cellsRC != R * C || cells == 0) ensureCells();
  let total: i64 = 0;
  const per = DATAFLOW == DF_OS ? R : C;
  for (let v0: i64 = 0; v0 < len; v0 += <i64>per) {
    const used = <i32>(len - v0 < <i64>per ? len - v0 : <i64>per);
    total += DATAFLOW == DF_OS ? osGroup(v0, used, acc0, accumulate) : isGroup(v0, used, acc0, accumulate);
  }
  return total;
}

let curStream: i32 = 0; // items each group streams (used rows or columns of the tile, times p)
let curCont: bool = false;
let curHeld: bool = false;

/**
 * One OS group: vectors v0..v0+used-1 in rows 0..used-1. Returns its cycles. A held group's
 * outputs stay in the cells for the next multiply of the fold: the stepping writes its partial
 * sums to the accumulators it will drain into (the same sums) and the unit is free after its stream.
 */
function osGroup(v0: i64, used: i32, acc0: i64, accumulate: bool): i64 {
  const stream = curStream; // elements per row/column: the tile's used rows per sub-pass
  const u = stream / ((curIn16 ? 2 : 1) * (curW16 ? 2 : 1));
  memory.fill(cells, 0, <usize>cellsRC * 8 * 4 + (<usize>C << 2));
  const drainLeft = cells + (<usize>cellsRC * 8 << 2); // per column: R while draining, counts down
  let columnsLeft = C;
  let t: i64 = 0;
  let last: i64 = -1;
  while (columnsLeft > 0) {
    // drains started in an earlier cycle: the bottom cell's output leaves, the column moves down
    for (let n = 0; n < C; n++) {
      const left = load<i32>(drainLeft + (<usize>n << 2));
      if (left <= 0) continue;
      const row = R - left; // rows leave bottom first
      const vi = R - 1 - row;
      if (vi < used) accWrite(acc0 + v0 + <i64>vi, n, load<i32>(reg(PS, (R - 1) * C + n)), !accumulate);
      for (let i = R - 1; i > 0; i--) store<i32>(reg(PS, i * C + n), load<i32>(reg(PS, (i - 1) * C + n)));
      store<i32>(reg(PS, n), 0);
      store<i32>(drainLeft + (<usize>n << 2), left - 1);
      if (left == 1) { columnsLeft--; last = t; }
    }
    // operands move one cell (right / down); the skewed edges take element q = t - row / t - column
    for (let i = R - 1; i >= 0; i--) {
      for (let n = C - 1; n >= 0; n--) {
        const idx = i * C + n;
        let xv = 0, xt = 0, wv = 0, wt = 0;
        if (n > 0) { xv = load<i32>(reg(XV, idx - 1)); xt = load<i32>(reg(XT, idx - 1)); }
        else {
          const q = <i32>t - i;
          if (q >= 0 && q < stream) {
            const ix = subPass(q / u, curIn16, curW16) & 0xff;
            xv = i < used ? inputByte(v0 + <i64>i, q % u, ix) : 0;
            xt = q + 1;
          }
        }
        if (i > 0) { wv = load<i32>(reg(WV, idx - C)); wt = load<i32>(reg(WT, idx - C)); }
        else {
          const q = <i32>t - n;
          if (q >= 0 && q < stream) { wv = weightByte(q % u, n, subPass(q / u, curIn16, curW16) >> 8); wt = q + 1; }
        }
        store<i32>(reg(XV, idx), xv); store<i32>(reg(XT, idx), xt);
        store<i32>(reg(WV, idx), wv); store<i32>(reg(WT, idx), wt);
        if (xt != 0 && xt == wt) {
          const sp = subPass((xt - 1) / u, curIn16, curW16);
          const sh = ((sp & 0xff) + (sp >> 8)) << 3;
          store<i32>(reg(PS, idx), load<i32>(reg(PS, idx)) + ((xv * wv) << sh));
          const done = load<i32>(reg(DONE, idx)) + 1;
          store<i32>(reg(DONE, idx), done);
          // the bottom cell finishes last in its column: the column drains from the next cycle
          if (i == R - 1 && done == stream) {
            if (curHeld) columnsLeft--;
            else store<i32>(drainLeft + (<usize>n << 2), R);
          }
        }
      }
    }
    t++;
  }
  if (!curHeld) return last + 1;
  // held: every cell has its partial sum; they stay for the next multiply of the fold
  for (let i = 0; i < used; i++)
    for (let n = 0; n < C; n++) accWrite(acc0 + v0 + <i64>i, n, load<i32>(reg(PS, i * C + n)), !accumulate);
  return <i64>stream;
}

/**
 * One IS group: vectors v0..v0+used-1 loaded into columns 0..used-1. Returns its cycles. A group
 * that continues the previous multiply's fold finds its inputs loaded (no load cycles); a held one
 * frees the unit after its stream (its last outputs still flowing down, written here).
 */
function isGroup(v0: i64, used: i32, acc0: i64, accumulate: bool): i64 {
  const p = (curIn16 ? 2 : 1) * (curW16 ? 2 : 1);
  const planes = curIn16 ? 2 : 1;
  memory.fill(cells, 0, <usize>cellsRC * 8 * 4 + (<usize>C << 2));
  // load: one array row (one byte plane of element k of each vector) per cycle, bottom row first;
  // XV holds the low (or only) plane, STAT the high plane
  for (let t = 0; t < R * planes; t++) {
    const plane = t / R, k = R - 1 - (t % R);
    for (let j = 0; j < used; j++) store<i32>(reg(plane == 0 ? XV : STAT, k * C + j), inputByte(v0 + <i64>j, k, plane));
  }
  const load_ = curCont ? 0 : R * planes;
  const items = curStream; // used tile column n, sub-pass s: item q = n*p + s
  // the tile's unused columns are not streamed: their outputs are the zero weights' zeros
  if (!accumulate) {
    const uc = items / p;
    for (let j = 0; j < used; j++) for (let n = uc; n < C; n++) accWrite(acc0 + v0 + <i64>j, n, 0, true);
  }
  let arrivals = items * C;
  let t: i64 = <i64>load_;
  let last: i64 = -1;
  while (arrivals > 0) {
    const q0 = <i32>(t - <i64>load_);
    for (let k = R - 1; k >= 0; k--) {
      for (let j = C - 1; j >= 0; j--) {
        const idx = k * C + j;
        let wv = 0, wt = 0;
        if (j > 0) { wv = load<i32>(reg(WV, idx - 1)); wt = load<i32>(reg(WT, idx - 1)); }
        else {
          const q = q0 - k;
          if (q >= 0 && q < items) { wv = weightByte(k, q / p, subPass(q % p, curIn16, curW16) >> 8); wt = q + 1; }
        }
        store<i32>(reg(WV, idx), wv); store<i32>(reg(WT, idx), wt);
        if (wt == 0) { store<i32>(reg(PT, idx), 0); continue; }
        const ix = subPass((wt - 1) % p, curIn16, curW16) & 0xff;
        const x = load<i32>(reg(ix == 0 ? XV : STAT, idx));
        // the partial sum from the cell above (its value of the previous cycle: rows go bottom-up)
        const above = k > 0 ? load<i32>(reg(PS, idx - C)) : 0;
        store<i32>(reg(PS, idx), above + x * wv);
        store<i32>(reg(PT, idx), wt);
        if (k == R - 1) {
          const q = wt - 1;
          const s = q % p;
          const sp = subPass(s, curIn16, curW16);
          const sh = ((sp & 0xff) + (sp >> 8)) << 3;
          if (j < used) accWrite(acc0 + v0 + <i64>j, q / p, load<i32>(reg(PS, idx)) << sh, s == 0 && !accumulate);
          arrivals--;
          last = t;
        }
      }
    }
    t++;
  }
  return curHeld ? <i64>load_ + <i64>items : last + 1;
}
