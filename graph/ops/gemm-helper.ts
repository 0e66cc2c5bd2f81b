// The float32 GEMM's helper thread: one worker thread per process running a second instance of
// build/graph-kernels.wasm on the main thread's (shared) module memory, so large GEMMs use two
// cores. The two threads claim columns (or rows) of a posted GEMM from an atomic counter; every
// element of C is summed by one of them in the kernel's fixed order, so the results are the
// same bits as on one thread. See graph/wasm/gemm.ts for the protocol; it follows the int8
// simulator core's matrix helper (sim/matrix-helper.ts), which graph/ must not import.
import { availableParallelism } from 'node:os';
import { Worker, isMainThread } from 'node:worker_threads';

// The worker: instantiates the kernels on the memory it is handed and serves the control block
// until told to stop. Eval'd source, not a file: the CLI is bundled (dist/bundle/). It runs as
// CommonJS or as an ES module (an eval'd worker inherits --input-type=module): no require.
const WORKER_SOURCE = `
import('node:worker_threads').then(({ parentPort }) => parentPort.on('message', ({ module, memory, ctrl }) => {
  let instance;
  try {
    instance = new WebAssembly.Instance(module, { env: { memory } });
    instance.exports.serve(ctrl);
  } catch (e) {
    // without an instance it never attached, and the poster never waits for it
    if (instance) instance.exports.fail(ctrl);
    parentPort.postMessage(String((e && e.stack) || e));
  }
}));
`;

let worker: Worker | undefined;
let broken = false;
let failure: string | undefined;
let forced: boolean | undefined;

/**
 * Whether large float32 GEMMs use the helper thread: on the main thread of a machine with two
 * cores or more, unless TPUSIM_MATRIX_THREADS=1 (which also turns off the simulator's matrix
 * helper). `setGemmHelper` overrides this (tests).
 */
export function gemmHelperWanted(): boolean {
  if (broken) return false;
  if (forced !== undefined) return forced;
  if (process.env.TPUSIM_MATRIX_THREADS === '1') return false;
  return isMainThread && availableParallelism() >= 2;
}

/** Forces the helper on or off for later GEMMs (`undefined`: back to the default of gemmHelperWanted). */
export function setGemmHelper(on: boolean | undefined): void {
  forced = on;
}

/** Whether the helper thread failed (it is then never used again: GEMMs run on the calling thread). */
export function gemmHelperBroken(): boolean {
  return broken;
}

/** Why the helper thread failed, if it did. */
export function gemmHelperFailure(): string | undefined {
  return broken ? (failure ?? 'the helper thread failed') : undefined;
}

/** Marks the helper failed: later GEMMs run on the calling thread alone. */
export function markGemmHelperBroken(): void {
  broken = true;
}

/**
 * Starts the helper thread (once per process) serving the control block at `ctrl` of `memory`
 * (the kernels' shared memory), instantiating `module` there. It attaches asynchronously: until
 * it does, GEMMs run on the calling thread.
 */
export function startGemmHelper(module: object, memory: object, ctrl: number): void {
  if (worker || broken) return;
  const w = new Worker(WORKER_SOURCE, { eval: true });
  // a helper that fails is not started again: the caller then runs every GEMM itself, with the same results
  const fail = (why: string) => {
    broken = true;
    failure ??= why;
  };
  w.on('error', (e) => fail(String(e.stack ?? e)));
  w.on('message', (m) => fail(String(m)));
  // the helper never keeps the process alive: between GEMMs it sleeps in serve(). (After the
  // listeners: one added to an unref'd worker refs it again.)
  w.unref();
  w.postMessage({ module, memory, ctrl });
  worker = w;
}
