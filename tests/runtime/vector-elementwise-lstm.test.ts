// LSTMs on chip on tpu-v1 (issue 9, docs/vector-unit.md §8 "LSTM and GRU"): the unrolled steps —
// one dense layer per gate, gate math as vector-unit lookups and products, x_t a row slice of the
// input, h_t concatenated along rows into the sequence output — place every node on the TPU, and
// every TPU layer is bit-exact with onnxruntime. The unrolled form with the direction-axis Squeezes
// taken over computes what the LSTM node does (float32 reference executor).
import { describe, expect, it } from 'vitest';
import { GraphBuilder, Rng, buildModel, execute, inferShapes, loadOnnxFile, tensor, type Graph, type Tensor } from '../../graph/index.js';
import { buildLayers, normaliseGraph } from '../../runtime/compile/index.js';
import { createDevices, placeLayers } from '../../runtime/devices/index.js';
import { Session } from '../../runtime/index.js';
import { unrollLstms } from '../../runtime/lstm.js';
import { loadConfig } from '../../sim/index.js';
import { ensureFixture } from '../fixtures/onnx/fixtures.js';
import { compare, expectBitExact } from './helpers.js';

/** Two stacked LSTMs (the first with peepholes) as torch and the zoo export them: Squeeze(Y, 1), then Squeeze(Y_h, 0) → Gemm. */
function stackedLstm(): { graph: Graph; feeds: Record<string, Tensor> } {
  const [T, B, I, H] = [5, 3, 20, 24];
  const rng = new Rng(3);
  const rand = (shape: number[], scale: number) =>
    tensor(
      'float32',
      shape,
      Float32Array.from({ length: shape.reduce((a, b) => a * b, 1) }, () => rng.normal() * scale),
    );
  const b = new GraphBuilder('stacked-lstm');
  const x = b.input('x', 'float32', [T, B, I]);
  const lstm = (v: string, inSize: number, peephole: boolean) =>
    b.op(
      'LSTM',
      [
        v,
        b.constant(rand([1, 4 * H, inSize], 0.3)),
        b.constant(rand([1, 4 * H, H], 0.3)),
        b.constant(rand([1, 8 * H], 0.1)),
        '',
        '',
        '',
        peephole ? b.constant(rand([1, 3 * H], 0.3)) : '',
      ],
      { hidden_size: H },
      { outputs: 3 },
    );
  const [y1] = lstm(x, I, true);
  const seq = b.op('Squeeze', [y1!, b.int64s([1])])[0]!;
  const [, yh2] = lstm(seq, H, false);
  const last = b.op('Squeeze', [yh2!, b.int64s([0])])[0]!;
  b.output(b.op('Gemm', [last, b.constant(rand([H, 4], 0.3)), b.constant(rand([4], 0.1))])[0]!);
  return { graph: b.build(), feeds: { x: rand([T, B, I], 1) } };
}

/** A GRU node (ONNX gate order z, r, h) in the given form, its Y and Y_h as graph outputs. */
function gruGraph(v: { direction: string; layout: 0 | 1; lbr: 0 | 1; initial: 'none' | 'zeros' | 'random' }): {
  graph: Graph;
  feeds: Record<string, Tensor>;
} {
  const [T, B, I, H] = [4, 3, 5, 6];
  const D = v.direction === 'bidirectional' ? 2 : 1;
  const rng = new Rng(17);
  const rand = (shape: number[], scale = 0.5) =>
    tensor(
      'float32',
      shape,
      Float32Array.from({ length: shape.reduce((a, b) => a * b, 1) }, () => rng.normal() * scale),
    );
  const b = new GraphBuilder('gru');
  const x = b.input('x', 'float32', v.layout === 0 ? [T, B, I] : [B, T, I]);
  const hShape = v.layout === 0 ? [D, B, H] : [B, D, H];
  const h0 =
    v.initial === 'none' ? '' : b.constant(v.initial === 'zeros' ? tensor('float32', hShape, new Float32Array(D * B * H)) : rand(hShape));
  const [y, yh] = b.op(
    'GRU',
    [x, b.constant(rand([D, 3 * H, I])), b.constant(rand([D, 3 * H, H])), b.constant(rand([D, 6 * H])), '', h0],
    { hidden_size: H, direction: v.direction, layout: v.layout, linear_before_reset: v.lbr },
    { outputs: 2 },
  );
  b.output(y!);
  b.output(yh!);
  return { graph: b.build(), feeds: { x: rand(v.layout === 0 ? [T, B, I] : [B, T, I], 1) } };
}

/** Torch's nn.GRU export, stacked: Squeeze(Y, 1) into a second GRU, Squeeze(Y_h, 0) into a Gemm (linear_before_reset = 1). */
function stackedGru(): { graph: Graph; feeds: Record<string, Tensor> } {
  const [T, B, I, H] = [6, 2, 12, 20];
  const rng = new Rng(23);
  const rand = (shape: number[], scale: number) =>
    tensor(
      'float32',
      shape,
      Float32Array.from({ length: shape.reduce((a, b) => a * b, 1) }, () => rng.normal() * scale),
    );
  const b = new GraphBuilder('stacked-gru');
  const x = b.input('x', 'float32', [T, B, I]);
  const gru = (v: string, inSize: number) =>
    b.op(
      'GRU',
      [
        v,
        b.constant(rand([1, 3 * H, inSize], 0.3)),
        b.constant(rand([1, 3 * H, H], 0.3)),
        b.constant(rand([1, 6 * H], 0.1)),
        '',
        b.constant(tensor('float32', [1, B, H], new Float32Array(B * H))),
      ],
      { hidden_size: H, linear_before_reset: 1 },
      { outputs: 2 },
    );
  const [y1] = gru(x, I);
  const [, yh2] = gru(b.op('Squeeze', [y1!, b.int64s([1])])[0]!, H);
  b.output(b.op('Gemm', [b.op('Squeeze', [yh2!, b.int64s([0])])[0]!, b.constant(rand([H, 4], 0.3)), b.constant(rand([4], 0.1))])[0]!);
  return { graph: b.build(), feeds: { x: rand([T, B, I], 1) } };
}

/** The reference executor's outputs of the graph and of its unrolled form agree within 1e-5. */
function expectUnrolledSame(graph: Graph, feeds: Record<string, Tensor>): Graph {
  const want = execute(graph, feeds);
  const unrolled = graph.clone();
  expect(unrollLstms(unrolled)).toEqual([]);
  expect(unrolled.nodes.filter((n) => ['LSTM', 'GRU', 'Split'].includes(n.op))).toEqual([]);
  inferShapes(unrolled);
  const got = execute(unrolled, feeds);
  for (const [name, t] of Object.entries(want)) {
    expect(got[name]!.shape).toEqual(t.shape);
    const a = t.data as Float32Array,
      c = got[name]!.data as Float32Array;
    for (let i = 0; i < a.length; i++) expect(Math.abs(a[i]! - c[i]!), `${name}[${i}]`).toBeLessThan(1e-5);
  }
  return unrolled;
}

describe('GRU unrolling', () => {
  const variants = [];
  for (const direction of ['forward', 'reverse', 'bidirectional'])
    for (const layout of [0, 1] as const)
      for (const lbr of [0, 1] as const)
        variants.push({ direction, layout, lbr, initial: (['none', 'zeros', 'random'] as const)[(layout + 2 * lbr) % 3]! });
  it.each(variants.map((v) => [`${v.direction} layout=${v.layout} linear_before_reset=${v.lbr} initial=${v.initial}`, v] as const))(
    '%s matches the GRU node',
    (_, v) => {
      const { graph, feeds } = gruGraph(v);
      expectUnrolledSame(graph, feeds);
    },
  );
});

describe('LSTMs on the vector unit (tpu-v1)', () => {
  it('the unrolled form, Squeezes taken over, computes what the LSTM nodes do', () => {
    for (const { graph, feeds } of [stackedLstm(), stackedGru()]) {
      const unrolled = expectUnrolledSame(graph, feeds);
      expect(unrolled.nodes.filter((n) => n.op === 'Squeeze' || n.op === 'Unsqueeze')).toEqual([]);
    }
  });

  it.each([
    ['LSTM', stackedLstm],
    ['GRU', stackedGru],
  ] as const)(
    'stacked %s: every node on the TPU; every TPU layer bit-exact with onnxruntime; cosine ≥ 0.99',
    async (kind, make) => {
      const { graph, feeds } = make();
      const session = Session.create(graph, { config: loadConfig('tpu-v1'), exposeAllLayers: true, calibration: [feeds] });
      try {
        const off = session.layers.filter((l) => session.placement.get(l.name)!.device !== 'tpu');
        expect(off.map((l) => `${l.name} (${l.op}): ${session.placement.get(l.name)!.reason}`)).toEqual([]);
        // per step: sigmoid/tanh lookups and products on the vector unit, x_t as a row slice, h_t into the sequence by row concat
        const T = graph.inputs[0]!.shape![0] as number;
        expect(session.layers.filter((l) => l.kind === 'vector' && l.vop === 'mul').length).toBeGreaterThanOrEqual(
          2 * T * (kind === 'LSTM' ? 2 : 1),
        );
        expect(session.layers.filter((l) => l.kind === 'view' && l.rowSlice).length).toBe(2 * T);
        // the cell (LSTM) or state (GRU) update's sum of two products stays on the vector unit (steps after the first, both layers)
        expect(session.layers.filter((l) => l.kind === 'vector' && l.vop === 'add').length).toBe(2 * (T - 1));
        expect(session.layers.filter((l) => l.kind === 'vector' && l.vop === 'rows').length).toBe(1);
        const run = await session.run(feeds);
        const { checked, skipped } = await expectBitExact(session, run, feeds);
        const tpuLayers = session.layers.filter((l) => l.kind !== 'view').length;
        // a gate whose sigmoid/tanh the dense layer's ACTIVATE applies is not exportable (float32 in the
        // activation unit); its TPU output feeds the export, so every other layer is still checked
        expect(checked + skipped).toBe(tpuLayers);
        expect(checked).toBeGreaterThan(tpuLayers / 2);
        const ref = session.reference(feeds);
        const name = graph.outputs[0]!.name;
        expect(compare(run.outputs[name]!, ref[name]!).cosine).toBeGreaterThanOrEqual(0.99);
      } finally {
        await session.close();
      }
    },
    300_000,
  );

  // torch's nn.GRU and nn.LSTM exports (sequence first; scripts/export-fixtures.py)
  it.each(['gru-seq-op13', 'lstm-seq-op13'])(
    'torch export %s: every node on the TPU, within cosine 0.98 of torch, bit-exact',
    async (name) => {
      const fx = ensureFixture(name);
      const graph = loadOnnxFile(fx.onnxPath);
      const feeds = Object.fromEntries(fx.inputs);
      const session = Session.create(graph, { config: loadConfig('tpu-v1'), calibration: [feeds], exposeAllLayers: true });
      try {
        const off = session.layers.filter((l) => session.placement.get(l.name)!.device !== 'tpu');
        expect(off.map((l) => `${l.name} (${l.op}): ${session.placement.get(l.name)!.reason}`)).toEqual([]);
        const run = await session.run(feeds);
        // uint8 activations through recurrent steps: 0.98, as for the batch-first LSTM fixture
        for (const [out, torchValue] of fx.outputs) expect(compare(run.outputs[out]!, torchValue).cosine, out).toBeGreaterThanOrEqual(0.98);
        const { checked, skipped } = await expectBitExact(session, run, feeds);
        expect(checked + skipped).toBe(session.layers.filter((l) => l.kind !== 'view').length);
        expect(checked).toBeGreaterThan(skipped);
      } finally {
        await session.close();
      }
    },
    600_000,
  );

  // the paper's LSTMs and the zoo's stacked LSTM, placement only (their full runs take minutes)
  it.each(['lstm', 'lstm0', 'lstm1'])(
    'zoo:%s places every node on the TPU of tpu-v1',
    (name) => {
      const { graph } = normaliseGraph(buildModel(name, { batch: 2, seed: 1 }));
      const layers = buildLayers(graph);
      const placement = placeLayers(graph, layers, ['tpu', 'gpu', 'cpu'], createDevices(loadConfig('tpu-v1')));
      const off = layers.filter((l) => placement.get(l.name)!.device !== 'tpu');
      expect(off.map((l) => `${l.name} (${l.op}): ${placement.get(l.name)!.reason}`)).toEqual([]);
      // the gate math is on the vector unit: per step at least the products i·g and o·tanh(c)
      expect(layers.filter((l) => l.kind === 'vector' && l.vop === 'mul').length).toBeGreaterThanOrEqual(2 * 16);
      expect(layers.some((l) => l.kind === 'node')).toBe(false);
      // LSTM1's Softmax is the vector unit's group op (tpu-v1 keeps the 'softmax' class)
      if (name === 'lstm1') expect(layers.filter((l) => l.op === 'Softmax').map((l) => l.kind)).toEqual(['reduce']);
    },
    600_000,
  );
});
