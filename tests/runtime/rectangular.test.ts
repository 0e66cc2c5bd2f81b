// Rectangular arrays (issue 9 item 5): K is tiled by the array's rows R (MATMUL reads bytes
// [in.lane, in.lane + R) of its UB rows) and N by its columns C (ACTIVATE writes
// [out.lane, out.lane + C)); frames hold max(R, C) channels per UB row. The int8 results do not
// depend on the array's shape, so every layer's uint8 output on R x C must equal the same model's
// on a square array, which is checked bit-exact against onnxruntime; fast and exact agree.
import { describe, expect, it } from 'vitest';
import { GraphBuilder, type Tensor, tensor } from '../../graph/index.js';
import { Session, compileModel } from '../../runtime/index.js';
import { type Fidelity, type HardwareConfig, loadConfig, withOverrides } from '../../sim/index.js';
import { sameBytes } from '../helpers/common.js';
import { expectBitExact } from './helpers.js';

/** Every mapping: host conv (channels or im2col), depthwise, grouped, pooling, residual add, concat, flatten + dense. */
function model() {
  const b = new GraphBuilder('rect', { seed: 11 });
  const u = (shape: number[], r = 0.3) => b.param(shape, { kind: 'uniform', lo: -r, hi: r });
  const x = b.input('x', 'float32', [2, 20, 9, 9]);
  const c1 = b.relu(b.conv2d(x, u([40, 20, 3, 3], 0.15), u([40], 0.1), { pads: 1 }));
  const dw = b.relu(b.conv2d(c1, u([40, 1, 3, 3], 0.5), undefined, { pads: 1, group: 40 }));
  const gr = b.relu(b.conv2d(dw, u([24, 10, 1, 1], 0.4), undefined, { group: 4 }));
  const p = b.maxPool(gr, { kernelShape: [2, 2], strides: [2, 2] });
  const br = b.relu(b.conv2d(p, u([24, 24, 1, 1], 0.3)));
  const s = b.add(br, p);
  const cat = b.concat([s, b.conv2d(p, u([12, 24, 1, 1], 0.3))], 1);
  const h = b.relu(b.gemm(b.flatten(cat, 1), u([576, 70], 0.06)));
  b.output(b.gemm(h, u([70, 10], 0.2)));
  return b.build();
}

const feeds = {
  x: tensor(
    'float32',
    [2, 20, 9, 9],
    Float32Array.from({ length: 2 * 20 * 81 }, (_, i) => Math.sin(i * 0.7)),
  ),
};

function shaped(rows: number, cols: number, dataflow: 'ws' | 'os' | 'is' = 'ws'): HardwareConfig {
  const W = Math.max(rows, cols);
  return withOverrides(loadConfig('small-16'), {
    'matrix.rows': rows,
    'matrix.cols': cols,
    'unifiedBuffer.bytes': 4096 * W,
    'matrix.dataflow': dataflow,
  });
}

async function runOn(config: HardwareConfig, fidelity: Fidelity, convMapping: 'channels' | 'im2col', check = false) {
  const compiled = compileModel(model(), { config, calibration: [feeds], exposeAllLayers: true, convMapping });
  const session = new Session(compiled);
  try {
    const run = await session.run(feeds, { fidelity });
    if (check) expect((await expectBitExact(session, run, feeds)).checked).toBeGreaterThan(8);
    const layers = new Map([...run.quantized].map(([k, v]) => [k, v as Uint8Array]));
    return { layers, cycles: run.steps.map((s) => s.sim?.totalCycles), mappings: compiled.layers?.map((l) => l.name) };
  } finally {
    await session.close();
  }
}

describe('rectangular arrays', () => {
  for (const convMapping of ['channels', 'im2col'] as const) {
    it(`gives every layer's int8 output of the 16x16 array on 16x64, 64x16, 8x128, 128x8, 16x24, 24x16 (host conv ${convMapping}; fast = exact)`, async () => {
      const square = await runOn(shaped(16, 16), 'fast', convMapping, true);
      expect(square.layers.size).toBeGreaterThan(8);
      for (const [r, c] of [
        [16, 64],
        [64, 16],
        [8, 128],
        [128, 8],
        [16, 24],
        [24, 16],
      ] as const) {
        const fast = await runOn(shaped(r, c), 'fast', convMapping);
        for (const [name, want] of square.layers) expect(sameBytes(fast.layers.get(name), want), `${r}x${c}: ${name}`).toBe(true);
        const exact = await runOn(shaped(r, c), 'exact', convMapping);
        expect(exact.cycles, `${r}x${c}: exact cycles`).toEqual(fast.cycles);
        for (const [name, want] of fast.layers) expect(sameBytes(exact.layers.get(name), want), `${r}x${c} exact: ${name}`).toBe(true);
      }
    }, 600_000);
  }

  // os and is lower dense layers in fold chains and stream only a tile's used part, which must bound
  // its nonzero weights (selection and block-diagonal tiles hold fewer weights than their extent)
  it.each(['channels', 'im2col'] as const)(
    "gives every layer's int8 output of ws under os and is, on 16x16 and 8x16 (host conv %s; fast = exact)",
    async (convMapping) => {
      const ws = await runOn(shaped(16, 16), 'fast', convMapping);
      for (const [r, c] of [
        [16, 16],
        [8, 16],
      ] as const) {
        for (const df of ['os', 'is'] as const) {
          const fast = await runOn(shaped(r, c, df), 'fast', convMapping);
          for (const [name, want] of ws.layers) expect(sameBytes(fast.layers.get(name), want), `${df} ${r}x${c}: ${name}`).toBe(true);
          const exact = await runOn(shaped(r, c, df), 'exact', convMapping);
          expect(exact.cycles, `${df} ${r}x${c}: exact cycles`).toEqual(fast.cycles);
          for (const [name, want] of fast.layers)
            expect(sameBytes(exact.layers.get(name), want), `${df} ${r}x${c} exact: ${name}`).toBe(true);
        }
      }
    },
    600_000,
  );

  it('runs a 1000 x 1000 x 636 GEMM on tpu-v1 with a 128x8 array (K in 8 chunks of 128, N in 80 of 8): the 256x256 result', async () => {
    const b = new GraphBuilder('gemm', { seed: 5 });
    const x = b.input('x', 'float32', [1000, 1000]);
    b.output(b.gemm(x, b.param([1000, 636], { kind: 'uniform', lo: -0.05, hi: 0.05 })));
    const g = b.build();
    const input: Record<string, Tensor> = {
      x: tensor(
        'float32',
        [1000, 1000],
        Float32Array.from({ length: 1_000_000 }, (_, i) => Math.cos(i * 0.37)),
      ),
    };
    const outputs: Uint8Array[] = [];
    for (const config of [loadConfig('tpu-v1'), withOverrides(loadConfig('tpu-v1'), { 'matrix.rows': 128, 'matrix.cols': 8 })]) {
      const compiled = compileModel(g, { config, calibration: [input] });
      expect(compiled.steps.map((s) => s.kind)).toEqual(['tpu']);
      const session = new Session(compiled);
      try {
        const run = await session.run(input);
        outputs.push(run.quantized.get(g.outputs[0]!.name) as Uint8Array);
      } finally {
        await session.close();
      }
    }
    expect(outputs[0]!.length).toBe(636_000);
    expect(sameBytes(outputs[1], outputs[0])).toBe(true);
  }, 600_000);
});
