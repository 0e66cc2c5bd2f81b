// Importing the committed torch fixtures: structure after normalisation and folding, types of
// every value, symbolic dims and their binding.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Graph, bindInputs, exportOnnx, importOnnx, loadOnnxFile, symbolicDims } from '../../graph/index.js';
import { ensureFixture, requireTorch } from '../fixtures/onnx/fixtures.js';
import { maxRelDiff, runOrt } from '../fixtures/onnx/ort.js';
import { expectFullyTyped, opCounts } from '../fixtures/onnx/torchvision-checks.js';

function load(name: string, opts: Parameters<typeof loadOnnxFile>[1] = {}): Graph {
  return loadOnnxFile(ensureFixture(name).onnxPath, opts);
}

describe('committed torch fixtures', () => {
  it('smallcnn-op13: Constant nodes become initializers; batch norm after a pool is kept', () => {
    const g = load('smallcnn-op13');
    expect(opCounts(g)).toEqual({
      Conv: 3,
      Relu: 2,
      MaxPool: 1,
      BatchNormalization: 1,
      Clip: 1,
      Sigmoid: 1,
      Mul: 1,
      Pad: 1,
      AveragePool: 1,
      GlobalAveragePool: 1,
      Flatten: 1,
      Gemm: 1,
      Softmax: 1,
    });
    expectFullyTyped(g);
    expect(g.outputs).toEqual([{ name: 'output', dtype: 'float32', shape: [2, 10] }]);
    // ReLU6 is Clip with constant bounds 0 and 6 as inputs.
    const clip = g.nodes.find((n) => n.op === 'Clip')!;
    expect(clip.inputs.slice(1).map((i) => Array.from(g.initializers.get(i)!.data as Float32Array))).toEqual([[0], [6]]);
    expect(g.metadata).toMatchObject({ 'onnx.opset': '13', 'onnx.irVersion': '7' });
    expect(g.metadata['onnx.producer']).toMatch(/^pytorch /);
    expect(g.opsets).toEqual({ '': 21 });
  });

  it('lstm-op13: the initial-state shape computation folds away', () => {
    const g = load('lstm-op13');
    expect(opCounts(g)).toEqual({ Transpose: 2, LSTM: 2, Squeeze: 2, MatMul: 1, Add: 1 });
    expectFullyTyped(g);
    for (const lstm of g.nodes.filter((n) => n.op === 'LSTM')) {
      expect(lstm.attrs.hidden_size).toBe(32);
      const h0 = g.initializers.get(lstm.inputs[5]!)!;
      expect(h0.shape).toEqual([1, 2, 32]);
      expect((h0.data as Float32Array).every((v) => v === 0)).toBe(true);
    }
    expect(g.outputs[0]!.shape).toEqual([2, 5, 8]);
  });

  it('transformer-op13 and -op17: decomposed and fused layer norm', () => {
    const g13 = load('transformer-op13');
    const g17 = load('transformer-op17');
    expectFullyTyped(g13);
    expectFullyTyped(g17);
    expect(opCounts(g13)).toMatchObject({ ReduceMean: 8, Pow: 4, Sqrt: 4, Erf: 2, Softmax: 2, MatMul: 11, Gemm: 2 });
    expect(opCounts(g17)).toMatchObject({ LayerNormalization: 4, Erf: 2, Softmax: 2, MatMul: 11, Gemm: 2 });
    expect(opCounts(g17).ReduceMean).toBeUndefined();
    // No shape arithmetic survives: every Reshape target is a constant.
    for (const g of [g13, g17]) {
      expect(g.nodes.some((n) => ['Shape', 'Constant', 'Identity', 'Unsqueeze', 'Concat'].includes(n.op))).toBe(false);
      for (const r of g.nodes.filter((n) => n.op === 'Reshape')) expect(g.initializers.has(r.inputs[1]!)).toBe(true);
    }
    // ReduceMean's axes moved from the attribute (opset 13) to an input (opset 18 form).
    const rm = g13.nodes.find((n) => n.op === 'ReduceMean')!;
    expect(rm.attrs.axes).toBeUndefined();
    expect(Array.from(g13.initializers.get(rm.inputs[1]!)!.data as BigInt64Array)).toEqual([-1n]);
  });

  it('transformer-dyn-op17: symbolic batch and sequence, then bound', async () => {
    const fx = ensureFixture('transformer-dyn-op17');
    const dynamic = loadOnnxFile(fx.onnxPath);
    expect(symbolicDims(dynamic)).toEqual(['batch', 'seq']);
    expect(dynamic.outputs[0]!.shape).toEqual(['batch', 'seq', 10]);
    expect(opCounts(dynamic).Shape).toBeGreaterThan(0);
    // Binding at import folds all the shape arithmetic: the graph becomes the static export's.
    const bound = loadOnnxFile(fx.onnxPath, { bind: { batch: 2, seq: 7 } });
    expectFullyTyped(bound);
    expect(opCounts(bound)).toEqual(opCounts(load('transformer-op17')));
    // Binding after import does the same.
    expect(opCounts(bindInputs(dynamic.clone(), { batch: 2, seq: 7 }))).toEqual(opCounts(bound));
    // The still-dynamic graph exports and runs at another batch size and length.
    const original = new Uint8Array(readFileSync(fx.onnxPath));
    const tokens = { dtype: 'int64' as const, shape: [3, 4], data: BigInt64Array.from({ length: 12 }, (_, i) => BigInt((i * 13) % 100)) };
    const want = (await runOrt(original, { tokens })).get('output')!;
    const got = (await runOrt(exportOnnx(dynamic), { tokens })).get('output')!;
    expect(got.shape).toEqual([3, 4, 10]);
    expect(maxRelDiff(got, want)).toBeLessThanOrEqual(1e-6);
  });

  it('legacy-op9: every legacy form is rewritten to its opset-21 form', () => {
    const g = load('legacy-op9');
    expect(g.metadata['onnx.opset']).toBe('9');
    expectFullyTyped(g);
    const byOp = (op: string) => g.nodes.filter((n) => n.op === op);
    const ints = (name: string) => Array.from(g.initializers.get(name)!.data as BigInt64Array, Number);
    const floats = (name: string) => Array.from(g.initializers.get(name)!.data as Float32Array);
    const [pad] = byOp('Pad');
    expect(pad!.attrs).toEqual({ mode: 'constant' });
    expect(ints(pad!.inputs[1]!)).toEqual([0, 0, 2, 1, 0, 0, 0, 1]);
    expect(floats(pad!.inputs[2]!)).toEqual([0.5]);
    const [clip] = byOp('Clip');
    expect(clip!.attrs).toEqual({});
    expect(clip!.inputs.slice(1).map(floats)).toEqual([[-0.5], [0.75]]);
    const [split] = byOp('Split');
    expect(ints(split!.inputs[1]!)).toEqual([2, 4]);
    for (const s of byOp('Slice')) expect(s.inputs).toHaveLength(4);
    for (const r of byOp('ReduceMean')) expect(ints(r.inputs[1]!)).toEqual([2, 3]);
    for (const u of byOp('Unsqueeze')) expect(ints(u.inputs[1]!)).toEqual([2]);
    expect(ints(byOp('Squeeze')[0]!.inputs[1]!)).toEqual([2]);
    // Softmax-9 over axis 3 of a 4-D value: flattened, applied on the last axis, reshaped back.
    const [softmax] = byOp('Softmax');
    expect(softmax!.attrs).toEqual({ axis: -1 });
    expect(g.producers().get(softmax!.inputs[0]!)!.op).toBe('Flatten');
  });
});

describe('fixture helper', () => {
  it('fails loudly, naming the packages, when torch is not importable', () => {
    expect(() => requireTorch('/nonexistent/python3')).toThrow(/install python3-torch python3-torchvision python3-onnx/);
  });

  it('rejects unknown fixture names', () => {
    expect(() => ensureFixture('resnet1000-op13')).toThrow('unknown fixture "resnet1000-op13"');
  });

  it('keeps tensors as views of the model bytes unless asked to copy', () => {
    const bytes = new Uint8Array(readFileSync(ensureFixture('lstm-op13').onnxPath));
    const g = importOnnx(bytes);
    const views = [...g.initializers.values()].filter((t) => (t.data as Float32Array).buffer === bytes.buffer);
    expect(views.length).toBeGreaterThan(0);
    const copied = importOnnx(bytes, { copy: true });
    expect([...copied.initializers.values()].some((t) => (t.data as Float32Array).buffer === bytes.buffer)).toBe(false);
  });
});
