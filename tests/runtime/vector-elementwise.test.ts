// Element-wise layers on the vector unit (docs/vector-unit.md §8): every op the emitter lowers runs
// on the TPU of tpu-v1-vector and each layer's uint8 output equals onnxruntime's DequantizeLinear →
// op → QuantizeLinear on the exported segment, bit for bit; tpu-v1 runs what its classes and tables
// allow and refuses the rest naming the missing class or function.
import { describe, expect, it } from 'vitest';
import { GraphBuilder, Rng, loadOnnxFile, tensor, type Graph, type Tensor } from '../../graph/index.js';
import { Session } from '../../runtime/index.js';
import { loadConfig } from '../../sim/index.js';
import { ensureFixture } from '../fixtures/onnx/fixtures.js';
import { compare, expectBitExact } from './helpers.js';

const rng = new Rng(5);
const rand = (shape: number[], scale = 1, offset = 0) =>
  tensor(
    'float32',
    shape,
    Float32Array.from({ length: shape.reduce((a, b) => a * b, 1) }, () => offset + rng.normal() * scale),
  );

/** Every element-wise form the emitter lowers, each reading the graph inputs directly (300 channels: two blocks at W = 256). */
function elementwiseGraph(): { graph: Graph; feeds: Record<string, Tensor> } {
  const [N, C] = [4, 300];
  const b = new GraphBuilder('elementwise');
  const x = b.input('x', 'float32', [N, C]);
  const y = b.input('y', 'float32', [N, C]);
  const ch = b.input('ch', 'float32', [C]);
  const col = b.input('col', 'float32', [N, 1]);
  const one = b.input('one', 'float32', [1]);
  const img = b.input('img', 'float32', [2, C, 3, 3]);
  const se = b.input('se', 'float32', [2, C, 1, 1]);
  const op = (o: string, ins: string[], attrs = {}) => b.op(o, ins, attrs)[0]!;
  const outs = [
    op('Sigmoid', [x]),
    op('Tanh', [x]),
    op('HardSwish', [x]),
    op('HardSigmoid', [x], { alpha: 0.25, beta: 0.4 }),
    op('Exp', [x]),
    op('Erf', [x]),
    op('LeakyRelu', [x], { alpha: 0.1 }),
    op('Clip', [x, b.scalar(-1), b.scalar(2)]),
    op('Mul', [x, op('Sigmoid', [x])]), // SiLU
    op('Mul', [op('Mul', [x, op('Add', [op('Erf', [op('Div', [x, b.scalar(Math.SQRT2)])]), b.scalar(1)])]), b.scalar(0.5)]), // GELU, Erf form
    op('Sub', [b.scalar(1), op('Sigmoid', [y])]), // GRU's 1 − z
    op('Add', [x, y]),
    op('Sub', [x, y]),
    op('Mul', [x, y]),
    op('Div', [x, y]),
    op('Max', [x, y]),
    op('Min', [x, y]),
    op('Mul', [ch, x]), // per-channel activation, swapped into operand B
    op('Sub', [x, col]), // one value per row
    op('Add', [x, one]), // one value
    op('Mul', [img, se]), // squeeze-excitation scale
    op('Mul', [x, b.constant(rand([C], 0.5))]), // per-channel float32 constants
    op('Sub', [x, b.constant(rand([1, C], 0.5))]),
    op('Div', [img, b.constant(rand([C, 1, 1], 0.2, 1))]),
  ];
  for (const o of outs) b.output(o);
  const graph = b.build();
  const feeds = {
    x: rand([N, C]),
    y: rand([N, C], 0.3, 2), // away from 0: x / y stays in a range uint8 can hold
    ch: rand([C]),
    col: rand([N, 1]),
    one: rand([1]),
    img: rand([2, C, 3, 3]),
    se: rand([2, C, 1, 1]),
  };
  return { graph, feeds };
}

describe('element-wise layers on the vector unit', () => {
  it('tpu-v1-vector runs every form on the TPU, each layer bit-exact with onnxruntime', async () => {
    const { graph, feeds } = elementwiseGraph();
    const session = Session.create(graph, { config: loadConfig('tpu-v1-vector'), exposeAllLayers: true, calibration: [feeds] });
    try {
      const off = session.layers.filter((l) => session.placement.get(l.name)!.device !== 'tpu');
      expect(off.map((l) => `${l.name}: ${session.placement.get(l.name)!.reason}`)).toEqual([]);
      // Add of two same-shape activations stays the matrix unit's residual add; the rest are vector layers
      const vectorLayers = session.layers.filter((l) => l.kind === 'vector');
      expect(vectorLayers).toHaveLength(23);
      expect(session.layers.filter((l) => l.kind === 'add')).toHaveLength(1);
      // chains fuse into one lookup each: SiLU (2 nodes), GELU (5), 1 − sigmoid (2)
      expect(
        vectorLayers
          .map((l) => l.nodes.length)
          .sort((a, b) => b - a)
          .slice(0, 3),
      ).toEqual([5, 2, 2]);
      const run = await session.run(feeds);
      const { checked, skipped } = await expectBitExact(session, run, feeds);
      expect(skipped).toBe(0);
      expect(checked).toBe(24);
      // the quantized results are close to float32 (a check of the emitter's addressing, not only of the export)
      const ref = session.reference(feeds);
      for (const o of graph.outputs) expect(compare(run.outputs[o.name]!, ref[o.name]!).cosine, o.name).toBeGreaterThan(0.98);
      // each layer is VECTOR instructions only (one lookup per block for a 2-block unary layer)
      const program = session.steps.find((s) => s.kind === 'tpu')!;
      expect(program.kind === 'tpu' && program.segment.program.filter((i) => i.op === 'VECTOR').length).toBeGreaterThan(24);
    } finally {
      await session.close();
    }
  }, 300_000);

  it('tpu-v1 runs sigmoid/tanh tables and arithmetic, and names the class or table it lacks', async () => {
    const { graph, feeds } = elementwiseGraph();
    const session = Session.create(graph, { config: loadConfig('tpu-v1'), exposeAllLayers: true, calibration: [feeds] });
    try {
      const where = (op: string) => session.layers.filter((l) => l.op === op).map((l) => session.placement.get(l.name)!);
      const only = (op: string) =>
        session.layers.filter((l) => l.nodes.every((n) => n.op === op)).map((l) => session.placement.get(l.name)!);
      for (const p of [...only('Sigmoid'), ...only('Tanh')]) expect(p.device).toBe('tpu');
      // x · sigmoid(x) is SiLU, a table tpu-v1 does not hold; 1 − sigmoid(z) is sigmoid with an exact affine step
      const silu = session.layers.find((l) => l.nodes.map((n) => n.op).join() === 'Sigmoid,Mul')!;
      expect(session.placement.get(silu.name)!.reason).toMatch(/Sigmoid → Mul needs a lookup table of silu/);
      const oneMinus = session.layers.find((l) => l.nodes.map((n) => n.op).join() === 'Sigmoid,Sub')!;
      expect(session.placement.get(oneMinus.name)!.device).toBe('tpu');
      expect(where('Add').every((p) => p.device === 'tpu')).toBe(true);
      const hs = where('HardSwish')[0]!;
      expect(hs.device).not.toBe('tpu');
      expect(hs.reason).toMatch(/HardSwish needs a lookup table of hardswish, which config tpu-v1's vector unit does not hold/);
      expect(session.placement.get(session.layers.find((l) => l.op === 'Div' && l.nodes.length === 1)!.name)!.reason).toMatch(
        /Div needs the vector-unit class 'divide', which config tpu-v1 lacks/,
      );
      expect(where('Max')[0]!.reason).toMatch(/Max needs the vector-unit class 'minmax', which config tpu-v1 lacks/);
      const run = await session.run(feeds);
      const { checked, skipped } = await expectBitExact(session, run, feeds);
      expect(skipped).toBe(0);
      expect(checked).toBe(session.layers.filter((l) => l.kind !== 'view' && session.placement.get(l.name)!.device === 'tpu').length);
      expect(checked).toBeGreaterThanOrEqual(12);
    } finally {
      await session.close();
    }
  }, 300_000);

  it('a config without a vector unit keeps the earlier reasons', () => {
    const { graph, feeds } = elementwiseGraph();
    const session = Session.create(graph, { config: loadConfig('small-16'), calibration: [feeds] });
    const p = session.placement.get(session.layers.find((l) => l.op === 'Sigmoid')!.name)!;
    expect(p.device).not.toBe('tpu');
    expect(p.reason).toMatch(/does not directly follow a TPU layer/);
    const mul = session.placement.get(session.layers.find((l) => l.op === 'Mul' && l.inputs.length === 2)!.name)!;
    expect(mul.reason).toMatch(/no element-wise arithmetic unit/);
    void session.close();
  });

  it('vector busy cycles per layer are the hand-computed ones (sim/TIMING.md "Vector unit"), fast == exact', async () => {
    const b = new GraphBuilder('vector-timing');
    const x = b.input('x', 'float32', [4, 300]);
    const y = b.input('y', 'float32', [4, 300]);
    const img = b.input('img', 'float32', [2, 300, 3, 3]);
    const se = b.input('se', 'float32', [2, 300, 1, 1]);
    const sig = b.op('Sigmoid', [x], {}, { name: 'sig' })[0]!;
    const mul = b.op('Mul', [x, y], {}, { name: 'mul' })[0]!;
    const cmul = b.op('Mul', [x, b.constant(rand([300], 0.5))], {}, { name: 'cmul' })[0]!;
    const scale = b.op('Mul', [img, se], {}, { name: 'scale' })[0]!;
    for (const o of [sig, mul, cmul, scale]) b.output(o);
    const graph = b.build();
    const feeds = { x: rand([4, 300]), y: rand([4, 300]), img: rand([2, 300, 3, 3]), se: rand([2, 300, 1, 1]) };
    // W = L = 256: 300 channels are two blocks (256 + 44 lanes), each row one cycle (c(w) = 1)
    const want: Record<string, number> = {
      sig: 2 * (1 + 4), // per block: the 256-byte table (1 row) + 4 rows
      mul: 2 * 4, // two activations: no setup
      cmul: 2 * (4 + 4), // float32 constants: 4W bytes = 4 rows of setup
      scale: 2 * 18, // 2 images x 9 pixels per block, B one row per image
    };
    const session = Session.create(graph, { config: loadConfig('tpu-v1-vector'), calibration: [feeds] });
    try {
      const busy: Record<string, number>[] = [];
      for (const fidelity of ['fast', 'exact'] as const) {
        const run = await session.run(feeds, { fidelity });
        const step = run.steps.find((r) => r.step.kind === 'tpu')!;
        const byTag = new Map(step.sim!.perTag.map((t) => [t.tag, t.counters]));
        const seg = step.step.kind === 'tpu' ? step.step.segment : undefined;
        busy.push(
          Object.fromEntries(
            Object.keys(want).map((name) => [name, byTag.get(seg!.layers.find((l) => l.name === name)!.tag)!.vectorBusyCycles!]),
          ),
        );
      }
      expect(busy[0]).toEqual(want);
      expect(busy[1]).toEqual(want);
    } finally {
      await session.close();
    }
  }, 600_000);

  // issue 11's squeeze-excitation mobile CNN (torch export; scripts/export-fixtures.py SeMobileCnn)
  it('a torch SE mobile CNN runs ≥ 90 % of its nodes on tpu-v1-vector, bit-exact, within cosine 0.99 of torch; tpu-v1 names what it lacks', async () => {
    const fx = ensureFixture('se-mobile-op17');
    const graph = loadOnnxFile(fx.onnxPath);
    const feeds = Object.fromEntries(fx.inputs);
    for (const config of ['tpu-v1-vector', 'tpu-v1']) {
      const session = Session.create(graph, { config: loadConfig(config), calibration: [feeds], exposeAllLayers: true });
      try {
        const onTpu = session.layers.filter((l) => session.placement.get(l.name)!.device === 'tpu');
        const nodes = (ls: typeof onTpu) => ls.reduce((a, l) => a + l.nodes.length, 0);
        const share = nodes(onTpu) / nodes(session.layers);
        const run = await session.run(feeds);
        for (const [out, torchValue] of fx.outputs) expect(compare(run.outputs[out]!, torchValue).cosine, out).toBeGreaterThanOrEqual(0.99);
        const { checked, skipped } = await expectBitExact(session, run, feeds);
        // the SE gate's Sigmoid fuses into its conv's ACTIVATE (float32, fed to the export, not checked)
        expect(skipped).toBeLessThanOrEqual(1);
        expect(checked + skipped).toBe(onTpu.filter((l) => l.kind !== 'view').length);
        if (config === 'tpu-v1-vector') {
          expect(share).toBeGreaterThanOrEqual(0.9);
          // the SE scale is a VECTOR mul with one row per image
          expect(
            session.layers.some((l) => l.kind === 'vector' && l.vop === 'mul' && session.placement.get(l.name)!.device === 'tpu'),
          ).toBe(true);
        } else {
          expect(share).toBeLessThan(0.9);
          for (const l of session.layers.filter((x) => x.kind === 'vector' && session.placement.get(x.name)!.device !== 'tpu'))
            expect(session.placement.get(l.name)!.reason).toMatch(
              /needs (a lookup table of (hardswish|hardsigmoid|silu)|the vector-unit class)/,
            );
        }
      } finally {
        await session.close();
      }
    }
  }, 600_000);
});
