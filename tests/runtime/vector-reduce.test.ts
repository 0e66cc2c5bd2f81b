// The vector unit's group ops in the compiler (runtime/lower/reduce.ts, docs/vector-unit.md §8):
// ReduceSum/ReduceMean/ReduceMax over the channels and over the rows of each image, Softmax along
// the channels (rows x features and NCHW), LayerNormalization and its decomposed form, on a config
// whose vector unit has the classes; every TPU layer bit-exact against onnxruntime on the exported
// quantized segment; fast and exact fidelities agree; without the classes the refusal names them.
import { describe, expect, it } from 'vitest';
import { GraphBuilder, type Graph, loadOnnxFile, tensor } from '../../graph/index.js';
import { Session, compileModel } from '../../runtime/index.js';
import { type HardwareConfig, loadConfig, parseConfig } from '../../sim/index.js';
import { sameBytes } from '../helpers/common.js';
import { ensureFixture } from '../fixtures/onnx/fixtures.js';
import { compare, expectBitExact } from './helpers.js';

/** A rows x features model (40 features: three channel blocks at W = 16) and an NCHW branch. */
function model(): Graph {
  const b = new GraphBuilder('groups', { seed: 5 });
  const x = b.input('x', 'float32', [12, 24]);
  const u = (shape: number[], std: number) => b.param(shape, { kind: 'normal', std });
  const h = b.gemm(x, u([24, 40], 0.3), u([40], 0.2));
  b.output(b.softmax(h), { name: 'softmax' });
  b.output(b.layerNorm(h, u([40], 0.5), u([40], 0.3)), { name: 'layernorm' });
  b.output(b.op('ReduceSum', [h, b.int64s([-1])], { keepdims: 1 })[0]!, { name: 'sum' });
  b.output(b.op('ReduceMax', [h, b.int64s([1])], { keepdims: 1 })[0]!, { name: 'max' });
  b.output(b.reduceMean(b.reshape(h, [3, 4, 40]), [1], false), { name: 'mean_rows' });
  // the decomposed layer norm of hand-written and older torch exports
  const mean = b.reduceMean(h, [-1]);
  const d = b.sub(h, mean);
  const v = b.reduceMean(b.pow(d, b.scalar(2)), [-1]);
  const n = b.div(d, b.sqrt(b.add(v, b.scalar(1e-5))));
  b.output(b.add(b.mul(n, u([40], 0.5)), u([40], 0.2)), { name: 'decomposed' });
  // NCHW: softmax over channels, a spatial mean (one value per channel) and a channel max
  const img = b.input('img', 'float32', [2, 6, 5, 5]);
  const c = b.conv2d(img, u([20, 6, 3, 3], 0.3), u([20], 0.1), { pads: 1 });
  b.output(b.softmax(c, 1), { name: 'softmax_nchw' });
  b.output(b.reduceMean(c, [2, 3]), { name: 'mean_hw' });
  b.output(b.op('ReduceMax', [c, b.int64s([1])], { keepdims: 1 })[0]!, { name: 'max_c' });
  // a tensor a padded convolution also reads (a zero-point border in its frame): its softmax gets
  // the same border (one block stride), its spatial mean and sum reduce the whole padded image
  const cp = b.conv2d(img, u([20, 6, 1, 1], 0.3), u([20], 0.1));
  b.output(b.conv2d(cp, u([4, 20, 3, 3], 0.2), undefined, { pads: 1 }), { name: 'conv_padded' });
  const sp = b.softmax(cp, 1);
  b.output(b.conv2d(sp, u([4, 20, 3, 3], 0.2), undefined, { pads: 1 }), { name: 'conv_after_softmax' });
  b.output(b.reduceMean(cp, [2, 3], false), { name: 'mean_padded' });
  b.output(b.op('ReduceSum', [cp, b.int64s([2, 3])], { keepdims: 1 })[0]!, { name: 'sum_padded' });
  return b.build();
}

const feeds = {
  x: tensor(
    'float32',
    [12, 24],
    Float32Array.from({ length: 12 * 24 }, (_, i) => Math.sin(i * 0.37) * 2),
  ),
  img: tensor(
    'float32',
    [2, 6, 5, 5],
    Float32Array.from({ length: 300 }, (_, i) => Math.cos(i * 0.21)),
  ),
};

const ALL = ['move', 'arith', 'divide', 'minmax', 'lookup', 'reduce', 'softmax', 'norm'] as const;
const small = (ops: readonly string[]): HardwareConfig =>
  parseConfig({ ...loadConfig('small-16'), name: 'small-16-vec', vectorUnit: { lanes: 16, latencyCycles: 2, ops } }, 'small-16-vec');

function compile(config: HardwareConfig) {
  return new Session(compileModel(model(), { config, calibration: [feeds], exposeAllLayers: true }));
}

describe('vector-unit group ops in the compiler', () => {
  it('places every reduction, softmax and layer norm on the TPU (12 group layers), bit-exact against onnxruntime', async () => {
    for (const config of [small(ALL), loadConfig('tpu-v1-vector')]) {
      const session = compile(config);
      try {
        const groups = session.layers.filter((l) => l.kind === 'reduce');
        expect(groups.map((l) => [l.op, session.placement.get(l.name)!.device])).toEqual([
          ['Softmax', 'tpu'],
          ['LayerNormalization', 'tpu'],
          ['ReduceSum', 'tpu'],
          ['ReduceMax', 'tpu'],
          ['ReduceMean', 'tpu'],
          ['LayerNormalization', 'tpu'],
          ['Softmax', 'tpu'],
          ['ReduceMean', 'tpu'],
          ['ReduceMax', 'tpu'],
          ['Softmax', 'tpu'],
          ['ReduceMean', 'tpu'],
          ['ReduceSum', 'tpu'],
        ]);
        const fast = await session.run(feeds, { fidelity: 'fast' });
        const { checked } = await expectBitExact(session, fast, feeds);
        expect(checked, config.name).toBeGreaterThanOrEqual(17);
        const exact = await session.run(feeds, { fidelity: 'exact' });
        for (const l of groups) expect(sameBytes(exact.quantized.get(l.output)!, fast.quantized.get(l.output)!), l.name).toBe(true);
        expect(fast.steps.reduce((a, st) => a + (st.sim?.counters.vectorBusyCycles ?? 0), 0)).toBeGreaterThan(0);
      } finally {
        await session.close();
      }
    }
  }, 120_000);

  it('stays close to float32: softmax and layer norm cosine >= 0.99', async () => {
    const session = compile(small(ALL));
    try {
      const run = await session.run(feeds, { fidelity: 'fast' });
      const ref = session.reference(feeds);
      for (const name of [
        'softmax',
        'layernorm',
        'decomposed',
        'softmax_nchw',
        'mean_hw',
        'sum',
        'max',
        'mean_rows',
        'max_c',
        'mean_padded',
        'sum_padded',
        'conv_after_softmax',
      ])
        expect(compare(run.outputs[name]!, ref[name]!).cosine, name).toBeGreaterThan(0.99);
    } finally {
      await session.close();
    }
  }, 60_000);

  it("refuses them on configs without the classes, naming the class (tpu-v1 keeps 'softmax')", async () => {
    const reasons = async (config: HardwareConfig) => {
      const session = compile(config);
      try {
        return session.layers.filter((l) => l.kind === 'reduce').map((l) => [l.op, session.placement.get(l.name)!] as const);
      } finally {
        await session.close();
      }
    };
    const v1 = await reasons(loadConfig('tpu-v1'));
    for (const [op, p] of v1) {
      if (op === 'Softmax') expect(p.device).toBe('tpu');
      else {
        expect(p.device).not.toBe('tpu');
        expect(p.reason).toContain(
          `needs the vector-unit class '${op === 'LayerNormalization' ? 'norm' : 'reduce'}', which config tpu-v1 lacks`,
        );
      }
    }
    for (const [op, p] of await reasons(loadConfig('small-16'))) {
      expect(p.device).not.toBe('tpu');
      expect(p.reason).toMatch(op === 'Softmax' ? /exponentials and a sum along a row/ : /reduces along a row/);
    }
  }, 60_000);

  it.each(['transformer-op13', 'transformer-op17'])(
    'torch export %s on tpu-v1-vector: its layer norms (decomposed at opset 13) and softmaxes on the TPU, bit-exact',
    async (name) => {
      const fx = ensureFixture(name);
      const graph = loadOnnxFile(fx.onnxPath);
      const fxFeeds = Object.fromEntries(fx.inputs);
      const session = Session.create(graph, { config: loadConfig('tpu-v1-vector'), calibration: [fxFeeds], exposeAllLayers: true });
      try {
        const groups = session.layers.filter((l) => l.kind === 'reduce');
        expect(groups.map((l) => l.op).sort()).toEqual([...Array(4).fill('LayerNormalization'), 'Softmax', 'Softmax']);
        for (const l of groups) expect(session.placement.get(l.name)!.device, l.name).toBe('tpu');
        const run = await session.run(fxFeeds);
        for (const [out, torchValue] of fx.outputs) expect(compare(run.outputs[out]!, torchValue).cosine, out).toBeGreaterThanOrEqual(0.98);
        const { checked } = await expectBitExact(session, run, fxFeeds);
        expect(checked).toBeGreaterThanOrEqual(groups.length);
      } finally {
        await session.close();
      }
    },
    300_000,
  );
});

describe('a softmax of masked scores', () => {
  /**
   * Attention scores with an additive mask before the softmax, then a dense layer: `fill(i, j)` is
   * the mask's entry at row i, column j (causal: -inf above the diagonal). `heads` > 1 makes the
   * scores [heads, T, T] with the mask [T, T] broadcast over the heads.
   */
  function masked(T: number, fill: (i: number, j: number) => number, heads = 1): Graph {
    const b = new GraphBuilder('masked', { seed: 7 });
    const x = b.input('x', 'float32', [heads * T, 16]);
    let h = b.gemm(x, b.param([16, T], { kind: 'normal', std: 0.3 }), b.param([T], { kind: 'normal', std: 0.1 }));
    if (heads > 1) h = b.reshape(h, [heads, T, T]);
    const mask = Float32Array.from({ length: T * T }, (_, k) => fill(Math.floor(k / T), k % T));
    let p = b.softmax(b.add(h, b.constant(tensor('float32', [T, T], mask), 'mask')), -1);
    if (heads > 1) p = b.reshape(p, [heads * T, T]);
    b.output(b.gemm(p, b.param([T, 4], { kind: 'normal', std: 0.3 })), { name: 'y' });
    return b.build();
  }
  const causal = (i: number, j: number) => (j > i ? -Infinity : 0);
  const feedsOf = (rows: number) => ({
    x: tensor(
      'float32',
      [rows, 16],
      Float32Array.from({ length: rows * 16 }, (_, i) => Math.sin(i * 0.41) * 1.5),
    ),
  });

  it.each([
    ['a [T, T] causal mask', 1],
    ['a [T, T] causal mask over 3 heads ([3, T, T] scores)', 3],
  ])(
    'runs %s as one masked softmax on tpu-v1-vector, bit-exact against onnxruntime, fast = exact, close to float32',
    async (_, heads) => {
      const T = 8;
      const x = feedsOf(heads * T);
      const session = new Session(
        compileModel(masked(T, causal, heads), { config: loadConfig('tpu-v1-vector'), calibration: [x], exposeAllLayers: true }),
      );
      try {
        const sm = session.layers.find((l) => l.kind === 'reduce')!;
        expect(sm.nodes.map((n) => n.op)).toEqual(['Add', 'Softmax']);
        // (the builder's output Identity is a host op)
        const lowered = session.layers.filter((l) => l.kind !== 'node');
        expect(lowered.every((l) => session.placement.get(l.name)!.device === 'tpu')).toBe(true);
        expect(session.placement.get(sm.name)!.reason).toContain('masked softmax');
        const fast = await session.run(x, { fidelity: 'fast' });
        const { checked } = await expectBitExact(session, fast, x);
        expect(checked).toBeGreaterThanOrEqual(3);
        const exact = await session.run(x, { fidelity: 'exact' });
        expect(sameBytes(exact.quantized.get(sm.output)!, fast.quantized.get(sm.output)!)).toBe(true);
        // masked probabilities are exactly 0; every row sums to about 1
        const q = fast.quantized.get(sm.output)!;
        for (let r = 0; r < heads * T; r++) for (let j = 0; j < T; j++) if (j > r % T) expect(q[r * T + j], `row ${r} lane ${j}`).toBe(0);
        expect(compare(fast.outputs.y!, session.reference(x).y!).cosine).toBeGreaterThan(0.99);
      } finally {
        await session.close();
      }
    },
    60_000,
  );

  it('masks an NCHW softmax over the channels whose frames a padded convolution gives a border (one VECTOR per pixel), bit-exact, fast = exact', async () => {
    const b = new GraphBuilder('masked-nchw', { seed: 9 });
    const img = b.input('img', 'float32', [2, 6, 5, 5]);
    const u = (shape: number[], std: number) => b.param(shape, { kind: 'normal', std });
    const c = b.conv2d(img, u([20, 6, 1, 1], 0.3), u([20], 0.1));
    // [1, 20, 1, 5]: channel k of column j is masked when k > 3j + 4 (every column keeps channels 0..4)
    const mask = Float32Array.from({ length: 100 }, (_, i) => (Math.floor(i / 5) > 3 * (i % 5) + 4 ? -Infinity : 0));
    const sp = b.softmax(b.add(c, b.constant(tensor('float32', [1, 20, 1, 5], mask), 'mask')), 1);
    b.output(b.conv2d(sp, u([4, 20, 3, 3], 0.2), undefined, { pads: 1 }), { name: 'y' });
    const x = { img: feeds.img };
    const session = new Session(compileModel(b.build(), { config: loadConfig('tpu-v1-vector'), calibration: [x], exposeAllLayers: true }));
    try {
      const sm = session.layers.find((l) => l.kind === 'reduce')!;
      expect(sm.nodes.map((n) => n.op)).toEqual(['Add', 'Softmax']);
      expect(session.placement.get(sm.name)!.device).toBe('tpu');
      const fast = await session.run(x, { fidelity: 'fast' });
      const { checked } = await expectBitExact(session, fast, x);
      expect(checked).toBeGreaterThanOrEqual(3);
      const exact = await session.run(x, { fidelity: 'exact' });
      expect(sameBytes(exact.quantized.get(sm.output)!, fast.quantized.get(sm.output)!)).toBe(true);
      expect(compare(fast.outputs.y!, session.reference(x).y!).cosine).toBeGreaterThan(0.99);
    } finally {
      await session.close();
    }
  }, 60_000);

  it("refuses it on tpu-v1 (no class 'mask'), and a mask holding other values than 0 and -inf anywhere, naming why", async () => {
    const T = 8;
    const x = feedsOf(T);
    const v1 = new Session(compileModel(masked(T, causal), { config: loadConfig('tpu-v1'), calibration: [x] }));
    try {
      const sm = v1.layers.find((l) => l.op === 'Softmax')!;
      expect(sm.nodes.map((n) => n.op)).toEqual(['Add', 'Softmax']);
      const p = v1.placement.get(sm.name)!;
      expect(p.device).not.toBe('tpu');
      expect(p.reason).toContain("Add → Softmax needs the vector-unit class 'mask', which config tpu-v1 lacks");
      const run = await v1.run(x);
      expect(compare(run.outputs.y!, v1.reference(x).y!).cosine).toBeGreaterThan(0.99);
    } finally {
      await v1.close();
    }
    // a mask of 0.5 on the diagonal is no mask: the Add is refused, and the Softmax reads a value
    // that reaches -inf (calibration's refusal)
    const half = (i: number, j: number) => (j > i ? -Infinity : j === i ? 0.5 : 0);
    const session = new Session(compileModel(masked(T, half), { config: loadConfig('tpu-v1-vector'), calibration: [x] }));
    try {
      const add = session.layers.find((l) => l.op === 'Add')!;
      const softmax = session.layers.find((l) => l.op === 'Softmax')!;
      expect(session.placement.get(add.name)!.device).not.toBe('tpu');
      expect(session.placement.get(add.name)!.reason).toContain(
        'varies along an axis other than channels; as a softmax mask it must hold only 0 and -inf (it holds 0.5)',
      );
      const p = session.placement.get(softmax.name)!;
      expect(p.device).not.toBe('tpu');
      expect(p.reason).toContain(`"${add.output}" ranges over [-Infinity, `);
      expect(p.reason).toContain('which no uint8 scale covers');
      // the layers around it stay on the TPU
      expect(session.layers.filter((l) => l.kind === 'dense').every((l) => session.placement.get(l.name)!.device === 'tpu')).toBe(true);
      const run = await session.run(x);
      expect(compare(run.outputs.y!, session.reference(x).y!).cosine).toBeGreaterThan(0.99);
    } finally {
      await session.close();
    }
    // a row wholly -inf (its float32 softmax is NaN) is refused at compile time
    const dead = (i: number, j: number) => (i === 3 || j > i ? -Infinity : 0);
    const d = new Session(compileModel(masked(T, dead), { config: loadConfig('tpu-v1-vector'), calibration: [x] }));
    try {
      const add = d.layers.find((l) => l.op === 'Add')!;
      expect(d.placement.get(add.name)!.reason).toContain(
        "as a softmax mask no row may be wholly -inf (its softmax is NaN), as group 3's is",
      );
    } finally {
      await d.close();
    }
  }, 60_000);
});
