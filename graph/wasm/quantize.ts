// runtime/quantize.ts's quantizeWeights with wasm SIMD: the same scales, int8 weights and sums.
// Per channel: m = the largest |w| (NaNs left out), s = f32(m / 127) (1 when m is 0), raised to
// minScale[c]; each weight becomes x = w / s in float64, rounded half to even and clamped to
// [-127, 127]. x is finite unless s is 0 (a channel of tiny subnormals whose m / 127 underflows)
// or w is infinite (s is then infinite): those x are ±Infinity or NaN, which JavaScript's `| 0`
// makes 0, and so does this.

const MAX_FINITE_BITS: i32 = 0x7f800000; // +Infinity: bits above it are NaNs

/** The largest |w| over `n` float32 at `w`, NaNs left out: the largest sign-cleared bits at most +Infinity's. */
function maxAbs(w: usize, n: i32): f32 {
  const signless = i32x4.splat(0x7fffffff);
  const inf = i32x4.splat(MAX_FINITE_BITS);
  let mv = i32x4.splat(0);
  let k = 0;
  for (; k + 4 <= n; k += 4) {
    const b = v128.and(v128.load(w + (<usize>k << 2)), signless);
    mv = i32x4.max_s(mv, v128.andnot(b, i32x4.gt_s(b, inf)));
  }
  let m = max(max(i32x4.extract_lane(mv, 0), i32x4.extract_lane(mv, 1)), max(i32x4.extract_lane(mv, 2), i32x4.extract_lane(mv, 3)));
  for (; k < n; k++) {
    const b = load<i32>(w + (<usize>k << 2)) & 0x7fffffff;
    if (b <= MAX_FINITE_BITS && b > m) m = b;
  }
  return reinterpret<f32>(m);
}

/** Two weights (float64 lanes) quantized by scale `s`: rounded half to even, nonfinite to 0, as int32 in the low lanes. */
// @ts-ignore: decorator
@inline
function quantize2(x: v128, s: v128): v128 {
  const r = f64x2.nearest(f64x2.div(x, s));
  const finite = f64x2.lt(f64x2.abs(r), f64x2.splat(Infinity));
  return i32x4.trunc_sat_f64x2_s_zero(v128.and(r, finite));
}

/** Quantizes `n` weights at `w` by scale `s` into int8 at `q`; returns their sum. */
function quantizeChannel(w: usize, q: usize, n: i32, s: f32): i32 {
  const sv = f64x2.splat(<f64>s);
  const lo = i32x4.splat(-127);
  const hi = i32x4.splat(127);
  let sumv = i32x4.splat(0);
  let k = 0;
  for (; k + 8 <= n; k += 8) {
    const a = v128.load(w + (<usize>k << 2));
    const b = v128.load(w + (<usize>k << 2), 16);
    const a01 = quantize2(f64x2.promote_low_f32x4(a), sv);
    const a23 = quantize2(f64x2.promote_low_f32x4(v128.shuffle<i32>(a, a, 2, 3, 0, 1)), sv);
    const b01 = quantize2(f64x2.promote_low_f32x4(b), sv);
    const b23 = quantize2(f64x2.promote_low_f32x4(v128.shuffle<i32>(b, b, 2, 3, 0, 1)), sv);
    const va = i32x4.min_s(i32x4.max_s(v128.shuffle<i32>(a01, a23, 0, 1, 4, 5), lo), hi);
    const vb = i32x4.min_s(i32x4.max_s(v128.shuffle<i32>(b01, b23, 0, 1, 4, 5), lo), hi);
    sumv = i32x4.add(sumv, i32x4.add(va, vb));
    v128.store64_lane(q + <usize>k, i8x16.narrow_i16x8_s(i16x8.narrow_i32x4_s(va, vb), i16x8.splat(0)), 0);
  }
  let sum = i32x4.extract_lane(sumv, 0) + i32x4.extract_lane(sumv, 1) + i32x4.extract_lane(sumv, 2) + i32x4.extract_lane(sumv, 3);
  for (; k < n; k++) {
    const r = nearest(<f64>load<f32>(w + (<usize>k << 2)) / <f64>s);
    let v = abs(r) < Infinity ? <i32>r : 0;
    v = v > 127 ? 127 : v < -127 ? -127 : v;
    store<i8>(q + <usize>k, <i8>v);
    sum += v;
  }
  return sum;
}

/**
 * Quantizes `channels` x `per` float32 weights at `w` into int8 at `q`, writing each channel's
 * float32 scale at `scales` and int32 sum at `sums`; `minScale` (0: none) floors each scale.
 */
export function quantizeWeights(w: usize, q: usize, channels: i32, per: i32, minScale: usize, scales: usize, sums: usize): void {
  for (let c = 0; c < channels; c++) {
    const wc = w + <usize>c * <usize>per * 4;
    const m = maxAbs(wc, per);
    let s: f32 = m > 0 ? <f32>(<f64>m / 127) : 1;
    if (minScale != 0) {
      const floor = load<f32>(minScale + (<usize>c << 2));
      if (floor > s) s = floor;
    }
    store<f32>(scales + (<usize>c << 2), s);
    store<i32>(sums + (<usize>c << 2), quantizeChannel(wc, q + <usize>c * <usize>per, per, s));
  }
}
