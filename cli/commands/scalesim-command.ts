// Registers `tpusim scalesim` (SCALE-Sim v2's command line; see scalesim.ts). Kept apart from
// scalesim.ts, which loads reports/ and sim/, so that `tpusim --help` starts without them.
import type { Command } from 'commander';
import { processIo } from './run-deps.js';
import type { ScaleSimFlags } from './scalesim.js';

export function registerScaleSimCommand(program: Command): void {
  program
    .command('scalesim')
    .description(
      "SCALE-Sim v2's command line (scale.py -c CFG -t TOPOLOGY -p DIR -i conv|gemm): writes its COMPUTE, BANDWIDTH and DETAILED_ACCESS reports with tpusim's simulated cycles",
    )
    .option('-c <cfg>', 'SCALE-Sim v2 config (.cfg); a tpusim preset or JSON config also works (SRAM sizes then 64 kB each)')
    .option('-t <topology>', "SCALE-Sim topology CSV (default: the config's [network_presets] TopologyCsvLoc)")
    .option('-p <dir>', "log directory: the files go to DIR/<run_name>/ (scale.py's default)", '../test_runs')
    .option('-i <conv|gemm>', "topology format, as scale.py's -i", 'conv')
    .option('--fidelity <fast|exact>', 'simulation fidelity (exact: small arrays only)')
    .option(
      '--summation <compensated|sequential>',
      "how SCALE-Sim's Python adds per-fold utilizations: compensated (Python >= 3.12, default) or sequential (<= 3.11); only last digits change",
    )
    .action(async (flags: ScaleSimFlags) => (await import('./scalesim.js')).runScaleSim(flags, processIo()));
}
