// torchvision CNNs exported by torch (opset 13 and 17): import, structure, shapes, and
// export -> onnxruntime against the original file. Fixtures are generated on demand (needs torch).
import { beforeAll, describe } from 'vitest';
import { checkTorchvisionFixture } from '../fixtures/onnx/torchvision-checks.js';
import { ensureFixtures } from '../fixtures/onnx/fixtures.js';

// Layer counts follow from each architecture (torch folds every BatchNormalization into its Conv):
// resnet18: stem conv + 8 basic blocks x 2 convs + 3 downsample convs = 20; ReLUs 1 + 8 x 2 = 17.
// mobilenet_v2: stem conv, 17 inverted residuals (the first has 2 convs, the others 3), last 1x1
// conv = 52; ReLU6 (Clip) after all but the 17 projection convs = 35; 10 residual adds.
// squeezenet1_0: stem conv, 8 fire modules x 3 convs, classifier conv = 26, each followed by a ReLU.
const MODELS: Record<string, Record<string, number>> = {
  resnet18: { Conv: 20, Relu: 17, MaxPool: 1, Add: 8, GlobalAveragePool: 1, Flatten: 1, Gemm: 1 },
  mobilenet_v2: { Conv: 52, Clip: 35, Add: 10, GlobalAveragePool: 1, Flatten: 1, Gemm: 1 },
  squeezenet1_0: { Conv: 26, Relu: 26, MaxPool: 3, Concat: 8, GlobalAveragePool: 1, Flatten: 1 },
};
const NAMES = Object.keys(MODELS).flatMap((m) => [`${m}-op13`, `${m}-op17`]);

beforeAll(() => {
  ensureFixtures(NAMES);
}, 600_000);

describe('torchvision CNN fixtures', () => {
  for (const name of NAMES) checkTorchvisionFixture(name, MODELS[name.replace(/-op\d+$/, '')]!);
});
