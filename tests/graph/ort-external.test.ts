// Large initializers reach onnxruntime as in-memory external data (graph/ort.ts): the exported
// model refers to them by path and carries none of their bytes, and the session computes what the
// reference kernels compute.
import { describe, expect, it } from 'vitest';
import { Float32Executor, GraphBuilder, Rng, randomTensor } from '../../graph/index.js';
import { exportOnnxExternal } from '../../graph/onnx/export.js';

/** x [4, 300] -> Gemm with W [200, 300] (240 kB) and a small bias -> Relu -> MatMul with [200, 100] (80 kB). */
function twoLayers() {
  const rng = new Rng(3);
  const b = new GraphBuilder('external');
  const x = b.input('x', 'float32', [4, 300]);
  const w1 = b.constant(randomTensor(rng, [200, 300], { kind: 'uniform', lo: -0.1, hi: 0.1 }), 'w1');
  const b1 = b.constant(randomTensor(rng, [200], { kind: 'uniform', lo: -0.1, hi: 0.1 }), 'b1');
  const h = b.relu(b.gemm(x, w1, b1, { transB: true }));
  const w2 = b.constant(randomTensor(rng, [200, 100], { kind: 'uniform', lo: -0.1, hi: 0.1 }), 'w2');
  b.output(b.matmul(h, w2), { name: 'y' });
  return { graph: b.build(), feeds: { x: randomTensor(rng, [4, 300], { kind: 'normal', std: 1 }) }, h };
}

describe('onnxruntime with external data', () => {
  it('exports the large initializers as files the model only refers to', () => {
    const { graph } = twoLayers();
    const { model, files } = exportOnnxExternal(graph, 1 << 16);
    expect(files.map((f) => f.data.byteLength).sort((a, b) => a - b)).toEqual([80_000, 240_000]);
    expect(model.byteLength).toBeLessThan(10_000);
    // views of the graph's own arrays, not copies
    expect(files.every((f) => [...graph.initializers.values()].some((t) => (t.data as Float32Array).buffer === f.data.buffer))).toBe(true);
  });

  it('runs them as the reference kernels do, ranges included', () => {
    const { graph, feeds, h } = twoLayers();
    const ort = new Float32Executor(graph, { ranges: [h] });
    const js = new Float32Executor(graph, { ranges: [h], engine: 'javascript' });
    try {
      expect(ort.engine).toBe('onnxruntime');
      const [a, b] = [ort.run(feeds), js.run(feeds)];
      const [ya, yb] = [a.outputs.y!.data as Float32Array, b.outputs.y!.data as Float32Array];
      expect(ya.length).toBe(400);
      ya.forEach((v, i) => expect(v).toBeCloseTo(yb[i]!, 4));
      expect(a.ranges.get(h)!.max).toBeCloseTo(b.ranges.get(h)!.max, 4);
    } finally {
      ort.dispose();
      js.dispose();
    }
  });
});
