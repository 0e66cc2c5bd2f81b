// The exact arithmetic of the vector unit (docs/vector-unit.md): every operation as a pure
// function over UB row bytes, plus the builders of the tables the compiler loads into the UB.
// This file is the executable definition that both engines and isa/semantics.ts follow; the
// instruction-level addressing (row patterns, lane windows, groups) is in docs/vector-unit.md and
// uses `patternRow` below.
//
// Conventions (all checked bit for bit against onnxruntime in tests/isa/vector-numerics.test.ts):
// - A quantized operand is a byte per lane: uint8, or int8 (the byte's two's-complement value).
//   real = scale * (q - zeroPoint).
// - `dequantize` is ONNX DequantizeLinear: float32((q - zp) * scale), one rounding.
// - `quantize` is ONNX QuantizeLinear as onnxruntime's MLAS computes it: float32(x / scale)
//   (a division, not a multiply by the reciprocal), clamped to [qmin - zp, qmax - zp], rounded
//   half to even, plus zp; NaN gives qmin.
// - Every other float step is one IEEE float32 operation (Math.fround after each), or a fused
//   multiply-add (`fmaF32`, one rounding) where onnxruntime's kernels use one.
// - Integer sums are exact (JS numbers are exact below 2^53; the hardware uses 48-bit sums).
// isa/ does not depend on graph/, so the two small rounding helpers are local.

const f32 = Math.fround;

/** Rounds to the nearest integer, ties to even (the same rule as graph's roundHalfEven). */
export function roundHalfEven(x: number): number {
  const f = Math.floor(x);
  const d = x - f;
  if (d < 0.5) return f;
  if (d > 0.5) return f + 1;
  return f % 2 === 0 ? f : f + 1;
}

const F32 = new Float32Array(1);
const I32 = new Int32Array(F32.buffer);

function bitsOf(x: number): number {
  F32[0] = x;
  return I32[0]!;
}

function floatOf(bits: number): number {
  I32[0] = bits;
  return F32[0]!;
}

/** The float32 neighbour of float32 `x` in the direction of `up` (x finite). */
function nextF32(x: number, up: boolean): number {
  if (x === 0) return floatOf(up ? 1 : 0x80000001 | 0);
  return floatOf(bitsOf(x) + (x > 0 === up ? 1 : -1));
}

/**
 * Fused multiply-add in float32: a * b + c rounded once (C's fmaf). a * b of two float32 values is
 * exact in a double; the double sum is rounded, and only when it lands exactly on a float32
 * rounding midpoint does its rounding error decide the direction.
 */
export function fmaF32(a: number, b: number, c: number): number {
  const p = a * b;
  const s = p + c;
  const r = f32(s);
  if (r === s || !Number.isFinite(s)) return r;
  const bb = s - p;
  const err = p - (s - bb) + (c - bb);
  if (err === 0) return r;
  const other = nextF32(r, s > r);
  if ((r + other) / 2 !== s) return r;
  return err > 0 ? Math.max(r, other) : Math.min(r, other);
}

// ---------------------------------------------------------------------------------------------
// quantized operands

/** How the bytes of one operand are read: real = scale * (q - zeroPoint), q uint8 or int8. */
export interface QParams {
  scale: number;
  zeroPoint: number;
  signed: boolean;
}

/** Smallest and largest quantized value of an operand type. */
export function qRange(signed: boolean): [number, number] {
  return signed ? [-128, 127] : [0, 255];
}

/** The quantized value a byte holds. */
export function byteValue(byte: number, signed: boolean): number {
  return signed ? (byte << 24) >> 24 : byte & 0xff;
}

/** ONNX DequantizeLinear of one value: float32((q - zp) * scale). */
export function dequantize(q: number, p: QParams): number {
  return f32((q - p.zeroPoint) * p.scale);
}

/** ONNX QuantizeLinear of one float32 value, as MLAS computes it (see the file comment). */
export function quantize(x: number, p: QParams): number {
  const [lo, hi] = qRange(p.signed);
  const v = f32(x / p.scale);
  if (Number.isNaN(v)) return lo;
  const c = Math.min(Math.max(v, lo - p.zeroPoint), hi - p.zeroPoint);
  return roundHalfEven(c) + p.zeroPoint;
}

/** Requantizes an exact integer `s` by the float32 multiplier `m` (MlasRequantizeOutput): round(f32(f32(s) * m)) + zp, saturated. */
export function requantize(s: number, m: number, p: Pick<QParams, 'zeroPoint' | 'signed'>): number {
  const [lo, hi] = qRange(p.signed);
  const q = roundHalfEven(f32(f32(s) * m)) + p.zeroPoint;
  return q < lo ? lo : q > hi ? hi : q;
}

// ---------------------------------------------------------------------------------------------
// float32 functions, bit-exact with onnxruntime's CPU kernels on x86-64 with FMA3 (and the same
// algorithms with fused multiply-adds on ARM64): the constants and operation order of MLAS

const LOGISTIC = {
  lo: -18,
  hi: 18,
  alpha: [4.37031012579801e-11, 1.15627324459942e-7, 6.08574864600143e-5, 8.51377133304701e-3, 2.48287947061529e-1].map(f32),
  beta: [6.10247389755681e-13, 5.76102136993427e-9, 6.2910678501704e-6, 1.70198817374094e-3, 1.16817656904453e-1, 9.9315192102318e-1].map(
    f32,
  ),
};

/** ONNX Sigmoid (MlasComputeLogistic: Eigen's rational approximation on [-18, 18], FMA form, as its FMA3 kernel computes it: no upper clamp). */
export function sigmoidF32(x: number): number {
  if (Number.isNaN(x)) return x;
  const v = Math.min(Math.max(x, LOGISTIC.lo), LOGISTIC.hi);
  const v2 = f32(v * v);
  const a = LOGISTIC.alpha;
  const b = LOGISTIC.beta;
  let p = fmaF32(v2, a[0]!, a[1]!);
  for (let i = 2; i < a.length; i++) p = fmaF32(p, v2, a[i]!);
  p = f32(p * v);
  let q = fmaF32(v2, b[0]!, b[1]!);
  for (let i = 2; i < b.length; i++) q = fmaF32(q, v2, b[i]!);
  // the FMA3 kernel clamps below at 0 but not above at 1: it returns 1.0000001 for some inputs near 17.5
  return Math.max(f32(f32(p / q) + 0.5), 0);
}

const TANH = {
  lo: -9,
  hi: 9,
  alpha: [
    -2.76076847742355e-16, 2.00018790482477e-13, -8.60467152213735e-11, 5.12229709037114e-8, 1.48572235717979e-5, 6.37261928875436e-4,
    4.89352455891786e-3,
  ].map(f32),
  beta: [1.19825839466702e-6, 1.18534705686654e-4, 2.268434632439e-3, 4.89352518554385e-3].map(f32),
};

/** ONNX Tanh (MlasComputeTanh: Eigen's rational approximation on [-9, 9], FMA form). */
export function tanhF32(x: number): number {
  if (Number.isNaN(x)) return x;
  const v = Math.min(Math.max(x, TANH.lo), TANH.hi);
  const v2 = f32(v * v);
  const a = TANH.alpha;
  const b = TANH.beta;
  let p = fmaF32(v2, a[0]!, a[1]!);
  for (let i = 2; i < a.length; i++) p = fmaF32(p, v2, a[i]!);
  p = f32(p * v);
  let q = fmaF32(v2, b[0]!, b[1]!);
  for (let i = 2; i < b.length; i++) q = fmaF32(q, v2, b[i]!);
  return f32(p / q);
}

const EXP = {
  lo: f32(-103.9720840454),
  hi: f32(88.776262664795),
  roundingBias: 12582912,
  log2Reciprocal: f32(1.4426950408889634),
  log2High: f32(-6.93145752e-1),
  log2Low: f32(-1.42860677e-6),
  // 0x1.694000p-10, 0x1.125edcp-7, 0x1.555b5ap-5, 0x1.555450p-3, 0x1.fffff6p-2, 1
  poly: [0.00137805938720703125, 0.008373124524950981, 0.041669536381959915, 0.166664719581604, 0.49999985098838806, 1],
  minExponent: 0xc1000000 | 0,
  maxExponent: 0x3f800000,
};

/** ONNX Exp (MlasComputeExp: range reduction by 2^m, a degree-6 polynomial, two-step scaling). */
export function expF32(x: number): number {
  if (Number.isNaN(x)) return x;
  let v = Math.min(Math.max(x, EXP.lo), EXP.hi);
  const biased = fmaF32(v, EXP.log2Reciprocal, EXP.roundingBias);
  const m = f32(biased - EXP.roundingBias);
  v = fmaF32(m, EXP.log2High, v);
  v = fmaF32(m, EXP.log2Low, v);
  let overflow = bitsOf(biased) << 23;
  let normal = Math.min(Math.max(overflow, EXP.minExponent), EXP.maxExponent);
  overflow = (overflow - normal + EXP.maxExponent) | 0;
  normal = (normal + EXP.maxExponent) | 0;
  const P = EXP.poly;
  let p = P[0]!;
  for (let i = 1; i < P.length; i++) p = fmaF32(p, v, P[i]!);
  const of = floatOf(overflow);
  v = f32(v * of);
  p = fmaF32(p, v, of);
  return f32(p * floatOf(normal));
}

const ERF = {
  split: f32(0.921875),
  small: [-5.99104969e-4, 4.99339588e-3, -2.67667342e-2, 1.12818025e-1, -3.76124859e-1, 1.28379151e-1].map(f32),
  big: [1.7294893e-5, -3.8320868e-4, 3.88393435e-3, -2.42545605e-2, 1.06777847e-1, 6.34846687e-1, 1.28717512e-1].map(f32),
  expLow: f32(-88.3762626647949),
  log2Reciprocal: f32(1.4426950408889634),
  log2High: f32(-6.93145752e-1),
  log2Low: f32(-1.42860677e-6),
  expPoly: [1.38319808e-3, 8.37550033e-3, 4.16689515e-2, 1.66664466e-1, 4.99999851e-1, 1, 1].map(f32),
  c: f32(1.2582912e7),
};

/**
 * ONNX Erf (MlasComputeErf, its FMA3 kernel): an odd polynomial below 0.921875, else
 * 1 - exp(-poly(|x|)) with MLAS's own exp; no clamp of |x| (large inputs reach exactly 1).
 */
export function erfF32(x: number): number {
  if (Number.isNaN(x)) return x;
  const a = Math.abs(x);
  let y: number;
  if (a > ERF.split) {
    let r = ERF.big[0]!;
    for (let i = 1; i < ERF.big.length; i++) r = fmaF32(r, a, ERF.big[i]!);
    r = fmaF32(r, a, a);
    const nb = Math.max(ERF.expLow, -r);
    const k = f32(fmaF32(ERF.log2Reciprocal, nb, ERF.c) - ERF.c);
    let fx = fmaF32(k, ERF.log2High, nb);
    fx = fmaF32(k, ERF.log2Low, fx);
    let e = ERF.expPoly[0]!;
    for (let i = 1; i < ERF.expPoly.length; i++) e = fmaF32(e, fx, ERF.expPoly[i]!);
    e = f32(e * floatOf(((Math.trunc(k) + 127) << 23) | 0));
    y = f32(1 - e);
  } else {
    const sq = f32(a * a);
    let r = ERF.small[0]!;
    for (let i = 1; i < ERF.small.length; i++) r = fmaF32(r, sq, ERF.small[i]!);
    y = fmaF32(r, a, a);
  }
  return x < 0 || Object.is(x, -0) ? -y : y;
}

/** ONNX HardSigmoid: max(0, min(1, alpha * x + beta)), a multiply then an add (no FMA). */
export function hardSigmoidF32(x: number, alpha = 0.2, beta = 0.5): number {
  if (Number.isNaN(x)) return x;
  return Math.min(Math.max(f32(f32(f32(alpha) * x) + f32(beta)), 0), 1);
}

/** ONNX HardSwish: x * HardSigmoid(x) with alpha 1/6, beta 0.5. */
export function hardSwishF32(x: number): number {
  return f32(x * hardSigmoidF32(x, 1 / 6, 0.5));
}

/** ONNX Gelu (opset 20, approximate "none"): x * 0.5 * (1 + erf(x * M_SQRT1_2)). */
export function geluF32(x: number): number {
  return f32(f32(x * 0.5) * f32(1 + erfF32(f32(x * f32(Math.SQRT1_2)))));
}

/** The float32 value of an ONNX element-wise binary op (Add, Sub, Mul, Div, Max, Min): one IEEE operation. */
export function binaryF32(op: BinaryOp, x: number, y: number): number {
  switch (op) {
    case 'add':
      return f32(x + y);
    case 'sub':
      return f32(x - y);
    case 'mul':
      return f32(x * y);
    case 'div':
      return f32(x / y);
    case 'max':
      return Number.isNaN(x) || Number.isNaN(y) ? NaN : Math.max(x, y);
    case 'min':
      return Number.isNaN(x) || Number.isNaN(y) ? NaN : Math.min(x, y);
  }
}

// ---------------------------------------------------------------------------------------------
// row addressing

/**
 * Row of step `i` of an operand walked with a row pattern: `base + i * step` when `count` is 0,
 * else `base + floor(i / count) * pitch + (i mod count) * step` (step 0 repeats one row).
 */
export function patternRow(i: number, base: number, count: number, step: number, pitch: number): number {
  if (count === 0) return base + i * step;
  return base + Math.floor(i / count) * pitch + (i % count) * step;
}

// ---------------------------------------------------------------------------------------------
// element-wise: binary ops, lookups, moves

/** The binary operations of the `arith`, `divide` and `minmax` classes. */
export type BinaryOp = 'add' | 'sub' | 'mul' | 'div' | 'max' | 'min';

/** Operand B of a binary op: quantized bytes (one per lane, or one byte broadcast to every lane) or float32 per lane. */
export type BinaryOperandB = { kind: 'bytes'; bytes: Uint8Array; q: QParams; lane?: number } | { kind: 'f32'; values: Float32Array };

/**
 * One row of a binary op: y[l] = Q_y(DQ_a(a[l]) op b_l), where b_l is DQ_b(b[l]), DQ_b(b[lane])
 * for every l when `lane` is given, or the float32 constant values[l]. Exactly ONNX's
 * DequantizeLinear → Add/Sub/Mul/Div/Max/Min → QuantizeLinear. Writes `out[0 .. a.length)`.
 */
export function binaryRow(op: BinaryOp, a: Uint8Array, qa: QParams, b: BinaryOperandB, qy: QParams, out: Uint8Array): void {
  for (let l = 0; l < a.length; l++) {
    const x = dequantize(byteValue(a[l]!, qa.signed), qa);
    let y: number;
    if (b.kind === 'f32') y = b.values[l]!;
    else y = dequantize(byteValue(b.bytes[b.lane ?? l]!, b.q.signed), b.q);
    out[l] = quantize(binaryF32(op, x, y), qy) & 0xff;
  }
}

/**
 * The 256-byte table of a unary function from operand A's type to Y's: entry j (the byte value,
 * read as int8 when A is signed) = Q_y(f(DQ_a(j))). With `f` one of the float32 functions above
 * (or a composition of them and binaryF32 with constants, evaluated in the graph's order), this is
 * exactly onnxruntime's DequantizeLinear → f → QuantizeLinear, and for Sigmoid the table
 * onnxruntime's QLinearSigmoid builds.
 */
export function lookupTable(f: (x: number) => number, qa: QParams, qy: QParams): Uint8Array {
  const t = new Uint8Array(256);
  for (let j = 0; j < 256; j++) t[j] = quantize(f32(f(dequantize(byteValue(j, qa.signed), qa))), qy) & 0xff;
  return t;
}

/** One row of a lookup: y[l] = table[a[l]] (the byte as an unsigned index). */
export function lookupRow(a: Uint8Array, table: Uint8Array, out: Uint8Array): void {
  for (let l = 0; l < a.length; l++) out[l] = table[a[l]!]!;
}

/** Index entry of `permute` that leaves the output lane unchanged. */
export const PERMUTE_KEEP = 0xffff;

/**
 * One row of a lane permutation: y[l] = a[idx[l]] for idx[l] < a.length; PERMUTE_KEEP leaves
 * y[l] as it was (so several permutes merge lanes from several source rows into one row).
 */
export function permuteRow(a: Uint8Array, idx: Uint16Array, out: Uint8Array): void {
  for (let l = 0; l < idx.length; l++) {
    const j = idx[l]!;
    if (j === PERMUTE_KEEP) continue;
    if (j >= a.length) throw new RangeError(`permute index ${j} at lane ${l} is outside the ${a.length} source lanes`);
    out[l] = a[j]!;
  }
}

// ---------------------------------------------------------------------------------------------
// reductions

/** Most elements in one reduction, softmax or norm group (n²·255² stays below 2^53: exact here, 64-bit sums in hardware). */
export const MAX_GROUP_ELEMENTS = 2 ** 18;

function checkGroup(n: number): void {
  if (n === 0) throw new RangeError('a group of no elements');
  if (n > MAX_GROUP_ELEMENTS) throw new RangeError(`a group of ${n} elements (at most ${MAX_GROUP_ELEMENTS}; error VECTOR_GROUP)`);
}

/** Reduction kinds of the `reduce` class. */
export type ReduceKind = 'sum' | 'mean' | 'max';

/** The float32 multiplier of a sum or mean of `n` values from scale sa to scale sy (mean: QLinearGlobalAveragePool's). */
export function reduceMultiplier(kind: 'sum' | 'mean', sa: number, sy: number, n: number): number {
  return kind === 'sum' ? f32(sa / sy) : f32(sa / f32(sy * f32(n)));
}

/**
 * Reduces the quantized values `q` (already read as integers) of one group to one output value:
 * sum and mean requantize the exact sum S = Σ(q - za) by `reduceMultiplier` (round half to even);
 * max is Q_y(DQ_a(max q)), i.e. DequantizeLinear → ReduceMax → QuantizeLinear (scale > 0).
 */
export function reduceValues(kind: ReduceKind, q: ArrayLike<number>, qa: QParams, qy: QParams): number {
  checkGroup(q.length);
  if (kind === 'max') {
    let m = q[0]!;
    for (let i = 1; i < q.length; i++) if (q[i]! > m) m = q[i]!;
    return quantize(dequantize(m, qa), qy);
  }
  let s = 0;
  for (let i = 0; i < q.length; i++) s += q[i]! - qa.zeroPoint;
  return requantize(s, reduceMultiplier(kind, qa.scale, qy.scale, q.length), qy);
}

// ---------------------------------------------------------------------------------------------
// softmax

/** Fixed-point unit of the softmax exp table: E[0] = 2^16 represents exp(0) = 1. */
export const SOFTMAX_ONE = 65536;

/**
 * The softmax table for input scale sa: E[k] = roundHalfEven(2^16 * exp(-k * sa)) for k = 0..255
 * (k = max - q), with expF32. 256 uint32 entries (1 KiB in the UB, little-endian).
 */
export function softmaxTable(sa: number): Uint32Array {
  const t = new Uint32Array(256);
  for (let k = 0; k < 256; k++) t[k] = roundHalfEven(f32(SOFTMAX_ONE * expF32(-f32(k * sa))));
  return t;
}

/**
 * Softmax of one group of quantized values (read as integers; the input zero point cancels):
 * m = max q, e_j = E[m - q_j], S = Σ e_j (exact), y_j = floor((2 * e_j * one + S) / (2 * S)) + zy
 * saturated — e_j / S in units of 1/one rounded half up, with `one` the integer quantized value
 * of 1.0 above the zero point (output scale = 1 / one).
 *
 * With `mask` (one byte per element, 0 = masked: an additive mask's -inf), masked elements take no
 * part in m and S and give zy saturated (e_j = 0: what float32 softmax gives a -inf input, quantized). A
 * group whose every element is masked gives zy throughout (float32 softmax would give NaN; the
 * compiler refuses such masks).
 */
export function softmaxValues(
  q: ArrayLike<number>,
  table: Uint32Array,
  one: number,
  qy: Pick<QParams, 'zeroPoint' | 'signed'>,
  mask?: ArrayLike<number>,
): number[] {
  checkGroup(q.length);
  const on = (i: number) => !mask || mask[i] !== 0;
  let m = -Infinity;
  for (let i = 0; i < q.length; i++) if (on(i) && q[i]! > m) m = q[i]!;
  const e = Array.from(q, (v, i) => (on(i) ? table[m - v]! : 0));
  const s = e.reduce((acc, v) => acc + v, 0);
  const [lo, hi] = qRange(qy.signed);
  return e.map((v, i) => {
    // a masked element gives zy, saturated like every output (a generated zy may lie outside the range)
    const r = on(i) ? Math.floor((2 * v * one + s) / (2 * s)) + qy.zeroPoint : qy.zeroPoint;
    return r < lo ? lo : r > hi ? hi : r;
  });
}

// ---------------------------------------------------------------------------------------------
// layer normalization

/** Per-lane float32 constants of `norm` in output units: g = γ / s_y, b = β / s_y. */
export function normParams(
  gamma: ArrayLike<number>,
  beta: ArrayLike<number> | undefined,
  sy: number,
): { g: Float32Array; b: Float32Array } {
  const g = Float32Array.from(gamma, (v) => f32(f32(v) / sy));
  const b = Float32Array.from({ length: gamma.length }, (_, i) => (beta ? f32(f32(beta[i]!) / sy) : 0));
  return { g, b };
}

/**
 * Layer normalization of one group (q read as integers), element j with per-lane constants
 * g[j], b[j] (normParams). Integer statistics, then float32 steps in this order:
 *   d_j = q_j - za, n = count, S1 = Σ d, S2 = Σ d², V = n·S2 - S1² (exact integers)
 *   mu = f32(S1) / f32(n);  var = (f32(V) / f32(n)) / f32(n)
 *   r = f32(sa) / sqrt(var * f32(sa·sa) + eps)
 *   y_j = sat(roundHalfEven((f32(d_j) - mu) * r * g_j + b_j) + zy)
 * (each operation rounded to float32; eps > 0 keeps the square root positive).
 */
export function layerNormValues(
  q: ArrayLike<number>,
  qa: QParams,
  eps: number,
  g: ArrayLike<number>,
  b: ArrayLike<number>,
  qy: Pick<QParams, 'zeroPoint' | 'signed'>,
): number[] {
  const n = q.length;
  checkGroup(n);
  let s1 = 0;
  let s2 = 0;
  for (let i = 0; i < n; i++) {
    const d = q[i]! - qa.zeroPoint;
    s1 += d;
    s2 += d * d;
  }
  const v = n * s2 - s1 * s1;
  const mu = f32(f32(s1) / f32(n));
  const variance = f32(f32(f32(v) / f32(n)) / f32(n));
  const r = f32(f32(qa.scale) / f32(Math.sqrt(f32(f32(variance * f32(qa.scale * qa.scale)) + f32(eps)))));
  const [lo, hi] = qRange(qy.signed);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = f32(f32(f32(q[i]! - qa.zeroPoint) - mu) * r);
    const u = f32(f32(t * g[i]!) + b[i]!);
    const y = roundHalfEven(u) + qy.zeroPoint;
    out.push(y < lo ? lo : y > hi ? hi : y);
  }
  return out;
}
