// A GoogLeNet-class export (issue 9, item 7): torchvision's GoogLeNet with random initialisation
// (exported in CI by scripts/export-fixtures.py, at 64x64 to keep it quick) has activations deep in
// the net near 1e-13; at such input scales a float bias overflows int32 in accumulator units, and
// before biasScaleFloor the int8 output was all zero (cosine 0). It must stay within cosine 0.98 of
// torch's float32 output, and a degenerate output of the same model must warn.
import { describe, expect, it } from 'vitest';
import { type Tensor, tensor } from '../../graph/index.js';
import { degenerateOutputNotes, loadModel, runModelDetailed } from '../../runtime/index.js';
import { loadConfig } from '../../sim/index.js';
import { ensureFixture } from '../fixtures/onnx/fixtures.js';
import { compare } from './helpers.js';

describe('googlenet64-op17 (GoogLeNet, random init)', () => {
  it('runs on tpu-v1 within cosine 0.98 of torch, and its degenerate output would warn', async () => {
    const fx = ensureFixture('googlenet64-op17');
    const feeds = Object.fromEntries(fx.inputs);
    const { report, outputs } = await runModelDetailed(await loadModel(fx.onnxPath), loadConfig('tpu-v1'), { inputs: feeds });
    const torchOut = fx.outputs.get('output')!;
    const got = outputs['output']!;
    // the case this guards: torch's float32 output is small (random init), not zero
    expect(Math.max(...Array.from(torchOut.data as Float32Array, Math.abs))).toBeGreaterThan(0);
    expect(compare(got, torchOut).cosine).toBeGreaterThanOrEqual(0.98);
    expect(report.numerics!.outputs[0]!.cosineSimilarity).toBeGreaterThanOrEqual(0.98);
    expect(report.notes.filter((n) => n.startsWith('warning:'))).toEqual([]);
    // what the run gave before the fix (all zero, cosine NaN) warns
    const zero: Tensor = tensor('float32', got.shape, new Float32Array(got.data.length));
    expect(degenerateOutputNotes({ output: zero }, { output: torchOut })).toEqual([
      expect.stringMatching(/^warning: .*"output" is all zero/),
    ]);
  }, 600_000);
});
