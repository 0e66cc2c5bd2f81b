// The reference executor: topological execution, feed checking, errors that name the node or
// input, freeing of intermediates, single-node runs for the fallback workers.
import { describe, expect, it } from 'vitest';
import { ExecutionError, execute, runNode } from '../../graph/executor.js';
import { Graph, type Node, type Tensor, tensor } from '../../graph/index.js';
import { thrown } from '../helpers/common.js';

const f32 = (shape: number[], values: number[]): Tensor => tensor('float32', shape, Float32Array.from(values));
const values = (t: Tensor): number[] => Array.from(t.data as ArrayLike<number>);

/** y = Relu(x + b) @ w, with the nodes listed out of order. */
function smallGraph(): Graph {
  const g = new Graph('small');
  g.inputs = [{ name: 'x', dtype: 'float32', shape: ['batch', 2] }];
  g.outputs = [{ name: 'y', dtype: 'float32' }];
  g.initializers.set('b', f32([2], [1, -1]));
  g.initializers.set('w', f32([2, 1], [2, 3]));
  g.nodes = [
    { name: 'mm', op: 'MatMul', inputs: ['r', 'w'], outputs: ['y'], attrs: {} },
    { name: 'relu', op: 'Relu', inputs: ['s'], outputs: ['r'], attrs: {} },
    { name: 'add', op: 'Add', inputs: ['x', 'b'], outputs: ['s'], attrs: {} },
  ];
  return g;
}

describe('execute', () => {
  it('runs nodes in dependency order and returns the graph outputs', () => {
    const out = execute(smallGraph(), { x: f32([2, 2], [1, 2, -3, 0.5]) });
    // rows: relu([2, 1]) @ [2, 3] = 7; relu([-2, -0.5]) = 0
    expect(Object.keys(out)).toEqual(['y']);
    expect(out['y']!.shape).toEqual([2, 1]);
    expect(values(out['y']!)).toEqual([7, 0]);
  });

  it('returns requested intermediate values', () => {
    const out = execute(smallGraph(), { x: f32([1, 2], [1, 2]) }, { outputs: ['s', 'y'] });
    expect(values(out['s']!)).toEqual([2, 1]);
    expect(values(out['y']!)).toEqual([7]);
    expect(() => execute(smallGraph(), { x: f32([1, 2], [1, 2]) }, { outputs: ['nope'] })).toThrow(/requested value "nope"/);
  });

  it('rejects missing, unknown and mistyped feeds, listing every problem', () => {
    const g = smallGraph();
    expect(() => execute(g, {})).toThrow(ExecutionError);
    expect(() => execute(g, {})).toThrow(/input "x" is not fed \(expected float32 \[batch, 2\]\)/);
    expect(() => execute(g, { x: f32([1, 2], [1, 2]), z: f32([1], [0]) })).toThrow(/feed "z" is not a graph input \(inputs: x\)/);
    expect(() => execute(g, { x: tensor('int32', [1, 2], Int32Array.of(1, 2)) })).toThrow(/input "x" has dtype int32, expected float32/);
    expect(() => execute(g, { x: f32([2], [1, 2]) })).toThrow(/input "x" has shape \[2\], expected rank 2 \[batch, 2\]/);
    expect(() => execute(g, { x: f32([1, 3], [1, 2, 3]) })).toThrow(/input "x" has shape \[1, 3\], expected \[batch, 2\]/);
    const msg = thrown(() => execute(g, { x: tensor('int32', [3], Int32Array.of(1, 2, 3)), extra: f32([1], [1]) }), Error).message;
    expect(msg).toMatch(/feed "extra"/);
    expect(msg).toMatch(/dtype int32/);
  });

  it('checks that a symbolic dim has one size across inputs', () => {
    const g = new Graph('two');
    g.inputs = [
      { name: 'a', dtype: 'float32', shape: ['n'] },
      { name: 'b', dtype: 'float32', shape: ['n'] },
    ];
    g.outputs = [{ name: 'c', dtype: 'float32' }];
    g.nodes = [{ name: 'add', op: 'Add', inputs: ['a', 'b'], outputs: ['c'], attrs: {} }];
    expect(values(execute(g, { a: f32([2], [1, 2]), b: f32([2], [3, 4]) })['c']!)).toEqual([4, 6]);
    expect(() => execute(g, { a: f32([2], [1, 2]), b: f32([3], [3, 4, 5]) })).toThrow(/dimension "n" is 2 in one input but 3 in input "b"/);
  });

  it('names the node when a kernel fails or an op is unknown', () => {
    const g = smallGraph();
    g.nodes.push({ name: 'bad_reshape', op: 'Reshape', inputs: ['y', 'shape'], outputs: ['z'], attrs: {} });
    g.initializers.set('shape', tensor('int64', [1], BigInt64Array.of(5n)));
    g.outputs = [{ name: 'z', dtype: 'float32' }];
    expect(() => execute(g, { x: f32([2, 2], [1, 2, 3, 4]) })).toThrow(
      /node "bad_reshape" \(Reshape\): cannot reshape \[2, 1\] \(2 elements\) to \[5\]/,
    );
    const e = thrown(() => execute(g, { x: f32([2, 2], [1, 2, 3, 4]) }), ExecutionError);
    expect(e.node).toBe('bad_reshape');
    expect(e.op).toBe('Reshape');
    const u = smallGraph();
    u.nodes[1] = { name: 'weird', op: 'FancyRelu', domain: 'com.example', inputs: ['s'], outputs: ['r'], attrs: {} };
    expect(() => execute(u, { x: f32([1, 2], [1, 2]) })).toThrow(/node "weird" \(com\.example\.FancyRelu\): no implementation of this op/);
  });

  it('names the node and input when a value is never produced', () => {
    const g = smallGraph();
    g.nodes[2] = { name: 'add', op: 'Add', inputs: ['x', 'missing'], outputs: ['s'], attrs: {} };
    expect(() => execute(g, { x: f32([1, 2], [1, 2]) })).toThrow(/node "add" \(Add\): input 1 "missing" has no value/);
  });

  it('drops intermediates after their last consumer', () => {
    // A chain of 12 Relu nodes, listed backwards: at most the fed input and one intermediate live.
    const g = new Graph('chain');
    g.inputs = [{ name: 'v0', dtype: 'float32', shape: [3] }];
    g.outputs = [{ name: 'v12', dtype: 'float32' }];
    for (let i = 12; i >= 1; i--) g.nodes.push({ name: `n${i}`, op: 'Relu', inputs: [`v${i - 1}`], outputs: [`v${i}`], attrs: {} });
    const live: number[] = [];
    const order: string[] = [];
    const out = execute(g, { v0: f32([3], [-1, 0, 2]) }, { onNode: (n, _ms, l) => (order.push(n.name), live.push(l)) });
    expect(order).toEqual(Array.from({ length: 12 }, (_, i) => `n${i + 1}`));
    expect(Math.max(...live)).toBeLessThanOrEqual(2);
    expect(values(out['v12']!)).toEqual([0, 0, 2]);
  });

  it('drops outputs nobody reads, keeps values read twice until the second read', () => {
    const g = new Graph('fan');
    g.inputs = [{ name: 'x', dtype: 'float32', shape: [2] }];
    g.outputs = [{ name: 'z', dtype: 'float32' }];
    g.nodes = [
      { name: 'drop', op: 'Dropout', inputs: ['x'], outputs: ['d', 'mask'], attrs: {} },
      { name: 'neg', op: 'Neg', inputs: ['d'], outputs: ['n'], attrs: {} },
      { name: 'add', op: 'Add', inputs: ['d', 'n'], outputs: ['s'], attrs: {} },
      { name: 'mul', op: 'Mul', inputs: ['s', 'd'], outputs: ['z'], attrs: {} },
    ];
    const live: Record<string, number> = {};
    const out = execute(g, { x: f32([2], [1, 2]) }, { onNode: (n, _ms, l) => (live[n.name] = l) });
    expect(values(out['z']!)).toEqual([0, 0]);
    expect(live['drop']).toBe(1); // d only: x had its one read, the unread mask is gone
    expect(live['neg']).toBe(2); // d (still read by add and mul) and n
    expect(live['add']).toBe(2); // d and s
    expect(live['mul']).toBe(1); // z
  });
});

describe('runNode', () => {
  it('runs one node with its opset and output count', () => {
    const node: Node = { name: 'split', op: 'Split', inputs: ['x'], outputs: ['a', 'b', 'c'], attrs: { axis: 0 } };
    const outs = runNode(node, [f32([6], [1, 2, 3, 4, 5, 6])], { '': 13 });
    expect(outs.map(values)).toEqual([
      [1, 2],
      [3, 4],
      [5, 6],
    ]);
  });

  it('skips omitted optional inputs and reports kernel failures as ExecutionError', () => {
    const clip: Node = { name: 'clip', op: 'Clip', inputs: ['x', '', 'hi'], outputs: ['y'], attrs: {} };
    expect(values(runNode(clip, [f32([3], [-5, 1, 5]), undefined, f32([], [2])], 13)[0]!)).toEqual([-5, 1, 2]);
    const mm: Node = { name: 'mm', op: 'MatMul', inputs: ['a', 'b'], outputs: ['c'], attrs: {} };
    expect(() => runNode(mm, [f32([2, 3], [1, 2, 3, 4, 5, 6]), f32([2], [1, 2])], 13)).toThrow(
      /node "mm" \(MatMul\): inner dimensions differ/,
    );
    expect(() => runNode(mm, [f32([2, 3], [1, 2, 3, 4, 5, 6]), f32([2], [1, 2])], 13)).toThrow(ExecutionError);
  });
});
