// GraphBuilder: built graphs validate, get hand-computed shapes, have deterministic names, and
// export to ONNX that onnxruntime runs with the outputs a hand computation predicts.
import { describe, expect, it } from 'vitest';
import { type Graph, GraphBuilder, GraphBuilderError, exportOnnx, importOnnx, tensor } from '../../graph/index.js';
import { runOrt } from '../fixtures/onnx/ort.js';

function smallCnn(seed = 1): Graph {
  const b = new GraphBuilder('cnn', { seed });
  const x = b.input('x', 'float32', [1, 3, 8, 8]);
  let y = b.scope('stem', () => {
    const c = b.conv2d(x, b.param([4, 3, 3, 3]), b.param([4]), { pads: 1 });
    const bn = b.batchNorm(c, b.floats([1, 0.5, 2, 1]), b.floats([0, 0.1, 0, -0.1]), b.floats([0, 0, 0.2, 0]), b.floats([1, 2, 1, 0.5]), {
      epsilon: 1e-5,
    });
    return b.maxPool(b.relu(bn), { kernelShape: [2, 2], strides: [2, 2] });
  });
  y = b.conv2d(y, b.param([4, 1, 3, 3]), undefined, { pads: [1, 1, 1, 1], group: 4 });
  y = b.flatten(b.globalAvgPool(b.relu6(y)), 1);
  y = b.linear(y, b.param([10, 4]), b.param([10]));
  b.output(b.softmax(y), { name: 'probs' });
  return b.build();
}

describe('GraphBuilder', () => {
  it('builds a valid graph with inferred shapes for every value', () => {
    const g = smallCnn();
    const shapeOf = (op: string, i = 0) => g.typeOf(g.nodes.filter((n) => n.op === op)[i]!.outputs[0]!)?.shape;
    expect(shapeOf('Conv', 0)).toEqual([1, 4, 8, 8]);
    expect(shapeOf('BatchNormalization')).toEqual([1, 4, 8, 8]);
    expect(shapeOf('MaxPool')).toEqual([1, 4, 4, 4]);
    expect(shapeOf('Conv', 1)).toEqual([1, 4, 4, 4]);
    expect(shapeOf('GlobalAveragePool')).toEqual([1, 4, 1, 1]);
    expect(shapeOf('Flatten')).toEqual([1, 4]);
    expect(shapeOf('Gemm')).toEqual([1, 10]);
    expect(g.outputs).toEqual([{ name: 'probs', dtype: 'float32', shape: [1, 10] }]);
    for (const n of g.nodes) for (const o of n.outputs) expect(g.typeOf(o)?.shape, o).toBeDefined();
  });

  it('names nodes deterministically, with scopes', () => {
    const g = smallCnn();
    expect(g.nodes.map((n) => n.name).slice(0, 4)).toEqual(['stem/Conv_0', 'stem/BatchNormalization_0', 'stem/Relu_0', 'stem/MaxPool_0']);
    expect(g.nodes.find((n) => n.op === 'Gemm')!.attrs).toEqual({ transB: 1 });
    expect(g.initializers.has('stem/const_0')).toBe(true);
    // Same seed: identical model bytes; another seed: different weights only.
    expect(exportOnnx(smallCnn(1))).toEqual(exportOnnx(smallCnn(1)));
    const other = smallCnn(2);
    expect(other.nodes.map((n) => n.name)).toEqual(g.nodes.map((n) => n.name));
    expect(other.initializers.get('stem/const_0')!.data).not.toEqual(g.initializers.get('stem/const_0')!.data);
  });

  it('runs in onnxruntime with the output shapes it inferred', async () => {
    const g = smallCnn();
    const x = tensor(
      'float32',
      [1, 3, 8, 8],
      Float32Array.from({ length: 192 }, (_, i) => Math.sin(i)),
    );
    const out = await runOrt(exportOnnx(g), { x });
    const probs = out.get('probs')!;
    expect(probs.shape).toEqual([1, 10]);
    const sum = Array.from(probs.data as Float32Array).reduce((a, v) => a + v, 0);
    expect(sum).toBeCloseTo(1, 5);
  });

  it('computes what a hand calculation says (MatMul, Add, Relu, Gemm)', async () => {
    const b = new GraphBuilder('tiny');
    const x = b.input('x', 'float32', [2, 2]);
    const w = b.constant(tensor('float32', [2, 2], Float32Array.of(1, 0, 0, -1)));
    const h = b.relu(b.add(b.matmul(x, w), b.floats([0.5, 0.5])));
    const y = b.gemm(h, b.constant(tensor('float32', [2, 1], Float32Array.of(2, 3))), b.scalar(1), { alpha: 0.5, beta: 2 });
    b.output(h, { name: 'h' });
    b.output(y, { name: 'y' });
    const g = b.build();
    const out = await runOrt(exportOnnx(g), { x: tensor('float32', [2, 2], Float32Array.of(1, 2, -3, -4)) });
    // x @ w = [[1, -2], [-3, 4]]; + 0.5 -> [[1.5, -1.5], [-2.5, 4.5]]; relu -> [[1.5, 0], [0, 4.5]]
    expect(Array.from(out.get('h')!.data as Float32Array)).toEqual([1.5, 0, 0, 4.5]);
    // 0.5 * h @ [2, 3]^T + 2 * 1 = [[0.5 * 3 + 2], [0.5 * 13.5 + 2]]
    expect(Array.from(out.get('y')!.data as Float32Array)).toEqual([3.5, 8.75]);
    expect(g.typeOf('y')!.shape).toEqual([2, 1]);
  });

  it('types every value of a transformer-style block as onnxruntime computes it', async () => {
    const b = new GraphBuilder('block', { seed: 5 });
    const tokens = b.input('tokens', 'int64', [2, 6]);
    const emb = b.gather(b.param([50, 16]), tokens, 0);
    const ln = b.layerNorm(emb, b.floats(new Array(16).fill(1)), b.floats(new Array(16).fill(0)), { epsilon: 1e-5 });
    const qkv = b.matmul(ln, b.param([16, 48]));
    const [q, k, v] = b.split(qkv, [16, 16, 16], -1);
    const heads = (t: string) => b.transpose(b.reshape(t, [2, 6, 4, 4]), [0, 2, 1, 3]);
    const scores = b.softmax(b.div(b.matmul(heads(q!), b.transpose(heads(k!), [0, 1, 3, 2])), b.scalar(2)), -1);
    const ctx = b.reshape(b.transpose(b.matmul(scores, heads(v!)), [0, 2, 1, 3]), [2, 6, 16]);
    const ff = b.gelu(b.add(b.matmul(ctx, b.param([16, 32])), b.param([32])));
    const pooled = b.reduceMean(ff, [1], false);
    const padded = b.pad(b.unsqueeze(pooled, [1]), [0, 1, 0, 0, 2, 0], { value: 0.5 });
    const sliced = b.slice(padded, [2], [3], [1]);
    const squeezed = b.squeeze(sliced, [1]);
    const both = b.concat([squeezed, b.expand(b.floats([1]), [2, 32])], 1);
    const masked = b.where(b.cast(b.sigmoid(both), 'bool'), both, b.tanh(both));
    const steps = b.transpose(b.reshape(masked, [2, 8, 8]), [1, 0, 2]);
    const [seq, lastH] = b.lstm(steps, b.param([1, 20, 8]), b.param([1, 20, 5]), { hiddenSize: 5, bias: b.param([1, 40]) });
    const values = { emb, ln, qkv, q: q!, scores, ctx, ff, pooled, padded, sliced, squeezed, both, masked, steps, seq, lastH };
    for (const name of Object.values(values)) b.output(name);
    const g = b.build();
    const ids = tensor(
      'int64',
      [2, 6],
      BigInt64Array.from({ length: 12 }, (_, i) => BigInt((i * 7) % 50)),
    );
    const out = await runOrt(exportOnnx(g), { tokens: ids });
    for (const [label, name] of Object.entries(values)) {
      expect(g.typeOf(name)!.shape, label).toEqual(out.get(name)!.shape);
      expect(g.typeOf(name)!.dtype, label).toBe(out.get(name)!.dtype);
    }
    expect(g.typeOf(seq)!.shape).toEqual([8, 1, 2, 5]);
  });

  it('rejects misuse with builder errors', () => {
    const b = new GraphBuilder('bad');
    const x = b.input('x', 'float32', [1]);
    expect(() => b.input('x', 'float32', [1])).toThrow(new GraphBuilderError('name "x" is already used in graph "bad"'));
    expect(() => b.relu('nope')).toThrow(GraphBuilderError);
    expect(() => b.relu('nope')).toThrow('Relu: unknown input "nope"');
    expect(() => b.output('nope')).toThrow('output: unknown value "nope"');
    expect(() => new GraphBuilder('empty').build()).toThrow('graph "empty" has no outputs');
    b.output(b.relu(x));
    b.build();
    expect(() => b.relu(x)).toThrow('graph "bad" was already built');
  });

  it('builds quantized ops and custom-domain nodes without inference', () => {
    const b = new GraphBuilder('q');
    const x = b.input('x', 'float32', [1, 4]);
    const q = b.quantizeLinear(x, b.scalar(0.1), b.constant(tensor('uint8', [], Uint8Array.of(128))));
    const y = b.op('MyOp', [q], { factor: 2 }, { domain: 'com.example' })[0]!;
    b.output(y, { dtype: 'uint8', shape: [1, 4] });
    const g = b.build({ infer: false });
    expect(g.opsets).toEqual({ '': 21, 'com.example': 1 });
    expect(g.outputs).toEqual([{ name: y, dtype: 'uint8', shape: [1, 4] }]);
    const back = importOnnx(exportOnnx(g), { checkSupport: false });
    expect(back.nodes.map((n) => `${n.domain ?? ''}:${n.op}`)).toEqual([':QuantizeLinear', 'com.example:MyOp']);
    expect(back.nodes[1]!.attrs).toEqual({ factor: 2 });
  });
});
