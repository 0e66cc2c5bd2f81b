// The int8 GEMM's inner loops, holding no state: every extent comes in a job record in memory and
// every scratch buffer as an argument. The core (asc/kernels.ts) runs jobs on its own thread; the
// matrix helper (asc/helper.ts, a second wasm module on another thread sharing the core's memory)
// joins a large MATMUL's job, the two claiming its units until none is left. See asc/kernels.ts for
// the packed weight layout.

/** Rows of inputs converted per chunk (a multiple of the micro-kernel's 3 rows). */
export const CHUNK_ROWS: i32 = 48;

// A job: input rows [r0, r1) (addresses in an array) times column panels [p0, p1) of a packed block,
// cut into units (row groups, or panel groups when rows are few) that threads claim one at a time.
// Byte offsets of its int32 fields; every address is a byte offset into the shared memory.
export const JOB_ADDRS: usize = 0; // u32 per row: the row's K input bytes
export const JOB_R0: usize = 4;
export const JOB_R1: usize = 8;
export const JOB_UNSIGNED: usize = 12;
export const JOB_K: usize = 16;
export const JOB_NEXT: usize = 20; // the first row (or panel) not yet claimed (atomic)
export const JOB_UNITS: usize = 24; // how many whole units
export const JOB_OUT: usize = 28; // output row r is N int32 at out + r * ldo
export const JOB_LDO: usize = 32;
export const JOB_ACCUMULATE: usize = 36;
export const JOB_PACKED: usize = 40;
export const JOB_PAIRS: usize = 44;
export const JOB_KPLO: usize = 48; // first nonzero row pair, and how many
export const JOB_COUNT: usize = 52;
export const JOB_N: usize = 56;
export const JOB_P0: usize = 60;
export const JOB_P1: usize = 64;
export const JOB_BY_PANELS: usize = 68; // 1: units are UNIT_PANELS panels of all rows; 0: UNIT_ROWS rows of all panels
export const JOB_BYTES: usize = 72;

/** Rows per unit of a job cut by rows (a multiple of the micro-kernel's 3, at most CHUNK_ROWS). */
export const UNIT_ROWS: i32 = 24;
/** Column panels per unit of a job cut by panels. */
export const UNIT_PANELS: i32 = 4;
/** Rows per claim near the end of a job cut by rows. */
export const TAIL_ROWS: i32 = 6;

// The control block the core shares with the helper: int32 words
export const CTRL_STATE: usize = 0; // STATE_*
export const CTRL_STOP: usize = 4; // 1: leave serve()
export const CTRL_ATTACHED: usize = 8; // 1 while the helper is in serve()
export const CTRL_FAILED: usize = 12; // 1: the helper trapped (set by its thread's JavaScript)
export const CTRL_JOBS: usize = 16; // jobs the helper took part in since the core's matrixHelperStart()
export const CTRL_JOB: usize = 20; // the posted job's address
export const CTRL_CHUNK: usize = 24; // the helper's scratch: CHUNK_ROWS x pairs int32
export const CTRL_EDGE: usize = 28; // the helper's scratch: 16 int32
export const CTRL_BYTES: usize = 32;
export const STATE_IDLE: i32 = 0;
export const STATE_POSTED: i32 = 1; // the core posted a job; the helper may join it
export const STATE_CLAIMED: i32 = 2; // the helper is claiming units of it
export const STATE_DONE: i32 = 3;

/** Extends K int8 (or uint8 with `unsigned`) values at `x` to int16 at `dst`, padded to an even count. */
export function convertRow(dst: usize, x: usize, K: i32, unsigned: bool): void {
  let k = 0;
  if (unsigned) {
    for (; k + 16 <= K; k += 16) {
      const v = v128.load(x + <usize>k);
      v128.store(dst + (<usize>k << 1), i16x8.extend_low_i8x16_u(v));
      v128.store(dst + (<usize>k << 1), i16x8.extend_high_i8x16_u(v), 16);
    }
    for (; k < K; k++) store<i16>(dst + (<usize>k << 1), <i16>load<u8>(x + <usize>k));
  } else {
    for (; k + 16 <= K; k += 16) {
      const v = v128.load(x + <usize>k);
      v128.store(dst + (<usize>k << 1), i16x8.extend_low_i8x16_s(v));
      v128.store(dst + (<usize>k << 1), i16x8.extend_high_i8x16_s(v), 16);
    }
    for (; k < K; k++) store<i16>(dst + (<usize>k << 1), <i16>load<i8>(x + <usize>k));
  }
  if (K & 1) store<i16>(dst + (<usize>K << 1), 0);
}

// load32_splat is one broadcast load on x64 (splat of a scalar load is a move and a shuffle)
@inline function splatPair(p: usize): v128 {
  return v128.load32_splat(p);
}

@inline function put(o: usize, off: usize, v: v128, accumulate: bool): void {
  if (accumulate) v128.store(o + off, i32x4.add(v128.load(o + off), v));
  else v128.store(o + off, v);
}

/**
 * 3 rows x 16 columns, the hot loop: 12 accumulators, 3 splatted inputs and one weight vector
 * (x64 has 16 vector registers; a 4-row kernel's 21 values spilled).
 */
function kernel3x16(a: usize, aStride: usize, b: usize, count: i32, o: usize, ldo: usize, accumulate: bool): void {
  let c00 = i32x4.splat(0), c01 = i32x4.splat(0), c02 = i32x4.splat(0), c03 = i32x4.splat(0);
  let c10 = i32x4.splat(0), c11 = i32x4.splat(0), c12 = i32x4.splat(0), c13 = i32x4.splat(0);
  let c20 = i32x4.splat(0), c21 = i32x4.splat(0), c22 = i32x4.splat(0), c23 = i32x4.splat(0);
  let a0 = a;
  const a1 = aStride, a2 = aStride * 2;
  let bp = b;
  for (let kp = 0; kp < count; kp++) {
    const x0 = splatPair(a0), x1 = splatPair(a0 + a1), x2 = splatPair(a0 + a2);
    let w = v128.load(bp);
    c00 = i32x4.add(c00, i32x4.dot_i16x8_s(x0, w)); c10 = i32x4.add(c10, i32x4.dot_i16x8_s(x1, w)); c20 = i32x4.add(c20, i32x4.dot_i16x8_s(x2, w));
    w = v128.load(bp, 16);
    c01 = i32x4.add(c01, i32x4.dot_i16x8_s(x0, w)); c11 = i32x4.add(c11, i32x4.dot_i16x8_s(x1, w)); c21 = i32x4.add(c21, i32x4.dot_i16x8_s(x2, w));
    w = v128.load(bp, 32);
    c02 = i32x4.add(c02, i32x4.dot_i16x8_s(x0, w)); c12 = i32x4.add(c12, i32x4.dot_i16x8_s(x1, w)); c22 = i32x4.add(c22, i32x4.dot_i16x8_s(x2, w));
    w = v128.load(bp, 48);
    c03 = i32x4.add(c03, i32x4.dot_i16x8_s(x0, w)); c13 = i32x4.add(c13, i32x4.dot_i16x8_s(x1, w)); c23 = i32x4.add(c23, i32x4.dot_i16x8_s(x2, w));
    a0 += 4;
    bp += 64;
  }
  put(o, 0, c00, accumulate); put(o, 16, c01, accumulate); put(o, 32, c02, accumulate); put(o, 48, c03, accumulate);
  let r = o + ldo;
  put(r, 0, c10, accumulate); put(r, 16, c11, accumulate); put(r, 32, c12, accumulate); put(r, 48, c13, accumulate);
  r += ldo;
  put(r, 0, c20, accumulate); put(r, 16, c21, accumulate); put(r, 32, c22, accumulate); put(r, 48, c23, accumulate);
}

/** 1 row x 16 columns, for the rows left over. */
export function kernel1x16(a: usize, b: usize, count: i32, o: usize, accumulate: bool): void {
  let c0 = i32x4.splat(0), c1 = i32x4.splat(0), c2 = i32x4.splat(0), c3 = i32x4.splat(0);
  let a0 = a;
  let bp = b;
  for (let kp = 0; kp < count; kp++) {
    const x = splatPair(a0);
    c0 = i32x4.add(c0, i32x4.dot_i16x8_s(x, v128.load(bp)));
    c1 = i32x4.add(c1, i32x4.dot_i16x8_s(x, v128.load(bp, 16)));
    c2 = i32x4.add(c2, i32x4.dot_i16x8_s(x, v128.load(bp, 32)));
    c3 = i32x4.add(c3, i32x4.dot_i16x8_s(x, v128.load(bp, 48)));
    a0 += 4;
    bp += 64;
  }
  put(o, 0, c0, accumulate); put(o, 16, c1, accumulate); put(o, 32, c2, accumulate); put(o, 48, c3, accumulate);
}

/**
 * Multiplies the `rows` converted inputs at `chunk` by panels [p0, p1) of the job's packed block:
 * output row r (at `out + r * ldo`) gets those panels' columns added (`accumulate`) or written.
 */
export function runPanels(job: usize, chunk: usize, edge: usize, rows: i32, out: usize, p0: i32, p1: i32): void {
  const ldo = <usize>load<u32>(job + JOB_LDO);
  const accumulate = load<i32>(job + JOB_ACCUMULATE) != 0;
  const packed = <usize>load<u32>(job + JOB_PACKED);
  const pairs = load<i32>(job + JOB_PAIRS);
  const kpLo = load<i32>(job + JOB_KPLO);
  const count = load<i32>(job + JOB_COUNT);
  const N = load<i32>(job + JOB_N);
  const aStride = <usize>pairs << 2;
  const a = chunk + (<usize>kpLo << 2);
  for (let p = p0; p < p1; p++) {
    const b = packed + ((<usize>p * <usize>pairs + <usize>kpLo) << 6);
    const col = p << 4;
    let r = 0;
    if (col + 16 <= N) {
      for (; r + 3 <= rows; r += 3) {
        kernel3x16(a + <usize>r * aStride, aStride, b, count, out + <usize>r * ldo + (<usize>col << 2), ldo, accumulate);
      }
      for (; r < rows; r++) {
        kernel1x16(a + <usize>r * aStride, b, count, out + <usize>r * ldo + (<usize>col << 2), accumulate);
      }
      continue;
    }
    // partial panel: compute 16 columns into scratch, keep the valid ones
    const valid = N - col;
    for (; r < rows; r++) {
      kernel1x16(a + <usize>r * aStride, b, count, edge, false);
      const dst = out + <usize>r * ldo + (<usize>col << 2);
      for (let j = 0; j < valid; j++) {
        const v = load<i32>(edge + (<usize>j << 2));
        const d = dst + (<usize>j << 2);
        store<i32>(d, accumulate ? load<i32>(d) + v : v);
      }
    }
  }
}

/** Rows [r0, r1) times panels [p0, p1) of a job: converts the rows a chunk at a time into `chunk` and multiplies. */
export function runRows(job: usize, chunk: usize, edge: usize, r0: i32, r1: i32, p0: i32, p1: i32): void {
  const addrs = <usize>load<u32>(job + JOB_ADDRS);
  const unsigned = load<i32>(job + JOB_UNSIGNED) != 0;
  const K = load<i32>(job + JOB_K);
  const out = <usize>load<u32>(job + JOB_OUT);
  const ldo = <usize>load<u32>(job + JOB_LDO);
  const aStride = <usize>load<i32>(job + JOB_PAIRS) << 2;
  for (let r = r0; r < r1; r += CHUNK_ROWS) {
    const rows = r1 - r < CHUNK_ROWS ? r1 - r : CHUNK_ROWS;
    for (let j = 0; j < rows; j++) {
      convertRow(chunk + <usize>j * aStride, <usize>load<u32>(addrs + (<usize>(r + j) << 2)), K, unsigned);
    }
    runPanels(job, chunk, edge, rows, out + <usize>r * ldo, p0, p1);
  }
}

/**
 * Claims parts of a job until none is left and runs each; any number of threads may share a job.
 * Claims are a unit (UNIT_ROWS rows or UNIT_PANELS panels) while much is left, then smaller
 * (TAIL_ROWS rows or one panel), so the threads finish close together.
 */
export function runShared(job: usize, chunk: usize, edge: usize): void {
  const r0 = load<i32>(job + JOB_R0), r1 = load<i32>(job + JOB_R1);
  const p0 = load<i32>(job + JOB_P0), p1 = load<i32>(job + JOB_P1);
  const byPanels = load<i32>(job + JOB_BY_PANELS) != 0;
  const end = byPanels ? p1 : r1;
  const unit = byPanels ? UNIT_PANELS : UNIT_ROWS;
  const tail = byPanels ? 1 : TAIL_ROWS;
  for (;;) {
    const seen = atomic.load<i32>(job + JOB_NEXT);
    if (seen >= end) return;
    const step = end - seen > 4 * unit ? unit : tail;
    // each add reserves [at, at + step): the ranges of all claims are disjoint
    const at = atomic.add<i32>(job + JOB_NEXT, step);
    if (at >= end) return;
    const stop = at + step < end ? at + step : end;
    if (byPanels) runRows(job, chunk, edge, r0, r1, at, stop);
    else runRows(job, chunk, edge, at, stop, p0, p1);
  }
}
