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
