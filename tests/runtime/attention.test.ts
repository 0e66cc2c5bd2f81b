// MatMul of two activations (attention's Q·Kᵀ and P·V, docs/vector-unit.md §7) on a config with the
// Unified Buffer → weight path: every TPU layer bit-exact against onnxruntime running the exported
// QLinearMatMul graph, the fast and exact engines giving the same bytes and cycles, the placement
// refusing it on tpu-v1 with the missing path named.
import { describe, expect, it } from 'vitest';
import { GraphBuilder, type Tensor, execute, tensor } from '../../graph/index.js';
import { Session, compileModel } from '../../runtime/index.js';
import { type Fidelity, type HardwareConfig, loadConfig, parseConfig } from '../../sim/index.js';
import { sameBytes } from '../helpers/common.js';
import { compare, expectBitExact } from './helpers.js';

/**
 * Heads as a batch: s = (x·Wq)·(x·Wk)ᵀ per batch entry (Kᵀ made by a Transpose, wherever it runs),
 * p = softmax(s) (a uint8 operand with zero point 0), o = p·(x·Wv), then o·w shared across the
 * batch (b 2-D) and a dense layer after.
 */
function model(B: number, T: number, D: number) {
  const b = new GraphBuilder('attn', { seed: 3 });
  const u = (shape: number[], r = 0.4) => b.param(shape, { kind: 'uniform', lo: -r, hi: r });
  const x = b.input('x', 'float32', [B, T, D]);
  const q = b.matmul(x, u([D, D]));
  const k = b.matmul(x, u([D, D]));
  const v = b.matmul(x, u([D, D]));
  const s = b.matmul(q, b.transpose(k, [0, 2, 1]), { name: 'scores' });
  const p = b.softmax(s, -1);
  const o = b.matmul(p, v, { name: 'context' });
  const w = b.matmul(b.input('w', 'float32', [D, 6]), u([6, 6]));
  const z = b.matmul(o, w, { name: 'shared' });
  b.output(b.matmul(z, u([6, 5])));
  return b.build();
}

function feedsFor(B: number, T: number, D: number): Record<string, Tensor> {
  return {
    x: tensor(
      'float32',
      [B, T, D],
      Float32Array.from({ length: B * T * D }, (_, i) => Math.sin(i * 0.37) + 0.3 * Math.cos(i * 1.3)),
    ),
    w: tensor(
      'float32',
      [D, 6],
      Float32Array.from({ length: D * 6 }, (_, i) => Math.cos(i * 0.51)),
    ),
  };
}

const ATTENTION = ['scores', 'context', 'shared'];

async function runOn(config: HardwareConfig, fidelity: Fidelity, B: number, T: number, D: number, check = false) {
  const feeds = feedsFor(B, T, D);
  const compiled = compileModel(model(B, T, D), { config, calibration: [feeds], exposeAllLayers: true });
  const session = new Session(compiled);
  try {
    const run = await session.run(feeds, { fidelity });
    for (const name of ATTENTION) expect(compiled.placement.get(name)?.device, name).toBe('tpu');
    if (check) {
      const { checked } = await expectBitExact(session, run, feeds);
      expect(checked).toBeGreaterThanOrEqual(ATTENTION.length + 4);
    }
    const layers = new Map([...run.quantized].map(([k, v]) => [k, v as Uint8Array]));
    return { layers, run, cycles: run.steps.map((s) => s.sim?.totalCycles) };
  } finally {
    await session.close();
  }
}

/** small-16 with the path and a lookup-only vector unit, a rows x cols array and 32 accumulators (bands of 16 rows). */
function small(rows: number, cols: number): HardwareConfig {
  const W = Math.max(rows, cols);
  return parseConfig(
    {
      ...structuredClone(loadConfig('small-16')),
      name: `small-${rows}x${cols}-ub-weights`,
      matrix: { rows, cols, weightDoubleBuffer: true },
      unifiedBuffer: { bytes: 4096 * W },
      accumulators: { entries: 32 },
      weightFifo: { depthTiles: 4, fromUnifiedBuffer: true },
      vectorUnit: { lanes: W, latencyCycles: 4, ops: ['lookup'] },
    },
    'test config',
  );
}

describe('matmul of two activations (UB → weight path)', () => {
  it('is bit-exact against onnxruntime on tpu-v1-vector, close to float32, fast = exact', async () => {
    const fast = await runOn(loadConfig('tpu-v1-vector'), 'fast', 2, 8, 16, true);
    const [name, out] = Object.entries(fast.run.outputs)[0]!;
    const ref = execute(model(2, 8, 16), feedsFor(2, 8, 16))[name]!;
    expect(compare(out, ref).cosine).toBeGreaterThan(0.99);
    // one R x C tile per (batch entry, K chunk, N chunk): scores, context and shared have 2 x 1 x 1 each
    const ubToFifo = fast.run.steps.reduce((a, s) => a + Number(s.sim?.counters.ubToFifoBytes ?? 0), 0);
    expect(ubToFifo).toBe(3 * 2 * 256 * 256);
    const exact = await runOn(loadConfig('tpu-v1-vector'), 'exact', 2, 8, 16);
    expect(exact.cycles).toEqual(fast.cycles);
    for (const [name, want] of fast.layers) expect(sameBytes(exact.layers.get(name), want), name).toBe(true);
  }, 300_000);

  it('tiles K, N and M across chunks and accumulator bands on small arrays (16x16, 8x24, 24x8): the same bytes, bit-exact', async () => {
    // T = 40 rows (> 16 accumulator rows per band), D = 40 (K in several chunks of R, N of C)
    const square = await runOn(small(16, 16), 'fast', 2, 40, 40, true);
    for (const [r, c] of [
      [8, 24],
      [24, 8],
    ] as const) {
      const fast = await runOn(small(r, c), 'fast', 2, 40, 40);
      for (const [name, want] of square.layers) expect(sameBytes(fast.layers.get(name), want), `${r}x${c}: ${name}`).toBe(true);
      const exact = await runOn(small(r, c), 'exact', 2, 40, 40);
      expect(exact.cycles, `${r}x${c}`).toEqual(fast.cycles);
      for (const [name, want] of fast.layers) expect(sameBytes(exact.layers.get(name), want), `${r}x${c} exact: ${name}`).toBe(true);
    }
  }, 600_000);

  it('times the same when compiled for timing only (quantization parameters change table bytes and a MATMUL flag, not the timing)', async () => {
    const config = loadConfig('tpu-v1-vector');
    const cycles = async (timingOnly: boolean) => {
      const feeds = feedsFor(2, 8, 16);
      const compiled = compileModel(model(2, 8, 16), { config, ...(timingOnly ? { timingOnly } : { calibration: [feeds] }) });
      expect(compiled.placement.get('scores')?.device).toBe('tpu');
      const session = new Session(compiled);
      try {
        return (await session.run(feeds, { timingOnly })).steps.map((s) => s.sim?.totalCycles);
      } finally {
        await session.close();
      }
    };
    expect(await cycles(true)).toEqual(await cycles(false));
  }, 300_000);

  it('is refused on tpu-v1 with the missing path named, and without a lookup class', () => {
    const feeds = feedsFor(1, 4, 8);
    const v1 = compileModel(model(1, 4, 8), { config: loadConfig('tpu-v1'), calibration: [feeds] });
    expect(v1.placement.get('scores')?.reason).toContain(
      'config tpu-v1 has no path from the Unified Buffer to the weight FIFO (weightFifo.fromUnifiedBuffer)',
    );
    expect(v1.placement.get('scores')?.device).not.toBe('tpu');
    const noLookup = parseConfig(
      { ...structuredClone(loadConfig('tpu-v1-vector')), vectorUnit: { lanes: 256, latencyCycles: 4, ops: ['arith'] } },
      'test config',
    );
    const c = compileModel(model(1, 4, 8), { config: noLookup, calibration: [feeds] });
    expect(c.placement.get('context')?.reason).toContain("needs the vector-unit class 'lookup'");
  });
});
