// Attention on 4-D tensors [batch, heads, tokens, head size] (swin_t's window attention; torch's
// multi-head attention written by hand): a 4-D tensor lies in the Unified Buffer as an NCHW frame
// (heads on the lanes, a row per (batch, token, feature)), not as rows of its last dimension, so
// the matrix unit cannot take it as rows × features. The compiler used to lower such a MatMul of
// two activations anyway, reading and writing the frame as if it were rows × features: wrong rows,
// and past the end of the UB for swin_t (an ACTIVATE at row 130236 of 98304). Now the placement
// refuses it with the reason named and the rest of the model stays on the TPU, bit-exact.
// Also a row slice of a larger frame (a Gather of one row of [S, T, D]: its blocks keep the larger
// frame's stride) read by the attention and data-movement emitters, which used to assume packed blocks.
import { describe, expect, it } from 'vitest';
import { GraphBuilder, type Tensor, execute, tensor } from '../../graph/index.js';
import { Session, compileModel } from '../../runtime/index.js';
import { type HardwareConfig, loadConfig, parseConfig } from '../../sim/index.js';
import { compare, expectBitExact } from './helpers.js';

/** x [T, D] → q, k, v dense → [1, T, H, D/H] → [1, H, T, D/H]; softmax(q·kᵀ + bias)·v → [T, D] → dense. */
function model(T: number, D: number, H: number) {
  const b = new GraphBuilder('attn4d', { seed: 5 });
  const u = (shape: number[], r = 0.4) => b.param(shape, { kind: 'uniform', lo: -r, hi: r });
  const x = b.input('x', 'float32', [T, D]);
  const heads = (t: string) => b.transpose(b.reshape(t, [1, T, H, D / H]), [0, 2, 1, 3]);
  const q = heads(b.matmul(x, u([D, D])));
  const k = heads(b.matmul(x, u([D, D])));
  const v = heads(b.matmul(x, u([D, D])));
  const s = b.matmul(q, b.transpose(k, [0, 1, 3, 2]), { name: 'scores' });
  const p = b.softmax(b.add(s, u([1, H, T, T])), -1);
  const o = b.matmul(p, v, { name: 'context' });
  const y = b.reshape(b.transpose(o, [0, 2, 1, 3]), [T, D]);
  b.output(b.matmul(y, u([D, 5])));
  return b.build();
}

function feedsFor(T: number, D: number): Record<string, Tensor> {
  return {
    x: tensor(
      'float32',
      [T, D],
      Float32Array.from({ length: T * D }, (_, i) => Math.sin(i * 0.37) + 0.3 * Math.cos(i * 1.3)),
    ),
  };
}

describe('matmul of two 4-D activations (heads in dimension 1)', () => {
  it('is refused with the layout named on tpu-v1-vector; the model runs, its TPU layers bit-exact', async () => {
    const [T, D, H] = [7, 16, 2];
    const feeds = feedsFor(T, D);
    const graph = model(T, D, H);
    const compiled = compileModel(graph, { config: loadConfig('tpu-v1-vector'), calibration: [feeds], exposeAllLayers: true });
    for (const name of ['scores', 'context']) {
      const placed = compiled.placement.get(name)!;
      expect(placed.device, name).not.toBe('tpu');
      expect(placed.reason, name).toContain('4-D tensors are held as NCHW frames');
    }
    const session = new Session(compiled);
    try {
      const run = await session.run(feeds);
      const [name, out] = Object.entries(run.outputs)[0]!;
      expect(compare(out, execute(graph, feeds)[name]!).cosine).toBeGreaterThan(0.99);
      const { checked } = await expectBitExact(session, run, feeds);
      expect(checked).toBeGreaterThanOrEqual(4);
    } finally {
      await session.close();
    }
  }, 300_000);
});

/** small-16 with the UB → weight path and a vector unit with `ops`: P = 16 channels per block. */
function small16(ops: ('lookup' | 'move')[] = ['lookup']): HardwareConfig {
  return parseConfig(
    {
      ...structuredClone(loadConfig('small-16')),
      name: 'small-16-ub-weights',
      unifiedBuffer: { bytes: 4096 * 16 },
      weightFifo: { depthTiles: 4, fromUnifiedBuffer: true },
      vectorUnit: { lanes: 16, latencyCycles: 4, ops },
    },
    'test config',
  );
}

const wave = (n: number, f: number) => Float32Array.from({ length: n }, (_, i) => Math.sin(i * f) + 0.3 * Math.cos(i * 1.3));

describe('matmul of two activations, the first a row slice of a larger frame', () => {
  it('reads every channel block of the slice at its frame stride: bit-exact, close to float32', async () => {
    // h [3T, D] → [3, T, D] → row slice 1 ([T, D], D = 40: three blocks of 16 whose stride is 3T rows)
    const [T, D, N] = [5, 40, 6];
    const b = new GraphBuilder('slice-attn', { seed: 7 });
    const u = (shape: number[], r = 0.4) => b.param(shape, { kind: 'uniform', lo: -r, hi: r });
    const h = b.matmul(b.input('x', 'float32', [3 * T, D]), u([D, D]));
    const a = b.gather(b.reshape(h, [3, T, D]), b.constant(tensor('int64', [], BigInt64Array.from([1n]))), 0);
    const w = b.matmul(b.input('w', 'float32', [D, N]), u([N, N]));
    const z = b.matmul(a, w, { name: 'sliced' });
    b.output(b.matmul(z, u([N, 5])));
    const graph = b.build();
    const feeds = { x: tensor('float32', [3 * T, D], wave(3 * T * D, 0.37)), w: tensor('float32', [D, N], wave(D * N, 0.51)) };
    const compiled = compileModel(graph, { config: small16(), calibration: [feeds], exposeAllLayers: true });
    expect(compiled.placement.get('sliced')?.device).toBe('tpu');
    expect(compiled.layers.some((l) => l.kind === 'view' && l.rowSlice)).toBe(true);
    const session = new Session(compiled);
    try {
      const run = await session.run(feeds);
      const [name, out] = Object.entries(run.outputs)[0]!;
      expect(compare(out, execute(graph, feeds)[name]!).cosine).toBeGreaterThan(0.99);
      const { checked } = await expectBitExact(session, run, feeds);
      expect(checked).toBeGreaterThanOrEqual(3);
    } finally {
      await session.close();
    }
  }, 300_000);
});

describe('data movement of a row slice of a larger frame', () => {
  it('reads every channel block of the slice at its frame stride: bit-exact, close to float32', async () => {
    // as above, then the slice transposed on the vector unit ([T, D] → [D, T])
    const [T, D] = [5, 40];
    const b = new GraphBuilder('slice-move', { seed: 7 });
    const u = (shape: number[], r = 0.4) => b.param(shape, { kind: 'uniform', lo: -r, hi: r });
    const h = b.matmul(b.input('x', 'float32', [3 * T, D]), u([D, D]));
    const a = b.gather(b.reshape(h, [3, T, D]), b.constant(tensor('int64', [], BigInt64Array.from([1n]))), 0);
    const t = b.transpose(a, [1, 0], { name: 'moved' });
    b.output(b.matmul(t, u([T, 5])));
    const graph = b.build();
    const feeds = { x: tensor('float32', [3 * T, D], wave(3 * T * D, 0.37)) };
    const compiled = compileModel(graph, { config: small16(['lookup', 'move']), calibration: [feeds], exposeAllLayers: true });
    expect(compiled.placement.get('moved')?.device).toBe('tpu');
    expect(compiled.layers.some((l) => l.kind === 'view' && l.rowSlice)).toBe(true);
    const session = new Session(compiled);
    try {
      const run = await session.run(feeds);
      const [name, out] = Object.entries(run.outputs)[0]!;
      expect(compare(out, execute(graph, feeds)[name]!).cosine).toBeGreaterThan(0.99);
      const { checked } = await expectBitExact(session, run, feeds);
      expect(checked).toBeGreaterThanOrEqual(3);
    } finally {
      await session.close();
    }
  }, 300_000);
});

describe('softmax of a row slice of a larger frame', () => {
  // the slice's channel blocks lie its parent frame's block stride apart; the softmax walks its
  // output's blocks with the same stride (one vec.group.stride for both), so the output frame takes
  // it (was: blockRows of the slice, every block after the first read from the wrong rows: cosine ≈ 0.80)
  it('reads every channel block of the slice at its frame stride', async () => {
    const [T, D] = [5, 40];
    const b = new GraphBuilder('slice-softmax', { seed: 7 });
    const u = (shape: number[], r = 0.4) => b.param(shape, { kind: 'uniform', lo: -r, hi: r });
    const h = b.matmul(b.input('x', 'float32', [3 * T, D]), u([D, D]));
    const a = b.gather(b.reshape(h, [3, T, D]), b.constant(tensor('int64', [], BigInt64Array.from([1n]))), 0);
    b.output(b.matmul(b.softmax(a, -1, { name: 'softmax' }), u([D, 5])));
    const graph = b.build();
    const feeds = { x: tensor('float32', [3 * T, D], wave(3 * T * D, 0.37)) };
    const v = loadConfig('tpu-v1-vector');
    const config = parseConfig(
      {
        ...structuredClone(v),
        name: 'small-16-vector',
        matrix: loadConfig('small-16').matrix,
        accumulators: { entries: 32 },
        unifiedBuffer: { bytes: 4096 * 16 },
        vectorUnit: { ...v.vectorUnit!, lanes: 16 },
      },
      'test config',
    );
    const compiled = compileModel(graph, { config, calibration: [feeds], exposeAllLayers: true });
    expect(compiled.placement.get('softmax')?.device).toBe('tpu');
    const session = new Session(compiled);
    try {
      const run = await session.run(feeds);
      const [name, out] = Object.entries(run.outputs)[0]!;
      expect(compare(out, execute(graph, feeds)[name]!).cosine).toBeGreaterThan(0.99);
      const { checked } = await expectBitExact(session, run, feeds);
      expect(checked).toBeGreaterThanOrEqual(3);
    } finally {
      await session.close();
    }
  }, 300_000);
});
