// `tpusim compare MODEL --configs A,B,C [--devices tpu,cpu,gpu]`: one model on several configs (and,
// whole, on the modelled CPU/GPU), written as compare.json and compare.html.
import { join } from 'node:path';
import type { Command } from 'commander';
import type { Report } from '../../reports/index.js';
import { InputError, RunError } from '../errors.js';
import { writeOutput } from '../files.js';
import { createProgress } from './progress.js';
import {
  type CommandIo,
  type HardwareConfigJson,
  type LoadConfig,
  type RunModel,
  type RunModelOptions,
  baseRunOptions,
  checkModelArgument,
  listOption,
  loadConfigFor,
  processIo,
} from './run-deps.js';

/** What `compare` needs from the rest of tpusim. */
export interface CompareDeps {
  runModel: RunModel;
  loadConfig: LoadConfig;
  io?: CommandIo;
}

interface CompareOptions {
  configs: string;
  devices: string;
  batch?: string;
  fidelity?: string;
  out: string;
  json?: boolean;
}

const DEVICES = ['tpu', 'cpu', 'gpu'] as const;
type DeviceName = (typeof DEVICES)[number];

/** One run of a comparison: a config on the TPU, or the whole model on a fallback device. */
interface PlannedRun {
  label: string;
  config: HardwareConfigJson;
  device: DeviceName;
}

/** Parses `--devices`: tpu, cpu, gpu, each at most once, in the order entries should appear. */
export function parseDevices(text: string): DeviceName[] {
  const items = listOption('--devices', text);
  for (const d of items) {
    if (!(DEVICES as readonly string[]).includes(d))
      throw new InputError(`--devices ${text}: unknown device '${d}' (expected tpu, cpu or gpu)`);
  }
  const dup = items.find((d, i) => items.indexOf(d) !== i);
  if (dup) throw new InputError(`--devices ${text}: '${dup}' is listed twice`);
  return items as DeviceName[];
}

/** Registers `tpusim compare`. */
export function registerCompareCommand(program: Command, deps: CompareDeps): Command {
  return program
    .command('compare')
    .description('run a model on several hardware configs (and whole on the modelled CPU/GPU) and compare them')
    .argument('<model>', 'an .onnx file, a SCALE-Sim .csv topology, or zoo:NAME')
    .option('--configs <list>', 'comma-separated preset names or config files; speedups are relative to the first entry', 'tpu-v1')
    .option('--devices <list>', 'tpu, cpu, gpu in the order to show them: cpu and gpu run the whole model on that modelled device', 'tpu')
    .option('--batch <n>', 'batch size')
    .option('--fidelity <mode>', 'fast or exact')
    .option('--out <dir>', 'directory for compare.json and compare.html', 'tpusim-out')
    .option('--json', 'print compare.json on stdout')
    .action(async (model: string, opts: CompareOptions) => {
      const io = deps.io ?? processIo();
      // reports/ loads when the command runs, not at start (`tpusim --help` starts fast)
      const { ReportDataError, buildComparison, renderCompareHtml, renderComparisonSummary, wantsColor } =
        await import('../../reports/index.js');
      checkModelArgument(model);
      const configNames = listOption('--configs', opts.configs);
      const devices = parseDevices(opts.devices);
      const base = baseRunOptions(opts);
      const configs = configNames.map((name) => loadConfigFor(deps.loadConfig, name, '--configs'));
      // whole-model device runs use the first config's clock for their cycle counts
      const plan = devices.flatMap((d): PlannedRun[] =>
        d === 'tpu'
          ? configs.map((config, i) => ({ label: configNames[i]!, config, device: d }))
          : [{ label: d, config: configs[0]!, device: d }],
      );

      const progress = createProgress(io, 'compare', plan.length);
      const reports: Report[] = [];
      try {
        for (const run of plan) {
          reports.push(await runOne(deps.runModel, model, run, base));
          progress.tick(`${run.label} done`);
        }
      } finally {
        progress.stop();
      }

      let comparison;
      try {
        comparison = buildComparison(reports);
      } catch (e) {
        if (e instanceof ReportDataError) throw new RunError(`compare: ${e.message}`);
        throw e;
      }
      const jsonPath = join(opts.out, 'compare.json');
      const htmlPath = join(opts.out, 'compare.html');
      const json = JSON.stringify(comparison, null, 2) + '\n';
      writeOutput(jsonPath, json);
      writeOutput(htmlPath, renderCompareHtml(comparison));
      if (opts.json) io.stdout.write(json);
      else {
        io.stdout.write(renderComparisonSummary(comparison, { color: wantsColor(io.stdout) }));
        io.stdout.write(`wrote ${jsonPath} and ${htmlPath}\n`);
      }
    });
}

async function runOne(runModel: RunModel, model: string, run: PlannedRun, base: RunModelOptions): Promise<Report> {
  const what = run.device === 'tpu' ? `${model} on config ${run.label}` : `${model} run whole on ${run.device}`;
  let raw: unknown;
  try {
    raw = await runModel(model, run.config, run.device === 'tpu' ? base : { ...base, device: run.device });
  } catch (e) {
    if (e instanceof InputError || e instanceof RunError) throw e;
    // name the run, but keep the exit code: a bad model is bad input (2) here as in `tpusim run`
    const message = `${what}: ${(e as Error).message ?? String(e)}`;
    const { exitCodeFor } = await import('../exit-codes.js');
    throw exitCodeFor(e) === 2 ? new InputError(message) : new RunError(message);
  }
  const { parseReport } = await import('../../reports/index.js');
  let report: Report;
  try {
    report = parseReport(raw);
  } catch (e) {
    throw new RunError(`${what}: the run returned ${(e as Error).message}`);
  }
  if ((report.target ?? 'tpu') !== run.device) {
    throw new RunError(`${what}: the run returned a report targeting ${report.target ?? 'tpu'}, not ${run.device}`);
  }
  return report;
}
