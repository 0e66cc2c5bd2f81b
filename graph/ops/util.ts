// Shared helpers for operator definitions: errors, attribute access, dtype classes, shapes and
// input access for both kernels (`run`) and shape rules (`infer`).
import type { AttrValue, Attrs, Dim } from '../ir.js';
import { type DType, type Tensor, allocData, tensor } from '../tensor.js';
import type { InferInput, OpContext, OpDef, OutputType } from './types.js';

/** A kernel or shape rule rejected its inputs or attributes; the message names the op and node. */
export class OpError extends Error {
  override name = 'OpError';
  constructor(
    readonly op: string,
    readonly node: string,
    readonly detail: string,
    options?: { cause?: unknown },
  ) {
    super(`${op} node "${node}": ${detail}`, options);
  }
}

/** Thrown inside op implementations; `defineOp` turns it into an OpError naming the node. */
export class KernelError extends Error {
  override name = 'KernelError';
}

/** Throws a KernelError (the op wrapper adds the node and op names). */
export function fail(message: string): never {
  throw new KernelError(message);
}

/** Arrays of any dtype, indexed generically (bigint for 64-bit ints, string for strings). */
export type AnyArray = { [i: number]: unknown; readonly length: number };

/**
 * A two-argument elementwise function over element values of any dtype (number, bigint, string).
 * Each function is written for the dtypes it is picked for, so it is declared as a method, whose
 * parameters TypeScript checks bivariantly: `(a: number, b: number) => number` is an ElementFn.
 */
export type ElementFn = { fn(a: unknown, b: unknown): unknown }['fn'];

/** Describes one op for `defineOp`. */
interface OpSpec {
  op: string;
  domain?: string;
  run: OpDef['run'];
  infer: OpDef['infer'];
  unsupported?: OpDef['unsupported'];
}

/**
 * Wraps an op spec into an OpDef whose errors name the node, and whose float16 outputs are
 * rounded to float16 precision (float16 data lives widened in Float32Array).
 */
export function defineOp(spec: OpSpec): OpDef {
  const op = spec.op;
  const wrap = (e: unknown, ctx: OpContext): never => {
    if (e instanceof OpError) throw e;
    if (e instanceof KernelError) throw new OpError(op, ctx.node, e.message);
    const msg = e instanceof Error ? e.message : String(e);
    throw new OpError(op, ctx.node, `internal error: ${msg}`, { cause: e });
  };
  const def: OpDef = {
    op,
    domain: spec.domain ?? '',
    run(inputs, attrs, ctx) {
      let outs: Tensor[];
      try {
        outs = spec.run(inputs, attrs, ctx);
      } catch (e) {
        return wrap(e, ctx);
      }
      for (const t of outs) if (t.dtype === 'float16') roundArrayToFloat16(t.data as Float32Array);
      return outs;
    },
    infer(inputs, attrs, ctx) {
      try {
        return spec.infer(inputs, attrs, ctx);
      } catch (e) {
        return wrap(e, ctx);
      }
    },
  };
  if (spec.unsupported) {
    const u = spec.unsupported;
    def.unsupported = (attrs, inputs, ctx) => {
      try {
        return u(attrs, inputs, ctx);
      } catch (e) {
        return wrap(e, ctx);
      }
    };
  }
  return def;
}

// ---------------------------------------------------------------------------------------------
// dtypes

/** Floating-point dtypes (float16 stored widened to float32). */
export const FLOAT_TYPES: readonly DType[] = ['float32', 'float64', 'float16'];
/** Signed integer dtypes. */
export const SIGNED_INT_TYPES: readonly DType[] = ['int8', 'int16', 'int32', 'int64'];
/** Unsigned integer dtypes. */
export const UNSIGNED_INT_TYPES: readonly DType[] = ['uint8', 'uint16', 'uint32', 'uint64'];
/** All integer dtypes. */
export const INT_TYPES: readonly DType[] = [...SIGNED_INT_TYPES, ...UNSIGNED_INT_TYPES];
/** All numeric (non-bool, non-string) dtypes. */
export const NUMERIC_TYPES: readonly DType[] = [...FLOAT_TYPES, ...INT_TYPES];

/** True for dtypes whose elements are bigint (int64, uint64). */
export function isBigDType(d: DType): boolean {
  return d === 'int64' || d === 'uint64';
}

/** True for float32, float64 and float16. */
function isFloatDType(d: DType): boolean {
  return d === 'float32' || d === 'float64' || d === 'float16';
}

/** True for integer dtypes (signed or not). */
export function isIntDType(d: DType): boolean {
  return INT_TYPES.includes(d);
}

/** Throws unless `dtype` is one of `allowed`; `what` names the input. */
export function expectDType(what: string, dtype: DType, allowed: readonly DType[]): void {
  if (!allowed.includes(dtype)) fail(`${what} has dtype ${dtype}; expected one of ${allowed.join(', ')}`);
}

// ONNX TensorProto.DataType codes, for attributes such as Cast's `to` that carry them.
const ONNX_DTYPE_CODES: Record<number, DType> = {
  1: 'float32',
  2: 'uint8',
  3: 'int8',
  4: 'uint16',
  5: 'int16',
  6: 'int32',
  7: 'int64',
  8: 'string',
  9: 'bool',
  10: 'float16',
  11: 'float64',
  12: 'uint32',
  13: 'uint64',
};

/** Maps an ONNX TensorProto.DataType code (or a dtype name) to a DType; undefined if not supported. */
export function dtypeFromOnnx(code: number | string): DType | undefined {
  if (typeof code === 'string') return Object.values(ONNX_DTYPE_CODES).includes(code as DType) ? (code as DType) : undefined;
  return ONNX_DTYPE_CODES[code];
}

/** Smallest and largest value of an integer dtype (as numbers; 64-bit types are not exact). */
export function intRange(d: DType): [number, number] {
  switch (d) {
    case 'int8':
      return [-128, 127];
    case 'uint8':
      return [0, 255];
    case 'int16':
      return [-32768, 32767];
    case 'uint16':
      return [0, 65535];
    case 'int32':
      return [-2147483648, 2147483647];
    case 'uint32':
      return [0, 4294967295];
    case 'bool':
      return [0, 1];
    default:
      return fail(`no integer range for dtype ${d}`);
  }
}

// ---------------------------------------------------------------------------------------------
// numbers

const f16Scratch = new Float32Array(1);
const f16ScratchBits = new Uint32Array(f16Scratch.buffer);

/** IEEE binary16 bits of a number, rounded to nearest even. */
export function float16Bits(value: number): number {
  f16Scratch[0] = value;
  const x = f16ScratchBits[0]!;
  const sign = (x >>> 16) & 0x8000;
  const exp = (x >>> 23) & 0xff;
  let mant = x & 0x7fffff;
  if (exp === 0xff) return sign | 0x7c00 | (mant ? 0x200 : 0);
  const e = exp - 127 + 15;
  if (e >= 0x1f) return sign | 0x7c00;
  if (e <= 0) {
    if (e < -10) return sign;
    mant |= 0x800000;
    const shift = 14 - e;
    let half = mant >>> shift;
    const rem = mant & ((1 << shift) - 1);
    const mid = 1 << (shift - 1);
    if (rem > mid || (rem === mid && half & 1)) half++;
    return sign | half;
  }
  let half = (e << 10) | (mant >>> 13);
  const rem = mant & 0x1fff;
  if (rem > 0x1000 || (rem === 0x1000 && half & 1)) half++;
  return sign | half;
}

/** The number a binary16 bit pattern stands for. */
export function float16FromBits(h: number): number {
  const s = h & 0x8000 ? -1 : 1;
  const e = (h >>> 10) & 0x1f;
  const m = h & 0x3ff;
  if (e === 0) return s * m * 2 ** -24;
  if (e === 31) return m ? NaN : s * Infinity;
  return s * (1 + m / 1024) * 2 ** (e - 15);
}

/** Rounds a number to the nearest float16 value. */
export function roundToFloat16(x: number): number {
  return float16FromBits(float16Bits(x));
}

/** Rounds every element in place to float16 precision. */
function roundArrayToFloat16(a: Float32Array): void {
  for (let i = 0; i < a.length; i++) a[i] = roundToFloat16(a[i]!);
}

/** Rounds to the nearest integer, ties to even (IEEE roundTiesToEven, numpy.round). */
export function roundHalfEven(x: number): number {
  const f = Math.floor(x);
  const d = x - f;
  if (d < 0.5) return f;
  if (d > 0.5) return f + 1;
  return f % 2 === 0 ? f : f + 1;
}

// ---------------------------------------------------------------------------------------------
// attributes

function attrKind(v: AttrValue): string {
  if (Array.isArray(v)) return 'list';
  return typeof v;
}

/** An integer attribute, or `def` when absent. */
export function attrInt(attrs: Attrs, name: string, def: number): number;
export function attrInt(attrs: Attrs, name: string): number | undefined;
export function attrInt(attrs: Attrs, name: string, def?: number): number | undefined {
  const v = attrs[name];
  if (v === undefined) return def;
  if (typeof v !== 'number' || !Number.isInteger(v)) fail(`attribute ${name} must be an integer, got ${attrKind(v)}`);
  return v;
}

/** A float attribute, or `def` when absent. */
export function attrFloat(attrs: Attrs, name: string, def: number): number;
export function attrFloat(attrs: Attrs, name: string): number | undefined;
export function attrFloat(attrs: Attrs, name: string, def?: number): number | undefined {
  const v = attrs[name];
  if (v === undefined) return def;
  if (typeof v !== 'number') fail(`attribute ${name} must be a number, got ${attrKind(v)}`);
  return v;
}

/** A string attribute, or `def` when absent. */
export function attrString(attrs: Attrs, name: string, def: string): string;
export function attrString(attrs: Attrs, name: string): string | undefined;
export function attrString(attrs: Attrs, name: string, def?: string): string | undefined {
  const v = attrs[name];
  if (v === undefined) return def;
  if (typeof v !== 'string') fail(`attribute ${name} must be a string, got ${attrKind(v)}`);
  return v;
}

/** An integer-list attribute, or `def` when absent. */
export function attrInts(attrs: Attrs, name: string, def: number[]): number[];
export function attrInts(attrs: Attrs, name: string): number[] | undefined;
export function attrInts(attrs: Attrs, name: string, def?: number[]): number[] | undefined {
  const v = attrs[name];
  if (v === undefined) return def;
  if (typeof v === 'number' && Number.isInteger(v)) return [v];
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'number' && Number.isInteger(x))) {
    fail(`attribute ${name} must be a list of integers`);
  }
  return v as number[];
}

/** A float-list attribute, or `def` when absent. */
export function attrFloats(attrs: Attrs, name: string, def: number[]): number[];
export function attrFloats(attrs: Attrs, name: string): number[] | undefined;
export function attrFloats(attrs: Attrs, name: string, def?: number[]): number[] | undefined {
  const v = attrs[name];
  if (v === undefined) return def;
  if (typeof v === 'number') return [v];
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'number')) fail(`attribute ${name} must be a list of numbers`);
  return v as number[];
}

/** A string-list attribute, or `def` when absent. */
export function attrStrings(attrs: Attrs, name: string, def: string[]): string[];
export function attrStrings(attrs: Attrs, name: string): string[] | undefined;
export function attrStrings(attrs: Attrs, name: string, def?: string[]): string[] | undefined {
  const v = attrs[name];
  if (v === undefined) return def;
  if (typeof v === 'string') return [v];
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) fail(`attribute ${name} must be a list of strings`);
  return v as string[];
}

/** A tensor attribute, or undefined when absent. */
export function attrTensor(attrs: Attrs, name: string): Tensor | undefined {
  const v = attrs[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'object' || Array.isArray(v) || !('dtype' in v) || !('data' in v)) {
    fail(`attribute ${name} must be a tensor`);
  }
  return v as Tensor;
}

/** Message for an attribute whose value is outside `allowed`, or none. */
export function checkEnum(attrs: Attrs, name: string, def: string, allowed: readonly string[]): string[] {
  const v = attrs[name] ?? def;
  if (typeof v !== 'string') return [`attribute ${name} must be a string`];
  return allowed.includes(v) ? [] : [`${name}=${v} is not supported (supported: ${allowed.join(', ')})`];
}

// ---------------------------------------------------------------------------------------------
// kernel inputs

/** The i-th input, which must be present. */
export function need(inputs: readonly (Tensor | undefined)[], i: number, name: string): Tensor {
  const t = inputs[i];
  if (!t) fail(`missing required input ${i} (${name})`);
  return t;
}

/** Elements of an integer tensor as numbers (for shapes, axes, indices). */
export function toInts(t: Tensor, what = 'tensor'): number[] {
  if (t.dtype === 'string' || t.dtype === 'bool') fail(`${what} must be numeric, got ${t.dtype}`);
  const out = new Array<number>(t.data.length);
  const d = t.data as AnyArray;
  for (let i = 0; i < out.length; i++) {
    const v = Number(d[i]);
    if (!Number.isFinite(v) || !Number.isInteger(v)) fail(`${what} must hold integers, got ${v}`);
    out[i] = v;
  }
  return out;
}

/** Elements of a numeric tensor as numbers (bigints converted). */
export function toNumbers(t: Tensor): number[] {
  if (t.dtype === 'string') fail('expected a numeric tensor, got string');
  const d = t.data as AnyArray;
  const out = new Array<number>(d.length);
  for (let i = 0; i < d.length; i++) out[i] = Number(d[i]);
  return out;
}

/** The single value of a scalar or one-element tensor, as a number. */
export function scalarOf(t: Tensor, what: string): number {
  if (t.data.length !== 1) fail(`${what} must have exactly one element, got shape [${t.shape.join(', ')}]`);
  return Number((t.data as AnyArray)[0]);
}

/** A 1-D int64 tensor from numbers. */
export function int64Tensor(values: readonly number[], shape: number[] = [values.length]): Tensor {
  return tensor(
    'int64',
    shape,
    BigInt64Array.from(values, (v) => BigInt(v)),
  );
}

/** Row-major strides of a shape. */
export function stridesOf(shape: readonly number[]): number[] {
  const s = new Array<number>(shape.length);
  let acc = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    s[i] = acc;
    acc *= shape[i]!;
  }
  return s;
}

/** Normalises a possibly negative axis into [0, rank). */
export function normAxis(axis: number, rank: number, what = 'axis'): number {
  if (axis < -rank || axis >= rank) fail(`${what} ${axis} is out of range for rank ${rank}`);
  return axis < 0 ? axis + rank : axis;
}

/** Copies a tensor's data (so outputs never alias inputs). */
export function cloneTensor(t: Tensor): Tensor {
  const data = (t.data as { slice(): typeof t.data }).slice();
  return { dtype: t.dtype, shape: [...t.shape], data };
}

/** Converts a float tensor to float32 (for float64/float16 inputs of float-only kernels). */
export function asF32(t: Tensor): Tensor {
  if (t.dtype === 'float32' || t.dtype === 'float16') return t;
  return { dtype: 'float32', shape: t.shape, data: Float32Array.from(t.data as Float64Array) };
}

/** Converts a float32 result back to the dtype the op was called with. */
export function fromF32(t: Tensor, dtype: Tensor['dtype']): Tensor {
  if (dtype === 'float32' || dtype === 'float16') return { ...t, dtype };
  return { dtype, shape: t.shape, data: Float64Array.from(t.data as Float32Array) };
}

/** Converts element values between dtypes with C-like semantics (truncation, wrap-around). */
export function castData(src: Tensor, to: DType): Tensor {
  const n = src.data.length;
  const out = allocData(to, n) as AnyArray;
  const d = src.data as AnyArray;
  const from = src.dtype;
  if (from === to) {
    for (let i = 0; i < n; i++) out[i] = d[i];
    return { dtype: to, shape: [...src.shape], data: out as Tensor['data'] };
  }
  if (to === 'string') {
    for (let i = 0; i < n; i++)
      out[i] = from === 'bool' ? (d[i] ? 'True' : 'False') : isFloatDType(from) ? formatFloat(d[i] as number, from) : String(d[i]);
  } else if (from === 'string') {
    for (let i = 0; i < n; i++) out[i] = castNumber(parseNumberString(d[i] as string), to);
  } else if (to === 'bool') {
    for (let i = 0; i < n; i++) out[i] = isBigDType(from) ? (d[i] !== 0n ? 1 : 0) : d[i] !== 0 ? 1 : 0;
  } else if (isBigDType(from)) {
    if (isBigDType(to)) {
      for (let i = 0; i < n; i++) out[i] = d[i];
    } else if (isFloatDType(to)) {
      for (let i = 0; i < n; i++) out[i] = Number(d[i]);
    } else {
      for (let i = 0; i < n; i++) out[i] = Number(BigInt.asIntN(32, d[i] as bigint));
    }
  } else {
    for (let i = 0; i < n; i++) out[i] = castNumber(d[i] as number, to);
  }
  return { dtype: to, shape: [...src.shape], data: out as Tensor['data'] };
}

/**
 * Shortest decimal that reads back as the same value in `dtype` (numpy's str() of a float):
 * positional strictly between 1e-4 and 1e16, scientific outside; 'nan', 'inf', '-inf' for specials.
 */
function formatFloat(x: number, dtype: DType): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const same =
    dtype === 'float32'
      ? (v: number) => Math.fround(v) === x
      : dtype === 'float16'
        ? (v: number) => roundToFloat16(v) === x
        : (v: number) => v === x;
  let digits = x.toPrecision(17);
  for (let p = 1; p <= 17; p++) {
    const s = x.toPrecision(p);
    if (same(Number(s))) {
      digits = s;
      break;
    }
  }
  // The double nearest the short string prints back as that string, so JS formatting suffices.
  const v = Number(digits);
  const a = Math.abs(v);
  if (a === 0 || (a > 1e-4 && a < 1e16)) {
    const s = String(v);
    return s.includes('.') ? s : `${s}.0`;
  }
  const [m, e] = v.toExponential().split('e');
  const exp = Number(e);
  return `${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
}

function parseNumberString(s: string): number {
  const t = s.trim().toLowerCase();
  if (t === 'inf' || t === '+inf' || t === 'infinity' || t === '+infinity') return Infinity;
  if (t === '-inf' || t === '-infinity') return -Infinity;
  if (t === 'nan' || t === '+nan' || t === '-nan') return NaN;
  const v = Number(t);
  if (Number.isNaN(v)) fail(`cannot cast string "${s}" to a number`);
  return v;
}

const INT64_MIN = -(2n ** 63n);

/** One number converted to `to` as a C cast would (floats truncate toward zero). */
function castNumber(v: number, to: DType): number | bigint {
  if (isFloatDType(to)) return v;
  if (to === 'bool') return v !== 0 ? 1 : 0;
  const t = Math.trunc(v);
  if (to === 'int64' || to === 'uint64') {
    // x86 cvttsd2si yields INT64_MIN for NaN and out-of-range values; mirror it rather than throw.
    if (!Number.isFinite(t) || Math.abs(t) >= 2 ** 63) return to === 'int64' ? INT64_MIN : BigInt.asUintN(64, INT64_MIN);
    return to === 'int64' ? BigInt(t) : BigInt.asUintN(64, BigInt(t));
  }
  // As compiled C on x86: convert to int32 (uint32: int64) with INT_MIN for NaN or overflow,
  // then narrower targets wrap (the typed array store takes the value modulo 2^bits).
  if (to === 'uint32') return Number.isFinite(t) && Math.abs(t) < 2 ** 63 ? t : 0;
  if (!Number.isFinite(t) || t < -2147483648 || t > 2147483647) return -2147483648;
  return t;
}

// ---------------------------------------------------------------------------------------------
// shape rules

/** Type of an inference input: its dtype and (maybe unknown) shape. */
export function inType(inputs: readonly InferInput[], i: number, name: string): { dtype: DType; shape?: Dim[] } {
  const inp = inputs[i];
  if (inp?.constant) return { dtype: inp.constant.dtype, shape: [...inp.constant.shape] };
  if (inp?.type) return { dtype: inp.type.dtype, ...(inp.type.shape ? { shape: [...inp.type.shape] } : {}) };
  return fail(`type of input ${i} (${name}) is unknown`);
}

/** True when the i-th optional input is given. */
export function hasInput(inputs: readonly InferInput[], i: number): boolean {
  const inp = inputs[i];
  return inp !== undefined && (inp.type !== undefined || inp.constant !== undefined);
}

/** The constant value of an inference input, when known. */
export function constOf(inputs: readonly InferInput[], i: number): Tensor | undefined {
  return inputs[i]?.constant;
}

/** Constant integer contents of an inference input, when known. */
export function constInts(inputs: readonly InferInput[], i: number, what: string): number[] | undefined {
  const c = inputs[i]?.constant;
  return c ? toInts(c, what) : undefined;
}

/** A fresh symbolic name for a dimension that cannot be known before running. */
export function unknownDim(ctx: OpContext, output: number, axis: number): string {
  return `unk__${ctx.node}_${output}_${axis}`;
}

/** A shape of `rank` unknown dimensions. */
export function unknownShape(ctx: OpContext, output: number, rank: number): Dim[] {
  return Array.from({ length: rank }, (_, a) => unknownDim(ctx, output, a));
}

/** Output type with the dtype and shape of an input (elementwise ops). */
export function sameAs(inputs: readonly InferInput[], i: number, name = 'X'): OutputType {
  const t = inType(inputs, i, name);
  return t.shape ? { dtype: t.dtype, shape: t.shape } : { dtype: t.dtype };
}

/** Output type with an optional shape. */
export function outType(dtype: DType, shape: Dim[] | undefined): OutputType {
  return shape ? { dtype, shape } : { dtype };
}

/** Numpy broadcast of (possibly symbolic) shapes; undefined when any is unknown. */
export function broadcastDims(shapes: readonly (Dim[] | undefined)[], ctx: OpContext): Dim[] | undefined {
  if (shapes.some((s) => s === undefined)) return undefined;
  const ss = shapes as Dim[][];
  const rank = Math.max(0, ...ss.map((s) => s.length));
  const out: Dim[] = [];
  for (let a = 0; a < rank; a++) {
    let d: Dim = 1;
    for (const s of ss) {
      const x = s[a - (rank - s.length)];
      if (x === undefined || x === 1) continue;
      if (d === 1) d = x;
      else if (typeof d === 'number' && typeof x === 'number') {
        if (d !== x) fail(`shapes [${ss.map((q) => q.join(', ')).join('] and [')}] cannot be broadcast`);
      } else if (typeof d === 'string' && typeof x === 'number') d = x;
      else if (typeof d === 'string' && typeof x === 'string' && d !== x) d = unknownDim(ctx, 0, a);
    }
    out.push(d);
  }
  return out;
}

/** Product of known dims, or undefined if any is symbolic. */
export function knownSize(shape: readonly Dim[]): number | undefined {
  let n = 1;
  for (const d of shape) {
    if (typeof d !== 'number') return undefined;
    n *= d;
  }
  return n;
}
