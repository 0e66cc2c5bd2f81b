// Our reference executor against onnxruntime on resnet50 and squeezenet1_0 (opsets 13 and 17),
// generated on demand by the fixture script (needs torch).
import { describe, it } from 'vitest';
import { MODELS, crossCheck } from './ort-crosscheck-models.js';

describe('executor agrees with onnxruntime on large models', () => {
  for (const m of MODELS.filter((x) => x.file === 'large')) {
    it(m.name, async () => {
      const r = await crossCheck(m);
      console.log(`${m.name}: max rel diff ${r.worst.toExponential(2)}, executor ${r.executeMs.toFixed(0)} ms`);
    }, 600_000);
  }
});
