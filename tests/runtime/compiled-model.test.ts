// The compiled model is plain data: a structured clone of it (everything but the normalised graph,
// the one class instance it holds) runs in a new Session exactly as the original does — same
// outputs, same uint8 values, same cycles — so nothing the run needs hides in closures or live
// objects of the compiler.
import { describe, expect, it } from 'vitest';
import { GraphBuilder, tensor } from '../../graph/index.js';
import { Session, compileModel } from '../../runtime/index.js';
import { loadConfig } from '../../sim/index.js';
import { sameBytes } from '../helpers/common.js';

/** conv (TPU) -> softmax over channels, flatten (fallback: its input is not on the TPU) -> dense (TPU). */
function model() {
  const b = new GraphBuilder('data', { seed: 3 });
  const x = b.input('x', 'float32', [2, 4, 5, 5]);
  const c = b.relu(b.conv2d(x, b.param([8, 4, 3, 3], { kind: 'uniform', lo: -0.3, hi: 0.3 }), undefined, { pads: 1 }));
  const s = b.softmax(c, 1);
  b.output(b.gemm(b.flatten(s, 1), b.param([200, 10], { kind: 'uniform', lo: -0.1, hi: 0.1 })));
  return b.build();
}

describe('the compiled model', () => {
  it('runs from a structured clone of its data as from the original', async () => {
    const feeds = {
      x: tensor(
        'float32',
        [2, 4, 5, 5],
        Float32Array.from({ length: 200 }, (_, i) => Math.sin(i)),
      ),
    };
    const compiled = compileModel(model(), { config: loadConfig('small-16'), calibration: [feeds] });
    expect(compiled.steps.map((s) => s.kind)).toEqual(['tpu', 'fallback', 'fallback', 'tpu']);
    const { graph, ...data } = compiled;
    const copy = { ...structuredClone(data), graph };
    const [a, b] = [new Session(compiled), new Session(copy)];
    try {
      const [ra, rb] = [await a.run(feeds), await b.run(feeds)];
      const name = graph.outputs[0]!.name;
      expect(sameBytes(ra.outputs[name]!.data, rb.outputs[name]!.data)).toBe(true);
      expect([...rb.quantized.keys()]).toEqual([...ra.quantized.keys()]);
      for (const [k, v] of ra.quantized) expect(sameBytes(v, rb.quantized.get(k)), k).toBe(true);
      expect(rb.steps.map((s) => s.sim?.totalCycles)).toEqual(ra.steps.map((s) => s.sim?.totalCycles));
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
