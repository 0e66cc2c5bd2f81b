// MatMul (numpy semantics, batched with broadcasting) and Gemm.
import type { Dim } from '../ir.js';
import { type DType, type Tensor, allocData, sizeOf } from '../tensor.js';
import { broadcastRuns, broadcastShape } from './broadcast.js';
import { gemmF32, transposeF32 } from './gemm.js';
import type { OpContext, OpDef } from './types.js';
import {
  type AnyArray,
  FLOAT_TYPES,
  attrFloat,
  attrInt,
  attrString,
  broadcastDims,
  defineOp,
  expectDType,
  fail,
  hasInput,
  inType,
  isBigDType,
  need,
  outType,
} from './util.js';

const MATMUL_TYPES: readonly DType[] = [...FLOAT_TYPES, 'int32', 'int64', 'uint32', 'uint64'];

/** Shapes of a numpy matmul: batch pairs of (A, B) offsets plus M, K, N and the output shape. */
export interface MatmulPlan {
  M: number;
  K: number;
  N: number;
  outShape: number[];
  /** Element offsets of each batch's A and B matrices, in output batch order. */
  aOffsets: number[];
  bOffsets: number[];
}

/** Plans a numpy-semantics matmul of shapes `a` and `b` (1-D operands are promoted, then squeezed). */
export function planMatmul(a: readonly number[], b: readonly number[]): MatmulPlan {
  if (a.length === 0 || b.length === 0) fail('MatMul operands must have rank >= 1');
  const aa = a.length === 1 ? [1, a[0]!] : [...a];
  const bb = b.length === 1 ? [b[0]!, 1] : [...b];
  const M = aa[aa.length - 2]!;
  const K = aa[aa.length - 1]!;
  const K2 = bb[bb.length - 2]!;
  const N = bb[bb.length - 1]!;
  if (K !== K2) fail(`inner dimensions differ: A is [${a.join(', ')}], B is [${b.join(', ')}]`);
  const aBatch = aa.slice(0, -2);
  const bBatch = bb.slice(0, -2);
  const batch = broadcastShape([aBatch, bBatch]);
  const aOffsets: number[] = [];
  const bOffsets: number[] = [];
  broadcastRuns(batch, [aBatch, bBatch], (_o, offs, len, steps) => {
    for (let i = 0; i < len; i++) {
      aOffsets.push((offs[0]! + i * steps[0]!) * M * K);
      bOffsets.push((offs[1]! + i * steps[1]!) * K * N);
    }
  });
  const outShape = [...batch];
  if (a.length > 1) outShape.push(M);
  if (b.length > 1) outShape.push(N);
  return { M, K, N, outShape, aOffsets, bOffsets };
}

/** Inferred output shape of a numpy matmul (symbolic dims allowed). */
export function inferMatmulShape(a: Dim[] | undefined, b: Dim[] | undefined, ctx: OpContext): Dim[] | undefined {
  if (!a || !b) return undefined;
  if (a.length === 0 || b.length === 0) fail('MatMul operands must have rank >= 1');
  const aa = a.length === 1 ? [1, a[0]!] : a;
  const bb = b.length === 1 ? [b[0]!, 1] : b;
  const k1 = aa[aa.length - 1]!;
  const k2 = bb[bb.length - 2]!;
  if (typeof k1 === 'number' && typeof k2 === 'number' && k1 !== k2) {
    fail(`inner dimensions differ: A is [${a.join(', ')}], B is [${b.join(', ')}]`);
  }
  const batch = broadcastDims([aa.slice(0, -2), bb.slice(0, -2)], ctx)!;
  const out = [...batch];
  if (a.length > 1) out.push(aa[aa.length - 2]!);
  if (b.length > 1) out.push(bb[bb.length - 1]!);
  return out;
}

/** One [M x K] * [K x N] product for non-float32 dtypes (exact for integers, wrapping like C). */
function matmulGeneric(
  dtype: DType,
  M: number,
  N: number,
  K: number,
  A: AnyArray,
  aOff: number,
  B: AnyArray,
  bOff: number,
  C: AnyArray,
  cOff: number,
): void {
  if (isBigDType(dtype)) {
    for (let i = 0; i < M; i++)
      for (let j = 0; j < N; j++) {
        let s = 0n;
        for (let k = 0; k < K; k++) s += (A[aOff + i * K + k] as bigint) * (B[bOff + k * N + j] as bigint);
        C[cOff + i * N + j] = s;
      }
  } else if (dtype === 'int32' || dtype === 'uint32') {
    for (let i = 0; i < M; i++)
      for (let j = 0; j < N; j++) {
        let s = 0;
        for (let k = 0; k < K; k++) s = (s + Math.imul(A[aOff + i * K + k] as number, B[bOff + k * N + j] as number)) | 0;
        C[cOff + i * N + j] = s;
      }
  } else {
    for (let i = 0; i < M; i++)
      for (let j = 0; j < N; j++) {
        let s = 0;
        for (let k = 0; k < K; k++) s += (A[aOff + i * K + k] as number) * (B[bOff + k * N + j] as number);
        C[cOff + i * N + j] = s;
      }
  }
}

/** Numpy-semantics matmul of two tensors of the same dtype. */
export function matmul(a: Tensor, b: Tensor): Tensor {
  if (a.dtype !== b.dtype) fail(`inputs have different dtypes ${a.dtype} and ${b.dtype}`);
  const p = planMatmul(a.shape, b.shape);
  const out = allocData(a.dtype, sizeOf(p.outShape)) as AnyArray;
  const mn = p.M * p.N;
  for (let i = 0; i < p.aOffsets.length; i++) {
    if (a.dtype === 'float32') {
      gemmF32(
        p.M,
        p.N,
        p.K,
        a.data as Float32Array,
        p.aOffsets[i]!,
        p.K,
        b.data as Float32Array,
        p.bOffsets[i]!,
        p.N,
        false,
        out as Float32Array,
        i * mn,
        p.N,
        false,
      );
    } else {
      matmulGeneric(a.dtype, p.M, p.N, p.K, a.data as AnyArray, p.aOffsets[i]!, b.data as AnyArray, p.bOffsets[i]!, out, i * mn);
    }
  }
  return { dtype: a.dtype, shape: p.outShape, data: out as Tensor['data'] };
}

const matmulOp = defineOp({
  op: 'MatMul',
  infer(inputs, _attrs, ctx) {
    const a = inType(inputs, 0, 'A');
    const b = inType(inputs, 1, 'B');
    expectDType('input A', a.dtype, MATMUL_TYPES);
    if (a.dtype !== b.dtype) fail(`inputs have different dtypes ${a.dtype} and ${b.dtype}`);
    return [outType(a.dtype, inferMatmulShape(a.shape, b.shape, ctx))];
  },
  run(inputs) {
    const a = need(inputs, 0, 'A');
    expectDType('input A', a.dtype, MATMUL_TYPES);
    return [matmul(a, need(inputs, 1, 'B'))];
  },
});

function transposed2d(t: Tensor): Tensor {
  const [r, c] = t.shape as [number, number];
  if (t.dtype === 'float32') return { dtype: t.dtype, shape: [c, r], data: transposeF32(t.data as Float32Array, 0, r, c) };
  const out = allocData(t.dtype, r * c) as AnyArray;
  const d = t.data as AnyArray;
  for (let i = 0; i < r; i++) for (let j = 0; j < c; j++) out[j * r + i] = d[i * c + j];
  return { dtype: t.dtype, shape: [c, r], data: out as Tensor['data'] };
}

const gemmOp = defineOp({
  op: 'Gemm',
  infer(inputs, attrs) {
    const a = inType(inputs, 0, 'A');
    const b = inType(inputs, 1, 'B');
    expectDType('input A', a.dtype, MATMUL_TYPES);
    if (a.dtype !== b.dtype) fail(`inputs have different dtypes ${a.dtype} and ${b.dtype}`);
    if (a.shape && a.shape.length !== 2) fail(`A must be 2-D, got rank ${a.shape.length}`);
    if (b.shape && b.shape.length !== 2) fail(`B must be 2-D, got rank ${b.shape.length}`);
    const ta = attrInt(attrs, 'transA', 0) !== 0;
    const tb = attrInt(attrs, 'transB', 0) !== 0;
    if (!a.shape || !b.shape) return [{ dtype: a.dtype }];
    const M = ta ? a.shape[1]! : a.shape[0]!;
    const K1 = ta ? a.shape[0]! : a.shape[1]!;
    const K2 = tb ? b.shape[1]! : b.shape[0]!;
    const N = tb ? b.shape[0]! : b.shape[1]!;
    if (typeof K1 === 'number' && typeof K2 === 'number' && K1 !== K2) fail(`inner dimensions differ (${K1} vs ${K2})`);
    if (hasInput(inputs, 2)) inType(inputs, 2, 'C');
    return [{ dtype: a.dtype, shape: [M, N] }];
  },
  run(inputs, attrs) {
    let a = need(inputs, 0, 'A');
    let b = need(inputs, 1, 'B');
    const c = inputs[2];
    expectDType('input A', a.dtype, MATMUL_TYPES);
    if (a.dtype !== b.dtype) fail(`inputs have different dtypes ${a.dtype} and ${b.dtype}`);
    if (a.shape.length !== 2 || b.shape.length !== 2) fail(`A and B must be 2-D, got [${a.shape.join(', ')}] and [${b.shape.join(', ')}]`);
    const alpha = attrFloat(attrs, 'alpha', 1);
    const beta = attrFloat(attrs, 'beta', 1);
    if (attrInt(attrs, 'transA', 0)) a = transposed2d(a);
    const tb = attrInt(attrs, 'transB', 0) !== 0;
    const [M, K] = a.shape as [number, number];
    const N = tb ? b.shape[0]! : b.shape[1]!;
    const K2 = tb ? b.shape[1]! : b.shape[0]!;
    if (K !== K2) fail(`inner dimensions differ (${K} vs ${K2})`);
    let y: Tensor;
    if (a.dtype === 'float32') {
      y = { dtype: 'float32', shape: [M, N], data: new Float32Array(M * N) };
      gemmF32(M, N, K, a.data as Float32Array, 0, K, b.data as Float32Array, 0, tb ? K : N, tb, y.data as Float32Array, 0, N, false);
    } else {
      if (tb) b = transposed2d(b);
      y = { dtype: a.dtype, shape: [M, N], data: allocData(a.dtype, M * N) };
      matmulGeneric(a.dtype, M, N, K, a.data as AnyArray, 0, b.data as AnyArray, 0, y.data as AnyArray, 0);
    }
    const yd = y.data as AnyArray;
    const big = isBigDType(a.dtype);
    if (alpha !== 1) for (let i = 0; i < yd.length; i++) yd[i] = big ? (yd[i] as bigint) * BigInt(alpha) : (yd[i] as number) * alpha;
    if (c && beta !== 0) {
      if (c.dtype !== a.dtype) fail(`C has dtype ${c.dtype}, expected ${a.dtype}`);
      const shape = broadcastShape([[M, N], c.shape]);
      if (shape.length !== 2 || shape[0] !== M || shape[1] !== N)
        fail(`C of shape [${c.shape.join(', ')}] does not broadcast to [${M}, ${N}]`);
      const cd = c.data as AnyArray;
      broadcastRuns([M, N], [[M, N], c.shape], (o, offs, len, steps) => {
        let ic = offs[1]!;
        for (let i = 0; i < len; i++, ic += steps[1]!) {
          yd[o + i] = big ? (yd[o + i] as bigint) + (cd[ic] as bigint) * BigInt(beta) : (yd[o + i] as number) + beta * (cd[ic] as number);
        }
      });
    }
    return [y];
  },
});

// ---------------------------------------------------------------------------------------------
// Einsum

// Ellipsis dims get private labels from this code point up, right-aligned across operands.
const ELLIPSIS_BASE = 0x100;

/** Axis labels of each operand and of the output for an einsum equation and operand ranks. */
function parseEinsum(equation: string, ranks: readonly number[]): { terms: string[][]; output: string[] } {
  const [lhs, rhs, extra] = equation.replace(/\s+/g, '').split('->');
  if (extra !== undefined || lhs === undefined) fail(`equation "${equation}" is malformed`);
  const raw = lhs.split(',');
  if (raw.length !== ranks.length) fail(`equation "${equation}" has ${raw.length} operands but ${ranks.length} inputs are given`);
  const split = (t: string, what: string): [string, string | undefined] => {
    const parts = t.split('...');
    if (parts.length > 2 || !/^[a-zA-Z]*$/.test(parts.join('')))
      fail(`${what} "${t}" of "${equation}" must be letters with at most one ellipsis`);
    return [parts[0]!, parts[1]];
  };
  const parsed = raw.map((t, k) => split(t, `operand ${k}`));
  const ellRank = parsed.map(([a, b], k) => (b === undefined ? 0 : ranks[k]! - a.length - b.length));
  parsed.forEach(([a, b], k) => {
    if (ellRank[k]! < 0 || (b === undefined && a.length !== ranks[k]))
      fail(`operand ${k} ("${raw[k]}") does not match its rank ${ranks[k]}`);
  });
  const maxEll = Math.max(0, ...ellRank);
  const ell = (n: number): string[] => Array.from({ length: n }, (_, i) => String.fromCharCode(ELLIPSIS_BASE + maxEll - n + i));
  const terms = parsed.map(([a, b], k) => (b === undefined ? [...a] : [...a, ...ell(ellRank[k]!), ...b]));
  if (rhs !== undefined) {
    const [a, b] = split(rhs, 'output');
    const output = b === undefined ? [...a] : [...a, ...ell(maxEll), ...b];
    const seen = new Set(terms.flat());
    for (const l of output) if (!seen.has(l)) fail(`output label ${l} of "${equation}" appears in no operand`);
    return { terms, output };
  }
  // Implicit output: the ellipsis dims, then the letters used exactly once, alphabetically.
  const counts = new Map<string, number>();
  for (const l of terms.flat()) if (l.charCodeAt(0) < ELLIPSIS_BASE) counts.set(l, (counts.get(l) ?? 0) + 1);
  return {
    terms,
    output: [
      ...ell(maxEll),
      ...[...counts]
        .filter(([, c]) => c === 1)
        .map(([l]) => l)
        .sort(),
    ],
  };
}

/** Size of every label; size-1 dims broadcast against larger ones. */
function einsumSizes<D extends Dim>(terms: string[][], shapes: readonly (readonly D[])[]): Map<string, D> {
  const sizes = new Map<string, D>();
  terms.forEach((t, k) =>
    t.forEach((l, a) => {
      const d = shapes[k]![a]!;
      const prev = sizes.get(l);
      if (prev === undefined || prev === 1 || (typeof prev === 'string' && typeof d === 'number' && d !== 1)) sizes.set(l, d);
      else if (typeof d === 'number' && typeof prev === 'number' && d !== 1 && d !== prev) {
        fail(`label ${l.charCodeAt(0) >= ELLIPSIS_BASE ? '...' : l} has sizes ${prev} and ${d}`);
      }
    }),
  );
  return sizes;
}

const einsum = defineOp({
  op: 'Einsum',
  infer(inputs, attrs) {
    const equation = attrString(attrs, 'equation');
    if (!equation) fail('attribute equation is required');
    const ts = inputs.map((_, i) => inType(inputs, i, `Inputs[${i}]`));
    if (ts.length === 0) fail('needs at least one input');
    if (ts.some((t) => !t.shape)) return [{ dtype: ts[0]!.dtype }];
    const shapes = ts.map((t) => t.shape!);
    const { terms, output } = parseEinsum(
      equation,
      shapes.map((s) => s.length),
    );
    const sizes = einsumSizes(terms, shapes);
    return [{ dtype: ts[0]!.dtype, shape: output.map((l) => sizes.get(l)!) }];
  },
  run(inputs, attrs) {
    const equation = attrString(attrs, 'equation');
    if (!equation) fail('attribute equation is required');
    const ts = inputs.map((t, i) => need(inputs, i, `Inputs[${i}]`));
    if (ts.length === 0) fail('needs at least one input');
    const dtype = ts[0]!.dtype;
    expectDType('Inputs', dtype, MATMUL_TYPES);
    for (const t of ts) if (t.dtype !== dtype) fail(`inputs have different dtypes ${dtype} and ${t.dtype}`);
    const { terms, output } = parseEinsum(
      equation,
      ts.map((t) => t.shape.length),
    );
    const sizes = einsumSizes(
      terms,
      ts.map((t) => t.shape),
    );
    // One loop over output labels then summed labels; each operand advances by its label strides.
    const loop = [...output, ...[...sizes.keys()].filter((l) => !output.includes(l))];
    const dims = loop.map((l) => sizes.get(l)!);
    const strides = ts.map((t, k) => {
      const st = new Array<number>(t.shape.length);
      let acc = 1;
      for (let a = t.shape.length - 1; a >= 0; a--) {
        st[a] = t.shape[a] === 1 ? 0 : acc;
        acc *= t.shape[a]!;
      }
      // A label repeated within one operand walks its diagonal: strides add up.
      return loop.map((l) => terms[k]!.reduce((sum, tl, a) => (tl === l ? sum + st[a]! : sum), 0));
    });
    const outShape = output.map((l) => sizes.get(l)!);
    const outSize = sizeOf(outShape);
    const inner = sizeOf(dims.slice(output.length));
    const acc = new Float64Array(outSize);
    const data = ts.map((t) => t.data as AnyArray);
    const big = isBigDType(dtype);
    const offs = new Array<number>(ts.length).fill(0);
    const idx = new Array<number>(loop.length).fill(0);
    for (let it = 0; it < outSize * inner; it++) {
      let prod = 1;
      for (let k = 0; k < ts.length; k++) prod *= Number(data[k]![offs[k]!]);
      acc[Math.floor(it / inner)] += prod;
      for (let a = loop.length - 1; a >= 0; a--) {
        for (let k = 0; k < ts.length; k++) offs[k] = offs[k]! + strides[k]![a]!;
        if (++idx[a]! < dims[a]!) break;
        for (let k = 0; k < ts.length; k++) offs[k] = offs[k]! - strides[k]![a]! * dims[a]!;
        idx[a] = 0;
      }
    }
    const out = allocData(dtype, outSize) as AnyArray;
    for (let i = 0; i < outSize; i++) out[i] = big ? BigInt(Math.round(acc[i]!)) : acc[i];
    return [{ dtype, shape: outShape, data: out as Tensor['data'] }];
  },
});

const det = defineOp({
  op: 'Det',
  infer(inputs) {
    const x = inType(inputs, 0, 'X');
    expectDType('input X', x.dtype, FLOAT_TYPES);
    if (!x.shape) return [{ dtype: x.dtype }];
    if (x.shape.length < 2) fail(`X must have rank >= 2, got ${x.shape.length}`);
    return [{ dtype: x.dtype, shape: x.shape.slice(0, -2) }];
  },
  run(inputs) {
    const x = need(inputs, 0, 'X');
    expectDType('input X', x.dtype, FLOAT_TYPES);
    const r = x.shape.length;
    if (r < 2 || x.shape[r - 1] !== x.shape[r - 2]) fail(`X must be [..., M, M], got [${x.shape.join(', ')}]`);
    const n = x.shape[r - 1]!;
    const batch = sizeOf(x.shape.slice(0, -2));
    const out = allocData(x.dtype, batch) as AnyArray;
    const a = new Float64Array(n * n);
    const xd = x.data as AnyArray;
    for (let b = 0; b < batch; b++) {
      for (let i = 0; i < n * n; i++) a[i] = xd[b * n * n + i] as number;
      // LU decomposition with partial pivoting; each row swap flips the sign.
      let d = 1;
      for (let c = 0; c < n; c++) {
        let p = c;
        for (let i = c + 1; i < n; i++) if (Math.abs(a[i * n + c]!) > Math.abs(a[p * n + c]!)) p = i;
        if (a[p * n + c] === 0) {
          d = 0;
          break;
        }
        if (p !== c) {
          for (let j = 0; j < n; j++) [a[c * n + j], a[p * n + j]] = [a[p * n + j]!, a[c * n + j]!];
          d = -d;
        }
        const piv = a[c * n + c]!;
        d *= piv;
        for (let i = c + 1; i < n; i++) {
          const f = a[i * n + c]! / piv;
          for (let j = c; j < n; j++) a[i * n + j] -= f * a[c * n + j]!;
        }
      }
      out[b] = d;
    }
    return [{ dtype: x.dtype, shape: x.shape.slice(0, -2), data: out as Tensor['data'] }];
  },
});

/** MatMul, Gemm, Einsum and Det. */
export const matmulOps: OpDef[] = [matmulOp, gemmOp, einsum, det];
