// Registers `tpusim models [--json]`; the command itself (models.ts, with the reports' table) loads
// when it runs, so that `tpusim --help` starts fast.
import type { Command } from 'commander';

/** Registers `tpusim models`. */
export function registerModelsCommand(program: Command): void {
  program
    .command('models')
    .description('list the model zoo (run one with `tpusim run zoo:NAME`)')
    .option('--json', 'print the list as JSON (inputs, parameters, MACs per batch item, paper workload)')
    .action(async (opts: { json?: boolean }) => (await import('./models.js')).runModels(opts));
}
