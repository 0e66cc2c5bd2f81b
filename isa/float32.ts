// Float32 exp and tanh computed exactly as the wasm core computes them (AssemblyScript's Mathf.exp
// and Mathf.tanh, which are ports of musl's expf and tanhf), so that the ISA's executable semantics
// give ACTIVATE's sigmoid and tanh outputs bit for bit. A float32 step is Math.fround of the double
// operation (exact for + - * / of float32 operands); expf's table and polynomial are double, as in musl.

const f32 = Math.fround;
const scratch = new DataView(new ArrayBuffer(8));

/** Raw bits of a float32 value. */
function bitsOf(x: number): number {
  scratch.setFloat32(0, x, true);
  return scratch.getUint32(0, true);
}

/** Float32 value of raw bits. */
function fromBits(u: number): number {
  scratch.setUint32(0, u >>> 0, true);
  return scratch.getFloat32(0, true);
}

/** The float32 of `magnitude` with the sign of `sign`. */
function copysign(magnitude: number, sign: number): number {
  return fromBits((bitsOf(magnitude) & 0x7fffffff) | (bitsOf(sign) & 0x80000000));
}

// exp2f_data_tab[i] = bits(2^(i/32)) - (i << 47), as (high word, low word)
const EXP2F_TAB: readonly (readonly [number, number])[] = [
  [0x3ff00000, 0x00000000],
  [0x3fefd9b0, 0xd3158574],
  [0x3fefb558, 0x6cf9890f],
  [0x3fef9301, 0xd0125b51],
  [0x3fef72b8, 0x3c7d517b],
  [0x3fef5487, 0x3168b9aa],
  [0x3fef387a, 0x6e756238],
  [0x3fef1e9d, 0xf51fdee1],
  [0x3fef06fe, 0x0a31b715],
  [0x3feef1a7, 0x373aa9cb],
  [0x3feedea6, 0x4c123422],
  [0x3feece08, 0x6061892d],
  [0x3feebfda, 0xd5362a27],
  [0x3feeb42b, 0x569d4f82],
  [0x3feeab07, 0xdd485429],
  [0x3feea47e, 0xb03a5585],
  [0x3feea09e, 0x667f3bcd],
  [0x3fee9f75, 0xe8ec5f74],
  [0x3feea114, 0x73eb0187],
  [0x3feea589, 0x994cce13],
  [0x3feeace5, 0x422aa0db],
  [0x3feeb737, 0xb0cdc5e5],
  [0x3feec491, 0x82a3f090],
  [0x3feed503, 0xb23e255d],
  [0x3feee89f, 0x995ad3ad],
  [0x3feeff76, 0xf2fb5e47],
  [0x3fef199b, 0xdd85529c],
  [0x3fef3720, 0xdcef9069],
  [0x3fef5818, 0xdcfba487],
  [0x3fef7c97, 0x337b9b5f],
  [0x3fefa4af, 0xa2a490da],
  [0x3fefd076, 0x5b6e4540],
];

function f64FromWords(hi: number, lo: number): number {
  scratch.setUint32(0, lo >>> 0, true);
  scratch.setUint32(4, hi >>> 0, true);
  return scratch.getFloat64(0, true);
}

const N = 32;
const SHIFT = 1.5 * 2 ** 52;
const INV_LN2_N = f64FromWords(0x3ff71547, 0x652b82fe) * N;
const C0 = f64FromWords(0x3fac6af8, 0x4b912394) / N / N / N;
const C1 = f64FromWords(0x3fcebfce, 0x50fac4f3) / N / N;
const C2 = f64FromWords(0x3fe62e42, 0xff0c52d6) / N;

/** e^x for a float32 x, as musl's expf (table-driven, 0.502 ULP) computes it. */
export function expf(x: number): number {
  const ix = bitsOf(x);
  const ux = (ix >>> 20) & 0x7ff;
  if (ux >= 0x42b) {
    if (ix === 0xff800000) return 0;
    if (ux >= 0x7f8) return f32(x + x);
    if (x > fromBits(0x42b17217)) return f32(x * 2 ** 127);
    if (x < fromBits(0xc2cff1b4)) return 0;
  }
  const z = INV_LN2_N * x;
  const kd = z + SHIFT;
  const r = z - (kd - SHIFT);
  // t = table[k % 32] + (k << 47), with k the low bits of kd's representation
  scratch.setFloat64(0, kd, true);
  const kLo = scratch.getUint32(0, true);
  const [tabHi, tabLo] = EXP2F_TAB[kLo & (N - 1)]!;
  const s = f64FromWords((tabHi + (kLo << 15)) >>> 0, tabLo);
  let y = C2 * r + 1;
  y += (C0 * r + C1) * (r * r);
  return f32(y * s);
}

/** e^x - 1 for a float32 x, as musl's expm1f computes it. */
function expm1f(xIn: number): number {
  const LN2_HI = fromBits(0x3f317180),
    LN2_LO = fromBits(0x3717f7d1),
    INV_LN2 = fromBits(0x3fb8aa3b);
  const Q1 = fromBits(0xbd088868),
    Q2 = fromBits(0x3acf3010);
  let x = xIn;
  const u = bitsOf(x);
  const hx = u & 0x7fffffff;
  const sign = u >>> 31;
  if (hx >= 0x4195b844) {
    if (hx > 0x7f800000) return x;
    if (sign) return -1;
    if (hx > 0x42b17217) return f32(x * 2 ** 127);
  }
  let c = 0;
  let k: number;
  if (hx > 0x3eb17218) {
    k = hx < 0x3f851592 ? 1 - (sign << 1) : Math.trunc(f32(f32(INV_LN2 * x) + copysign(0.5, x)));
    const hi = f32(x - f32(k * LN2_HI));
    const lo = f32(k * LN2_LO);
    x = f32(hi - lo);
    c = f32(f32(hi - x) - lo);
  } else if (hx < 0x33000000) {
    return x;
  } else {
    k = 0;
  }
  const hfx = f32(0.5 * x);
  const hxs = f32(x * hfx);
  const r1 = f32(1 + f32(hxs * f32(Q1 + f32(hxs * Q2))));
  const t = f32(3 - f32(r1 * hfx));
  let e = f32(hxs * f32(f32(r1 - t) / f32(6 - f32(x * t))));
  if (k === 0) return f32(x - f32(f32(x * e) - hxs));
  e = f32(f32(x * f32(e - c)) - c);
  e = f32(e - hxs);
  if (k === -1) return f32(f32(0.5 * f32(x - e)) - 0.5);
  if (k === 1) {
    if (x < -0.25) return f32(-2 * f32(e - f32(x + 0.5)));
    return f32(1 + f32(2 * f32(x - e)));
  }
  const twopk = fromBits((0x7f + k) << 23);
  if (k < 0 || k > 56) {
    let y = f32(f32(x - e) + 1);
    y = k === 128 ? f32(f32(y * 2) * 2 ** 127) : f32(y * twopk);
    return f32(y - 1);
  }
  let y = fromBits((0x7f - k) << 23);
  y = k < 20 ? f32(f32(1 - y) - e) : f32(1 - f32(e + y));
  return f32(f32(x + y) * twopk);
}

/** tanh(x) for a float32 x, as musl's tanhf computes it. */
export function tanhf(x: number): number {
  const u = bitsOf(x) & 0x7fffffff;
  const y = fromBits(u);
  let t: number;
  if (u > 0x3f0c9f54) {
    if (u > 0x41200000) t = f32(1 + 0 / y);
    else {
      t = expm1f(f32(2 * y));
      t = f32(1 - f32(2 / f32(t + 2)));
    }
  } else if (u > 0x3e82c578) {
    t = expm1f(f32(2 * y));
    t = f32(t / f32(t + 2));
  } else if (u >= 0x00800000) {
    t = expm1f(f32(-2 * y));
    t = f32(-t / f32(t + 2));
  } else {
    t = y;
  }
  return copysign(t, x);
}

/** 1 / (1 + e^-x) in float32 steps, as ACTIVATE's sigmoid computes it. */
export function sigmoidf(x: number): number {
  return f32(1 / f32(1 + expf(f32(-x))));
}
