// Internal errors the model garden found (npm run garden, docs/VALIDATION.md), each reduced to a
// small graph that ended in the same internal error before its fix.
import { describe, expect, it } from 'vitest';
import { GraphBuilder, Rng, randomTensor } from '../../graph/index.js';
import { runModelDetailed } from '../../runtime/index.js';
import { loadConfig } from '../../sim/index.js';

describe('garden findings', () => {
  it('swin_t: a MatMul of a 4-D (NHWC) input along its last dimension goes to a fallback device, saying why', async () => {
    // Swin's MLP multiplies [1, 56, 56, 96] by [96, 384]; the compiler took it as a dense layer but
    // framed the 4-D tensor as NCHW (channels 56), and lowering stopped with "internal: dense layer
    // ... expects K=658.28 features".
    const rng = new Rng(4);
    const b = new GraphBuilder('nhwc-matmul');
    const x = b.input('x', 'float32', [1, 5, 6, 8]);
    const y = b.matmul(x, b.constant(randomTensor(rng, [8, 16], { kind: 'normal', std: 0.3 })), { name: 'mlp' });
    b.output(b.relu(y));
    const graph = b.build();
    const inputs = { x: randomTensor(new Rng(5), [1, 5, 6, 8], { kind: 'normal', std: 1 }) };
    const { report } = await runModelDetailed(
      { graph, source: { name: graph.name, source: 'graph', path: null }, isolateLayers: false },
      loadConfig('tpu-v1'),
      {
        inputs,
      },
    );
    const mlp = report.placement.find((p) => p.node === 'mlp')!;
    expect(mlp.device).not.toBe('tpu');
    expect(mlp.reason).toMatch(/^tpu: MatMul of a 4-D input along its last dimension/);
    expect(report.numerics!.outputs[0]!.cosineSimilarity).toBeGreaterThan(0.99);
  }, 120_000);
});
