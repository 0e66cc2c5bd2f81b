// The large torchvision fixtures (resnet50, vgg11 at opset 13 and 17), and the resnet50 import
// time. Fixtures are generated on demand (needs torch).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { importOnnx, loadOnnxFile } from '../../graph/index.js';
import { ensureFixture, ensureFixtures } from '../fixtures/onnx/fixtures.js';
import { checkTorchvisionFixture } from '../fixtures/onnx/torchvision-checks.js';

// resnet50: stem conv + 16 bottlenecks x 3 convs + 4 downsample convs = 53; ReLUs 1 + 16 x 3 = 49.
// vgg11: 8 convs and 5 max pools, adaptive 7x7 average pool, 3 linear layers, 8 + 2 ReLUs.
const MODELS: Record<string, Record<string, number>> = {
  resnet50: { Conv: 53, Relu: 49, MaxPool: 1, Add: 16, GlobalAveragePool: 1, Flatten: 1, Gemm: 1 },
  vgg11: { Conv: 8, Relu: 10, MaxPool: 5, AveragePool: 1, Flatten: 1, Gemm: 3 },
};
const NAMES = Object.keys(MODELS).flatMap((m) => [`${m}-op13`, `${m}-op17`]);

beforeAll(() => {
  ensureFixtures(NAMES);
}, 600_000);

describe('large torchvision fixtures', () => {
  for (const name of NAMES) checkTorchvisionFixture(name, MODELS[name.replace(/-op\d+$/, '')]!);
});

describe('import speed', () => {
  it('imports resnet50 well under a second', () => {
    const fx = ensureFixture('resnet50-op13');
    const bytes = new Uint8Array(readFileSync(fx.onnxPath));
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      importOnnx(bytes);
      best = Math.min(best, performance.now() - t0);
    }
    const t0 = performance.now();
    loadOnnxFile(fx.onnxPath);
    const withRead = performance.now() - t0;
    console.log(`resnet50 (${(bytes.length / 2 ** 20).toFixed(1)} MiB) import: ${best.toFixed(1)} ms from bytes (best of 3), ${withRead.toFixed(1)} ms from file`);
    expect(best).toBeLessThan(500);
  });
});
