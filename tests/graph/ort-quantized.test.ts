// Quantized kernels must be bit-exact with onnxruntime's CPU kernels: random data, many shapes,
// per-tensor and per-channel parameters, uint8 and int8, weights both fed and constant (which
// selects onnxruntime's prepacked paths).
import { describe, expect, it } from 'vitest';
import { Rng, type Tensor, randomTensor, tensor } from '../../graph/index.js';
import { type NodeCase, exactDiff, runBoth } from './ops-helpers.js';

const rng = new Rng(0x5eed);

const ints = (dtype: 'uint8' | 'int8' | 'int32', shape: number[], lo: number, hi: number): Tensor =>
  randomTensor(rng, shape, { kind: 'int', lo, hi, dtype });
const q = (dtype: 'uint8' | 'int8', shape: number[]): Tensor =>
  dtype === 'uint8' ? ints('uint8', shape, 0, 255) : ints('int8', shape, -128, 127);
const scalar = (dtype: 'float32' | 'uint8' | 'int8', v: number): Tensor =>
  tensor(dtype, [], dtype === 'float32' ? Float32Array.of(v) : dtype === 'uint8' ? Uint8Array.of(v) : Int8Array.of(v));
const floats = (shape: number[], lo: number, hi: number): Tensor => randomTensor(rng, shape, { kind: 'uniform', lo, hi });
const zp = (dtype: 'uint8' | 'int8'): number => (dtype === 'uint8' ? rng.int(0, 255) : rng.int(-128, 127));

/** Test-side requantization to int8 (float32 product, ties to even, saturate), independent of the kernel. */
function requant(acc: number, scale: number): number {
  const v = Math.fround(Math.fround(acc) * scale);
  const f = Math.floor(v);
  const r = v - f < 0.5 ? f : v - f > 0.5 ? f + 1 : f % 2 === 0 ? f : f + 1;
  return Math.max(-128, Math.min(127, r));
}

async function expectExact(c: NodeCase, label: string): Promise<void> {
  const { ours, ort } = await runBoth(c);
  ours.forEach((t, i) => expect(exactDiff(t, ort[i]!), `${label}: output ${i}`).toBeUndefined());
}

describe('QuantizeLinear / DequantizeLinear match onnxruntime exactly', () => {
  it('quantizes per tensor with ties, saturation and infinities', async () => {
    for (const dtype of ['uint8', 'int8'] as const) {
      for (let trial = 0; trial < 6; trial++) {
        // A power-of-two scale makes (k + 0.5) * scale exact, so ties really are ties.
        const scale = 2 ** rng.int(-6, 0);
        const x = tensor('float32', [7, 9]);
        for (let i = 0; i < x.data.length; i++) x.data[i] = (rng.int(-300, 300) + (i % 3 === 0 ? 0.5 : rng.next())) * scale;
        x.data[0] = Infinity;
        x.data[1] = -Infinity;
        x.data[2] = 1e30;
        await expectExact(
          { op: 'QuantizeLinear', inputs: [x, scalar('float32', scale), scalar(dtype, zp(dtype))], outputs: 1 },
          `${dtype} trial ${trial}`,
        );
      }
    }
  });

  it('quantizes per axis (axis 0, 1, -1)', async () => {
    for (const dtype of ['uint8', 'int8'] as const) {
      for (const [shape, axis] of [
        [[4, 6, 5], 0],
        [[2, 6, 3, 3], 1],
        [[3, 5, 7], -1],
      ] as [number[], number][]) {
        const d = shape[axis < 0 ? axis + shape.length : axis]!;
        const scales = floats([d], 0.01, 0.2);
        const zps = tensor(dtype, [d]);
        for (let i = 0; i < d; i++) zps.data[i] = zp(dtype);
        await expectExact(
          { op: 'QuantizeLinear', attrs: { axis }, inputs: [floats(shape, -20, 20), scales, zps], outputs: 1 },
          `${dtype} axis ${axis}`,
        );
      }
    }
  });

  it('quantizes to uint8 when no zero point is given', async () => {
    await expectExact({ op: 'QuantizeLinear', inputs: [floats([5, 5], -3, 30), scalar('float32', 0.1)], outputs: 1 }, 'no zp');
  });

  it('dequantizes per tensor and per axis, including int32', async () => {
    for (const dtype of ['uint8', 'int8'] as const) {
      await expectExact(
        { op: 'DequantizeLinear', inputs: [q(dtype, [6, 7]), scalar('float32', 0.0371), scalar(dtype, zp(dtype))], outputs: 1 },
        `${dtype} per tensor`,
      );
      const zps = tensor(dtype, [4]);
      for (let i = 0; i < 4; i++) zps.data[i] = zp(dtype);
      await expectExact(
        { op: 'DequantizeLinear', attrs: { axis: 1 }, inputs: [q(dtype, [2, 4, 3]), floats([4], 0.001, 0.5), zps], outputs: 1 },
        `${dtype} per axis`,
      );
    }
    await expectExact(
      { op: 'DequantizeLinear', inputs: [ints('int32', [10], -1e6, 1e6), scalar('float32', 0.00731)], outputs: 1 },
      'int32',
    );
  });

  it('DynamicQuantizeLinear gives the same data, scale and zero point', async () => {
    for (const [lo, hi] of [
      [-1, 1],
      [0.5, 3],
      [-7, -0.1],
      [-0.01, 100],
    ] as [number, number][]) {
      await expectExact({ op: 'DynamicQuantizeLinear', inputs: [floats([3, 17], lo, hi)], outputs: 3 }, `range [${lo}, ${hi}]`);
    }
  });
});

describe('integer matmul and convolution match onnxruntime exactly', () => {
  const mmShapes: [number[], number[]][] = [
    [
      [1, 1],
      [1, 1],
    ],
    [
      [3, 5],
      [5, 4],
    ],
    [
      [16, 64],
      [64, 32],
    ],
    [
      [7, 300],
      [300, 9],
    ],
    [
      [2, 3, 8],
      [8, 5],
    ],
    [
      [2, 4, 6],
      [2, 6, 3],
    ],
  ];

  it('MatMulInteger with scalar and per-column zero points', async () => {
    for (const [aDt, bDt] of [
      ['uint8', 'uint8'],
      ['uint8', 'int8'],
      ['int8', 'int8'],
    ] as const) {
      for (const [as, bs] of mmShapes) {
        const N = bs[bs.length - 1]!;
        const perCol = bs.length === 2 && N > 1;
        const bzp = perCol ? tensor(bDt, [N]) : scalar(bDt, zp(bDt));
        if (perCol) for (let i = 0; i < N; i++) bzp.data[i] = zp(bDt);
        await expectExact(
          { op: 'MatMulInteger', inputs: [q(aDt, as), q(bDt, bs), scalar(aDt, zp(aDt)), bzp], outputs: 1, opset: 10 },
          `${aDt}x${bDt} [${as}]x[${bs}]`,
        );
      }
    }
  });

  it('QLinearMatMul per tensor and per column, fed and constant weights', async () => {
    for (const [aDt, bDt] of [
      ['uint8', 'uint8'],
      ['uint8', 'int8'],
      ['int8', 'int8'],
    ] as const) {
      for (const [as, bs] of mmShapes) {
        for (const constant of [false, true]) {
          const K = as[as.length - 1]!;
          const N = bs[bs.length - 1]!;
          const aScale = rng.uniform(0.005, 0.05);
          const perCol = bs.length === 2 && N > 1 && constant;
          const bScale = perCol ? floats([N], 0.002, 0.03) : scalar('float32', rng.uniform(0.002, 0.03));
          const bZp = perCol ? tensor(bDt, [N]) : scalar(bDt, bDt === 'int8' ? 0 : zp(bDt));
          if (perCol) for (let i = 0; i < N; i++) bZp.data[i] = bDt === 'int8' ? 0 : zp(bDt);
          // Output scale near the accumulator's spread, so results cover the range and saturate a little.
          const yScale = aScale * 0.02 * Math.sqrt(K) * rng.uniform(1, 4);
          await expectExact(
            {
              op: 'QLinearMatMul',
              inputs: [
                q(aDt, as),
                scalar('float32', aScale),
                scalar(aDt, zp(aDt)),
                q(bDt, bs),
                bScale,
                bZp,
                scalar('float32', yScale),
                scalar(aDt, zp(aDt)),
              ],
              constants: constant ? [3, 4, 5] : [],
              outputs: 1,
            },
            `${aDt}x${bDt} [${as}]x[${bs}]${constant ? ' const' : ''}${perCol ? ' per-column' : ''}`,
          );
        }
      }
    }
  });

  it('QLinearMatMul rounds ties to even (power-of-two scales make x.5 results exact)', async () => {
    for (const [aDt, bDt] of [
      ['uint8', 'int8'],
      ['int8', 'int8'],
    ] as const) {
      // Output scale 2^-1: every odd accumulator lands exactly on a tie.
      await expectExact(
        {
          op: 'QLinearMatMul',
          inputs: [
            q(aDt, [9, 3]),
            scalar('float32', 2 ** -4),
            scalar(aDt, 0),
            ints(bDt, [3, 11], -6, 6),
            scalar('float32', 2 ** -3),
            scalar(bDt, 0),
            scalar('float32', 2 ** -6),
            scalar(aDt, 0),
          ],
          outputs: 1,
        },
        `${aDt}x${bDt} ties`,
      );
    }
  });

  it('QLinearMatMul computes the output scale in float32 in onnxruntime order', async () => {
    // An outer product (K = 1) of every int8 value gives every accumulator in [-16384, 16384].
    // Search scales for which the float32 scale (a*b)/y and the same expression in float64 round
    // some of those accumulators differently, so the comparison below can tell the two apart.
    const acc = new Set<number>();
    for (let i = -128; i < 128; i++) for (let j = -128; j < 128; j++) acc.add(i * j);
    let found: [number, number, number] | undefined;
    for (let trial = 0; trial < 2000 && !found; trial++) {
      const [a, b, y] = [Math.fround(rng.uniform(0.001, 0.1)), Math.fround(rng.uniform(0.001, 0.1)), Math.fround(rng.uniform(0.01, 0.5))];
      const sf = Math.fround(Math.fround(a * b) / y);
      const sd = (a * b) / y;
      for (const v of acc) {
        if (requant(v, sf) !== requant(v, sd)) {
          found = [a, b, y];
          break;
        }
      }
    }
    expect(found, 'a scale triple where float32 order matters').toBeDefined();
    const [a, b, y] = found!;
    const av = tensor('int8', [256, 1]);
    const bv = tensor('int8', [1, 256]);
    for (let i = 0; i < 256; i++) {
      av.data[i] = i - 128;
      bv.data[i] = i - 128;
    }
    await expectExact(
      {
        op: 'QLinearMatMul',
        inputs: [
          av,
          scalar('float32', a),
          scalar('int8', 0),
          bv,
          scalar('float32', b),
          scalar('int8', 0),
          scalar('float32', y),
          scalar('int8', 0),
        ],
        outputs: 1,
      },
      `scales ${a}, ${b}, ${y}`,
    );
  });

  interface ConvShape {
    n: number;
    c: number;
    m: number;
    hw: [number, number];
    k: [number, number];
    strides?: number[];
    pads?: number[];
    dilations?: number[];
    group?: number;
    autoPad?: string;
  }
  const convShapes: ConvShape[] = [
    { n: 1, c: 1, m: 1, hw: [5, 5], k: [3, 3] },
    { n: 1, c: 3, m: 8, hw: [9, 9], k: [3, 3], pads: [1, 1, 1, 1] },
    { n: 2, c: 4, m: 6, hw: [8, 7], k: [1, 1] },
    { n: 1, c: 8, m: 16, hw: [12, 12], k: [3, 3], strides: [2, 2], pads: [1, 1, 1, 1] },
    { n: 1, c: 8, m: 8, hw: [10, 10], k: [3, 3], group: 8, pads: [1, 1, 1, 1] },
    { n: 1, c: 6, m: 4, hw: [11, 9], k: [3, 2], group: 2, dilations: [2, 1], pads: [0, 1, 2, 0] },
    { n: 1, c: 16, m: 32, hw: [7, 7], k: [5, 5], pads: [2, 2, 2, 2] },
    { n: 1, c: 5, m: 7, hw: [9, 6], k: [3, 3], strides: [2, 1], autoPad: 'SAME_UPPER' },
  ];
  const convAttrs = (s: ConvShape) => ({
    ...(s.strides ? { strides: s.strides } : {}),
    ...(s.pads ? { pads: s.pads } : {}),
    ...(s.dilations ? { dilations: s.dilations } : {}),
    ...(s.group ? { group: s.group } : {}),
    ...(s.autoPad ? { auto_pad: s.autoPad } : {}),
    kernel_shape: s.k,
  });

  it('ConvInteger with uint8 and int8 weights', async () => {
    for (const wDt of ['uint8', 'int8'] as const) {
      for (const s of convShapes) {
        const x = q('uint8', [s.n, s.c, ...s.hw]);
        const w = q(wDt, [s.m, s.c / (s.group ?? 1), ...s.k]);
        await expectExact(
          {
            op: 'ConvInteger',
            attrs: convAttrs(s),
            inputs: [x, w, scalar('uint8', zp('uint8')), scalar(wDt, zp(wDt))],
            outputs: 1,
            opset: 10,
          },
          `${wDt} ${JSON.stringify(s)}`,
        );
      }
    }
  });

  it('QLinearConv per tensor and per channel, with and without bias, fed and constant weights', async () => {
    for (const [xDt, wDt] of [
      ['uint8', 'uint8'],
      ['uint8', 'int8'],
      ['int8', 'int8'],
    ] as const) {
      for (const s of convShapes) {
        for (const variant of [0, 1, 2]) {
          const perChannel = variant > 0;
          const constant = variant === 2;
          const x = q(xDt, [s.n, s.c, ...s.hw]);
          const w = q(wDt, [s.m, s.c / (s.group ?? 1), ...s.k]);
          const xScale = rng.uniform(0.005, 0.05);
          const wScale = perChannel ? floats([s.m], 0.001, 0.03) : scalar('float32', rng.uniform(0.001, 0.03));
          // onnxruntime needs one weight zero point for all channels (0 for int8 weights selects its symmetric path).
          const wZpValue = wDt === 'int8' ? (constant ? 0 : rng.int(-3, 3)) : zp(wDt);
          const wZp = perChannel ? tensor(wDt, [s.m]) : scalar(wDt, wZpValue);
          if (perChannel) wZp.data.fill(wZpValue as never);
          const K = (s.c / (s.group ?? 1)) * s.k[0] * s.k[1];
          const yScale = xScale * 0.02 * Math.sqrt(K) * rng.uniform(1, 4);
          const bias = variant !== 1 ? ints('int32', [s.m], -5000, 5000) : undefined;
          if (variant === 0 && s.k[0] === 3) {
            // Power-of-two scales put many results exactly on x.5: ties must round to even.
            await expectExact(
              {
                op: 'QLinearConv',
                attrs: convAttrs(s),
                inputs: [
                  x,
                  scalar('float32', 2 ** -4),
                  scalar(xDt, 0),
                  w,
                  scalar('float32', 2 ** -5),
                  scalar(wDt, wDt === 'int8' ? 0 : 128),
                  scalar('float32', 2 ** -3 * 2 ** rng.int(2, 5)),
                  scalar(xDt, 0),
                  bias,
                ],
                outputs: 1,
              },
              `${xDt}/${wDt} ties ${JSON.stringify(s)}`,
            );
          }
          await expectExact(
            {
              op: 'QLinearConv',
              attrs: convAttrs(s),
              inputs: [
                x,
                scalar('float32', xScale),
                scalar(xDt, zp(xDt)),
                w,
                wScale,
                wZp,
                scalar('float32', yScale),
                scalar(xDt, zp(xDt)),
                bias,
              ],
              constants: constant ? [3, 4, 5, 8] : [],
              outputs: 1,
            },
            `${xDt}/${wDt} variant ${variant} ${JSON.stringify(s)}`,
          );
        }
      }
    }
  });
});
