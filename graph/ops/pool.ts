// Pooling: MaxPool (with Indices), AveragePool, LpPool and their Global variants, any spatial rank.
import type { Attrs } from '../ir.js';
import { type DType, type Tensor, allocData, sizeOf } from '../tensor.js';
import { checkAutoPad, inferWindowOut, windowGeometry, type WindowGeometry } from './conv.js';
import type { InferInput, OpContext, OpDef, OutputType } from './types.js';
import { type AnyArray, FLOAT_TYPES, attrInt, attrInts, defineOp, expectDType, fail, inType, need, stridesOf, unknownDim } from './util.js';

/** Window contents per output position, shared by every (batch, channel) plane. */
interface Windows {
  /** offsets[start[o] .. start[o+1]) are the in-image element offsets of output o's window. */
  start: Int32Array;
  offsets: Int32Array;
  /** Window positions inside the padded image (the count_include_pad divisor). */
  padded: Int32Array;
}

function buildWindows(spatial: readonly number[], g: WindowGeometry): Windows {
  const r = spatial.length;
  const outSize = sizeOf(g.out);
  const kSize = sizeOf(g.kernel);
  const inStrides = stridesOf(spatial);
  const start = new Int32Array(outSize + 1);
  const offsets: number[] = [];
  const padded = new Int32Array(outSize);
  const ot = new Array<number>(r).fill(0);
  const kt = new Array<number>(r).fill(0);
  for (let o = 0; o < outSize; o++) {
    start[o] = offsets.length;
    kt.fill(0);
    let pc = 0;
    for (let k = 0; k < kSize; k++) {
      let off = 0;
      let inImage = true;
      let inPadded = true;
      for (let d = 0; d < r; d++) {
        const p = ot[d]! * g.strides[d]! - g.padsBegin[d]! + kt[d]! * g.dilations[d]!;
        if (p < 0 || p >= spatial[d]!) inImage = false;
        if (p < -g.padsBegin[d]! || p >= spatial[d]! + g.padsEnd[d]!) inPadded = false;
        off += p * inStrides[d]!;
      }
      if (inPadded) pc++;
      if (inImage) offsets.push(off);
      for (let d = r - 1; d >= 0; d--) {
        if (++kt[d]! < g.kernel[d]!) break;
        kt[d] = 0;
      }
    }
    padded[o] = pc;
    for (let d = r - 1; d >= 0; d--) {
      if (++ot[d]! < g.out[d]!) break;
      ot[d] = 0;
    }
  }
  start[outSize] = offsets.length;
  return { start, offsets: Int32Array.from(offsets), padded };
}

function poolSetup(
  x: Tensor,
  attrs: Attrs,
  ceil: boolean,
): { planes: number; inSize: number; outSize: number; spatial: number[]; g: WindowGeometry } {
  if (x.shape.length < 3) fail(`X must have rank >= 3 (N, C, spatial...), got [${x.shape.join(', ')}]`);
  const spatial = x.shape.slice(2);
  const kernel = attrInts(attrs, 'kernel_shape');
  if (!kernel) fail('attribute kernel_shape is required');
  const g = windowGeometry(spatial, kernel, attrs, ceil);
  return { planes: x.shape[0]! * x.shape[1]!, inSize: sizeOf(spatial), outSize: sizeOf(g.out), spatial, g };
}

function inferPool(inputs: readonly InferInput[], attrs: Attrs, ctx: OpContext, types: readonly DType[], indices: boolean): OutputType[] {
  const x = inType(inputs, 0, 'X');
  expectDType('input X', x.dtype, types);
  const kernel = attrInts(attrs, 'kernel_shape');
  if (!kernel) fail('attribute kernel_shape is required');
  if (!x.shape) return indices ? [{ dtype: x.dtype }, { dtype: 'int64' }] : [{ dtype: x.dtype }];
  if (x.shape.length !== kernel.length + 2) fail(`kernel_shape has ${kernel.length} dims but X has rank ${x.shape.length}`);
  const shape = [x.shape[0]!, x.shape[1]!, ...inferWindowOut(x.shape.slice(2), kernel, attrs, ctx, attrInt(attrs, 'ceil_mode', 0) !== 0)];
  return indices
    ? [
        { dtype: x.dtype, shape },
        { dtype: 'int64', shape },
      ]
    : [{ dtype: x.dtype, shape }];
}

const MAXPOOL_TYPES: readonly DType[] = [...FLOAT_TYPES, 'int8', 'uint8'];

const maxPool = defineOp({
  op: 'MaxPool',
  infer: (inputs, attrs, ctx) => inferPool(inputs, attrs, ctx, MAXPOOL_TYPES, true),
  run(inputs, attrs, ctx) {
    const x = need(inputs, 0, 'X');
    expectDType('input X', x.dtype, MAXPOOL_TYPES);
    const { planes, inSize, outSize, spatial, g } = poolSetup(x, attrs, attrInt(attrs, 'ceil_mode', 0) !== 0);
    const w = buildWindows(spatial, g);
    const xd = x.data as AnyArray;
    const y = allocData(x.dtype, planes * outSize) as AnyArray;
    // Indices only for a node that declares them: a BigInt per element cost as much as the pooling.
    const wantIndices = ctx.numOutputs === undefined || ctx.numOutputs > 1;
    const idx = wantIndices ? new BigInt64Array(planes * outSize) : undefined;
    const toIndex = indexMapper(spatial, attrInt(attrs, 'storage_order', 0) === 1);
    for (let p = 0; p < planes; p++) {
      const base = p * inSize;
      for (let o = 0; o < outSize; o++) {
        let best = -Infinity;
        let bestOff = -1;
        for (let j = w.start[o]!; j < w.start[o + 1]!; j++) {
          const v = xd[base + w.offsets[j]!] as number;
          if (v > best || Number.isNaN(v) || bestOff < 0) {
            best = v;
            bestOff = w.offsets[j]!;
            if (Number.isNaN(v)) break;
          }
        }
        y[p * outSize + o] = best;
        if (idx) idx[p * outSize + o] = BigInt(bestOff < 0 ? -1 : base + toIndex(bestOff));
      }
    }
    const shape = [x.shape[0]!, x.shape[1]!, ...g.out];
    const out: Tensor = { dtype: x.dtype, shape, data: y as Tensor['data'] };
    return idx ? [out, { dtype: 'int64', shape: [...shape], data: idx }] : [out];
  },
  unsupported: checkAutoPad,
});

/** MaxPool's Indices offset within a plane: row-major, or column-major (storage_order=1) with the spatial strides reversed. */
function indexMapper(spatial: readonly number[], colMajor: boolean): (off: number) => number {
  if (!colMajor) return (off) => off;
  const rowStrides = stridesOf(spatial);
  const colStrides = stridesOf([...spatial].reverse()).reverse();
  return (off) => {
    let r = 0;
    for (let d = 0; d < spatial.length; d++) r += (Math.floor(off / rowStrides[d]!) % spatial[d]!) * colStrides[d]!;
    return r;
  };
}

const averagePool = defineOp({
  op: 'AveragePool',
  infer: (inputs, attrs, ctx) => inferPool(inputs, attrs, ctx, FLOAT_TYPES, false),
  run(inputs, attrs) {
    const x = need(inputs, 0, 'X');
    expectDType('input X', x.dtype, FLOAT_TYPES);
    const { planes, inSize, outSize, spatial, g } = poolSetup(x, attrs, attrInt(attrs, 'ceil_mode', 0) !== 0);
    const includePad = attrInt(attrs, 'count_include_pad', 0) !== 0;
    const w = buildWindows(spatial, g);
    const xd = x.data as AnyArray;
    const y = allocData(x.dtype, planes * outSize) as AnyArray;
    for (let p = 0; p < planes; p++) {
      const base = p * inSize;
      for (let o = 0; o < outSize; o++) {
        let s = 0;
        const a = w.start[o]!;
        const b = w.start[o + 1]!;
        for (let j = a; j < b; j++) s += xd[base + w.offsets[j]!] as number;
        y[p * outSize + o] = s / (includePad ? w.padded[o]! : b - a);
      }
    }
    return [{ dtype: x.dtype, shape: [x.shape[0]!, x.shape[1]!, ...g.out], data: y as Tensor['data'] }];
  },
  unsupported: checkAutoPad,
});

const lpPool = defineOp({
  op: 'LpPool',
  infer: (inputs, attrs, ctx) => inferPool(inputs, attrs, ctx, FLOAT_TYPES, false),
  run(inputs, attrs) {
    const x = need(inputs, 0, 'X');
    expectDType('input X', x.dtype, FLOAT_TYPES);
    const { planes, inSize, outSize, spatial, g } = poolSetup(x, attrs, attrInt(attrs, 'ceil_mode', 0) !== 0);
    const pw = attrInt(attrs, 'p', 2);
    const w = buildWindows(spatial, g);
    const xd = x.data as AnyArray;
    const y = allocData(x.dtype, planes * outSize) as AnyArray;
    for (let p = 0; p < planes; p++) {
      const base = p * inSize;
      for (let o = 0; o < outSize; o++) {
        let s = 0;
        for (let j = w.start[o]!; j < w.start[o + 1]!; j++) s += Math.abs(xd[base + w.offsets[j]!] as number) ** pw;
        y[p * outSize + o] = s ** (1 / pw);
      }
    }
    return [{ dtype: x.dtype, shape: [x.shape[0]!, x.shape[1]!, ...g.out], data: y as Tensor['data'] }];
  },
  unsupported: checkAutoPad,
});

function globalPool(op: string, reduce: (xd: AnyArray, off: number, n: number, attrs: Attrs) => number): OpDef {
  return defineOp({
    op,
    infer(inputs) {
      const x = inType(inputs, 0, 'X');
      expectDType('input X', x.dtype, FLOAT_TYPES);
      if (!x.shape) return [{ dtype: x.dtype }];
      if (x.shape.length < 3) fail(`X must have rank >= 3, got rank ${x.shape.length}`);
      return [{ dtype: x.dtype, shape: [x.shape[0]!, x.shape[1]!, ...x.shape.slice(2).map(() => 1)] }];
    },
    run(inputs, attrs) {
      const x = need(inputs, 0, 'X');
      expectDType('input X', x.dtype, FLOAT_TYPES);
      if (x.shape.length < 3) fail(`X must have rank >= 3, got [${x.shape.join(', ')}]`);
      const planes = x.shape[0]! * x.shape[1]!;
      const n = sizeOf(x.shape.slice(2));
      const y = allocData(x.dtype, planes) as AnyArray;
      for (let p = 0; p < planes; p++) y[p] = reduce(x.data as AnyArray, p * n, n, attrs);
      return [{ dtype: x.dtype, shape: [x.shape[0]!, x.shape[1]!, ...x.shape.slice(2).map(() => 1)], data: y as Tensor['data'] }];
    },
  });
}

const globalOps = [
  globalPool('GlobalAveragePool', (d, off, n) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += d[off + i] as number;
    return s / n;
  }),
  globalPool('GlobalMaxPool', (d, off, n) => {
    let m = -Infinity;
    for (let i = 0; i < n; i++) m = Math.max(m, d[off + i] as number);
    return m;
  }),
  globalPool('GlobalLpPool', (d, off, n, attrs) => {
    const p = attrInt(attrs, 'p', 2);
    let s = 0;
    for (let i = 0; i < n; i++) s += Math.abs(d[off + i] as number) ** p;
    return s ** (1 / p);
  }),
];

/** MaxUnpool's default output spatial size: the input size a MaxPool with these attributes would reduce. */
function unpoolSize(inSpatial: readonly number[], attrs: Attrs): number[] {
  const kernel = attrInts(attrs, 'kernel_shape');
  if (!kernel) fail('attribute kernel_shape is required');
  const r = inSpatial.length;
  const strides = attrInts(attrs, 'strides', new Array<number>(r).fill(1));
  const pads = attrInts(attrs, 'pads', new Array<number>(2 * r).fill(0));
  return inSpatial.map((d, i) => (d - 1) * strides[i]! + kernel[i]! - pads[i]! - pads[i + r]!);
}

const maxUnpool = defineOp({
  op: 'MaxUnpool',
  infer(inputs, attrs, ctx) {
    const x = inType(inputs, 0, 'X');
    if (!x.shape) return [{ dtype: x.dtype }];
    const shapeIn = inputs[2]?.constant;
    if (shapeIn) return [{ dtype: x.dtype, shape: Array.from(shapeIn.data as BigInt64Array, Number) }];
    if (inputs[2]?.type) return [{ dtype: x.dtype, shape: x.shape.map((_, i) => unknownDim(ctx, 0, i)) }];
    const sp = x.shape.slice(2);
    if (!sp.every((d) => typeof d === 'number'))
      return [{ dtype: x.dtype, shape: x.shape.map((d, i) => (i < 2 ? d : unknownDim(ctx, 0, i))) }];
    return [{ dtype: x.dtype, shape: [x.shape[0]!, x.shape[1]!, ...unpoolSize(sp as number[], attrs)] }];
  },
  run(inputs, attrs) {
    const x = need(inputs, 0, 'X');
    const idx = need(inputs, 1, 'I');
    expectDType('I', idx.dtype, ['int64']);
    if (idx.shape.join() !== x.shape.join()) fail(`I has shape [${idx.shape.join(', ')}] but X has [${x.shape.join(', ')}]`);
    const shape = inputs[2]
      ? Array.from(inputs[2].data as BigInt64Array, Number)
      : [x.shape[0]!, x.shape[1]!, ...unpoolSize(x.shape.slice(2), attrs)];
    const total = sizeOf(shape);
    const out = allocData(x.dtype, total) as AnyArray;
    const xd = x.data as AnyArray;
    const id = idx.data as BigInt64Array;
    // Indices are flat over the whole tensor, as MaxPool's Indices output gives them.
    for (let i = 0; i < xd.length; i++) {
      const j = Number(id[i]!);
      if (j < 0 || j >= total) fail(`index ${j} is out of range for an output of ${total} elements`);
      out[j] = xd[i];
    }
    return [{ dtype: x.dtype, shape, data: out as Tensor['data'] }];
  },
});

/** Pooling op definitions. */
export const poolOps: OpDef[] = [maxPool, averagePool, lpPool, ...globalOps, maxUnpool];
