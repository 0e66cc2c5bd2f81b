// glibc's malloc raises its mmap threshold each time a large block allocated by mmap is freed
// (up to 32 MiB), after which large blocks come from the heap, which fragments: onnxruntime's
// float32 runs over thousands of intermediates then leave hundreds of MB of freed but resident
// heap behind (zoo:lstm0's calibration run: 0.46 GB). A fixed threshold (MALLOC_MMAP_THRESHOLD_,
// read by glibc only at process start) gives every large block back on free. Commands that load
// models therefore re-run themselves once with it set; the parent only relays signals and the exit.
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { constants } from 'node:os';
import { DEFAULT_MODEL } from '../runtime/defaults.js';

/** Commands that compile and run models (and so run onnxruntime); the others start without the detour. */
const MODEL_COMMANDS = new Set(['run', 'compare', 'sweep', 'scalesim', 'exec']);
const THRESHOLD = String(128 * 1024);
const MARK = 'TPUSIM_MALLOC_TUNED';
const HUGE_PAGES = 'glibc.malloc.hugetlb=1';

/** Whether this process should re-run itself with the malloc setting (Linux, a model command, not yet tuned). */
export function wantsRelaunch(argv: string[]): boolean {
  if (process.platform !== 'linux' || process.env[MARK] || process.env['MALLOC_MMAP_THRESHOLD_']) return false;
  const args = argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) return false;
  const command = args.find((a) => !a.startsWith('-'));
  return command !== undefined && MODEL_COMMANDS.has(command) && !topologyTimingOnly(command, args) && !smallRun(command, args);
}

/** zoo models of 32 M parameters or more (tests/cli/relaunch.test.ts checks the list against the zoo). */
export const LARGE_ZOO_MODELS: ReadonlySet<string> = new Set(['lstm0', 'lstm1', 'cnn1']);
/** ONNX files from this size up (32 M float32 weights) count as large. */
const LARGE_ONNX_BYTES = 128 * 2 ** 20;

/**
 * Whether the command is a `run` of a small model at its own batch: a zoo model below 32 M
 * parameters, or an .onnx file below 128 MiB (the default model is zoo:resnet18). Its float32
 * runs leave little to fragment (zoo:resnet50: 350 MiB peak RSS with the setting, 360 without),
 * while the detour costs a Node start-up (zoo:mlp: 0.45 s in-process, 0.54 s re-run). A --batch
 * (its activations grow with it), or a model this cannot tell, keeps the detour.
 */
function smallRun(command: string, args: string[]): boolean {
  if (command !== 'run' || args.some((a) => /^(--batch(=|$)|-b)/.test(a))) return false;
  const models = args.filter((a) => a.startsWith('zoo:') || /\.(onnx|csv)$/i.test(a));
  if (models.length > 1 || /\.csv$/i.test(models[0] ?? '')) return false; // a topology in full: exact fidelity
  const model = models[0] ?? DEFAULT_MODEL;
  if (model.startsWith('zoo:')) return !LARGE_ZOO_MODELS.has(model.slice(4));
  try {
    return statSync(model).size < LARGE_ONNX_BYTES;
  } catch {
    return true; // no such file: the run reports it
  }
}

/**
 * Whether the command runs a SCALE-Sim topology timing-only (`run x.csv`, `scalesim`, without
 * `--fidelity exact`): such a run never starts onnxruntime, whose float32 runs the setting is for,
 * so the detour would mostly add a Node start-up (Resnet18.csv on scalesim-google, six runs each:
 * peak RSS 238-305 MB without it, 233-283 MB with it). Arguments are read loosely: a .csv among
 * them and no other model.
 */
function topologyTimingOnly(command: string, args: string[]): boolean {
  if (args.some((a, i) => a === '--fidelity=exact' || (a === '--fidelity' && args[i + 1] === 'exact'))) return false;
  if (command === 'scalesim') return true;
  return command === 'run' && args.some((a) => /\.csv$/i.test(a)) && !args.some((a) => a.startsWith('zoo:') || /\.onnx$/i.test(a));
}

/**
 * The child's environment: the fixed mmap threshold, and malloc's large blocks backed by
 * transparent huge pages where the kernel offers them on request (glibc.malloc.hugetlb=1,
 * glibc >= 2.35; older ones ignore it). Every first touch of a 4 KiB page is a page fault, and
 * on the 2-vCPU VMs here one costs about 14 us: zoo:cnn1 took 1.15 M of them, 26-28 s; with
 * 2 MiB pages 0.38 M, 20-21 s (`/usr/bin/time -f "%e s minor=%R"`, same window).
 */
export function relaunchEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const own = env['GLIBC_TUNABLES'];
  // bin/tpusim.js run as a program already appended it
  const tunables = own?.split(':').includes(HUGE_PAGES) ? own : [own, HUGE_PAGES].filter(Boolean).join(':');
  return { ...env, MALLOC_MMAP_THRESHOLD_: THRESHOLD, GLIBC_TUNABLES: tunables, [MARK]: '1' };
}

/** Runs this command again in a child with the malloc setting; resolves with the child's exit code. */
export function relaunch(argv: string[]): Promise<number> {
  const env = relaunchEnv(process.env);
  const child = spawn(process.execPath, [...process.execArgv, ...argv.slice(1)], {
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    env,
  });
  const relay = (signal: NodeJS.Signals) => () => child.kill(signal);
  for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(s, relay(s));
  return new Promise((resolve) => {
    child.on('error', (e) => {
      process.stderr.write(`tpusim: cannot start: ${e.message}\n`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? 128 + (signal ? constants.signals[signal] : 0)));
  });
}

/** In the re-run child: exit when the parent is gone (killed outright), so no run outlives its command. */
export function exitWithParent(): void {
  if (!process.env[MARK] || !process.channel) return;
  process.channel.unref();
  process.on('disconnect', () => process.exit(129));
}
