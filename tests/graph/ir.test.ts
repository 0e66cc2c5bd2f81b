import { describe, expect, it } from 'vitest';
import {
  Graph,
  GraphValidationError,
  type Node,
  Rng,
  implicitInputs,
  pruneUnused,
  randomTensor,
  tensor,
  topoOrder,
  uniqueNamer,
  validate,
} from '../../graph/index.js';
import { syntheticImages } from '../../graph/random.js';
import { sameBytes, thrown } from '../helpers/common.js';

function node(name: string, op: string, inputs: string[], outputs: string[]): Node {
  return { name, op, inputs, outputs, attrs: {} };
}

/** x -> A -> a -> B -> b ; a,w -> C -> c ; out = c */
function diamond(): Graph {
  const g = new Graph('diamond');
  g.inputs.push({ name: 'x', dtype: 'float32', shape: [2, 3] });
  g.initializers.set('w', tensor('float32', [2, 3]));
  g.nodes.push(node('C', 'Add', ['b', 'w'], ['c']), node('B', 'Relu', ['a'], ['b']), node('A', 'Relu', ['x'], ['a']));
  g.outputs.push({ name: 'c', dtype: 'float32' });
  return g;
}

describe('Graph helpers', () => {
  it('maps producers and consumers', () => {
    const g = diamond();
    const prod = g.producers();
    expect(prod.get('a')?.name).toBe('A');
    expect(prod.get('c')?.name).toBe('C');
    expect(prod.has('x')).toBe(false);
    const cons = g.consumers();
    expect(cons.get('a')?.map((n) => n.name)).toEqual(['B']);
    expect(cons.get('w')?.map((n) => n.name)).toEqual(['C']);
    expect(cons.has('c')).toBe(false);
  });

  it('types inputs, initializers, inferred values and outputs', () => {
    const g = diamond();
    g.valueInfo.set('a', { name: 'a', dtype: 'float32', shape: [2, 3] });
    expect(g.typeOf('x')).toEqual({ name: 'x', dtype: 'float32', shape: [2, 3] });
    expect(g.typeOf('w')).toEqual({ name: 'w', dtype: 'float32', shape: [2, 3] });
    expect(g.typeOf('a')?.shape).toEqual([2, 3]);
    expect(g.typeOf('c')).toEqual({ name: 'c', dtype: 'float32' });
    expect(g.typeOf('nope')).toBeUndefined();
  });

  it('clones lists and nodes but shares tensors', () => {
    const g = diamond();
    const c = g.clone();
    c.nodes[0]!.inputs[0] = 'changed';
    c.nodes.pop();
    c.initializers.delete('w');
    expect(g.nodes[0]!.inputs[0]).toBe('b');
    expect(g.nodes).toHaveLength(3);
    expect(g.initializers.has('w')).toBe(true);
    expect(c.clone().nodes[0]!.inputs[0]).toBe('changed');
  });

  it('finds outer-scope values read by subgraphs', () => {
    const body = new Graph('body');
    body.nodes.push(node('inner', 'Add', ['outer_v', 'local'], ['o']));
    body.initializers.set('local', tensor('float32', []));
    body.outputs.push({ name: 'o', dtype: 'float32' });
    const ifNode: Node = { name: 'if', op: 'If', inputs: ['cond'], outputs: ['y'], attrs: { then_branch: body, else_branch: body } };
    expect(implicitInputs(ifNode)).toEqual(['outer_v']);
  });

  it('makes unique names deterministically', () => {
    const fresh = uniqueNamer(new Set(['a', 'a_1']));
    expect([fresh('a'), fresh('a'), fresh('b'), fresh('b')]).toEqual(['a_2', 'a_3', 'b', 'b_1']);
  });
});

describe('topoOrder', () => {
  it('orders producers before consumers', () => {
    expect(topoOrder(diamond()).map((n) => n.name)).toEqual(['A', 'B', 'C']);
  });

  it('keeps an already topological order unchanged', () => {
    const g = diamond();
    g.nodes = topoOrder(g);
    g.nodes.push(node('D', 'Relu', ['x'], ['d']));
    expect(topoOrder(g).map((n) => n.name)).toEqual(['A', 'B', 'C', 'D']);
  });

  it('handles chains deeper than the call stack', () => {
    const g = new Graph('deep');
    g.inputs.push({ name: 'v0', dtype: 'float32', shape: [1] });
    const n = 50_000;
    for (let i = n; i >= 1; i--) g.nodes.push(node(`n${i}`, 'Relu', [`v${i - 1}`], [`v${i}`]));
    g.outputs.push({ name: `v${n}`, dtype: 'float32' });
    const order = topoOrder(g);
    expect(order[0]!.name).toBe('n1');
    expect(order[n - 1]!.name).toBe(`n${n}`);
  });

  it('reports a cycle with the nodes on it', () => {
    const g = diamond();
    g.nodes[2]!.inputs = ['c']; // A now reads C's output
    expect(() => topoOrder(g)).toThrow(GraphValidationError);
    expect(() => topoOrder(g)).toThrow(/cycle through nodes C -> B -> A -> C/);
  });
});

describe('validate', () => {
  it('accepts a good graph and returns it', () => {
    const g = diamond();
    expect(validate(g)).toBe(g);
  });

  it('lists every problem at once', () => {
    const g = diamond();
    g.nodes.push(node('D', 'Relu', ['missing'], ['a'])); // undefined input, duplicate output
    g.outputs.push({ name: 'ghost', dtype: 'float32' }, { name: 'c', dtype: 'float32' });
    g.initializers.set('bad', { dtype: 'float32', shape: [2, 2], data: new Float32Array(3) });
    g.inputs.push({ name: 'x2', dtype: 'float31' as never, shape: [-1] });
    g.nodes.push({ ...node('E', 'Foo', ['x'], ['e']), domain: 'com.example' });
    const err = thrown(() => validate(g), GraphValidationError);
    const text = err.problems.join('\n');
    expect(text).toMatch(/node "D" \(Relu\) input 0 "missing" is not defined/);
    expect(text).toMatch(/value "a" is defined more than once/);
    expect(text).toMatch(/graph output "ghost" is not produced/);
    expect(text).toMatch(/graph output "c" is listed more than once/);
    expect(text).toMatch(/initializer "bad" has 3 elements but shape \[2, 2\] needs 4/);
    expect(text).toMatch(/graph input "x2" has unknown dtype float31/);
    expect(text).toMatch(/graph input "x2" has an invalid shape/);
    expect(text).toMatch(/domain "com.example" that has no opset/);
    expect(err!.problems).toHaveLength(8);
    expect(err!.message).toContain('graph "diamond" is invalid (8 problems)');
  });

  it('reports cycles', () => {
    const g = diamond();
    g.nodes[2]!.inputs = ['c'];
    expect(() => validate(g)).toThrow(/cycle through nodes/);
  });

  it('names unnamed nodes deterministically and de-duplicates names', () => {
    const g = diamond();
    g.nodes[0]!.name = '';
    g.nodes[1]!.name = 'A';
    validate(g);
    expect(g.nodes.map((n) => n.name)).toEqual(['Add_0', 'A', 'A_1']);
    // Validating again changes nothing.
    validate(g);
    expect(g.nodes.map((n) => n.name)).toEqual(['Add_0', 'A', 'A_1']);
  });

  it('checks subgraphs with the outer scope visible', () => {
    const g = diamond();
    const body = new Graph('body');
    body.nodes.push(node('inner', 'Add', ['a', 'unknown_v'], ['o']));
    body.outputs.push({ name: 'o', dtype: 'float32' });
    g.nodes.push({ name: 'if', op: 'If', inputs: ['c'], outputs: ['y'], attrs: { then_branch: body } });
    expect(() => validate(g)).toThrow(/in subgraph then_branch of node "if": node "inner" \(Add\) input 1 "unknown_v" is not defined/);
  });
});

describe('pruneUnused', () => {
  it('removes dead nodes, unread initializers and stale types', () => {
    const g = diamond();
    g.nodes.push(node('dead', 'Relu', ['w'], ['d']), node('dead2', 'Relu', ['d'], ['d2']));
    g.initializers.set('unused', tensor('float32', [1]));
    g.valueInfo.set('d', { name: 'd', dtype: 'float32' });
    expect(pruneUnused(g)).toBe(2);
    expect(g.nodes.map((n) => n.name).sort()).toEqual(['A', 'B', 'C']);
    expect([...g.initializers.keys()]).toEqual(['w']);
    expect(g.valueInfo.has('d')).toBe(false);
  });
});

describe('Rng', () => {
  it('is deterministic per seed and differs across seeds', () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const c = new Rng(43);
    const xs = Array.from({ length: 5 }, () => a.nextUint32());
    expect(Array.from({ length: 5 }, () => b.nextUint32())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.nextUint32())).not.toEqual(xs);
  });

  it('draws in range with plausible moments', () => {
    const r = new Rng(7);
    const n = 20_000;
    let sum = 0;
    let sq = 0;
    for (let i = 0; i < n; i++) {
      const u = r.next();
      expect(u >= 0 && u < 1).toBe(true);
      const v = r.normal(1, 2);
      sum += v;
      sq += (v - 1) ** 2;
    }
    expect(sum / n).toBeCloseTo(1, 1);
    expect(Math.sqrt(sq / n)).toBeCloseTo(2, 1);
    const ints = new Set(Array.from({ length: 1000 }, () => r.int(-2, 2)));
    expect([...ints].sort()).toEqual([-1, -2, 0, 1, 2].sort());
  });

  it('fillSymmetric draws what next() draws, element by element, and leaves the same state', () => {
    for (const bound of [1, 0.7, Math.sqrt(6 / 1536), 1e-3]) {
      const a = new Rng(9);
      const b = new Rng(9);
      const filled = new Float32Array(10_000);
      a.fillSymmetric(filled, bound);
      const drawn = Float32Array.from(filled, () => (b.next() * 2 - 1) * bound);
      expect(sameBytes(filled, drawn)).toBe(true);
      expect(a.nextUint32()).toBe(b.nextUint32());
    }
  });

  it('syntheticImages draws what its plain definition draws, bit for bit', () => {
    for (const shape of [
      [2, 3, 16, 12],
      [1, 1, 8, 8],
      [1, 4, 9, 11],
    ]) {
      const [a, b] = [new Rng(5), new Rng(5)];
      expect(sameBytes(syntheticImages(a, shape).data, plainSyntheticImages(b, shape))).toBe(true);
      expect(a.nextUint32()).toBe(b.nextUint32());
    }
  });

  it('fills random tensors of the requested kind', () => {
    const t = randomTensor(new Rng(1), [3, 4], { kind: 'int', lo: -128, hi: 127, dtype: 'int8' });
    expect(t.dtype).toBe('int8');
    expect(t.data).toBeInstanceOf(Int8Array);
    expect(t.data.length).toBe(12);
    const u = randomTensor(new Rng(1), [100], { kind: 'uniform', lo: 2, hi: 3 });
    expect(Array.from(u.data as Float32Array).every((v) => v >= 2 && v <= 3)).toBe(true);
  });
});

/** syntheticImages as first written (loops in definition order): the reference its faster loops must match. */
function plainSyntheticImages(rng: Rng, shape: number[]): Float32Array {
  const [N, C, H, W] = shape as [number, number, number, number];
  const data = new Float32Array(N * C * H * W);
  const plane = H * W;
  for (let n = 0; n < N; n++) {
    const waves = Array.from({ length: 6 }, () => ({
      fx: (rng.uniform(0.5, 6) * 2 * Math.PI) / W,
      fy: (rng.uniform(0.5, 6) * 2 * Math.PI) / H,
      phase: rng.uniform(0, 2 * Math.PI),
      mix: Array.from({ length: C }, () => rng.normal()),
    }));
    const img = data.subarray(n * C * plane, (n + 1) * C * plane);
    for (let c = 0; c < C; c++)
      for (let y = 0; y < H; y++)
        for (let x = 0; x < W; x++) {
          let v = 0;
          for (const w of waves) v += w.mix[c]! * Math.sin(w.fx * x + w.fy * y + w.phase);
          img[c * plane + y * W + x] = v + 0.3 * rng.normal();
        }
    let mean = 0;
    let sq = 0;
    for (const v of img) mean += v;
    mean /= img.length;
    for (const v of img) sq += (v - mean) ** 2;
    const std = Math.sqrt(sq / img.length) || 1;
    for (let c = 0; c < C; c++) {
      const offset = 0.3 * rng.normal();
      for (let i = c * plane; i < (c + 1) * plane; i++) img[i] = (img[i]! - mean) / std + offset;
    }
  }
  return data;
}
