// Ops that create tensors from attributes or shapes: Constant, ConstantOfShape, Range, EyeLike.
import type { Attrs } from '../ir.js';
import { type DType, type Tensor, allocData, sizeOf, tensor } from '../tensor.js';
import type { OpDef } from './types.js';
import {
  type AnyArray,
  attrFloats,
  attrInt,
  attrInts,
  attrStrings,
  attrTensor,
  cloneTensor,
  constInts,
  constOf,
  defineOp,
  dtypeFromOnnx,
  fail,
  inType,
  isBigDType,
  need,
  outType,
  scalarOf,
  toInts,
  unknownDim,
  unknownShape,
} from './util.js';

const CONSTANT_ATTRS = ['value', 'value_float', 'value_floats', 'value_int', 'value_ints', 'value_string', 'value_strings'];

function constantValue(attrs: Attrs): Tensor {
  const given = Object.keys(attrs).filter((k) => CONSTANT_ATTRS.includes(k) || k === 'sparse_value');
  if (given.length !== 1) fail(`needs exactly one value attribute, got ${given.length === 0 ? 'none' : given.join(', ')}`);
  const key = given[0]!;
  const v = attrs[key]!;
  switch (key) {
    case 'value':
      return cloneTensor(attrTensor(attrs, 'value')!);
    case 'value_float':
      return tensor('float32', [], Float32Array.of(v as number));
    case 'value_floats':
      return tensor('float32', [attrFloats(attrs, key, []).length], Float32Array.from(attrFloats(attrs, key, [])));
    case 'value_int':
      return tensor('int64', [], BigInt64Array.of(BigInt(v as number)));
    case 'value_ints': {
      const a = attrInts(attrs, key, []);
      return tensor(
        'int64',
        [a.length],
        BigInt64Array.from(a, (x) => BigInt(x)),
      );
    }
    case 'value_string':
      return tensor('string', [], [v as string]);
    case 'value_strings': {
      const a = attrStrings(attrs, key, []);
      return tensor('string', [a.length], [...a]);
    }
    default:
      return fail('sparse_value is not supported');
  }
}

const constant = defineOp({
  op: 'Constant',
  infer(_inputs, attrs) {
    const t = constantValue(attrs);
    return [{ dtype: t.dtype, shape: [...t.shape] }];
  },
  run: (_inputs, attrs) => [constantValue(attrs)],
  unsupported: (attrs) => ('sparse_value' in attrs ? ['sparse_value constants are not supported'] : []),
});

const constantOfShape = defineOp({
  op: 'ConstantOfShape',
  infer(inputs, attrs, ctx) {
    const v = attrTensor(attrs, 'value');
    const dtype = v?.dtype ?? 'float32';
    const shape = constInts(inputs, 0, 'input');
    if (shape) return [{ dtype, shape }];
    const n = inType(inputs, 0, 'input').shape?.[0];
    return [outType(dtype, typeof n === 'number' ? unknownShape(ctx, 0, n) : undefined)];
  },
  run(inputs, attrs) {
    const shape = toInts(need(inputs, 0, 'input'), 'input');
    if (shape.some((d) => d < 0)) fail(`shape [${shape.join(', ')}] has a negative dimension`);
    const v = attrTensor(attrs, 'value');
    if (v && v.data.length !== 1) fail('attribute value must hold exactly one element');
    const dtype = v?.dtype ?? 'float32';
    const out = allocData(dtype, sizeOf(shape)) as AnyArray;
    if (v) {
      const x = (v.data as AnyArray)[0];
      for (let i = 0; i < out.length; i++) out[i] = x;
    }
    return [{ dtype, shape, data: out as Tensor['data'] }];
  },
});

const RANGE_TYPES: readonly DType[] = ['float32', 'float64', 'int16', 'int32', 'int64'];

const range = defineOp({
  op: 'Range',
  infer(inputs, _attrs, ctx) {
    const dtype = inType(inputs, 0, 'start').dtype;
    if (!RANGE_TYPES.includes(dtype)) fail(`start has dtype ${dtype}; expected one of ${RANGE_TYPES.join(', ')}`);
    const [s, l, d] = [0, 1, 2].map((i) => constOf(inputs, i));
    if (s && l && d) return [{ dtype, shape: [rangeCount(scalarOf(s, 'start'), scalarOf(l, 'limit'), scalarOf(d, 'delta'))] }];
    return [{ dtype, shape: [unknownDim(ctx, 0, 0)] }];
  },
  run(inputs) {
    const st = need(inputs, 0, 'start');
    const li = need(inputs, 1, 'limit');
    const de = need(inputs, 2, 'delta');
    if (li.dtype !== st.dtype || de.dtype !== st.dtype) fail('start, limit and delta must have the same dtype');
    const big = isBigDType(st.dtype);
    if (big) {
      const s = (st.data as BigInt64Array)[0]!;
      const l = (li.data as BigInt64Array)[0]!;
      const d = (de.data as BigInt64Array)[0]!;
      if (d === 0n) fail('delta must not be 0');
      const n = rangeCount(Number(s), Number(l), Number(d));
      const out = new BigInt64Array(n);
      for (let i = 0; i < n; i++) out[i] = s + BigInt(i) * d;
      return [{ dtype: st.dtype, shape: [n], data: out }];
    }
    const s = scalarOf(st, 'start');
    const d = scalarOf(de, 'delta');
    const n = rangeCount(s, scalarOf(li, 'limit'), d);
    const out = allocData(st.dtype, n) as AnyArray;
    for (let i = 0; i < n; i++) out[i] = s + i * d;
    return [{ dtype: st.dtype, shape: [n], data: out as Tensor['data'] }];
  },
});

function rangeCount(start: number, limit: number, delta: number): number {
  if (delta === 0) fail('delta must not be 0');
  return Math.max(Math.ceil((limit - start) / delta), 0);
}

const eyeLike = defineOp({
  op: 'EyeLike',
  infer(inputs, attrs) {
    const x = inType(inputs, 0, 'input');
    const code = attrInt(attrs, 'dtype');
    const dtype = code === undefined ? x.dtype : dtypeFromOnnx(code);
    if (!dtype) fail(`dtype=${code} is not supported`);
    return [outType(dtype, x.shape)];
  },
  run(inputs, attrs) {
    const x = need(inputs, 0, 'input');
    if (x.shape.length !== 2) fail(`input must be 2-D, got [${x.shape.join(', ')}]`);
    const code = attrInt(attrs, 'dtype');
    const dtype = code === undefined ? x.dtype : dtypeFromOnnx(code);
    if (!dtype) fail(`dtype=${code} is not supported`);
    const k = attrInt(attrs, 'k', 0);
    const [rows, cols] = x.shape as [number, number];
    const out = allocData(dtype, rows * cols) as AnyArray;
    const one = isBigDType(dtype) ? 1n : 1;
    for (let i = 0; i < rows; i++) {
      const j = i + k;
      if (j >= 0 && j < cols) out[i * cols + j] = one;
    }
    return [{ dtype, shape: [rows, cols], data: out as Tensor['data'] }];
  },
});

/** A generalized cosine window op (Hann, Hamming, Blackman): w[n] = sum_k (-1)^k a_k cos(2 pi k n / N). */
function windowOp(op: string, coeffs: readonly number[]): OpDef {
  const dtypeOf = (attrs: Attrs): DType => {
    const code = attrInt(attrs, 'output_datatype', 1);
    const d = dtypeFromOnnx(code);
    if (!d || d === 'string' || d === 'bool') fail(`output_datatype=${code} is not supported`);
    return d;
  };
  return defineOp({
    op,
    infer(inputs, attrs, ctx) {
      const n = constOf(inputs, 0);
      return [{ dtype: dtypeOf(attrs), shape: [n ? Math.trunc(scalarOf(n, 'size')) : unknownDim(ctx, 0, 0)] }];
    },
    run(inputs, attrs) {
      const size = Math.trunc(scalarOf(need(inputs, 0, 'size'), 'size'));
      if (size < 0) fail(`size must be >= 0, got ${size}`);
      const dtype = dtypeOf(attrs);
      // Periodic windows divide by the size (one period of a longer window); symmetric ones by size - 1.
      const N = attrInt(attrs, 'periodic', 1) !== 0 ? size : size - 1;
      const out = allocData(dtype, size) as AnyArray;
      for (let n = 0; n < size; n++) {
        let w = 0;
        coeffs.forEach((a, k) => (w += (k % 2 ? -a : a) * Math.cos((2 * Math.PI * k * n) / N)));
        out[n] = isBigDType(dtype) ? BigInt(Math.trunc(w)) : w;
      }
      return [{ dtype, shape: [size], data: out as Tensor['data'] }];
    },
  });
}

/** Tensor-generating op definitions. */
export const generateOps: OpDef[] = [
  constant,
  constantOfShape,
  range,
  eyeLike,
  windowOp('HannWindow', [0.5, 0.5]),
  windowOp('HammingWindow', [25 / 46, 21 / 46]),
  windowOp('BlackmanWindow', [0.42, 0.5, 0.08]),
];
