// Unit tests of the op registry: hand-computed kernel results, numeric helpers against
// independent values, shape rules with symbolic dims, and error messages that name the node.
import { describe, expect, it } from 'vitest';
import type { Attrs, Dim } from '../../graph/ir.js';
import { type DType, type Tensor, tensor } from '../../graph/index.js';
import {
  OpError,
  allOps,
  castData,
  erf,
  getOp,
  outputScale,
  quantizeValue,
  requantizeValue,
  roundHalfEven,
  roundToFloat16,
} from '../../graph/ops/index.js';
import type { InferInput, OutputType } from '../../graph/ops/types.js';
import { sameBytes } from '../helpers/common.js';

const f32 = (shape: number[], values: number[]): Tensor => tensor('float32', shape, Float32Array.from(values));
const i64 = (values: number[], shape = [values.length]): Tensor => tensor('int64', shape, BigInt64Array.from(values, BigInt));

function run(op: string, inputs: (Tensor | undefined)[], attrs: Attrs = {}, numOutputs?: number): Tensor[] {
  const def = getOp(op);
  if (!def) throw new Error(`no op ${op}`);
  return def.run(inputs, attrs, { opset: 21, node: `${op}_test`, ...(numOutputs ? { numOutputs } : {}) });
}
const values = (t: Tensor): number[] => Array.from(t.data as ArrayLike<number | bigint>, Number);

/** Inference input of a given type; `constant` makes it a known value. */
const typed = (dtype: DType, shape?: Dim[]): InferInput => ({
  type: { name: 'v', dtype, ...(shape ? { shape } : {}) },
  constant: undefined,
});
const known = (t: Tensor): InferInput => ({ type: { name: 'c', dtype: t.dtype, shape: [...t.shape] }, constant: t });
function infer(op: string, inputs: InferInput[], attrs: Attrs = {}, numOutputs?: number): OutputType[] {
  return getOp(op)!.infer(inputs, attrs, { opset: 21, node: 'n', ...(numOutputs ? { numOutputs } : {}) });
}

describe('registry', () => {
  it('covers every op the issue requires, in the default domain and under ai.onnx', () => {
    const required = [
      'Conv',
      'MaxPool',
      'AveragePool',
      'GlobalAveragePool',
      'GlobalMaxPool',
      'BatchNormalization',
      'Relu',
      'Clip',
      'Sigmoid',
      'Tanh',
      'LeakyRelu',
      'HardSigmoid',
      'HardSwish',
      'Add',
      'Sub',
      'Mul',
      'Div',
      'Pow',
      'Sqrt',
      'Exp',
      'Log',
      'Neg',
      'Abs',
      'Reciprocal',
      'Min',
      'Max',
      'Sum',
      'Mean',
      'Pad',
      'ReduceMean',
      'ReduceSum',
      'ReduceMax',
      'ReduceMin',
      'ReduceProd',
      'ReduceL2',
      'Flatten',
      'Dropout',
      'Identity',
      'Constant',
      'Softmax',
      'LogSoftmax',
      'ArgMax',
      'Tile',
      'Resize',
      'Upsample',
      'MatMul',
      'Gemm',
      'LayerNormalization',
      'Erf',
      'Gelu',
      'Gather',
      'Reshape',
      'Transpose',
      'Concat',
      'Split',
      'Slice',
      'Squeeze',
      'Unsqueeze',
      'Where',
      'Expand',
      'Equal',
      'Cast',
      'Shape',
      'ConstantOfShape',
      'Range',
      'LSTM',
      'QuantizeLinear',
      'DequantizeLinear',
      'QLinearConv',
      'QLinearMatMul',
      'MatMulInteger',
      'ConvInteger',
    ];
    const missing = required.filter((op) => !getOp(op) || !getOp(op, 'ai.onnx'));
    expect(missing).toEqual([]);
    expect(getOp('NoSuchOp')).toBeUndefined();
    expect(getOp('Conv', 'com.example')).toBeUndefined();
    const keys = allOps().map((d) => `${d.domain}:${d.op}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const d of allOps()) {
      expect(typeof d.run).toBe('function');
      expect(typeof d.infer).toBe('function');
    }
  });
});

describe('numeric helpers against independent values', () => {
  it('roundHalfEven rounds ties to even', () => {
    expect([0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 2.4999, 2.5001, -3.7].map((v) => roundHalfEven(v) + 0)).toEqual([
      0, 2, 2, 0, -2, -2, 2, 3, -4,
    ]);
  });

  it('float16 rounding: nearest even, subnormals, overflow', () => {
    expect(roundToFloat16(1 / 3)).toBe(0.333251953125);
    expect(roundToFloat16(1 + 2 ** -11)).toBe(1); // tie between 1 and 1 + 2^-10 goes to even (1)
    expect(roundToFloat16(1 + 3 * 2 ** -11)).toBe(1 + 2 ** -9); // tie goes up to the even mantissa
    expect(roundToFloat16(65504)).toBe(65504);
    expect(roundToFloat16(65520)).toBe(Infinity);
    expect(roundToFloat16(2 ** -24)).toBe(2 ** -24);
    expect(roundToFloat16(2 ** -25)).toBe(0); // exactly half the smallest subnormal: ties to even (0)
    expect(roundToFloat16(1.5 * 2 ** -25)).toBe(2 ** -24);
    expect(Number.isNaN(roundToFloat16(NaN))).toBe(true);
  });

  it('erf matches Python math.erf to 1e-7 relative, Gelu keeps relative accuracy in the far tail', () => {
    // Reference values: Python's math.erf / math.erfc (double precision).
    const ref: [number, number][] = [
      [0.5, 0.5204998778130465],
      [1, 0.8427007929497149],
      [-2, -0.9953222650189527],
      [3, 0.9999779095030014],
      [1e-3, 0.0011283787909692365],
      [0.1, 0.1124629160182849],
      [4.5, 0.9999999998033839],
      [-0.3, -0.3286267594591274],
    ];
    for (const [x, want] of ref) expect(Math.abs(erf(x) - want) / Math.abs(want), `erf(${x})`).toBeLessThan(2e-7);
    const gelu: [number, number][] = [
      [-5, -1.4332578593959731e-6],
      [-8, -4.9767684594174555e-15],
      [-2, -0.04550026389635844],
      [0.5, 0.34573123063700656],
      [3, 2.99595030590511],
    ];
    const got = values(run('Gelu', [tensor('float64', [5], Float64Array.from(gelu.map(([x]) => x)))])[0]!);
    gelu.forEach(([x, want], i) => expect(Math.abs(got[i]! - want) / Math.abs(want), `gelu(${x})`).toBeLessThan(1e-6));
  });

  it('quantizeValue: ties to even, zero point, saturation', () => {
    const q = (x: number, s: number, zp: number, lo = 0, hi = 255): number => quantizeValue(x, s, zp, lo, hi);
    expect([
      q(2.5, 1, 0),
      q(3.5, 1, 0),
      q(-2.5, 1, 0, -128, 127),
      q(0.25, 0.1, 10),
      q(300, 1, 0),
      q(-1, 1, 0),
      q(-200, 1, 0, -128, 127),
    ]).toEqual([2, 4, -2, 12, 255, 0, -128]);
    // 0.35f / 0.1f is 3.49999989 in float64 but exactly 3.5 in float32, which then ties to 4.
    expect(Math.fround(0.35) / Math.fround(0.1) < 3.5).toBe(true);
    expect(q(Math.fround(0.35), Math.fround(0.1), 0)).toBe(4);
  });

  it('requantizeValue and outputScale follow float32 steps', () => {
    expect(requantizeValue(5, 0.5, 0, -128, 127)).toBe(2); // 2.5 -> 2
    expect(requantizeValue(7, 0.5, 0, -128, 127)).toBe(4); // 3.5 -> 4
    expect(requantizeValue(1000, 0.5, 10, -128, 127)).toBe(127);
    expect(requantizeValue(-1000, 0.5, 10, 0, 255)).toBe(0);
    // float32 accumulator conversion: 2^24 + 1 is not representable and becomes 2^24.
    expect(requantizeValue(2 ** 24 + 1, 2 ** -24, 0, -128, 127)).toBe(1);
    const [a, b, y] = [Math.fround(0.1), Math.fround(0.2), Math.fround(0.3)];
    expect(outputScale(a, b, y)).toBe(Math.fround(Math.fround(a * b) / y));
  });

  it('Cast truncates toward zero, wraps narrow ints, parses strings, formats floats like numpy', () => {
    const x = f32([6], [-2.7, 2.7, 300.5, -0.2, 1e10, 65535]);
    // Out-of-range values give INT32_MIN, as x86's cvttss2si (and so numpy and onnxruntime) do.
    expect(values(castData(x, 'int32'))).toEqual([-2, 2, 300, 0, -2147483648, 65535]);
    expect(values(castData(x, 'uint8'))).toEqual([254, 2, 44, 0, 0, 255]);
    expect(values(castData(x, 'int16'))).toEqual([-2, 2, 300, 0, 0, -1]);
    expect(values(castData(x, 'int64'))).toEqual([-2, 2, 300, 0, 1e10, 65535]);
    expect(values(castData(x, 'bool'))).toEqual([1, 1, 1, 1, 1, 1]);
    expect(values(castData(tensor('string', [4], ['1.5', '-inf', 'NaN', ' 7 ']), 'float32'))).toEqual([1.5, -Infinity, NaN, 7]);
    expect(castData(f32([5], [0.1, 1, 1e-5, 1e20, NaN]), 'string').data).toEqual(['0.1', '1.0', '1e-05', '1e+20', 'nan']);
    expect(() => run('Cast', [tensor('string', [1], ['abc'])], { to: 1 })).toThrow(/Cast node "Cast_test": cannot cast string "abc"/);
  });
});

describe('kernels on hand-computed cases', () => {
  it('Conv: 2x2 kernel on a 3x3 image with padding and stride', () => {
    const x = f32([1, 1, 3, 3], [1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const w = f32([1, 1, 2, 2], [1, 0, 0, -1]);
    // y[i][j] = x[i][j] - x[i+1][j+1] = -4 everywhere
    expect(values(run('Conv', [x, w])[0]!)).toEqual([-4, -4, -4, -4]);
    // pads 1 on all sides, stride 2: windows start at -1, 1
    const y = run('Conv', [x, w, f32([1], [10])], { pads: [1, 1, 1, 1], strides: [2, 2] })[0]!;
    expect(y.shape).toEqual([1, 1, 2, 2]);
    // windows start at (-1,-1), (-1,1), (1,-1), (1,1): 0-1, 0-3, 0-7, 5-9
    expect(values(y)).toEqual([10 - 1, 10 - 3, 10 - 7, 10 - 4]);
  });

  it('Conv: grouped (depthwise) and dilated', () => {
    const x = f32([1, 2, 3, 3], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 30, 40, 50, 60, 70, 80, 90]);
    const w = f32([2, 1, 2, 2], [1, 1, 1, 1, 0, 0, 0, 1]);
    const y = run('Conv', [x, w], { group: 2, dilations: [2, 2] })[0]!;
    // channel 0: 1+3+7+9 = 20; channel 1: picks x[2][2] = 90
    expect(values(y)).toEqual([20, 90]);
    expect(y.shape).toEqual([1, 2, 1, 1]);
  });

  it('MaxPool returns flat indices; AveragePool counts padding only with count_include_pad', () => {
    const x = f32([1, 1, 2, 3], [1, 9, 3, 4, 5, 6]);
    const [y, idx] = run('MaxPool', [x], { kernel_shape: [2, 2] });
    expect(values(y!)).toEqual([9, 9]);
    expect(values(idx!)).toEqual([1, 1]);
    // a node declaring only Y gets only Y (computing Indices is skipped)
    const only = run('MaxPool', [x], { kernel_shape: [2, 2] }, 1);
    expect(only.length).toBe(1);
    expect(values(only[0]!)).toEqual([9, 9]);
    const pads = { kernel_shape: [2, 2], pads: [1, 1, 0, 0] };
    // windows start at rows -1, 0 and cols -1, 0, 1 of [[1, 9, 3], [4, 5, 6]]
    expect(values(run('AveragePool', [x], pads)[0]!)).toEqual([1, 5, 6, 2.5, 4.75, 5.75]);
    expect(values(run('AveragePool', [x], { ...pads, count_include_pad: 1 })[0]!)).toEqual([0.25, 2.5, 3, 1.25, 4.75, 5.75]);
  });

  it('MaxPool ceil_mode adds a partial window but not one starting in the padding', () => {
    const x = f32([1, 1, 1, 5], [1, 2, 3, 4, 5]);
    expect(values(run('MaxPool', [x], { kernel_shape: [1, 2], strides: [1, 2] })[0]!)).toEqual([2, 4]);
    expect(values(run('MaxPool', [x], { kernel_shape: [1, 2], strides: [1, 2], ceil_mode: 1 })[0]!)).toEqual([2, 4, 5]);
    // in 4 + pad 1 with kernel 2 stride 2: ceil gives 3 windows, but the third would start in the end padding.
    const x4 = f32([1, 1, 1, 4], [1, 2, 3, 4]);
    expect(run('MaxPool', [x4], { kernel_shape: [1, 2], strides: [1, 2], pads: [0, 0, 0, 1], ceil_mode: 1 })[0]!.shape).toEqual([
      1, 1, 1, 2,
    ]);
  });

  it('numpy broadcasting in binary ops, integer semantics', () => {
    const a = f32([2, 1], [1, 2]);
    const b = f32([3], [10, 20, 30]);
    const y = run('Add', [a, b])[0]!;
    expect(y.shape).toEqual([2, 3]);
    expect(values(y)).toEqual([11, 21, 31, 12, 22, 32]);
    const ia = tensor('int32', [4], Int32Array.of(7, -7, 7, -7));
    const ib = tensor('int32', [4], Int32Array.of(2, 2, -2, -2));
    expect(values(run('Div', [ia, ib])[0]!)).toEqual([3, -3, -3, 3]);
    expect(values(run('Mod', [ia, ib])[0]!)).toEqual([1, 1, -1, -1]);
    expect(values(run('Mod', [ia, ib], { fmod: 1 })[0]!)).toEqual([1, -1, 1, -1]);
    // int32 products wrap like C, not like doubles.
    expect(values(run('Mul', [tensor('int32', [1], Int32Array.of(65537)), tensor('int32', [1], Int32Array.of(65537))])[0]!)).toEqual([
      131073,
    ]);
    const big = run('Add', [i64([2 ** 53]), i64([1])])[0]!;
    expect((big.data as BigInt64Array)[0]).toBe(2n ** 53n + 1n);
    expect(
      values(
        run('BitShift', [tensor('uint32', [2], Uint32Array.of(0x80000001, 3)), tensor('uint32', [2], Uint32Array.of(1, 31))], {
          direction: 'LEFT',
        })[0]!,
      ),
    ).toEqual([2, 0x80000000]);
    expect(run('Add', [f32([0, 3], []), f32([3], [1, 2, 3])])[0]!.shape).toEqual([0, 3]);
  });

  it('float32 Relu, Add and Mul (loops of their own) round the float64 results of the shared loop', () => {
    const edge = [NaN, -0, 0, Infinity, -Infinity, 1e-45, -1e-45, 3.4e38, -3.4e38, 1 / 3, 16777217, -2.5];
    const xs = [...edge, ...Array.from({ length: 200 }, (_, i) => Math.sin(i * 7.1) * 10 ** ((i % 13) - 6))];
    const ys = xs.map((_, i) => xs[(i * 5 + 3) % xs.length]!);
    const as32 = (v: number[]) => f32([v.length], v);
    const as64 = (v: number[]) => tensor('float64', [v.length], Float64Array.from(Float32Array.from(v)));
    const same = (t32: Tensor, t64: Tensor) => {
      expect(t32.dtype).toBe('float32');
      expect(sameBytes(t32.data, Float32Array.from(t64.data as Float64Array))).toBe(true);
    };
    same(run('Relu', [as32(xs)])[0]!, run('Relu', [as64(xs)])[0]!);
    for (const op of ['Add', 'Mul']) same(run(op, [as32(xs), as32(ys)])[0]!, run(op, [as64(xs), as64(ys)])[0]!);
  });

  it('Sum/Mean/Max over several broadcast inputs, Where, Clip', () => {
    const a = f32([2], [1, 2]);
    const b = f32([2, 1], [10, 20]);
    expect(values(run('Sum', [a, b, f32([], [100])])[0]!)).toEqual([111, 112, 121, 122]);
    expect(values(run('Mean', [a, f32([2], [3, 6])])[0]!)).toEqual([2, 4]);
    expect(values(run('Max', [a])[0]!)).toEqual([1, 2]);
    const c = tensor('bool', [2], Uint8Array.of(1, 0));
    expect(values(run('Where', [c, a, b])[0]!)).toEqual([1, 10, 1, 20]);
    expect(values(run('Clip', [f32([4], [-5, 0, 5, 10]), f32([], [-1]), f32([], [6])])[0]!)).toEqual([-1, 0, 5, 6]);
    expect(values(run('Clip', [i64([-5, 0, 5, 10]), undefined, i64([4], [])])[0]!)).toEqual([-5, 0, 4, 4]);
  });

  it('Reshape, Slice, Pad, Split, Gather, Transpose, Tile on small arrays', () => {
    const x = f32([2, 3], [1, 2, 3, 4, 5, 6]);
    expect(run('Reshape', [x, i64([3, -1])])[0]!.shape).toEqual([3, 2]);
    expect(run('Reshape', [f32([2, 0], []), i64([0, 5])], { allowzero: 1 })[0]!.shape).toEqual([0, 5]);
    expect(values(run('Slice', [x, i64([1, 2]), i64([-1000, 0]), i64([0, 1]), i64([-1, -1])])[0]!)).toEqual([6, 5, 3, 2]);
    expect(values(run('Pad', [x, i64([0, 2, 0, 1])], { mode: 'reflect' })[0]!)).toEqual([3, 2, 1, 2, 3, 2, 6, 5, 4, 5, 6, 5]);
    expect(values(run('Pad', [x, i64([0, 1, 0, 1]), f32([], [9])])[0]!)).toEqual([9, 1, 2, 3, 9, 9, 4, 5, 6, 9]);
    expect(values(run('Pad', [x, i64([0, 2, 0, 0])], { mode: 'edge' })[0]!)).toEqual([1, 1, 1, 2, 3, 4, 4, 4, 5, 6]);
    // Opset-18 num_outputs: 7 split into 3 gives 3, 3, 1.
    const parts = run('Split', [f32([7], [0, 1, 2, 3, 4, 5, 6])], { num_outputs: 3 });
    expect(parts.map((p) => values(p))).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
    // Without sizes or num_outputs, the node's output count decides (older opsets).
    expect(run('Split', [f32([4], [0, 1, 2, 3])], {}, 2).map((p) => values(p))).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expect(values(run('Gather', [x, i64([-1, 0])], { axis: 1 })[0]!)).toEqual([3, 1, 6, 4]);
    expect(values(run('Transpose', [x])[0]!)).toEqual([1, 4, 2, 5, 3, 6]);
    expect(values(run('Tile', [f32([2], [1, 2]), i64([3])])[0]!)).toEqual([1, 2, 1, 2, 1, 2]);
  });

  it('reductions: keepdims, noop, int64 exactness, ArgMax select_last_index', () => {
    const x = f32([2, 3], [1, 5, 3, 4, 2, 6]);
    expect(values(run('ReduceSum', [x, i64([1])])[0]!)).toEqual([9, 12]);
    expect(run('ReduceMax', [x, i64([0])], { keepdims: 0 })[0]!.shape).toEqual([3]);
    expect(values(run('ReduceSumSquare', [x], { noop_with_empty_axes: 1 })[0]!)).toEqual([1, 25, 9, 16, 4, 36]);
    expect(values(run('ReduceL2', [f32([2], [3, 4])])[0]!)).toEqual([5]);
    const big = run('ReduceSum', [i64([2 ** 53, 1, 1])])[0]!;
    expect((big.data as BigInt64Array)[0]).toBe(2n ** 53n + 2n);
    expect(values(run('ArgMax', [f32([4], [1, 3, 3, 0])], { keepdims: 0 })[0]!)).toEqual([1]);
    expect(values(run('ArgMax', [f32([4], [1, 3, 3, 0])], { keepdims: 0, select_last_index: 1 })[0]!)).toEqual([2]);
  });

  it('Softmax along an axis, LayerNormalization with its statistics', () => {
    const s = values(run('Softmax', [f32([2, 2], [0, Math.log(3), 5, 5])])[0]!);
    s.forEach((v, i) => expect(v).toBeCloseTo([0.25, 0.75, 0.5, 0.5][i]!, 6));
    const [y, mean, inv] = run('LayerNormalization', [f32([1, 4], [1, 2, 3, 4]), f32([4], [1, 1, 1, 2]), f32([4], [0, 0, 0, 1])], {
      epsilon: 0,
    });
    const sd = Math.sqrt(1.25);
    values(y!).forEach((v, i) => expect(v).toBeCloseTo([-1.5 / sd, -0.5 / sd, 0.5 / sd, (2 * 1.5) / sd + 1][i]!, 5));
    expect(values(mean!)).toEqual([2.5]);
    expect(values(inv!)[0]).toBeCloseTo(1 / sd, 6);
  });

  it('Dropout in inference is identity with an all-true mask; training with a ratio is refused', () => {
    const x = f32([3], [1, 2, 3]);
    const [y, mask] = run('Dropout', [x, f32([], [0.5])]);
    expect(values(y!)).toEqual([1, 2, 3]);
    expect(mask!.dtype).toBe('bool');
    expect(values(mask!)).toEqual([1, 1, 1]);
    expect(() => run('Dropout', [x, f32([], [0.5]), tensor('bool', [], Uint8Array.of(1))])).toThrow(/training-mode Dropout/);
  });

  it('outputs never alias inputs', () => {
    const x = f32([2, 2], [1, 2, 3, 4]);
    for (const [op, extra] of [
      ['Identity', []],
      ['Reshape', [i64([4])]],
      ['Flatten', []],
      ['Squeeze', []],
      ['Unsqueeze', [i64([0])]],
    ] as [string, Tensor[]][]) {
      const y = run(op, [x, ...extra])[0]!;
      expect((y.data as Float32Array).buffer === (x.data as Float32Array).buffer, op).toBe(false);
    }
  });
});

describe('shape inference', () => {
  it('broadcasts symbolic dims', () => {
    expect(infer('Add', [typed('float32', ['batch', 3]), typed('float32', [3])])).toEqual([{ dtype: 'float32', shape: ['batch', 3] }]);
    expect(infer('Add', [typed('float32', ['batch', 1]), typed('float32', [1, 7])])).toEqual([{ dtype: 'float32', shape: ['batch', 7] }]);
    expect(infer('Equal', [typed('int64', ['n']), typed('int64', ['n'])])).toEqual([{ dtype: 'bool', shape: ['n'] }]);
    expect(infer('Add', [typed('float32'), typed('float32', [3])])).toEqual([{ dtype: 'float32' }]);
  });

  it('MatMul, Gemm, Conv, pools keep symbolic batch dims', () => {
    expect(infer('MatMul', [typed('float32', ['b', 's', 64]), typed('float32', [64, 32])])[0]!.shape).toEqual(['b', 's', 32]);
    expect(infer('Gemm', [typed('float32', ['b', 64]), typed('float32', [10, 64])], { transB: 1 })[0]!.shape).toEqual(['b', 10]);
    expect(
      infer('Conv', [typed('float32', ['N', 3, 224, 224]), typed('float32', [64, 3, 7, 7])], { strides: [2, 2], pads: [3, 3, 3, 3] })[0]!
        .shape,
    ).toEqual(['N', 64, 112, 112]);
    expect(
      infer('MaxPool', [typed('float32', ['N', 64, 112, 112])], { kernel_shape: [3, 3], strides: [2, 2], pads: [1, 1, 1, 1] })[0]!.shape,
    ).toEqual(['N', 64, 56, 56]);
    expect(infer('GlobalAveragePool', [typed('float32', ['N', 512, 7, 7])])[0]!.shape).toEqual(['N', 512, 1, 1]);
  });

  it('shape ops use constant inputs and name unknown dims', () => {
    expect(infer('Reshape', [typed('float32', ['b', 't', 512]), known(i64([0, 0, 8, 64]))])[0]!.shape).toEqual(['b', 't', 8, 64]);
    expect(infer('Reshape', [typed('float32', ['b', 8, 64]), known(i64([0, -1]))])[0]!.shape).toEqual(['b', 512]);
    expect(infer('Reshape', [typed('float32', ['b', 't', 512]), known(i64([-1, 512]))])[0]!.shape![0]).toMatch(/^unk__/);
    expect(infer('Reshape', [typed('float32', [2, 3]), typed('int64', [3])])[0]!.shape).toHaveLength(3);
    expect(infer('Flatten', [typed('float32', ['b', 3, 4])])[0]!.shape).toEqual(['b', 12]);
    expect(infer('Shape', [typed('float32', ['b', 3, 4])])).toEqual([{ dtype: 'int64', shape: [3] }]);
    expect(infer('Concat', [typed('float32', ['b', 3]), typed('float32', ['b', 5])], { axis: 1 })[0]!.shape).toEqual(['b', 8]);
    expect(infer('Unsqueeze', [typed('float32', ['b', 3]), known(i64([0, -1]))])[0]!.shape).toEqual([1, 'b', 3, 1]);
    expect(infer('Squeeze', [typed('float32', ['b', 1, 3]), known(i64([1]))])[0]!.shape).toEqual(['b', 3]);
    expect(infer('Slice', [typed('float32', ['b', 10]), known(i64([2])), known(i64([-1])), known(i64([1]))])[0]!.shape).toEqual(['b', 7]);
    expect(infer('Gather', [typed('float32', [100, 16]), typed('int64', ['b', 't'])])[0]!.shape).toEqual(['b', 't', 16]);
    expect(infer('ConstantOfShape', [known(i64([2, 3]))], { value: tensor('int64', [1], BigInt64Array.of(1n)) })).toEqual([
      { dtype: 'int64', shape: [2, 3] },
    ]);
    expect(infer('Range', [known(i64([0], [])), known(i64([10], [])), known(i64([3], []))])).toEqual([{ dtype: 'int64', shape: [4] }]);
    expect(infer('Split', [typed('float32', ['b', 6])], { axis: 1 }, 3).map((t) => t.shape)).toEqual([
      ['b', 2],
      ['b', 2],
      ['b', 2],
    ]);
    expect(
      infer('LSTM', [typed('float32', ['T', 'B', 4]), typed('float32', [2, 24, 4]), typed('float32', [2, 24, 6])], {
        hidden_size: 6,
        direction: 'bidirectional',
      }).map((t) => t.shape),
    ).toEqual([
      ['T', 2, 'B', 6],
      [2, 'B', 6],
      [2, 'B', 6],
    ]);
    expect(
      infer('QLinearConv', [
        typed('uint8', [1, 3, 8, 8]),
        typed('float32', []),
        typed('uint8', []),
        typed('int8', [4, 3, 3, 3]),
        typed('float32', [4]),
        typed('int8', [4]),
        typed('float32', []),
        typed('uint8', []),
      ]),
    ).toEqual([{ dtype: 'uint8', shape: [1, 4, 6, 6] }]);
  });

  it('rejects inconsistent types with messages naming the node', () => {
    expect(() => infer('Add', [typed('float32', [2]), typed('int32', [2])])).toThrow(
      /Add node "n": inputs have different dtypes float32 and int32/,
    );
    expect(() => infer('Add', [typed('float32', [2]), typed('float32', [3])])).toThrow(/cannot be broadcast/);
    expect(() => infer('MatMul', [typed('float32', [2, 3]), typed('float32', [4, 5])])).toThrow(/inner dimensions differ/);
    expect(() => infer('Sqrt', [typed('int32', [2])])).toThrow(/input X has dtype int32/);
  });
});

describe('errors', () => {
  it('kernel errors are OpErrors naming op, node and the problem', () => {
    const conv = () => run('Conv', [f32([1, 3, 4, 4], new Array(48).fill(0)), f32([2, 2, 3, 3], new Array(36).fill(0))]);
    expect(conv).toThrow(OpError);
    expect(conv).toThrow(/Conv node "Conv_test": W expects 2 input channels \(with group=1\) but X has 3/);
    expect(() => run('Reshape', [f32([2, 3], [1, 2, 3, 4, 5, 6]), i64([4, -1])])).toThrow(
      /Reshape node "Reshape_test": cannot reshape \[2, 3\]/,
    );
    expect(() => run('Gather', [f32([2], [1, 2]), i64([2])])).toThrow(/indices value 2 is out of range for a dimension of size 2/);
    expect(() => run('Relu', [])).toThrow(/missing required input 0 \(X\)/);
    expect(() => run('Sqrt', [tensor('int32', [1], Int32Array.of(4))])).toThrow(
      /input X has dtype int32; expected one of float32, float64, float16/,
    );
    expect(() => run('Cast', [f32([1], [1])], { to: 16 })).toThrow(/to=16 names a data type that is not supported/);
    expect(() => run('Conv', [f32([1, 1, 3, 3], new Array(9).fill(0)), f32([1, 1, 2, 2], [0, 0, 0, 0])], { auto_pad: 'BOGUS' })).toThrow(
      /auto_pad=BOGUS is not supported/,
    );
    expect(() => run('Split', [f32([4], [0, 1, 2, 3])])).toThrow(/needs the split input or the num_outputs attribute/);
    expect(() => run('Transpose', [f32([2, 2], [1, 2, 3, 4])], { perm: 3 })).toThrow(/perm entry 3 is out of range for rank 2/);
  });

  it('unsupported() lists attribute values the kernels do not implement', () => {
    const none: InferInput[] = [];
    const ctx = { opset: 21, node: 'n' };
    expect(getOp('Conv')!.unsupported!({ auto_pad: 'FOO' }, none, ctx)).toEqual([
      'auto_pad=FOO is not supported (supported: NOTSET, SAME_UPPER, SAME_LOWER, VALID)',
    ]);
    expect(getOp('Conv')!.unsupported!({ auto_pad: 'SAME_LOWER' }, none, ctx)).toEqual([]);
    expect(getOp('Resize')!.unsupported!({ antialias: 1, mode: 'linear' }, none, ctx)).toEqual(['antialias=1 is not supported']);
    expect(getOp('Pad')!.unsupported!({ mode: 'mirror' }, none, ctx)).toHaveLength(1);
    expect(getOp('LSTM')!.unsupported!({ activations: ['Sigmoid', 'Swish', 'Tanh'] }, none, ctx)).toEqual([
      'activation Swish is not supported',
    ]);
    expect(getOp('QuantizeLinear')!.unsupported!({ output_dtype: 17 }, none, ctx)[0]).toMatch(/output_dtype=17 is not supported/);
    expect(
      getOp('Dropout')!.unsupported!({}, [typed('float32', [2]), known(f32([], [0.1])), known(tensor('bool', [], Uint8Array.of(1)))], ctx),
    ).toHaveLength(1);
  });
});
