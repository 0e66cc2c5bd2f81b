// Graph statistics on small hand-built graphs: parameters, MACs (hand-computed) and the TPU v1
// paper's layer kinds (the folding rules of layerCensus).
import { describe, expect, it } from 'vitest';
import { GraphBuilder, GraphError, countMacs, countParameters, layerCensus, nodeMacs, tensor } from '../../graph/index.js';

function zeros(b: GraphBuilder, shape: number[]): string {
  return b.constant(tensor('float32', shape));
}

describe('countMacs', () => {
  it('Conv: output elements x (C/group) x kernel, strides and groups included', () => {
    const b = new GraphBuilder('c');
    const x = b.input('x', 'float32', [2, 8, 10, 10]);
    // 3x3 stride 2, pad 1: 5x5 out; 16 filters over 8 channels.
    const y = b.conv2d(x, zeros(b, [16, 8, 3, 3]), undefined, { strides: [2, 2], pads: 1 });
    // Grouped (4 groups of 4 channels), 1x1.
    const z = b.conv2d(y, zeros(b, [16, 4, 1, 1]), undefined, { group: 4 });
    b.output(z);
    const g = b.build();
    expect(nodeMacs(g, g.nodes[0]!)).toBe(2 * 16 * 5 * 5 * (8 * 3 * 3));
    expect(nodeMacs(g, g.nodes[1]!)).toBe(2 * 16 * 5 * 5 * 4);
    expect(countMacs(g)).toBe(2 * 16 * 25 * 72 + 2 * 16 * 25 * 4);
  });

  it('Gemm (transA, transB), batched MatMul, LSTM', () => {
    const b = new GraphBuilder('m');
    const a = b.input('a', 'float32', [7, 3]);
    const g1 = b.gemm(a, zeros(b, [5, 7]), undefined, { transA: true, transB: true }); // [3, 5], K = 7
    const m = b.input('m', 'float32', [4, 3, 6]);
    const mm = b.matmul(m, zeros(b, [6, 2])); // [4, 3, 2], K = 6
    const x = b.input('x', 'float32', [9, 2, 10]); // seq 9, batch 2, 10 features
    const [y] = b.lstm(x, zeros(b, [2, 4 * 12, 10]), zeros(b, [2, 4 * 12, 12]), { hiddenSize: 12, direction: 'bidirectional' });
    b.output(g1);
    b.output(mm);
    b.output(y);
    const g = b.build();
    expect(g.nodes.map((n) => nodeMacs(g, n))).toEqual([3 * 5 * 7, 4 * 3 * 2 * 6, 9 * 2 * 2 * 48 * (10 + 12)]);
  });

  it('needs known shapes', () => {
    const b = new GraphBuilder('s');
    const x = b.input('x', 'float32', ['batch', 4]);
    b.output(b.matmul(x, zeros(b, [4, 4])));
    expect(() => countMacs(b.build())).toThrow(GraphError);
  });
});

describe('countParameters', () => {
  it('counts float weights and BN scale/bias, not BN running statistics, scalars or int64 constants', () => {
    const b = new GraphBuilder('p');
    const x = b.input('x', 'float32', [1, 3, 4, 4]);
    let y = b.conv2d(x, zeros(b, [6, 3, 3, 3]), zeros(b, [6]), { pads: 1 });
    y = b.batchNorm(y, zeros(b, [6]), zeros(b, [6]), zeros(b, [6]), zeros(b, [6]));
    y = b.relu6(y); // two scalar Clip bounds
    y = b.reshape(y, [1, -1]); // an int64 shape constant
    b.output(b.linear(y, zeros(b, [2, 96]), zeros(b, [2])));
    expect(countParameters(b.build())).toBe(6 * 27 + 6 + 6 + 6 + 2 * 96 + 2);
  });
});

describe('layerCensus', () => {
  it('folds BN, bias Add and activations into the conv/FC before them; movement ops are not layers', () => {
    const b = new GraphBuilder('f');
    const x = b.input('x', 'float32', [1, 3, 8, 8]);
    let y = b.conv2d(x, zeros(b, [4, 3, 3, 3]), undefined, { pads: 1 });
    y = b.relu(b.batchNorm(y, zeros(b, [4]), zeros(b, [4]), zeros(b, [4]), zeros(b, [4])));
    y = b.maxPool(y, { kernelShape: [2, 2], strides: [2, 2] });
    y = b.flatten(y);
    y = b.add(b.matmul(y, zeros(b, [64, 10])), zeros(b, [10])); // MatMul + bias Add = one FC
    y = b.tanh(y);
    b.output(b.softmax(y));
    expect(layerCensus(b.build())).toEqual({ fc: 1, conv: 1, vector: 1, pool: 1, total: 4 });
  });

  it('an activation of a value with two uses, or of a non-layer, is a vector layer', () => {
    const b = new GraphBuilder('v');
    const x = b.input('x', 'float32', [2, 4]);
    const h = b.matmul(x, zeros(b, [4, 4]));
    const r = b.relu(h); // h is also read by the Add below: not foldable
    const s = b.add(r, h); // residual: vector
    b.output(b.sigmoid(s)); // after a vector layer: vector
    expect(layerCensus(b.build())).toEqual({ fc: 1, conv: 0, vector: 3, pool: 0, total: 4 });
  });

  it('LSTM: 4 FC + 2 vector per direction, 3 more vector with peepholes', () => {
    const lstm = (direction: 'forward' | 'bidirectional', peepholes: boolean) => {
      const dirs = direction === 'bidirectional' ? 2 : 1;
      const b = new GraphBuilder('l');
      const x = b.input('x', 'float32', [5, 1, 3]);
      const p = peepholes ? zeros(b, [dirs, 3 * 4]) : undefined;
      const outs = b.op(
        'LSTM',
        [x, zeros(b, [dirs, 16, 3]), zeros(b, [dirs, 16, 4]), undefined, undefined, undefined, undefined, p],
        { hidden_size: 4, direction },
        { outputs: 3 },
      );
      b.output(outs[0]!);
      return layerCensus(b.build());
    };
    expect(lstm('forward', false)).toEqual({ fc: 4, conv: 0, vector: 2, pool: 0, total: 6 });
    expect(lstm('forward', true)).toEqual({ fc: 4, conv: 0, vector: 5, pool: 0, total: 9 });
    expect(lstm('bidirectional', false)).toEqual({ fc: 8, conv: 0, vector: 4, pool: 0, total: 12 });
  });
});
