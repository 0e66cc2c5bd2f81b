// Quantized ops, bit-exact with onnxruntime's CPU kernels: QuantizeLinear, DequantizeLinear,
// DynamicQuantizeLinear, MatMulInteger, ConvInteger, QLinearMatMul, QLinearConv.
//
// Requantization follows onnxruntime (checked against its source):
// - output scale per channel: `X_scale_value * W_scale_data[i] / Y_scale_value` in float32, left to
//   right (core/providers/cpu/quantization/qlinearconv.cc, ComputeOutputScale; the same expression
//   in quantize_linear_matmul.cc);
// - MlasRequantizeOutput (core/mlas/lib/quantize.cpp): int32 accumulator plus int32 bias, converted
//   to float32 (_mm_cvtepi32_ps), multiplied by the float32 scale, clamped to
//   [qmin - zp, qmax - zp], rounded half to even (_mm_cvtps_epi32), plus the zero point;
// - MlasQuantizeLinear: float32 x / scale, same clamp, round half to even, plus zero point.
import type { Attrs } from '../ir.js';
import { type DType, type Tensor, allocData, sizeOf } from '../tensor.js';
import { checkAutoPad, convShapes, imcol, inferConv } from './conv.js';
import { inferMatmulShape, planMatmul } from './matmul.js';
import type { OpDef, OutputType } from './types.js';
import {
  type AnyArray,
  attrInt,
  defineOp,
  dtypeFromOnnx,
  expectDType,
  fail,
  inType,
  intRange,
  need,
  normAxis,
  outType,
  roundHalfEven,
  scalarOf,
} from './util.js';

const f32 = Math.fround;
const Q_TYPES: readonly DType[] = ['int8', 'uint8'];
const QUANT_OUT_TYPES: readonly DType[] = ['int8', 'uint8', 'int16', 'uint16'];
const DEQUANT_IN_TYPES: readonly DType[] = ['int8', 'uint8', 'int16', 'uint16', 'int32'];

/** Saturating round-half-even quantization of one float32 value (MlasQuantizeLinear semantics). */
export function quantizeValue(x: number, scale: number, zp: number, qmin: number, qmax: number): number {
  const v = f32(x / scale);
  // NaN lands on qmin, as the SSE max/min sequence in MLAS produces.
  if (Number.isNaN(v)) return qmin;
  const q = roundHalfEven(v) + zp;
  return q < qmin ? qmin : q > qmax ? qmax : q;
}

/** Saturating requantization of an int32 accumulator (MlasRequantizeOutput semantics). */
export function requantizeValue(acc: number, scale: number, zp: number, qmin: number, qmax: number): number {
  const q = roundHalfEven(f32(f32(acc) * scale)) + zp;
  return q < qmin ? qmin : q > qmax ? qmax : q;
}

/** onnxruntime's float32 output scale: (x_scale * w_scale) / y_scale, rounded to float32 at each step. */
export function outputScale(xScale: number, wScale: number, yScale: number): number {
  return f32(f32(xScale * wScale) / yScale);
}

/**
 * Index of the quantization parameter for each element: per-tensor (size 1), per-axis (1-D of
 * the axis size) or blocked (same rank, axis dim divided into blocks of `blockSize`).
 */
function paramIndexer(shape: readonly number[], param: Tensor, axisAttr: number, blockSize: number, what: string): (e: number) => number {
  if (param.data.length === 1 && blockSize === 0) return () => 0;
  const r = shape.length;
  const axis = normAxis(axisAttr, r);
  const inner = sizeOf(shape.slice(axis + 1));
  const dim = shape[axis]!;
  if (blockSize === 0) {
    if (param.shape.length !== 1 || param.data.length !== dim)
      fail(`${what} must be a scalar or 1-D of size ${dim} (axis ${axis}), got [${param.shape.join(', ')}]`);
    return (e) => Math.floor(e / inner) % dim;
  }
  const blocks = Math.ceil(dim / blockSize);
  if (param.shape.length !== r || param.shape.some((d, i) => (i === axis ? d !== blocks : d !== shape[i]))) {
    fail(`${what} of shape [${param.shape.join(', ')}] does not fit blocks of ${blockSize} along axis ${axis}`);
  }
  return (e) => {
    const outer = Math.floor(e / (inner * dim));
    const c = Math.floor(e / inner) % dim;
    return (outer * blocks + Math.floor(c / blockSize)) * inner + (e % inner);
  };
}

function quantOutDtype(zp: OutputType['dtype'] | undefined, attrs: Attrs): DType {
  if (zp) return zp;
  const code = attrInt(attrs, 'output_dtype', 0);
  if (code === 0) return 'uint8';
  const d = dtypeFromOnnx(code);
  if (!d) fail(`output_dtype=${code} is not supported`);
  return d;
}

const quantizeLinear = defineOp({
  op: 'QuantizeLinear',
  infer(inputs, attrs) {
    const x = inType(inputs, 0, 'x');
    expectDType('input x', x.dtype, ['float32', 'float16', 'int32']);
    const zp = inputs[2]?.type?.dtype ?? inputs[2]?.constant?.dtype;
    const d = quantOutDtype(zp, attrs);
    expectDType('output', d, QUANT_OUT_TYPES);
    return [outType(d, x.shape)];
  },
  run(inputs, attrs) {
    const x = need(inputs, 0, 'x');
    const scale = need(inputs, 1, 'y_scale');
    const zpT = inputs[2];
    const outDtype = quantOutDtype(zpT?.dtype, attrs);
    expectDType('output', outDtype, QUANT_OUT_TYPES);
    const [qmin, qmax] = intRange(outDtype);
    const axis = attrInt(attrs, 'axis', 1);
    const block = attrInt(attrs, 'block_size', 0);
    const si = paramIndexer(x.shape, scale, axis, block, 'y_scale');
    const zi = zpT ? paramIndexer(x.shape, zpT, axis, block, 'y_zero_point') : () => 0;
    const xd = x.data as AnyArray;
    const sd = scale.data as AnyArray;
    const zd = zpT?.data as AnyArray | undefined;
    const out: Tensor = { dtype: outDtype, shape: [...x.shape], data: allocData(outDtype, xd.length) };
    const od = out.data as AnyArray;
    for (let e = 0; e < xd.length; e++) od[e] = quantizeValue(Number(xd[e]), sd[si(e)] as number, zd ? Number(zd[zi(e)]) : 0, qmin, qmax);
    return [out];
  },
  unsupported(attrs) {
    const code = attrInt(attrs, 'output_dtype', 0);
    const d = code === 0 ? 'uint8' : dtypeFromOnnx(code);
    return d && QUANT_OUT_TYPES.includes(d) ? [] : [`output_dtype=${code} is not supported (int8, uint8, int16, uint16 are)`];
  },
});

const dequantizeLinear = defineOp({
  op: 'DequantizeLinear',
  infer(inputs) {
    const x = inType(inputs, 0, 'x');
    expectDType('input x', x.dtype, DEQUANT_IN_TYPES);
    const s = inType(inputs, 1, 'x_scale');
    return [outType(s.dtype, x.shape)];
  },
  run(inputs, attrs) {
    const x = need(inputs, 0, 'x');
    expectDType('input x', x.dtype, DEQUANT_IN_TYPES);
    const scale = need(inputs, 1, 'x_scale');
    const zpT = inputs[2];
    if (zpT && zpT.dtype !== x.dtype) fail(`x_zero_point has dtype ${zpT.dtype}, expected ${x.dtype}`);
    const axis = attrInt(attrs, 'axis', 1);
    const block = attrInt(attrs, 'block_size', 0);
    const si = paramIndexer(x.shape, scale, axis, block, 'x_scale');
    const zi = zpT ? paramIndexer(x.shape, zpT, axis, block, 'x_zero_point') : () => 0;
    const xd = x.data as AnyArray;
    const sd = scale.data as AnyArray;
    const zd = zpT?.data as AnyArray | undefined;
    const y = new Float32Array(xd.length);
    // onnxruntime: float(int32(x) - zero_point) * scale.
    for (let e = 0; e < xd.length; e++) y[e] = f32((xd[e] as number) - (zd ? (zd[zi(e)] as number) : 0)) * (sd[si(e)] as number);
    return [{ dtype: scale.dtype, shape: [...x.shape], data: y }];
  },
});

const dynamicQuantizeLinear = defineOp({
  op: 'DynamicQuantizeLinear',
  infer(inputs) {
    const x = inType(inputs, 0, 'x');
    expectDType('input x', x.dtype, ['float32']);
    return [outType('uint8', x.shape), { dtype: 'float32', shape: [] }, { dtype: 'uint8', shape: [] }];
  },
  run(inputs) {
    const x = need(inputs, 0, 'x');
    expectDType('input x', x.dtype, ['float32']);
    const xd = x.data as Float32Array;
    let lo = 0;
    let hi = 0;
    for (let i = 0; i < xd.length; i++) {
      lo = Math.min(lo, xd[i]!);
      hi = Math.max(hi, xd[i]!);
    }
    // onnxruntime's GetQuantizationParameter: float32 arithmetic, zero point clamped then rounded.
    const scale = hi === lo ? 1 : f32(f32(hi - lo) / 255);
    const zpf = f32(0 - f32(lo / scale));
    const zp = roundHalfEven(Math.max(0, Math.min(255, zpf)));
    const y = new Uint8Array(xd.length);
    for (let i = 0; i < xd.length; i++) y[i] = quantizeValue(xd[i]!, scale, zp, 0, 255);
    return [
      { dtype: 'uint8', shape: [...x.shape], data: y },
      { dtype: 'float32', shape: [], data: Float32Array.of(scale) },
      { dtype: 'uint8', shape: [], data: Uint8Array.of(zp) },
    ];
  },
});

// ---------------------------------------------------------------------------------------------
// integer GEMM and convolution

/** C[M x N] = A[M x K] * B[K x N] on zero-point-shifted int32 operands, exactly (float64 sums stay below 2^53). */
function gemmInt(
  M: number,
  N: number,
  K: number,
  A: Int32Array,
  aOff: number,
  B: Int32Array,
  bOff: number,
  C: Int32Array,
  cOff: number,
): void {
  const row = new Float64Array(N);
  for (let i = 0; i < M; i++) {
    row.fill(0);
    const a = aOff + i * K;
    for (let k = 0; k < K; k++) {
      const v = A[a + k]!;
      if (v === 0) continue;
      const b = bOff + k * N;
      for (let j = 0; j < N; j++) row[j] += v * B[b + j]!;
    }
    const c = cOff + i * N;
    for (let j = 0; j < N; j++) C[c + j] = row[j]!;
  }
}

/** Zero-point value for one index of a per-tensor or per-channel zero-point tensor (0 when absent). */
function zpAt(zp: Tensor | undefined, i: number): number {
  if (!zp) return 0;
  return Number((zp.data as AnyArray)[zp.data.length === 1 ? 0 : i]);
}

function checkZeroPoint(zp: Tensor | undefined, of: Tensor, n: number, what: string): void {
  if (!zp) return;
  if (zp.dtype !== of.dtype) fail(`${what} has dtype ${zp.dtype}, expected ${of.dtype}`);
  if (zp.data.length !== 1 && zp.data.length !== n) fail(`${what} must have 1 or ${n} elements, got ${zp.data.length}`);
}

/** Exact int32 result of a numpy-semantics matmul of (A - a_zp) and (B - b_zp); a_zp per row, b_zp per column. */
function matmulIntegerAcc(
  a: Tensor,
  b: Tensor,
  aZp: Tensor | undefined,
  bZp: Tensor | undefined,
): { shape: number[]; acc: Int32Array; N: number } {
  expectDType('input A', a.dtype, Q_TYPES);
  expectDType('input B', b.dtype, Q_TYPES);
  const p = planMatmul(a.shape, b.shape);
  checkZeroPoint(aZp, a, p.M, 'a_zero_point');
  checkZeroPoint(bZp, b, p.N, 'b_zero_point');
  const ad = a.data as AnyArray;
  const bd = b.data as AnyArray;
  const A = new Int32Array(ad.length);
  for (let e = 0; e < ad.length; e++) A[e] = (ad[e] as number) - zpAt(aZp, Math.floor(e / p.K) % p.M);
  const B = new Int32Array(bd.length);
  for (let e = 0; e < bd.length; e++) B[e] = (bd[e] as number) - zpAt(bZp, e % p.N);
  const acc = new Int32Array(sizeOf(p.outShape));
  for (let i = 0; i < p.aOffsets.length; i++) gemmInt(p.M, p.N, p.K, A, p.aOffsets[i]!, B, p.bOffsets[i]!, acc, i * p.M * p.N);
  return { shape: p.outShape, acc, N: p.N };
}

const matMulInteger = defineOp({
  op: 'MatMulInteger',
  infer(inputs, _attrs, ctx) {
    const a = inType(inputs, 0, 'A');
    const b = inType(inputs, 1, 'B');
    expectDType('input A', a.dtype, Q_TYPES);
    expectDType('input B', b.dtype, Q_TYPES);
    return [outType('int32', inferMatmulShape(a.shape, b.shape, ctx))];
  },
  run(inputs) {
    const { shape, acc } = matmulIntegerAcc(need(inputs, 0, 'A'), need(inputs, 1, 'B'), inputs[2], inputs[3]);
    return [{ dtype: 'int32', shape, data: acc }];
  },
});

const qlinearMatMul = defineOp({
  op: 'QLinearMatMul',
  infer(inputs, _attrs, ctx) {
    const a = inType(inputs, 0, 'a');
    const b = inType(inputs, 3, 'b');
    expectDType('input a', a.dtype, Q_TYPES);
    expectDType('input b', b.dtype, Q_TYPES);
    const y = inType(inputs, 7, 'y_zero_point');
    expectDType('y_zero_point', y.dtype, Q_TYPES);
    return [outType(y.dtype, inferMatmulShape(a.shape, b.shape, ctx))];
  },
  run(inputs) {
    const a = need(inputs, 0, 'a');
    const aScale = need(inputs, 1, 'a_scale');
    const b = need(inputs, 3, 'b');
    const bScale = need(inputs, 4, 'b_scale');
    const yScale = scalarOf(need(inputs, 6, 'y_scale'), 'per-tensor y_scale');
    const yZpT = need(inputs, 7, 'y_zero_point');
    expectDType('y_zero_point', yZpT.dtype, Q_TYPES);
    const yZp = scalarOf(yZpT, 'per-tensor y_zero_point');
    const { shape, acc, N } = matmulIntegerAcc(a, b, need(inputs, 2, 'a_zero_point'), need(inputs, 5, 'b_zero_point'));
    const M = shape.length >= 2 && a.shape.length > 1 ? a.shape[a.shape.length - 2]! : 1;
    if (aScale.data.length !== 1 && aScale.data.length !== M) fail(`a_scale must have 1 or ${M} elements`);
    if (bScale.data.length !== 1 && bScale.data.length !== N) fail(`b_scale must have 1 or ${N} elements`);
    const as = aScale.data as AnyArray;
    const bs = bScale.data as AnyArray;
    const [qmin, qmax] = intRange(yZpT.dtype);
    const y = allocData(yZpT.dtype, acc.length) as Int8Array | Uint8Array;
    for (let e = 0; e < acc.length; e++) {
      const j = e % N;
      const i = Math.floor(e / N) % M;
      const s = outputScale(as[as.length === 1 ? 0 : i] as number, bs[bs.length === 1 ? 0 : j] as number, yScale);
      y[e] = requantizeValue(acc[e]!, s, yZp, qmin, qmax);
    }
    return [{ dtype: yZpT.dtype, shape, data: y }];
  },
});

/** Exact int32 convolution of (x - x_zp) with (w - w_zp[m]), any spatial rank and group count. */
function convIntegerAcc(
  x: Tensor,
  w: Tensor,
  xZp: Tensor | undefined,
  wZp: Tensor | undefined,
  attrs: Attrs,
): { shape: number[]; acc: Int32Array; M: number; outSize: number } {
  expectDType('input x', x.dtype, Q_TYPES);
  expectDType('input w', w.dtype, Q_TYPES);
  const s = convShapes(x, w, attrs);
  const { N, C, M, group } = s;
  const g = s.geometry;
  checkZeroPoint(xZp, x, 1, 'x_zero_point');
  checkZeroPoint(wZp, w, M, 'w_zero_point');
  const xz = zpAt(xZp, 0);
  const Cg = C / group;
  const Mg = M / group;
  const kSize = sizeOf(g.kernel);
  const K = Cg * kSize;
  const inSize = sizeOf(s.inSpatial);
  const outSize = sizeOf(g.out);
  const xd = x.data as AnyArray;
  const X = new Int32Array(xd.length);
  for (let e = 0; e < xd.length; e++) X[e] = (xd[e] as number) - xz;
  const wd = w.data as AnyArray;
  const W = new Int32Array(wd.length);
  for (let e = 0; e < wd.length; e++) W[e] = (wd[e] as number) - zpAt(wZp, Math.floor(e / K));
  const col = new Int32Array(K * outSize);
  const acc = new Int32Array(N * M * outSize);
  for (let n = 0; n < N; n++)
    for (let gi = 0; gi < group; gi++) {
      // Padding reads x_zero_point, i.e. 0 after the shift.
      imcol(true, X, (n * C + gi * Cg) * inSize, Cg, s.inSpatial, g, g.out, col, 0);
      gemmInt(Mg, outSize, K, W, gi * Mg * K, col, 0, acc, (n * M + gi * Mg) * outSize);
    }
  return { shape: [N, M, ...g.out], acc, M, outSize };
}

const convInteger = defineOp({
  op: 'ConvInteger',
  infer(inputs, attrs, ctx) {
    expectDType('input x', inType(inputs, 0, 'x').dtype, Q_TYPES);
    return inferConv(inputs, attrs, ctx, 0, 1, 'int32');
  },
  run(inputs, attrs) {
    const { shape, acc } = convIntegerAcc(need(inputs, 0, 'x'), need(inputs, 1, 'w'), inputs[2], inputs[3], attrs);
    return [{ dtype: 'int32', shape, data: acc }];
  },
  unsupported: checkAutoPad,
});

const qlinearConv = defineOp({
  op: 'QLinearConv',
  infer(inputs, attrs, ctx) {
    expectDType('input x', inType(inputs, 0, 'x').dtype, Q_TYPES);
    const y = inType(inputs, 7, 'y_zero_point');
    expectDType('y_zero_point', y.dtype, Q_TYPES);
    return inferConv(inputs, attrs, ctx, 0, 3, y.dtype);
  },
  run(inputs, attrs) {
    const x = need(inputs, 0, 'x');
    const xScale = scalarOf(need(inputs, 1, 'x_scale'), 'per-tensor x_scale');
    const w = need(inputs, 3, 'w');
    const wScale = need(inputs, 4, 'w_scale');
    const yScale = scalarOf(need(inputs, 6, 'y_scale'), 'per-tensor y_scale');
    const yZpT = need(inputs, 7, 'y_zero_point');
    expectDType('y_zero_point', yZpT.dtype, Q_TYPES);
    const yZp = scalarOf(yZpT, 'per-tensor y_zero_point');
    const bias = inputs[8];
    const { shape, acc, M, outSize } = convIntegerAcc(x, w, need(inputs, 2, 'x_zero_point'), need(inputs, 5, 'w_zero_point'), attrs);
    if (wScale.data.length !== 1 && wScale.data.length !== M) fail(`w_scale must have 1 or ${M} elements, got ${wScale.data.length}`);
    if (bias) {
      expectDType('B', bias.dtype, ['int32']);
      if (bias.data.length !== M) fail(`B has ${bias.data.length} elements, expected ${M}`);
    }
    const ws = wScale.data as AnyArray;
    const scales = Array.from({ length: M }, (_, m) => outputScale(xScale, ws[ws.length === 1 ? 0 : m] as number, yScale));
    const bd = bias?.data as Int32Array | undefined;
    const [qmin, qmax] = intRange(yZpT.dtype);
    const y = allocData(yZpT.dtype, acc.length) as Int8Array | Uint8Array;
    for (let e = 0; e < acc.length; e++) {
      const m = Math.floor(e / outSize) % M;
      // int32 addition wraps, as the SSE _mm_add_epi32 does.
      const v = bd ? (acc[e]! + bd[m]!) | 0 : acc[e]!;
      y[e] = requantizeValue(v, scales[m]!, yZp, qmin, qmax);
    }
    return [{ dtype: yZpT.dtype, shape, data: y }];
  },
  unsupported: checkAutoPad,
});

/** Quantized op definitions. */
export const quantizedOps: OpDef[] = [
  quantizeLinear,
  dequantizeLinear,
  dynamicQuantizeLinear,
  matMulInteger,
  convInteger,
  qlinearMatMul,
  qlinearConv,
];
