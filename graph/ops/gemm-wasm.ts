// Runs float32 GEMMs in the WebAssembly SIMD kernel of graph/wasm/gemm.ts (build/graph-kernels.wasm).
// Each thread (main or piscina worker) instantiates its own module synchronously on first use.
// Operands are copied into the module's memory (a memcpy per operand, or per row when the
// leading dimension leaves large gaps), multiplied there and C copied back; the memory grows on
// demand and is reused across calls. Problems larger than the working-set cap run in column
// (and, if needed, row) chunks, which does not change any element's summation order.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The parts of the WebAssembly JS API used here (the project's TS lib has no DOM typings)
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
}
const Wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

/** The exports of build/graph-kernels.wasm. */
interface GraphKernels {
  memory: WasmMemory;
  heapBase(): number;
  scratchBytes(): number;
  gemm(
    M: number,
    N: number,
    K: number,
    a: number,
    lda: number,
    b: number,
    ldb: number,
    transB: number,
    c: number,
    ldc: number,
    ws: number,
  ): void;
}

/** Default cap on the bytes one wasm GEMM call (operands + scratch) places in the module's memory. */
export const WASM_GEMM_MAX_BYTES = 128 * 2 ** 20;

const PAGE = 65536;
const ALIGN = 16; // floats per alignment unit: 64 bytes

let kernels: GraphKernels | undefined;
let loadError: Error | undefined;
let heap: Float32Array = new Float32Array(0);
let base = 0; // first free float index above the module's own data: the kernel's packing scratch starts here
let work = 0; // float index where operands start

/** Where build/graph-kernels.wasm is: two levels up from graph/ops in the source tree and from the CLI bundle (dist/bundle/), three from dist/graph/ops. */
function wasmPath(): string {
  const candidates = ['../../build/graph-kernels.wasm', '../../../build/graph-kernels.wasm'].map((p) =>
    fileURLToPath(new URL(p, import.meta.url)),
  );
  const found = candidates.find((p) => existsSync(p));
  if (!found)
    throw new Error(`the graph kernels' wasm file is missing (looked for ${candidates.join(' and ')}): run \`npm run build:wasm\``);
  return found;
}

function load(): GraphKernels {
  if (kernels) return kernels;
  if (loadError) throw loadError;
  try {
    const module = new Wasm.Module(readFileSync(wasmPath()));
    const k = new Wasm.Instance(module, {}).exports as unknown as GraphKernels;
    base = Math.ceil(k.heapBase() / 4 / ALIGN) * ALIGN;
    work = base + Math.ceil(k.scratchBytes() / 4 / ALIGN) * ALIGN;
    kernels = k;
    heap = new Float32Array(k.memory.buffer);
    return k;
  } catch (e) {
    loadError =
      e instanceof Error && e.message.includes('npm run build:wasm')
        ? e
        : new Error(`cannot load the graph kernels' wasm module: ${(e as Error).message}`, { cause: e });
    throw loadError;
  }
}

/** Grows the module's memory so that float index `end` is addressable; returns the current view. */
function ensureFloats(k: GraphKernels, end: number): Float32Array {
  const bytes = end * 4;
  const have = k.memory.buffer.byteLength;
  if (bytes > have) {
    try {
      k.memory.grow(Math.ceil((bytes - have) / PAGE));
    } catch (e) {
      throw new Error(`the wasm GEMM cannot grow its memory to ${(bytes / 2 ** 20).toFixed(0)} MiB: ${(e as Error).message}`, { cause: e });
    }
  }
  if (heap.buffer !== k.memory.buffer) heap = new Float32Array(k.memory.buffer);
  return heap;
}

function roundUp(n: number): number {
  return Math.ceil(n / ALIGN) * ALIGN;
}

/**
 * Copies a rows x cols block (row stride `ld`) of `src` from `off` into `mem` at `dst`, as one
 * span when the gaps between rows are small, else row by row packed; returns the stride used.
 */
function copyIn(mem: Float32Array, dst: number, src: Float32Array, off: number, rows: number, cols: number, ld: number): number {
  const span = (rows - 1) * ld + cols;
  if (rows === 1 || span <= 2 * rows * cols) {
    mem.set(src.subarray(off, off + span), dst);
    return rows === 1 ? cols : ld;
  }
  for (let r = 0; r < rows; r++) mem.set(src.subarray(off + r * ld, off + r * ld + cols), dst + r * cols);
  return cols;
}

/** Floats the operand copies take for an m x n chunk (A m x K, B K x n, C m x n), with alignment. */
function chunkFloats(m: number, n: number, K: number, lda: number, ldb: number, transB: boolean): number {
  // Worst case of copyIn: a span of at most twice the block.
  const a = Math.min((m - 1) * lda + K, 2 * m * K);
  const b = transB ? Math.min((n - 1) * ldb + K, 2 * n * K) : Math.min((K - 1) * ldb + n, 2 * n * K);
  return roundUp(a) + roundUp(b) + roundUp(m * n);
}

/**
 * C[M x N] = A[M x K] * op(B) (+ C when `accumulate`) in the wasm SIMD kernel; same arguments as
 * gemmF32. Sums in float32 (no FMA): fl32(a*b) in order within blocks of 32 k, block sums in
 * order, then added to C when accumulating. `maxBytes` caps the module memory one call uses.
 */
export function gemmF32Wasm(
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
  maxBytes = WASM_GEMM_MAX_BYTES,
): void {
  const k = load();
  if (M === 0 || N === 0) return;
  // The kernel assumes K >= 1: an empty sum is zero here.
  if (K <= 0) {
    if (!accumulate) for (let i = 0; i < M; i++) C.fill(0, cOff + i * ldc, cOff + i * ldc + N);
    return;
  }
  const budget = Math.floor(maxBytes / 4) - (work - base);
  // Rows per chunk: A's copy takes at most a quarter of the budget; columns: what remains.
  let m = M;
  while (m > 1 && chunkFloats(m, 1, K, lda, ldb, transB) > budget / 4) m = Math.ceil(m / 2);
  let n = N;
  while (n > 1 && chunkFloats(m, n, K, lda, ldb, transB) > budget) n = Math.ceil(n / 2);
  if (chunkFloats(m, n, K, lda, ldb, transB) > budget) {
    throw new Error(
      `gemmF32Wasm: a 1 x 1 x ${K} chunk does not fit in ${maxBytes} bytes of wasm memory (the kernel's scratch takes ${(work - base) * 4})`,
    );
  }
  for (let i = 0; i < M; i += m) {
    const mi = Math.min(m, M - i);
    for (let j = 0; j < N; j += n) {
      const nj = Math.min(n, N - j);
      runChunk(
        k,
        mi,
        nj,
        K,
        A,
        aOff + i * lda,
        lda,
        B,
        transB ? bOff + j * ldb : bOff + j,
        ldb,
        transB,
        C,
        cOff + i * ldc + j,
        ldc,
        accumulate,
      );
    }
  }
}

function runChunk(
  k: GraphKernels,
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
  const mem = ensureFloats(k, work + chunkFloats(M, N, K, lda, ldb, transB));
  const aw = work;
  const la = copyIn(mem, aw, A, aOff, M, K, lda);
  const bw = aw + roundUp((M - 1) * la + K);
  const lb = transB ? copyIn(mem, bw, B, bOff, N, K, ldb) : copyIn(mem, bw, B, bOff, K, N, ldb);
  const cw = bw + roundUp(transB ? (N - 1) * lb + K : (K - 1) * lb + N);
  k.gemm(M, N, K, aw * 4, la, bw * 4, lb, transB ? 1 : 0, cw * 4, N, base * 4);
  if (!accumulate && (ldc === N || M === 1)) {
    C.set(mem.subarray(cw, cw + M * N), cOff);
    return;
  }
  for (let i = 0; i < M; i++) {
    const c = cOff + i * ldc;
    const w = cw + i * N;
    if (accumulate) for (let j = 0; j < N; j++) C[c + j] += mem[w + j]!;
    else C.set(mem.subarray(w, w + N), c);
  }
}
