// Releasing a compiled model's float32 TPU weights (runtime/release-weights.ts, what one-shot runs
// do after calibration): the TPU runs exactly as before on its int8 copies, what was released
// throws an error naming it when read, and weights a fallback device also reads are kept.
import { describe, expect, it } from 'vitest';
import { GraphBuilder, sizeOf, tensor } from '../../graph/index.js';
import { Session, runModelDetailed } from '../../runtime/index.js';
import { buildReport, parameterCount } from '../../runtime/report.js';
import { loadConfig } from '../../sim/index.js';
import { sameBytes } from '../helpers/common.js';

/**
 * conv + batch-norm + relu (TPU) -> flatten -> Gemm with W (TPU); W is also read by a Gemm with
 * transA=1, which the TPU refuses (fallback). The conv's weights are read by the TPU only.
 */
function model() {
  const b = new GraphBuilder('release', { seed: 5 });
  const x = b.input('x', 'float32', [2, 4, 5, 5]);
  const wc = b.param([8, 4, 3, 3], { kind: 'uniform', lo: -0.3, hi: 0.3 }, 'conv_w');
  const bn = (v: number) => b.floats(Array.from({ length: 8 }, (_, i) => v + 0.05 * i));
  const c = b.relu(b.batchNorm(b.conv2d(x, wc, undefined, { pads: 1 }), bn(1), bn(0), bn(0.1), bn(0.5)));
  const w = b.param([200, 2], { kind: 'uniform', lo: -0.1, hi: 0.1 }, 'dense_w');
  const y = b.gemm(b.flatten(c, 1), w);
  const z = b.gemm(b.transpose(b.flatten(c, 1), [1, 0]), w, undefined, { transA: true });
  b.output(y);
  b.output(z);
  return b.build();
}

const feeds = {
  x: tensor(
    'float32',
    [2, 4, 5, 5],
    Float32Array.from({ length: 200 }, (_, i) => Math.cos(i * 0.7)),
  ),
};

describe('releasing the float32 weights of TPU layers', () => {
  it('runs the TPU as before, keeps what a fallback device reads, and names what was released when read', async () => {
    const graph = model();
    const session = Session.create(graph, { config: loadConfig('small-16'), calibration: [feeds] });
    try {
      const devices = new Map(session.layers.map((l) => [l.nodes[0]!.op + (l.nodes[0]!.attrs.transA ? ' transA' : ''), l]));
      expect(session.placement.get(devices.get('Conv')!.name)!.device).toBe('tpu');
      expect(session.placement.get(devices.get('Gemm')!.name)!.device).toBe('tpu');
      expect(session.placement.get(devices.get('Gemm transA')!.name)!.device).not.toBe('tpu');
      const before = await session.run(feeds);
      const params = parameterCount(session.graph);
      const convName = session.graph.nodes.find((n) => n.op === 'Conv')!.inputs[1]!;

      // only the conv's weights go: the dense weights are also read by the fallback Gemm
      expect(session.releaseTpuWeights()).toBe(8 * 4 * 3 * 3 * 4);
      const after = await session.run(feeds);
      for (const o of session.graph.outputs)
        expect(sameBytes(before.outputs[o.name]!.data, after.outputs[o.name]!.data), o.name).toBe(true);
      for (const [k, v] of before.quantized) expect(sameBytes(v, after.quantized.get(k)), k).toBe(true);
      const cycles = (r: typeof before) => r.steps.map((s) => s.sim?.totalCycles ?? null);
      expect(cycles(after)).toEqual(cycles(before));
      expect(parameterCount(session.graph)).toBe(params);
      expect(sizeOf(session.graph.initializers.get(convName)!.shape)).toBe(8 * 4 * 3 * 3);
      expect(session.graph.initializers.get('dense_w')!.data.length).toBe(400);
      expect(() => session.graph.initializers.get(convName)!.data).toThrow(`the float32 weights "${convName}" were released`);
      // a float32 run of the whole graph needs them, and says so
      expect(() => session.reference({ x: tensor('float32', [2, 4, 5, 5], new Float32Array(200)) })).toThrow(/were released/);
    } finally {
      await session.close();
    }
  });

  it('leaves a one-shot run (runModel) with the report of a run that kept them', async () => {
    const source = { name: 'release', source: 'onnx' as const, path: null };
    const { report } = await runModelDetailed({ graph: model(), source, feeds, isolateLayers: false }, loadConfig('small-16'));
    const session = Session.create(model(), { config: loadConfig('small-16'), calibration: [feeds] });
    try {
      const run = await session.run(feeds);
      const kept = buildReport(session, run, { model: source, fidelity: 'fast', reference: session.reference(feeds), target: 'tpu' });
      // everything but the host's own timings
      const modelled = (v: unknown) => JSON.parse(JSON.stringify(v, (k, x: unknown) => (k === 'measuredMs' ? undefined : x))) as unknown;
      for (const key of ['model', 'totals', 'layers', 'placement', 'numerics', 'timeline'] as const)
        expect(modelled(report[key]), key).toEqual(modelled(kept[key]));
    } finally {
      await session.close();
    }
  });
});
