// The fast engine's matrix arithmetic: int8 x int8 -> int32 GEMM with wasm SIMD, exact modulo 2^32.
//
// Weights (one K x N block, e.g. the current R x C tile) are packed once into panels of 16 columns:
// for each pair of rows (k, k+1) a panel holds 16 columns x 2 rows as interleaved int16
// (b[k][n], b[k+1][n], b[k][n+1], ...), 64 bytes. An input row sign- or zero-extended to int16 is
// then, read as int32, exactly the pair (x[k], x[k+1]) that i32x4.dot_i16x8_s needs: splatting it
// and taking the dot with 16 bytes of a panel gives x[k]*b[k][n] + x[k+1]*b[k+1][n] for 4 columns.
// The 3 x 16 micro-kernel keeps 12 accumulators. All-zero leading/trailing rows and column panels
// of the block are skipped (they add nothing), which makes zero-padded tiles cheap.
// 16-bit operand modes use a scalar int32 path (wrapping multiply-add is exact mod 2^32).
import { regrow } from './state';

/** Rows of inputs converted per chunk (a multiple of the micro-kernel's 3 rows). */
export const CHUNK_ROWS: i32 = 48;

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

// Inputs of one chunk, extended to int16: CHUNK_ROWS rows of `pairs` int32
let chunkCapacity: usize = 0;
let chunk: usize = 0;
// Scratch row for partial panels (C not a multiple of 16)
let edge: usize = 0;

// The buffers below are scratch: packWeights and setChunkRow write every part runChunk reads, so
// growing drops the old contents.
function ensurePacked(bytes: usize): void {
  if (bytes <= packCapacity) return;
  packed = regrow(packed, bytes);
  packCapacity = bytes;
}

function ensureChunk(bytes: usize): void {
  if (bytes <= chunkCapacity) return;
  chunk = regrow(chunk, bytes);
  chunkCapacity = bytes;
  if (edge == 0) edge = regrow(edge, 4 * 16 * 4);
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
  const dst = chunk + <usize>r * (<usize>pairs << 2);
  const K = blockK;
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
function kernel1x16(a: usize, b: usize, count: i32, o: usize, accumulate: bool): void {
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
 * Multiplies the `rows` inputs of the chunk by the packed block: output row r (N int32 at
 * `out + r * ldo` bytes) gets the result added (`accumulate`) or written.
 */
export function runChunk(rows: i32, out: usize, ldo: usize, accumulate: bool): void {
  const N = blockN;
  const aStride = <usize>pairs << 2;
  if (diagonal) {
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
    return;
  }
  const count = kpHi - kpLo;
  if (!accumulate) {
    // columns outside the nonzero panels are zero
    const c0 = panelLo << 4;
    let c1 = panelHi << 4;
    if (c1 > N) c1 = N;
    for (let r = 0; r < rows; r++) {
      const row = out + <usize>r * ldo;
      if (count <= 0) { memory.fill(row, 0, <usize>N << 2); continue; }
      if (c0 > 0) memory.fill(row, 0, <usize>c0 << 2);
      if (c1 < N) memory.fill(row + (<usize>c1 << 2), 0, <usize>(N - c1) << 2);
    }
  }
  if (count <= 0) return;
  const a = chunk + (<usize>kpLo << 2);
  for (let p = panelLo; p < panelHi; p++) {
    const b = packed + ((<usize>p * <usize>pairs + <usize>kpLo) << 6);
    const col = p << 4;
    const full = col + 16 <= N;
    let r = 0;
    if (full) {
      for (; r + 3 <= rows; r += 3) {
        kernel3x16(a + <usize>r * aStride, aStride, b, count, out + <usize>r * ldo + (<usize>col << 2), ldo, accumulate);
      }
      for (; r < rows; r++) {
        kernel1x16(a + <usize>r * aStride, b, count, out + <usize>r * ldo + (<usize>col << 2), accumulate);
      }
    } else {
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
