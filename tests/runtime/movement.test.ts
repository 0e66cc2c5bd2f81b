// Data movement on the vector unit (docs/vector-unit.md §8, lower/movement.ts): Slice, Split,
// Concat on every axis, Pad (constant, reflect, edge), Transpose, data-moving Reshapes and the
// channel shuffle chain. On tpu-v1-vector every one of them is a TPU layer whose uint8 output
// equals onnxruntime's on the same ops on uint8 (bit-exact), the fast and exact engines agree,
// and the int8 result follows float32; on tpu-v1 (no 'move' class) they stay off chip with a
// reason naming the class.
import { describe, expect, it } from 'vitest';
import { GraphBuilder, type Graph, type Tensor, loadOnnxFile, tensor } from '../../graph/index.js';
import { Session, compileModel } from '../../runtime/index.js';
import { type Fidelity, loadConfig } from '../../sim/index.js';
import { ensureFixture } from '../fixtures/onnx/fixtures.js';
import { sameBytes } from '../helpers/common.js';
import { compare, expectBitExact } from './helpers.js';

const u = (b: GraphBuilder, shape: number[], r = 0.3) => b.param(shape, { kind: 'uniform', lo: -r, hi: r });

/** An image model: shuffle, split, concat on channels, pad, strided spatial slices, concat along H and along N, transpose of H and W. */
function imageModel(): Graph {
  const b = new GraphBuilder('moves', { seed: 3 });
  const x = b.input('x', 'float32', [2, 8, 7, 7]);
  const c1 = b.relu(b.conv2d(x, u(b, [24, 8, 1, 1]), u(b, [24], 0.1)));
  const r5 = b.reshape(c1, [2, 3, 8, 7, 7], { name: 'shuffle' });
  const sh = b.reshape(b.transpose(r5, [0, 2, 1, 3, 4]), [2, 24, 7, 7]);
  const [s1, s2] = b.split(sh, [10, 14], 1, { name: 'split' }) as [string, string];
  const s2c = b.relu(b.conv2d(s2, u(b, [10, 14, 3, 3], 0.2), undefined, { pads: 1 }));
  const cat = b.concat([s1, s2c], 1);
  const pd = b.pad(cat, [0, 0, 1, 2, 0, 0, 1, 0], { name: 'pad', value: 0.25 });
  const sl = b.slice(pd, [1, 1], [8, 9], [2, 3], [2, 3], { name: 'slice' });
  const re = b.pad(b.slice(cat, [0, 0], [3, 3], [2, 3]), [0, 0, 0, 0, 0, 0, 1, 0], { name: 'reflect', mode: 'reflect' }); // [2, 20, 4, 3]
  const hcat = b.concat([sl, re], 2, { name: 'hcat' }); // [2, 20, 8, 3]
  const tr = b.transpose(hcat, [0, 1, 3, 2], { name: 'hw' }); // [2, 20, 3, 8]
  const ncat = b.concat([tr, b.pad(b.slice(tr, [0], [1], [0]), [0, 0, 0, 0, 1, 0, 0, 0], { name: 'edge', mode: 'edge' })], 0, {
    name: 'ncat',
  });
  const c2 = b.relu(b.conv2d(ncat, u(b, [12, 20, 3, 3], 0.1), undefined, { pads: 1 }));
  b.output(b.gemm(b.flatten(c2, 1), u(b, [12 * 3 * 8, 10], 0.05)));
  return b.build();
}

/** A sequence model: head split and merge (Reshape → Transpose → Reshape), a feature slice, a Gather of tokens by constant indices and a concat along tokens. */
function sequenceModel(): Graph {
  const b = new GraphBuilder('seq-moves', { seed: 4 });
  const x = b.input('t', 'float32', [2, 6, 32]);
  const h = b.relu(b.matmul(x, u(b, [32, 48], 0.3)));
  const heads = b.transpose(b.reshape(h, [2, 6, 3, 16]), [0, 2, 1, 3], { name: 'heads' }); // [2, 3, 6, 16]
  const merged = b.reshape(b.transpose(heads, [0, 2, 1, 3], { name: 'merge' }), [2, 6, 48]);
  const tail = b.slice(merged, [2, 8], [6, 40], [1, 2], undefined, { name: 'tokens' }); // [2, 4, 32]
  const picked = b.gather(merged, b.int64s([5, 0, -4]), 1, { name: 'pick' }); // [2, 3, 48]: constant indices, a move
  const rows = b.slice(b.reshape(merged, [12, 48]), [3], [9], [0], undefined, { name: 'viewslice' }); // a move reading a view: [6, 48]
  const parts = [merged, b.pad(tail, [0, 0, 8, 0, 0, 8], { name: 'featpad' }), picked, b.reshape(rows, [2, 3, 48])];
  const cat = b.concat(parts, 1, { name: 'tcat' }); // [2, 16, 48]
  b.output(b.matmul(cat, u(b, [48, 5], 0.3)));
  return b.build();
}

/** An embedding: Gather of a constant [40, 300] table (two 256-lane blocks) by token ids, then a dense layer. */
function embeddingModel(): Graph {
  const b = new GraphBuilder('embed', { seed: 5 });
  const tokens = b.input('tokens', 'int64', [2, 5]);
  const e = b.gather(u(b, [40, 300], 1), tokens, 0, { name: 'embed' });
  b.output(b.relu(b.matmul(e, u(b, [300, 16], 0.1))));
  return b.build();
}

const tokenFeeds = { tokens: tensor('int64', [2, 5], BigInt64Array.from([3, 0, 39, -1, 7, 7, 12, -40, 25, 1], BigInt)) };

function feedsOf(name: string, shape: number[]): Record<string, Tensor> {
  const n = shape.reduce((a, c) => a * c, 1);
  return {
    [name]: tensor(
      'float32',
      shape,
      Float32Array.from({ length: n }, (_, i) => Math.sin(i * 0.37) + 0.3 * Math.cos(i * 1.3)),
    ),
  };
}

const MOVE_OPS = new Set(['Transpose', 'Slice', 'Pad', 'Concat', 'Reshape', 'Gather']);

async function runOn(graph: Graph, feeds: Record<string, Tensor>, preset: string, fidelity: Fidelity, check = false) {
  const compiled = compileModel(graph, { config: loadConfig(preset), calibration: [feeds], exposeAllLayers: true });
  const session = new Session(compiled);
  try {
    const run = await session.run(feeds, { fidelity });
    const bitExact = check ? await expectBitExact(session, run, feeds) : undefined;
    const out = Object.keys(run.outputs)[0]!;
    const ref = compiled.calibration.outputs![out]!;
    return { compiled, run, bitExact, cosine: compare(run.outputs[out]!, ref).cosine, cycles: run.steps.map((s) => s.sim?.totalCycles) };
  } finally {
    await session.close();
  }
}

describe('data movement on the vector unit', () => {
  for (const [label, graph, feeds] of [
    ['image model', imageModel, feedsOf('x', [2, 8, 7, 7])],
    ['sequence model', sequenceModel, feedsOf('t', [2, 6, 32])],
    ['embedding model', embeddingModel, tokenFeeds],
  ] as const) {
    it(`${label}: on tpu-v1-vector every layer runs on the TPU, bit-exact against onnxruntime, fast = exact`, async () => {
      const fast = await runOn(graph(), feeds, 'tpu-v1-vector', 'fast', true);
      const moves = fast.compiled.layers.filter((l) => l.kind === 'move');
      expect(moves.length).toBeGreaterThanOrEqual({ 'image model': 10, 'sequence model': 6, 'embedding model': 0 }[label]);
      for (const l of fast.compiled.layers) expect(fast.compiled.placement.get(l.name)!.device, `${l.name} (${l.op})`).toBe('tpu');
      expect(fast.bitExact!.checked).toBe(fast.compiled.layers.filter((l) => l.kind !== 'view').length);
      expect(fast.bitExact!.skipped).toBe(0);
      expect(fast.cosine).toBeGreaterThan(0.99);
      const exact = await runOn(graph(), feeds, 'tpu-v1-vector', 'exact');
      expect(exact.cycles).toEqual(fast.cycles);
      for (const [name, want] of fast.run.quantized) expect(sameBytes(exact.run.quantized.get(name), want), name).toBe(true);
    }, 300_000);

    it(`${label}: on tpu-v1 the moves stay off chip, the reason naming the vector-unit class 'move'`, async () => {
      const r = await runOn(graph(), feeds, 'tpu-v1', 'fast');
      const moves = r.compiled.layers.filter((l) => l.kind === 'move' || l.kind === 'gather');
      expect(moves.length).toBeGreaterThan(0);
      for (const l of moves) {
        const p = r.compiled.placement.get(l.name)!;
        expect(p.device, l.name).not.toBe('tpu');
        expect(p.reason, l.name).toContain(`${l.op} needs the vector-unit class 'move', which config tpu-v1 lacks`);
        expect(MOVE_OPS.has(l.op)).toBe(true);
      }
      expect(r.cosine).toBeGreaterThan(0.99);
    }, 300_000);
  }

  it('gathers embedding rows on the chip: one VECTOR gather per 256-lane block of the table, indices normalised by the host', async () => {
    const r = await runOn(embeddingModel(), tokenFeeds, 'tpu-v1-vector', 'fast');
    const lowered = r.compiled.steps.flatMap((s) => (s.kind === 'tpu' ? s.segment.layers : []));
    expect(lowered.find((l) => l.name === 'embed')!.mapping).toBe('vector unit: gather of 40 table rows, 2 per index');
    const program = r.compiled.steps.flatMap((s) => (s.kind === 'tpu' ? s.segment.program : []));
    expect(program.filter((i) => i.op === 'VECTOR' && i.operation === 'gather').map((i) => i.len)).toEqual([10, 10]);
    const bad = compileModel(embeddingModel(), { config: loadConfig('tpu-v1-vector'), calibration: [tokenFeeds] });
    const session = new Session(bad);
    try {
      const feeds = { tokens: tensor('int64', [2, 5], BigInt64Array.from([3, 0, 40, 1, 7, 7, 12, 4, 25, 1], BigInt)) };
      await expect(session.run(feeds)).rejects.toThrow('index 40 of "tokens" is outside [-40, 40) (Gather)');
    } finally {
      await session.close();
    }
  }, 300_000);

  it("moves a torch transformer's embedding, head splits and merges on tpu-v1-vector, every TPU layer bit-exact", async () => {
    const fx = ensureFixture('transformer-op17');
    const feeds = Object.fromEntries(fx.inputs);
    const compiled = compileModel(loadOnnxFile(fx.onnxPath), {
      config: loadConfig('tpu-v1-vector'),
      calibration: [feeds],
      exposeAllLayers: true,
    });
    const session = new Session(compiled);
    try {
      const run = await session.run(feeds);
      const onTpu = (kind: string) => compiled.layers.filter((l) => l.kind === kind && compiled.placement.get(l.name)!.device === 'tpu');
      expect(onTpu('gather').map((l) => l.name)).toEqual(['/embed/Gather']);
      expect(onTpu('move').length).toBeGreaterThanOrEqual(20);
      const { checked, skipped } = await expectBitExact(session, run, feeds);
      expect(skipped).toBe(0);
      expect(checked).toBe(compiled.layers.filter((l) => l.kind !== 'view' && compiled.placement.get(l.name)!.device === 'tpu').length);
    } finally {
      await session.close();
    }
  }, 300_000);

  it('turns a channel shuffle into one layer of permutes (one per output block and source block) and a channel split into copies with row patterns', async () => {
    const r = await runOn(imageModel(), feedsOf('x', [2, 8, 7, 7]), 'tpu-v1-vector', 'fast');
    const lowered = r.compiled.steps.flatMap((s) => (s.kind === 'tpu' ? s.segment.layers : []));
    const shuffle = r.compiled.layers.find((l) => l.name === 'shuffle')!;
    expect(shuffle.nodes.map((n) => n.op)).toEqual(['Reshape', 'Transpose', 'Reshape']);
    // 24 channels in one 256-lane block: every output lane of a pixel comes from the same row, so one permute over all 98 pixels
    expect(lowered.find((l) => l.name === 'shuffle')!.mapping).toBe('vector unit: 0 copies, 1 permutes');
    // the second part feeds a 3x3 convolution, so its frame has a 1-pixel border: one copy per image
    // (7 rows of 7 pixels, 9 apart), the 98 source rows being contiguous
    expect(lowered.find((l) => l.name === 'split__slice1')!.mapping).toBe('vector unit: 2 copies');
    expect(lowered.find((l) => l.name === 'split__slice0')!.mapping).toBe('vector unit: 1 copies');
  }, 300_000);
});
