// The LSTM unrolling pass is an exact rewrite: the float32 reference executor gives the same
// outputs for the original ONNX LSTM node and for its unrolled form, over directions, layouts,
// initial states and peepholes; forms it cannot unroll stay whole, with the reason.
import { describe, expect, it } from 'vitest';
import { GraphBuilder, Rng, execute, inferShapes, tensor, type Graph, type Tensor } from '../../graph/index.js';
import { unrollLstms } from '../../runtime/lstm.js';

interface Variant {
  direction: 'forward' | 'reverse' | 'bidirectional';
  layout: 0 | 1;
  initial: boolean;
  peephole: boolean;
  clip?: number;
}

function lstmGraph(v: Variant): { graph: Graph; feeds: Record<string, Tensor> } {
  const [T, B, I, H] = [5, 3, 4, 6];
  const D = v.direction === 'bidirectional' ? 2 : 1;
  const rng = new Rng(11);
  const rand = (shape: number[], scale = 0.5) =>
    tensor(
      'float32',
      shape,
      Float32Array.from({ length: shape.reduce((a, b) => a * b, 1) }, () => rng.normal() * scale),
    );
  const b = new GraphBuilder('lstm');
  const x = b.input('x', 'float32', v.layout === 0 ? [T, B, I] : [B, T, I]);
  const opts = {
    hiddenSize: H,
    direction: v.direction,
    layout: v.layout,
    bias: b.constant(rand([D, 8 * H])),
    initialH: v.initial ? b.constant(rand(v.layout === 0 ? [D, B, H] : [B, D, H])) : undefined,
    initialC: v.initial ? b.constant(rand(v.layout === 0 ? [D, B, H] : [B, D, H])) : undefined,
  };
  const inputs = [
    x,
    b.constant(rand([D, 4 * H, I])),
    b.constant(rand([D, 4 * H, H])),
    opts.bias,
    '',
    opts.initialH ?? '',
    opts.initialC ?? '',
    v.peephole ? b.constant(rand([D, 3 * H])) : '',
  ];
  const attrs: Record<string, number | string> = { hidden_size: H, direction: v.direction, layout: v.layout };
  if (v.clip !== undefined) attrs.clip = v.clip;
  const [y, yh, yc] = b.op(
    'LSTM',
    inputs.map((s) => s ?? ''),
    attrs,
    { outputs: 3 },
  );
  b.output(y!);
  b.output(yh!);
  b.output(yc!);
  const graph = b.build();
  return { graph, feeds: { x: rand(v.layout === 0 ? [T, B, I] : [B, T, I], 1) } };
}

const variants: Variant[] = [];
for (const direction of ['forward', 'reverse', 'bidirectional'] as const) {
  for (const layout of [0, 1] as const) {
    for (const initial of [false, true]) variants.push({ direction, layout, initial, peephole: initial });
  }
}

describe('LSTM unrolling', () => {
  it.each(variants.map((v) => [`${v.direction} layout=${v.layout} initial=${v.initial} peephole=${v.peephole}`, v] as const))(
    '%s matches the LSTM node',
    (_, v) => {
      const { graph, feeds } = lstmGraph(v);
      const want = execute(graph, feeds);
      const unrolled = graph.clone();
      expect(unrollLstms(unrolled)).toEqual([]);
      expect(unrolled.nodes.some((n) => n.op === 'LSTM')).toBe(false);
      expect(unrolled.nodes.filter((n) => n.op === 'MatMul').length).toBeGreaterThanOrEqual(5);
      inferShapes(unrolled);
      const got = execute(unrolled, feeds);
      for (const [name, t] of Object.entries(want)) {
        expect(got[name]!.shape).toEqual(t.shape);
        const a = t.data as Float32Array,
          c = got[name]!.data as Float32Array;
        for (let i = 0; i < a.length; i++) expect(Math.abs(a[i]! - c[i]!), `${name}[${i}]`).toBeLessThan(1e-5);
      }
    },
  );

  it('keeps an LSTM it cannot unroll whole and says why', () => {
    const { graph } = lstmGraph({ direction: 'forward', layout: 0, initial: false, peephole: false, clip: 3 });
    const kept = unrollLstms(graph);
    expect(kept).toEqual([{ node: graph.nodes.find((n) => n.op === 'LSTM')!.name, reason: 'it uses clip' }]);
  });
});
