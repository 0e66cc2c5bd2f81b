// `tpusim run [MODEL]`: compile a model, run it on the simulated TPU (with fallback devices for
// what the TPU cannot do), write DIR/report.json and DIR/report.html, print a summary.
import { join } from 'node:path';
import type { Command } from 'commander';
import type { RunModelOptions } from '../../runtime/index.js';
// runtime/defaults.ts has no imports: the CLI loads the runtime only when a command runs.
import { DEFAULT_MODEL } from '../../runtime/defaults.js';
import type { HardwareConfig } from '../../sim/index.js';
import type { PendingScaleSimMemory, Report } from '../../reports/index.js';
import { InputError } from '../errors.js';
import { writeOutput, writeOutputAfterCopy } from '../files.js';
import { withProgress } from './progress.js';
import { type CommandIo, baseRunOptions, loadConfigFor, positiveInt, processIo } from './run-deps.js';

interface RunFlags {
  config: string;
  batch?: string;
  fidelity?: string;
  fallback?: string;
  inputs?: string;
  out: string;
  json?: boolean;
  seed?: string;
  convMapping?: string;
  maxCycles?: string;
  html?: boolean;
  scalesimReports?: boolean;
}

export function registerRunCommand(program: Command): void {
  program
    .command('run')
    .description(
      `compile a model and run it on the simulated TPU (default: ${DEFAULT_MODEL} on tpu-v1); writes report.json and report.html`,
    )
    .argument('[model]', 'an .onnx file, a SCALE-Sim .csv topology, or zoo:NAME (see `tpusim models`)', DEFAULT_MODEL)
    .option('-c, --config <name|file>', 'hardware config: a preset name (see `tpusim configs`) or a JSON file', 'tpu-v1')
    .option('-b, --batch <n>', 'batch size (zoo models and ONNX models with a batch dimension)')
    .option(
      '--fidelity <fast|exact>',
      'simulation fidelity: fast (event timing + SIMD) or exact (every cell, every cycle; small arrays only)',
    )
    .option('--fallback <gpu|cpu>', 'fallback device tried first for what the TPU cannot run', 'gpu')
    .option('--inputs <file>', 'input tensors as JSON { "name": { "shape": [...], "data": [...] } } (default: seeded random inputs)')
    .option('-o, --out <dir>', 'output directory for report.json and report.html', 'tpusim-out')
    .option('--json', 'print the report JSON on stdout (and nothing else)')
    .option('--seed <n>', 'seed for generated weights (zoo) and inputs', '1')
    .option('--conv-mapping <auto|channels|im2col>', 'mapping of convolutions whose input comes from the host', 'auto')
    .option('--max-cycles <n>', 'fail a TPU program that needs more cycles than this')
    .option('--no-html', 'do not write report.html')
    .option(
      '--scalesim-reports',
      "write SCALE-Sim's COMPUTE/BANDWIDTH/DETAILED_ACCESS report files to OUT/<run_name>/ (always on for a .csv topology or a .cfg config)",
    )
    .action(async (model: string, flags: RunFlags) => {
      const io = processIo();
      // reports/ and sim/ load here, not at start, so that `tpusim --help` starts fast
      const [{ renderReportHtmlTail, renderReportSummary, wantsColor, PAGE_HEAD_FILE }, { loadConfig, packageRoot }] = await Promise.all([
        import('../../reports/index.js'),
        import('../../sim/index.js'),
      ]);
      const config = loadConfigFor(loadConfig, flags.config, '--config');
      if (flags.fallback !== 'gpu' && flags.fallback !== 'cpu') throw new InputError(`--fallback ${flags.fallback}: expected gpu or cpu`);
      if (!['auto', 'channels', 'im2col'].includes(flags.convMapping ?? 'auto'))
        throw new InputError(`--conv-mapping ${flags.convMapping}: expected auto, channels or im2col`);
      const opts: RunModelOptions = {
        ...baseRunOptions(flags),
        fallback: flags.fallback,
        inputsFile: flags.inputs,
        seed: flags.seed === undefined ? undefined : positiveInt('--seed', flags.seed, 0),
        convMapping: flags.convMapping as RunModelOptions['convMapping'],
        maxCycles: flags.maxCycles === undefined ? undefined : positiveInt('--max-cycles', flags.maxCycles),
      };
      if (flags.scalesimReports && !/\.csv$/i.test(model)) throw new InputError(`--scalesim-reports: ${NOT_A_TOPOLOGY}`);
      const bookkeeping = await startScaleSimBookkeeping(model, flags, config as HardwareConfig);
      const { runModelDetailed } = await import('../../runtime/index.js');
      const result = await withProgress(io, 'run', (onProgress) => runModelDetailed(model, config, { ...opts, onProgress }));
      const report = result.report;
      for (const n of report.notes) if (n.startsWith('warning:')) io.stderr.write(`tpusim: ${n}\n`);
      const json = JSON.stringify(report, null, 2) + '\n';
      writeOutput(join(flags.out, 'report.json'), json);
      if (flags.html !== false) {
        const head = join(packageRoot(), 'build', PAGE_HEAD_FILE); // prebuilt by `npm run build`: plotly, inlined
        writeOutputAfterCopy(join(flags.out, 'report.html'), head, renderReportHtmlTail(report));
      }
      const scaleSimDir = await writeScaleSimFilesOfRun(model, flags, config as HardwareConfig, report, io, bookkeeping);
      if (flags.json) io.stdout.write(json);
      else {
        io.stdout.write(renderReportSummary(report, { color: wantsColor(io.stdout) }));
        io.stdout.write(
          `\nwrote ${join(flags.out, 'report.json')}${flags.html !== false ? ` and ${join(flags.out, 'report.html')}` : ''}\n`,
        );
        if (scaleSimDir) io.stdout.write(`wrote SCALE-Sim's report files to ${scaleSimDir}/\n`);
      }
    });
}

const NOT_A_TOPOLOGY = "SCALE-Sim's report files describe the layers of a SCALE-Sim topology (.csv); other models have none";

/**
 * For a .csv topology, starts the memory bookkeeping of SCALE-Sim's report files on a worker thread,
 * so that it overlaps the run (reports/scalesim-thread.ts); undefined when there is none to start.
 */
async function startScaleSimBookkeeping(
  model: string,
  flags: RunFlags,
  config: HardwareConfig,
): Promise<PendingScaleSimMemory | undefined> {
  if (!/\.csv$/i.test(model)) return undefined;
  try {
    const [{ loadScaleSimCfg }, { scaleSimArraySpec }, { startScaleSimMemory }, { loadTopologyFile }] = await Promise.all([
      import('../../sim/index.js'),
      import('./scalesim.js'),
      import('../../reports/index.js'),
      import('../../graph/index.js'),
    ]);
    const cfg = /\.cfg$/i.test(flags.config) ? loadScaleSimCfg(flags.config) : undefined;
    return startScaleSimMemory(loadTopologyFile(model).layers, scaleSimArraySpec(config, cfg));
  } catch {
    return undefined; // the run reports what is wrong with the topology or the config, in its own order
  }
}

/**
 * SCALE-Sim's report files for a SCALE-Sim-shaped run (a .csv topology, a .cfg config, or
 * --scalesim-reports), in OUT/<run_name>/; returns that folder, or undefined when not written.
 * `bookkeeping`: the layers' memory bookkeeping started before the run, if it was.
 */
async function writeScaleSimFilesOfRun(
  model: string,
  flags: RunFlags,
  config: HardwareConfig,
  report: Report,
  io: CommandIo,
  bookkeeping?: PendingScaleSimMemory,
): Promise<string | undefined> {
  const isTopology = /\.csv$/i.test(model),
    isCfg = /\.cfg$/i.test(flags.config);
  if (!isTopology && !isCfg && !flags.scalesimReports) return undefined;
  if (!isTopology) {
    io.stderr.write(`tpusim: note: ${NOT_A_TOPOLOGY}, so none are written\n`);
    return undefined;
  }
  const [{ loadScaleSimCfg }, { scaleSimArraySpec, scaleSimLayerReports, writeScaleSimReports }] = await Promise.all([
    import('../../sim/index.js'),
    import('./scalesim.js'),
  ]);
  const cfg = isCfg ? loadScaleSimCfg(flags.config) : undefined;
  const { loadTopologyFile } = await import('../../graph/index.js');
  const memories = await bookkeeping?.();
  const layers = scaleSimLayerReports(report, loadTopologyFile(model).layers, scaleSimArraySpec(config, cfg), 'compensated', memories);
  const dir = join(flags.out, cfg?.cfg.runName ?? config.name);
  writeScaleSimReports(dir, layers, io);
  return dir;
}
