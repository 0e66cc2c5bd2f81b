// The large torchvision fixtures (resnet50, vgg11 at opset 13 and 17). Fixtures are generated on
// demand (needs torch). How fast resnet50 imports is measured by `npm run bench`, item (d).
import { beforeAll, describe } from 'vitest';
import { ensureFixtures } from '../fixtures/onnx/fixtures.js';
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
