// Elementwise operators: unary math and activations, numpy-broadcasting binary arithmetic,
// comparisons and logic, variadic Min/Max/Sum/Mean, Where, Clip and Cast.
import type { Attrs } from '../ir.js';
import { type DType, type Tensor, allocData, sizeOf } from '../tensor.js';
import { broadcastRuns, broadcastShape } from './broadcast.js';
import type { OpDef } from './types.js';
import {
  type AnyArray,
  type ElementFn,
  FLOAT_TYPES,
  INT_TYPES,
  NUMERIC_TYPES,
  SIGNED_INT_TYPES,
  UNSIGNED_INT_TYPES,
  attrFloat,
  attrInt,
  attrString,
  broadcastDims,
  castData,
  checkEnum,
  defineOp,
  dtypeFromOnnx,
  expectDType,
  fail,
  hasInput,
  inType,
  isBigDType,
  isIntDType,
  need,
  outType,
  roundHalfEven,
  sameAs,
  scalarOf,
} from './util.js';

type NumFn = (x: number) => number;
type BigFn = (x: bigint) => bigint;

// ---------------------------------------------------------------------------------------------
// erf: no Math.erf in JS. A power series near 0 keeps relative accuracy for small |x|; beyond it,
// Numerical Recipes' erfc approximation (fractional error < 1.2e-7) keeps relative accuracy in the
// tails, which matters for Gelu(x) at large negative x.

/** The error function, to about 1e-7 relative accuracy. */
export function erf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const ax = Math.abs(x);
  if (ax < 0.5) {
    let term = x;
    let sum = x;
    const x2 = x * x;
    for (let n = 1; n < 30; n++) {
      term *= -x2 / n;
      const add = term / (2 * n + 1);
      sum += add;
      if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
    }
    return (2 / Math.sqrt(Math.PI)) * sum;
  }
  const r = erfcPositive(ax);
  return x > 0 ? 1 - r : r - 1;
}

/** The complementary error function 1 - erf(x), accurate relative to its own value in both tails. */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x >= 0.5) return erfcPositive(x);
  if (x > -0.5) return 1 - erf(x);
  return 2 - erfcPositive(-x);
}

function erfcPositive(z: number): number {
  const t = 1 / (1 + 0.5 * z);
  return (
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    )
  );
}

function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

function softplus(x: number): number {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}

/** Named scalar activations shared with the RNN ops (ONNX activation names). */
export function activationFn(name: string, alpha?: number, beta?: number): NumFn | undefined {
  switch (name.toLowerCase()) {
    case 'sigmoid':
      return sigmoid;
    case 'tanh':
      return Math.tanh;
    case 'relu':
      return (x) => (x > 0 ? x : 0);
    case 'affine': {
      const a = alpha ?? 1;
      const b = beta ?? 0;
      return (x) => a * x + b;
    }
    case 'leakyrelu': {
      const a = alpha ?? 0.01;
      return (x) => (x >= 0 ? x : a * x);
    }
    case 'thresholdedrelu': {
      const a = alpha ?? 1;
      return (x) => (x > a ? x : 0);
    }
    case 'scaledtanh': {
      const a = alpha ?? 1;
      const b = beta ?? 1;
      return (x) => a * Math.tanh(b * x);
    }
    case 'hardsigmoid': {
      const a = alpha ?? 0.2;
      const b = beta ?? 0.5;
      return (x) => Math.max(0, Math.min(1, a * x + b));
    }
    case 'elu': {
      const a = alpha ?? 1;
      return (x) => (x >= 0 ? x : a * (Math.exp(x) - 1));
    }
    case 'softsign':
      return (x) => x / (1 + Math.abs(x));
    case 'softplus':
      return softplus;
    default:
      return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// unary

interface UnarySpec {
  op: string;
  types: readonly DType[];
  /** Builds the scalar function from the node's attributes. */
  make: (attrs: Attrs) => NumFn;
  makeBig?: (attrs: Attrs) => BigFn;
  out?: DType;
  unsupported?: OpDef['unsupported'];
  /**
   * The same function as `make`'s over a float32 tensor, as a loop of its own: the shared loop
   * calls a different `f` for every op, which V8 cannot inline (10x slower on the zoo's ReLUs).
   */
  f32?: (x: Float32Array, out: Float32Array) => void;
}

function unary(spec: UnarySpec): OpDef {
  return defineOp({
    op: spec.op,
    unsupported: spec.unsupported,
    infer(inputs) {
      const t = inType(inputs, 0, 'X');
      expectDType('input X', t.dtype, spec.types);
      return [outType(spec.out ?? t.dtype, t.shape)];
    },
    run(inputs, attrs) {
      const x = need(inputs, 0, 'X');
      expectDType('input X', x.dtype, spec.types);
      const outDtype = spec.out ?? x.dtype;
      const n = x.data.length;
      const out = allocData(outDtype, n) as AnyArray;
      const d = x.data as AnyArray;
      if (spec.f32 && x.dtype === 'float32' && outDtype === 'float32') spec.f32(x.data as Float32Array, out as Float32Array);
      else if (isBigDType(x.dtype)) {
        if (!spec.makeBig) fail(`dtype ${x.dtype} is not supported`);
        const f = spec.makeBig(attrs);
        for (let i = 0; i < n; i++) out[i] = f(d[i] as bigint);
      } else {
        const f = spec.make(attrs);
        for (let i = 0; i < n; i++) out[i] = f(d[i] as number);
      }
      return [{ dtype: outDtype, shape: [...x.shape], data: out as Tensor['data'] }];
    },
  });
}

const fl = (op: string, f: NumFn): OpDef => unary({ op, types: FLOAT_TYPES, make: () => f });
/** A float op computing the named activationFn with its alpha (and beta) attributes (same defaults). */
const act = (op: string, withBeta = false): OpDef =>
  unary({ op, types: FLOAT_TYPES, make: (a) => activationFn(op, attrFloat(a, 'alpha'), withBeta ? attrFloat(a, 'beta') : undefined)! });
const SIGNED_NUMERIC = [...FLOAT_TYPES, ...SIGNED_INT_TYPES];

const unaryOps: OpDef[] = [
  unary({ op: 'Abs', types: NUMERIC_TYPES, make: () => Math.abs, makeBig: () => (x) => (x < 0n ? -x : x) }),
  unary({ op: 'Neg', types: SIGNED_NUMERIC, make: () => (x) => -x, makeBig: () => (x) => -x }),
  unary({
    op: 'Sign',
    types: NUMERIC_TYPES,
    make: () => (x) => (Number.isNaN(x) ? NaN : x > 0 ? 1 : x < 0 ? -1 : 0),
    makeBig: () => (x) => (x > 0n ? 1n : x < 0n ? -1n : 0n),
  }),
  unary({
    op: 'Relu',
    types: [...FLOAT_TYPES, ...SIGNED_INT_TYPES],
    make: () => (x) => (x < 0 ? 0 : x),
    makeBig: () => (x) => (x > 0n ? x : 0n),
    f32: (x, out) => {
      for (let i = 0; i < x.length; i++) {
        const v = x[i]!;
        out[i] = v < 0 ? 0 : v;
      }
    },
  }),
  fl('Floor', Math.floor),
  fl('Ceil', Math.ceil),
  fl('Round', roundHalfEven),
  fl('Sqrt', Math.sqrt),
  fl('Exp', Math.exp),
  fl('Log', Math.log),
  fl('Reciprocal', (x) => 1 / x),
  fl('Sin', Math.sin),
  fl('Cos', Math.cos),
  fl('Tan', Math.tan),
  fl('Asin', Math.asin),
  fl('Acos', Math.acos),
  fl('Atan', Math.atan),
  fl('Sinh', Math.sinh),
  fl('Cosh', Math.cosh),
  fl('Asinh', Math.asinh),
  fl('Acosh', Math.acosh),
  fl('Atanh', Math.atanh),
  fl('Erf', erf),
  fl('Sigmoid', sigmoid),
  fl('Tanh', Math.tanh),
  fl('Softplus', softplus),
  fl('Softsign', activationFn('softsign')!),
  fl('HardSwish', (x) => x * Math.max(0, Math.min(1, x / 6 + 0.5))),
  fl('Mish', (x) => x * Math.tanh(softplus(x))),
  act('Elu'),
  unary({
    op: 'Selu',
    types: FLOAT_TYPES,
    make: (a) => {
      const alpha = attrFloat(a, 'alpha', 1.67326319217681884765625);
      const gamma = attrFloat(a, 'gamma', 1.05070102214813232421875);
      return (x) => (x > 0 ? gamma * x : gamma * alpha * (Math.exp(x) - 1));
    },
  }),
  unary({
    op: 'Celu',
    types: FLOAT_TYPES,
    make: (a) => {
      const alpha = attrFloat(a, 'alpha', 1);
      return (x) => Math.max(0, x) + Math.min(0, alpha * (Math.exp(x / alpha) - 1));
    },
  }),
  act('LeakyRelu'),
  act('ThresholdedRelu'),
  act('HardSigmoid', true),
  unary({
    op: 'Shrink',
    types: NUMERIC_TYPES.filter((t) => !isBigDType(t)),
    make: (a) => {
      const bias = attrFloat(a, 'bias', 0);
      const lambd = attrFloat(a, 'lambd', 0.5);
      return (x) => (x < -lambd ? x + bias : x > lambd ? x - bias : 0);
    },
  }),
  unary({
    op: 'Gelu',
    types: FLOAT_TYPES,
    make: (a) => {
      if (attrString(a, 'approximate', 'none') === 'tanh') {
        const k = Math.sqrt(2 / Math.PI);
        return (x) => 0.5 * x * (1 + Math.tanh(k * (x + 0.044715 * x * x * x)));
      }
      // erfc keeps relative accuracy where 1 + erf(x) cancels (large negative x).
      return (x) => 0.5 * x * erfc(-x / Math.SQRT2);
    },
    // `approximate` only has two values; anything else is a model error worth reporting early.
    unsupported: (attrs) => checkEnum(attrs, 'approximate', 'none', ['none', 'tanh']),
  }),
  unary({ op: 'IsNaN', types: FLOAT_TYPES, out: 'bool', make: () => (x) => (Number.isNaN(x) ? 1 : 0) }),
  unary({
    op: 'IsInf',
    types: FLOAT_TYPES,
    out: 'bool',
    make: (a) => {
      const neg = attrInt(a, 'detect_negative', 1) !== 0;
      const pos = attrInt(a, 'detect_positive', 1) !== 0;
      return (x) => ((pos && x === Infinity) || (neg && x === -Infinity) ? 1 : 0);
    },
  }),
  unary({ op: 'Not', types: ['bool'], make: () => (x) => (x ? 0 : 1) }),
  unary({ op: 'BitwiseNot', types: INT_TYPES, make: () => (x) => ~x, makeBig: () => (x) => ~x }),
];

// ---------------------------------------------------------------------------------------------
// binary (numpy broadcasting)

type BinFn = (a: number, b: number) => number;
type BigBinFn = (a: bigint, b: bigint) => bigint | number;

interface BinarySpec {
  op: string;
  types: readonly DType[];
  /** Allowed dtypes of the second input when it may differ from the first (Pow). */
  typesB?: readonly DType[];
  out?: DType;
  make: (attrs: Attrs, dtype: DType) => BinFn;
  makeBig?: (attrs: Attrs, dtype: DType) => BigBinFn;
  unsupported?: OpDef['unsupported'];
  /** `make`'s function over two float32 tensors of one shape, as a loop of its own (see UnarySpec.f32). */
  f32?: (a: Float32Array, b: Float32Array, out: Float32Array) => void;
}

/** Applies `f` elementwise over two broadcast tensors into a new tensor of `outDtype`. */
export function broadcastBinary(a: Tensor, b: Tensor, outDtype: DType, f: ElementFn): Tensor {
  const shape = broadcastShape([a.shape, b.shape]);
  const out = allocData(outDtype, sizeOf(shape)) as AnyArray;
  const ad = a.data as AnyArray;
  const bd = b.data as AnyArray;
  const g = f as (x: unknown, y: unknown) => unknown;
  broadcastRuns(shape, [a.shape, b.shape], (o, offs, len, steps) => {
    let ia = offs[0]!;
    let ib = offs[1]!;
    const sa = steps[0]!;
    const sb = steps[1]!;
    for (let i = 0; i < len; i++, ia += sa, ib += sb) out[o + i] = g(ad[ia], bd[ib]);
  });
  return { dtype: outDtype, shape, data: out as Tensor['data'] };
}

function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

function binaryFn(spec: BinarySpec, attrs: Attrs, a: Tensor, b: Tensor): ElementFn {
  if (isBigDType(a.dtype)) {
    if (!spec.makeBig) fail(`dtype ${a.dtype} is not supported`);
    const fb = spec.makeBig(attrs, a.dtype);
    if (isBigDType(b.dtype)) return fb;
    return (x: bigint, y: number) => fb(x, BigInt(Math.trunc(y)));
  }
  const f = spec.make(attrs, a.dtype);
  if (isBigDType(b.dtype)) return (x: number, y: bigint) => f(x, Number(y));
  return f;
}

function binary(spec: BinarySpec): OpDef {
  const checkTypes = (a: DType, b: DType): void => {
    expectDType('input A', a, spec.types);
    if (spec.typesB) expectDType('input B', b, spec.typesB);
    else if (a !== b) fail(`inputs have different dtypes ${a} and ${b}`);
  };
  return defineOp({
    op: spec.op,
    unsupported: spec.unsupported,
    infer(inputs, _attrs, ctx) {
      const a = inType(inputs, 0, 'A');
      const b = inType(inputs, 1, 'B');
      checkTypes(a.dtype, b.dtype);
      return [outType(spec.out ?? a.dtype, broadcastDims([a.shape, b.shape], ctx))];
    },
    run(inputs, attrs) {
      const a = need(inputs, 0, 'A');
      const b = need(inputs, 1, 'B');
      checkTypes(a.dtype, b.dtype);
      if (spec.f32 && a.dtype === 'float32' && b.dtype === 'float32' && !spec.out && sameShape(a.shape, b.shape)) {
        const out = allocData('float32', a.data.length);
        spec.f32(a.data as Float32Array, b.data as Float32Array, out);
        return [{ dtype: 'float32', shape: [...a.shape], data: out }];
      }
      return [broadcastBinary(a, b, spec.out ?? a.dtype, binaryFn(spec, attrs, a, b))];
    },
  });
}

const ALL_COMPARABLE: readonly DType[] = [...NUMERIC_TYPES, 'bool'];
const cmp = (op: string, f: BinFn, fb: BigBinFn, types: readonly DType[] = NUMERIC_TYPES): OpDef =>
  binary({ op, types, out: 'bool', make: () => f, makeBig: () => fb });

function intDiv(a: number, b: number): number {
  return b === 0 ? 0 : Math.trunc(a / b);
}

function pyMod(a: number, b: number): number {
  if (b === 0) return Number.isInteger(a) ? 0 : NaN;
  const r = a % b;
  return r !== 0 && r < 0 !== b < 0 ? r + b : r;
}

function intBits(d: DType): number {
  return d === 'uint8' || d === 'int8' ? 8 : d === 'uint16' || d === 'int16' ? 16 : d === 'uint32' || d === 'int32' ? 32 : 64;
}

function intPow(a: number, b: number): number {
  if (b < 0) return a === 1 ? 1 : a === -1 ? (b % 2 === 0 ? 1 : -1) : 0;
  return Math.trunc(Math.pow(a, b));
}

const binaryOps: OpDef[] = [
  binary({
    op: 'Add',
    types: NUMERIC_TYPES,
    make: () => (a, b) => a + b,
    makeBig: () => (a, b) => a + b,
    f32: (a, b, out) => {
      for (let i = 0; i < out.length; i++) out[i] = a[i]! + b[i]!;
    },
  }),
  binary({ op: 'Sub', types: NUMERIC_TYPES, make: () => (a, b) => a - b, makeBig: () => (a, b) => a - b }),
  binary({
    op: 'Mul',
    types: NUMERIC_TYPES,
    // int32 products can exceed 2^53; Math.imul keeps them exact modulo 2^32.
    make: (_a, d) => (d === 'int32' || d === 'uint32' ? Math.imul : (a, b) => a * b),
    makeBig: () => (a, b) => a * b,
    f32: (a, b, out) => {
      for (let i = 0; i < out.length; i++) out[i] = a[i]! * b[i]!;
    },
  }),
  binary({
    op: 'Div',
    types: NUMERIC_TYPES,
    make: (_a, d) => (isIntDType(d) ? intDiv : (a, b) => a / b),
    makeBig: () => (a, b) => (b === 0n ? 0n : a / b),
  }),
  binary({
    op: 'Pow',
    types: NUMERIC_TYPES,
    typesB: NUMERIC_TYPES,
    make: (_a, d) => (isIntDType(d) ? intPow : Math.pow),
    makeBig: () => (a, b) => (b >= 0n ? a ** b : a === 1n ? 1n : a === -1n ? (b % 2n === 0n ? 1n : -1n) : 0n),
  }),
  binary({
    op: 'Mod',
    types: NUMERIC_TYPES,
    make: (attrs) => (attrInt(attrs, 'fmod', 0) ? (a, b) => a % b : pyMod),
    makeBig: (attrs) => {
      const fmod = attrInt(attrs, 'fmod', 0) !== 0;
      return (a, b) => {
        if (b === 0n) return 0n;
        const r = a % b;
        return !fmod && r !== 0n && r < 0n !== b < 0n ? r + b : r;
      };
    },
    unsupported: (attrs, inputs) => {
      const t = inputs[0]?.type?.dtype ?? inputs[0]?.constant?.dtype;
      return t && FLOAT_TYPES.includes(t) && attrInt(attrs, 'fmod', 0) === 0 ? ['Mod on floats requires fmod=1'] : [];
    },
  }),
  binary({
    op: 'BitShift',
    types: UNSIGNED_INT_TYPES,
    make: (attrs, d) => {
      const left = attrString(attrs, 'direction', '') === 'LEFT';
      const bits = intBits(d);
      const mask = bits === 32 ? -1 : (1 << bits) - 1;
      // Shifts of 32-bit values must stay in int32 bit arithmetic; `>>> 0` reads the result unsigned.
      return (a, b) => (b >= bits ? 0 : left ? ((a << b) & mask) >>> 0 : a >>> b);
    },
    makeBig: (attrs) => {
      const left = attrString(attrs, 'direction', '') === 'LEFT';
      return (a, b) => (b >= 64n ? 0n : left ? a << b : a >> b);
    },
    unsupported: (attrs) => checkEnum(attrs, 'direction', '', ['LEFT', 'RIGHT']),
  }),
  binary({ op: 'BitwiseAnd', types: INT_TYPES, make: () => (a, b) => a & b, makeBig: () => (a, b) => a & b }),
  binary({ op: 'BitwiseOr', types: INT_TYPES, make: () => (a, b) => a | b, makeBig: () => (a, b) => a | b }),
  binary({ op: 'BitwiseXor', types: INT_TYPES, make: () => (a, b) => a ^ b, makeBig: () => (a, b) => a ^ b }),
  binary({ op: 'And', types: ['bool'], make: () => (a, b) => (a && b ? 1 : 0) }),
  binary({ op: 'Or', types: ['bool'], make: () => (a, b) => (a || b ? 1 : 0) }),
  binary({ op: 'Xor', types: ['bool'], make: () => (a, b) => (a ? 1 : 0) ^ (b ? 1 : 0) }),
  cmp(
    'Equal',
    (a, b) => (a === b ? 1 : 0),
    (a, b) => (a === b ? 1 : 0),
    [...ALL_COMPARABLE, 'string'],
  ),
  cmp(
    'Greater',
    (a, b) => (a > b ? 1 : 0),
    (a, b) => (a > b ? 1 : 0),
  ),
  cmp(
    'Less',
    (a, b) => (a < b ? 1 : 0),
    (a, b) => (a < b ? 1 : 0),
  ),
  cmp(
    'GreaterOrEqual',
    (a, b) => (a >= b ? 1 : 0),
    (a, b) => (a >= b ? 1 : 0),
  ),
  cmp(
    'LessOrEqual',
    (a, b) => (a <= b ? 1 : 0),
    (a, b) => (a <= b ? 1 : 0),
  ),
  binary({
    op: 'PRelu',
    types: [...FLOAT_TYPES, 'int32', 'int64', 'uint32', 'uint64'],
    make: () => (x, s) => (x < 0 ? x * s : x),
    makeBig: () => (x, s) => (x < 0n ? x * s : x),
  }),
];

// ---------------------------------------------------------------------------------------------
// variadic

function variadic(op: string, combine: 'min' | 'max' | 'sum' | 'mean'): OpDef {
  const numFn: BinFn = combine === 'min' ? Math.min : combine === 'max' ? Math.max : (a, b) => a + b;
  const bigFn: BigBinFn = combine === 'min' ? (a, b) => (a < b ? a : b) : combine === 'max' ? (a, b) => (a > b ? a : b) : (a, b) => a + b;
  const types = combine === 'sum' || combine === 'mean' ? FLOAT_TYPES : NUMERIC_TYPES;
  return defineOp({
    op,
    infer(inputs, _attrs, ctx) {
      if (inputs.length === 0) fail('needs at least one input');
      const ts = inputs.map((_, i) => inType(inputs, i, `data_${i}`));
      for (const t of ts) {
        expectDType('inputs', t.dtype, types);
        if (t.dtype !== ts[0]!.dtype) fail(`inputs have different dtypes ${ts[0]!.dtype} and ${t.dtype}`);
      }
      return [
        outType(
          ts[0]!.dtype,
          broadcastDims(
            ts.map((t) => t.shape),
            ctx,
          ),
        ),
      ];
    },
    run(inputs) {
      if (inputs.length === 0) fail('needs at least one input');
      const ts = inputs.map((t, i) => need(inputs, i, `data_${i}`));
      const d = ts[0]!.dtype;
      for (const t of ts) {
        expectDType('inputs', t.dtype, types);
        if (t.dtype !== d) fail(`inputs have different dtypes ${d} and ${t.dtype}`);
      }
      const f = isBigDType(d) ? bigFn : numFn;
      // Start from a broadcast copy of the first input so a single input still yields a fresh tensor.
      const scalar: Tensor = { dtype: d, shape: [], data: allocData(d, 1) };
      let acc = broadcastBinary(ts[0]!, scalar, d, (x: unknown) => x);
      for (let i = 1; i < ts.length; i++) acc = broadcastBinary(acc, ts[i]!, d, f);
      if (combine === 'mean') {
        const a = acc.data as Float32Array;
        for (let i = 0; i < a.length; i++) a[i] = a[i]! / ts.length;
      }
      return [acc];
    },
  });
}

const variadicOps = [variadic('Min', 'min'), variadic('Max', 'max'), variadic('Sum', 'sum'), variadic('Mean', 'mean')];

// ---------------------------------------------------------------------------------------------
// Where, Clip, Cast, CastLike

const where = defineOp({
  op: 'Where',
  infer(inputs, _attrs, ctx) {
    const c = inType(inputs, 0, 'condition');
    const x = inType(inputs, 1, 'X');
    const y = inType(inputs, 2, 'Y');
    expectDType('input condition', c.dtype, ['bool']);
    if (x.dtype !== y.dtype) fail(`X and Y have different dtypes ${x.dtype} and ${y.dtype}`);
    return [outType(x.dtype, broadcastDims([c.shape, x.shape, y.shape], ctx))];
  },
  run(inputs) {
    const c = need(inputs, 0, 'condition');
    const x = need(inputs, 1, 'X');
    const y = need(inputs, 2, 'Y');
    expectDType('input condition', c.dtype, ['bool']);
    if (x.dtype !== y.dtype) fail(`X and Y have different dtypes ${x.dtype} and ${y.dtype}`);
    const shape = broadcastShape([c.shape, x.shape, y.shape]);
    const out = allocData(x.dtype, sizeOf(shape)) as AnyArray;
    const cd = c.data as Uint8Array;
    const xd = x.data as AnyArray;
    const yd = y.data as AnyArray;
    broadcastRuns(shape, [c.shape, x.shape, y.shape], (o, offs, len, st) => {
      let ic = offs[0]!;
      let ix = offs[1]!;
      let iy = offs[2]!;
      for (let i = 0; i < len; i++, ic += st[0]!, ix += st[1]!, iy += st[2]!) out[o + i] = cd[ic] ? xd[ix] : yd[iy];
    });
    return [{ dtype: x.dtype, shape, data: out as Tensor['data'] }];
  },
});

const clip = defineOp({
  op: 'Clip',
  infer(inputs) {
    const t = sameAs(inputs, 0, 'input');
    expectDType('input', t.dtype, NUMERIC_TYPES);
    for (const i of [1, 2]) {
      if (hasInput(inputs, i) && inType(inputs, i, i === 1 ? 'min' : 'max').dtype !== t.dtype) {
        fail(`${i === 1 ? 'min' : 'max'} must have the input's dtype ${t.dtype}`);
      }
    }
    return [t];
  },
  run(inputs, attrs) {
    const x = need(inputs, 0, 'input');
    expectDType('input', x.dtype, NUMERIC_TYPES);
    const n = x.data.length;
    const out = allocData(x.dtype, n) as AnyArray;
    const d = x.data as AnyArray;
    // Legacy (opset < 11) attribute forms are accepted too, for graphs built by hand.
    const lo = inputs[1] ? scalarOf(inputs[1], 'min') : attrFloat(attrs, 'min');
    const hi = inputs[2] ? scalarOf(inputs[2], 'max') : attrFloat(attrs, 'max');
    if (isBigDType(x.dtype)) {
      const blo = inputs[1] ? ((inputs[1].data as AnyArray)[0] as bigint) : undefined;
      const bhi = inputs[2] ? ((inputs[2].data as AnyArray)[0] as bigint) : undefined;
      for (let i = 0; i < n; i++) {
        let v = d[i] as bigint;
        if (blo !== undefined && v < blo) v = blo;
        if (bhi !== undefined && v > bhi) v = bhi;
        out[i] = v;
      }
    } else {
      const l = lo ?? -Infinity;
      const h = hi ?? Infinity;
      for (let i = 0; i < n; i++) {
        const v = d[i] as number;
        out[i] = v < l ? l : v > h ? h : v;
      }
    }
    return [{ dtype: x.dtype, shape: [...x.shape], data: out as Tensor['data'] }];
  },
});

function castTarget(attrs: Attrs): DType {
  const to = attrs['to'];
  if (typeof to !== 'number' && typeof to !== 'string') fail('attribute to is required (an ONNX data type)');
  const d = dtypeFromOnnx(to);
  if (!d) fail(`attribute to=${to} names a data type that is not supported`);
  return d;
}

const cast = defineOp({
  op: 'Cast',
  infer(inputs, attrs) {
    const t = inType(inputs, 0, 'input');
    return [outType(castTarget(attrs), t.shape)];
  },
  run(inputs, attrs) {
    return [castData(need(inputs, 0, 'input'), castTarget(attrs))];
  },
  unsupported(attrs) {
    const to = attrs['to'];
    if (typeof to !== 'number' && typeof to !== 'string') return ['attribute to is missing'];
    return dtypeFromOnnx(to) ? [] : [`Cast to ONNX data type ${to} is not supported`];
  },
});

const castLike = defineOp({
  op: 'CastLike',
  infer(inputs) {
    const t = inType(inputs, 0, 'input');
    return [outType(inType(inputs, 1, 'target_type').dtype, t.shape)];
  },
  run(inputs) {
    return [castData(need(inputs, 0, 'input'), need(inputs, 1, 'target_type').dtype)];
  },
});

/** Elementwise op definitions. */
export const elementwiseOps: OpDef[] = [...unaryOps, ...binaryOps, ...variadicOps, where, clip, cast, castLike];
