// The torch nn.TransformerEncoder and nn.TransformerDecoder fixtures on tpu-v1-vector: its attention MatMuls (Q·Kᵀ and P·V of
// every head) run on the TPU through the Unified Buffer → weight path, every TPU layer bit-exact
// against onnxruntime, the int8 result within cosine 0.99 of torch. The placement fractions are
// what this round measures (Softmax, LayerNorm, element-wise ops and data movement are lowered by
// other work; docs/vector-unit.md §8): every MAC on chip, and at least the dense and attention nodes.
import { describe, expect, it } from 'vitest';
import { loadOnnxFile } from '../../graph/index.js';
import { Session, runModelDetailed } from '../../runtime/index.js';
import { layerMacs } from '../../runtime/layers.js';
import { loadConfig } from '../../sim/index.js';
import { ensureFixture } from '../fixtures/onnx/fixtures.js';
import { compare, expectBitExact } from './helpers.js';

describe('transformers on tpu-v1-vector', () => {
  it.each([
    // encoder: 2 layers x (Q·Kᵀ, P·V); decoder: 2 layers x (self, cross) x (Q·Kᵀ, P·V); heads batched
    ['transformer-op17', 4],
    ['transformer-decoder-op17', 8],
  ])(
    '%s runs its %i attention MatMuls on the TPU, bit-exact, within cosine 0.99 of torch',
    async (name, count) => {
      const fx = ensureFixture(name);
      const graph = loadOnnxFile(fx.onnxPath);
      const feeds = Object.fromEntries(fx.inputs);
      const session = Session.create(graph, { config: loadConfig('tpu-v1-vector'), calibration: [feeds], exposeAllLayers: true });
      try {
        const onTpu = (l: (typeof session.layers)[number]) => session.placement.get(l.name)!.device === 'tpu';
        const attention = session.layers.filter((l) => l.kind === 'actmatmul');
        expect(attention.length).toBe(count);
        expect(attention.every(onTpu)).toBe(true);
        const macs = (ls: typeof session.layers) => ls.reduce((a, l) => a + layerMacs(session.graph, l), 0);
        expect(macs(session.layers.filter(onTpu))).toBe(macs(session.layers));
        const run = await session.run(feeds);
        for (const [out, torchValue] of fx.outputs) {
          expect(compare(run.outputs[out]!, torchValue).cosine, out).toBeGreaterThanOrEqual(0.99);
        }
        const { checked } = await expectBitExact(session, run, feeds);
        expect(checked).toBeGreaterThanOrEqual(attention.length + 8);
      } finally {
        await session.close();
      }
    },
    600_000,
  );
});

describe('transformer decoder on tpu-v1-vector, wholly on chip', () => {
  it('runs every node on the TPU (each causal self-attention Add → Softmax as a masked softmax): no transfers, cosine >= 0.99 of torch', async () => {
    const fx = ensureFixture('transformer-decoder-op17');
    const feeds = Object.fromEntries(fx.inputs);
    const { report, run } = await runModelDetailed(fx.onnxPath, loadConfig('tpu-v1-vector'), { inputs: feeds });
    const off = report.placement.filter((p) => p.device !== 'tpu');
    expect(off.map((p) => `${p.node}: ${p.reason}`)).toEqual([]);
    const masked = report.layers.filter((l) => l.nodes?.length === 2 && l.op === 'Softmax');
    expect(masked.map((l) => l.mapping)).toEqual(Array(2).fill('vector unit softmax masked by 7 patterns'));
    // the share of the run's modelled time spent on host transfers (was 21.5 % with the masked softmaxes on a GPU)
    expect(report.totals.transferSeconds / report.totals.seconds).toBeLessThanOrEqual(0.1);
    for (const [out, torchValue] of fx.outputs) expect(compare(run.outputs[out]!, torchValue).cosine, out).toBeGreaterThanOrEqual(0.99);
  }, 600_000);
});

describe('transformer decoder on tpu-v1', () => {
  it('runs end to end with its attention MatMuls on a fallback device, the reason naming the missing path', async () => {
    const fx = ensureFixture('transformer-decoder-op17');
    const feeds = Object.fromEntries(fx.inputs);
    const session = Session.create(loadOnnxFile(fx.onnxPath), { config: loadConfig('tpu-v1'), calibration: [feeds] });
    try {
      const attention = session.layers.filter((l) => l.kind === 'actmatmul');
      expect(attention.length).toBe(8);
      for (const l of attention) {
        expect(session.placement.get(l.name)!.reason, l.name).toContain(
          'config tpu-v1 has no path from the Unified Buffer to the weight FIFO',
        );
      }
      // its causal self-attention masks: tpu-v1 has the class 'softmax' (LSTM1's) but not 'mask'
      const masked = session.layers.filter((l) => l.kind === 'reduce' && l.nodes.length === 2 && l.op === 'Softmax');
      expect(masked.length).toBe(2);
      for (const l of masked)
        expect(session.placement.get(l.name)!.reason).toContain(
          "Add → Softmax needs the vector-unit class 'mask', which config tpu-v1 lacks",
        );
      const run = await session.run(feeds);
      for (const [out, torchValue] of fx.outputs) {
        expect(compare(run.outputs[out]!, torchValue).cosine, out).toBeGreaterThanOrEqual(0.99);
      }
    } finally {
      await session.close();
    }
  }, 600_000);
});
