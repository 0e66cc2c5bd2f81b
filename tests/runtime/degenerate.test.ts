// Degenerate quantized output (issue 9, item 7): an output that is all zero, constant, or below
// cosine 0.9 against float32 gets a "warning:" note (report.notes; the CLI prints it on stderr).
import { describe, expect, it } from 'vitest';
import { GraphBuilder, tensor } from '../../graph/index.js';
import { Session, degenerateOutputNotes } from '../../runtime/index.js';
import { loadConfig } from '../../sim/index.js';
import { compare, expectBitExact } from './helpers.js';

const t = (...v: number[]) => tensor('float32', [1, v.length], Float32Array.from(v));

describe('degenerate quantized outputs', () => {
  it('warns on all zero, constant and low-cosine outputs, and not on a faithful one', () => {
    const ref = { y: t(0.01, -0.02, 0.03, 0.005) };
    expect(degenerateOutputNotes({ y: t(0, 0, 0, 0) }, ref)).toEqual([expect.stringMatching(/^warning: .*"y" is all zero/)]);
    expect(degenerateOutputNotes({ y: t(0.5, 0.5, 0.5, 0.5) }, ref)).toEqual([expect.stringMatching(/"y" is constant \(0\.5\)/)]);
    // cosine of (-0.01, 0.02, 0.03, 0.005) with the reference: (-1 - 4 + 9 + 0.25) / (1+4+9+0.25) = 0.298
    expect(degenerateOutputNotes({ y: t(-0.01, 0.02, 0.03, 0.005) }, ref)).toEqual([expect.stringMatching(/cosine 0\.298/)]);
    expect(degenerateOutputNotes({ y: t(0.011, -0.019, 0.029, 0.006) }, ref)).toEqual([]);
    // without a reference only the value checks apply
    expect(degenerateOutputNotes({ y: t(0, 0, 0) }, undefined)).toHaveLength(1);
    expect(degenerateOutputNotes({ y: t(1, 2, 3) }, null)).toEqual([]);
  });
});

describe('a bias too large for int32 at a tiny input scale (the GoogLeNet-class cause)', () => {
  // Inputs of 1e-12 (as deep in a randomly initialised GoogLeNet) give x_scale * w_scale ≈ 1e-17, so a
  // bias of 0.03 is ≈ 3e15 in accumulator units: saturated at 2^31 - 1 it lost the output (all
  // zero, cosine 0). biasScaleFloor raises the channel's weight scale until the bias fits.
  it('keeps the output within cosine 0.98 of float32, bit-exact with onnxruntime', async () => {
    const b = new GraphBuilder('tiny', { seed: 2 });
    const x = b.input('x', 'float32', [4, 64]);
    b.output(b.gemm(x, b.param([64, 10], { kind: 'uniform', lo: -0.1, hi: 0.1 }), b.param([10], { kind: 'uniform', lo: -0.03, hi: 0.03 })));
    const graph = b.build();
    const feeds = {
      x: tensor(
        'float32',
        [4, 64],
        Float32Array.from({ length: 256 }, (_, i) => 1e-12 * (1 + Math.sin(i))),
      ),
    };
    const session = Session.create(graph, { config: loadConfig('small-16'), exposeAllLayers: true, calibration: [feeds] });
    try {
      const run = await session.run(feeds);
      const ref = session.reference(feeds);
      const name = graph.outputs[0]!.name;
      expect(compare(run.outputs[name]!, ref[name]!).cosine).toBeGreaterThanOrEqual(0.98);
      expect(degenerateOutputNotes(run.outputs, ref)).toEqual([]);
      const { checked, skipped } = await expectBitExact(session, run, feeds);
      expect(skipped).toBe(0);
      expect(checked).toBeGreaterThan(0);
    } finally {
      await session.close();
    }
  }, 120_000);
});
