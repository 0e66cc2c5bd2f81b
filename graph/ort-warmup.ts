// Starts onnxruntime on a worker thread while the main thread is still loading and building a model.
// Its environment (Ort::Env: logging, thread pools, every kernel's registration) is one per process
// and made once, under a mutex, by whichever thread first calls the binding's initOrtOnce
// (onnxruntime-node's src/ort_singleton_data.cc); a worker's exit never frees it. So when the main
// thread later loads the addon (ort.ts's ortBinding), it finds the environment made and pays only
// its own binding, ~15-25 ms instead of ~75 ms (dlopen of libonnxruntime.so and the kernel
// registry). No imports beyond node's: the CLI loads this module before anything else of graph/.
import { createRequire } from 'node:module';

const IDLE = 0,
  LOADING = 1,
  DONE = 2,
  ENDED = 3;

// The worker does what ortBinding does, with the same log level (the first caller's level is the
// environment's): onnxruntime's own log would repeat on stderr the errors callers already get.
// It is imported, not required, because eval'd code is an ES module under --input-type=module.
// A worker stopped while it loads the addon aborts the whole process (onnxruntime-node throws a
// Napi::Error past its own code: "terminate called after throwing..."), which a run that ends early
// would do, an input error say. So the worker claims the load in a shared word first, and the
// process's exit waits while the load is under way (see `state`).
const WARMUP_SOURCE = `
Promise.all([import('node:worker_threads'), import('node:module')])
  .then(([{ workerData }, { createRequire }]) => {
    const { state, ort, binding } = workerData;
    if (Atomics.compareExchange(state, 0, ${IDLE}, ${LOADING}) !== ${IDLE}) return; // the process is ending
    try {
      const require = createRequire(binding);
      require(ort).env.logLevel = 'fatal';
      require(binding).initOrt();
    } finally {
      Atomics.store(state, 0, ${DONE});
      Atomics.notify(state, 0);
    }
  })
  .catch(() => {}); // the main thread's own load reports what is wrong
`;

let started = false;

/**
 * Starts loading onnxruntime-node on a worker thread, once per process, so that its start overlaps
 * the main thread's work; the worker never keeps the process alive. Returns a promise of the
 * worker's exit (callers need not wait for it), or undefined when nothing started: off the main
 * thread (fallback workers load onnxruntime themselves), on a second call, or with TPUSIM_ORT_WARMUP=0.
 */
export function warmOnnxRuntime(): Promise<void> | undefined {
  if (started || process.env.TPUSIM_ORT_WARMUP === '0') return undefined;
  const require = createRequire(import.meta.url);
  // required here, not imported: loading node:worker_threads costs `tpusim --help` ~4 ms
  const { Worker, isMainThread } = require('node:worker_threads') as typeof import('node:worker_threads');
  if (!isMainThread) return undefined;
  started = true;
  try {
    // the load's state: IDLE until the worker claims it, LOADING, then DONE; or ENDED, claimed by the exit
    const state = new Int32Array(new SharedArrayBuffer(4));
    const paths = { ort: require.resolve('onnxruntime-node'), binding: require.resolve('onnxruntime-node/dist/binding.js') };
    const worker = new Worker(WARMUP_SOURCE, { eval: true, workerData: { state, ...paths } });
    worker.unref();
    process.once('exit', () => awaitLoad(state));
    return new Promise((resolve) => {
      worker.on('error', () => {}); // a failed warm-up costs only the time it saved
      worker.on('exit', () => resolve());
    });
  } catch {
    return undefined; // the main thread loads onnxruntime itself when a graph first runs in float32
  }
}

/** At the process's exit: stops a load not yet begun, and waits (at most 30 s) for one under way to end. */
function awaitLoad(state: Int32Array): void {
  if (Atomics.compareExchange(state, 0, IDLE, ENDED) === IDLE) return;
  const until = Date.now() + 30_000;
  while (Atomics.load(state, 0) === LOADING && Date.now() < until) Atomics.wait(state, 0, LOADING, 100);
}
