// SCALE-Sim drop-in speed (part of `npm run bench`): `tpusim scalesim`'s work in this process —
// compile and simulate the topology, then SCALE-Sim's report files — against the wall time the real
// SCALE-Sim v2 took for the same config and topology on this machine class, recorded in
// tests/fixtures/scalesim/reference/times.tsv (its README says how). The files are checked against
// SCALE-Sim's too, so the speed is for the same answer. `tpusim scalesim` does SCALE-Sim's memory
// bookkeeping on a worker thread while it simulates (reports/scalesim-thread.ts); here it runs
// after the simulation on this thread, so that each is timed on its own (their sum is an upper bound).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scaleSimArraySpec, scaleSimLayerReports } from '../cli/commands/scalesim.js';
import { loadTopologyFile, topologyFeeds, topologyToGraph } from '../graph/index.js';
import { renderScaleSimReports } from '../reports/index.js';
import { runModelDetailed } from '../runtime/index.js';
import { loadScaleSimCfg } from '../sim/index.js';

const ROOT = join(import.meta.dirname, '..');
const REFERENCE = join(ROOT, 'tests', 'fixtures', 'scalesim', 'reference');
const TOPOLOGIES = join(ROOT, 'tests', 'fixtures', 'scalesim', 'topologies');

const CASES = [
  { topology: 'Resnet18', file: join(TOPOLOGIES, 'v2', 'conv_nets', 'Resnet18.csv'), format: 'conv', config: 'ws_32x32' },
  { topology: 'Resnet18', file: join(TOPOLOGIES, 'v2', 'conv_nets', 'Resnet18.csv'), format: 'conv', config: 'ws_256x256' },
  { topology: 'alexnet', file: join(TOPOLOGIES, 'v2', 'conv_nets', 'alexnet.csv'), format: 'conv', config: 'ws_32x32' },
  // os and is: the array keeps its stationary operand across a fold's multiplies (sim/TIMING.md)
  { topology: 'alexnet', file: join(TOPOLOGIES, 'v2', 'conv_nets', 'alexnet.csv'), format: 'conv', config: 'os_32x32' },
  { topology: 'alexnet', file: join(TOPOLOGIES, 'v2', 'conv_nets', 'alexnet.csv'), format: 'conv', config: 'is_32x32' },
  {
    topology: 'transformer_partial',
    file: join(TOPOLOGIES, 'v2', 'GEMM_mnk', 'transformer_partial.csv'),
    format: 'gemm',
    config: 'ws_32x32',
  },
] as const;

/** SCALE-Sim's recorded wall seconds per `topology/config`. */
function recordedTimes(): Map<string, number> {
  const times = new Map<string, number>();
  const path = join(REFERENCE, 'times.tsv');
  if (!existsSync(path)) return times;
  for (const line of readFileSync(path, 'utf8').split('\n').slice(1)) {
    const [topology, config, time] = line.split('\t');
    if (time) times.set(`${topology}/${config}`, Number(time.split(' ')[0]));
  }
  return times;
}

/** Runs the SCALE-Sim drop-in benchmark and prints one line per case. */
export async function benchScaleSim(): Promise<void> {
  const times = recordedTimes();
  // BENCH_SCALESIM=alexnet/os_32x32,... runs only those cases
  const only = process.env['BENCH_SCALESIM']?.split(',');
  for (const c of CASES.filter((x) => !only || only.includes(`${x.topology}/${x.config}`))) {
    const scaleSimSeconds = times.get(`${c.topology}/${c.config}`);
    if (scaleSimSeconds === undefined) {
      console.log(`(h) scalesim ${c.topology} on ${c.config}: no recorded SCALE-Sim run in tests/fixtures/scalesim/reference/times.tsv`);
      continue;
    }
    const t0 = performance.now();
    const cfg = loadScaleSimCfg(join(REFERENCE, 'configs', `${c.config}.cfg`));
    const topology = loadTopologyFile(c.file, { format: c.format });
    // as `tpusim scalesim` runs it: timing only, no input or weight values
    const graph = topologyToGraph(topology, { seed: 0, weights: false });
    const { report } = await runModelDetailed(
      {
        graph,
        source: { name: c.topology, source: 'topology', path: c.file },
        feeds: topologyFeeds(graph, { values: false }),
        isolateLayers: true,
        convMapping: 'im2col',
      },
      cfg.config,
      { skipReference: true },
    );
    const t1 = performance.now();
    const files = renderScaleSimReports(scaleSimLayerReports(report, topology.layers, scaleSimArraySpec(cfg.config, cfg), 'sequential'));
    const seconds = (performance.now() - t0) / 1000;
    const same = Object.entries(files).every(([name, text]) => text === readFileSync(join(REFERENCE, c.topology, c.config, name), 'utf8'));
    console.log(
      `(h) scalesim ${c.topology} on ${c.config}: tpusim ${seconds.toFixed(1)} s (simulate ${((t1 - t0) / 1000).toFixed(1)} s, SCALE-Sim's bookkeeping ${((performance.now() - t1) / 1000).toFixed(1)} s), ` +
        `SCALE-Sim v2 ${scaleSimSeconds.toFixed(0)} s (recorded): ${(scaleSimSeconds / seconds).toFixed(0)}x faster; files ${same ? 'identical to' : 'DIFFER from'} SCALE-Sim's`,
    );
  }
}
