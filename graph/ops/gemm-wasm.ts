// Runs float32 GEMMs in the WebAssembly SIMD kernel of graph/wasm/gemm.ts (build/graph-kernels.wasm).
// Each thread (main or piscina worker) instantiates its own module synchronously on first use.
// Operands are copied into the module's memory (a memcpy per operand, or per row when the
// leading dimension leaves large gaps), multiplied there and C copied back; the memory grows on
// demand and is reused across calls. Problems larger than the working-set cap run in column
// (and, if needed, row) chunks, which does not change any element's summation order.
// On the main thread, a chunk of at least SPLIT_MIN_MACS multiply-adds is shared with a helper
// thread (gemm-helper.ts) running the same kernel on the same shared memory: the two claim
// column (or row) parts of it, each element still summed by one thread in the same order.
// The module also holds byte- and lane-exact wasm versions of three hot JavaScript loops, run
// here through the same memory (copied in, computed, copied out): Rng.fillSymmetric
// (fillSymmetricWasm), runtime/quantize.ts's quantizeWeights and runtime/hostio.ts's im2col.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gemmHelperWanted, markGemmHelperBroken, startGemmHelper } from './gemm-helper.js';

// The parts of the WebAssembly JS API used here (the project's TS lib has no DOM typings)
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Memory: new (descriptor: { initial: number; maximum: number; shared: boolean }) => WasmMemory;
  Instance: new (module: object, imports: object) => { exports: unknown };
}
const Wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

/** The arguments of the kernel's `gemm` export. */
type GemmArgs = [
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
];

/** The exports of build/graph-kernels.wasm. */
interface GraphKernels {
  memory: WasmMemory;
  heapBase(): number;
  scratchBytes(): number;
  gemm(...args: GemmArgs): void;
  /** `gemm`'s arguments, then the helper's control block and how the product is cut into parts. */
  gemmShared(...args: [...GemmArgs, ctrl: number, byRows: number, unit: number, tail: number]): number;
  ctrlBytes(): number;
  helperInit(ctrl: number, ws: number): void;
  helperJobs(ctrl: number): number;
  helperParts(ctrl: number): number;
  helperAttached(ctrl: number): number;
  /** Rng.fillSymmetric's next `n` draws from `state` as float32 at `dst` (graph/wasm/random.ts); returns the state after them. */
  fillSymmetric(dst: number, n: number, state: number, scale: number): number;
  /** runtime/quantize.ts's quantizeWeights on `channels` x `per` floats at `w` (graph/wasm/quantize.ts); minScale 0: none. */
  quantizeWeights(w: number, q: number, channels: number, per: number, minScale: number, scales: number, sums: number): void;
  /** runtime/hostio.ts's im2colBlocks (graph/wasm/im2col.ts); `tab` is scratch for 3 * Cin * kh * kw int32. */
  im2col(
    values: number,
    N: number,
    Cin: number,
    H: number,
    W: number,
    kh: number,
    kw: number,
    sy: number,
    sx: number,
    dilY: number,
    dilX: number,
    padTop: number,
    padLeft: number,
    outH: number,
    outW: number,
    g: number,
    zeroPoint: number,
    tab: number,
    out: number,
  ): void;
}

/** Default cap on the bytes one wasm GEMM call (operands + scratch) places in the module's memory. */
export const WASM_GEMM_MAX_BYTES = 128 * 2 ** 20;

const PAGE = 65536;
/** The module's memory limit in pages (asconfig.graph.json's maximumMemory): 4 GiB. */
const MAX_PAGES = 65536;
const ALIGN = 16; // floats per alignment unit: 64 bytes

/**
 * GEMMs of fewer multiply-adds run on one thread: posting a job and waking the helper costs
 * tens of microseconds, 2^22 multiply-adds take about 0.4 ms. Measured with a free second core
 * (helper on vs off, interleaved): 1.1-1.3x at 2^20-2^22 with much jitter, 1.4-1.7x from 2^22 to
 * 2^27, 1.8-1.9x at 2^29.
 */
export const SPLIT_MIN_MACS = 2 ** 22;
// A GEMM is cut along the longer of its M and N: every part packs all of the other operand
// again (a part of columns all of A, a part of rows all of B), a cost of about 1/(part size)
// of its multiply-adds. Claims are `unit` rows or columns (about an eighth of them, a multiple
// of the kernel's 6-row or 8-column tile, within these bounds) while more than 4 units are
// left, then half that, so that the two threads finish close together.
const UNIT_COLS_MIN = 64;
const UNIT_COLS_MAX = 1024;
const UNIT_ROWS_MIN = 24;
const UNIT_ROWS_MAX = 120;

let kernels: GraphKernels | undefined;
let wasmModule: object | undefined;
let loadError: Error | undefined;
let heap: Float32Array = new Float32Array(0);
let ctrl = 0; // byte address of the helper's control block
let helperWs = 0; // byte address of the helper's packing scratch
let base = 0; // float index of this thread's packing scratch (the module's data and the helper's part are below it)
let work = 0; // float index where operands start
let splitMin = SPLIT_MIN_MACS;
// When the helper lagged (this thread had to sleep for its last part and it ran under a quarter
// of the parts: its thread seems descheduled by other processes on the cores), the next soloJobs
// large GEMMs run here alone; soloBackoff doubles while that repeats (up to MAX_SOLO_JOBS) and
// resets when the helper keeps up again.
const MAX_SOLO_JOBS = 64;
let soloJobs = 0;
let soloBackoff = 0;

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
    // shared, so that the helper thread's instance works on the same operands
    const memory = new Wasm.Memory({ initial: 1, maximum: MAX_PAGES, shared: true });
    const k = new Wasm.Instance(module, { env: { memory } }).exports as unknown as GraphKernels;
    // [module data] [control block] [helper's scratch] [this thread's scratch] [operands]
    const scratch = roundUp(k.scratchBytes() / 4);
    ctrl = roundUp(k.heapBase() / 4) * 4;
    helperWs = ctrl + roundUp(k.ctrlBytes() / 4) * 4;
    base = helperWs / 4 + scratch;
    work = base + scratch;
    kernels = k;
    wasmModule = module;
    heap = ensureFloats(k, work);
    k.helperInit(ctrl, helperWs);
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

/**
 * Overrides the size from which GEMMs are shared with the helper thread (tests: small shapes
 * that still cut into many parts); `undefined` restores SPLIT_MIN_MACS.
 */
export function setGemmSplitMin(macs: number | undefined): void {
  splitMin = macs ?? SPLIT_MIN_MACS;
}

/** GEMM jobs the helper thread took part in, in this thread's module (0 before the first GEMM). */
export function gemmHelperJobs(): number {
  return kernels ? kernels.helperJobs(ctrl) : 0;
}

/** Parts of GEMMs (column or row ranges) the helper thread computed, in this thread's module. */
export function gemmHelperParts(): number {
  return kernels ? kernels.helperParts(ctrl) : 0;
}

/** Whether the helper thread is serving this thread's module now. */
export function gemmHelperAttached(): boolean {
  return kernels ? kernels.helperAttached(ctrl) !== 0 : false;
}

/**
 * Runs the kernel on an M x N x K problem at byte addresses of the module's memory, shared with
 * the helper thread when wanted and large enough, cut by columns or rows (see UNIT_COLS_MIN).
 * Results do not depend on the split.
 */
function runKernel(
  k: GraphKernels,
  M: number,
  N: number,
  K: number,
  a: number,
  la: number,
  b: number,
  lb: number,
  transB: number,
  c: number,
  ldc: number,
): void {
  if (M * N * K < splitMin || !gemmHelperWanted()) {
    k.gemm(M, N, K, a, la, b, lb, transB, c, ldc, base * 4);
    return;
  }
  const cols = N >= 2 * UNIT_COLS_MIN;
  const rows = M >= 2 * UNIT_ROWS_MIN;
  if (!cols && !rows) {
    k.gemm(M, N, K, a, la, b, lb, transB, c, ldc, base * 4);
    return;
  }
  const byRows = rows && (!cols || M > N) ? 1 : 0;
  const tile = byRows ? 6 : 8;
  const unit = byRows
    ? Math.min(UNIT_ROWS_MAX, Math.max(UNIT_ROWS_MIN, Math.ceil(M / 8 / 6) * 6))
    : Math.min(UNIT_COLS_MAX, Math.max(UNIT_COLS_MIN, Math.ceil(N / 8 / 8) * 8));
  const tail = Math.max(tile, Math.round(unit / 2 / tile) * tile);
  startGemmHelper(wasmModule!, k.memory, ctrl);
  if (soloJobs > 0) {
    soloJobs--;
    k.gemm(M, N, K, a, la, b, lb, transB, c, ldc, base * 4);
    return;
  }
  const done = k.gemmShared(M, N, K, a, la, b, lb, transB, c, ldc, base * 4, ctrl, byRows, unit, tail);
  if (done < 0) {
    // the helper trapped: its part is lost; it is never used again and C is computed here
    markGemmHelperBroken();
    k.gemm(M, N, K, a, la, b, lb, transB, c, ldc, base * 4);
    return;
  }
  if (done > 0) {
    soloBackoff = done === 2 ? Math.min(MAX_SOLO_JOBS, Math.max(1, 2 * soloBackoff)) : 0;
    soloJobs = soloBackoff;
  }
}

/** Floats one fillSymmetricWasm step writes in the module's memory (256 KiB: stays in L2) before copying them out. */
const FILL_CHUNK = 1 << 16;

/**
 * Fills `out` with the draws Rng.fillSymmetric makes from mulberry32 state `state`, each its int32
 * times `scale` (the same float32 values, four lanes at a time in wasm); returns the state after them.
 */
export function fillSymmetricWasm(out: Float32Array, state: number, scale: number): number {
  const k = load();
  const mem = ensureFloats(k, work + FILL_CHUNK);
  let s = state | 0;
  for (let i = 0; i < out.length; i += FILL_CHUNK) {
    const n = Math.min(FILL_CHUNK, out.length - i);
    s = k.fillSymmetric(work * 4, n, s, scale);
    out.set(mem.subarray(work, work + n), i);
  }
  return s;
}

/** Floats of weights one quantizeWeightsWasm step copies in (whole channels: more when one channel is larger). */
const QUANTIZE_CHUNK = 1 << 16;

/**
 * runtime/quantize.ts's quantizeWeights in wasm (graph/wasm/quantize.ts), the same results: the
 * float weights [channels][per] in `w`, floored by `minScale`, into `q`, `scale` and `sums`. Whole
 * channels at a time are copied into the module's memory and their results copied out.
 */
export function quantizeWeightsWasm(
  w: Float32Array,
  channels: number,
  minScale: Float32Array | undefined,
  q: Int8Array,
  scale: Float32Array,
  sums: Int32Array,
): void {
  const k = load();
  const per = channels > 0 ? w.length / channels : 0;
  const step = per > 0 ? Math.max(1, Math.floor(QUANTIZE_CHUNK / per)) : channels;
  // [weights][int8 results][floors][scales][sums], each 64-byte aligned (float indices)
  const qAt = work + roundUp(step * per);
  const floorAt = qAt + roundUp(Math.ceil((step * per) / 4));
  const scaleAt = floorAt + roundUp(step);
  const sumAt = scaleAt + roundUp(step);
  const mem = ensureFloats(k, sumAt + roundUp(step));
  for (let c0 = 0; c0 < channels; c0 += step) {
    const n = Math.min(step, channels - c0);
    mem.set(w.subarray(c0 * per, (c0 + n) * per), work);
    if (minScale) mem.set(minScale.subarray(c0, c0 + n), floorAt);
    k.quantizeWeights(work * 4, qAt * 4, n, per, minScale ? floorAt * 4 : 0, scaleAt * 4, sumAt * 4);
    q.set(new Int8Array(mem.buffer, qAt * 4, n * per), c0 * per);
    scale.set(mem.subarray(scaleAt, scaleAt + n), c0);
    sums.set(new Int32Array(mem.buffer, sumAt * 4, n), c0);
  }
}

/** The geometry of an im2col (runtime/lower's Im2colSpec): kernel, strides, pads (top, left, bottom, right), dilations and output size. */
export interface Im2colGeometry {
  kernel: [number, number];
  strides: [number, number];
  pads: [number, number, number, number];
  dilations: [number, number];
  outH: number;
  outW: number;
}

/**
 * runtime/hostio.ts's im2colBlocks in wasm (graph/wasm/im2col.ts), the same bytes: the uint8 NCHW
 * tensor `values` of `shape` is copied into the module's memory, its im2col rows written there in
 * blocks of `g` features and copied out to `out`.
 */
export function im2colWasm(
  values: Uint8Array,
  shape: readonly number[],
  spec: Im2colGeometry,
  g: number,
  zeroPoint: number,
  out: Uint8Array,
): void {
  const k = load();
  const [N, Cin, H, W] = shape as [number, number, number, number];
  const K = Cin * spec.kernel[0] * spec.kernel[1];
  const tabAt = work + roundUp(Math.ceil(values.length / 4));
  const outAt = tabAt + roundUp(3 * K);
  const mem = ensureFloats(k, outAt + Math.ceil(out.length / 4));
  const bytes = new Uint8Array(mem.buffer);
  bytes.set(values, work * 4);
  const [kh, kw] = spec.kernel;
  const [sy, sx] = spec.strides;
  const [dilY, dilX] = spec.dilations;
  const [padTop, padLeft] = spec.pads;
  k.im2col(work * 4, N, Cin, H, W, kh, kw, sy, sx, dilY, dilX, padTop, padLeft, spec.outH, spec.outW, g, zeroPoint, tabAt * 4, outAt * 4);
  out.set(bytes.subarray(outAt * 4, outAt * 4 + out.length));
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
  runKernel(k, M, N, K, aw * 4, la, bw * 4, lb, transB ? 1 : 0, cw * 4, N);
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
