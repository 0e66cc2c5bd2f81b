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
// The exact engine steps the cells of every group with `exactDataflowMatmul`; the fast engine
// times the same multiply with the closed form `dataflowBusyCycles`.
import { MATMUL_acc, MATMUL_accumulate, MATMUL_in16, MATMUL_len, MATMUL_unsigned, MATMUL_w16 } from './generated/isa';
import { C, R, W, acc, regrow, wordHi, wordLo } from './state';
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

/**
 * Cycles the matrix unit is busy with a multiply of `len` vectors under OS or IS (TIMING.md):
 *   OS: ceil(len/R) groups of  R*p + 2R + C - 2  (stream R*p, skew R-1 + C-1, drain R)
 *   IS: ceil(len/C) groups of  R*e + C*p + R + C - 2  (load R*e, stream C*p, skew R-1 + C-1)
 * p = sub-passes per element pair (1, 2 or 4), e = 2 for int16 inputs (two byte planes loaded).
 */
export function dataflowBusyCycles(len: i64, in16: bool, w16: bool): i64 {
  if (len == 0) return 0;
  const p: i64 = (in16 ? 2 : 1) * (w16 ? 2 : 1);
  const r = <i64>R, c = <i64>C;
  if (DATAFLOW == DF_OS) return ceilDiv(len, r) * (r * p + 2 * r + c - 2);
  return ceilDiv(len, c) * (r * (in16 ? 2 : 1) + c * p + r + c - 2);
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
 * results to the accumulators; returns the cycles from its start to the cycle after its last
 * accumulator write.
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

/** One OS group: vectors v0..v0+used-1 in rows 0..used-1. Returns its cycles. */
function osGroup(v0: i64, used: i32, acc0: i64, accumulate: bool): i64 {
  const p = (curIn16 ? 2 : 1) * (curW16 ? 2 : 1);
  const stream = R * p; // elements per row/column: R per sub-pass
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
            const ix = subPass(q / R, curIn16, curW16) & 0xff;
            xv = i < used ? inputByte(v0 + <i64>i, q % R, ix) : 0;
            xt = q + 1;
          }
        }
        if (i > 0) { wv = load<i32>(reg(WV, idx - C)); wt = load<i32>(reg(WT, idx - C)); }
        else {
          const q = <i32>t - n;
          if (q >= 0 && q < stream) { wv = weightByte(q % R, n, subPass(q / R, curIn16, curW16) >> 8); wt = q + 1; }
        }
        store<i32>(reg(XV, idx), xv); store<i32>(reg(XT, idx), xt);
        store<i32>(reg(WV, idx), wv); store<i32>(reg(WT, idx), wt);
        if (xt != 0 && xt == wt) {
          const sp = subPass((xt - 1) / R, curIn16, curW16);
          const sh = ((sp & 0xff) + (sp >> 8)) << 3;
          store<i32>(reg(PS, idx), load<i32>(reg(PS, idx)) + ((xv * wv) << sh));
          const done = load<i32>(reg(DONE, idx)) + 1;
          store<i32>(reg(DONE, idx), done);
          // the bottom cell finishes last in its column: the column drains from the next cycle
          if (i == R - 1 && done == stream) store<i32>(drainLeft + (<usize>n << 2), R);
        }
      }
    }
    t++;
  }
  return last + 1;
}

/** One IS group: vectors v0..v0+used-1 loaded into columns 0..used-1. Returns its cycles. */
function isGroup(v0: i64, used: i32, acc0: i64, accumulate: bool): i64 {
  const p = (curIn16 ? 2 : 1) * (curW16 ? 2 : 1);
  const planes = curIn16 ? 2 : 1;
  memory.fill(cells, 0, <usize>cellsRC * 8 * 4 + (<usize>C << 2));
  // load: one array row (one byte plane of element k of each vector) per cycle, bottom row first;
  // XV holds the low (or only) plane, STAT the high plane
  const load_ = R * planes;
  for (let t = 0; t < load_; t++) {
    const plane = t / R, k = R - 1 - (t % R);
    for (let j = 0; j < used; j++) store<i32>(reg(plane == 0 ? XV : STAT, k * C + j), inputByte(v0 + <i64>j, k, plane));
  }
  const items = C * p; // tile column n, sub-pass s: item q = n*p + s
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
  return last + 1;
}
