// `tpusim scalesim -c CFG -t TOPOLOGY [-p OUTDIR] [-i conv|gemm]`: SCALE-Sim v2's scale.py command
// line on tpusim. It prints scale.py's banner and per-layer lines and writes SCALE-Sim's three
// report files (plus tpusim's report.json) to OUTDIR/<run_name>/, with cycles from tpusim's own
// simulation. Also the helpers `tpusim run` uses to write the same files for SCALE-Sim-shaped runs.
import { join } from 'node:path';
import {
  type PythonSummation,
  type Report,
  type ScaleSimArraySpec,
  type ScaleSimLayerReport,
  type ScaleSimLayerShape,
  type ScaleSimMemories,
  SCALESIM_DONE_LINE,
  renderScaleSimReports,
  scaleSimBanner,
  scaleSimLayerLines,
  scaleSimLayerReport,
  startScaleSimMemory,
} from '../../reports/index.js';
import type { LoadedModel } from '../../runtime/index.js';
import { type HardwareConfig, type LoadedScaleSimCfg, dataflowOf, loadConfig, loadScaleSimCfg } from '../../sim/index.js';
import { InputError, RunError } from '../errors.js';
import { writeOutput } from '../files.js';
import { withProgress } from './progress.js';
import { type CommandIo, fidelityOption, loadConfigFor } from './run-deps.js';

/** SCALE-Sim's SRAM sizes when the run has no .cfg: its shipped scale.cfg's (64 kB each, the scalesim-ws32 preset's origin). */
export const DEFAULT_SCALESIM_SRAM_KB = { ifmap: 64, filter: 64, ofmap: 64 } as const;

/** What SCALE-Sim's bookkeeping needs from a run's config: the .cfg's values, else the tpusim config and scale.cfg's SRAM sizes. */
export function scaleSimArraySpec(config: HardwareConfig, cfg?: LoadedScaleSimCfg): ScaleSimArraySpec {
  return {
    rows: config.matrix.rows,
    cols: config.matrix.cols,
    dataflow: dataflowOf(config),
    sramKB: cfg ? { ...cfg.cfg.sramKB } : { ...DEFAULT_SCALESIM_SRAM_KB },
  };
}

/**
 * SCALE-Sim's per-layer report numbers for a topology run: the report's layers that carry a
 * `scalesim` record, matched in order to the topology's layers (SCALE-Sim's LayerIDs); `memories`,
 * when given, are the layers' memory bookkeeping computed beforehand (reports/scalesim-thread.ts).
 */
export function scaleSimLayerReports(
  report: Report,
  layers: readonly ScaleSimLayerShape[],
  array: ScaleSimArraySpec,
  summation: PythonSummation = 'compensated',
  memories?: ScaleSimMemories,
): ScaleSimLayerReport[] {
  const simulated = report.layers.filter((l) => l.scalesim);
  if (simulated.length !== layers.length) {
    throw new RunError(
      `the run has ${simulated.length} SCALE-Sim layers, the topology ${layers.length}: cannot write SCALE-Sim's report files`,
    );
  }
  return layers.map((layer, i) => {
    const s = simulated[i]!.scalesim!;
    if (s.layer !== layer.name) throw new RunError(`SCALE-Sim layer ${i} is "${layer.name}" in the topology but "${s.layer}" in the run`);
    if (s.matrixCycles === null)
      throw new RunError(`layer "${layer.name}": no simulated matrix cycles (it did not run on the TPU), so no SCALE-Sim report row`);
    const memory = memories?.[i];
    if (memory instanceof Error) throw memory;
    return scaleSimLayerReport({ layer, simulatedCycles: s.matrixCycles }, array, summation, memory);
  });
}

/** Writes the three files to `dir` and returns their paths; warns on stderr where tpusim's cycles differ from SCALE-Sim's model. */
export function writeScaleSimReports(dir: string, layers: readonly ScaleSimLayerReport[], io: CommandIo): string[] {
  for (const [id, l] of layers.entries()) {
    if (l.cycleMismatch) {
      io.stderr.write(
        `tpusim: warning: layer ${id} ("${l.name}"): tpusim simulated ${l.cycleMismatch.simulated} matrix cycles, SCALE-Sim's model ${l.cycleMismatch.scaleSim}; ` +
          "the SCALE-Sim report files carry tpusim's (see docs/VALIDATION.md)\n",
      );
    }
  }
  const files = renderScaleSimReports(layers);
  return Object.entries(files).map(([name, text]) => {
    const path = join(dir, name);
    writeOutput(path, text);
    return path;
  });
}

/** `--summation`: how SCALE-Sim's Python adds the per-fold utilizations it averages. */
export function summationOption(text: string | undefined): PythonSummation {
  if (text === undefined || text === 'compensated' || text === 'sequential') return text ?? 'compensated';
  throw new InputError(`--summation ${text}: expected compensated (Python >= 3.12) or sequential (Python <= 3.11)`);
}

/** The options of `tpusim scalesim` (registered by scalesim-command.ts, which loads this file when the command runs). */
export interface ScaleSimFlags {
  c?: string;
  t?: string;
  p: string;
  i: string;
  fidelity?: string;
  summation?: string;
}

/** Runs `tpusim scalesim`: scale.py's output on stdout, its report files under DIR/<run_name>/. */
export async function runScaleSim(flags: ScaleSimFlags, io: CommandIo): Promise<void> {
  if (!flags.c) throw new InputError('-c CFG: a SCALE-Sim .cfg file (or a tpusim config) is required');
  if (flags.i !== 'conv' && flags.i !== 'gemm') throw new InputError(`-i ${flags.i}: expected conv or gemm`);
  const summation = summationOption(flags.summation);
  const fidelity = fidelityOption(flags.fidelity);
  const cfg = /\.cfg$/i.test(flags.c) ? loadScaleSimCfg(flags.c) : undefined;
  const config = cfg?.config ?? (loadConfigFor(loadConfig, flags.c, '-c') as HardwareConfig);
  const topologyPath = flags.t ?? cfg?.cfg.topologyCsvLoc;
  if (!topologyPath) throw new InputError('-t TOPOLOGY: a SCALE-Sim topology CSV is required (the config names none)');
  const runName = cfg?.cfg.runName ?? config.name;
  const array = scaleSimArraySpec(config, cfg);

  const { loadTopologyFile, topologyFeeds, topologyToGraph } = await import('../../graph/index.js');
  const topology = loadTopologyFile(topologyPath, { format: flags.i });
  const memories = startScaleSimMemory(topology.layers, array);
  // a timing-only run (fast fidelity) never reads the inputs' or the weights' values
  const values = fidelity === 'exact';
  const graph = topologyToGraph(topology, { seed: 0, weights: values });
  const model: LoadedModel = {
    graph,
    source: { name: topologyPath.replace(/^.*[\\/]/, ''), source: 'topology', path: topologyPath },
    feeds: topologyFeeds(graph, { values }),
    isolateLayers: true,
    convMapping: 'im2col',
  };
  io.stdout.write(scaleSimBanner(array, topologyPath));

  const { runModelDetailed } = await import('../../runtime/index.js');
  const { report } = await withProgress(io, 'scalesim', (onProgress) =>
    runModelDetailed(model, config, { fidelity, skipReference: true, onProgress }),
  );
  const layers = scaleSimLayerReports(report, topology.layers, array, summation, await memories());
  for (const [id, l] of layers.entries()) io.stdout.write(scaleSimLayerLines(id, l));
  const dir = join(flags.p, runName);
  writeScaleSimReports(dir, layers, io);
  writeOutput(join(dir, 'report.json'), JSON.stringify(report, null, 2) + '\n');
  io.stdout.write(SCALESIM_DONE_LINE);
}
