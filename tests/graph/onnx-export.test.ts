// ONNX export: imported fixtures and legacy-opset graphs round-trip through onnxruntime with the
// original's outputs; hand-built quantized graphs run in onnxruntime with hand-computed results.
import { fromBinary, toBinary } from '@bufbuild/protobuf';
import { ModelProtoSchema } from 'onnx-buf';
import { describe, expect, it } from 'vitest';
import {
  type DType,
  type Dim,
  Graph,
  GraphBuilder,
  OnnxExportError,
  Rng,
  exportOnnx,
  importOnnx,
  irVersionFor,
  randomTensor,
  tensor,
} from '../../graph/index.js';
import { roundHalfEven } from '../../graph/ops/index.js';
import { fixtureEntries } from '../fixtures/onnx/fixtures.js';
import { maxRelDiff, runOrt } from '../fixtures/onnx/ort.js';
import { expectExportRunsLikeOriginal } from '../fixtures/onnx/torchvision-checks.js';
import { thrown } from '../helpers/common.js';

describe('committed fixtures round-trip through onnxruntime', () => {
  for (const entry of fixtureEntries().filter((e) => e.committed)) {
    it(`${entry.name}: import -> export runs like the original`, async () => {
      // Same outputs as the original in onnxruntime, which agrees with torch (the fixture itself is right).
      const { graph, exported } = await expectExportRunsLikeOriginal(entry.name);
      // Exported models declare the normalised opset and its IR version.
      const model = fromBinary(ModelProtoSchema, exported);
      expect(model.opsetImport.map((o) => [o.domain, Number(o.version)])).toEqual([['', 21]]);
      expect(Number(model.irVersion)).toBe(10);
      // Export is deterministic, and re-importing the export changes nothing but provenance metadata.
      expect(exportOnnx(graph)).toEqual(exported);
      const again = fromBinary(ModelProtoSchema, exportOnnx(importOnnx(exported)));
      model.metadataProps = [];
      again.metadataProps = [];
      expect(toBinary(ModelProtoSchema, again)).toEqual(toBinary(ModelProtoSchema, model));
    });
  }
});

/** A graph at a legacy opset, its declared outputs, and inputs to run it on. */
interface LegacyCase {
  name: string;
  opset: number;
  inputs: Record<string, number[]>;
  build(b: GraphBuilder, x: Record<string, string>): [string, DType, Dim[]][];
  /** What the normalised graph must look like (ops in order), checked besides the numbers. */
  ops: string[];
}

const LEGACY: LegacyCase[] = [
  {
    name: 'Softmax-11 on axis 1 of a 4-D tensor (2-D coercion)',
    opset: 11,
    inputs: { x: [2, 3, 4, 5] },
    build: (b, { x }) => [[b.op('Softmax', [x], { axis: 1 })[0]!, 'float32', [2, 3, 4, 5]]],
    ops: ['Flatten', 'Softmax', 'Reshape'],
  },
  {
    name: 'LogSoftmax-11 on axis -2 and Hardmax-11 with the default axis',
    opset: 11,
    inputs: { x: [2, 3, 4] },
    build: (b, { x }) => [
      [b.op('LogSoftmax', [x], { axis: -2 })[0]!, 'float32', [2, 3, 4]],
      [b.op('Hardmax', [x])[0]!, 'float32', [2, 3, 4]],
    ],
    ops: ['Flatten', 'LogSoftmax', 'Reshape', 'Flatten', 'Hardmax', 'Reshape'],
  },
  {
    name: 'Softmax-9 on the last axis stays one node',
    opset: 9,
    inputs: { x: [2, 3, 4] },
    build: (b, { x }) => [[b.op('Softmax', [x], { axis: 2 })[0]!, 'float32', [2, 3, 4]]],
    ops: ['Softmax'],
  },
  {
    name: 'Clip-10 min/max attributes',
    opset: 10,
    inputs: { x: [3, 4] },
    build: (b, { x }) => [
      [b.op('Clip', [x], { min: -0.5, max: 0.25 })[0]!, 'float32', [3, 4]],
      [b.op('Clip', [x], { max: 0 })[0]!, 'float32', [3, 4]],
    ],
    ops: ['Clip', 'Clip'],
  },
  {
    name: 'Pad-10 pads/value attributes, constant and reflect',
    opset: 10,
    inputs: { x: [1, 2, 3, 4] },
    build: (b, { x }) => [
      [b.op('Pad', [x], { pads: [0, 0, 1, 2, 0, 1, 0, 1], value: 1.5 })[0]!, 'float32', [1, 3, 4, 7]],
      [b.op('Pad', [x], { pads: [0, 0, 1, 1, 0, 0, 2, 2], mode: 'reflect' })[0]!, 'float32', [1, 2, 6, 7]],
    ],
    ops: ['Pad', 'Pad'],
  },
  {
    name: 'Split-11 split attribute and equal split',
    opset: 11,
    inputs: { x: [2, 6] },
    build: (b, { x }) => {
      const [p, q] = b.op('Split', [x], { axis: 1, split: [2, 4] }, { outputs: 2 });
      const [r, s, t] = b.op('Split', [x], { axis: 1 }, { outputs: 3 });
      return [
        [p!, 'float32', [2, 2]],
        [q!, 'float32', [2, 4]],
        [r!, 'float32', [2, 2]],
        [s!, 'float32', [2, 2]],
        [t!, 'float32', [2, 2]],
      ];
    },
    ops: ['Split', 'Split'],
  },
  {
    name: 'Squeeze-11 / Unsqueeze-11 axes attributes',
    opset: 11,
    inputs: { x: [3, 1, 4] },
    build: (b, { x }) => {
      const s = b.op('Squeeze', [x], { axes: [1] })[0]!;
      const u = b.op('Unsqueeze', [s], { axes: [0, 3] })[0]!;
      return [[u, 'float32', [1, 3, 4, 1]]];
    },
    ops: ['Squeeze', 'Unsqueeze'],
  },
  {
    name: 'ReduceMean/ReduceSum/ReduceMax-12 axes attributes',
    opset: 12,
    inputs: { x: [2, 3, 4] },
    build: (b, { x }) => [
      [b.op('ReduceMean', [x], { axes: [1], keepdims: 0 })[0]!, 'float32', [2, 4]],
      [b.op('ReduceSum', [x], { axes: [0, 2] })[0]!, 'float32', [1, 3, 1]],
      [b.op('ReduceMax', [x], { keepdims: 0 })[0]!, 'float32', []],
    ],
    ops: ['ReduceMean', 'ReduceSum', 'ReduceMax'],
  },
  {
    name: 'Slice-9 attributes (INT64_MAX end)',
    opset: 9,
    inputs: { x: [4, 5] },
    build: (b, { x }) => [
      [b.op('Slice', [x], { starts: [1, -3], ends: [3, Number.MAX_SAFE_INTEGER], axes: [0, 1] })[0]!, 'float32', [2, 3]],
    ],
    ops: ['Slice'],
  },
  {
    name: 'Dropout-10 ratio attribute (inference) and TopK-9 k attribute',
    opset: 9,
    inputs: { x: [3, 5] },
    build: (b, { x }) => {
      const d = b.op('Dropout', [x], { ratio: 0.3 })[0]!;
      const [v, i] = b.op('TopK', [d], { k: 2 }, { outputs: 2 });
      return [
        [d, 'float32', [3, 5]],
        [v!, 'float32', [3, 2]],
        [i!, 'int64', [3, 2]],
      ];
    },
    ops: ['Dropout', 'TopK'],
  },
  {
    name: 'Upsample-7 (scales attribute) and Upsample-9 / Resize-10 (scales input)',
    opset: 7,
    inputs: { x: [1, 2, 3, 3] },
    build: (b, { x }) => [
      [b.op('Upsample', [x], { scales: [1, 1, 2, 3], mode: 'nearest' })[0]!, 'float32', [1, 2, 6, 9]],
      [b.op('Upsample', [x], { scales: [1, 1, 2, 2], mode: 'linear' })[0]!, 'float32', [1, 2, 6, 6]],
    ],
    ops: ['Resize', 'Resize'],
  },
  {
    name: 'Upsample-9 and Resize-10',
    opset: 10,
    inputs: { x: [1, 1, 2, 3] },
    build: (b, { x }) => [
      [b.op('Resize', [x, b.floats([1, 1, 3, 2])], { mode: 'nearest' })[0]!, 'float32', [1, 1, 6, 6]],
      [b.op('Resize', [x, b.floats([1, 1, 2, 2])], { mode: 'linear' })[0]!, 'float32', [1, 1, 4, 6]],
    ],
    ops: ['Resize', 'Resize'],
  },
  {
    name: 'BatchNormalization-7 spatial attribute',
    opset: 7,
    inputs: { x: [2, 3, 2, 2] },
    build: (b, { x }) => {
      const stats = [b.floats([1, 2, 3]), b.floats([0, 1, 0]), b.floats([0.5, 0, -1]), b.floats([1, 4, 0.25])];
      return [[b.op('BatchNormalization', [x, ...stats], { spatial: 1, epsilon: 1e-3 })[0]!, 'float32', [2, 3, 2, 2]]];
    },
    ops: ['BatchNormalization'],
  },
  {
    name: 'Constant nodes and Scatter-9',
    opset: 9,
    inputs: { x: [3, 1, 1], data: [2, 3] },
    build: (b, { x, data }) => {
      const c = b.op('Constant', [], { value: tensor('float32', [3, 1, 1], Float32Array.of(1, -1, 2)) })[0]!;
      const indices = b.constant(tensor('int64', [1, 2], BigInt64Array.of(2n, 0n)));
      const updates = b.constant(tensor('float32', [1, 2], Float32Array.of(7, 8)));
      const scattered = b.op('Scatter', [data, indices, updates], { axis: 1 })[0]!;
      return [
        [b.add(x, c), 'float32', [3, 1, 1]],
        [scattered, 'float32', [2, 3]],
      ];
    },
    ops: ['ScatterElements', 'Add'],
  },
];

describe('legacy opsets are normalised to opset 21 with unchanged results', () => {
  for (const c of LEGACY) {
    it(c.name, async () => {
      const b = new GraphBuilder('legacy', { opset: c.opset, seed: 3 });
      const names: Record<string, string> = {};
      for (const [name, shape] of Object.entries(c.inputs)) names[name] = b.input(name, 'float32', shape);
      for (const [value, dtype, shape] of c.build(b, names)) b.output(value, { dtype, shape });
      const legacyBytes = exportOnnx(b.build({ infer: false }));
      expect(Number(fromBinary(ModelProtoSchema, legacyBytes).irVersion)).toBe(irVersionFor(c.opset));

      const graph = importOnnx(legacyBytes, { checkSupport: false });
      expect(graph.opsets['']).toBe(21);
      expect(graph.metadata['onnx.opset']).toBe(String(c.opset));
      expect(graph.nodes.map((n) => n.op).filter((op) => op !== 'Shape')).toEqual(c.ops);
      for (const n of graph.nodes)
        expect(
          Object.keys(n.attrs).filter((a) =>
            ['axes', 'split', 'min', 'max', 'pads', 'value', 'starts', 'ends', 'ratio', 'k', 'scales', 'spatial'].includes(a),
          ),
          n.name,
        ).toEqual([]);

      const rng = new Rng(11);
      const inputs = Object.fromEntries(Object.entries(c.inputs).map(([n, s]) => [n, randomTensor(rng, s, { kind: 'normal', std: 1 })]));
      const want = await runOrt(legacyBytes, inputs);
      const got = await runOrt(exportOnnx(graph), inputs);
      for (const [name, t] of want) {
        expect(got.get(name)!.dtype).toBe(t.dtype);
        if (t.dtype === 'int64') expect(got.get(name)!.data).toEqual(t.data);
        else expect(maxRelDiff(got.get(name)!, t), name).toBeLessThanOrEqual(1e-6);
      }
    });
  }
});

// ----- quantized graphs, checked against hand computation ----------------------------------------

const sat = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

describe('quantized graphs export and run in onnxruntime', () => {
  it('QuantizeLinear -> QLinearConv -> DequantizeLinear', async () => {
    const sx = 0.5,
      zx = 128,
      sw = 0.25,
      sy = 1,
      zy = 100;
    const xv = [0.25, -1.75, 3, 0.75, -0.25, 2.5, -3, 1.25, 0]; // ties at .5 exercise round-half-even
    const wv = [1, -2, 3, 4, -5, 6, -7, 8]; // [2, 1, 2, 2]
    const biasv = [10, -20];
    const b = new GraphBuilder('qconv');
    const x = b.input('x', 'float32', [1, 1, 3, 3]);
    const u8 = (v: number) => b.constant(tensor('uint8', [], Uint8Array.of(v)));
    const qx = b.quantizeLinear(x, b.scalar(sx), u8(zx), { name: 'qx' });
    const qy = b.qlinearConv(
      {
        x: qx,
        xScale: b.scalar(sx),
        xZeroPoint: u8(zx),
        w: b.constant(tensor('int8', [2, 1, 2, 2], Int8Array.from(wv))),
        wScale: b.scalar(sw),
        wZeroPoint: b.constant(tensor('int8', [], Int8Array.of(0))),
        yScale: b.scalar(sy),
        yZeroPoint: u8(zy),
        bias: b.constant(tensor('int32', [2], Int32Array.from(biasv))),
      },
      { name: 'qy' },
    );
    const y = b.dequantizeLinear(qy, b.scalar(sy), u8(zy), { name: 'y' });
    b.output(qx, { dtype: 'uint8', shape: [1, 1, 3, 3] });
    b.output(qy, { dtype: 'uint8', shape: [1, 2, 2, 2] });
    b.output(y, { dtype: 'float32', shape: [1, 2, 2, 2] });
    const out = await runOrt(exportOnnx(b.build({ infer: false })), { x: tensor('float32', [1, 1, 3, 3], Float32Array.from(xv)) });

    const qxWant = xv.map((v) => sat(roundHalfEven(v / sx) + zx, 0, 255));
    const qyWant: number[] = [];
    for (let m = 0; m < 2; m++) {
      for (let i = 0; i < 2; i++) {
        for (let j = 0; j < 2; j++) {
          let acc = biasv[m]!;
          for (let ki = 0; ki < 2; ki++)
            for (let kj = 0; kj < 2; kj++) acc += (qxWant[(i + ki) * 3 + j + kj]! - zx) * wv[m * 4 + ki * 2 + kj]!;
          qyWant.push(sat(roundHalfEven((acc * sx * sw) / sy) + zy, 0, 255));
        }
      }
    }
    // By hand: x / 0.5 = [0.5, -3.5, 6, 1.5, -0.5, 5, -6, 2.5, 0] -> half-even [0, -4, 6, 2, -0, 5, -6, 2, 0] + 128
    expect(qxWant).toEqual([128, 124, 134, 130, 128, 133, 122, 130, 128]);
    expect(out.get('qx')!).toEqual(tensor('uint8', [1, 1, 3, 3], Uint8Array.from(qxWant)));
    expect(out.get('qy')!).toEqual(tensor('uint8', [1, 2, 2, 2], Uint8Array.from(qyWant)));
    expect(out.get('y')!).toEqual(
      tensor(
        'float32',
        [1, 2, 2, 2],
        Float32Array.from(qyWant, (q) => (q - zy) * sy),
      ),
    );
  });

  it('QLinearMatMul (int8), MatMulInteger and ConvInteger', async () => {
    const av = [-3, 7, 0, 12, -128, 127]; // int8 [2, 3]
    const bv = [2, -1, 0, 5, -7, 3]; // int8 [3, 2]
    const sa = 0.5,
      za = -2,
      sb = 0.25,
      zb = 1,
      sy = 2,
      zy = -5;
    const ua = [3, 10, 255, 0, 4, 9]; // uint8 [2, 3]
    const xv = [5, 2, 9, 0, 7, 3, 8, 1, 6]; // uint8 [1, 1, 3, 3]
    const wv = [1, 0, 2, 3]; // uint8 [1, 1, 2, 2]
    const b = new GraphBuilder('qmm');
    const a = b.input('a', 'int8', [2, 3]);
    const a8 = b.input('ua', 'uint8', [2, 3]);
    const x = b.input('xq', 'uint8', [1, 1, 3, 3]);
    const i8 = (v: number) => b.constant(tensor('int8', [], Int8Array.of(v)));
    const u8 = (v: number) => b.constant(tensor('uint8', [], Uint8Array.of(v)));
    const bw = b.constant(tensor('int8', [3, 2], Int8Array.from(bv)));
    const y = b.qlinearMatMul(
      {
        a,
        aScale: b.scalar(sa),
        aZeroPoint: i8(za),
        b: bw,
        bScale: b.scalar(sb),
        bZeroPoint: i8(zb),
        yScale: b.scalar(sy),
        yZeroPoint: i8(zy),
      },
      { name: 'y' },
    );
    const mi = b.matMulInteger(a8, bw, u8(3), undefined, { name: 'mi' });
    const ci = b.convInteger(x, b.constant(tensor('uint8', [1, 1, 2, 2], Uint8Array.from(wv))), u8(2), undefined, { name: 'ci' });
    b.output(y, { dtype: 'int8', shape: [2, 2] });
    b.output(mi, { dtype: 'int32', shape: [2, 2] });
    b.output(ci, { dtype: 'int32', shape: [1, 1, 2, 2] });
    const out = await runOrt(exportOnnx(b.build({ infer: false })), {
      a: tensor('int8', [2, 3], Int8Array.from(av)),
      ua: tensor('uint8', [2, 3], Uint8Array.from(ua)),
      xq: tensor('uint8', [1, 1, 3, 3], Uint8Array.from(xv)),
    });
    const mm = (f: (r: number, k: number) => number, g: (k: number, c: number) => number) =>
      [0, 1].flatMap((r) => [0, 1].map((c) => [0, 1, 2].reduce((s, k) => s + f(r, k) * g(k, c), 0)));
    const acc = mm(
      (r, k) => av[r * 3 + k]! - za,
      (k, c) => bv[k * 2 + c]! - zb,
    );
    const yWant = acc.map((v) => sat(roundHalfEven((v * sa * sb) / sy) + zy, -128, 127));
    expect(out.get('y')!).toEqual(tensor('int8', [2, 2], Int8Array.from(yWant)));
    expect(out.get('mi')!).toEqual(
      tensor(
        'int32',
        [2, 2],
        Int32Array.from(
          mm(
            (r, k) => ua[r * 3 + k]! - 3,
            (k, c) => bv[k * 2 + c]!,
          ),
        ),
      ),
    );
    const ciWant = [0, 1].flatMap((i) =>
      [0, 1].map((j) =>
        [0, 1].reduce((s, ki) => s + [0, 1].reduce((t, kj) => t + (xv[(i + ki) * 3 + j + kj]! - 2) * wv[ki * 2 + kj]!, 0), 0),
      ),
    );
    expect(out.get('ci')!).toEqual(tensor('int32', [1, 1, 2, 2], Int32Array.from(ciWant)));
    // By hand: (a - za) @ (b - zb) = [[-26, 42], [-892, -274]]; * 0.0625 = [-1.625, 2.625, -55.75, -17.125]
    expect(yWant).toEqual([-7, -2, -61, -22]);
  });
});

describe('initializer dtypes', () => {
  it('float16, float64, int8/16/32/64, uint8/16/32, bool constants reach onnxruntime intact', async () => {
    const b = new GraphBuilder('dtypes');
    const x = b.input('x', 'float32', [3]);
    const consts: [DType, ArrayLike<number | bigint>][] = [
      ['float16', Float32Array.of(1, 0.333251953125, -65504)],
      ['float64', Float64Array.of(0.1, -2.5, 1e10)],
      ['int8', Int8Array.of(-128, 0, 127)],
      ['int16', Int16Array.of(-32768, 1, 32767)],
      ['int32', Int32Array.of(-2147483648, 7, 2147483647)],
      ['int64', BigInt64Array.of(-(2n ** 40n), 3n, 2n ** 40n)],
      ['uint8', Uint8Array.of(0, 128, 255)],
      ['uint16', Uint16Array.of(0, 1, 65535)],
      ['uint32', Uint32Array.of(0, 2, 4294967295)],
      ['bool', Uint8Array.of(1, 0, 1)],
    ];
    for (const [dtype, data] of consts)
      b.output(b.add(x, b.cast(b.constant(tensor(dtype, [3], data as never)), 'float32'), { name: dtype }));
    const out = await runOrt(exportOnnx(b.build()), { x: tensor('float32', [3], Float32Array.of(0, 0, 0)) });
    for (const [dtype, data] of consts) {
      expect(Array.from(out.get(dtype)!.data as Float32Array), dtype).toEqual(Array.from(data, (v) => Math.fround(Number(v))));
    }
  });
});

describe('subgraphs', () => {
  it('an If with branches reading outer values round-trips through import and export', async () => {
    // Branches read the outer graph's "x" (outer scope), so they are written with the IR directly.
    const branch = (name: string, op: string, k: number): Graph => {
      const g = new Graph(name);
      const kv = tensor('float32', [], Float32Array.of(k));
      g.nodes.push({ name: `${name}_k`, op: 'Constant', inputs: [], outputs: [`${name}_k`], attrs: { value: kv } });
      g.nodes.push({ name: `${name}_op`, op, inputs: ['x', `${name}_k`], outputs: [`${name}_y`], attrs: {} });
      g.outputs = [{ name: `${name}_y`, dtype: 'float32', shape: [2] }];
      return g;
    };
    const b = new GraphBuilder('cond');
    b.input('x', 'float32', [2]);
    const c = b.input('c', 'bool', []);
    const y = b.op('If', [c], { then_branch: branch('then', 'Add', 10), else_branch: branch('else', 'Mul', 3) }, { name: 'if' })[0]!;
    b.output(y, { dtype: 'float32', shape: [2] });
    const bytes = exportOnnx(b.build({ infer: false }));
    const graph = importOnnx(bytes, { checkSupport: false });
    const ifNode = graph.nodes.find((n) => n.op === 'If')!;
    const then = ifNode.attrs.then_branch as Graph;
    expect(then.nodes.map((n) => n.name)).toEqual(['then_op']); // the Constant became a subgraph initializer
    expect(then.initializers.has('then_k')).toBe(true);
    const xs = tensor('float32', [2], Float32Array.of(1, -2));
    for (const [flag, want] of [
      [1, [11, 8]],
      [0, [3, -6]],
    ] as const) {
      const inputs = { x: xs, c: tensor('bool', [], Uint8Array.of(flag)) };
      expect(Array.from((await runOrt(bytes, inputs)).get(y)!.data as Float32Array)).toEqual(want);
      expect(Array.from((await runOrt(exportOnnx(graph), inputs)).get(y)!.data as Float32Array)).toEqual(want);
    }
  });
});

describe('export errors', () => {
  it('lists every problem of a graph it cannot write', () => {
    const b = new GraphBuilder('bad');
    const x = b.input('x', 'float32', [2]);
    b.output(b.op('Relu', [x], { weird: { not: 'an attribute' } as never })[0]!);
    const g: Graph = b.build({ infer: false });
    g.nodes.push({ name: 'dangling', op: 'Relu', inputs: ['ghost'], outputs: ['z'], attrs: {} });
    g.opsets = { '': 5 };
    expect(thrown(() => exportOnnx(g), OnnxExportError).problems).toEqual([
      'node "dangling" (Relu) input 0 "ghost" is not defined',
      'ai.onnx opset 5 is not one onnx knows (7 to 23)',
    ]);
    g.nodes.pop();
    g.opsets = { '': 21 };
    expect(() => exportOnnx(g)).toThrow(/node "Relu_0" \(Relu\): attribute "weird" has an unsupported value/);
  });
});
