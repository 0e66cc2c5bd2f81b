// The WebAssembly SIMD float32 GEMM (graph/wasm/gemm.ts via graph/ops/gemm-wasm.ts) against a
// float64 reference and against its documented summation order, on random shapes that cross
// every blocking boundary, with offsets, leading dimensions, transposed B and accumulation;
// plus the routing in gemmF32, chunking under a memory cap, bounds errors, worker threads, and
// the helper thread that shares large GEMMs (bit-identical to one thread).
import { spawnSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { Rng } from '../../graph/index.js';
import { gemmF32, gemmF32Js, gemmF32Wasm } from '../../graph/ops/gemm.js';
import { setGemmHelper } from '../../graph/ops/gemm-helper.js';
import { gemmHelperAttached, gemmHelperJobs, gemmHelperParts, setGemmSplitMin } from '../../graph/ops/gemm-wasm.js';

const U = 2 ** -24; // float32 unit roundoff
const KS = 32; // summation block of graph/wasm/gemm.ts

interface Case {
  M: number;
  N: number;
  K: number;
  transB: boolean;
  accumulate: boolean;
  aOff: number;
  lda: number;
  bOff: number;
  ldb: number;
  cOff: number;
  ldc: number;
  A: Float32Array;
  B: Float32Array;
  C0: Float32Array; // C before the call (the accumulate input, and the untouched margins)
}

function randomArray(rng: Rng, n: number): Float32Array {
  const a = new Float32Array(n);
  for (let i = 0; i < n; i++) a[i] = rng.uniform(-1, 1);
  return a;
}

/** A case with padding: random offsets and leading dimensions up to `pad` beyond the minimum. */
function makeCase(rng: Rng, M: number, N: number, K: number, transB: boolean, accumulate: boolean, pad = 3): Case {
  const lda = K + rng.int(0, pad);
  const ldb = (transB ? K : N) + rng.int(0, pad);
  const ldc = N + rng.int(0, pad);
  const aOff = rng.int(0, pad);
  const bOff = rng.int(0, pad);
  const cOff = rng.int(0, pad);
  const bRows = transB ? N : K;
  return {
    M,
    N,
    K,
    transB,
    accumulate,
    aOff,
    lda,
    bOff,
    ldb,
    cOff,
    ldc,
    A: randomArray(rng, aOff + M * lda + rng.int(0, pad)),
    B: randomArray(rng, bOff + bRows * ldb + rng.int(0, pad)),
    C0: randomArray(rng, cOff + M * ldc + rng.int(0, pad)),
  };
}

type Gemm = typeof gemmF32Wasm;

function run(gemm: Gemm, c: Case, maxBytes?: number): Float32Array {
  const C = c.C0.slice();
  gemm(c.M, c.N, c.K, c.A, c.aOff, c.lda, c.B, c.bOff, c.ldb, c.transB, C, c.cOff, c.ldc, c.accumulate, maxBytes);
  return C;
}

function bAt(c: Case, k: number, j: number): number {
  return c.transB ? c.B[c.bOff + j * c.ldb + k]! : c.B[c.bOff + k * c.ldb + j]!;
}

/**
 * Worst elementwise error against the float64 product, in units of the float32 error bound of
 * the kernel's two-level sum ((KS + K/KS) u sum|a b|, plus u |C| for the final add when
 * accumulating): <= 1 means within.
 */
function errorVsFloat64(c: Case, got: Float32Array): number {
  let worst = 0;
  for (let i = 0; i < c.M; i++) {
    for (let j = 0; j < c.N; j++) {
      let exact = 0;
      let mag = 0;
      for (let k = 0; k < c.K; k++) {
        const p = c.A[c.aOff + i * c.lda + k]! * bAt(c, k, j);
        exact += p;
        mag += Math.abs(p);
      }
      const ci = c.cOff + i * c.ldc + j;
      if (c.accumulate) exact += c.C0[ci]!;
      const bound = 1.01 * (Math.min(c.K, KS) + Math.ceil(c.K / KS)) * U * mag + 2 * U * Math.abs(exact) + 1e-30;
      worst = Math.max(worst, Math.abs(got[ci]! - exact) / bound);
    }
  }
  return worst;
}

/**
 * The documented order: each block of KS k summed from 0 as t = fl32(t + fl32(a*b)), the block
 * sums added in order (s = t0, s = fl32(s + t1), ...), then fl32(C + s) when accumulating.
 */
function blockedF32(c: Case): Float32Array {
  const C = c.C0.slice();
  for (let i = 0; i < c.M; i++) {
    for (let j = 0; j < c.N; j++) {
      let s = 0;
      for (let k0 = 0; k0 < c.K; k0 += KS) {
        let t = 0;
        for (let k = k0; k < Math.min(c.K, k0 + KS); k++) t = Math.fround(t + Math.fround(c.A[c.aOff + i * c.lda + k]! * bAt(c, k, j)));
        s = k0 === 0 ? t : Math.fround(s + t);
      }
      const ci = c.cOff + i * c.ldc + j;
      C[ci] = c.accumulate ? Math.fround(C[ci]! + s) : s;
    }
  }
  return C;
}

/** Index of the first element outside C's M x N block that differs from C0, or -1. */
function firstClobbered(c: Case, got: Float32Array): number {
  for (let x = 0; x < got.length; x++) {
    const r = Math.floor((x - c.cOff) / c.ldc);
    const col = x - c.cOff - r * c.ldc;
    const inside = x >= c.cOff && r < c.M && col < c.N;
    if (!inside && !Object.is(got[x], c.C0[x])) return x;
  }
  return -1;
}

/** Number of positions where two arrays differ (NaN equals NaN). */
function countDiffs(a: Float32Array, b: Float32Array): number {
  if (a.length !== b.length) return Math.max(a.length, b.length);
  let n = 0;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) n++;
  return n;
}

function label(c: Case): string {
  return `${c.M}x${c.N}x${c.K} ${c.transB ? 'NT' : 'NN'}${c.accumulate ? ' acc' : ''} lda=${c.lda} ldb=${c.ldb} ldc=${c.ldc} offs=${c.aOff},${c.bOff},${c.cOff}`;
}

/** Random shapes, from 1 up to past the kernel's blocks (6 x 8 tiles, KC 256, MC 120, NC 2048). */
function randomCases(seed: number, count: number): Case[] {
  const rng = new Rng(seed);
  const cases: Case[] = [];
  for (let t = 0; t < count; t++) {
    const M = rng.next() < 0.3 ? rng.int(1, 13) : rng.int(1, 150);
    const N = rng.next() < 0.3 ? rng.int(1, 17) : rng.int(1, 150);
    const K = rng.next() < 0.3 ? rng.int(1, 9) : rng.int(1, 600);
    cases.push(makeCase(rng, M, N, K, rng.next() < 0.5, rng.next() < 0.3));
  }
  // Each blocking boundary crossed on its own, and all at once.
  const fixed: [number, number, number][] = [
    [1, 1, 1],
    [6, 8, 1],
    [7, 9, 2],
    [121, 9, 3],
    [5, 2049, 3],
    [3, 5, 257],
    [6, 8, 513],
    [131, 2063, 263],
    [1, 1000, 2048],
    [240, 16, 256],
  ];
  for (const [M, N, K] of fixed) for (const transB of [false, true]) cases.push(makeCase(rng, M, N, K, transB, rng.next() < 0.5));
  return cases;
}

describe('wasm float32 GEMM', () => {
  const cases = randomCases(20240611, 160);

  it('matches a float64 reference within the float32 summation bound, leaving the rest of C alone', () => {
    for (const c of cases) {
      const got = run(gemmF32Wasm, c);
      expect(errorVsFloat64(c, got), label(c)).toBeLessThanOrEqual(1);
      expect(firstClobbered(c, got), label(c)).toBe(-1);
    }
  });

  it('sums each element in the documented order (bit-identical to a blocked float32 loop)', () => {
    for (const c of cases) {
      expect(countDiffs(run(gemmF32Wasm, c), blockedF32(c)), label(c)).toBe(0);
    }
  });

  it('is far closer to float64 than the bound on typical data (no lost terms)', () => {
    // A dropped or doubled term of size ~0.3 would be a relative error of ~1e-2; rounding is ~1e-6.
    const rng = new Rng(7);
    const c = makeCase(rng, 64, 96, 700, false, false);
    const got = run(gemmF32Wasm, c);
    let worst = 0;
    for (let i = 0; i < c.M; i++)
      for (let j = 0; j < c.N; j++) {
        let exact = 0;
        for (let k = 0; k < c.K; k++) exact += c.A[c.aOff + i * c.lda + k]! * bAt(c, k, j);
        worst = Math.max(worst, Math.abs(got[c.cOff + i * c.ldc + j]! - exact));
      }
    expect(worst).toBeLessThan(1e-4);
  });

  it('gives the same bits when chunked under a small memory cap', () => {
    const rng = new Rng(11);
    // The kernel's scratch is about 2.2 MiB; a 2.5 MiB cap leaves room for only a few rows or columns per chunk.
    const cap = 2.5 * 2 ** 20;
    for (const [M, N, K, transB, accumulate] of [
      [150, 300, 500, false, true],
      [150, 300, 500, true, false],
      [9, 3000, 40, false, false],
      [300, 7, 1000, true, true],
    ] as [number, number, number, boolean, boolean][]) {
      const c = makeCase(rng, M, N, K, transB, accumulate, 40);
      const whole = run(gemmF32Wasm, c);
      const chunked = run(gemmF32Wasm, c, cap);
      expect(countDiffs(chunked, whole), label(c)).toBe(0);
    }
    const c = makeCase(rng, 4, 4, 4, false, false);
    expect(() => run(gemmF32Wasm, c, 2 ** 20)).toThrow(/does not fit in 1048576 bytes/);
  });

  it('keeps NaN and infinity in their own rows and columns (zero padding never leaks)', () => {
    const rng = new Rng(5);
    for (const transB of [false, true]) {
      const c = makeCase(rng, 13, 11, 20, transB, false, 0);
      c.A[3 * c.lda + 5] = NaN;
      if (transB) c.B[7 * c.ldb + 2] = Infinity;
      else c.B[2 * c.ldb + 7] = Infinity;
      const got = run(gemmF32Wasm, c);
      for (let i = 0; i < c.M; i++)
        for (let j = 0; j < c.N; j++) {
          const v = got[i * c.ldc + j]!;
          if (i === 3) expect(Number.isNaN(v)).toBe(true);
          else if (j === 7) expect(Math.abs(v)).toBe(Infinity);
          else expect(Number.isFinite(v), `${i},${j}`).toBe(true);
        }
    }
  });

  it('handles K = 0 (C zeroed, or left as is when accumulating)', () => {
    const rng = new Rng(2);
    for (const accumulate of [false, true]) {
      const c = makeCase(rng, 5, 7, 0, false, accumulate);
      const got = run(gemmF32Wasm, c);
      for (let i = 0; i < c.M; i++)
        for (let j = 0; j < c.N; j++) {
          const x = c.cOff + i * c.ldc + j;
          expect(got[x]).toBe(accumulate ? c.C0[x] : 0);
        }
      expect(firstClobbered(c, got)).toBe(-1);
    }
  });
});

describe('gemmF32 routing', () => {
  it('sends big problems to the wasm kernel and tiny ones to JS, both accurate', () => {
    const rng = new Rng(3);
    const big = makeCase(rng, 40, 50, 60, true, true);
    expect(countDiffs(run(gemmF32, big), run(gemmF32Wasm, big))).toBe(0);
    const tiny = makeCase(rng, 3, 4, 5, false, true);
    expect(countDiffs(run(gemmF32, tiny), run(gemmF32Js, tiny))).toBe(0);
    for (const c of [big, tiny]) expect(errorVsFloat64(c, run(gemmF32, c)), label(c)).toBeLessThanOrEqual(1);
  });

  it('rejects operands that do not fit their arrays', () => {
    const A = new Float32Array(12);
    const B = new Float32Array(20);
    const C = new Float32Array(15);
    expect(() => gemmF32(3, 5, 4, A, 1, 4, B, 0, 5, false, C, 0, 5, false)).toThrow(/A is 3 x 4 with leading dimension 4 at offset 1/);
    expect(() => gemmF32(3, 5, 4, A, 0, 4, B, 0, 5, true, C, 0, 5, false)).toThrow(/B is 5 x 4/);
    expect(() => gemmF32(3, 5, 4, A, 0, 4, B, 0, 5, false, C, 0, 6, false)).toThrow(/C is 3 x 5 with leading dimension 6/);
    expect(() => gemmF32(3, 5, 4, A, 0, 3, B, 0, 5, false, C, 0, 5, false)).toThrow(/leading dimension 3/);
    expect(() => gemmF32(3, 5, 4, A, 0, 4, B, 0, 5, false, C, 0, 5, false)).not.toThrow();
  });
});

describe('wasm GEMM in worker threads', () => {
  it('instantiates its own module in each worker and computes the same bits', async () => {
    const rng = new Rng(9);
    const c = makeCase(rng, 70, 90, 110, true, false, 0);
    const want = run(gemmF32Wasm, c);
    // Workers cannot load .ts on Node 20: the worker imports the source through tsx's tsImport.
    const tsxApi = import.meta.resolve('tsx/esm/api');
    const gemmUrl = new URL('../../graph/ops/gemm.ts', import.meta.url).href;
    const code = `
      const { parentPort, workerData } = require('node:worker_threads');
      (async () => {
        const { tsImport } = await import(workerData.tsxApi);
        const { gemmF32 } = await tsImport(workerData.gemmUrl, workerData.gemmUrl);
        const { M, N, K, A, B } = workerData;
        const C = new Float32Array(M * N);
        gemmF32(M, N, K, A, 0, K, B, 0, K, true, C, 0, N, false);
        parentPort.postMessage(C);
      })().catch((e) => parentPort.postMessage(String(e && e.stack || e)));
    `;
    const runInWorker = () =>
      new Promise<Float32Array | string>((resolve, reject) => {
        const w = new Worker(code, { eval: true, workerData: { tsxApi, gemmUrl, M: c.M, N: c.N, K: c.K, A: c.A, B: c.B } });
        w.once('message', (m: Float32Array | string) => {
          resolve(m);
          void w.terminate();
        });
        w.once('error', reject);
      });
    const results = await Promise.all([runInWorker(), runInWorker()]);
    for (const r of results) {
      expect(typeof r === 'string' ? r : 'ok').toBe('ok');
      expect(countDiffs(r as Float32Array, want)).toBe(0);
    }
  });
});

describe('wasm GEMM helper thread', () => {
  afterAll(() => {
    setGemmHelper(undefined);
    setGemmSplitMin(undefined);
  });

  /**
   * Runs `c` with the helper on until it computed a part of it (it attaches asynchronously, and
   * on a busy machine may wake too late for a small GEMM); returns C and whether it did.
   */
  async function runWithHelper(c: Case, maxBytes?: number, tries = 500): Promise<{ C: Float32Array; helped: boolean }> {
    setGemmHelper(true);
    let C = run(gemmF32Wasm, c, maxBytes);
    for (let t = 0; t < 3000 && !gemmHelperAttached(); t++) await sleep(10);
    for (let t = 0; t < tries; t++) {
      const parts = gemmHelperParts();
      const jobs = gemmHelperJobs();
      C = run(gemmF32Wasm, c, maxBytes);
      if (gemmHelperParts() > parts && gemmHelperJobs() > jobs) return { C, helped: true };
      if (t % 50 === 49) await sleep(1);
    }
    return { C, helped: false };
  }

  it('computes the same bits with and without it, cut by columns or rows at every edge', async () => {
    // small problems shared too, so that they cut into many parts: along N when N >= 128 and
    // (M < 48 or N >= M), parts of about N/8 (a multiple of 8, at least 64), else along M when
    // M >= 48, parts of about M/8 (a multiple of 6, at least 24), claims of half a part near the
    // end; sizes not multiples of a part, past the kernel's NC, KC and MC blocks
    setGemmSplitMin(1);
    const rng = new Rng(31);
    const shapes: [number, number, number][] = [
      [37, 1001, 300], // by columns: parts of 128, claims of 64 near the end
      [5, 2063, 263], // by columns, parts of 264 and 136, across NC = 2048 and KC = 256
      [13, 128, 40], // by columns, the smallest split: two parts of 64 (claims of 32)
      [100, 300, 20], // by columns (N > M)
      [250, 100, 70], // by rows (M > N): parts of 36, claims of 18 near the end
      [53, 5, 513], // by rows, the smallest split: parts of 24 and 12, past two KC blocks
      [121, 127, 33], // by rows (N < 128), across MC = 120
    ];
    for (const [M, N, K] of shapes) {
      for (const transB of [false, true]) {
        for (const accumulate of [false, true]) {
          const c = makeCase(rng, M, N, K, transB, accumulate, 5);
          setGemmHelper(false);
          const jobs = gemmHelperJobs();
          const alone = run(gemmF32Wasm, c);
          expect(gemmHelperJobs(), label(c)).toBe(jobs);
          const { C, helped } = await runWithHelper(c);
          expect(helped, label(c)).toBe(true);
          expect(countDiffs(C, alone), label(c)).toBe(0);
          expect(countDiffs(C, blockedF32(c)), label(c)).toBe(0);
          expect(firstClobbered(c, C), label(c)).toBe(-1);
        }
      }
    }
    expect(gemmHelperAttached()).toBe(true);
  });

  it('computes the same bits when the call is chunked under a small memory cap', async () => {
    setGemmSplitMin(1);
    const rng = new Rng(32);
    // 3 MiB (the kernel's scratch takes 2.1): chunks of 75 x 150 (cut by columns) or 150 x 7 (by rows)
    const cap = 3 * 2 ** 20;
    for (const [M, N, K, transB, accumulate] of [
      [150, 300, 500, false, true],
      [150, 300, 500, true, false],
      [300, 7, 200, true, true],
    ] as [number, number, number, boolean, boolean][]) {
      const c = makeCase(rng, M, N, K, transB, accumulate, 40);
      setGemmHelper(false);
      const whole = run(gemmF32Wasm, c);
      const { C, helped } = await runWithHelper(c, cap);
      expect(helped, label(c)).toBe(true);
      expect(countDiffs(C, whole), label(c)).toBe(0);
    }
  });

  it('shares only problems of SPLIT_MIN_MACS multiply-adds or more', async () => {
    setGemmSplitMin(undefined);
    const rng = new Rng(33);
    const big = makeCase(rng, 64, 1024, 64, false, false, 0); // 2^22
    const { helped } = await runWithHelper(big);
    expect(helped).toBe(true);
    const small = makeCase(rng, 64, 1023, 64, false, false, 0);
    const jobs = gemmHelperJobs();
    setGemmHelper(true);
    for (let i = 0; i < 20; i++) run(gemmF32Wasm, small);
    expect(gemmHelperJobs()).toBe(jobs);
  });

  /** Runs a script (tsx) in a child process with `env` added. */
  function child(script: string, env: Record<string, string> = {}) {
    return spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: process.cwd(),
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, ...env },
    });
  }

  const script = `
    import { gemmF32Wasm, gemmHelperJobs } from './graph/ops/gemm-wasm.ts';
    import { gemmHelperFailure } from './graph/ops/gemm-helper.ts';
    const M = 64, N = 1024, K = 128;
    const A = new Float32Array(M * K).fill(0.5), B = new Float32Array(K * N).fill(2), C = new Float32Array(M * N);
    gemmF32Wasm(M, N, K, A, 0, K, B, 0, N, false, C, 0, N, false);
    // the helper attaches asynchronously (and is never attached with TPUSIM_MATRIX_THREADS=1)
    for (let i = 0; i < 300 && gemmHelperJobs() === 0; i++) {
      await new Promise((r) => setTimeout(r, 10));
      gemmF32Wasm(M, N, K, A, 0, K, B, 0, N, false, C, 0, N, false);
    }
    console.log(C[0], C[M * N - 1], gemmHelperJobs() > 0, gemmHelperFailure());
  `;

  it('lets the process exit after using it, and is off with TPUSIM_MATRIX_THREADS=1', () => {
    const on = child(script, { TPUSIM_MATRIX_THREADS: '' });
    expect(on.stderr).toBe('');
    expect(on.status).toBe(0);
    expect(on.stdout.trim()).toBe('128 128 true undefined');
    const off = child(script, { TPUSIM_MATRIX_THREADS: '1' });
    expect(off.stderr).toBe('');
    expect(off.status).toBe(0);
    expect(off.stdout.trim()).toBe('128 128 false undefined');
  });
});
