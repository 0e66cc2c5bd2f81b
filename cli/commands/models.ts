// `tpusim models [--json]`: the model zoo, as a table or as JSON (registered by models-command.ts).
import type { ModelInfo } from '../../graph/index.js';
import { textTable } from '../../reports/index.js';

// made on first use: creating an Intl formatter costs tens of milliseconds, which `tpusim --help` should not pay
let countFormat: Intl.NumberFormat | undefined;
const count = { format: (n: number) => (countFormat ??= new Intl.NumberFormat('en-US')).format(n) };

/** The zoo as an aligned text table (parameters and MACs per batch item, exact). */
export function modelTable(models: readonly ModelInfo[]): string {
  const header = ['name', 'kind', 'parameters', 'MACs/item', 'batch', 'description'];
  const rows = models.map((m) => [m.name, m.kind, count.format(m.parameters), count.format(m.macs), String(m.defaultBatch), m.description]);
  return textTable(header, rows, [false, false, true, true, true, false]) + '\n';
}

/** Runs `tpusim models`: prints the zoo as a table, or as JSON with `--json`. */
export async function runModels(opts: { json?: boolean }): Promise<void> {
  // the graph layer loads only when the command runs, so `tpusim --help` starts fast
  const models = (await import('../../graph/index.js')).listModels();
  if (opts.json) {
    process.stdout.write(JSON.stringify(models, null, 2) + '\n');
    return;
  }
  process.stdout.write(modelTable(models));
  process.stdout.write(
    "(MACs per batch item: one image or one sequence; mlp0..cnn1 approximate the TPU v1 paper's workloads, see graph/zoo/ZOO.md)\n",
  );
}
