// The model garden in CI (issue 11): a handful of small torchvision classification models, exported
// with random weights (batch 1, opset 17) by scripts/garden-export.py, run through the `tpusim run`
// CLI on tpu-v1 and tpu-v1-vector exactly as `npm run garden` runs them. Each must run (int8 within
// cosine 0.99 of float32, no degenerate-output warning) or refuse with one line naming a node; an
// internal error, a stack trace, a crash or a timeout fails. The whole garden is `npm run garden`
// (docs/VALIDATION.md has its table).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ExportRecord, type RunRecord, classify, exportModels, gardenTable, runModel, summarise } from '../../scripts/garden-lib.js';
import { FIXTURE_CACHE, requireTorch } from '../fixtures/onnx/fixtures.js';

const MODELS = ['squeezenet1_1', 'mnasnet0_5', 'shufflenet_v2_x0_5', 'mobilenet_v3_small'];
const PRESETS = ['tpu-v1', 'tpu-v1-vector'];
const DIR = join(FIXTURE_CACHE, 'garden');

describe('garden outcome classification', () => {
  it('tells a run, a refusal and the failures of tpusim itself apart', () => {
    expect(classify(0, null, '', false)).toBe('ran');
    expect(classify(2, null, 'tpusim: node "Foo" (Bar): no device can run it\n', false)).toBe('refused');
    expect(classify(1, null, 'tpusim: internal error: x is undefined\n(set TPUSIM_DEBUG=1 ...)\n', false)).toBe('internal-error');
    expect(classify(1, null, 'tpusim: internal: dense layer "m" expects K=96 features, its input frame holds 301056\n', false)).toBe(
      'internal-error',
    );
    const trace = 'TypeError: x is undefined\n    at lower (file:///a/runtime/lower/conv.js:10:5)\n';
    expect(classify(1, null, trace, false)).toBe('stack-trace');
    expect(classify(null, 'SIGKILL', '', false)).toBe('crashed');
    expect(classify(134, null, 'FATAL ERROR: Reached heap limit\n', false)).toBe('crashed');
    expect(classify(null, 'SIGKILL', '', true)).toBe('timeout');
  });

  it('summarises a report into nodes and MACs on the TPU and the lowest cosine', () => {
    const s = summarise({
      totals: { macs: 100, seconds: 2e-3 },
      layers: [
        { device: 'tpu', macs: 90 },
        { device: 'gpu', macs: 10 },
      ],
      placement: [{ device: 'tpu' }, { device: 'tpu' }, { device: 'gpu' }],
      numerics: { outputs: [{ cosineSimilarity: 0.999 }, { cosineSimilarity: 0.95 }] },
      notes: ['warning: degenerate quantized output "y" ...', 'peak 92 TOPS'],
    });
    expect(s).toEqual({
      nodes: { tpu: 2, total: 3 },
      macs: { tpu: 90, total: 100 },
      cosine: 0.95,
      modelledSeconds: 2e-3,
      warnings: ['warning: degenerate quantized output "y" ...'],
    });
  });
});

describe('garden: small torchvision models on tpu-v1 and tpu-v1-vector', () => {
  let exports: Map<string, ExportRecord>;
  const runs: RunRecord[] = [];

  it('exports them (random weights, batch 1, opset 17)', () => {
    requireTorch();
    exports = exportModels(MODELS, join(DIR, 'models'), 900);
    for (const m of MODELS) expect(exports.get(m), m).toMatchObject({ model: m, status: 'exported' });
  }, 900_000);

  it.each(MODELS.flatMap((m) => PRESETS.map((p) => [m, p] as const)))(
    '%s on %s runs, or refuses naming a node',
    (model, preset) => {
      const r = runModel(model, join(DIR, 'models', `${model}.onnx`), preset, join(DIR, 'runs', `${model}@${preset}`), 600);
      runs.push(r);
      expect(['ran', 'refused'], `${r.outcome}: ${r.message}`).toContain(r.outcome);
      if (r.outcome === 'refused') {
        expect(r.message).toMatch(/^tpusim: .*"[^"]+"/);
        expect(r.message).not.toContain('\n');
      } else {
        expect(r.nodes!.tpu).toBeGreaterThan(0);
        expect(r.macs!.tpu).toBeGreaterThan(0);
        expect(r.cosine).toBeGreaterThanOrEqual(0.99);
        expect(r.warnings).toEqual([]);
      }
    },
    600_000,
  );

  it('tabulates every run', () => {
    const table = gardenTable(MODELS, PRESETS, exports, runs);
    for (const m of MODELS) expect(table).toContain(`| ${m} |`);
    expect(table.split('\n').filter((l) => l.startsWith('| ')).length).toBe(MODELS.length + 2);
  });
});
