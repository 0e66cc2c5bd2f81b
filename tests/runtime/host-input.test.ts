// Host input once (issue 9, item 2): a convolution whose input comes from the host gets the
// tensor's bytes over the host link, once, unless host-side im2col takes less time with the link
// counted (sim/TIMING.md "Choosing a host-input convolution's mapping"). Expected figures are
// hand-computed from the formulas there: tpu-v1 is 256x256 at 700 MHz with a 14 GB/s host link,
// so xfer_h(n) = ceil(n / 20).
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../graph/index.js';
import { compileModel, runModelDetailed } from '../../runtime/index.js';
import { estimateHostConv } from '../../runtime/lower/conv.js';
import type { ConvLayer } from '../../runtime/layers.js';
import { hardwareShape } from '../../runtime/lower/types.js';
import { loadConfig } from '../../sim/index.js';

/** One host-input convolution: x [n, c, h, w], `m` filters of k x k, pads k/2. */
function oneConv(n: number, c: number, h: number, m: number, k: number) {
  const b = new GraphBuilder('conv', { seed: 1 });
  const x = b.input('x', 'float32', [n, c, h, h]);
  b.output(b.relu(b.conv2d(x, b.param([m, c, k, k], { kind: 'uniform', lo: -0.1, hi: 0.1 }), undefined, { pads: Math.floor(k / 2) })));
  return b.build();
}

function firstMapping(graph: ReturnType<typeof oneConv>, mapping?: 'channels' | 'im2col') {
  const compiled = compileModel(graph, { config: loadConfig('tpu-v1'), convMapping: mapping });
  const step = compiled.steps.find((s) => s.kind === 'tpu')!;
  return step.kind === 'tpu' ? step.segment.layers[0]!.mapping : '';
}

describe('host input once', () => {
  it('estimates time with the host link: zoo:cnn0 layer 1 shape (8 x 48x19x19, 5x5, 256 filters)', () => {
    const graph = oneConv(8, 48, 19, 256, 5);
    const hw = hardwareShape(loadConfig('tpu-v1'));
    const compiled = compileModel(graph, { config: loadConfig('tpu-v1') });
    const conv = compiled.layers.find((l) => l.kind === 'conv') as ConvLayer;
    // channels on rows: link ceil(8*48*19*19 / 20) = 6,932, then 25 taps x 2,888 pixels = 72,200
    expect(estimateHostConv(compiled.graph, conv, hw, 'channels')).toBe(6932 + 72200);
    // host im2col: 2,888 x 1,200 bytes -> 173,280 link cycles vs 5 x 2,888 = 14,440 matrix cycles
    expect(estimateHostConv(compiled.graph, conv, hw, 'im2col')).toBe(173280);
    expect(firstMapping(graph)).toBe('channels-on-rows');
    expect(firstMapping(graph, 'im2col')).toBe('im2col');
  });

  it('keeps host im2col where the link is the cheaper resource (1 x 3x32x32, 3x3, 16 filters)', () => {
    const graph = oneConv(1, 3, 32, 16, 3);
    // im2col: max(ceil(1024 * 27 / 20) = 1,383, 1 x 1,024) = 1,383; channels: ceil(3072 / 20) = 154 + 9 x 1,024
    const hw = hardwareShape(loadConfig('tpu-v1'));
    const compiled = compileModel(graph, { config: loadConfig('tpu-v1') });
    const conv = compiled.layers.find((l) => l.kind === 'conv') as ConvLayer;
    expect(estimateHostConv(compiled.graph, conv, hw, 'im2col')).toBe(1383);
    expect(estimateHostConv(compiled.graph, conv, hw, 'channels')).toBe(154 + 9216);
    expect(firstMapping(graph)).toBe('im2col');
    expect(firstMapping(graph, 'channels')).toBe('channels-on-rows');
  });

  it("zoo:cnn0's first layer moves exactly its input tensor's bytes over the host link", async () => {
    const { report } = await runModelDetailed('zoo:cnn0', loadConfig('tpu-v1'), { batch: 2 });
    const first = report.layers.find((l) => l.device === 'tpu')!;
    expect(first.mapping).toBe('channels-on-rows');
    expect(first.bytes!.hostToUb).toBe(2 * 48 * 19 * 19);
    for (const o of report.numerics!.outputs) expect(o.cosineSimilarity).toBeGreaterThanOrEqual(0.99);
  }, 600_000);
});
