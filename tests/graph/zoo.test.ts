// The model zoo: every model builds, validates, has inferred shapes and exports to ONNX; the
// reference executor agrees with onnxruntime; activations stay in range layer by layer;
// BatchNorm statistics match the activations they normalize; classifiers' top-1 varies with
// the input; paper approximations have Table 1's layer counts and weights; torchvision's
// architectures have torchvision's parameter counts.
import { describe, expect, it } from 'vitest';
import {
  type Graph,
  type ModelInfo,
  type Tensor,
  UnknownModelError,
  ZooError,
  buildModel,
  clearCalibrationCache,
  countMacs,
  countParameters,
  execute,
  exportOnnx,
  layerCensus,
  listModels,
  modelNames,
  sampleInputs,
  validate,
} from '../../graph/index.js';
import { maxRelDiff, ortSession, runOrt } from '../fixtures/onnx/ort.js';
import { sameBytes } from '../helpers/common.js';

/** Batch used to cross-check each model (small: the reference executor is plain TypeScript). */
const CHECK_BATCH: Record<string, number> = {
  mlp: 4,
  lenet: 4,
  resnet18: 1,
  resnet50: 1,
  mobilenet_v2: 2,
  lstm: 4,
  transformer: 2,
  mlp0: 2,
  mlp1: 2,
  lstm0: 1,
  lstm1: 1,
  cnn0: 1,
  cnn1: 1,
};

/** Models whose output rows are class scores (top-1 must vary with the input). lstm0 outputs a feature sequence. */
const CLASSIFIERS = [
  'mlp',
  'lenet',
  'resnet18',
  'resnet50',
  'mobilenet_v2',
  'lstm',
  'transformer',
  'mlp0',
  'mlp1',
  'lstm1',
  'cnn0',
  'cnn1',
];

/** Ops whose outputs are checked for range (normalizing ops: probabilities and pooled means are not). */
const CHECKED_OPS = new Set([
  'Conv',
  'Gemm',
  'MatMul',
  'BatchNormalization',
  'Relu',
  'Clip',
  'Add',
  'LSTM',
  'LayerNormalization',
  'Gelu',
  'Concat',
  'MaxPool',
  'Tanh',
]);

const info = new Map<string, ModelInfo>(listModels().map((m) => [m.name, m]));

/** Root mean square of a float tensor, and whether every element is finite. */
function rms(t: Tensor): { rms: number; finite: boolean } {
  const d = t.data as Float32Array;
  let s = 0;
  let finite = true;
  for (let i = 0; i < d.length; i++) {
    const v = d[i]!;
    if (!Number.isFinite(v)) finite = false;
    s += v * v;
  }
  return { rms: Math.sqrt(s / d.length), finite };
}

/** Per-channel (axis 1) mean and variance of [N, C, ...]. */
function channelStats(t: Tensor): { mean: Float64Array; variance: Float64Array } {
  const [n, c] = t.shape as [number, number];
  const inner = t.data.length / n / c;
  const mean = new Float64Array(c);
  const variance = new Float64Array(c);
  const d = t.data as Float32Array;
  for (let ch = 0; ch < c; ch++) {
    let s = 0;
    let s2 = 0;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < inner; j++) {
        const v = d[(i * c + ch) * inner + j]!;
        s += v;
        s2 += v * v;
      }
    }
    mean[ch] = s / (n * inner);
    variance[ch] = s2 / (n * inner) - mean[ch]! ** 2;
  }
  return { mean, variance };
}

/** Top-1 index of each row of the output (rows = all leading dimensions). */
function top1(t: Tensor): number[] {
  const width = t.shape[t.shape.length - 1]!;
  const d = t.data as Float32Array;
  const tops: number[] = [];
  for (let r = 0; r < d.length / width; r++) {
    let best = 0;
    for (let j = 1; j < width; j++) if (d[r * width + j]! > d[r * width + best]!) best = j;
    tops.push(best);
  }
  return tops;
}

describe.each(modelNames().map((n) => [n]))('zoo model %s', (name) => {
  const batch = CHECK_BATCH[name]!;
  let graph: Graph | undefined;
  const built = () => (graph ??= buildModel(name, { batch, seed: 1 }));

  it('builds and validates; every value has an inferred shape; parameters and MACs match the listing', () => {
    const g = built();
    expect(() => validate(g)).not.toThrow();
    for (const v of [...g.inputs, ...g.outputs, ...g.valueInfo.values()]) {
      expect(v.shape, v.name).toBeDefined();
      expect(
        v.shape!.every((d) => typeof d === 'number' && d > 0),
        v.name,
      ).toBe(true);
    }
    const m = info.get(name)!;
    expect(countParameters(g)).toBe(m.parameters);
    expect(countMacs(g)).toBe(m.macs * batch);
    expect(g.metadata).toMatchObject({ source: `zoo:${name}`, 'zoo.seed': '1', 'zoo.batch': String(batch) });
  });

  it('runs in the reference executor like in onnxruntime (1e-4), with activations in range and BN statistics that fit', async () => {
    const g = built();
    const feeds = sampleInputs(name, { batch, seed: 2 });
    const producers = g.producers();
    const checked = g.nodes.filter((n) => CHECKED_OPS.has(n.op)).map((n) => n.outputs[0]!);
    const bnInputs = g.nodes.filter((n) => n.op === 'BatchNormalization').map((n) => n.inputs[0]!);
    const outputs = g.outputs.map((o) => o.name);
    const ours = execute(g, feeds, { outputs: [...new Set([...outputs, ...checked, ...bnInputs])] });
    const theirs = await runOrt(exportOnnx(g), feeds);
    expect([...theirs.keys()]).toEqual(outputs);
    for (const o of outputs) expect(maxRelDiff(ours[o]!, theirs.get(o)!), o).toBeLessThanOrEqual(1e-4);

    // No exploding or vanishing activations, layer by layer.
    for (const v of checked) {
      const { rms: r, finite } = rms(ours[v]!);
      expect(finite, v).toBe(true);
      expect(r, `${v} (${producers.get(v)!.op}) rms`).toBeGreaterThan(0.05);
      expect(r, `${v} (${producers.get(v)!.op}) rms`).toBeLessThan(10);
    }
    // Running statistics describe the activations each BatchNorm sees (on inputs it was not calibrated on).
    for (const bn of g.nodes.filter((n) => n.op === 'BatchNormalization')) {
      const { mean, variance } = channelStats(ours[bn.inputs[0]!]!);
      const runMean = g.initializers.get(bn.inputs[3]!)!.data as Float32Array;
      const runVar = g.initializers.get(bn.inputs[4]!)!.data as Float32Array;
      let ratio = 0;
      let shift = 0;
      for (let c = 0; c < mean.length; c++) {
        ratio += variance[c]! / runVar[c]! / mean.length;
        shift += Math.abs(mean[c]! - runMean[c]!) / Math.sqrt(runVar[c]!) / mean.length;
      }
      // image-like inputs differ from image to image, so statistics of one image fit another
      // within a factor of 2 (not closer)
      expect(ratio, `${bn.name}: actual / running variance`).toBeGreaterThan(0.5);
      expect(ratio, `${bn.name}: actual / running variance`).toBeLessThan(2);
      // Channel means in late layers depend on the image (that is what the pooled features read),
      // and the statistics come from one calibration image, so a fresh image moves them by up to
      // about a standard deviation (image-like inputs differ more than i.i.d. noise does).
      expect(shift, `${bn.name}: mean shift in running std`).toBeLessThan(1.5);
    }
  });

  // Only classifiers have a top-1 class, only paper approximations a Table 1 row: the other
  // models get no such test (rather than a skipped one).
  if (CLASSIFIERS.includes(name))
    it('gives different top-1 classes for different inputs', async () => {
      const g8 = buildModel(name, { batch: 8, seed: 1 });
      const session = await ortSession(exportOnnx(g8));
      try {
        const out = [...(await runOrt(session, sampleInputs(name, { batch: 8, seed: 3 }))).values()][0]!;
        const tops = top1(out);
        expect(new Set(tops).size, `top-1 of 8 inputs: ${tops.join(', ')}`).toBeGreaterThanOrEqual(3);
      } finally {
        await session.release();
      }
    });

  if (info.get(name)!.paper !== undefined)
    it('has the layer counts, weights and batch of its TPU v1 paper workload (Table 1)', () => {
      const m = info.get(name)!;
      const paper = m.paper!;
      const census = layerCensus(built());
      expect(census).toEqual({
        fc: paper.fc,
        conv: paper.conv,
        vector: paper.vector,
        pool: paper.pool,
        total: paper.fc + paper.conv + paper.vector + paper.pool,
      });
      expect(Math.abs(m.parameters / paper.weights - 1)).toBeLessThanOrEqual(0.1);
      expect(m.defaultBatch).toBe(paper.batch);
    });
});

describe('zoo registry', () => {
  it('torchvision architectures have torchvision parameter counts and GMACs (torchvision docs: 1.81, 4.09, 0.30)', () => {
    expect(info.get('resnet18')!.parameters).toBe(11_689_512);
    expect(info.get('resnet50')!.parameters).toBe(25_557_032);
    expect(info.get('mobilenet_v2')!.parameters).toBe(3_504_872);
    expect((info.get('resnet18')!.macs / 1e9).toFixed(2)).toBe('1.81');
    expect((info.get('resnet50')!.macs / 1e9).toFixed(2)).toBe('4.09');
    expect((info.get('mobilenet_v2')!.macs / 1e9).toFixed(2)).toBe('0.30');
    // LeNet-5 with 28x28 inputs padded to 32x32 by the first conv: 61,706 parameters.
    expect(info.get('lenet')!.parameters).toBe(61_706);
  });

  it('one seed gives byte-identical graphs, also when calibrated afresh; another seed does not', () => {
    for (const name of ['mlp', 'lenet', 'resnet18', 'mobilenet_v2', 'lstm', 'transformer']) {
      const a = exportOnnx(buildModel(name, { seed: 5, batch: 2 }));
      clearCalibrationCache();
      const b = exportOnnx(buildModel(name, { seed: 5, batch: 2 }));
      expect(sameBytes(a, b), name).toBe(true);
      expect(sameBytes(a, exportOnnx(buildModel(name, { seed: 6, batch: 2 }))), name).toBe(false);
    }
  });

  it('sampleInputs follows the batch axis and the token vocabulary', () => {
    expect(sampleInputs('lstm0', { batch: 3 }).input!.shape).toEqual([16, 3, 1024]);
    const ids = sampleInputs('transformer', { batch: 5, seed: 9 }).input_ids!;
    expect(ids.shape).toEqual([5, 32]);
    expect(ids.dtype).toBe('int64');
    const values = Array.from(ids.data as BigInt64Array, Number);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1000);
    expect(new Set(values).size).toBeGreaterThan(100);
  });

  it('unknown names, bad batch sizes and seeds are clear errors', () => {
    expect(() => buildModel('resnet19')).toThrow(UnknownModelError);
    expect(() => buildModel('resnet19')).toThrow(`unknown model "resnet19"; the zoo has: ${modelNames().join(', ')}`);
    expect(() => sampleInputs('nope')).toThrow(UnknownModelError);
    expect(() => buildModel('mlp', { batch: 0 })).toThrow(ZooError);
    expect(() => buildModel('mlp', { batch: 1.5 })).toThrow('model "mlp": batch must be a positive integer, got 1.5');
    expect(() => buildModel('mlp', { seed: -1 })).toThrow('model "mlp": seed must be an integer in [0, 2^32), got -1');
  });

  it('lists every model with its inputs at the default batch', () => {
    const list = listModels();
    expect(list.map((m) => m.name)).toEqual(modelNames());
    expect(list.find((m) => m.name === 'resnet50')!.inputs).toEqual([{ name: 'input', dtype: 'float32', shape: [1, 3, 224, 224] }]);
    expect(list.find((m) => m.name === 'lstm1')!.inputs).toEqual([{ name: 'input', dtype: 'float32', shape: [16, 96, 600] }]);
    for (const m of list) {
      expect(m.description.length, m.name).toBeGreaterThan(10);
      expect(m.source.length, m.name).toBeGreaterThan(5);
      expect(Number.isInteger(m.macs) && m.macs > 0, m.name).toBe(true);
    }
    // The listing is a copy: callers cannot corrupt it.
    list[0]!.parameters = -1;
    expect(listModels()[0]!.parameters).toBeGreaterThan(0);
  });
});
