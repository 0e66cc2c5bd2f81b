// Float kernels against onnxruntime on random data, for ops and attribute combinations the ONNX
// conformance data covers thinly: LSTM/GRU/RNN options, convolution geometry, pooling modes,
// ConvTranspose, Resize, Gemm/MatMul broadcasting, normalisations, reductions, Pad and Slice.
import { describe, expect, it } from 'vitest';
import { Rng, type Tensor, randomTensor, tensor } from '../../graph/index.js';
import { transpose } from '../../graph/ops/shape.js';
import { type NodeCase, exactDiff, maxAbs, relDiff, runBoth, runOurs } from './ops-helpers.js';

const rng = new Rng(0xf10a7);
const RTOL = 1e-4;

const floats = (shape: number[], lo = -1, hi = 1): Tensor => randomTensor(rng, shape, { kind: 'uniform', lo, hi });
const i64 = (values: number[], shape = [values.length]): Tensor => tensor('int64', shape, BigInt64Array.from(values, BigInt));
const i32 = (values: number[]): Tensor => tensor('int32', [values.length], Int32Array.from(values));
const f32 = (values: number[]): Tensor => tensor('float32', [values.length], Float32Array.from(values));

/** Our outputs agree with onnxruntime's to RTOL relative (against |value| + 1e-3 of the tensor's largest value); integer outputs exactly. */
async function expectClose(c: NodeCase, label: string): Promise<void> {
  const { ours, ort } = await runBoth(c);
  ours.forEach((t, i) => {
    const want = ort[i]!;
    if (t.dtype === 'float32' || t.dtype === 'float64') {
      const d = relDiff(t, want, 1e-3 * maxAbs(want) + 1e-30);
      expect(d, `${label}: output ${i} relative difference`).toBeLessThanOrEqual(RTOL);
    } else {
      expect(exactDiff(t, want), `${label}: output ${i}`).toBeUndefined();
    }
  });
}

describe('recurrent ops match onnxruntime', () => {
  const seq = 5;
  const batch = 3;
  const I = 4;
  const H = 6;

  interface RnnVariant {
    direction: 'forward' | 'reverse' | 'bidirectional';
    bias?: boolean;
    lens?: number[];
    initial?: boolean;
    peephole?: boolean;
    clip?: number;
    inputForget?: boolean;
    activations?: string[];
    alphas?: number[];
    betas?: number[];
    linearBeforeReset?: boolean;
  }

  function rnnCase(op: 'LSTM' | 'GRU' | 'RNN', v: RnnVariant): NodeCase {
    const G = op === 'LSTM' ? 4 : op === 'GRU' ? 3 : 1;
    const dirs = v.direction === 'bidirectional' ? 2 : 1;
    const inputs: (Tensor | undefined)[] = [
      floats([seq, batch, I]),
      floats([dirs, G * H, I], -0.6, 0.6),
      floats([dirs, G * H, H], -0.6, 0.6),
      v.bias ? floats([dirs, 2 * G * H], -0.3, 0.3) : undefined,
      v.lens ? i32(v.lens) : undefined,
      v.initial ? floats([dirs, batch, H]) : undefined,
    ];
    if (op === 'LSTM')
      inputs.push(v.initial ? floats([dirs, batch, H]) : undefined, v.peephole ? floats([dirs, 3 * H], -0.5, 0.5) : undefined);
    while (inputs.length > 0 && inputs[inputs.length - 1] === undefined) inputs.pop();
    return {
      op,
      attrs: {
        hidden_size: H,
        direction: v.direction,
        ...(v.clip !== undefined ? { clip: v.clip } : {}),
        ...(v.inputForget ? { input_forget: 1 } : {}),
        ...(v.activations ? { activations: v.activations } : {}),
        ...(v.alphas ? { activation_alpha: v.alphas } : {}),
        ...(v.betas ? { activation_beta: v.betas } : {}),
        ...(v.linearBeforeReset ? { linear_before_reset: 1 } : {}),
      },
      inputs,
      outputs: op === 'LSTM' ? 3 : 2,
      opset: 14,
    };
  }

  const variants: RnnVariant[] = [
    { direction: 'forward' },
    { direction: 'forward', bias: true, initial: true },
    { direction: 'reverse', bias: true },
    { direction: 'bidirectional', bias: true, initial: true },
    { direction: 'forward', bias: true, lens: [5, 2, 4] },
    { direction: 'reverse', lens: [3, 5, 1], initial: true },
    { direction: 'bidirectional', bias: true, lens: [4, 5, 2] },
    { direction: 'forward', bias: true, clip: 0.4 },
  ];

  it('LSTM: directions, bias, sequence_lens, initial states, clip', async () => {
    for (const v of variants) await expectClose(rnnCase('LSTM', v), `LSTM ${JSON.stringify(v)}`);
  });

  it('LSTM: peepholes, input_forget, custom activations with alpha/beta', async () => {
    await expectClose(rnnCase('LSTM', { direction: 'forward', bias: true, peephole: true, initial: true }), 'peephole');
    await expectClose(
      rnnCase('LSTM', { direction: 'bidirectional', bias: true, peephole: true, lens: [2, 5, 3] }),
      'peephole bidirectional',
    );
    await expectClose(rnnCase('LSTM', { direction: 'forward', bias: true, inputForget: true }), 'input_forget');
    await expectClose(
      rnnCase('LSTM', {
        direction: 'forward',
        bias: true,
        activations: ['HardSigmoid', 'LeakyRelu', 'Tanh'],
        alphas: [0.3, 0.05],
        betas: [0.4],
      }),
      'custom activations',
    );
  });

  // onnxruntime's CPU LSTM refuses layout 1; ONNX's test_lstm_batchwise covers it in the conformance suite.
  it('LSTM layout 1 equals layout 0 on transposed data', () => {
    const base = rnnCase('LSTM', { direction: 'bidirectional', bias: true, initial: true, peephole: true, lens: [5, 3, 4] });
    const ref = runOurs(base);
    const t = (x: Tensor | undefined): Tensor | undefined => x && transpose(x, [1, 0, 2]);
    const inputs = [...base.inputs];
    inputs[0] = t(inputs[0]);
    inputs[5] = t(inputs[5]);
    inputs[6] = t(inputs[6]);
    const got = runOurs({ ...base, attrs: { ...base.attrs, layout: 1 }, inputs });
    expect(exactDiff(got[0]!, transpose(ref[0]!, [2, 0, 1, 3]))).toBeUndefined();
    expect(exactDiff(got[1]!, transpose(ref[1]!, [1, 0, 2]))).toBeUndefined();
    expect(exactDiff(got[2]!, transpose(ref[2]!, [1, 0, 2]))).toBeUndefined();
  });

  it('GRU: directions, linear_before_reset, sequence_lens, initial state', async () => {
    for (const v of variants) {
      await expectClose(rnnCase('GRU', v), `GRU ${JSON.stringify(v)}`);
      await expectClose(rnnCase('GRU', { ...v, linearBeforeReset: true }), `GRU lbr ${JSON.stringify(v)}`);
    }
  });

  it('RNN: directions, sequence_lens, activations', async () => {
    for (const v of variants) await expectClose(rnnCase('RNN', v), `RNN ${JSON.stringify(v)}`);
    await expectClose(rnnCase('RNN', { direction: 'bidirectional', bias: true, activations: ['Relu', 'Sigmoid'] }), 'RNN relu/sigmoid');
  });
});

describe('convolution and pooling match onnxruntime', () => {
  interface ConvCase {
    x: number[];
    w: number[];
    attrs: Record<string, number | number[] | string>;
    bias?: boolean;
  }
  const convCases: ConvCase[] = [
    { x: [1, 3, 10, 10], w: [8, 3, 3, 3], attrs: { pads: [1, 1, 1, 1] }, bias: true },
    { x: [2, 4, 9, 11], w: [6, 4, 3, 3], attrs: { strides: [2, 2] } },
    { x: [1, 4, 12, 12], w: [4, 1, 3, 3], attrs: { group: 4, pads: [1, 1, 1, 1] }, bias: true },
    { x: [1, 6, 11, 9], w: [4, 3, 3, 2], attrs: { group: 2, dilations: [2, 1], pads: [0, 1, 2, 0] } },
    { x: [1, 3, 9, 7], w: [5, 3, 4, 3], attrs: { auto_pad: 'SAME_UPPER', strides: [2, 2] } },
    { x: [1, 3, 9, 7], w: [5, 3, 4, 4], attrs: { auto_pad: 'SAME_LOWER' } },
    { x: [1, 3, 8, 8], w: [5, 3, 3, 3], attrs: { auto_pad: 'VALID', strides: [3, 2] } },
    { x: [2, 16, 7, 7], w: [32, 16, 1, 1], attrs: {}, bias: true },
    { x: [1, 5, 20], w: [7, 5, 3], attrs: { pads: [2, 1], strides: [2], dilations: [2] }, bias: true },
    { x: [1, 2, 5, 6, 5], w: [3, 2, 3, 2, 3], attrs: { pads: [1, 0, 1, 1, 1, 1], strides: [1, 2, 2] }, bias: true },
    { x: [1, 64, 14, 14], w: [64, 64, 3, 3], attrs: { pads: [1, 1, 1, 1] }, bias: true },
  ];

  it('Conv: groups, dilations, strides, pads, auto_pad, 1-D and 3-D', async () => {
    for (const c of convCases) {
      const inputs = [floats(c.x), floats(c.w, -0.5, 0.5), c.bias ? floats([c.w[0]!]) : undefined];
      await expectClose({ op: 'Conv', attrs: c.attrs, inputs, outputs: 1, opset: 17 }, `Conv ${JSON.stringify(c)}`);
      await expectClose(
        { op: 'Conv', attrs: c.attrs, inputs, constants: [1, 2].filter((i) => inputs[i]), outputs: 1, opset: 17 },
        `Conv const ${JSON.stringify(c)}`,
      );
    }
  });

  it('ConvTranspose: strides, pads, output_padding, output_shape, groups, dilations', async () => {
    const cases: ConvCase[] = [
      { x: [1, 3, 5, 5], w: [3, 4, 3, 3], attrs: {}, bias: true },
      { x: [1, 3, 5, 4], w: [3, 2, 3, 3], attrs: { strides: [2, 2], pads: [1, 1, 1, 1], output_padding: [1, 0] } },
      { x: [2, 4, 4, 4], w: [4, 1, 2, 2], attrs: { strides: [2, 2], group: 4 }, bias: true },
      { x: [1, 2, 4, 5], w: [2, 3, 3, 3], attrs: { strides: [3, 2], output_shape: [12, 11] } },
      { x: [1, 2, 5, 5], w: [2, 3, 3, 3], attrs: { dilations: [2, 2], pads: [1, 2, 0, 1] } },
      { x: [1, 2, 4, 4], w: [2, 2, 3, 3], attrs: { strides: [2, 2], auto_pad: 'SAME_UPPER' } },
      { x: [1, 3, 7], w: [3, 2, 3], attrs: { strides: [2] }, bias: true },
    ];
    for (const c of cases) {
      const inputs = [floats(c.x), floats(c.w, -0.5, 0.5), c.bias ? floats([c.w[1]! * Number(c.attrs['group'] ?? 1)]) : undefined];
      await expectClose({ op: 'ConvTranspose', attrs: c.attrs, inputs, outputs: 1, opset: 17 }, `ConvTranspose ${JSON.stringify(c)}`);
    }
  });

  it('MaxPool (with Indices), AveragePool, LpPool: pads, strides, dilations, ceil_mode, count_include_pad', async () => {
    const x = floats([2, 3, 11, 10]);
    const attrSets: Record<string, number | number[] | string>[] = [
      { kernel_shape: [3, 3], strides: [2, 2] },
      { kernel_shape: [3, 3], strides: [2, 2], ceil_mode: 1 },
      { kernel_shape: [3, 2], strides: [2, 3], pads: [1, 0, 1, 1], ceil_mode: 1 },
      { kernel_shape: [2, 2], pads: [1, 1, 1, 1] },
      { kernel_shape: [3, 3], auto_pad: 'SAME_UPPER', strides: [2, 2] },
      { kernel_shape: [3, 3], auto_pad: 'SAME_LOWER' },
    ];
    for (const a of attrSets) {
      await expectClose({ op: 'MaxPool', attrs: a, inputs: [x], outputs: 2, opset: 12 }, `MaxPool ${JSON.stringify(a)}`);
      await expectClose({ op: 'AveragePool', attrs: a, inputs: [x], outputs: 1, opset: 19 }, `AveragePool ${JSON.stringify(a)}`);
      await expectClose(
        { op: 'AveragePool', attrs: { ...a, count_include_pad: 1 }, inputs: [x], outputs: 1, opset: 19 },
        `AveragePool incl ${JSON.stringify(a)}`,
      );
      await expectClose({ op: 'LpPool', attrs: { ...a, p: 3 }, inputs: [x], outputs: 1, opset: 18 }, `LpPool ${JSON.stringify(a)}`);
    }
    await expectClose(
      { op: 'MaxPool', attrs: { kernel_shape: [3, 3], dilations: [2, 2], pads: [2, 2, 2, 2] }, inputs: [x], outputs: 2, opset: 12 },
      'MaxPool dilated',
    );
    await expectClose(
      { op: 'MaxPool', attrs: { kernel_shape: [2, 2], storage_order: 1 }, inputs: [x], outputs: 2, opset: 12 },
      'MaxPool column-major indices',
    );
    await expectClose(
      { op: 'MaxPool', attrs: { kernel_shape: [3], strides: [2], pads: [1, 1] }, inputs: [floats([1, 2, 9])], outputs: 2, opset: 12 },
      'MaxPool 1-D',
    );
    for (const op of ['GlobalAveragePool', 'GlobalMaxPool', 'GlobalLpPool'])
      await expectClose({ op, inputs: [x], outputs: 1, opset: 17 }, op);
  });
});

describe('other float ops match onnxruntime', () => {
  it('Gemm (transposes, alpha/beta, broadcast C) and MatMul (batch broadcasting, 1-D operands)', async () => {
    for (const [ta, tb] of [
      [0, 0],
      [1, 0],
      [0, 1],
      [1, 1],
    ]) {
      const A = floats(ta ? [7, 5] : [5, 7]);
      const B = floats(tb ? [6, 7] : [7, 6]);
      for (const C of [undefined, floats([6]), floats([5, 1]), floats([5, 6])]) {
        await expectClose(
          { op: 'Gemm', attrs: { transA: ta!, transB: tb!, alpha: 0.7, beta: 1.3 }, inputs: [A, B, C], outputs: 1, opset: 13 },
          `Gemm ${ta}${tb} C[${C?.shape}]`,
        );
      }
    }
    for (const [a, b] of [
      [
        [3, 4],
        [4, 5],
      ],
      [
        [2, 3, 4],
        [4, 5],
      ],
      [
        [2, 1, 3, 4],
        [3, 4, 6],
      ],
      [[4], [4, 5]],
      [[2, 3, 4], [4]],
      [[5], [5]],
      [
        [1, 130, 257],
        [257, 129],
      ],
    ] as number[][][]) {
      await expectClose({ op: 'MatMul', inputs: [floats(a!), floats(b!)], outputs: 1, opset: 13 }, `MatMul [${a}]x[${b}]`);
    }
  });

  it('Softmax, LogSoftmax, LayerNormalization, BatchNormalization, InstanceNormalization over several axes', async () => {
    const x = floats([2, 3, 4, 5], -3, 3);
    for (const axis of [0, 1, -1, 2]) {
      await expectClose({ op: 'Softmax', attrs: { axis }, inputs: [x], outputs: 1, opset: 13 }, `Softmax ${axis}`);
      await expectClose({ op: 'LogSoftmax', attrs: { axis }, inputs: [x], outputs: 1, opset: 13 }, `LogSoftmax ${axis}`);
      const normShape = x.shape.slice(axis < 0 ? axis + 4 : axis);
      await expectClose(
        {
          op: 'LayerNormalization',
          attrs: { axis, epsilon: 1e-3 },
          inputs: [x, floats(normShape), floats(normShape)],
          outputs: 1,
          opset: 17,
        },
        `LayerNorm ${axis}`,
      );
    }
    await expectClose(
      {
        op: 'BatchNormalization',
        attrs: { epsilon: 1e-3 },
        inputs: [x, floats([3]), floats([3]), floats([3]), floats([3], 0.5, 2)],
        outputs: 1,
        opset: 15,
      },
      'BatchNorm',
    );
    await expectClose(
      { op: 'InstanceNormalization', attrs: { epsilon: 1e-3 }, inputs: [x, floats([3]), floats([3])], outputs: 1, opset: 17 },
      'InstanceNorm',
    );
  });

  it('reductions with axes, keepdims and noop_with_empty_axes', async () => {
    const x = floats([3, 4, 5], 0.1, 2);
    const ops = [
      'ReduceSum',
      'ReduceMean',
      'ReduceMax',
      'ReduceMin',
      'ReduceProd',
      'ReduceL1',
      'ReduceL2',
      'ReduceLogSum',
      'ReduceLogSumExp',
      'ReduceSumSquare',
    ];
    for (const op of ops) {
      for (const [axes, keepdims] of [
        [[1], 1],
        [[0, 2], 0],
        [[-1], 1],
        [undefined, 0],
      ] as [number[] | undefined, number][]) {
        await expectClose(
          { op, attrs: { keepdims }, inputs: [x, axes ? i64(axes) : undefined], outputs: 1, opset: 18 },
          `${op} ${axes} ${keepdims}`,
        );
      }
      await expectClose({ op, attrs: { noop_with_empty_axes: 1 }, inputs: [x], outputs: 1, opset: 18 }, `${op} noop`);
    }
    for (const op of ['ArgMax', 'ArgMin']) {
      await expectClose({ op, attrs: { axis: 1, keepdims: 0 }, inputs: [x], outputs: 1, opset: 13 }, op);
    }
  });

  it('Pad (constant, reflect, edge, wrap) and Slice (negative steps, clamping)', async () => {
    const x = floats([3, 4, 5]);
    for (const mode of ['constant', 'reflect', 'edge', 'wrap']) {
      await expectClose(
        {
          op: 'Pad',
          attrs: { mode },
          inputs: [x, i64([1, 0, 2, 2, 3, 1]), tensor('float32', [], Float32Array.of(1.5))],
          outputs: 1,
          opset: 19,
        },
        `Pad ${mode}`,
      );
    }
    await expectClose({ op: 'Pad', inputs: [x, i64([-1, 0, 1, 1, 0, -2])], outputs: 1, opset: 19 }, 'Pad with cropping');
    await expectClose({ op: 'Pad', inputs: [x, i64([2, 1]), undefined, i64([-1])], outputs: 1, opset: 19 }, 'Pad axes');
    for (const [starts, ends, axes, steps] of [
      [
        [0, 1],
        [3, 100],
        [0, 2],
        [1, 2],
      ],
      [[-1], [-1000], [1], [-1]],
      [
        [4, 2],
        [0, -10],
        [2, 0],
        [-2, -1],
      ],
      [[1], [3], undefined, undefined],
    ] as (number[] | undefined)[][]) {
      await expectClose(
        {
          op: 'Slice',
          inputs: [x, i64(starts!), i64(ends!), axes ? i64(axes) : undefined, steps ? i64(steps) : undefined],
          outputs: 1,
          opset: 13,
        },
        `Slice ${starts} ${ends} ${axes} ${steps}`,
      );
    }
  });

  it('Resize: modes, coordinate transforms, nearest modes, scales and sizes', async () => {
    const x = floats([1, 2, 4, 5]);
    const transforms = ['half_pixel', 'pytorch_half_pixel', 'align_corners', 'asymmetric'];
    for (const mode of ['nearest', 'linear', 'cubic']) {
      for (const ct of transforms) {
        for (const [scales, sizes] of [
          [[1, 1, 2, 1.5], undefined],
          [[1, 1, 0.5, 0.6], undefined],
          [undefined, [1, 2, 7, 3]],
        ] as (number[] | undefined)[][]) {
          const inputs = [x, undefined, scales ? f32(scales) : undefined, sizes ? i64(sizes) : undefined];
          const nearest = mode === 'nearest' ? ['round_prefer_floor', 'round_prefer_ceil', 'floor', 'ceil'] : [undefined];
          for (const nm of nearest) {
            const attrs = { mode, coordinate_transformation_mode: ct, ...(nm ? { nearest_mode: nm } : {}) };
            await expectClose({ op: 'Resize', attrs, inputs, outputs: 1, opset: 13 }, `Resize ${JSON.stringify(attrs)} ${scales ?? sizes}`);
          }
        }
      }
    }
    await expectClose(
      {
        op: 'Resize',
        attrs: { mode: 'cubic', exclude_outside: 1, cubic_coeff_a: -0.5 },
        inputs: [x, undefined, f32([1, 1, 1.7, 0.8])],
        outputs: 1,
        opset: 13,
      },
      'Resize cubic exclude_outside',
    );
    await expectClose(
      {
        op: 'Resize',
        attrs: { mode: 'linear', coordinate_transformation_mode: 'tf_crop_and_resize', extrapolation_value: 9 },
        inputs: [x, f32([0, 0, -0.2, 0.3, 1, 1, 0.9, 1.4]), undefined, i64([1, 2, 5, 6])],
        outputs: 1,
        opset: 13,
      },
      'Resize tf_crop_and_resize',
    );
  });

  it('elementwise math and activations', async () => {
    const x = floats([4, 5], -4, 4);
    const unary = [
      'Abs',
      'Neg',
      'Floor',
      'Ceil',
      'Round',
      'Exp',
      'Sigmoid',
      'Tanh',
      'Erf',
      'Softplus',
      'Softsign',
      'HardSwish',
      'Relu',
      'Sign',
      'Sin',
      'Cos',
      'Atan',
      'Sinh',
      'Asinh',
    ];
    for (const op of unary) await expectClose({ op, inputs: [x], outputs: 1, opset: 17 }, op);
    const pos = floats([4, 5], 0.01, 4);
    for (const op of ['Sqrt', 'Log', 'Reciprocal']) await expectClose({ op, inputs: [pos], outputs: 1, opset: 17 }, op);
    await expectClose({ op: 'Gelu', inputs: [floats([200], -12, 12)], outputs: 1, opset: 20 }, 'Gelu');
    await expectClose({ op: 'Gelu', attrs: { approximate: 'tanh' }, inputs: [x], outputs: 1, opset: 20 }, 'Gelu tanh');
    await expectClose({ op: 'LeakyRelu', attrs: { alpha: 0.2 }, inputs: [x], outputs: 1, opset: 16 }, 'LeakyRelu');
    await expectClose({ op: 'HardSigmoid', attrs: { alpha: 0.3, beta: 0.4 }, inputs: [x], outputs: 1, opset: 17 }, 'HardSigmoid');
    await expectClose(
      {
        op: 'Clip',
        inputs: [x, tensor('float32', [], Float32Array.of(-1)), tensor('float32', [], Float32Array.of(2.5))],
        outputs: 1,
        opset: 13,
      },
      'Clip',
    );
    await expectClose(
      { op: 'Clip', inputs: [x, undefined, tensor('float32', [], Float32Array.of(0.5))], outputs: 1, opset: 13 },
      'Clip max only',
    );
    for (const op of ['Add', 'Sub', 'Mul', 'Div', 'Pow', 'Max', 'Min']) {
      await expectClose({ op, inputs: [floats([2, 3, 4], 0.5, 2), floats([3, 1], 0.5, 2)], outputs: 1, opset: 13 }, `${op} broadcast`);
    }
    await expectClose(
      { op: 'Where', inputs: [tensor('bool', [3, 1], Uint8Array.of(1, 0, 1)), floats([1, 4]), floats([3, 4])], outputs: 1, opset: 16 },
      'Where',
    );
  });
});
