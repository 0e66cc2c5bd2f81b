// glibc's malloc raises its mmap threshold each time a large block allocated by mmap is freed
// (up to 32 MiB), after which large blocks come from the heap, which fragments: onnxruntime's
// float32 runs over thousands of intermediates then leave hundreds of MB of freed but resident
// heap behind (zoo:lstm0's calibration run: 0.46 GB). A fixed threshold (read by glibc only at
// process start, like every tunable here) gives every large block back on free. And every first
// touch of a 4 KiB page is a page fault, about 14 us on the 2-vCPU VMs here; malloc's large blocks
// on transparent huge pages (GLIBC_TUNABLES=glibc.malloc.hugetlb=1) take one per 2 MiB, and blocks
// freed and allocated again (every float32 intermediate) are best reused rather than given back
// and faulted in afresh. Commands that run models therefore re-run themselves once with what they
// lack; the parent only relays signals and the exit.
import { createRequire } from 'node:module';
import { statSync } from 'node:fs';
import { constants } from 'node:os';
import { DEFAULT_MODEL } from '../runtime/defaults.js';

/** Commands that compile and run models (and so run onnxruntime); the others start without the detour. */
const MODEL_COMMANDS = new Set(['run', 'compare', 'sweep', 'scalesim', 'exec']);
const MARK = 'TPUSIM_MALLOC_TUNED';
const HUGE_PAGES = 'glibc.malloc.hugetlb=1';
/**
 * Keep freed memory for reuse (by default glibc unmaps large blocks on free and trims its heap's
 * top once 128 KiB are free, so the next allocation faults the memory in afresh): blocks below
 * 4 MiB come from the heap, which grows 32 MiB at a time (room for whole 2 MiB pages) and keeps
 * up to 256 MiB freed at its top; larger blocks stay mmapped and are returned on free.
 * zoo:resnet50: 80 k page faults → 35 k, peak RSS 345 → 520 MiB (`perf stat -e page-faults`).
 */
const REUSE = ['glibc.malloc.mmap_threshold=4194304', 'glibc.malloc.top_pad=33554432', 'glibc.malloc.trim_threshold=268435456'];
/**
 * Large models: a fixed threshold of 1 MiB, so onnxruntime's large intermediates go back on free,
 * and a heap that keeps up to 64 MiB freed at its top for the smaller ones. zoo:cnn1 against the
 * old 128 KiB threshold (alternating runs): 265-289 k page faults → 177-179 k, peak RSS 937 →
 * 985-989 MiB; lstm1 151 k → 115 k, 745 → 779 MiB; vgg16_bn 123 k → 115 k, 901 → 910 MiB.
 */
const LARGE_MODEL = ['glibc.malloc.mmap_threshold=1048576', 'glibc.malloc.trim_threshold=67108864'];
/** The tunables `bin/tpusim.js` appends in its first line, and a huge-pages re-run adds (tests compare the two). */
export const LAUNCHER_TUNABLES: readonly string[] = [HUGE_PAGES, ...REUSE];
/** The tunables a large model's re-run adds. */
export const LARGE_MODEL_TUNABLES: readonly string[] = [HUGE_PAGES, ...LARGE_MODEL];

/**
 * What a re-run would add: nothing; huge pages and the reuse settings (a run that touches hundreds
 * of MB, started without them: `node bin/tpusim.js`, whose first line sets them only when run as
 * a program); or huge pages and the large-model settings, a fixed 1 MiB threshold (a run of a
 * large model, whose float32 runs fragment the heap).
 */
export type RelaunchNeed = 'none' | 'huge-pages' | 'threshold';

/** What this process lacks of the malloc settings its command wants (Linux, a model command, not yet re-run). */
export function relaunchNeed(argv: string[], env: NodeJS.ProcessEnv = process.env): RelaunchNeed {
  // a user who tunes malloc through the old variables keeps their setting
  if (process.platform !== 'linux' || env[MARK] || env['MALLOC_MMAP_THRESHOLD_']) return 'none';
  if (!runsModels(argv)) return 'none';
  const args = argv.slice(2);
  const command = args.find((a) => !a.startsWith('-'))!;
  if (!topologyTimingOnly(command, args) && !smallRun(command, args)) return 'threshold';
  if (hasLauncherTunables(env) || tinyRun(command, args)) return 'none';
  return 'huge-pages';
}

/** Whether the command line runs a model command (not its help), read loosely: its first word that is not an option. */
export function runsModels(argv: string[]): boolean {
  const args = argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) return false;
  const command = args.find((a) => !a.startsWith('-'));
  return command !== undefined && MODEL_COMMANDS.has(command);
}

/** Whether this process should re-run itself with malloc settings it lacks. */
export function wantsRelaunch(argv: string[]): boolean {
  return relaunchNeed(argv) !== 'none';
}

function hasLauncherTunables(env: NodeJS.ProcessEnv): boolean {
  const own = (env['GLIBC_TUNABLES'] ?? '').split(':');
  return LAUNCHER_TUNABLES.every((t) => own.includes(t));
}

/** zoo models of 32 M parameters or more (tests/cli/relaunch.test.ts checks the list against the zoo). */
export const LARGE_ZOO_MODELS: ReadonlySet<string> = new Set(['lstm0', 'lstm1', 'cnn1']);
/** ONNX files from this size up (32 M float32 weights) count as large. */
const LARGE_ONNX_BYTES = 128 * 2 ** 20;

/**
 * Whether the command is a `run` of a model too small for the fixed threshold, at its own batch:
 * a zoo model below 32 M parameters, or an .onnx file below 128 MiB (the default model is
 * zoo:resnet18). Its float32 runs leave little to fragment (zoo:resnet50: 350 MiB peak RSS with
 * the threshold, 360 without). A --batch (its activations grow with it), or a model this cannot
 * tell, counts as large.
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

/** zoo models below 1 M parameters (tests/cli/relaunch.test.ts checks the list against the zoo). */
export const TINY_ZOO_MODELS: ReadonlySet<string> = new Set(['mlp', 'lenet', 'lstm', 'transformer']);
/** ONNX files below this size (1 M float32 weights) count as tiny. */
const TINY_ONNX_BYTES = 4 * 2 ** 20;

/**
 * Whether the command is a `run` of a tiny model at its own batch: a zoo model below 1 M
 * parameters or an .onnx file below 4 MiB. It touches too little memory for huge pages to win
 * back the Node start-up a re-run costs.
 */
function tinyRun(command: string, args: string[]): boolean {
  if (command !== 'run' || args.some((a) => /^(--batch(=|$)|-b)/.test(a))) return false;
  const models = args.filter((a) => a.startsWith('zoo:') || /\.(onnx|csv)$/i.test(a));
  const model = models[0] ?? DEFAULT_MODEL;
  if (models.length > 1 || /\.csv$/i.test(model)) return false;
  if (model.startsWith('zoo:')) return TINY_ZOO_MODELS.has(model.slice(4));
  try {
    return statSync(model).size < TINY_ONNX_BYTES;
  } catch {
    return true; // no such file: the run reports it
  }
}

/**
 * Whether the command runs a SCALE-Sim topology timing-only (`run x.csv`, `scalesim`, without
 * `--fidelity exact`): such a run never starts onnxruntime, whose float32 runs the threshold is
 * for (Resnet18.csv on scalesim-google, six runs each: peak RSS 238-305 MB without it, 233-283 MB
 * with it). Arguments are read loosely: a .csv among them and no other model.
 */
function topologyTimingOnly(command: string, args: string[]): boolean {
  if (args.some((a, i) => a === '--fidelity=exact' || (a === '--fidelity' && args[i + 1] === 'exact'))) return false;
  if (command === 'scalesim') return true;
  return command === 'run' && args.some((a) => /\.csv$/i.test(a)) && !args.some((a) => a.startsWith('zoo:') || /\.onnx$/i.test(a));
}

/**
 * The child's environment: malloc's large blocks backed by transparent huge pages where the
 * kernel offers them on request (glibc.malloc.hugetlb=1, glibc >= 2.35; older ones ignore it),
 * and the large-model settings (`threshold`) or the reuse settings (`huge-pages`), after the
 * user's own tunables (glibc's later entries win). Every first touch of a 4 KiB page is a page
 * fault, and on the 2-vCPU VMs here one costs about 14 us: zoo:cnn1 took 1.15 M of them, 26-28 s;
 * with 2 MiB pages 0.38 M, 20-21 s (`/usr/bin/time -f "%e s minor=%R"`, same window).
 */
export function relaunchEnv(env: NodeJS.ProcessEnv, need: RelaunchNeed = 'threshold'): NodeJS.ProcessEnv {
  // the launcher's line may have appended the reuse settings already: a large model drops them
  const ours = new Set([...LAUNCHER_TUNABLES, ...LARGE_MODEL]);
  const own = (env['GLIBC_TUNABLES'] ?? '').split(':').filter((t) => t !== '' && !ours.has(t));
  const tunables = [...own, HUGE_PAGES, ...(need === 'threshold' ? LARGE_MODEL : REUSE)].join(':');
  const { [UNUSED_CA_CERTS]: _unused, ...rest } = env;
  return { ...rest, GLIBC_TUNABLES: tunables, [MARK]: '1' };
}

/**
 * Extra CA certificates, which Node 20 with OpenSSL 3 reads and parses as it starts, whether or not
 * the process ever makes a TLS connection (nodejs/node#40524). tpusim makes none (its queue speaks
 * redis:// only) and starts no program but itself, so a re-run goes without them, as does a run of
 * `bin/tpusim.js` as a program (its first line). `node -e 0` here: 0.10 s with the 144 certificates
 * of /etc/ssl/certs/ca-certificates.crt, as these machines set it, 0.06 s without (median of 15
 * alternating runs each).
 */
export const UNUSED_CA_CERTS = 'NODE_EXTRA_CA_CERTS';

/** Runs this command again in a child with the malloc setting; resolves with the child's exit code. */
export function relaunch(argv: string[]): Promise<number> {
  const env = relaunchEnv(process.env, relaunchNeed(argv));
  // required here, not imported: node:child_process costs every command that does not re-run ~5 ms
  const { spawn } = createRequire(import.meta.url)('node:child_process') as typeof import('node:child_process');
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
