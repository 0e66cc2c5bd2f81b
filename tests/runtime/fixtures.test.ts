// Real models exported by torch run end to end: int8 on the simulated tpu-v1 against torch's own
// float32 outputs, every TPU layer bit-exact against onnxruntime's quantized kernels, and
// fallback placement visible for what the TPU cannot run.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOnnxFile } from '../../graph/index.js';
import { Session } from '../../runtime/index.js';
import { loadConfig } from '../../sim/index.js';
import { ensureFixture } from '../fixtures/onnx/fixtures.js';
import { compare, expectBitExact } from './helpers.js';

const CNNS = ['smallcnn-op13', 'resnet18-op13', 'mobilenet_v2-op17', 'squeezenet1_0-op13', 'resnet50-op17', 'vgg11-op13'];

describe.each(CNNS)('%s', (name) => {
  it('runs on tpu-v1 within cosine 0.99 of torch, every TPU layer bit-exact with onnxruntime', async () => {
    const fx = ensureFixture(name);
    const graph = loadOnnxFile(fx.onnxPath);
    const feeds = Object.fromEntries(fx.inputs);
    const session = Session.create(graph, { config: loadConfig('tpu-v1'), calibration: [feeds], exposeAllLayers: true });
    try {
      const run = await session.run(feeds);
      for (const [out, torchValue] of fx.outputs) {
        const { cosine } = compare(run.outputs[out]!, torchValue);
        expect(cosine, `${out} against torch`).toBeGreaterThanOrEqual(0.99);
      }
      const { checked, skipped } = await expectBitExact(session, run, feeds);
      const tpuLayers = session.layers.filter((l) => session.placement.get(l.name)!.device === 'tpu' && l.kind !== 'view').length;
      expect(checked + skipped).toBe(tpuLayers);
      expect(skipped).toBeLessThanOrEqual(1); // smallcnn has one conv with a fused sigmoid
      expect(checked).toBeGreaterThan(2);
    } finally {
      await session.close();
    }
  }, 600_000);
});

describe('models with fallback', () => {
  it.each(['transformer-op17', 'lstm-op13'])(
    '%s runs end to end with its non-TPU nodes placed on a fallback device, with reasons',
    async (name) => {
      const fx = ensureFixture(name);
      const graph = loadOnnxFile(fx.onnxPath);
      const feeds = Object.fromEntries(fx.inputs);
      const session = Session.create(graph, { config: loadConfig('tpu-v1'), calibration: [feeds] });
      try {
        const run = await session.run(feeds);
        // uint8 activations through recurrent steps lose more than a CNN does: 0.98 here
        for (const [out, torchValue] of fx.outputs) {
          expect(compare(run.outputs[out]!, torchValue).cosine, out).toBeGreaterThanOrEqual(0.98);
        }
        const devices = new Set([...session.placement.values()].map((p) => p.device));
        expect(devices.has('tpu')).toBe(true);
        expect(devices.has('gpu')).toBe(true);
        for (const [layer, p] of session.placement) {
          if (p.device !== 'tpu') expect(p.reason, layer).toMatch(/^tpu: .+; gpu is next in the priority order$/);
        }
        expect(run.steps.some((s) => s.step.kind === 'fallback' && s.measuredMs !== undefined)).toBe(true);
      } finally {
        await session.close();
      }
    },
    600_000,
  );

  it('puts fallback work on the cpu first with --fallback cpu order', async () => {
    const graph = loadOnnxFile(join(import.meta.dirname, '..', 'fixtures', 'onnx', 'transformer-op13.onnx'));
    const session = Session.create(graph, { config: loadConfig('tpu-v1'), devices: ['tpu', 'cpu', 'gpu'] });
    try {
      const fallback = [...session.placement.values()].filter((p) => p.device !== 'tpu');
      expect(fallback.length).toBeGreaterThan(0);
      expect(fallback.every((p) => p.device === 'cpu')).toBe(true);
    } finally {
      await session.close();
    }
  });
});
