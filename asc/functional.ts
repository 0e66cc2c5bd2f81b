// Data effects shared by both engines: what READ_HOST / WRITE_HOST and ACTIVATE do to the memories,
// per row or per whole instruction, plus the UB address patterns of MATMUL and ACTIVATE. Timing
// lives in the engines; the matrix arithmetic lives in kernels.ts (fast) and the cell array (exact).
// Every function here reads the instruction's fields from the decoded program in state.ts and
// ACTIVATE's registers from its snapshot, so callers pass only the instruction index.
import {
  ACTIVATE_func, ACTIVATE_len, ACTIVATE_out16, ACTIVATE_params, ACTIVATE_perColumn, ACTIVATE_pool,
  ACTIVATE_strided, ACTIVATE_ub, ACTIVATE_unsigned, ACTIVATE_acc,
  FUNC_RELU, FUNC_RELU6, FUNC_SIGMOID, FUNC_TANH,
  MATMUL_cols, MATMUL_conv, MATMUL_in16, MATMUL_pitch, MATMUL_step, MATMUL_ub,
  OP_READ_HOST, POOL_MAX, POOL_NONE,
  READ_HOST_host, READ_HOST_rowBytes, READ_HOST_rows, READ_HOST_ub,
  REG_ACT_CLIP_HIGH, REG_ACT_OUT_SCALE, REG_ACT_SCALE, REG_ACT_ZERO_POINT,
  REG_OUT_COUNT, REG_OUT_PITCH, REG_OUT_STEP,
  REG_POOL_IN_HEIGHT, REG_POOL_IN_WIDTH, REG_POOL_KH, REG_POOL_KW, REG_POOL_OUT_WIDTH,
  REG_POOL_PAD_LEFT, REG_POOL_PAD_TOP, REG_POOL_SH, REG_POOL_SW,
} from './generated/isa';
import { C, W, acc, activateOutputs, hostMem, insLane, ldI32, opOf, regOf, regrow, ub, wordHi, wordLo } from './state';

// ---------------------------------------------------------------------------------------------
// Address patterns

/** UB row of input vector `v` of MATMUL `i` (the first of two rows with `in16`). */
export function matmulInputRow(i: i32, v: i64): i64 {
  const lo = wordLo(i), hi = wordHi(i);
  const e: i64 = MATMUL_in16(lo) ? 2 : 1;
  let k = v;
  if (MATMUL_conv(lo)) {
    const cols = <i64>MATMUL_cols(lo, hi);
    k = (v / cols) * <i64>MATMUL_pitch(lo, hi) + (v % cols) * <i64>MATMUL_step(lo, hi);
  }
  return <i64>MATMUL_ub(lo, hi) + k * e;
}

/** Address of input vector `v` of MATMUL `i`: its first element, at byte in.lane of its UB row. */
export function matmulInputAddr(i: i32, v: i64): usize {
  return ub + <usize>(matmulInputRow(i, v) * <i64>W) + <usize>ldI32(insLane, i);
}

/** UB row of output vector `j` of ACTIVATE `i` (the first of two rows with `out16`). */
export function activateOutputRow(i: i32, j: i64): i64 {
  const lo = wordLo(i), hi = wordHi(i);
  const e: i64 = ACTIVATE_out16(lo) ? 2 : 1;
  let k = j;
  if (ACTIVATE_strided(lo)) {
    const count = <i64>regOf(i, REG_OUT_COUNT);
    k = (j / count) * <i64>regOf(i, REG_OUT_PITCH) + (j % count) * <i64>regOf(i, REG_OUT_STEP);
  }
  return <i64>ACTIVATE_ub(lo, hi) + k * e;
}

// ---------------------------------------------------------------------------------------------
// Host DMA (READ_HOST / WRITE_HOST share their field layout)

/** Bytes per row of host transfer `i` (rowBytes, 0 meaning a full UB row). */
export function hostRowBytes(i: i32): i64 {
  const rb = <i64>READ_HOST_rowBytes(wordLo(i), wordHi(i));
  return rb == 0 ? <i64>W : rb;
}

/** Bytes moved by host transfer `i`. */
export function hostBytesOf(i: i32): i64 {
  return <i64>READ_HOST_rows(wordLo(i), wordHi(i)) * hostRowBytes(i);
}

/** Moves row `r` of host transfer `i` (READ_HOST: host → UB with zero fill; WRITE_HOST: UB → host). */
export function hostTransferRow(i: i32, r: i64): void {
  const lo = wordLo(i), hi = wordHi(i);
  const rb = hostRowBytes(i);
  const ubAddr = ub + <usize>((<i64>READ_HOST_ub(lo, hi) + r) * <i64>W);
  const hostAddr = hostMem + <usize>(<i64>READ_HOST_host(lo, hi) + r * rb);
  if (opOf(i) == OP_READ_HOST) {
    memory.copy(ubAddr, hostAddr, <usize>rb);
    if (rb < <i64>W) memory.fill(ubAddr + <usize>rb, 0, <usize>(<i64>W - rb));
  } else {
    memory.copy(hostAddr, ubAddr, <usize>rb);
  }
}

/** Performs the whole data effect of host transfer `i`. */
export function hostTransfer(i: i32): void {
  const rows = <i64>READ_HOST_rows(wordLo(i), wordHi(i));
  for (let r: i64 = 0; r < rows; r++) hostTransferRow(i, r);
}

// ---------------------------------------------------------------------------------------------
// ACTIVATE: per-column requantization of accumulator rows, optional pooling, write to the UB

// 1.5 * 2^23: adding it to an integer-valued float32 y with |y| <= 2^22 is exact and leaves y in
// the low bits, so subtracting the bits of MAGIC converts y to int32 in two cheap instructions.
const MAGIC: f32 = 12582912;
const MAGIC_BITS: i32 = 0x4b400000;

// Scratch, sized by C: the instruction's bias and scale (copied at begin so that outputs written
// over the parameter block cannot change later rows), one row of q values, pooling accumulators.
let scratchCols: i32 = 0;
let biasBuf: usize = 0; // i32[C]
let scaleBuf: usize = 0; // f32[C]
let qBuf: usize = 0; // i32[C]
let zeroRow: usize = 0; // i32[C]: zeros
let zeroQ: usize = 0; // i32[C]: quantizeLinear of zeroRow for the prepared ACTIVATE
let poolBuf: usize = 0; // i64[C]: running sums of a window
let poolOut: usize = 0; // i32[C]: running maximum of a window, then the pooled output
// Pooling: each accumulator row of the prepared ACTIVATE quantized once (windows overlap)
let poolRows: usize = 0; // i32[len][C]
let poolRowsCapacity: usize = 0;
let poolDone: usize = 0; // u8[len]: row quantized
let poolDoneCapacity: usize = 0;

// The prepared instruction
let actIns: i32 = -1;
let actFunc: u32 = 0;
let actPool: u32 = 0;
let actPerColumn: bool = false;
let actScale: f32 = 1;
let actOutScale: f32 = 1;
let actZero: i32 = 0;
let actLo: f64 = 0;
let actHi: f64 = 0;
let actOut16: bool = false;
let actUnsigned: bool = false;
let actAcc0: i64 = 0;
let actLane: usize = 0; // out.lane: the byte of the UB row the C outputs start at

function ensureScratch(): void {
  if (scratchCols == C && biasBuf != 0) return;
  // scratch only: every buffer is written before it is read
  biasBuf = regrow(biasBuf, <usize>C << 2);
  scaleBuf = regrow(scaleBuf, <usize>C << 2);
  qBuf = regrow(qBuf, <usize>C << 2);
  zeroRow = regrow(zeroRow, <usize>C << 2);
  memory.fill(zeroRow, 0, <usize>C << 2);
  zeroQ = regrow(zeroQ, <usize>C << 2);
  poolBuf = regrow(poolBuf, <usize>C << 3);
  poolOut = regrow(poolOut, <usize>C << 2);
  scratchCols = C;
}

/**
 * Prepares ACTIVATE `i` for activateRow / activatePooled: captures its registers and copies its
 * parameter block. Call it when the instruction starts; one ACTIVATE is prepared at a time.
 */
export function activateBegin(i: i32): void {
  ensureScratch();
  const lo = wordLo(i), hi = wordHi(i);
  actIns = i;
  actFunc = <u32>ACTIVATE_func(lo, hi);
  actPool = <u32>ACTIVATE_pool(lo, hi);
  actPerColumn = ACTIVATE_perColumn(lo);
  actScale = reinterpret<f32>(regOf(i, REG_ACT_SCALE));
  actOutScale = reinterpret<f32>(regOf(i, REG_ACT_OUT_SCALE));
  actZero = <i32>regOf(i, REG_ACT_ZERO_POINT);
  actOut16 = ACTIVATE_out16(lo);
  const unsigned = ACTIVATE_unsigned(lo);
  actUnsigned = unsigned;
  let outLo: f64 = actOut16 ? (unsigned ? 0 : -32768) : (unsigned ? 0 : -128);
  let outHi: f64 = actOut16 ? (unsigned ? 65535 : 32767) : (unsigned ? 255 : 127);
  if (actFunc == FUNC_RELU || actFunc == FUNC_RELU6) {
    if (<f64>actZero > outLo) outLo = <f64>actZero;
  }
  if (actFunc == FUNC_RELU6) {
    const clip = <f64><i32>regOf(i, REG_ACT_CLIP_HIGH);
    if (clip < outHi) outHi = clip;
  }
  actLo = outLo;
  actHi = outHi;
  actAcc0 = <i64>ACTIVATE_acc(lo, hi);
  actLane = <usize>ldI32(insLane, i);
  if (actPool != POOL_NONE) {
    const len = <usize>ACTIVATE_len(lo, hi);
    // rows are written before they are read (poolDone says which); poolDone is cleared below
    if (len * (<usize>C << 2) > poolRowsCapacity) {
      poolRows = regrow(poolRows, len * (<usize>C << 2));
      poolRowsCapacity = len * (<usize>C << 2);
    }
    if (len > poolDoneCapacity) {
      poolDone = regrow(poolDone, len);
      poolDoneCapacity = len;
    }
    memory.fill(poolDone, 0, len);
  }
  if (actPerColumn) {
    const block = ub + <usize>(<i64>ACTIVATE_params(lo, hi) * <i64>W);
    memory.copy(biasBuf, block, <usize>C << 2);
    memory.copy(scaleBuf, block + (<usize>C << 2), <usize>C << 2);
  }
  if (actFunc != FUNC_SIGMOID && actFunc != FUNC_TANH && actLo <= actHi) quantizeLinear(zeroRow, zeroQ, false);
}

/** clamp(y + zero point, lo, hi) for a rounded float32 value; NaN counts as 0 (clarified in ISA.md). */
@inline function saturate(t: f32): i32 {
  let y = <f64>t;
  if (y != y) y = 0;
  y += <f64>actZero;
  // max before min: when lo > hi (e.g. relu with a zero point above the type's range) hi wins
  if (y < actLo) y = actLo;
  if (y > actHi) y = actHi;
  return <i32>y;
}

/** sigmoid or tanh of a float32 (musl's expf / tanhf through AssemblyScript's Mathf). */
@inline function nonlinearity(func: u32, x: f32): f32 {
  return func == FUNC_SIGMOID ? <f32>1 / (<f32>1 + Mathf.exp(-x)) : Mathf.tanh(x);
}

/** The activation unit's sigmoid (func 3) or tanh (func 4) of `x`, for tests of the ISA's semantics. */
export function activationFunctionValue(func: u32, x: f32): f32 {
  return nonlinearity(func, x);
}

/** Quantized value of accumulator value `a` in column `n` for the prepared ACTIVATE. */
@inline function activateValue(a: i32, n: i32): i32 {
  let v = a;
  let s = actScale;
  if (actPerColumn) {
    v = a + load<i32>(biasBuf + (<usize>n << 2));
    s = load<f32>(scaleBuf + (<usize>n << 2));
  }
  const x: f32 = <f32>v * s;
  if (actFunc == FUNC_SIGMOID || actFunc == FUNC_TANH) {
    const y = nonlinearity(actFunc, x);
    return saturate(nearest<f32>(y * actOutScale));
  }
  return saturate(nearest<f32>(x));
}


/** Computes q for every column of accumulator row `accRow` into `dst` (C int32). */
function quantizeRow(accRow: i64, dst: usize): void {
  const src = acc + <usize>(accRow * <i64>C * 4);
  if (actFunc == FUNC_SIGMOID || actFunc == FUNC_TANH) {
    for (let n = 0; n < C; n++) store<i32>(dst + (<usize>n << 2), activateValue(load<i32>(src + (<usize>n << 2)), n));
    return;
  }
  if (actLo > actHi) {
    // clamped to lo then to hi, every value is hi (maybe outside the MAGIC range): as float32 in
    // the SIMD columns, as the clamp there has always done
    const q = i32x4.trunc_sat_f32x4_s(f32x4.splat(<f32>actHi));
    let n = 0;
    for (; n + 4 <= C; n += 4) v128.store(dst + (<usize>n << 2), q);
    for (; n < C; n++) store<i32>(dst + (<usize>n << 2), activateValue(load<i32>(src + (<usize>n << 2)), n));
    return;
  }
  quantizeLinear(src, dst, true);
}

/**
 * quantizeRow without a nonlinearity and with lo <= hi, four columns at a time: the same float32
 * steps as activateValue/saturate. Every value is an integer below 2^24 or lands on a clamp bound,
 * so float32 adds and clamps are exact; pmin/pmax (one instruction each) agree with min/max as
 * NaN is gone and the sign of a zero does not survive the conversion; lo and hi lie within
 * [-32768, 65535] (activateBegin), so the MAGIC conversion is exact. With `skipZeros`, 16 columns
 * of zero accumulators (columns no weight reached) take zeroQ's values: this function's own
 * results for a zero row.
 */
function quantizeLinear(src: usize, dst: usize, skipZeros: bool): void {
  const zp = f32x4.splat(<f32>actZero);
  const lo = f32x4.splat(<f32>actLo);
  const hi = f32x4.splat(<f32>actHi);
  const scalar = f32x4.splat(actScale);
  let n = 0;
  if (skipZeros) {
    for (; n + 16 <= C; n += 16) {
      const off = <usize>n << 2;
      const s = src + off;
      const any = v128.or(v128.or(v128.load(s), v128.load(s, 16)), v128.or(v128.load(s, 32), v128.load(s, 48)));
      if (!v128.any_true(any)) {
        memory.copy(dst + off, zeroQ + off, 64);
        continue;
      }
      for (let m = n; m < n + 16; m += 4) quantize4(src, dst, <usize>m << 2, zp, lo, hi, scalar);
    }
  }
  for (; n + 4 <= C; n += 4) quantize4(src, dst, <usize>n << 2, zp, lo, hi, scalar);
  for (; n < C; n++) store<i32>(dst + (<usize>n << 2), activateValue(load<i32>(src + (<usize>n << 2)), n));
}

/** quantizeLinear's four columns at byte offset `off`. */
@inline function quantize4(src: usize, dst: usize, off: usize, zp: v128, lo: v128, hi: v128, scalar: v128): void {
  let v = v128.load(src + off);
  let sc = scalar;
  if (actPerColumn) {
    v = i32x4.add(v, v128.load(biasBuf + off));
    sc = v128.load(scaleBuf + off);
  }
  let t = f32x4.nearest(f32x4.mul(f32x4.convert_i32x4_s(v), sc));
  t = v128.and(t, f32x4.eq(t, t)); // NaN counts as 0
  const y = f32x4.pmin(f32x4.pmax(f32x4.add(t, zp), lo), hi);
  v128.store(dst + off, i32x4.sub(f32x4.add(y, f32x4.splat(MAGIC)), i32x4.splat(MAGIC_BITS)));
}

/** Writes the C int32 values at `src` as output vector `j` of the prepared ACTIVATE (from byte out.lane of its row). */
function storeOutput(j: i64, src: usize): void {
  const row = activateOutputRow(actIns, j);
  const dst = ub + <usize>(row * <i64>W) + actLane;
  if (actOut16) {
    storeBytes(dst, src, 0);
    storeBytes(dst + <usize>W, src, 8);
  } else if (actLo <= actHi) {
    storeNarrow(dst, src);
  } else {
    storeBytes(dst, src, 0);
  }
}

/**
 * Stores the C int32 values at `src` as bytes to `dst` by saturating narrows: with lo <= hi every
 * value lies within [lo, hi], inside the 8-bit output type's range, where the narrows are exact.
 */
function storeNarrow(dst: usize, src: usize): void {
  let n = 0;
  for (; n + 16 <= C; n += 16) {
    const s = src + (<usize>n << 2);
    const lo = i16x8.narrow_i32x4_s(v128.load(s), v128.load(s, 16));
    const hi = i16x8.narrow_i32x4_s(v128.load(s, 32), v128.load(s, 48));
    v128.store(dst + <usize>n, actUnsigned ? i8x16.narrow_i16x8_u(lo, hi) : i8x16.narrow_i16x8_s(lo, hi));
  }
  for (; n < C; n++) store<u8>(dst + <usize>n, <u8>load<i32>(src + (<usize>n << 2)));
}

/** Stores byte (q >> shift) of each of the C int32 values q at `src` to `dst`. */
function storeBytes(dst: usize, src: usize, shift: i32): void {
  // the masked values are within 0..255, so both saturating narrows are exact
  const mask = i32x4.splat(0xff);
  let n = 0;
  for (; n + 16 <= C; n += 16) {
    const s = src + (<usize>n << 2);
    const a = v128.and(i32x4.shr_s(v128.load(s), shift), mask);
    const b = v128.and(i32x4.shr_s(v128.load(s, 16), shift), mask);
    const c = v128.and(i32x4.shr_s(v128.load(s, 32), shift), mask);
    const d = v128.and(i32x4.shr_s(v128.load(s, 48), shift), mask);
    v128.store(dst + <usize>n, i8x16.narrow_i16x8_u(i16x8.narrow_i32x4_u(a, b), i16x8.narrow_i32x4_u(c, d)));
  }
  for (; n < C; n++) store<u8>(dst + <usize>n, <u8>(load<i32>(src + (<usize>n << 2)) >> shift));
}

/** Without pooling: activates accumulator row `r` (relative to the instruction's `acc`) into output vector `r`. */
export function activateRow(r: i64): void {
  quantizeRow(actAcc0 + r, qBuf);
  storeOutput(r, qBuf);
}

/** sum / count rounded half to even (count > 0). */
export function divRoundHalfEven(sum: i64, count: i64): i64 {
  let q = sum / count;
  let rem = sum % count;
  if (rem < 0) { q--; rem += count; }
  const twice = rem * 2;
  if (twice > count || (twice == count && (q & 1) != 0)) q++;
  return q;
}

// The window of the last poolWindow call, clipped to the image: rows [winY0, winY1), columns [winX0, winX1)
let winY0: i64 = 0;
let winY1: i64 = 0;
let winX0: i64 = 0;
let winX1: i64 = 0;

/** Sets winY0..winX1 to the window of pooled output `j` (row-major over outHeight x outWidth) of ACTIVATE `i`. */
function poolWindow(i: i32, j: i64): void {
  const ow = <i64>regOf(i, REG_POOL_OUT_WIDTH);
  const py = j / ow, px = j % ow;
  // clipped to the image (loadProgram checked the window is not empty)
  let y0 = py * <i64>regOf(i, REG_POOL_SH) - <i64>regOf(i, REG_POOL_PAD_TOP);
  let x0 = px * <i64>regOf(i, REG_POOL_SW) - <i64>regOf(i, REG_POOL_PAD_LEFT);
  let y1 = y0 + <i64>regOf(i, REG_POOL_KH), x1 = x0 + <i64>regOf(i, REG_POOL_KW);
  const ih = <i64>regOf(i, REG_POOL_IN_HEIGHT), iw = <i64>regOf(i, REG_POOL_IN_WIDTH);
  if (y0 < 0) y0 = 0;
  if (x0 < 0) x0 = 0;
  if (y1 > ih) y1 = ih;
  if (x1 > iw) x1 = iw;
  winY0 = y0; winY1 = y1; winX0 = x0; winX1 = x1;
}

/** Pooling: the input row (relative to `acc`) after which pooled output `j` of ACTIVATE `i` has its whole window. */
export function poolWindowEnd(i: i32, j: i64): i64 {
  poolWindow(i, j);
  return (winY1 - 1) * <i64>regOf(i, REG_POOL_IN_WIDTH) + winX1 - 1;
}

/** With pooling: computes pooled output `j` (row-major over outHeight x outWidth) and writes it. */
export function activatePooled(j: i64): void {
  const i = actIns;
  poolWindow(i, j);
  const y0 = winY0, y1 = winY1, x0 = winX0, x1 = winX1;
  const iw = <i64>regOf(i, REG_POOL_IN_WIDTH);
  const isMax = actPool == POOL_MAX;
  const count = (y1 - y0) * (x1 - x0);
  // with lo <= hi every q lies within [-32768, 65535], so sums of up to 32767 of them fit int32
  const sum32 = actLo <= actHi && count <= 32767;
  // fold the window's quantized rows (each accumulator row is quantized once, however many
  // windows overlap it): max four columns at a time, averages as exact sums
  const rowBytes = <usize>C << 2;
  let first = true;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const r = y * iw + x;
      const q = poolRows + <usize>r * rowBytes;
      if (load<u8>(poolDone + <usize>r) == 0) {
        quantizeRow(actAcc0 + r, q);
        store<u8>(poolDone + <usize>r, 1);
      }
      if (first && (isMax || sum32)) memory.copy(poolOut, q, rowBytes);
      else if (isMax) foldMax(q);
      else if (sum32) foldSum32(q);
      else foldSum64(q, first);
      first = false;
    }
  }
  if (!isMax) {
    if (sum32) average32(count);
    else average64(count);
  }
  storeOutput(j, poolOut);
}

/** poolOut = max(poolOut, the C int32 at q), four columns at a time. */
function foldMax(q: usize): void {
  let n = 0;
  for (; n + 4 <= C; n += 4) v128.store(poolOut + (<usize>n << 2), i32x4.max_s(v128.load(poolOut + (<usize>n << 2)), v128.load(q + (<usize>n << 2))));
  for (; n < C; n++) {
    const v = load<i32>(q + (<usize>n << 2));
    if (v > load<i32>(poolOut + (<usize>n << 2))) store<i32>(poolOut + (<usize>n << 2), v);
  }
}

/** poolOut += the C int32 at q (the sums fit int32: activatePooled checked). */
function foldSum32(q: usize): void {
  let n = 0;
  for (; n + 4 <= C; n += 4) v128.store(poolOut + (<usize>n << 2), i32x4.add(v128.load(poolOut + (<usize>n << 2)), v128.load(q + (<usize>n << 2))));
  for (; n < C; n++) store<i32>(poolOut + (<usize>n << 2), load<i32>(poolOut + (<usize>n << 2)) + load<i32>(q + (<usize>n << 2)));
}

/** poolBuf (int64 sums) = (first ? 0 : poolBuf) + the C int32 at q. */
function foldSum64(q: usize, first: bool): void {
  for (let n = 0; n < C; n++) {
    const p = poolBuf + (<usize>n << 3);
    const v = <i64>load<i32>(q + (<usize>n << 2));
    store<i64>(p, first ? v : load<i64>(p) + v);
  }
}

/**
 * poolOut = its int32 sums / count rounded half to even, four columns at a time in float64: a sum
 * s (|s| < 2^31) over count c (<= 32767) is either a tie, exactly representable, or at least
 * 1/(2c) >= 2^-16 from one, far more than the division's error (< 2^-22): nearest rounds as
 * divRoundHalfEven does.
 */
function average32(count: i64): void {
  const c = f64x2.splat(<f64>count);
  let n = 0;
  for (; n + 4 <= C; n += 4) {
    const p = poolOut + (<usize>n << 2);
    const s = v128.load(p);
    const lo = f64x2.nearest(f64x2.div(f64x2.convert_low_i32x4_s(s), c));
    const hi = f64x2.nearest(f64x2.div(f64x2.convert_low_i32x4_s(v128.shuffle<i32>(s, s, 2, 3, 2, 3)), c));
    v128.store(p, v128.shuffle<i32>(i32x4.trunc_sat_f64x2_s_zero(lo), i32x4.trunc_sat_f64x2_s_zero(hi), 0, 1, 4, 5));
  }
  for (; n < C; n++) {
    const p = poolOut + (<usize>n << 2);
    store<i32>(p, <i32>divRoundHalfEven(<i64>load<i32>(p), count));
  }
}

/** poolOut = the int64 sums in poolBuf / count rounded half to even (the average of int32 values is an int32). */
function average64(count: i64): void {
  for (let n = 0; n < C; n++) {
    store<i32>(poolOut + (<usize>n << 2), <i32>divRoundHalfEven(load<i64>(poolBuf + (<usize>n << 3)), count));
  }
}

/** Performs the whole data effect of ACTIVATE `i`. */
export function activate(i: i32): void {
  activateBegin(i);
  const lo = wordLo(i), hi = wordHi(i);
  if (<u32>ACTIVATE_pool(lo, hi) != POOL_NONE) {
    const outs = activateOutputs(i);
    for (let j: i64 = 0; j < outs; j++) activatePooled(j);
  } else {
    const len = <i64>ACTIVATE_len(lo, hi);
    for (let r: i64 = 0; r < len; r++) activateRow(r);
  }
}
