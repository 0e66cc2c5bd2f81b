// Our reference executor against onnxruntime on vgg11 (opsets 13 and 17; about 7.6 GMACs each),
// generated on demand by the fixture script (needs torch).
import { describe, it } from 'vitest';
import { MODELS, crossCheck } from './ort-crosscheck-models.js';

describe('executor agrees with onnxruntime on vgg11', () => {
  for (const m of MODELS.filter((x) => x.file === 'vgg')) {
    it(m.name, async () => {
      const r = await crossCheck(m);
      console.log(`${m.name}: max rel diff ${r.worst.toExponential(2)}, executor ${r.executeMs.toFixed(0)} ms`);
    }, 600_000);
  }
});
