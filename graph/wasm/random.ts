// graph/random.ts's Rng.fillSymmetric with wasm SIMD, four draws at a time: the same float32 values.
// Draw i (from 1) of a fill starting at `state` has the mulberry32 state state + i * GOLDEN (mod
// 2^32), so lanes need no chain. Each draw's int32 s (its output with the top bit flipped) is
// converted to float64 exactly, multiplied by `scale` in float64 and rounded to float32, the
// same two roundings as JavaScript's s * scale stored into a Float32Array.

const GOLDEN: i32 = 0x6d2b79f5;

/** Mulberry32's output of the states in `s`, top bit flipped, as int32 (lane-wise). */
@inline function draw4(s: v128): v128 {
  let t = i32x4.mul(v128.xor(s, i32x4.shr_u(s, 15)), v128.or(s, i32x4.splat(1)));
  t = v128.xor(t, i32x4.add(t, i32x4.mul(v128.xor(t, i32x4.shr_u(t, 7)), v128.or(t, i32x4.splat(61)))));
  return v128.xor(v128.xor(t, i32x4.shr_u(t, 14)), i32x4.splat(0x80000000));
}

@inline function draw1(s: i32): i32 {
  let t = (s ^ (s >>> 15)) * (s | 1);
  t ^= t + (t ^ (t >>> 7)) * (t | 61);
  return t ^ (t >>> 14) ^ 0x80000000;
}

/** Writes `n` float32 at `dst`: draws 1..n after `state`, each s * `scale` (see above); returns the state after them. */
export function fillSymmetric(dst: usize, n: i32, state: i32, scale: f64): i32 {
  const sc = f64x2.splat(scale);
  let s = i32x4.add(i32x4.splat(state), i32x4(GOLDEN, GOLDEN * 2, GOLDEN * 3, GOLDEN * 4));
  const step = i32x4.splat(GOLDEN * 4);
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const v = draw4(s);
    const lo = f32x4.demote_f64x2_zero(f64x2.mul(f64x2.convert_low_i32x4_s(v), sc));
    const hi = f32x4.demote_f64x2_zero(f64x2.mul(f64x2.convert_low_i32x4_s(v128.shuffle<i32>(v, v, 2, 3, 0, 1)), sc));
    v128.store(dst + (<usize>i << 2), v128.shuffle<i32>(lo, hi, 0, 1, 4, 5));
    s = i32x4.add(s, step);
  }
  for (; i < n; i++) store<f32>(dst + (<usize>i << 2), <f32>(<f64>draw1(state + (i + 1) * GOLDEN) * scale));
  return state + n * GOLDEN;
}
