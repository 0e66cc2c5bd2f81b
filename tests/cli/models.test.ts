// `tpusim models`: the zoo table and its JSON, run in-process on a fresh command tree (the lead
// wires the command into cli/main.ts).
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerModelsCommand } from '../../cli/commands/models-command.js';
import { modelTable } from '../../cli/commands/models.js';
import { type ModelInfo, modelNames } from '../../graph/index.js';

/** Runs `tpusim models ...args` and returns what it printed on stdout. */
async function models(args: string[]): Promise<string> {
  const program = new Command().exitOverride().configureOutput({ writeErr: () => {} });
  registerModelsCommand(program);
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    await program.parseAsync(['node', 'tpusim', 'models', ...args]);
  } finally {
    spy.mockRestore();
  }
  return out;
}

afterEach(() => vi.restoreAllMocks());

describe('tpusim models', () => {
  it('prints one table row per zoo model with exact parameters and MACs', async () => {
    const text = await models([]);
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^name\s+kind\s+parameters\s+MACs\/item\s+batch\s+description$/);
    expect(lines[1]).toMatch(/^─+$/);
    const rows = lines.slice(2, -1);
    expect(rows.map((r) => r.split(/\s+/)[0])).toEqual(modelNames());
    // torchvision's resnet18: 11,689,512 parameters, 1.814 GMAC per 224x224 image.
    expect(rows.find((r) => r.startsWith('resnet18 '))).toMatch(/^resnet18\s+cnn\s+11,689,512\s+1,814,\d{3},\d{3}\s+1\s+ResNet-18/);
    expect(rows.find((r) => r.startsWith('mlp0 '))).toMatch(/^mlp0\s+mlp\s+20,010,000\s+20,000,000\s+200\s+TPU v1 paper MLP0/);
    expect(lines.at(-1)).toMatch(/MACs per batch item/);
  });

  it('--json gives the registry entries', async () => {
    const list = JSON.parse(await models(['--json'])) as ModelInfo[];
    expect(list.map((m) => m.name)).toEqual(modelNames());
    const cnn1 = list.find((m) => m.name === 'cnn1')!;
    expect(cnn1).toMatchObject({ kind: 'cnn', defaultBatch: 32, inputs: [{ name: 'input', dtype: 'float32', shape: [32, 3, 224, 224] }] });
    expect(cnn1.paper).toEqual({ fc: 4, conv: 72, vector: 0, pool: 13, weights: 100e6, batch: 32 });
    const transformer = list.find((m) => m.name === 'transformer')!;
    expect(transformer.inputs).toEqual([{ name: 'input_ids', dtype: 'int64', shape: [4, 32] }]);
  });

  it('modelTable aligns columns', () => {
    const info: ModelInfo = {
      name: 'x',
      kind: 'mlp',
      description: 'd',
      source: 's',
      defaultBatch: 3,
      batchAxis: 0,
      inputs: [],
      parameters: 1234567,
      macs: 89,
    };
    expect(modelTable([info])).toBe(
      ['name  kind  parameters  MACs/item  batch  description', '─'.repeat(53), 'x     mlp    1,234,567         89      3  d', ''].join(
        '\n',
      ),
    );
  });

  it('rejects unknown options with a usage error', async () => {
    await expect(models(['--frobnicate'])).rejects.toMatchObject({ code: 'commander.unknownOption' });
  });
});
