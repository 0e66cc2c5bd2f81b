// Normalisation and softmax-like ops: BatchNormalization (inference and training statistics),
// InstanceNormalization, LayerNormalization, GroupNormalization, LRN,
// MeanVarianceNormalization, Softmax, LogSoftmax, Hardmax.
import type { Dim } from '../ir.js';
import { type Tensor, allocData, sizeOf } from '../tensor.js';
import { broadcastBinary } from './elementwise.js';
import { groupIndex } from './reduce.js';
import type { OpDef } from './types.js';
import {
  type AnyArray,
  FLOAT_TYPES,
  attrFloat,
  attrInt,
  attrInts,
  defineOp,
  expectDType,
  fail,
  inType,
  need,
  normAxis,
  outType,
  sameAs,
} from './util.js';

function channelParam(t: Tensor | undefined, C: number, what: string): AnyArray {
  if (!t) fail(`missing required input ${what}`);
  if (t.data.length !== C) fail(`${what} has ${t.data.length} elements, expected ${C} (one per channel)`);
  return t.data as AnyArray;
}

const batchNorm = defineOp({
  op: 'BatchNormalization',
  infer(inputs, attrs) {
    const x = sameAs(inputs, 0, 'X');
    expectDType('input X', x.dtype, FLOAT_TYPES);
    if (attrInt(attrs, 'training_mode', 0) === 0) return [x];
    const c = x.shape?.[1];
    const stat = outType(inType(inputs, 3, 'input_mean').dtype, c === undefined ? undefined : [c]);
    return [x, stat, { ...stat }];
  },
  run(inputs, attrs) {
    const x = need(inputs, 0, 'X');
    expectDType('input X', x.dtype, FLOAT_TYPES);
    if (x.shape.length < 2) fail(`X must have rank >= 2, got [${x.shape.join(', ')}]`);
    const [N, C] = x.shape as [number, number];
    const S = sizeOf(x.shape.slice(2));
    const eps = attrFloat(attrs, 'epsilon', 1e-5);
    const scale = channelParam(inputs[1], C, 'scale');
    const bias = channelParam(inputs[2], C, 'B');
    const inMean = channelParam(inputs[3], C, 'input_mean');
    const inVar = channelParam(inputs[4], C, 'input_var');
    const xd = x.data as AnyArray;
    const training = attrInt(attrs, 'training_mode', 0) !== 0;
    let mean = inMean;
    let variance = inVar;
    const outs: Tensor[] = [];
    if (training) {
      // Batch statistics (population variance) normalise X; running stats blend with momentum.
      const momentum = attrFloat(attrs, 'momentum', 0.9);
      const bm = new Float64Array(C);
      const bv = new Float64Array(C);
      const cnt = N * S;
      for (let c = 0; c < C; c++) {
        let s = 0;
        for (let n = 0; n < N; n++) for (let i = 0; i < S; i++) s += xd[(n * C + c) * S + i] as number;
        const m = s / cnt;
        let v = 0;
        for (let n = 0; n < N; n++)
          for (let i = 0; i < S; i++) {
            const d = (xd[(n * C + c) * S + i] as number) - m;
            v += d * d;
          }
        bm[c] = m;
        bv[c] = v / cnt;
      }
      const dt = inputs[3]!.dtype;
      const rm = allocData(dt, C) as AnyArray;
      const rv = allocData(dt, C) as AnyArray;
      for (let c = 0; c < C; c++) {
        rm[c] = (inMean[c] as number) * momentum + bm[c]! * (1 - momentum);
        rv[c] = (inVar[c] as number) * momentum + bv[c]! * (1 - momentum);
      }
      outs.push({ dtype: dt, shape: [C], data: rm as Tensor['data'] }, { dtype: dt, shape: [C], data: rv as Tensor['data'] });
      mean = bm;
      variance = bv;
    }
    const y = allocData(x.dtype, xd.length) as AnyArray;
    for (let c = 0; c < C; c++) {
      const k = (scale[c] as number) / Math.sqrt((variance[c] as number) + eps);
      const b = (bias[c] as number) - (mean[c] as number) * k;
      for (let n = 0; n < N; n++) {
        const o = (n * C + c) * S;
        for (let i = 0; i < S; i++) y[o + i] = (xd[o + i] as number) * k + b;
      }
    }
    return [{ dtype: x.dtype, shape: [...x.shape], data: y as Tensor['data'] }, ...outs];
  },
});

const instanceNorm = defineOp({
  op: 'InstanceNormalization',
  infer(inputs) {
    const x = sameAs(inputs, 0, 'input');
    expectDType('input', x.dtype, FLOAT_TYPES);
    return [x];
  },
  run(inputs, attrs) {
    const x = need(inputs, 0, 'input');
    expectDType('input', x.dtype, FLOAT_TYPES);
    if (x.shape.length < 3) fail(`input must have rank >= 3, got [${x.shape.join(', ')}]`);
    const [N, C] = x.shape as [number, number];
    const S = sizeOf(x.shape.slice(2));
    const eps = attrFloat(attrs, 'epsilon', 1e-5);
    const scale = channelParam(inputs[1], C, 'scale');
    const bias = channelParam(inputs[2], C, 'B');
    const xd = x.data as AnyArray;
    const y = allocData(x.dtype, xd.length) as AnyArray;
    for (let n = 0; n < N; n++)
      for (let c = 0; c < C; c++) {
        const o = (n * C + c) * S;
        normalizeRun(xd, y, o, S, eps, scale[c] as number, bias[c] as number);
      }
    return [{ dtype: x.dtype, shape: [...x.shape], data: y as Tensor['data'] }];
  },
});

/** y[o..o+n) = (x - mean) / sqrt(var + eps) * scale + bias; returns [mean, 1/sqrt(var + eps)]. */
function normalizeRun(x: AnyArray, y: AnyArray, o: number, n: number, eps: number, scale: number, bias: number): [number, number] {
  let s = 0;
  for (let i = 0; i < n; i++) s += x[o + i] as number;
  const m = s / n;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const d = (x[o + i] as number) - m;
    v += d * d;
  }
  const inv = 1 / Math.sqrt(v / n + eps);
  for (let i = 0; i < n; i++) y[o + i] = ((x[o + i] as number) - m) * inv * scale + bias;
  return [m, inv];
}

const layerNorm = defineOp({
  op: 'LayerNormalization',
  infer(inputs, attrs) {
    const x = inType(inputs, 0, 'X');
    expectDType('input X', x.dtype, FLOAT_TYPES);
    const y = outType(x.dtype, x.shape);
    if (!x.shape) return [y, { dtype: 'float32' }, { dtype: 'float32' }];
    const r = x.shape.length;
    const axis = normAxis(attrInt(attrs, 'axis', -1), r);
    const statShape: Dim[] = x.shape.map((d, i) => (i < axis ? d : 1));
    return [y, { dtype: 'float32', shape: statShape }, { dtype: 'float32', shape: [...statShape] }];
  },
  run(inputs, attrs) {
    const x = need(inputs, 0, 'X');
    expectDType('input X', x.dtype, FLOAT_TYPES);
    const scale = need(inputs, 1, 'Scale');
    const bias = inputs[2];
    const r = x.shape.length;
    const axis = normAxis(attrInt(attrs, 'axis', -1), r);
    const eps = attrFloat(attrs, 'epsilon', 1e-5);
    const outer = sizeOf(x.shape.slice(0, axis));
    const inner = sizeOf(x.shape.slice(axis));
    const xd = x.data as AnyArray;
    const norm = new Float64Array(xd.length);
    const mean = new Float32Array(outer);
    const invStd = new Float32Array(outer);
    for (let o = 0; o < outer; o++) {
      const [m, inv] = normalizeRun(xd, norm, o * inner, inner, eps, 1, 0);
      mean[o] = m;
      invStd[o] = inv;
    }
    let y: Tensor = { dtype: 'float64', shape: [...x.shape], data: norm };
    const sameInner = (t: Tensor): boolean => t.data.length === inner && sizeOf(t.shape) === inner;
    // Scale and B broadcast onto X; the usual shape (the normalised dims) takes a direct loop.
    if (sameInner(scale) && (!bias || sameInner(bias))) {
      const sd = scale.data as AnyArray;
      const bd = bias?.data as AnyArray | undefined;
      for (let o = 0; o < outer; o++)
        for (let i = 0; i < inner; i++) norm[o * inner + i] = norm[o * inner + i]! * (sd[i] as number) + (bd ? (bd[i] as number) : 0);
    } else {
      const mul = (a: number, b: number): number => a * b;
      const add = (a: number, b: number): number => a + b;
      y = broadcastBinary(y, scale, 'float64', mul);
      if (bias) y = broadcastBinary(y, bias, 'float64', add);
      if (y.shape.length !== r || y.shape.some((d, i) => d !== x.shape[i])) fail('Scale and B must broadcast to the shape of X');
    }
    const out = allocData(x.dtype, xd.length) as AnyArray;
    const yd = y.data as Float64Array;
    for (let i = 0; i < yd.length; i++) out[i] = yd[i];
    const statShape = x.shape.map((d, i) => (i < axis ? d : 1));
    return [
      { dtype: x.dtype, shape: [...x.shape], data: out as Tensor['data'] },
      { dtype: 'float32', shape: statShape, data: mean },
      { dtype: 'float32', shape: [...statShape], data: invStd },
    ];
  },
});

const groupNorm = defineOp({
  op: 'GroupNormalization',
  infer(inputs) {
    const x = sameAs(inputs, 0, 'X');
    expectDType('input X', x.dtype, FLOAT_TYPES);
    return [x];
  },
  run(inputs, attrs) {
    const x = need(inputs, 0, 'X');
    expectDType('input X', x.dtype, FLOAT_TYPES);
    if (x.shape.length < 2) fail(`X must have rank >= 2, got [${x.shape.join(', ')}]`);
    const G = attrInt(attrs, 'num_groups');
    if (!G || G < 1) fail('attribute num_groups is required');
    const [N, C] = x.shape as [number, number];
    if (C % G !== 0) fail(`num_groups=${G} does not divide ${C} channels`);
    const eps = attrFloat(attrs, 'epsilon', 1e-5);
    const scale = need(inputs, 1, 'scale').data as AnyArray;
    const bias = need(inputs, 2, 'bias').data as AnyArray;
    // Opset 21 has per-channel scale/bias; opset 18 had one per group.
    const perGroup = scale.length === G && G !== C;
    if (!perGroup && scale.length !== C) fail(`scale has ${scale.length} elements, expected ${C}`);
    const S = sizeOf(x.shape.slice(2));
    const cg = C / G;
    const xd = x.data as AnyArray;
    const y = allocData(x.dtype, xd.length) as AnyArray;
    const tmp = new Float64Array(cg * S);
    for (let n = 0; n < N; n++)
      for (let g = 0; g < G; g++) {
        const o = (n * C + g * cg) * S;
        normalizeRun(xd, tmp, o, cg * S, eps, 1, 0);
        for (let c = 0; c < cg; c++) {
          const ch = g * cg + c;
          const sc = (perGroup ? scale[g] : scale[ch]) as number;
          const bi = (perGroup ? bias[g] : bias[ch]) as number;
          for (let i = 0; i < S; i++) y[o + c * S + i] = tmp[c * S + i]! * sc + bi;
        }
      }
    return [{ dtype: x.dtype, shape: [...x.shape], data: y as Tensor['data'] }];
  },
});

const lrn = defineOp({
  op: 'LRN',
  infer(inputs) {
    const x = sameAs(inputs, 0, 'X');
    expectDType('input X', x.dtype, FLOAT_TYPES);
    return [x];
  },
  run(inputs, attrs) {
    const x = need(inputs, 0, 'X');
    expectDType('input X', x.dtype, FLOAT_TYPES);
    const size = attrInt(attrs, 'size');
    if (!size || size < 1) fail('attribute size is required');
    const alpha = attrFloat(attrs, 'alpha', 1e-4);
    const beta = attrFloat(attrs, 'beta', 0.75);
    const bias = attrFloat(attrs, 'bias', 1);
    if (x.shape.length < 2) fail(`X must have rank >= 2, got [${x.shape.join(', ')}]`);
    const [N, C] = x.shape as [number, number];
    const S = sizeOf(x.shape.slice(2));
    const lo = Math.floor((size - 1) / 2);
    const hi = Math.ceil((size - 1) / 2);
    const xd = x.data as AnyArray;
    const y = allocData(x.dtype, xd.length) as AnyArray;
    for (let n = 0; n < N; n++)
      for (let c = 0; c < C; c++)
        for (let i = 0; i < S; i++) {
          let sq = 0;
          for (let k = Math.max(0, c - lo); k <= Math.min(C - 1, c + hi); k++) {
            const v = xd[(n * C + k) * S + i] as number;
            sq += v * v;
          }
          const idx = (n * C + c) * S + i;
          y[idx] = (xd[idx] as number) / Math.pow(bias + (alpha / size) * sq, beta);
        }
    return [{ dtype: x.dtype, shape: [...x.shape], data: y as Tensor['data'] }];
  },
});

const mvn = defineOp({
  op: 'MeanVarianceNormalization',
  infer(inputs) {
    const x = sameAs(inputs, 0, 'X');
    expectDType('input X', x.dtype, FLOAT_TYPES);
    return [x];
  },
  run(inputs, attrs) {
    const x = need(inputs, 0, 'X');
    expectDType('input X', x.dtype, FLOAT_TYPES);
    const r = x.shape.length;
    const axes = attrInts(attrs, 'axes', [0, 2, 3]).map((a) => normAxis(a, r));
    // Visit the tensor as groups: all elements sharing the non-reduced coordinates.
    const { gid, groups } = groupIndex(
      x.shape,
      x.shape.map((_, i) => axes.includes(i)),
    );
    const count = x.data.length / Math.max(1, groups);
    const xd = x.data as AnyArray;
    const sum = new Float64Array(groups);
    const sumSq = new Float64Array(groups);
    for (let e = 0; e < xd.length; e++) {
      const v = xd[e] as number;
      sum[gid[e]!] += v;
      sumSq[gid[e]!] += v * v;
    }
    const y = allocData(x.dtype, xd.length) as AnyArray;
    // ONNX's function body: (X - E[X]) / (sqrt(E[X^2] - E[X]^2) + 1e-9).
    for (let e = 0; e < xd.length; e++) {
      const g = gid[e]!;
      const m = sum[g]! / count;
      const sd = Math.sqrt(Math.max(0, sumSq[g]! / count - m * m));
      y[e] = ((xd[e] as number) - m) / (sd + 1e-9);
    }
    return [{ dtype: x.dtype, shape: [...x.shape], data: y as Tensor['data'] }];
  },
});

type SoftmaxKind = 'softmax' | 'log' | 'hard';

/** Softmax-like op along one axis, applied to [outer, n, inner] views. */
function softmaxLike(op: string, kind: SoftmaxKind): OpDef {
  return defineOp({
    op,
    infer(inputs) {
      const x = sameAs(inputs, 0, 'input');
      expectDType('input', x.dtype, FLOAT_TYPES);
      return [x];
    },
    run(inputs, attrs) {
      const x = need(inputs, 0, 'input');
      expectDType('input', x.dtype, FLOAT_TYPES);
      const r = x.shape.length;
      const axis = normAxis(attrInt(attrs, 'axis', -1), Math.max(r, 1));
      const n = r === 0 ? 1 : x.shape[axis]!;
      const outer = sizeOf(x.shape.slice(0, axis));
      const inner = sizeOf(x.shape.slice(axis + 1));
      const xd = x.data as AnyArray;
      const y = allocData(x.dtype, xd.length) as AnyArray;
      const ex = new Float64Array(n); // exp(x - max) of one row, computed once
      for (let o = 0; o < outer; o++)
        for (let j = 0; j < inner; j++) {
          const base = o * n * inner + j;
          let mx = -Infinity;
          let arg = 0;
          for (let i = 0; i < n; i++) {
            const v = xd[base + i * inner] as number;
            if (v > mx) {
              mx = v;
              arg = i;
            }
          }
          if (kind === 'hard') {
            for (let i = 0; i < n; i++) y[base + i * inner] = i === arg ? 1 : 0;
            continue;
          }
          let s = 0;
          for (let i = 0; i < n; i++) {
            const e = Math.exp((xd[base + i * inner] as number) - mx);
            ex[i] = e;
            s += e;
          }
          if (kind === 'log') {
            const ls = Math.log(s);
            for (let i = 0; i < n; i++) y[base + i * inner] = (xd[base + i * inner] as number) - mx - ls;
          } else {
            for (let i = 0; i < n; i++) y[base + i * inner] = ex[i]! / s;
          }
        }
      return [{ dtype: x.dtype, shape: [...x.shape], data: y as Tensor['data'] }];
    },
  });
}

/** Normalisation and softmax op definitions. */
export const normalizationOps: OpDef[] = [
  batchNorm,
  instanceNorm,
  layerNorm,
  groupNorm,
  lrn,
  mvn,
  softmaxLike('Softmax', 'softmax'),
  softmaxLike('LogSoftmax', 'log'),
  softmaxLike('Hardmax', 'hard'),
];
