// Our reference executor against onnxruntime on every torch-exported fixture (small models and
// torchvision ones; the heavy ones get a 600 s timeout), generated on demand by the fixture script (needs torch).
import { describe, expect, it } from 'vitest';
import { MODELS, crossCheck } from './ort-crosscheck-models.js';

describe('executor agrees with onnxruntime', () => {
  for (const m of MODELS) {
    it(m.name, async () => {
      const r = await crossCheck(m);
      console.log(`${m.name}: max rel diff ${r.worst.toExponential(2)}, executor ${r.executeMs.toFixed(0)} ms`);
      // resnet18 at batch 1 must run in seconds (about 2 s on one core here), not minutes.
      if (m.name.startsWith('resnet18')) expect(r.executeMs).toBeLessThan(20_000);
    }, m.timeoutMs ?? 300_000);
  }
});
