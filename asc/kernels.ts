// The fast engine's matrix arithmetic: int8 x int8 -> int32 GEMM with wasm SIMD, exact modulo 2^32.
//
// Weights (one K x N block, e.g. the current R x C tile) are packed once into panels of 16 columns:
// for each pair of rows (k, k+1) a panel holds 16 columns x 2 rows as interleaved int16
// (b[k][n], b[k+1][n], b[k][n+1], ...), 64 bytes. An input row sign- or zero-extended to int16 is
// then, read as int32, exactly the pair (x[k], x[k+1]) that i32x4.dot_i16x8_s needs: splatting it
// and taking the dot with 16 bytes of a panel gives x[k]*b[k][n] + x[k+1]*b[k+1][n] for 4 columns.
// The 3 x 16 micro-kernel (asc/gemm-core.ts) keeps 12 accumulators. All-zero leading/trailing rows
// and column panels of the block are skipped (they add nothing), which makes zero-padded tiles cheap.
// A large MATMUL's rows (or, when few, its column panels) are split in two halves, one for the
// matrix helper thread (asc/helper.ts) when it serves: each output element is still one thread's
// exact sum, so the split never changes a result.
// 16-bit operand modes use a scalar int32 path (wrapping multiply-add is exact mod 2^32).
import {
  CHUNK_ROWS, CTRL_ATTACHED, CTRL_BYTES, CTRL_CHUNK, CTRL_EDGE, CTRL_FAILED, CTRL_JOB, CTRL_JOBS, CTRL_STATE, CTRL_STOP,
  JOB_ACCUMULATE, JOB_ADDRS, JOB_BYTES, JOB_BY_PANELS, JOB_COUNT, JOB_K, JOB_KPLO, JOB_LDO, JOB_N, JOB_NEXT, JOB_OUT,
  JOB_P0, JOB_P1, JOB_PACKED, JOB_PAIRS, JOB_R0, JOB_R1, JOB_UNITS, JOB_UNSIGNED, STATE_CLAIMED, STATE_DONE, STATE_IDLE,
  STATE_POSTED, UNIT_PANELS, UNIT_ROWS, convertRow, runPanels, runRows, runShared,
} from './gemm-core';
import { regrow } from './state';

export { CHUNK_ROWS } from './gemm-core';

// Packed weights of the current block and its nonzero extent
let packCapacity: usize = 0;
let packed: usize = 0;
let blockK: i32 = 0;
let blockN: i32 = 0;
let pairs: i32 = 0; // ceil(K / 2)
let panels: i32 = 0; // ceil(N / 16)
let kpLo: i32 = 0; // first row pair with a nonzero weight
let kpHi: i32 = 0; // one past the last
let panelLo: i32 = 0; // first column panel with a nonzero weight
let panelHi: i32 = 0;
// A diagonal block (identity copies, residual adds, depthwise taps: only k == n nonzero) is
// multiplied element-wise, N multiply-adds per row instead of K x N: the same exact result.
let diagonal: bool = false;
let diagCapacity: usize = 0;
let diag: usize = 0; // int32 per column: the diagonal weight
let diagLo: i32 = 0;
let diagHi: i32 = 0;

// Inputs of one chunk, extended to int16: CHUNK_ROWS rows of `pairs` int32; the helper has its own
let chunkCapacity: usize = 0;
let chunk: usize = 0;
let helperChunk: usize = 0;
// Scratch row for partial panels (C not a multiple of 16), and the helper's
let edge: usize = 0;
let helperEdge: usize = 0;
// The core thread's job record (asc/gemm-core.ts)
let coreJob: usize = 0;

// The buffers below are scratch: packWeights and setChunkRow write every part runChunk reads, so
// growing drops the old contents.
function ensurePacked(bytes: usize): void {
  if (bytes <= packCapacity) return;
  packed = regrow(packed, bytes);
  packCapacity = bytes;
}

function ensureChunk(bytes: usize): void {
  if (coreJob == 0) {
    coreJob = regrow(0, JOB_BYTES);
    rowAddrs = regrow(0, <usize>SLAB_ROWS << 2);
    edge = regrow(0, 16 * 4);
    helperEdge = regrow(0, 16 * 4);
  }
  if (bytes <= chunkCapacity) return;
  chunk = regrow(chunk, bytes);
  helperChunk = regrow(helperChunk, bytes);
  chunkCapacity = bytes;
}

/**
 * Packs an int8 weight block of K rows x N columns (row-major, `ldb` bytes between rows) as the
 * current block, and finds its nonzero extent.
 */
export function packWeights(b: usize, K: i32, N: i32, ldb: i32): void {
  blockK = K;
  blockN = N;
  pairs = (K + 1) >> 1;
  panels = (N + 15) >> 4;
  ensurePacked(<usize>pairs * <usize>panels * 64);
  ensureChunk(<usize>CHUNK_ROWS * <usize>pairs * 4);

  if ((N & 15) == 0) extentSimd(b, K, N, ldb);
  else extentScalar(b, K, N, ldb);
  const rowLo = extRowLo, rowHi = extRowHi, colLo = extColLo, colHi = extColHi;
  if (rowHi == 0) {
    kpLo = 0; kpHi = 0; panelLo = 0; panelHi = 0;
    diagonal = false;
    return;
  }
  kpLo = rowLo >> 1;
  kpHi = (rowHi + 1) >> 1;
  panelLo = colLo >> 4;
  panelHi = (colHi + 15) >> 4;

  diagonal = rowLo == colLo && rowHi == colHi && isDiagonal(b, rowLo, rowHi, colLo, colHi, ldb);
  if (diagonal) {
    if (<usize>N << 2 > diagCapacity) {
      diag = regrow(diag, <usize>N << 2);
      diagCapacity = <usize>N << 2;
    }
    for (let n = rowLo; n < rowHi; n++) store<i32>(diag + (<usize>n << 2), <i32>load<i8>(b + <usize>n * <usize>ldb + <usize>n));
    diagLo = rowLo;
    diagHi = rowHi;
    return;
  }

  const simd = (N & 15) == 0 && (K & 1) == 0;
  for (let p = panelLo; p < panelHi; p++) {
    for (let kp = kpLo; kp < kpHi; kp++) {
      const dst = packed + ((<usize>p * <usize>pairs + <usize>kp) << 6);
      const k0 = kp << 1;
      if (simd) {
        const r0 = v128.load(b + <usize>k0 * <usize>ldb + (<usize>p << 4));
        const r1 = v128.load(b + <usize>(k0 + 1) * <usize>ldb + (<usize>p << 4));
        const lo0 = i16x8.extend_low_i8x16_s(r0), hi0 = i16x8.extend_high_i8x16_s(r0);
        const lo1 = i16x8.extend_low_i8x16_s(r1), hi1 = i16x8.extend_high_i8x16_s(r1);
        v128.store(dst, v128.shuffle<i16>(lo0, lo1, 0, 8, 1, 9, 2, 10, 3, 11));
        v128.store(dst, v128.shuffle<i16>(lo0, lo1, 4, 12, 5, 13, 6, 14, 7, 15), 16);
        v128.store(dst, v128.shuffle<i16>(hi0, hi1, 0, 8, 1, 9, 2, 10, 3, 11), 32);
        v128.store(dst, v128.shuffle<i16>(hi0, hi1, 4, 12, 5, 13, 6, 14, 7, 15), 48);
      } else {
        for (let j = 0; j < 16; j++) {
          const n = (p << 4) + j;
          let v0: i16 = 0, v1: i16 = 0;
          if (n < N) {
            v0 = <i16>load<i8>(b + <usize>k0 * <usize>ldb + <usize>n);
            if (k0 + 1 < K) v1 = <i16>load<i8>(b + <usize>(k0 + 1) * <usize>ldb + <usize>n);
          }
          store<i16>(dst + <usize>(j << 2), v0);
          store<i16>(dst + <usize>(j << 2) + 2, v1);
        }
      }
    }
  }
}

// The nonzero extent of the block being packed: rows [extRowLo, extRowHi), columns [extColLo, extColHi)
let extRowLo: i32 = 0;
let extRowHi: i32 = 0;
let extColLo: i32 = 0;
let extColHi: i32 = 0;
let orRow: usize = 0; // N bytes: the OR of the block's rows
let orRowCapacity: usize = 0;

/** The nonzero extent, rows by OR-reducing each row, columns by OR-ing all rows together. */
function extentScalar(b: usize, K: i32, N: i32, ldb: i32): void {
  let rowLo = K, rowHi = 0;
  let colLo = N, colHi = 0;
  for (let k = 0; k < K; k++) {
    const row = b + <usize>k * <usize>ldb;
    let any = false;
    for (let n = 0; n < N; n++) {
      if (load<u8>(row + <usize>n) != 0) {
        any = true;
        if (n < colLo) colLo = n;
        break;
      }
    }
    if (!any) continue;
    if (k < rowLo) rowLo = k;
    rowHi = k + 1;
    for (let n = N - 1; n >= colHi; n--) {
      if (load<u8>(row + <usize>n) != 0) { colHi = n + 1; break; }
    }
  }
  extRowLo = rowLo; extRowHi = rowHi; extColLo = colLo; extColHi = colHi;
}

/** extentScalar for N a multiple of 16, 16 bytes at a time: the same extent. */
function extentSimd(b: usize, K: i32, N: i32, ldb: i32): void {
  if (<usize>N > orRowCapacity) {
    orRow = regrow(orRow, <usize>N);
    orRowCapacity = <usize>N;
  }
  memory.fill(orRow, 0, <usize>N);
  let rowLo = K, rowHi = 0;
  for (let k = 0; k < K; k++) {
    const row = b + <usize>k * <usize>ldb;
    let any = i32x4.splat(0);
    for (let n = 0; n < N; n += 16) any = v128.or(any, v128.load(row + <usize>n));
    if (!v128.any_true(any)) continue;
    for (let n = 0; n < N; n += 16) v128.store(orRow + <usize>n, v128.or(v128.load(orRow + <usize>n), v128.load(row + <usize>n)));
    if (k < rowLo) rowLo = k;
    rowHi = k + 1;
  }
  let colLo = N, colHi = 0;
  for (let n = 0; n < N; n++) {
    if (load<u8>(orRow + <usize>n) != 0) {
      if (n < colLo) colLo = n;
      colHi = n + 1;
    }
  }
  extRowLo = rowLo; extRowHi = rowHi; extColLo = colLo; extColHi = colHi;
}

/** True when the block's nonzero weights within rows/columns [lo, hi) all sit on the diagonal. */
function isDiagonal(b: usize, lo: i32, hi: i32, colLo: i32, colHi: i32, ldb: i32): bool {
  for (let k = lo; k < hi; k++) {
    const row = b + <usize>k * <usize>ldb;
    for (let n = colLo; n < colHi; n++) {
      if (n != k && load<u8>(row + <usize>n) != 0) return false;
    }
  }
  return true;
}

/** Puts input row `r` of the chunk: K int8 (or uint8 with `unsigned`) values at `x`, extended to int16. */
export function setChunkRow(r: i32, x: usize, unsigned: bool): void {
  convertRow(chunk + <usize>r * (<usize>pairs << 2), x, blockK, unsigned);
}

/**
 * Writes the core's job record for rows [0, rows) and the block's nonzero panels, cut into units:
 * by rows when there are enough of them for two threads, else by column panels.
 */
function fillJob(rows: i32, out: usize, ldo: usize, accumulate: bool): void {
  const job = coreJob;
  store<u32>(job + JOB_ADDRS, <u32>rowAddrs);
  store<i32>(job + JOB_R0, 0);
  store<i32>(job + JOB_R1, rows);
  store<i32>(job + JOB_UNSIGNED, rowsUnsigned ? 1 : 0);
  store<i32>(job + JOB_K, blockK);
  store<u32>(job + JOB_OUT, <u32>out);
  store<u32>(job + JOB_LDO, <u32>ldo);
  store<i32>(job + JOB_ACCUMULATE, accumulate ? 1 : 0);
  store<u32>(job + JOB_PACKED, <u32>packed);
  store<i32>(job + JOB_PAIRS, pairs);
  store<i32>(job + JOB_KPLO, kpLo);
  store<i32>(job + JOB_COUNT, kpHi - kpLo);
  store<i32>(job + JOB_N, blockN);
  store<i32>(job + JOB_P0, panelLo);
  store<i32>(job + JOB_P1, panelHi);
  const byPanels = rows < 2 * UNIT_ROWS;
  store<i32>(job + JOB_BY_PANELS, byPanels ? 1 : 0);
  store<i32>(job + JOB_UNITS, byPanels ? (panelHi - panelLo + UNIT_PANELS - 1) / UNIT_PANELS : (rows + UNIT_ROWS - 1) / UNIT_ROWS);
  store<i32>(job + JOB_NEXT, byPanels ? panelLo : 0);
}

/** Output rows [0, rows) of the chunk's result: the diagonal block's element-wise products. */
function runDiagonal(rows: i32, out: usize, ldo: usize, accumulate: bool): void {
  const N = blockN;
  const aStride = <usize>pairs << 2;
  // out[n] (+)= x[n] * d[n] for n in [diagLo, diagHi); the chunk holds x as int16
  for (let r = 0; r < rows; r++) {
    const x = chunk + <usize>r * aStride;
    const o = out + <usize>r * ldo;
    if (!accumulate) {
      memory.fill(o, 0, <usize>diagLo << 2);
      memory.fill(o + (<usize>diagHi << 2), 0, <usize>(N - diagHi) << 2);
    }
    let n = diagLo;
    for (; n + 4 <= diagHi; n += 4) {
      const xv = i32x4.extend_low_i16x8_s(v128.load64_zero(x + (<usize>n << 1)));
      const prod = i32x4.mul(xv, v128.load(diag + (<usize>n << 2)));
      const d = o + (<usize>n << 2);
      v128.store(d, accumulate ? i32x4.add(v128.load(d), prod) : prod);
    }
    for (; n < diagHi; n++) {
      const d = o + (<usize>n << 2);
      const prod = <i32>load<i16>(x + (<usize>n << 1)) * load<i32>(diag + (<usize>n << 2));
      store<i32>(d, accumulate ? load<i32>(d) + prod : prod);
    }
  }
}

/** Without `accumulate`, zeroes the columns of output rows [0, rows) outside the block's nonzero panels. */
function clearOutsidePanels(rows: i32, out: usize, ldo: usize): void {
  const N = blockN;
  const c0 = panelLo << 4;
  let c1 = panelHi << 4;
  if (c1 > N) c1 = N;
  for (let r = 0; r < rows; r++) {
    const row = out + <usize>r * ldo;
    if (kpHi <= kpLo) { memory.fill(row, 0, <usize>N << 2); continue; }
    if (c0 > 0) memory.fill(row, 0, <usize>c0 << 2);
    if (c1 < N) memory.fill(row + (<usize>c1 << 2), 0, <usize>(N - c1) << 2);
  }
}

/**
 * Multiplies the `rows` inputs of the chunk by the packed block: output row r (N int32 at
 * `out + r * ldo` bytes) gets the result added (`accumulate`) or written.
 */
export function runChunk(rows: i32, out: usize, ldo: usize, accumulate: bool): void {
  if (diagonal) {
    runDiagonal(rows, out, ldo, accumulate);
    return;
  }
  if (!accumulate) clearOutsidePanels(rows, out, ldo);
  if (kpHi <= kpLo) return;
  fillJob(rows, out, ldo, accumulate);
  runPanels(coreJob, chunk, edge, rows, out, panelLo, panelHi);
}

// ---------------------------------------------------------------------------------------------
// The rows of a MATMUL, split with the matrix helper thread (asc/helper.ts) when it serves

/** Rows one multiplyRows call takes at most (the length of its address array). */
export const SLAB_ROWS: i32 = 4096;
// u32 per row: where the input rows of the multiplyRows call are
let rowAddrs: usize = 0;
let rowsUnsigned: bool = false;
// The control block shared with the helper (asc/gemm-core.ts); 0 until the host asks for one
let helper: usize = 0;
// Below this many MACs the hand-offs to the helper (a few microseconds) cost more than sharing saves
const SPLIT_MIN_MACS: i64 = 1 << 20;
// Polls of the helper's state before the core sleeps on it (about 100 us, two units' work)
const FINISH_SPIN_POLLS: i32 = 1 << 16;
// When the core had to sleep for the helper's last claim, the helper's thread was descheduled:
// other processes want the cores. The core then runs the next soloJobs jobs alone, a count that
// doubles while that repeats (up to MAX_SOLO_JOBS) and resets when the helper keeps up again.
let soloJobs: i32 = 0;
let soloBackoff: i32 = 0;
const MAX_SOLO_JOBS: i32 = 4096;

/** The address array the caller fills (one u32 per row) before multiplyRows. */
export function rowAddressArray(): usize {
  return rowAddrs;
}

/**
 * Multiplies `rows` (at most SLAB_ROWS) input rows, whose addresses are in the address array, by
 * the packed block: output row r (N int32 at `out + r * ldo` bytes) gets the result added
 * (`accumulate`) or written. The helper thread joins a large call when it serves.
 */
export function multiplyRows(rows: i32, unsigned: bool, out: usize, ldo: usize, accumulate: bool): void {
  rowsUnsigned = unsigned;
  if (diagonal) {
    for (let r = 0; r < rows; r += CHUNK_ROWS) {
      const n = rows - r < CHUNK_ROWS ? rows - r : CHUNK_ROWS;
      for (let j = 0; j < n; j++) setChunkRow(j, <usize>load<u32>(rowAddrs + (<usize>(r + j) << 2)), unsigned);
      runDiagonal(n, out + <usize>r * ldo, ldo, accumulate);
    }
    return;
  }
  if (!accumulate) clearOutsidePanels(rows, out, ldo);
  if (kpHi <= kpLo) return;
  fillJob(rows, out, ldo, accumulate);
  if (!postToHelper(rows)) {
    runRows(coreJob, chunk, edge, 0, rows, panelLo, panelHi);
    return;
  }
  runShared(coreJob, chunk, edge);
  finishWithHelper();
}

/** Posts the core's job for the helper to join, when the helper serves and the work is worth it. */
function postToHelper(rows: i32): bool {
  if (helper == 0 || atomic.load<i32>(helper + CTRL_ATTACHED) == 0) return false;
  if (load<i32>(coreJob + JOB_UNITS) < 2) return false;
  if (soloJobs > 0) {
    soloJobs--;
    return false;
  }
  if (<i64>rows * <i64>(panelHi - panelLo) * <i64>(kpHi - kpLo) * 32 < SPLIT_MIN_MACS) return false;
  store<u32>(helper + CTRL_JOB, <u32>coreJob);
  store<u32>(helper + CTRL_CHUNK, <u32>helperChunk);
  store<u32>(helper + CTRL_EDGE, <u32>helperEdge);
  atomic.store<i32>(helper + CTRL_STATE, STATE_POSTED);
  atomic.notify(helper + CTRL_STATE, 1);
  return true;
}

/** After the core found no unit left: withdraws the job if the helper never joined, else waits for its last unit. */
function finishWithHelper(): void {
  if (atomic.cmpxchg<i32>(helper + CTRL_STATE, STATE_POSTED, STATE_IDLE) == STATE_POSTED) return;
  // the helper is finishing one unit at most: spin, and sleep only when its thread seems
  // descheduled (another process on the cores)
  let slept = false;
  for (let polls = 0; atomic.load<i32>(helper + CTRL_STATE) != STATE_DONE; polls++) {
    if (polls < FINISH_SPIN_POLLS) continue;
    atomic.wait<i32>(helper + CTRL_STATE, STATE_CLAIMED, 1_000_000);
    slept = true;
  }
  soloBackoff = slept ? (soloBackoff == 0 ? 1 : soloBackoff < MAX_SOLO_JOBS ? soloBackoff << 1 : MAX_SOLO_JOBS) : 0;
  soloJobs = soloBackoff;
  atomic.store<i32>(helper + CTRL_STATE, STATE_IDLE);
  // its thread marks a trap in the helper; the unit it was running is lost
  if (atomic.load<i32>(helper + CTRL_FAILED) != 0) unreachable();
}

/** The helper's control block, allocated on first use, with its stop flag cleared: pass it to serve(). */
export function matrixHelperStart(): usize {
  if (helper == 0) {
    helper = regrow(0, CTRL_BYTES);
    memory.fill(helper, 0, CTRL_BYTES);
  }
  // a run that trapped may have left a job posted (take it back) or joined (let the helper end it)
  if (atomic.cmpxchg<i32>(helper + CTRL_STATE, STATE_POSTED, STATE_IDLE) != STATE_POSTED) {
    while (atomic.load<i32>(helper + CTRL_STATE) == STATE_CLAIMED) {
      // spin: its job is a part of one MATMUL
    }
  }
  atomic.store<i32>(helper + CTRL_STATE, STATE_IDLE);
  atomic.store<i32>(helper + CTRL_FAILED, 0);
  atomic.store<i32>(helper + CTRL_JOBS, 0);
  atomic.store<i32>(helper + CTRL_STOP, 0);
  return helper;
}

/** Tells the helper to leave serve() (at once if it waits, after its job if it runs one). */
export function matrixHelperStop(): void {
  if (helper == 0) return;
  atomic.store<i32>(helper + CTRL_STOP, 1);
  atomic.notify(helper + CTRL_STATE, 1);
}

/** 1 when the helper trapped during this run (its thread marks the control block). */
export function matrixHelperFailed(): i32 {
  return helper == 0 ? 0 : atomic.load<i32>(helper + CTRL_FAILED);
}

/** Jobs the helper ran since matrixHelperStart(). */
export function matrixHelperJobs(): i32 {
  return helper == 0 ? 0 : atomic.load<i32>(helper + CTRL_JOBS);
}

/**
 * Raw GEMM on plain matrices, for the benchmark: C (M x N int32) = A (M x K int8) . B (K x N int8),
 * all row-major and contiguous. K is processed in blocks of `kBlock` rows of B.
 */
export function gemmI8(a: usize, b: usize, c: usize, M: i32, K: i32, N: i32, kBlock: i32): void {
  const kb = kBlock > 0 ? kBlock : K;
  for (let k0 = 0; k0 < K; k0 += kb) {
    const kLen = K - k0 < kb ? K - k0 : kb;
    packWeights(b + <usize>k0 * <usize>N, kLen, N, N);
    for (let m0 = 0; m0 < M; m0 += CHUNK_ROWS) {
      const rows = M - m0 < CHUNK_ROWS ? M - m0 : CHUNK_ROWS;
      for (let r = 0; r < rows; r++) setChunkRow(r, a + <usize>(m0 + r) * <usize>K + <usize>k0, false);
      runChunk(rows, c + (<usize>m0 * <usize>N << 2), <usize>N << 2, k0 > 0);
    }
  }
}

/**
 * Scalar path for 16-bit operand modes: one input vector (K values; with `in16` the low bytes at
 * `x` and the high bytes at `xHi`) times a K x N tile (int8, or int16 little-endian with `w16`).
 */
export function scalarRow(
  x: usize, xHi: usize, in16: bool, unsigned: bool, tile: usize, w16: bool, K: i32, N: i32,
  out: usize, accumulate: bool,
): void {
  if (!accumulate) memory.fill(out, 0, <usize>N << 2);
  for (let k = 0; k < K; k++) {
    let xv: i32;
    if (in16) {
      const raw = <i32>load<u8>(x + <usize>k) | (<i32>load<u8>(xHi + <usize>k) << 8);
      xv = unsigned ? raw : <i32><i16>raw;
    } else {
      xv = unsigned ? <i32>load<u8>(x + <usize>k) : <i32>load<i8>(x + <usize>k);
    }
    if (xv == 0) continue;
    const row = <usize>k * <usize>N;
    if (w16) {
      for (let n = 0; n < N; n++) {
        const o = out + (<usize>n << 2);
        store<i32>(o, load<i32>(o) + xv * <i32>load<i16>(tile + ((row + <usize>n) << 1)));
      }
    } else {
      for (let n = 0; n < N; n++) {
        const o = out + (<usize>n << 2);
        store<i32>(o, load<i32>(o) + xv * <i32>load<i8>(tile + row + <usize>n));
      }
    }
  }
}
