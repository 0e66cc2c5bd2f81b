// Shape inference over whole graphs, symbolic dims and their binding, and constant folding.
import { describe, expect, it } from 'vitest';
import {
  Graph,
  GraphBuilder,
  GraphError,
  ShapeInferenceError,
  bindInputs,
  exportOnnx,
  foldConstants,
  inferShapes,
  symbolicDims,
  tensor,
} from '../../graph/index.js';
import { runOrt } from '../fixtures/onnx/ort.js';
import { thrown } from '../helpers/common.js';

/** x [batch, 4, 6] -> Reshape(x, concat(unsqueeze(shape(x)[0]), [-1])) -> [batch, 24] -> MatMul -> [batch, 3] */
function dynamicReshape(): Graph {
  const b = new GraphBuilder('dyn', { seed: 9 });
  const x = b.input('x', 'float32', ['batch', 4, 6]);
  const batch = b.unsqueeze(b.gather(b.shape(x), b.constant(tensor('int64', [], BigInt64Array.of(0n))), 0), [0]);
  const target = b.concat([batch, b.int64s([-1])], 0);
  const flat = b.reshape(x, target);
  b.output(b.matmul(flat, b.param([24, 3]), { name: 'y' }));
  return b.build();
}

describe('inferShapes', () => {
  it('carries symbolic dims through the graph', () => {
    const g = dynamicReshape();
    expect(symbolicDims(g)).toEqual(['batch']);
    expect(g.outputs[0]!.dtype).toBe('float32');
    expect(g.outputs[0]!.shape).toHaveLength(2);
    expect(g.outputs[0]!.shape![1]).toBe(3);
    const shapeNode = g.nodes.find((n) => n.op === 'Shape')!;
    expect(g.typeOf(shapeNode.outputs[0]!)).toMatchObject({ dtype: 'int64', shape: [3] });
  });

  it('reports ops it has no definition for, or fails in strict mode', () => {
    const g = new Graph('unknown');
    g.inputs.push({ name: 'x', dtype: 'float32', shape: [2] });
    g.nodes.push({ name: 'n1', op: 'NoSuchOp', inputs: ['x'], outputs: ['a'], attrs: {} });
    g.nodes.push({ name: 'n2', op: 'Relu', inputs: ['a'], outputs: ['b'], attrs: {} });
    g.outputs.push({ name: 'b', dtype: 'float32' });
    expect(inferShapes(g)).toEqual({ untyped: ['a', 'b'], unknownOps: [{ op: 'NoSuchOp', node: 'n1' }] });
    expect(() => inferShapes(g, { strict: true })).toThrow(
      'graph "unknown": shape inference incomplete: no op definition for NoSuchOp (node "n1"); untyped values: a, b',
    );
  });

  it('names the node whose inputs do not fit', () => {
    const b = new GraphBuilder('bad');
    const x = b.input('x', 'float32', [2, 3]);
    b.output(b.matmul(x, b.param([4, 5]), { name: 'proj' }));
    const err = thrown(() => b.build(), ShapeInferenceError);
    expect(err.node).toBe('proj');
    expect(err.message).toMatch(/^shape inference failed at node "proj" \(MatMul\): /);
  });

  it('rejects an inferred shape that contradicts the declared output shape', () => {
    const g = new Graph('decl');
    g.inputs.push({ name: 'x', dtype: 'float32', shape: [2, 3] });
    g.nodes.push({ name: 'r', op: 'Relu', inputs: ['x'], outputs: ['y'], attrs: {} });
    g.outputs.push({ name: 'y', dtype: 'float32', shape: [2, 4] });
    expect(() => inferShapes(g)).toThrow(new GraphError('graph "decl": output "y" is declared with shape [2, 4] but inferred as [2, 3]'));
  });

  it('keeps declared dims where inference only has symbols', () => {
    const g = new Graph('decl');
    g.inputs.push({ name: 'x', dtype: 'float32', shape: ['n', 3] });
    g.nodes.push({ name: 'r', op: 'Relu', inputs: ['x'], outputs: ['y'], attrs: {} });
    g.outputs.push({ name: 'y', dtype: 'float32', shape: [5, 3] });
    inferShapes(g);
    expect(g.outputs[0]!.shape).toEqual([5, 3]);
  });
});

describe('bindInputs and foldConstants', () => {
  it('binds a symbolic batch and folds the shape computation into a constant Reshape target', async () => {
    const g = dynamicReshape();
    const before = g.nodes.length;
    bindInputs(g, { batch: 4 });
    expect(g.inputs[0]!.shape).toEqual([4, 4, 6]);
    expect(g.outputs[0]!.shape).toEqual([4, 3]);
    // Shape, Gather, Unsqueeze and Concat became one initializer: the Reshape target [4, -1].
    expect(g.nodes.map((n) => n.op)).toEqual(['Reshape', 'MatMul']);
    expect(before).toBe(6);
    const target = g.initializers.get(g.nodes[0]!.inputs[1]!)!;
    expect(target).toEqual(tensor('int64', [2], BigInt64Array.of(4n, -1n)));
    expect(g.typeOf(g.nodes[0]!.outputs[0]!)!.shape).toEqual([4, 24]);
    // Unused constants were dropped: only the target and the weight remain.
    expect(g.initializers.size).toBe(2);
    // The folded graph computes the same as the symbolic one.
    const x = tensor(
      'float32',
      [4, 4, 6],
      Float32Array.from({ length: 96 }, (_, i) => (i % 7) - 3),
    );
    const folded = (await runOrt(exportOnnx(g), { x })).get('y')!;
    const original = (await runOrt(exportOnnx(dynamicReshape()), { x })).get('y')!;
    expect(folded).toEqual(original);
  });

  it('rejects unknown or invalid bindings', () => {
    const g = dynamicReshape();
    expect(() => bindInputs(g, { batsh: 2 })).toThrow(/no graph input has a dimension named "batsh" \(symbolic dims: batch\)/);
    expect(() => bindInputs(g, { batch: -1 })).toThrow(/dimension "batch" must be a non-negative integer, got -1/);
  });

  it('evaluates constant subgraphs with the kernels and keeps quantize/dequantize nodes', () => {
    const b = new GraphBuilder('consts');
    const x = b.input('x', 'float32', [2]);
    const c = b.mul(b.add(b.floats([1, 2]), b.floats([10, 20])), b.scalar(2)); // [22, 44]
    const q = b.quantizeLinear(b.floats([0.5, 1]), b.scalar(0.5), b.constant(tensor('int8', [], Int8Array.of(0))));
    const dq = b.dequantizeLinear(q, b.scalar(0.5), b.constant(tensor('int8', [], Int8Array.of(0))));
    b.output(b.add(b.add(x, c), dq, { name: 'y' }));
    const g = b.build({ infer: false });
    expect(foldConstants(g)).toBe(2);
    expect(g.nodes.map((n) => n.op)).toEqual(['QuantizeLinear', 'DequantizeLinear', 'Add', 'Add']);
    const folded = g.initializers.get(g.nodes[2]!.inputs[1]!)!;
    expect(folded).toEqual(tensor('float32', [2], Float32Array.of(22, 44)));
  });

  it('respects the size limit', () => {
    const b = new GraphBuilder('big');
    const x = b.input('x', 'float32', [100]);
    b.output(b.add(x, b.add(b.param([100]), b.param([100])), { name: 'y' }));
    const g = b.build({ infer: false });
    expect(foldConstants(g, { maxElements: 99 })).toBe(0);
    expect(foldConstants(g, { maxElements: 100 })).toBe(1);
  });
});
