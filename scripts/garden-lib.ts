// The model garden's parts (scripts/garden.ts is the command): export torchvision models with
// scripts/garden-export.py, run each through the built `tpusim` CLI on a preset, classify the
// outcome from the exit code and stderr, and summarise report.json into one table row.
// It drives the CLI as a user would, in a child process, so an internal error or a stack trace is
// seen exactly as a user would see it.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXPORTER = join(ROOT, 'scripts', 'garden-export.py');
const CLI = join(ROOT, 'bin', 'tpusim.js');
export const PYTHON = '/usr/bin/python3';

/** What garden-export.py wrote for one model (MODEL.json). */
export interface ExportRecord {
  model: string;
  status: 'exported' | 'skipped';
  reason?: string;
  parameters: number;
  onnxBytes?: number;
  seconds: number;
}

/** How a run ended: ran; refused with a one-line error (exit 1/2); or a failure of tpusim itself. */
export type Outcome = 'ran' | 'refused' | 'internal-error' | 'stack-trace' | 'crashed' | 'timeout';

/** One model on one preset. */
export interface RunRecord {
  model: string;
  preset: string;
  outcome: Outcome;
  /** the error line for anything but `ran`. */
  message?: string;
  /** wall-clock seconds of the `tpusim run` process. */
  wallSeconds: number;
  nodes?: { tpu: number; total: number };
  macs?: { tpu: number; total: number };
  /** lowest cosine similarity of the int8 outputs against float32. */
  cosine?: number | null;
  /** modelled seconds of one inference. */
  modelledSeconds?: number;
  /** report notes starting `warning:` (degenerate output). */
  warnings?: string[];
}

/** The torchvision classification models the exporter knows. */
export function listModels(): string[] {
  return execFileSync(PYTHON, [EXPORTER, '--list'], { encoding: 'utf8' }).trim().split('\n');
}

/** Exports the models not yet in `dir` (progress lines go to our stderr) and returns every record. */
export function exportModels(models: readonly string[], dir: string, timeoutSeconds = 3600): Map<string, ExportRecord> {
  mkdirSync(dir, { recursive: true });
  const missing = models.filter((m) => !existsSync(join(dir, `${m}.json`)));
  if (missing.length > 0) {
    execFileSync(PYTHON, [EXPORTER, '--out', dir, ...missing], {
      stdio: ['ignore', 'inherit', 'inherit'],
      timeout: timeoutSeconds * 1000,
    });
  }
  return new Map(models.map((m) => [m, JSON.parse(readFileSync(join(dir, `${m}.json`), 'utf8')) as ExportRecord]));
}

/** The first line of stderr that says what went wrong (tpusim prints `tpusim: ...`). */
function errorLine(stderr: string): string {
  const lines = stderr.split('\n').filter((l) => l.trim() !== '');
  return (lines.find((l) => l.startsWith('tpusim:')) ?? lines[0] ?? '(no message)').trim();
}

/** Matches a V8 stack frame ("    at f (file.js:1:2)"). */
const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

/** Classifies a finished CLI process. */
export function classify(status: number | null, signal: string | null, stderr: string, timedOut: boolean): Outcome {
  if (timedOut) return 'timeout';
  // the CLI's unexpected-error line, or a compiler message owning up to an internal inconsistency
  if (/^tpusim: internal\b/m.test(stderr)) return 'internal-error';
  if (STACK_FRAME.test(stderr)) return 'stack-trace';
  if (signal !== null || status === null || (status !== 0 && status !== 1 && status !== 2)) return 'crashed';
  return status === 0 ? 'ran' : 'refused';
}

interface ReportLike {
  totals: { macs: number; seconds: number };
  layers: { device: string; macs: number }[];
  placement: { device: string }[];
  numerics: { outputs: { cosineSimilarity: number | null }[] } | null;
  notes: string[];
}

/** The table's figures from a report.json. */
export function summarise(report: ReportLike): Pick<RunRecord, 'nodes' | 'macs' | 'cosine' | 'modelledSeconds' | 'warnings'> {
  const tpuMacs = report.layers.filter((l) => l.device === 'tpu').reduce((s, l) => s + l.macs, 0);
  const cosines = (report.numerics?.outputs ?? []).map((o) => o.cosineSimilarity).filter((c): c is number => c !== null);
  return {
    nodes: { tpu: report.placement.filter((p) => p.device === 'tpu').length, total: report.placement.length },
    macs: { tpu: tpuMacs, total: report.totals.macs },
    cosine: cosines.length > 0 ? Math.min(...cosines) : null,
    modelledSeconds: report.totals.seconds,
    warnings: report.notes.filter((n) => n.startsWith('warning:')),
  };
}

/**
 * Runs `tpusim run ONNX --config PRESET` in a child process (its stderr saved to OUT/run.log) and
 * returns the outcome with the report's figures. `timeoutSeconds` bounds the run.
 */
export function runModel(model: string, onnx: string, preset: string, out: string, timeoutSeconds: number): RunRecord {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const t0 = performance.now();
  const p = spawnSync(process.execPath, [CLI, 'run', onnx, '--config', preset, '-o', out, '--no-html'], {
    encoding: 'utf8',
    timeout: timeoutSeconds * 1000,
    killSignal: 'SIGKILL',
    maxBuffer: 256 << 20,
  });
  const wallSeconds = (performance.now() - t0) / 1000;
  const stderr = p.stderr ?? '';
  writeFileSync(join(out, 'run.log'), stderr);
  const timedOut = (p.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
  const outcome = classify(p.status, p.signal, stderr, timedOut);
  const record: RunRecord = { model, preset, outcome, wallSeconds };
  if (outcome === 'timeout') record.message = `no result within ${timeoutSeconds} s`;
  else if (outcome === 'crashed') record.message = `${p.signal ?? `exit ${p.status}`}: ${errorLine(stderr)}`;
  else if (outcome !== 'ran') record.message = errorLine(stderr);
  else Object.assign(record, summarise(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as ReportLike));
  return record;
}

const pct = (a: number, b: number) => (b === 0 ? '–' : `${((100 * a) / b).toFixed(b === a ? 0 : 1)} %`);

/** One table cell group for a run: nodes on TPU, MACs on TPU, cosine, wall time (or the outcome). */
function cells(r: RunRecord | undefined): string[] {
  if (!r) return ['–', '–', '–', '–'];
  if (r.outcome !== 'ran') return [`${r.outcome}: ${r.message ?? ''}`.replaceAll('|', '\\|'), '', '', `${r.wallSeconds.toFixed(0)} s`];
  const cos = r.cosine === null || r.cosine === undefined ? '–' : r.cosine.toFixed(4);
  return [
    `${r.nodes!.tpu}/${r.nodes!.total}`,
    pct(r.macs!.tpu, r.macs!.total),
    (r.warnings?.length ?? 0) > 0 ? `${cos} ⚠` : cos,
    `${r.wallSeconds.toFixed(0)} s`,
  ];
}

/** The garden table in Markdown: one row per model, a group of columns per preset; skipped exports listed after it. */
export function gardenTable(
  models: readonly string[],
  presets: readonly string[],
  exports: Map<string, ExportRecord>,
  runs: readonly RunRecord[],
): string {
  const head = ['model', 'params (M)', ...presets.flatMap((p) => [`${p} nodes on TPU`, 'MACs on TPU', 'cosine', 'wall'])];
  const rows = [head, head.map(() => '---')];
  const skipped: string[] = [];
  for (const m of models) {
    const e = exports.get(m);
    if (e?.status === 'skipped') {
      skipped.push(`- ${m}: ${e.reason}`);
      continue;
    }
    const params = e ? (e.parameters / 1e6).toFixed(1) : '–';
    rows.push([m, params, ...presets.flatMap((p) => cells(runs.find((r) => r.model === m && r.preset === p)))]);
  }
  const table = rows.map((r) => `| ${r.join(' | ')} |`).join('\n');
  return skipped.length > 0 ? `${table}\n\nNot exported (torch cannot export them):\n\n${skipped.join('\n')}\n` : `${table}\n`;
}
