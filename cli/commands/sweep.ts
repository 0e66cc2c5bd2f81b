// `tpusim sweep MODEL --base CONFIG --set key=v1,v2 ... [--jobs N]`: the cartesian product of the
// values, each point on a piscina worker, written as sweep.json, sweep.csv and sweep.html.
import { join } from 'node:path';
import type { Command } from 'commander';
import type { SweepOutcome, SweepParameter, SweepPoint } from '../../reports/index.js';
import { InputError, RunError } from '../errors.js';
import { writeOutput } from '../files.js';
import { createProgress } from './progress.js';
import {
  type CommandIo,
  type HardwareConfigJson,
  type LoadConfig,
  baseRunOptions,
  checkModelArgument,
  loadConfigFor,
  positiveInt,
  processIo,
} from './run-deps.js';
import type { SweepJob } from './sweep-pool.js';

/** What `sweep` needs from the rest of tpusim. */
export interface SweepDeps {
  loadConfig: LoadConfig;
  /** A validated copy of a config with dotted-path fields replaced (sim's `withOverrides`). */
  withOverrides: (config: HardwareConfigJson, overrides: Record<string, unknown>) => HardwareConfigJson;
  /** File URL or path of the module whose `runModel` the workers call (the runtime's index). */
  runModule: string | URL;
  io?: CommandIo;
}

interface SweepOptions {
  base: string;
  set: string[];
  jobs?: string;
  force?: boolean;
  timeout?: string;
  batch?: string;
  fidelity?: string;
  out: string;
  json?: boolean;
  queue?: string;
  cache?: string;
  fresh?: boolean;
}

/** Registers `tpusim sweep`. */
export function registerSweepCommand(program: Command, deps: SweepDeps): Command {
  return program
    .command('sweep')
    .description('run a model over the cartesian product of hardware parameter values, in parallel')
    .argument('<model>', 'an .onnx file, a SCALE-Sim .csv topology, or zoo:NAME')
    .option('--base <config>', 'preset name or config file the points start from', 'tpu-v1')
    .option(
      '--set <key=values>',
      'a config field and its comma-separated values, e.g. matrix.rows=64,128,256 (repeatable)',
      (v: string, prev: string[]) => [...prev, v],
      [] as string[],
    )
    .option('--jobs <n>', 'worker threads (default: the number of cores)')
    .option('--force', 'run sweeps larger than the limit of points')
    .option('--timeout <seconds>', 'fail a point that runs longer than this')
    .option('--batch <n>', 'batch size')
    .option('--fidelity <mode>', 'fast or exact')
    .option('--out <dir>', 'directory for sweep.json, sweep.csv and sweep.html', 'tpusim-out')
    .option('--json', 'print sweep.json on stdout')
    .option('--queue <url>', 'run the points on `tpusim worker`s through Redis: redis://HOST:PORT[/DB]')
    .option('--cache <dir>', 'reuse (and keep) the results of points already computed, in this directory')
    .option('--fresh', 'recompute every point, ignoring (and overwriting) cached results')
    .action(async (model: string, opts: SweepOptions) => {
      const io = deps.io ?? processIo();
      // reports/, the worker pool (piscina) and the queue (bullmq) load when the command runs, not at start
      const [
        {
          SweepSpecError,
          buildSweepResult,
          checkSweepKeys,
          expandSweep,
          parseSetOption,
          renderSweepHtml,
          renderSweepSummary,
          sweepCsv,
          wantsColor,
        },
        { defaultJobs },
        { runSweepPoints },
      ] = await Promise.all([import('../../reports/index.js'), import('./sweep-pool.js'), import('./sweep-queue.js')]);
      checkModelArgument(model);
      if (opts.set.length === 0) throw new InputError('sweep: give at least one --set key=v1,v2,... (e.g. --set matrix.rows=64,128,256)');
      const jobs = opts.jobs !== undefined ? positiveInt('--jobs', opts.jobs) : defaultJobs();
      const timeoutMs = opts.timeout !== undefined ? positiveSeconds('--timeout', opts.timeout) * 1000 : undefined;
      const runOptions = baseRunOptions(opts);
      const base = loadConfigFor(deps.loadConfig, opts.base, '--base');
      let parameters: SweepParameter[];
      let points: SweepPoint[];
      try {
        parameters = opts.set.map(parseSetOption);
        checkSweepKeys(parameters, base);
        points = expandSweep(parameters, { force: opts.force ?? false });
      } catch (e) {
        if (e instanceof SweepSpecError) throw new InputError(e.message);
        throw e;
      }

      // a point whose config does not validate fails on its own; the rest still run
      const outcomes = new Map<number, SweepOutcome>();
      const runnable: SweepJob[] = [];
      for (const p of points) {
        try {
          runnable.push({ index: p.index, model, config: deps.withOverrides(base, p.values), options: runOptions });
        } catch (e) {
          outcomes.set(p.index, { status: 'failed', error: (e as Error).message ?? String(e), wallMs: null });
        }
      }

      const progress = createProgress(io, 'sweep', points.length);
      for (const index of outcomes.keys()) progress.tick(`point ${index} failed: invalid config`);
      const started = Date.now();
      let badInput: string | undefined;
      try {
        const runs = await runSweepPoints(runnable, {
          model,
          queue: opts.queue,
          cacheDir: opts.cache,
          fresh: opts.fresh ?? false,
          io,
          jobs,
          runModule: deps.runModule,
          ...(timeoutMs !== undefined ? { timeoutMs } : {}),
          onSettled: (index, run) => progress.tick(`point ${index} ${run.outcome.status}`),
        });
        for (const [index, run] of runs) {
          outcomes.set(index, run.outcome);
          if (run.badInput && run.outcome.status === 'failed') badInput ??= run.outcome.error;
        }
      } finally {
        progress.stop();
      }

      const result = buildSweepResult({
        model,
        baseConfig: String(base['name'] ?? opts.base),
        parameters,
        points,
        outcomes,
        jobs,
        wallMs: Date.now() - started,
      });
      const jsonPath = join(opts.out, 'sweep.json');
      const csvPath = join(opts.out, 'sweep.csv');
      const htmlPath = join(opts.out, 'sweep.html');
      const json = JSON.stringify(result, null, 2) + '\n';
      writeOutput(jsonPath, json);
      writeOutput(csvPath, sweepCsv(result));
      writeOutput(htmlPath, renderSweepHtml(result));
      if (opts.json) io.stdout.write(json);
      else {
        io.stdout.write(renderSweepSummary(result, { color: wantsColor(io.stdout) }));
        io.stdout.write(`wrote ${jsonPath}, ${csvPath} and ${htmlPath}\n`);
      }
      const failed = result.points.filter((p) => p.status === 'failed').length;
      const failures = `${failed} of ${result.points.length} sweep points failed (see ${htmlPath})`;
      // a bad model (or inputs) is bad input, exit 2 as in `tpusim run`; its first line names the problem
      if (badInput !== undefined) throw new InputError(`${failures}: ${badInput.split('\n')[0]}`);
      if (failed > 0) throw new RunError(failures);
    });
}

function positiveSeconds(option: string, text: string): number {
  const n = Number(text);
  if (!(n > 0) || !Number.isFinite(n)) throw new InputError(`${option} ${text}: expected a positive number of seconds`);
  return n;
}
