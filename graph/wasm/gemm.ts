// Float32 GEMM for the graph layer's reference kernels, with wasm SIMD (f32x4 mul + add; no
// relaxed SIMD, no fused multiply-add).
//
// C[M x N] = A[M x K] * op(B), all row-major in this module's memory, op(B) = B [K x N] or the
// transpose of B stored [N x K]. The caller (graph/ops/gemm.ts) copies the operands in, lays out
// the memory and copies C out.
//
// Summation order (fixed, independent of blocking, chunking and the machine): K is cut into
// consecutive blocks of KS = 32 (the last may be shorter); each block is summed in order in
// float32 from zero, without FMA: t = 0; t = fl32(t + fl32(a[i][k] * b[k][j])) for k in the
// block; the block sums are added in order: s = t0; s = fl32(s + t1); s = fl32(s + t2) ...
// Two levels bound the rounding error by (KS + K/KS) u sum|a b| instead of K u sum|a b| (50
// instead of 576 for a 3x3x64 convolution); measured on 3x3 convolutions against float64 it
// halves the typical worst error of one running sum, for 5-10% of the kernel's speed.
// Running sums live in C between blocks (C is this module's copy, not the caller's).

// Blocking (GotoBLAS/BLIS): for each NC-column block of B and KC-row block of K, B is packed
// into panels of NR columns ([k][NR], zero-padded); for each MC-row block of A, A is packed into
// panels of MR rows ([k][MR], zero-padded); the MR x NR micro-kernel keeps its 12 f32x4
// accumulators in registers, streaming one packed A panel (L2) against one packed B panel (L1).
// Zero padding only ever meets padded rows or columns of C, which are never stored.

// Two threads (graph/ops/gemm-helper.ts): this module's memory is shared and imported, and a
// second instance of it on a worker thread runs `serve` on a control block. A large GEMM is
// posted there as a job: its columns (or rows, when columns are few) cut into units that both
// threads claim from an atomic counter, each running `gemm` on its part over the whole of K.
// Every element of C is computed by one call of `gemm` in the order above, whichever thread runs
// it, so the results are the same bits as one thread's.

/** Rows of the micro-kernel tile. */
const MR: i32 = 6;
/** Columns of the micro-kernel tile (two f32x4). */
const NR: i32 = 8;
/** Depth of a K block: a packed B panel (KC x NR floats) stays in L1. */
const KC: i32 = 256;
/** Rows of an A block: the packed A block (MC x KC floats) stays in L2. */
const MC: i32 = 120;
/** Columns of a B block: the packed B block (KC x NC floats) stays in L3 / outer L2. */
const NC: i32 = 2048;
/** Depth of a summation block (divides KC): about sqrt(K) for the K of typical layers (300-5000). */
const KS: i32 = 32;

const PACK_A_BYTES: usize = <usize>MC * <usize>KC * 4;
const PACK_B_BYTES: usize = <usize>KC * <usize>NC * 4;
const TILE_BYTES: usize = <usize>MR * <usize>NR * 4;

/** First free byte of memory (64-byte aligned); everything above it belongs to the caller's layout. */
export function heapBase(): usize {
  return (__heap_base + 63) & ~(<usize>63);
}

/** Bytes of scratch (packed panels and an edge tile) that `gemm` needs at its `ws` pointer. */
export function scratchBytes(): usize {
  return PACK_A_BYTES + PACK_B_BYTES + TILE_BYTES;
}

/**
 * C = A * op(B) on byte addresses in this memory; lda/ldb/ldc in elements; transB != 0 reads B as
 * [N x K]. `ws` points at scratchBytes() free bytes (16-byte aligned). K >= 1: the caller
 * (gemmF32Wasm) handles the empty sum itself.
 */
export function gemm(M: i32, N: i32, K: i32, a: usize, lda: i32, b: usize, ldb: i32, transB: i32, c: usize, ldc: i32, ws: usize): void {
  if (M <= 0 || N <= 0) return;
  const pa = ws;
  const pb = ws + PACK_A_BYTES;
  const tile = pb + PACK_B_BYTES;
  for (let jc = 0; jc < N; jc += NC) {
    const nc = min(NC, N - jc);
    for (let pc = 0; pc < K; pc += KC) {
      const kc = min(KC, K - pc);
      if (transB) packBT(b, ldb, pc, jc, kc, nc, pb);
      else packBN(b, ldb, pc, jc, kc, nc, pb);
      const first = pc == 0;
      for (let ic = 0; ic < M; ic += MC) {
        const mc = min(MC, M - ic);
        packA(a, lda, ic, pc, mc, kc, pa);
        for (let jr = 0; jr < nc; jr += NR) {
          const nr = min(NR, nc - jr);
          const bp = pb + <usize>jr * <usize>kc * 4;
          for (let ir = 0; ir < mc; ir += MR) {
            const mr = min(MR, mc - ir);
            const ap = pa + <usize>ir * <usize>kc * 4;
            const cp = c + (<usize>(ic + ir) * <usize>ldc + <usize>(jc + jr)) * 4;
            if (mr == MR && nr == NR) {
              kernel(kc, ap, bp, cp, ldc, first);
            } else {
              // Edge tile: run the full kernel on a private MR x NR tile, keep the valid part.
              if (!first) copyTile(cp, ldc, tile, NR, mr, nr);
              kernel(kc, ap, bp, tile, NR, first);
              copyTile(tile, NR, cp, ldc, mr, nr);
            }
          }
        }
      }
    }
  }
}

/** Copies an mr x nr block of floats between two row-major layouts. */
function copyTile(src: usize, lds: i32, dst: usize, ldd: i32, mr: i32, nr: i32): void {
  for (let r = 0; r < mr; r++) {
    memory.copy(dst + <usize>r * <usize>ldd * 4, src + <usize>r * <usize>lds * 4, <usize>nr * 4);
  }
}

/** Packs A[ic.., pc..] (mc x kc) into MR-row panels, each [kc][MR], zero-padding the last. */
function packA(a: usize, lda: i32, ic: i32, pc: i32, mc: i32, kc: i32, dst: usize): void {
  const rowBytes = <usize>lda * 4;
  for (let ir = 0; ir < mc; ir += MR) {
    const mr = min(MR, mc - ir);
    const src = a + (<usize>(ic + ir) * <usize>lda + <usize>pc) * 4;
    if (mr == MR) {
      const r0 = src;
      const r1 = r0 + rowBytes;
      const r2 = r1 + rowBytes;
      const r3 = r2 + rowBytes;
      const r4 = r3 + rowBytes;
      const r5 = r4 + rowBytes;
      let k = 0;
      // 4 k at a time: a 4x4 transpose of rows 0-3 and two 2x4 interleaves of rows 4-5.
      for (; k + 4 <= kc; k += 4) {
        const o = <usize>k * 4;
        const x0 = v128.load(r0 + o);
        const x1 = v128.load(r1 + o);
        const x2 = v128.load(r2 + o);
        const x3 = v128.load(r3 + o);
        const x4 = v128.load(r4 + o);
        const x5 = v128.load(r5 + o);
        const t0 = v128.shuffle<f32>(x0, x1, 0, 4, 1, 5); // a0k0 a1k0 a0k1 a1k1
        const t1 = v128.shuffle<f32>(x2, x3, 0, 4, 1, 5); // a2k0 a3k0 a2k1 a3k1
        const t2 = v128.shuffle<f32>(x0, x1, 2, 6, 3, 7);
        const t3 = v128.shuffle<f32>(x2, x3, 2, 6, 3, 7);
        const u0 = v128.shuffle<f32>(x4, x5, 0, 4, 1, 5); // a4k0 a5k0 a4k1 a5k1
        const u1 = v128.shuffle<f32>(x4, x5, 2, 6, 3, 7); // a4k2 a5k2 a4k3 a5k3
        // Output for k..k+3: 4 x 6 floats = 6 vectors: [k0:r0-3] [k0:r4-5 k1:r0-1] [k1:r2-5] ...
        v128.store(dst, v128.shuffle<f32>(t0, t1, 0, 1, 4, 5));
        v128.store(dst, v128.shuffle<f32>(u0, t0, 0, 1, 6, 7), 16);
        v128.store(dst, v128.shuffle<f32>(t1, u0, 2, 3, 6, 7), 32);
        v128.store(dst, v128.shuffle<f32>(t2, t3, 0, 1, 4, 5), 48);
        v128.store(dst, v128.shuffle<f32>(u1, t2, 0, 1, 6, 7), 64);
        v128.store(dst, v128.shuffle<f32>(t3, u1, 2, 3, 6, 7), 80);
        dst += 96;
      }
      for (; k < kc; k++) {
        const o = <usize>k * 4;
        store<f32>(dst, load<f32>(r0 + o));
        store<f32>(dst, load<f32>(r1 + o), 4);
        store<f32>(dst, load<f32>(r2 + o), 8);
        store<f32>(dst, load<f32>(r3 + o), 12);
        store<f32>(dst, load<f32>(r4 + o), 16);
        store<f32>(dst, load<f32>(r5 + o), 20);
        dst += <usize>MR * 4;
      }
    } else {
      for (let k = 0; k < kc; k++) {
        for (let r = 0; r < MR; r++) {
          store<f32>(dst + <usize>r * 4, r < mr ? load<f32>(src + <usize>r * rowBytes + <usize>k * 4) : 0);
        }
        dst += <usize>MR * 4;
      }
    }
  }
}

/** Packs B[pc.., jc..] (kc x nc, B stored [K x N]) into NR-column panels, each [kc][NR]. */
function packBN(b: usize, ldb: i32, pc: i32, jc: i32, kc: i32, nc: i32, dst: usize): void {
  const rowBytes = <usize>ldb * 4;
  for (let jr = 0; jr < nc; jr += NR) {
    const nr = min(NR, nc - jr);
    let src = b + (<usize>pc * <usize>ldb + <usize>(jc + jr)) * 4;
    if (nr == NR) {
      for (let k = 0; k < kc; k++) {
        v128.store(dst, v128.load(src));
        v128.store(dst, v128.load(src, 16), 16);
        src += rowBytes;
        dst += <usize>NR * 4;
      }
    } else {
      for (let k = 0; k < kc; k++) {
        for (let j = 0; j < NR; j++) store<f32>(dst + <usize>j * 4, j < nr ? load<f32>(src + <usize>j * 4) : 0);
        src += rowBytes;
        dst += <usize>NR * 4;
      }
    }
  }
}

/** Packs op(B)[pc.., jc..] (kc x nc) from B stored [N x K] into NR-column panels, each [kc][NR]. */
function packBT(b: usize, ldb: i32, pc: i32, jc: i32, kc: i32, nc: i32, dst: usize): void {
  const rowBytes = <usize>ldb * 4;
  for (let jr = 0; jr < nc; jr += NR) {
    const nr = min(NR, nc - jr);
    const src = b + (<usize>(jc + jr) * <usize>ldb + <usize>pc) * 4;
    if (nr == NR) {
      let k = 0;
      // 4 k at a time: two 4x4 transposes (columns jr..jr+3 and jr+4..jr+7).
      for (; k + 4 <= kc; k += 4) {
        const s = src + <usize>k * 4;
        transpose4(s, rowBytes, dst, 0);
        transpose4(s + 4 * rowBytes, rowBytes, dst, 16);
        dst += 4 * <usize>NR * 4;
      }
      for (; k < kc; k++) {
        const s = src + <usize>k * 4;
        for (let j = 0; j < NR; j++) store<f32>(dst + <usize>j * 4, load<f32>(s + <usize>j * rowBytes));
        dst += <usize>NR * 4;
      }
    } else {
      for (let k = 0; k < kc; k++) {
        const s = src + <usize>k * 4;
        for (let j = 0; j < NR; j++) store<f32>(dst + <usize>j * 4, j < nr ? load<f32>(s + <usize>j * rowBytes) : 0);
        dst += <usize>NR * 4;
      }
    }
  }
}

/** Transposes 4 rows x 4 floats at `s` (row stride `stride` bytes) into 4 rows of an NR-wide panel at dst + off. */
// @ts-ignore: decorator
@inline
function transpose4(s: usize, stride: usize, dst: usize, off: usize): void {
  const x0 = v128.load(s);
  const x1 = v128.load(s + stride);
  const x2 = v128.load(s + 2 * stride);
  const x3 = v128.load(s + 3 * stride);
  const t0 = v128.shuffle<f32>(x0, x1, 0, 4, 1, 5);
  const t1 = v128.shuffle<f32>(x2, x3, 0, 4, 1, 5);
  const t2 = v128.shuffle<f32>(x0, x1, 2, 6, 3, 7);
  const t3 = v128.shuffle<f32>(x2, x3, 2, 6, 3, 7);
  const d = dst + off;
  v128.store(d, v128.shuffle<f32>(t0, t1, 0, 1, 4, 5));
  v128.store(d, v128.shuffle<f32>(t0, t1, 2, 3, 6, 7), NR * 4);
  v128.store(d, v128.shuffle<f32>(t2, t3, 0, 1, 4, 5), 2 * NR * 4);
  v128.store(d, v128.shuffle<f32>(t2, t3, 2, 3, 6, 7), 3 * NR * 4);
}

/**
 * The MR x NR micro-kernel: C tile (row stride ldc) = (first ? 0 : C tile) + the sums over kc of
 * a packed A column times a packed B row, one KS-deep block at a time (each block summed in
 * order from zero in registers, then added to the tile).
 */
function kernel(kc: i32, ap: usize, bp: usize, c: usize, ldc: i32, first: bool): void {
  const ld = <usize>ldc * 4;
  const c0 = c;
  const c1 = c0 + ld;
  const c2 = c1 + ld;
  const c3 = c2 + ld;
  const c4 = c3 + ld;
  const c5 = c4 + ld;
  for (let k0 = 0; k0 < kc; k0 += KS) {
    const kn = min(KS, kc - k0);
    let s00 = f32x4.splat(0);
    let s01 = s00;
    let s10 = s00;
    let s11 = s00;
    let s20 = s00;
    let s21 = s00;
    let s30 = s00;
    let s31 = s00;
    let s40 = s00;
    let s41 = s00;
    let s50 = s00;
    let s51 = s00;
    for (let k = 0; k < kn; k++) {
      const b0 = v128.load(bp);
      const b1 = v128.load(bp, 16);
      let a = v128.load32_splat(ap);
      s00 = f32x4.add(s00, f32x4.mul(a, b0));
      s01 = f32x4.add(s01, f32x4.mul(a, b1));
      a = v128.load32_splat(ap, 4);
      s10 = f32x4.add(s10, f32x4.mul(a, b0));
      s11 = f32x4.add(s11, f32x4.mul(a, b1));
      a = v128.load32_splat(ap, 8);
      s20 = f32x4.add(s20, f32x4.mul(a, b0));
      s21 = f32x4.add(s21, f32x4.mul(a, b1));
      a = v128.load32_splat(ap, 12);
      s30 = f32x4.add(s30, f32x4.mul(a, b0));
      s31 = f32x4.add(s31, f32x4.mul(a, b1));
      a = v128.load32_splat(ap, 16);
      s40 = f32x4.add(s40, f32x4.mul(a, b0));
      s41 = f32x4.add(s41, f32x4.mul(a, b1));
      a = v128.load32_splat(ap, 20);
      s50 = f32x4.add(s50, f32x4.mul(a, b0));
      s51 = f32x4.add(s51, f32x4.mul(a, b1));
      ap += <usize>MR * 4;
      bp += <usize>NR * 4;
    }
    if (!first || k0 > 0) {
      s00 = f32x4.add(v128.load(c0), s00);
      s01 = f32x4.add(v128.load(c0, 16), s01);
      s10 = f32x4.add(v128.load(c1), s10);
      s11 = f32x4.add(v128.load(c1, 16), s11);
      s20 = f32x4.add(v128.load(c2), s20);
      s21 = f32x4.add(v128.load(c2, 16), s21);
      s30 = f32x4.add(v128.load(c3), s30);
      s31 = f32x4.add(v128.load(c3, 16), s31);
      s40 = f32x4.add(v128.load(c4), s40);
      s41 = f32x4.add(v128.load(c4, 16), s41);
      s50 = f32x4.add(v128.load(c5), s50);
      s51 = f32x4.add(v128.load(c5, 16), s51);
    }
    v128.store(c0, s00);
    v128.store(c0, s01, 16);
    v128.store(c1, s10);
    v128.store(c1, s11, 16);
    v128.store(c2, s20);
    v128.store(c2, s21, 16);
    v128.store(c3, s30);
    v128.store(c3, s31, 16);
    v128.store(c4, s40);
    v128.store(c4, s41, 16);
    v128.store(c5, s50);
    v128.store(c5, s51, 16);
  }
}

// The control block shared with the helper thread: int32 words, then the posted job.
const CTRL_STATE: usize = 0; // STATE_*
const CTRL_STOP: usize = 4; // 1: leave serve()
const CTRL_ATTACHED: usize = 8; // 1 while the helper is in serve()
const CTRL_FAILED: usize = 12; // 1: the helper trapped (set by its thread's JavaScript)
const CTRL_JOBS: usize = 16; // jobs the helper took part in
const CTRL_WS: usize = 20; // the helper's scratch (scratchBytes())
const CTRL_PARTS: usize = 24; // parts (claims) the helper computed
const JOB: usize = 32; // the job record, after the words above
const JOB_M: usize = JOB;
const JOB_N: usize = JOB + 4;
const JOB_K: usize = JOB + 8;
const JOB_A: usize = JOB + 12;
const JOB_LDA: usize = JOB + 16;
const JOB_B: usize = JOB + 20;
const JOB_LDB: usize = JOB + 24;
const JOB_TRANSB: usize = JOB + 28;
const JOB_C: usize = JOB + 32;
const JOB_LDC: usize = JOB + 36;
const JOB_BY_ROWS: usize = JOB + 40; // 1: units are rows of all columns; 0: columns of all rows
const JOB_UNIT: usize = JOB + 44; // rows or columns per claim while much is left
const JOB_TAIL: usize = JOB + 48; // rows or columns per claim near the end
const JOB_NEXT: usize = JOB + 52; // the first row or column not yet claimed (atomic)
/** Bytes of the control block with its job. */
const CTRL_BYTES: usize = JOB + 64;
const STATE_IDLE: i32 = 0;
const STATE_POSTED: i32 = 1; // a job is posted; the helper may join it
const STATE_CLAIMED: i32 = 2; // the helper is claiming parts of it
const STATE_DONE: i32 = 3;

// The helper polls this many times before sleeping: a model's next GEMM often comes within
// microseconds, a futex wake-up costs tens of them
const SPIN_POLLS: i32 = 1 << 16;
// The helper sleeps at most this long (ns) between looks at the stop flag
const WAIT_NS: i64 = 100_000_000;
// The poster spins this many times for the helper's last part before sleeping
const FINISH_SPIN_POLLS: i32 = 1 << 16;

/** Claims parts of the job in `ctrl` until none is left, running each with the scratch at `ws`; returns how many it ran. */
function runShared(ctrl: usize, ws: usize): i32 {
  const M = load<i32>(ctrl + JOB_M);
  const N = load<i32>(ctrl + JOB_N);
  const K = load<i32>(ctrl + JOB_K);
  const a = <usize>load<u32>(ctrl + JOB_A);
  const lda = load<i32>(ctrl + JOB_LDA);
  const b = <usize>load<u32>(ctrl + JOB_B);
  const ldb = load<i32>(ctrl + JOB_LDB);
  const transB = load<i32>(ctrl + JOB_TRANSB);
  const c = <usize>load<u32>(ctrl + JOB_C);
  const ldc = load<i32>(ctrl + JOB_LDC);
  const byRows = load<i32>(ctrl + JOB_BY_ROWS) != 0;
  const unit = load<i32>(ctrl + JOB_UNIT);
  const tail = load<i32>(ctrl + JOB_TAIL);
  const end = byRows ? M : N;
  let parts = 0;
  while (true) {
    const seen = atomic.load<i32>(ctrl + JOB_NEXT);
    if (seen >= end) break;
    const step = end - seen > 4 * unit ? unit : tail;
    // each add reserves [at, at + step): the parts of all claims are disjoint
    const at = atomic.add<i32>(ctrl + JOB_NEXT, step);
    if (at >= end) break;
    parts++;
    const n = min(step, end - at);
    if (byRows) {
      gemm(n, N, K, a + <usize>at * <usize>lda * 4, lda, b, ldb, transB, c + <usize>at * <usize>ldc * 4, ldc, ws);
    } else {
      const bp = transB ? b + <usize>at * <usize>ldb * 4 : b + <usize>at * 4;
      gemm(M, n, K, a, lda, bp, ldb, transB, c + <usize>at * 4, ldc, ws);
    }
  }
  return parts;
}

/**
 * `gemm`, shared with the helper thread serving the control block at `ctrl` when it is attached:
 * the rows (`byRows`) or columns cut into claims of `unit` (then `tail` near the end). Returns
 * 1 when the helper took part, 2 when it did but lagged (this thread had to sleep waiting for
 * its last part, and it ran under a quarter of the parts: its thread seems descheduled), 0 when
 * it did not take part (this thread computed everything), -1 when it failed during the job
 * (its part is lost: the caller recomputes C).
 */
export function gemmShared(
  M: i32, N: i32, K: i32, a: usize, lda: i32, b: usize, ldb: i32, transB: i32, c: usize, ldc: i32, ws: usize,
  ctrl: usize, byRows: i32, unit: i32, tail: i32,
): i32 {
  if (atomic.load<i32>(ctrl + CTRL_ATTACHED) == 0 || atomic.load<i32>(ctrl + CTRL_STATE) != STATE_IDLE) {
    gemm(M, N, K, a, lda, b, ldb, transB, c, ldc, ws);
    return 0;
  }
  store<i32>(ctrl + JOB_M, M);
  store<i32>(ctrl + JOB_N, N);
  store<i32>(ctrl + JOB_K, K);
  store<u32>(ctrl + JOB_A, <u32>a);
  store<i32>(ctrl + JOB_LDA, lda);
  store<u32>(ctrl + JOB_B, <u32>b);
  store<i32>(ctrl + JOB_LDB, ldb);
  store<i32>(ctrl + JOB_TRANSB, transB);
  store<u32>(ctrl + JOB_C, <u32>c);
  store<i32>(ctrl + JOB_LDC, ldc);
  store<i32>(ctrl + JOB_BY_ROWS, byRows);
  store<i32>(ctrl + JOB_UNIT, unit);
  store<i32>(ctrl + JOB_TAIL, tail);
  atomic.store<i32>(ctrl + JOB_NEXT, 0);
  const helperBefore = atomic.load<i32>(ctrl + CTRL_PARTS);
  atomic.store<i32>(ctrl + CTRL_STATE, STATE_POSTED);
  atomic.notify(ctrl + CTRL_STATE, 1);
  const mine = runShared(ctrl, ws);
  // no part left: withdraw the job if the helper never joined, else wait for its last part
  if (atomic.cmpxchg<i32>(ctrl + CTRL_STATE, STATE_POSTED, STATE_IDLE) == STATE_POSTED) return 0;
  let slept = false;
  for (let polls = 0; atomic.load<i32>(ctrl + CTRL_STATE) != STATE_DONE; polls++) {
    if (polls < FINISH_SPIN_POLLS) continue;
    atomic.wait<i32>(ctrl + CTRL_STATE, STATE_CLAIMED, 1_000_000);
    slept = true;
  }
  atomic.store<i32>(ctrl + CTRL_STATE, STATE_IDLE);
  if (atomic.load<i32>(ctrl + CTRL_FAILED) != 0) return -1;
  const helpers = atomic.load<i32>(ctrl + CTRL_PARTS) - helperBefore;
  return slept && helpers * 3 < mine ? 2 : 1;
}

/** Joins the jobs posted in the control block at `ctrl` (the helper thread's loop) until its stop flag is set. */
export function serve(ctrl: usize): void {
  atomic.store<i32>(ctrl + CTRL_ATTACHED, 1);
  let idle = 0;
  while (atomic.load<i32>(ctrl + CTRL_STOP) == 0) {
    const state = atomic.load<i32>(ctrl + CTRL_STATE);
    if (state == STATE_POSTED && atomic.cmpxchg<i32>(ctrl + CTRL_STATE, STATE_POSTED, STATE_CLAIMED) == STATE_POSTED) {
      const parts = runShared(ctrl, <usize>load<u32>(ctrl + CTRL_WS));
      atomic.add<i32>(ctrl + CTRL_PARTS, parts);
      atomic.add<i32>(ctrl + CTRL_JOBS, 1);
      atomic.store<i32>(ctrl + CTRL_STATE, STATE_DONE);
      atomic.notify(ctrl + CTRL_STATE, 1); // the poster, if it gave up spinning
      idle = 0;
      continue;
    }
    if (idle < SPIN_POLLS) {
      idle++;
      continue;
    }
    // woken by a post (not by the timeout): spin again, the next GEMM may follow at once
    if (atomic.wait<i32>(ctrl + CTRL_STATE, state, WAIT_NS) != 2) idle = 0;
  }
  atomic.store<i32>(ctrl + CTRL_ATTACHED, 0);
}

/** Marks the helper failed (its thread's JavaScript calls this when serve() traps): the poster's wait ends. */
export function fail(ctrl: usize): void {
  atomic.store<i32>(ctrl + CTRL_FAILED, 1);
  atomic.store<i32>(ctrl + CTRL_ATTACHED, 0);
  atomic.store<i32>(ctrl + CTRL_STATE, STATE_DONE);
  atomic.notify(ctrl + CTRL_STATE, 1);
}

/** Bytes of a control block (for `gemmShared` and `serve`): `helperInit` clears it. */
export function ctrlBytes(): usize {
  return CTRL_BYTES;
}

/** Clears the control block at `ctrl` and gives the helper its scratch at `ws` (before the helper is started). */
export function helperInit(ctrl: usize, ws: usize): void {
  memory.fill(ctrl, 0, CTRL_BYTES);
  store<u32>(ctrl + CTRL_WS, <u32>ws);
}

/** Jobs the helper serving `ctrl` took part in. */
export function helperJobs(ctrl: usize): i32 {
  return atomic.load<i32>(ctrl + CTRL_JOBS);
}

/** Parts of jobs the helper serving `ctrl` computed. */
export function helperParts(ctrl: usize): i32 {
  return atomic.load<i32>(ctrl + CTRL_PARTS);
}

/** 1 while a helper serves `ctrl`. */
export function helperAttached(ctrl: usize): i32 {
  return atomic.load<i32>(ctrl + CTRL_ATTACHED);
}

/** Tells the helper serving `ctrl` to leave serve() (at once if it waits, after its job if it runs one). */
export function helperStop(ctrl: usize): void {
  atomic.store<i32>(ctrl + CTRL_STOP, 1);
  atomic.notify(ctrl + CTRL_STATE, 1);
}
