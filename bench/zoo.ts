// Seconds per network (part of `npm run bench`, section (j); `npm run bench -- --only zoo` runs it
// alone): what a user waits for. Each zoo model runs at its default batch on tpu-v1 as the whole
// `tpusim run` command, in a child process of its own, one after another: the wall time is
// measured here, the phases and the peak RSS come from the child's report.json `host` section
// (reports/SCHEMA.md). Targets (issue 10): at most 15 s and 1 GiB per model; `tpusim --help` in
// 0.15 s, `tpusim run zoo:mlp` in 0.5 s, and SCALE-Sim's ResNet-18 topology as a whole `tpusim run`
// in 0.77 s on scalesim-google and 3.2 s on scalesim-ws32 (100x SCALE-Sim v2's 77 s and 325 s). The children run the built CLI (bin/ → dist/):
// `npm run build` first. BENCH_ZOO=mlp,lenet runs only those models; BENCH_ONNX=a.onnx,b.onnx adds
// rows for exported models.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { UNUSED_CA_CERTS } from '../cli/relaunch.js';
import { listModels } from '../graph/index.js';
import type { Report } from '../reports/index.js';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'tpusim.js');
const WALL_TARGET_S = 15;
const RSS_TARGET_BYTES = 2 ** 30;
const MiB = 2 ** 20;
/** A child that runs longer than this is stopped (its row says so); cnn1 takes minutes. */
const TIMEOUT_MS = Number(process.env['BENCH_ZOO_TIMEOUT_S'] ?? 1800) * 1e3;

/** One `node bin/tpusim.js ...` run: wall seconds, and its one-line error when it failed. */
interface Timed {
  seconds: number;
  error?: string;
}

/**
 * Runs the CLI with `args` in a child process and times it from spawn to exit: `node bin/tpusim.js`,
 * or as a program (`asProgram`: bin/tpusim.js itself, started by its first line as `tpusim` is).
 */
function timeCli(args: string[], asProgram = false): Timed {
  const t0 = performance.now();
  const [command, argv] = asProgram ? [BIN, args] : [process.execPath, [BIN, ...args]];
  const r = spawnSync(command, argv, { cwd: ROOT, encoding: 'utf8', timeout: TIMEOUT_MS, maxBuffer: 64 * MiB });
  const seconds = (performance.now() - t0) / 1e3;
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') return { seconds, error: `stopped after ${TIMEOUT_MS / 1e3} s` };
  if (r.status === 0) return { seconds };
  return { seconds, error: errorLine(r.stderr ?? '', r.status, r.signal) };
}

/** The one line that says why a child failed: tpusim's own message, else Node's fatal error, else how it ended. */
function errorLine(stderr: string, status: number | null, signal: NodeJS.Signals | null): string {
  const lines = stderr.split('\n').map((l) => l.trim());
  const own = lines.filter((l) => l.startsWith('tpusim: ') && !/^tpusim: (warning|note):/.test(l)).at(-1);
  const fatal = lines.find((l) => /FATAL ERROR|out of memory/i.test(l));
  const line = own ?? fatal ?? (signal ? `killed by ${signal}` : (lines.filter(Boolean).at(-1) ?? `exit code ${status}`));
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}

/** Best wall seconds of `n` runs of the CLI (the first failure's error instead, when one fails). */
function bestOf(n: number, args: string[], asProgram = false): Timed {
  let best = Infinity;
  for (let i = 0; i < n; i++) {
    const t = timeCli(args, asProgram);
    if (t.error) return t;
    best = Math.min(best, t.seconds);
  }
  return { seconds: best };
}

/** A row of the table: a model's run, or its one-line error. */
interface Row {
  model: string;
  batch: number;
  run: Timed;
  host?: Report['host'];
}

/** Runs `tpusim run SPEC --config tpu-v1 --no-html` in a fresh output directory and reads its host section. */
function runModelRow(spec: string, name: string, batch: number): Row {
  const out = mkdtempSync(join(tmpdir(), 'tpusim-bench-zoo-'));
  try {
    const run = timeCli(['run', spec, '--config', 'tpu-v1', '--no-html', '-o', out]);
    if (run.error) return { model: name, batch, run };
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as Report;
    return { model: name, batch: report.model.batch, run, host: report.host };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const s = (ms: number | undefined) => (ms === undefined ? '?' : (ms / 1e3).toFixed(2));

const COLUMNS = [
  ['model', 14],
  ['batch', 5],
  ['wall s', 7],
  ['RSS MiB', 7],
  ['build', 6],
  ['calib', 6],
  ['compile', 7],
  ['sim', 6],
  ['run rest', 8],
  ['ref', 5],
  ['other', 6],
] as const;

/** One table line: the model name left-aligned, numbers right-aligned, then the verdict. */
function line(cells: string[], last: string): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(COLUMNS[i]![1]) : c.padStart(COLUMNS[i]![1]))).join('  ') + '  ' + last;
}

/**
 * A model's row. The phases split the wall time (reports/SCHEMA.md, `host`): compile excludes
 * calibration, "run rest" is Session.run beyond the simulation (fallback layers, packing values),
 * "other" what the report does not time (Node's start-up, loading modules, building and writing
 * the report, exiting).
 */
function formatRow(r: Row): string {
  const head = [r.model, String(r.batch), r.run.seconds.toFixed(2)];
  const h = r.host;
  if (r.run.error || !h) return line([...head, ...COLUMNS.slice(3).map(() => '-')], `FAILED: ${r.run.error}`);
  const rss = h.peakRssBytes;
  const timed = (h.buildMs ?? 0) + h.compileMs + h.totalMs + (h.referenceMs ?? 0);
  const cells = [
    ...head,
    rss === undefined ? '?' : (rss / MiB).toFixed(0),
    s(h.buildMs),
    s(h.calibrationMs),
    s(h.compileMs - (h.calibrationMs ?? 0)),
    s(h.simulateMs),
    s(h.totalMs - h.simulateMs),
    s(h.referenceMs),
    s(r.run.seconds * 1e3 - timed),
  ];
  const misses = [...(r.run.seconds > WALL_TARGET_S ? ['wall'] : []), ...(rss === undefined || rss > RSS_TARGET_BYTES ? ['RSS'] : [])];
  return line(cells, misses.length === 0 ? 'meets' : `misses: ${misses.join(', ')}`);
}

/** SCALE-Sim's ResNet-18 topology, and the whole-process target of each preset (100x SCALE-Sim v2). */
const TOPOLOGY_RUNS = [
  { config: 'scalesim-google', target: 0.77 },
  { config: 'scalesim-ws32', target: 3.2 },
];

/** Whole `tpusim run` of a topology (HTML written), as a program and as `node bin/tpusim.js`. */
function benchTopologyRuns(): void {
  const csv = join(ROOT, 'tests', 'fixtures', 'scalesim', 'topologies', 'v2', 'conv_nets', 'Resnet18.csv');
  const out = mkdtempSync(join(tmpdir(), 'tpusim-bench-topology-'));
  for (const { config, target } of TOPOLOGY_RUNS) {
    const args = ['run', csv, '--config', config, '-o', out];
    const shown = (t: Timed) => t.error ?? `${t.seconds.toFixed(3)} s`;
    const program = bestOf(3, args, true);
    const node = bestOf(3, args);
    console.log(
      `    tpusim run Resnet18.csv --config ${config} -o DIR: as a program (bin/tpusim.js) ${shown(program)}, ` +
        `node bin/tpusim.js ${shown(node)} (best of 3 each, HTML written; target ${target} s)`,
    );
  }
  rmSync(out, { recursive: true, force: true });
}

/** Best wall seconds of 3 runs of `node -e 0` in `env`: Node's own start-up, which every command pays. */
function nodeAlone(env: NodeJS.ProcessEnv): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    spawnSync(process.execPath, ['-e', '0'], { env });
    best = Math.min(best, (performance.now() - t0) / 1e3);
  }
  return best;
}

/**
 * Node's start-up alone, beside the start-up targets: with NODE_EXTRA_CA_CERTS set (as on these
 * machines), Node 20 parses those certificates before it runs anything (UNUSED_CA_CERTS in
 * cli/relaunch.ts), which `node bin/tpusim.js` cannot avoid; its re-runs, and runs as a program, go without.
 */
function nodeStartUp(): string {
  const certs = process.env[UNUSED_CA_CERTS];
  const { [UNUSED_CA_CERTS]: _certs, ...without } = process.env;
  const alone = `${nodeAlone(process.env).toFixed(3)} s`;
  if (!certs) return `Node alone (node -e 0): ${alone}, best of 3`;
  return `Node alone (node -e 0): ${alone} with ${UNUSED_CA_CERTS}=${certs} as set here, ${nodeAlone(without).toFixed(3)} s without; best of 3`;
}

/** Prints start-up and small-run times, then one row per zoo model. */
export function benchZoo(): void {
  const help = bestOf(3, ['--help']);
  console.log(`(j) node bin/tpusim.js --help: ${help.error ?? `${help.seconds.toFixed(3)} s`} (best of 3; target 0.15 s)`);
  console.log(`    ${nodeStartUp()}`);
  const out = mkdtempSync(join(tmpdir(), 'tpusim-bench-zoo-'));
  const mlp = bestOf(3, ['run', 'zoo:mlp', '-o', out]);
  rmSync(out, { recursive: true, force: true });
  console.log(
    `    node bin/tpusim.js run zoo:mlp -o DIR: ${mlp.error ?? `${mlp.seconds.toFixed(3)} s`} (best of 3, HTML written; target 0.5 s)`,
  );

  benchTopologyRuns();

  const only = process.env['BENCH_ZOO']?.split(',');
  const models = listModels().filter((m) => !only || only.includes(m.name));
  console.log(
    `    each zoo model at its default batch: node bin/tpusim.js run zoo:NAME --config tpu-v1 --no-html -o DIR, ` +
      `one at a time; seconds; targets <= ${WALL_TARGET_S} s wall, <= 1 GiB peak RSS`,
  );
  console.log(
    `    ${line(
      COLUMNS.map(([c]) => c),
      'targets',
    )}`,
  );
  for (const [i, m] of models.entries()) {
    process.stderr.write(`[zoo ${i + 1}/${models.length}] ${m.name} (batch ${m.defaultBatch}) ... `);
    const row = runModelRow(`zoo:${m.name}`, m.name, m.defaultBatch);
    process.stderr.write(`${row.run.error ? 'failed' : 'done'} in ${row.run.seconds.toFixed(1)} s\n`);
    console.log(`    ${formatRow(row)}`);
  }
  // BENCH_ONNX=a.onnx,b.onnx: exported models under the same targets (the issue's vgg16_bn:
  // `/usr/bin/python3 scripts/garden-export.py --out DIR vgg16_bn`)
  for (const file of process.env['BENCH_ONNX']?.split(',').filter(Boolean) ?? []) {
    const row = runModelRow(file, basename(file), 1);
    console.log(`    ${formatRow(row)}`);
  }
  console.log(
    '    build: building the model; calib: float32 calibration (its outputs are the numerics reference, so ref is ~0); ' +
      'compile: the rest of compiling; sim: simulating the TPU programs; run rest: the rest of Session.run (fallback layers, ' +
      'packing values); other: start-up, loading modules, building and writing the report (wall minus the timed phases)',
  );
}
