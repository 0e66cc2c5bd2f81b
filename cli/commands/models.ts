// `tpusim models [--json]`: the model zoo, as a table or as JSON.
import type { Command } from 'commander';
import { type ModelInfo, listModels } from '../../graph/index.js';

const count = new Intl.NumberFormat('en-US');

/** The zoo as an aligned text table (parameters and MACs per batch item, exact). */
export function modelTable(models: readonly ModelInfo[]): string {
  const header = ['name', 'kind', 'parameters', 'MACs/item', 'batch', 'description'];
  const rows = models.map((m) => [m.name, m.kind, count.format(m.parameters), count.format(m.macs), String(m.defaultBatch), m.description]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const right = new Set([2, 3, 4]);
  const fmt = (r: string[]) => r.map((v, i) => (right.has(i) ? v.padStart(widths[i]!) : v.padEnd(widths[i]!))).join('  ').trimEnd();
  return [fmt(header), ...rows.map(fmt)].join('\n') + '\n';
}

/** Registers `tpusim models`. */
export function registerModelsCommand(program: Command): void {
  program
    .command('models')
    .description('list the model zoo (run one with `tpusim run zoo:NAME`)')
    .option('--json', 'print the list as JSON (inputs, parameters, MACs per batch item, paper workload)')
    .action((opts: { json?: boolean }) => {
      const models = listModels();
      if (opts.json) {
        process.stdout.write(JSON.stringify(models, null, 2) + '\n');
        return;
      }
      process.stdout.write(modelTable(models));
      process.stdout.write('(MACs per batch item: one image or one sequence; mlp0..cnn1 approximate the TPU v1 paper\'s workloads, see graph/zoo/ZOO.md)\n');
    });
}
