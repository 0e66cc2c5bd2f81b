// Index-driven ops: Gather, GatherElements, GatherND, ScatterElements (and legacy Scatter),
// ScatterND, OneHot, Compress, NonZero, TopK, Trilu, ReverseSequence.
import type { Dim } from '../ir.js';
import { type Tensor, allocData, sizeOf } from '../tensor.js';
import type { OpDef, OutputType } from './types.js';
import {
  type AnyArray,
  type ElementFn,
  attrInt,
  attrString,
  checkEnum,
  cloneTensor,
  constOf,
  defineOp,
  expectDType,
  fail,
  inType,
  int64Tensor,
  isBigDType,
  need,
  normAxis,
  outType,
  sameAs,
  scalarOf,
  stridesOf,
  toInts,
  unknownDim,
} from './util.js';

const INDEX_TYPES = ['int32', 'int64'] as const;

/** Index values as numbers, negative ones wrapped by `dim`, all checked to lie in [0, dim). */
function indexValues(t: Tensor, dim: number, what: string): Int32Array | Float64Array {
  expectDType(what, t.dtype, INDEX_TYPES);
  const d = t.data as AnyArray;
  const out = new Float64Array(d.length);
  for (let i = 0; i < d.length; i++) {
    let v = Number(d[i]);
    if (v < 0) v += dim;
    if (v < 0 || v >= dim) fail(`${what} value ${Number(d[i])} is out of range for a dimension of size ${dim}`);
    out[i] = v;
  }
  return out;
}

const gather = defineOp({
  op: 'Gather',
  infer(inputs, attrs) {
    const x = inType(inputs, 0, 'data');
    const idx = inType(inputs, 1, 'indices');
    expectDType('input indices', idx.dtype, INDEX_TYPES);
    if (!x.shape || !idx.shape) return [{ dtype: x.dtype }];
    const a = normAxis(attrInt(attrs, 'axis', 0), x.shape.length);
    return [{ dtype: x.dtype, shape: [...x.shape.slice(0, a), ...idx.shape, ...x.shape.slice(a + 1)] }];
  },
  run(inputs, attrs) {
    const x = need(inputs, 0, 'data');
    const it = need(inputs, 1, 'indices');
    const a = normAxis(attrInt(attrs, 'axis', 0), x.shape.length);
    const n = x.shape[a]!;
    const idx = indexValues(it, n, 'indices');
    const outer = sizeOf(x.shape.slice(0, a));
    const inner = sizeOf(x.shape.slice(a + 1));
    const shape = [...x.shape.slice(0, a), ...it.shape, ...x.shape.slice(a + 1)];
    const out = allocData(x.dtype, sizeOf(shape)) as AnyArray;
    const xd = x.data as AnyArray;
    const m = idx.length;
    for (let o = 0; o < outer; o++)
      for (let k = 0; k < m; k++) {
        const src = (o * n + idx[k]!) * inner;
        const dst = (o * m + k) * inner;
        for (let i = 0; i < inner; i++) out[dst + i] = xd[src + i];
      }
    return [{ dtype: x.dtype, shape, data: out as Tensor['data'] }];
  },
});

/** Flat data offsets addressed by an elementwise index tensor along `axis` (GatherElements/ScatterElements). */
function elementOffsets(dataShape: readonly number[], idxShape: readonly number[], idx: Tensor, axis: number): Float64Array {
  const r = dataShape.length;
  if (idxShape.length !== r) fail(`indices has rank ${idxShape.length} but data has rank ${r}`);
  const vals = indexValues(idx, dataShape[axis]!, 'indices');
  const ds = stridesOf(dataShape);
  const offs = new Float64Array(vals.length);
  const pos = new Array<number>(r).fill(0);
  for (let e = 0; e < vals.length; e++) {
    let off = 0;
    for (let a = 0; a < r; a++) off += (a === axis ? vals[e]! : pos[a]!) * ds[a]!;
    offs[e] = off;
    for (let a = r - 1; a >= 0; a--) {
      if (++pos[a]! < idxShape[a]!) break;
      pos[a] = 0;
    }
  }
  return offs;
}

const gatherElements = defineOp({
  op: 'GatherElements',
  infer(inputs) {
    const x = inType(inputs, 0, 'data');
    const idx = inType(inputs, 1, 'indices');
    expectDType('input indices', idx.dtype, INDEX_TYPES);
    return [outType(x.dtype, idx.shape)];
  },
  run(inputs, attrs) {
    const x = need(inputs, 0, 'data');
    const it = need(inputs, 1, 'indices');
    const a = normAxis(attrInt(attrs, 'axis', 0), x.shape.length);
    const offs = elementOffsets(x.shape, it.shape, it, a);
    const out = allocData(x.dtype, offs.length) as AnyArray;
    const xd = x.data as AnyArray;
    for (let i = 0; i < offs.length; i++) out[i] = xd[offs[i]!];
    return [{ dtype: x.dtype, shape: [...it.shape], data: out as Tensor['data'] }];
  },
});

const REDUCTIONS = ['none', 'add', 'mul', 'max', 'min'] as const;

function combiner(reduction: string): ElementFn {
  switch (reduction) {
    case 'add':
      return (a: number, b: number) => a + b;
    case 'mul':
      return (a: number, b: number) => a * b;
    case 'max':
      return (a: number, b: number) => (a > b ? a : b);
    case 'min':
      return (a: number, b: number) => (a < b ? a : b);
    case 'none':
      return (_a: unknown, b: unknown) => b;
    default:
      return fail(`reduction=${reduction} is not supported`);
  }
}

function scatterElements(op: string): OpDef {
  return defineOp({
    op,
    infer: (inputs) => [sameAs(inputs, 0, 'data')],
    run(inputs, attrs) {
      const x = need(inputs, 0, 'data');
      const it = need(inputs, 1, 'indices');
      const up = need(inputs, 2, 'updates');
      if (up.dtype !== x.dtype) fail(`updates has dtype ${up.dtype}, expected ${x.dtype}`);
      if (up.shape.join() !== it.shape.join())
        fail(`updates [${up.shape.join(', ')}] and indices [${it.shape.join(', ')}] differ in shape`);
      const a = normAxis(attrInt(attrs, 'axis', 0), x.shape.length);
      const f = combiner(attrString(attrs, 'reduction', 'none')) as (a: unknown, b: unknown) => unknown;
      const offs = elementOffsets(x.shape, it.shape, it, a);
      const out = cloneTensor(x);
      const od = out.data as AnyArray;
      const ud = up.data as AnyArray;
      for (let i = 0; i < offs.length; i++) od[offs[i]!] = f(od[offs[i]!], ud[i]);
      return [out];
    },
    unsupported: (attrs) => checkEnum(attrs, 'reduction', 'none', REDUCTIONS),
  });
}

/**
 * Flat offset of the index tuple id[at..at+k) into axes with sizes `dims` and strides `strides`;
 * negative indices wrap, and each must then lie in [0, dim) (GatherND, ScatterND).
 */
function tupleOffset(id: BigInt64Array, at: number, k: number, dims: readonly number[], strides: readonly number[]): number {
  let off = 0;
  for (let j = 0; j < k; j++) {
    const dim = dims[j]!;
    let v = Number(id[at + j]!);
    if (v < 0) v += dim;
    if (v < 0 || v >= dim) fail(`index ${Number(id[at + j]!)} is out of range for dimension of size ${dim}`);
    off += v * strides[j]!;
  }
  return off;
}

const gatherND = defineOp({
  op: 'GatherND',
  infer(inputs, attrs) {
    const x = inType(inputs, 0, 'data');
    const idx = inType(inputs, 1, 'indices');
    if (!x.shape || !idx.shape) return [{ dtype: x.dtype }];
    const b = attrInt(attrs, 'batch_dims', 0);
    const k = idx.shape[idx.shape.length - 1];
    if (typeof k !== 'number') return [{ dtype: x.dtype }];
    return [{ dtype: x.dtype, shape: [...idx.shape.slice(0, -1), ...x.shape.slice(b + k)] }];
  },
  run(inputs, attrs) {
    const x = need(inputs, 0, 'data');
    const it = need(inputs, 1, 'indices');
    expectDType('indices', it.dtype, ['int64']);
    const b = attrInt(attrs, 'batch_dims', 0);
    const q = it.shape.length;
    const k = it.shape[q - 1]!;
    if (k > x.shape.length - b) fail(`indices address ${k} dims but data has only ${x.shape.length - b} after batch_dims`);
    const batch = sizeOf(x.shape.slice(0, b));
    const perBatch = sizeOf(it.shape.slice(b, q - 1));
    const slice = sizeOf(x.shape.slice(b + k));
    const dataShape = x.shape.slice(b);
    const dataBatch = sizeOf(dataShape);
    const ds = stridesOf(dataShape);
    const shape = [...it.shape.slice(0, -1), ...x.shape.slice(b + k)];
    const out = allocData(x.dtype, sizeOf(shape)) as AnyArray;
    const xd = x.data as AnyArray;
    const id = it.data as BigInt64Array;
    for (let bi = 0; bi < batch; bi++)
      for (let p = 0; p < perBatch; p++) {
        const off = bi * dataBatch + tupleOffset(id, (bi * perBatch + p) * k, k, dataShape, ds);
        const dst = (bi * perBatch + p) * slice;
        for (let i = 0; i < slice; i++) out[dst + i] = xd[off + i];
      }
    return [{ dtype: x.dtype, shape, data: out as Tensor['data'] }];
  },
});

const scatterND = defineOp({
  op: 'ScatterND',
  infer: (inputs) => [sameAs(inputs, 0, 'data')],
  run(inputs, attrs) {
    const x = need(inputs, 0, 'data');
    const it = need(inputs, 1, 'indices');
    const up = need(inputs, 2, 'updates');
    expectDType('indices', it.dtype, ['int64']);
    const f = combiner(attrString(attrs, 'reduction', 'none')) as (a: unknown, b: unknown) => unknown;
    const q = it.shape.length;
    const k = it.shape[q - 1]!;
    const n = sizeOf(it.shape.slice(0, -1));
    const slice = sizeOf(x.shape.slice(k));
    const ds = stridesOf(x.shape);
    const out = cloneTensor(x);
    const od = out.data as AnyArray;
    const ud = up.data as AnyArray;
    const id = it.data as BigInt64Array;
    if (ud.length !== n * slice) fail(`updates has ${ud.length} elements, expected ${n * slice}`);
    for (let p = 0; p < n; p++) {
      const off = tupleOffset(id, p * k, k, x.shape, ds);
      for (let i = 0; i < slice; i++) od[off + i] = f(od[off + i], ud[p * slice + i]);
    }
    return [out];
  },
  unsupported: (attrs) => checkEnum(attrs, 'reduction', 'none', REDUCTIONS),
});

const oneHot = defineOp({
  op: 'OneHot',
  infer(inputs, attrs, ctx) {
    const idx = inType(inputs, 0, 'indices');
    const values = inType(inputs, 2, 'values');
    if (!idx.shape) return [{ dtype: values.dtype }];
    const r = idx.shape.length + 1;
    const a = normAxis(attrInt(attrs, 'axis', -1), r);
    const depthT = constOf(inputs, 1);
    const depth: Dim = depthT ? Math.trunc(scalarOf(depthT, 'depth')) : unknownDim(ctx, 0, a);
    const shape = [...idx.shape];
    shape.splice(a, 0, depth);
    return [{ dtype: values.dtype, shape }];
  },
  run(inputs, attrs) {
    const it = need(inputs, 0, 'indices');
    const depth = Math.trunc(scalarOf(need(inputs, 1, 'depth'), 'depth'));
    const values = need(inputs, 2, 'values');
    if (values.data.length !== 2) fail('values must hold [off_value, on_value]');
    const r = it.shape.length + 1;
    const a = normAxis(attrInt(attrs, 'axis', -1), r);
    const shape = [...it.shape];
    shape.splice(a, 0, depth);
    const outer = sizeOf(it.shape.slice(0, a));
    const inner = sizeOf(it.shape.slice(a));
    const vd = values.data as AnyArray;
    const out = allocData(values.dtype, sizeOf(shape)) as AnyArray;
    for (let i = 0; i < out.length; i++) out[i] = vd[0];
    const id = it.data as AnyArray;
    for (let o = 0; o < outer; o++)
      for (let j = 0; j < inner; j++) {
        let v = Number(id[o * inner + j]);
        if (v < 0) v += depth;
        if (v >= 0 && v < depth && Number.isInteger(v)) out[(o * depth + v) * inner + j] = vd[1];
      }
    return [{ dtype: values.dtype, shape, data: out as Tensor['data'] }];
  },
});

const compress = defineOp({
  op: 'Compress',
  infer(inputs, attrs, ctx) {
    const x = inType(inputs, 0, 'input');
    if (!x.shape) return [{ dtype: x.dtype }];
    const axis = attrInt(attrs, 'axis');
    if (axis === undefined) return [{ dtype: x.dtype, shape: [unknownDim(ctx, 0, 0)] }];
    const a = normAxis(axis, x.shape.length);
    return [{ dtype: x.dtype, shape: x.shape.map((d, i) => (i === a ? unknownDim(ctx, 0, i) : d)) }];
  },
  run(inputs, attrs) {
    let x = need(inputs, 0, 'input');
    const cond = need(inputs, 1, 'condition');
    expectDType('condition', cond.dtype, ['bool']);
    const axisAttr = attrInt(attrs, 'axis');
    if (axisAttr === undefined) x = { ...x, shape: [x.data.length] };
    const a = normAxis(axisAttr ?? 0, x.shape.length);
    const n = x.shape[a]!;
    const cd = cond.data as Uint8Array;
    if (cd.length > n) fail(`condition has ${cd.length} entries but the axis has size ${n}`);
    const keep: number[] = [];
    for (let i = 0; i < cd.length; i++) if (cd[i]) keep.push(i);
    const outer = sizeOf(x.shape.slice(0, a));
    const inner = sizeOf(x.shape.slice(a + 1));
    const shape = [...x.shape];
    shape[a] = keep.length;
    const out = allocData(x.dtype, sizeOf(shape)) as AnyArray;
    const xd = x.data as AnyArray;
    for (let o = 0; o < outer; o++)
      keep.forEach((k, j) => {
        for (let i = 0; i < inner; i++) out[(o * keep.length + j) * inner + i] = xd[(o * n + k) * inner + i];
      });
    return [{ dtype: x.dtype, shape, data: out as Tensor['data'] }];
  },
});

const nonZero = defineOp({
  op: 'NonZero',
  infer(inputs, _attrs, ctx) {
    const x = inType(inputs, 0, 'X');
    return [{ dtype: 'int64', shape: x.shape ? [x.shape.length, unknownDim(ctx, 0, 1)] : [unknownDim(ctx, 0, 0), unknownDim(ctx, 0, 1)] }];
  },
  run(inputs) {
    const x = need(inputs, 0, 'X');
    const xd = x.data as AnyArray;
    const r = x.shape.length;
    const hits: number[] = [];
    for (let i = 0; i < xd.length; i++) {
      const v = xd[i];
      if (typeof v === 'bigint' ? v !== 0n : typeof v === 'string' ? v !== '' : v !== 0) hits.push(i);
    }
    const st = stridesOf(x.shape);
    const out = new BigInt64Array(r * hits.length);
    hits.forEach((flat, j) => {
      for (let a = 0; a < r; a++) out[a * hits.length + j] = BigInt(Math.floor(flat / st[a]!) % x.shape[a]!);
    });
    return [{ dtype: 'int64', shape: [r, hits.length], data: out }];
  },
});

const topK = defineOp({
  op: 'TopK',
  infer(inputs, attrs, ctx) {
    const x = inType(inputs, 0, 'X');
    if (!x.shape) return [{ dtype: x.dtype }, { dtype: 'int64' }];
    const a = normAxis(attrInt(attrs, 'axis', -1), x.shape.length);
    const kT = constOf(inputs, 1);
    const k: Dim = kT ? scalarOf(kT, 'K') : unknownDim(ctx, 0, a);
    const shape = x.shape.map((d, i) => (i === a ? k : d));
    return [
      { dtype: x.dtype, shape },
      { dtype: 'int64', shape: [...shape] },
    ];
  },
  run(inputs, attrs) {
    const x = need(inputs, 0, 'X');
    const k = scalarOf(need(inputs, 1, 'K'), 'K');
    const a = normAxis(attrInt(attrs, 'axis', -1), x.shape.length);
    const largest = attrInt(attrs, 'largest', 1) !== 0;
    const n = x.shape[a]!;
    if (k < 0 || k > n) fail(`K=${k} is out of range for an axis of size ${n}`);
    const outer = sizeOf(x.shape.slice(0, a));
    const inner = sizeOf(x.shape.slice(a + 1));
    const shape = x.shape.map((d, i) => (i === a ? k : d));
    const vals = allocData(x.dtype, sizeOf(shape)) as AnyArray;
    const idx = new BigInt64Array(sizeOf(shape));
    const xd = x.data as AnyArray;
    const order = Array.from({ length: n }, (_, i) => i);
    for (let o = 0; o < outer; o++)
      for (let j = 0; j < inner; j++) {
        const at = (i: number) => xd[(o * n + i) * inner + j] as number | bigint;
        // Ties keep the lower index first (stable sort), as onnxruntime does.
        order.sort((p, q) => {
          const vp = at(p);
          const vq = at(q);
          if (vp === vq) return p - q;
          return (largest ? vp < vq : vp > vq) ? 1 : -1;
        });
        for (let t = 0; t < k; t++) {
          const dst = (o * k + t) * inner + j;
          vals[dst] = at(order[t]!);
          idx[dst] = BigInt(order[t]!);
        }
        order.sort((p, q) => p - q);
      }
    return [
      { dtype: x.dtype, shape, data: vals as Tensor['data'] },
      { dtype: 'int64', shape: [...shape], data: idx },
    ];
  },
});

const trilu = defineOp({
  op: 'Trilu',
  infer: (inputs) => [sameAs(inputs, 0, 'input')],
  run(inputs, attrs) {
    const x = need(inputs, 0, 'input');
    const k = inputs[1] ? scalarOf(inputs[1], 'k') : 0;
    const upper = attrInt(attrs, 'upper', 1) !== 0;
    const r = x.shape.length;
    if (r < 2) fail(`input must have rank >= 2, got [${x.shape.join(', ')}]`);
    const rows = x.shape[r - 2]!;
    const cols = x.shape[r - 1]!;
    const out = cloneTensor(x);
    const od = out.data as AnyArray;
    const zero = isBigDType(x.dtype) ? 0n : 0;
    const mats = sizeOf(x.shape.slice(0, -2));
    for (let m = 0; m < mats; m++)
      for (let i = 0; i < rows; i++)
        for (let j = 0; j < cols; j++) {
          const keep = upper ? j - i >= k : j - i <= k;
          if (!keep) od[(m * rows + i) * cols + j] = zero;
        }
    return [out];
  },
});

const reverseSequence = defineOp({
  op: 'ReverseSequence',
  infer: (inputs) => [sameAs(inputs, 0, 'input')],
  run(inputs, attrs) {
    const x = need(inputs, 0, 'input');
    const lens = toInts(need(inputs, 1, 'sequence_lens'), 'sequence_lens');
    const bAxis = attrInt(attrs, 'batch_axis', 1);
    const tAxis = attrInt(attrs, 'time_axis', 0);
    if (x.shape.length < 2) fail('input must have rank >= 2');
    const st = stridesOf(x.shape);
    const B = x.shape[bAxis]!;
    const T = x.shape[tAxis]!;
    if (lens.length !== B) fail(`sequence_lens has ${lens.length} entries but the batch axis has ${B}`);
    const out = cloneTensor(x);
    const od = out.data as AnyArray;
    const xd = x.data as AnyArray;
    const inner = x.data.length / (B * T);
    // Visit every element by (b, t, rest), where rest enumerates the other axes.
    const restShape = x.shape.filter((_, i) => i !== bAxis && i !== tAxis);
    const restAxes = x.shape.map((_, i) => i).filter((i) => i !== bAxis && i !== tAxis);
    const restStrides = stridesOf(restShape);
    // Offset of each rest position q: the same for every b and t, so computed once.
    const restOff: number[] = [];
    for (let q = 0; q < inner; q++) {
      let off = 0;
      restAxes.forEach((ax, i) => (off += (Math.floor(q / restStrides[i]!) % restShape[i]!) * st[ax]!));
      restOff.push(off);
    }
    for (let b = 0; b < B; b++) {
      const len = lens[b]!;
      if (len < 0 || len > T) fail(`sequence_lens[${b}] = ${len} is out of range [0, ${T}]`);
      for (let t = 0; t < len; t++)
        for (let q = 0; q < inner; q++) {
          const off = b * st[bAxis]! + restOff[q]!;
          od[off + t * st[tAxis]!] = xd[off + (len - 1 - t) * st[tAxis]!];
        }
    }
    return [out];
  },
});

const unique = defineOp({
  op: 'Unique',
  infer(inputs, attrs, ctx) {
    const x = inType(inputs, 0, 'X');
    const axis = attrInt(attrs, 'axis');
    const n = unknownDim(ctx, 0, 0);
    const y: OutputType =
      axis === undefined || !x.shape
        ? { dtype: x.dtype, shape: [n] }
        : { dtype: x.dtype, shape: x.shape.map((d, i) => (i === normAxis(axis, x.shape!.length) ? n : d)) };
    const count = unknownDim(ctx, 1, 0);
    return [y, { dtype: 'int64', shape: [count] }, { dtype: 'int64', shape: [unknownDim(ctx, 2, 0)] }, { dtype: 'int64', shape: [count] }];
  },
  run(inputs, attrs) {
    const x = need(inputs, 0, 'X');
    const sorted = attrInt(attrs, 'sorted', 1) !== 0;
    const axisAttr = attrInt(attrs, 'axis');
    const flat = axisAttr === undefined;
    const shape = flat ? [x.data.length] : x.shape;
    const a = flat ? 0 : normAxis(axisAttr, x.shape.length);
    const n = shape[a]!;
    const outer = sizeOf(shape.slice(0, a));
    const inner = sizeOf(shape.slice(a + 1));
    const xd = x.data as AnyArray;
    // Slice k along the axis, as a list of its elements (outer-major).
    const sliceOf = (k: number): (number | bigint | string)[] => {
      const v: (number | bigint | string)[] = [];
      for (let o = 0; o < outer; o++) for (let i = 0; i < inner; i++) v.push(xd[(o * n + k) * inner + i] as number | bigint | string);
      return v;
    };
    const keyOf = (v: (number | bigint | string)[]): string =>
      v.map((e) => (typeof e === 'number' && Object.is(e, -0) ? '0' : String(e))).join('\u0000');
    const firstAt = new Map<string, number>();
    const slices: (number | bigint | string)[][] = [];
    const inverse = new Array<number>(n);
    const counts: number[] = [];
    const order: number[] = [];
    for (let k = 0; k < n; k++) {
      const v = sliceOf(k);
      const key = keyOf(v);
      let u = firstAt.get(key);
      if (u === undefined) {
        u = slices.length;
        firstAt.set(key, u);
        slices.push(v);
        order.push(k);
        counts.push(0);
      }
      counts[u]!++;
      inverse[k] = u;
    }
    // Sorted output orders unique slices lexicographically; `rank` maps first-seen order to output order.
    const perm = slices.map((_, i) => i);
    if (sorted) {
      perm.sort((p, q) => {
        const sp = slices[p]!;
        const sq = slices[q]!;
        for (let i = 0; i < sp.length; i++) if (sp[i] !== sq[i]) return sp[i]! < sq[i]! ? -1 : 1;
        return 0;
      });
    }
    const rank = new Array<number>(perm.length);
    perm.forEach((p, i) => (rank[p] = i));
    const m = perm.length;
    const yShape = [...shape];
    yShape[a] = m;
    const y = allocData(x.dtype, sizeOf(yShape)) as AnyArray;
    perm.forEach((p, j) => {
      const v = slices[p]!;
      let e = 0;
      for (let o = 0; o < outer; o++) for (let i = 0; i < inner; i++) y[(o * m + j) * inner + i] = v[e++];
    });
    return [
      { dtype: x.dtype, shape: yShape, data: y as Tensor['data'] },
      int64Tensor(perm.map((p) => order[p]!)),
      int64Tensor(inverse.map((u) => rank[u]!)),
      int64Tensor(perm.map((p) => counts[p]!)),
    ];
  },
});

/** Indexing op definitions. */
export const indexingOps: OpDef[] = [
  gather,
  gatherElements,
  gatherND,
  scatterElements('ScatterElements'),
  scatterElements('Scatter'),
  scatterND,
  oneHot,
  compress,
  nonZero,
  topK,
  trilu,
  reverseSequence,
  unique,
];
