// Starts onnxruntime on a worker thread while the main thread is still loading and building a model.
// Its environment (Ort::Env: logging, thread pools, every kernel's registration) is one per process
// and made once, under a mutex, by whichever thread first calls the binding's initOrtOnce
// (onnxruntime-node's src/ort_singleton_data.cc); a worker's exit never frees it. So when the main
// thread later loads the addon (ort.ts's ortBinding), it finds the environment made and pays only
// its own binding, ~15-25 ms instead of ~75 ms (dlopen of libonnxruntime.so and the kernel
// registry). No imports beyond node's: the CLI loads this module before anything else of graph/.
import { createRequire } from 'node:module';
import { Worker, isMainThread } from 'node:worker_threads';

// The worker does what ortBinding does, with the same log level (the first caller's level is the
// environment's): onnxruntime's own log would repeat on stderr the errors callers already get.
// It is imported, not required, because eval'd code is an ES module under --input-type=module.
const WARMUP_SOURCE = `
Promise.all([import('node:worker_threads'), import('node:module')])
  .then(([{ workerData }, { createRequire }]) => {
    const require = createRequire(workerData.binding);
    require(workerData.ort).env.logLevel = 'fatal';
    require(workerData.binding).initOrt();
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
  if (started || !isMainThread || process.env.TPUSIM_ORT_WARMUP === '0') return undefined;
  started = true;
  try {
    const require = createRequire(import.meta.url);
    const paths = { ort: require.resolve('onnxruntime-node'), binding: require.resolve('onnxruntime-node/dist/binding.js') };
    const worker = new Worker(WARMUP_SOURCE, { eval: true, workerData: paths });
    worker.unref();
    return new Promise((resolve) => {
      worker.on('error', () => {}); // a failed warm-up costs only the time it saved
      worker.on('exit', () => resolve());
    });
  } catch {
    return undefined; // the main thread loads onnxruntime itself when a graph first runs in float32
  }
}
