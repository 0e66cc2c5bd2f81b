// Reductions: Reduce{Sum,Mean,Max,Min,Prod,L1,L2,LogSum,LogSumExp,SumSquare}, ArgMax/ArgMin, CumSum.
import type { Attrs, Dim } from '../ir.js';
import { type DType, type Tensor, allocData, sizeOf } from '../tensor.js';
import type { InferInput, OpContext, OpDef, OutputType } from './types.js';
import {
  type AnyArray,
  NUMERIC_TYPES,
  attrInt,
  attrInts,
  constInts,
  defineOp,
  expectDType,
  fail,
  hasInput,
  inType,
  isBigDType,
  need,
  normAxis,
  sameAs,
  scalarOf,
  toInts,
  unknownShape,
} from './util.js';

/** For each element of `shape`, the flat index of its group when the `reduced` axes are collapsed. */
export function groupIndex(shape: readonly number[], reduced: readonly boolean[]): { gid: Int32Array; groups: number } {
  const r = shape.length;
  const total = sizeOf(shape);
  const gShape = shape.map((d, i) => (reduced[i] ? 1 : d));
  const groups = sizeOf(gShape);
  const gStride = new Array<number>(r);
  let acc = 1;
  for (let i = r - 1; i >= 0; i--) {
    gStride[i] = reduced[i] ? 0 : acc;
    acc *= gShape[i]!;
  }
  const gid = new Int32Array(total);
  const idx = new Array<number>(r).fill(0);
  let g = 0;
  for (let e = 0; e < total; e++) {
    gid[e] = g;
    for (let a = r - 1; a >= 0; a--) {
      g += gStride[a]!;
      if (++idx[a]! < shape[a]!) break;
      g -= gStride[a]! * shape[a]!;
      idx[a] = 0;
    }
  }
  return { gid, groups };
}

type Kind = 'sum' | 'mean' | 'max' | 'min' | 'prod' | 'l1' | 'l2' | 'logsum' | 'logsumexp' | 'sumsquare';

/** Axes to reduce (normalised), or undefined for "no reduction" (noop_with_empty_axes). */
function reduceAxes(axes: number[] | undefined, r: number, attrs: Attrs): number[] | undefined {
  if (!axes || axes.length === 0) {
    if (attrInt(attrs, 'noop_with_empty_axes', 0)) return undefined;
    return Array.from({ length: r }, (_, i) => i);
  }
  const norm = axes.map((a) => normAxis(a, r));
  if (new Set(norm).size !== norm.length) fail(`axes [${axes.join(', ')}] has duplicates`);
  return norm;
}

function axesInput(inputs: readonly (Tensor | undefined)[], attrs: Attrs): number[] | undefined {
  const t = inputs[1];
  // Legacy (pre-opset-18, or pre-13 for ReduceSum) attribute form, for hand-built graphs.
  return t ? toInts(t, 'axes') : attrInts(attrs, 'axes');
}

function reduceNumbers(kind: Kind, xd: AnyArray, gid: Int32Array, groups: number, count: number): Float64Array {
  const out = new Float64Array(groups);
  const n = xd.length;
  switch (kind) {
    case 'sum':
    case 'mean':
      for (let e = 0; e < n; e++) out[gid[e]!] += Number(xd[e]);
      if (kind === 'mean') for (let g = 0; g < groups; g++) out[g] = out[g]! / count;
      break;
    case 'max':
    case 'min': {
      const max = kind === 'max';
      out.fill(max ? -Infinity : Infinity);
      for (let e = 0; e < n; e++) {
        const v = Number(xd[e]);
        const g = gid[e]!;
        // NaN wins and then sticks (no comparison with NaN is true).
        if (Number.isNaN(v) || (max ? v > out[g]! : v < out[g]!)) out[g] = v;
      }
      break;
    }
    case 'prod':
      out.fill(1);
      for (let e = 0; e < n; e++) out[gid[e]!] *= Number(xd[e]);
      break;
    case 'l1':
      for (let e = 0; e < n; e++) out[gid[e]!] += Math.abs(Number(xd[e]));
      break;
    case 'l2':
    case 'sumsquare':
      for (let e = 0; e < n; e++) {
        const v = Number(xd[e]);
        out[gid[e]!] += v * v;
      }
      if (kind === 'l2') for (let g = 0; g < groups; g++) out[g] = Math.sqrt(out[g]!);
      break;
    case 'logsum':
      for (let e = 0; e < n; e++) out[gid[e]!] += Number(xd[e]);
      for (let g = 0; g < groups; g++) out[g] = Math.log(out[g]!);
      break;
    case 'logsumexp': {
      const mx = reduceNumbers('max', xd, gid, groups, count);
      for (let e = 0; e < n; e++) {
        const g = gid[e]!;
        out[g] += Math.exp(Number(xd[e]) - (Number.isFinite(mx[g]!) ? mx[g]! : 0));
      }
      for (let g = 0; g < groups; g++) out[g] = Math.log(out[g]!) + (Number.isFinite(mx[g]!) ? mx[g]! : 0);
      break;
    }
  }
  return out;
}

function reduceBig(kind: Kind, xd: BigInt64Array | BigUint64Array, gid: Int32Array, groups: number, count: number): bigint[] | undefined {
  const out = new Array<bigint>(groups);
  const n = xd.length;
  switch (kind) {
    case 'sum':
    case 'mean':
    case 'l1':
    case 'sumsquare':
      out.fill(0n);
      for (let e = 0; e < n; e++) {
        const v = xd[e]!;
        out[gid[e]!]! += kind === 'l1' ? (v < 0n ? -v : v) : kind === 'sumsquare' ? v * v : v;
      }
      if (kind === 'mean') for (let g = 0; g < groups; g++) out[g] = count === 0 ? 0n : out[g]! / BigInt(count);
      return out;
    case 'prod':
      out.fill(1n);
      for (let e = 0; e < n; e++) out[gid[e]!]! *= xd[e]!;
      return out;
    case 'max':
    case 'min': {
      const seen = new Uint8Array(groups);
      for (let e = 0; e < n; e++) {
        const g = gid[e]!;
        const v = xd[e]!;
        if (!seen[g] || (kind === 'max' ? v > out[g]! : v < out[g]!)) out[g] = v;
        seen[g] = 1;
      }
      for (let g = 0; g < groups; g++) if (!seen[g]) out[g] = 0n;
      return out;
    }
    default:
      return undefined;
  }
}

function inferReduced(inputs: readonly InferInput[], attrs: Attrs, ctx: OpContext, dtype: DType): OutputType[] {
  const x = inType(inputs, 0, 'data');
  const keep = attrInt(attrs, 'keepdims', 1) !== 0;
  if (!x.shape) return [{ dtype }];
  const r = x.shape.length;
  const axesRaw = hasInput(inputs, 1) ? constInts(inputs, 1, 'axes') : attrInts(attrs, 'axes');
  if (hasInput(inputs, 1) && !axesRaw) {
    // Axes known only at run time: with keepdims the rank is kept, otherwise it is unknown.
    return [keep ? { dtype, shape: unknownShape(ctx, 0, r) } : { dtype }];
  }
  const axes = reduceAxes(axesRaw, r, attrs);
  if (!axes) return [{ dtype, shape: [...x.shape] }];
  const shape: Dim[] = [];
  x.shape.forEach((d, i) => {
    if (!axes.includes(i)) shape.push(d);
    else if (keep) shape.push(1);
  });
  return [{ dtype, shape }];
}

function reduceOp(op: string, kind: Kind): OpDef {
  return defineOp({
    op,
    infer(inputs, attrs, ctx) {
      const x = inType(inputs, 0, 'data');
      expectDType('input data', x.dtype, NUMERIC_TYPES);
      return inferReduced(inputs, attrs, ctx, x.dtype);
    },
    run(inputs, attrs) {
      const x = need(inputs, 0, 'data');
      expectDType('input data', x.dtype, NUMERIC_TYPES);
      const r = x.shape.length;
      // noop_with_empty_axes reduces over no axis: every element is its own group, so the
      // elementwise part still applies (ReduceSumSquare squares, ReduceLogSum takes the log).
      const axes = reduceAxes(axesInput(inputs, attrs), r, attrs) ?? [];
      const keep = attrInt(attrs, 'keepdims', 1) !== 0;
      const reduced = x.shape.map((_, i) => axes.includes(i));
      const { gid, groups } = groupIndex(x.shape, reduced);
      const count = sizeOf(x.shape.filter((_, i) => reduced[i]));
      const shape = keep ? x.shape.map((d, i) => (reduced[i] ? 1 : d)) : x.shape.filter((_, i) => !reduced[i]);
      const out = allocData(x.dtype, groups) as AnyArray;
      const big = isBigDType(x.dtype) ? reduceBig(kind, x.data as BigInt64Array, gid, groups, count) : undefined;
      if (big) {
        for (let g = 0; g < groups; g++) out[g] = big[g];
      } else {
        const vals = reduceNumbers(kind, x.data as AnyArray, gid, groups, count);
        if (isBigDType(x.dtype)) for (let g = 0; g < groups; g++) out[g] = BigInt(Math.trunc(vals[g]!));
        else for (let g = 0; g < groups; g++) out[g] = vals[g];
      }
      return [{ dtype: x.dtype, shape, data: out as Tensor['data'] }];
    },
  });
}

const reduceOps: OpDef[] = [
  reduceOp('ReduceSum', 'sum'),
  reduceOp('ReduceMean', 'mean'),
  reduceOp('ReduceMax', 'max'),
  reduceOp('ReduceMin', 'min'),
  reduceOp('ReduceProd', 'prod'),
  reduceOp('ReduceL1', 'l1'),
  reduceOp('ReduceL2', 'l2'),
  reduceOp('ReduceLogSum', 'logsum'),
  reduceOp('ReduceLogSumExp', 'logsumexp'),
  reduceOp('ReduceSumSquare', 'sumsquare'),
];

function argOp(op: string, max: boolean): OpDef {
  return defineOp({
    op,
    infer(inputs, attrs) {
      const x = inType(inputs, 0, 'data');
      expectDType('input data', x.dtype, NUMERIC_TYPES);
      if (!x.shape) return [{ dtype: 'int64' }];
      const a = normAxis(attrInt(attrs, 'axis', 0), x.shape.length);
      const keep = attrInt(attrs, 'keepdims', 1) !== 0;
      return [{ dtype: 'int64', shape: keep ? x.shape.map((d, i) => (i === a ? 1 : d)) : x.shape.filter((_, i) => i !== a) }];
    },
    run(inputs, attrs) {
      const x = need(inputs, 0, 'data');
      expectDType('input data', x.dtype, NUMERIC_TYPES);
      const a = normAxis(attrInt(attrs, 'axis', 0), x.shape.length);
      const keep = attrInt(attrs, 'keepdims', 1) !== 0;
      const last = attrInt(attrs, 'select_last_index', 0) !== 0;
      const n = x.shape[a]!;
      if (n === 0) fail(`cannot take ${op} over the empty axis ${a}`);
      const outer = sizeOf(x.shape.slice(0, a));
      const inner = sizeOf(x.shape.slice(a + 1));
      const xd = x.data as AnyArray;
      const out = new BigInt64Array(outer * inner);
      for (let o = 0; o < outer; o++)
        for (let j = 0; j < inner; j++) {
          const base = o * n * inner + j;
          let best = xd[base] as number | bigint;
          let bi = 0;
          for (let i = 1; i < n; i++) {
            const v = xd[base + i * inner] as number | bigint;
            if (max ? v > best || (last && v === best) : v < best || (last && v === best)) {
              best = v;
              bi = i;
            }
          }
          out[o * inner + j] = BigInt(bi);
        }
      const shape = keep ? x.shape.map((d, i) => (i === a ? 1 : d)) : x.shape.filter((_, i) => i !== a);
      return [{ dtype: 'int64', shape, data: out }];
    },
  });
}

const cumSum = defineOp({
  op: 'CumSum',
  infer(inputs) {
    const x = sameAs(inputs, 0, 'x');
    expectDType('input x', x.dtype, NUMERIC_TYPES);
    return [x];
  },
  run(inputs, attrs) {
    const x = need(inputs, 0, 'x');
    expectDType('input x', x.dtype, NUMERIC_TYPES);
    const a = normAxis(scalarOf(need(inputs, 1, 'axis'), 'axis'), x.shape.length);
    const exclusive = attrInt(attrs, 'exclusive', 0) !== 0;
    const reverse = attrInt(attrs, 'reverse', 0) !== 0;
    const n = x.shape[a]!;
    const outer = sizeOf(x.shape.slice(0, a));
    const inner = sizeOf(x.shape.slice(a + 1));
    const xd = x.data as AnyArray;
    const out = allocData(x.dtype, xd.length) as AnyArray;
    const big = isBigDType(x.dtype);
    for (let o = 0; o < outer; o++)
      for (let j = 0; j < inner; j++) {
        let acc: number | bigint = big ? 0n : 0;
        for (let k = 0; k < n; k++) {
          const i = reverse ? n - 1 - k : k;
          const idx = (o * n + i) * inner + j;
          if (exclusive) {
            out[idx] = acc;
            acc = big ? (acc as bigint) + (xd[idx] as bigint) : (acc as number) + (xd[idx] as number);
          } else {
            acc = big ? (acc as bigint) + (xd[idx] as bigint) : (acc as number) + (xd[idx] as number);
            out[idx] = acc;
          }
        }
      }
    return [{ dtype: x.dtype, shape: [...x.shape], data: out as Tensor['data'] }];
  },
});

/** Reduction op definitions. */
export const reductionOps: OpDef[] = [...reduceOps, argOp('ArgMax', true), argOp('ArgMin', false), cumSum];
