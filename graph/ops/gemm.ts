// Float32 matrix multiply shared by MatMul, Gemm, Conv (im2col), ConvTranspose and the RNNs.
// Problems big enough to pay for copying the operands run in the WebAssembly SIMD kernel
// (gemm-wasm.ts, graph/wasm/gemm.ts), which sums in float32 in a fixed order: fl32(a*b) summed
// in order within consecutive blocks of 32 k, the block sums added in order, then added to C
// when accumulating (graph/wasm/gemm.ts says more). Tiny ones stay in plain JS below: cache
// blocking, each loaded B row reused for 4 rows of A, sums in float64.
import { gemmF32Wasm } from './gemm-wasm.js';

export { gemmF32Wasm } from './gemm-wasm.js';

/** Smallest M*N*K sent to the wasm kernel: below it the call, copies and packing cost more than they save. */
const WASM_MIN_WORK = 512;

const NB = 128; // columns of C per block: keeps a K x NB panel of B in L2

const scratch = new Float64Array(4 * NB); // four rows of C sums for one column block

/**
 * C[M x N] = A[M x K] * op(B) (+ C when `accumulate`), row-major with leading dimensions.
 * op(B) is B[K x N] (ldb >= N), or, when `transB`, the transpose of B stored as [N x K] (ldb >= K).
 */
export function gemmF32(
  M: number,
  N: number,
  K: number,
  A: Float32Array,
  aOff: number,
  lda: number,
  B: Float32Array,
  bOff: number,
  ldb: number,
  transB: boolean,
  C: Float32Array,
  cOff: number,
  ldc: number,
  accumulate: boolean,
): void {
  if (M === 0 || N === 0) return;
  checkOperand('A', A, aOff, M, K, lda);
  if (transB) checkOperand('B', B, bOff, N, K, ldb);
  else checkOperand('B', B, bOff, K, N, ldb);
  checkOperand('C', C, cOff, M, N, ldc);
  if (M * N * K >= WASM_MIN_WORK) gemmF32Wasm(M, N, K, A, aOff, lda, B, bOff, ldb, transB, C, cOff, ldc, accumulate);
  else gemmF32Js(M, N, K, A, aOff, lda, B, bOff, ldb, transB, C, cOff, ldc, accumulate);
}

/** Throws a RangeError unless `arr` holds a rows x cols block at `off` with row stride `ld`. */
function checkOperand(name: string, arr: Float32Array, off: number, rows: number, cols: number, ld: number): void {
  if (rows === 0 || cols === 0) return;
  const end = off + (rows - 1) * ld + cols;
  if (!Number.isInteger(off) || off < 0 || (rows > 1 && ld < cols) || end > arr.length) {
    throw new RangeError(
      `gemmF32: ${name} is ${rows} x ${cols} with leading dimension ${ld} at offset ${off}, which does not fit its ${arr.length} elements`,
    );
  }
}

/** The plain-JS gemmF32 (float64 sums), used for small problems and as a reference in tests. */
export function gemmF32Js(
  M: number,
  N: number,
  K: number,
  A: Float32Array,
  aOff: number,
  lda: number,
  B: Float32Array,
  bOff: number,
  ldb: number,
  transB: boolean,
  C: Float32Array,
  cOff: number,
  ldc: number,
  accumulate: boolean,
): void {
  if (M === 0 || N === 0) return;
  if (K === 0) {
    if (!accumulate) for (let i = 0; i < M; i++) C.fill(0, cOff + i * ldc, cOff + i * ldc + N);
    return;
  }
  if (transB) gemmNT(M, N, K, A, aOff, lda, B, bOff, ldb, C, cOff, ldc, accumulate);
  else gemmNN(M, N, K, A, aOff, lda, B, bOff, ldb, C, cOff, ldc, accumulate);
}

function gemmNN(
  M: number,
  N: number,
  K: number,
  A: Float32Array,
  aOff: number,
  lda: number,
  B: Float32Array,
  bOff: number,
  ldb: number,
  C: Float32Array,
  cOff: number,
  ldc: number,
  accumulate: boolean,
): void {
  const s = scratch;
  for (let jb = 0; jb < N; jb += NB) {
    const jn = Math.min(NB, N - jb);
    let i = 0;
    for (; i + 4 <= M; i += 4) {
      s.fill(0, 0, 4 * NB);
      const a0 = aOff + i * lda;
      const a1 = a0 + lda;
      const a2 = a1 + lda;
      const a3 = a2 + lda;
      for (let k = 0; k < K; k++) {
        const v0 = A[a0 + k]!;
        const v1 = A[a1 + k]!;
        const v2 = A[a2 + k]!;
        const v3 = A[a3 + k]!;
        const b = bOff + k * ldb + jb;
        for (let j = 0; j < jn; j++) {
          const bv = B[b + j]!;
          s[j] += v0 * bv;
          s[NB + j] += v1 * bv;
          s[2 * NB + j] += v2 * bv;
          s[3 * NB + j] += v3 * bv;
        }
      }
      for (let r = 0; r < 4; r++) {
        const c = cOff + (i + r) * ldc + jb;
        const so = r * NB;
        if (accumulate) for (let j = 0; j < jn; j++) C[c + j] += s[so + j]!;
        else for (let j = 0; j < jn; j++) C[c + j] = s[so + j]!;
      }
    }
    for (; i < M; i++) {
      s.fill(0, 0, NB);
      const a0 = aOff + i * lda;
      for (let k = 0; k < K; k++) {
        const v0 = A[a0 + k]!;
        const b = bOff + k * ldb + jb;
        for (let j = 0; j < jn; j++) s[j] += v0 * B[b + j]!;
      }
      const c = cOff + i * ldc + jb;
      if (accumulate) for (let j = 0; j < jn; j++) C[c + j] += s[j]!;
      else for (let j = 0; j < jn; j++) C[c + j] = s[j]!;
    }
  }
}

function gemmNT(
  M: number,
  N: number,
  K: number,
  A: Float32Array,
  aOff: number,
  lda: number,
  B: Float32Array,
  bOff: number,
  ldb: number,
  C: Float32Array,
  cOff: number,
  ldc: number,
  accumulate: boolean,
): void {
  // Dot products of contiguous rows; two rows of A against two rows of B share loads.
  let i = 0;
  for (; i + 2 <= M; i += 2) {
    const a0 = aOff + i * lda;
    const a1 = a0 + lda;
    const c0 = cOff + i * ldc;
    const c1 = c0 + ldc;
    let j = 0;
    for (; j + 2 <= N; j += 2) {
      const b0 = bOff + j * ldb;
      const b1 = b0 + ldb;
      let s00 = 0;
      let s01 = 0;
      let s10 = 0;
      let s11 = 0;
      for (let k = 0; k < K; k++) {
        const x0 = A[a0 + k]!;
        const x1 = A[a1 + k]!;
        const y0 = B[b0 + k]!;
        const y1 = B[b1 + k]!;
        s00 += x0 * y0;
        s01 += x0 * y1;
        s10 += x1 * y0;
        s11 += x1 * y1;
      }
      if (accumulate) {
        C[c0 + j] += s00;
        C[c0 + j + 1] += s01;
        C[c1 + j] += s10;
        C[c1 + j + 1] += s11;
      } else {
        C[c0 + j] = s00;
        C[c0 + j + 1] = s01;
        C[c1 + j] = s10;
        C[c1 + j + 1] = s11;
      }
    }
    for (; j < N; j++) {
      const b0 = bOff + j * ldb;
      let s0 = 0;
      let s1 = 0;
      for (let k = 0; k < K; k++) {
        const y = B[b0 + k]!;
        s0 += A[a0 + k]! * y;
        s1 += A[a1 + k]! * y;
      }
      if (accumulate) {
        C[c0 + j] += s0;
        C[c1 + j] += s1;
      } else {
        C[c0 + j] = s0;
        C[c1 + j] = s1;
      }
    }
  }
  for (; i < M; i++) {
    const a0 = aOff + i * lda;
    const c0 = cOff + i * ldc;
    for (let j = 0; j < N; j++) {
      const b0 = bOff + j * ldb;
      let s0 = 0;
      for (let k = 0; k < K; k++) s0 += A[a0 + k]! * B[b0 + k]!;
      if (accumulate) C[c0 + j] += s0;
      else C[c0 + j] = s0;
    }
  }
}

/** Transposes a row-major [rows x cols] float32 matrix into a new [cols x rows] one. */
export function transposeF32(src: Float32Array, off: number, rows: number, cols: number): Float32Array {
  const out = new Float32Array(rows * cols);
  const T = 32;
  for (let r0 = 0; r0 < rows; r0 += T) {
    const r1 = Math.min(rows, r0 + T);
    for (let c0 = 0; c0 < cols; c0 += T) {
      const c1 = Math.min(cols, c0 + T);
      for (let r = r0; r < r1; r++) {
        const s = off + r * cols;
        for (let c = c0; c < c1; c++) out[c * rows + r] = src[s + c]!;
      }
    }
  }
  return out;
}
