// Our reference executor against onnxruntime on every torch-exported fixture (small models and
// torchvision ones; the heavy ones get a 600 s timeout), generated on demand by the fixture script (needs torch).
// How fast the executor runs resnet18 is measured by `npm run bench`, item (f).
import { describe, it } from 'vitest';
import { MODELS, crossCheck } from './ort-crosscheck-models.js';

describe('executor agrees with onnxruntime', () => {
  for (const m of MODELS) {
    it(
      m.name,
      async () => {
        const r = await crossCheck(m);
        console.log(`${m.name}: max rel diff ${r.worst.toExponential(2)}`);
      },
      m.timeoutMs ?? 300_000,
    );
  }
});
