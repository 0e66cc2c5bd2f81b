// The matrix helper thread: one worker thread per process running build/tpu-helper.wasm over a
// simulator's shared wasm memory, so the fast engine's large MATMULs use two cores. It is host-side
// only: the results are exact int32 sums, the same whichever thread computes which rows, and the
// timing never sees it. See asc/helper.ts for the protocol.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker, isMainThread } from 'node:worker_threads';
import { packageRoot } from './paths.js';

// The worker: instantiates the helper module on each simulator memory it is handed (once per
// memory) and serves that memory's control block until the core tells it to stop. It runs as
// CommonJS or as an ES module (an eval'd worker inherits --input-type=module), so no require.
const WORKER_SOURCE = `
const instances = new WeakMap();
import('node:worker_threads').then(({ parentPort }) => parentPort.on('message', ({ module, memory, ctrl }) => {
  let instance = instances.get(memory);
  try {
    if (!instance) {
      instance = new WebAssembly.Instance(module, { env: { memory, abort() { throw new Error('abort'); } } });
      instances.set(memory, instance);
    }
    instance.exports.serve(ctrl);
  } catch {
    // without an instance it never attached, and the core never waits for it
    if (!instance) return;
    instance.exports.fail(ctrl);
    Atomics.notify(new Int32Array(memory.buffer), ctrl >> 2);
  }
}));
`;

interface HelperThread {
  module: object;
  worker: Worker;
}

let thread: HelperThread | undefined;
let broken = false;

/** Whether runs use the helper: on the main thread of a machine with two cores or more, unless TPUSIM_MATRIX_THREADS=1. */
export function matrixHelperWanted(): boolean {
  if (process.env.TPUSIM_MATRIX_THREADS === '1') return false;
  return isMainThread && availableParallelism() >= 2;
}

/** The process's helper thread, started on first use. */
function helperThread(): HelperThread {
  if (thread) return thread;
  const Wasm = (globalThis as unknown as { WebAssembly: { Module: new (b: Uint8Array) => object } }).WebAssembly;
  const path = join(packageRoot(), 'build', 'tpu-helper.wasm');
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new Error(`the wasm matrix helper ${path} is missing: run \`npm run build:wasm\``);
  }
  const worker = new Worker(WORKER_SOURCE, { eval: true });
  // the helper never keeps the process alive: between runs it waits for work in its event loop
  worker.unref();
  // a helper that dies (it catches its own traps; this is its thread failing) is not attached
  // again: the core then runs every MATMUL itself, with the same results
  worker.on('error', () => (broken = true));
  thread = { module: new Wasm.Module(bytes), worker };
  return thread;
}

/** Hands the control block at `ctrl` of `memory` (a shared wasm memory) to the helper thread. */
export function attachMatrixHelper(memory: object, ctrl: number): void {
  const t = helperThread();
  if (!broken) t.worker.postMessage({ module: t.module, memory, ctrl });
}
