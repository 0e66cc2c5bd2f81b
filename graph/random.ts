// The one seeded random source of the graph layer (builder weights, model zoo, topology data):
// deterministic across runs and platforms, so the same seed gives bit-identical models.
import { fillSymmetricWasm } from './ops/gemm-wasm.js';
import { type Tensor, sizeOf, tensor } from './tensor.js';

/** Fills of at least this many floats run in wasm (fillSymmetricWasm): below it the call costs more than it saves. */
const WASM_FILL_MIN = 4096;

/**
 * Rng.fillSymmetric's loop: fills `out` with the draws from mulberry32 state `state`, each its
 * int32 with the top bit flipped times `scale`; returns the state after them.
 */
export function fillSymmetricJs(out: Float32Array, state: number, scale: number): number {
  let s = state | 0;
  const n = out.length;
  for (let i = 0; i < n; i++) {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = ((t ^ (t >>> 14) ^ 0x80000000) | 0) * scale;
  }
  return s;
}

/** A small deterministic PRNG (mulberry32) with uniform, normal and integer draws. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Next 32-bit unsigned integer. */
  nextUint32(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /**
   * Fills `out` with (next() * 2 - 1) * bound, draw by draw: the same values as calling next()
   * once per element, with the generator's state in a local (zoo models draw 100M weights).
   * All in int32 (V8 keeps a uint32 above 2^31 as a double, 3x slower here): with the draw's top
   * bit flipped, s = u - 2^31 as an int32, so (u / 2^32 * 2 - 1) * bound = s * 2^-31 * bound, and
   * scaling by a power of two commutes with rounding (bound > 2^-990), so s * (bound * 2^-31) rounds the same.
   * Large fills run in wasm, four draws at a time (graph/wasm/random.ts): the same values.
   */
  fillSymmetric(out: Float32Array, bound: number): void {
    const fill = out.length >= WASM_FILL_MIN ? fillSymmetricWasm : fillSymmetricJs;
    this.state = fill(out, this.state, bound * 2 ** -31) >>> 0;
  }

  /**
   * Fills `out` with uniform integers in [lo, hi], the same values as calling int(lo, hi) once per
   * element. int's floor(u / 2^32 * n) is floor(u * n / 2^32) exactly (u * n < 2^53 for n <= 2^21,
   * and scaling by 2^-32 is exact), which `| 0` computes far faster than Math.floor here.
   */
  fillInt(out: Float32Array | Int32Array, lo: number, hi: number): void {
    const n = hi - lo + 1;
    if (!Number.isInteger(lo) || !Number.isInteger(hi) || n < 1 || n > 2 ** 21)
      throw new RangeError(`fillInt(${lo}, ${hi}): expects integers lo <= hi with hi - lo + 1 <= 2^21`);
    // draw i's state is the first's plus i steps (mod 2^32): no chain from draw to draw, which V8 runs faster
    const state = this.state,
      length = out.length;
    // n = 2^k (int8 weights: 256): floor(u * 2^k / 2^32) is u's top k bits, an int32 shift
    const shift = (n & (n - 1)) === 0 ? 32 - Math.log2(n) : -1;
    for (let i = 0; i < length; i++) {
      let t = (state + Math.imul(i + 1, 0x6d2b79f5)) | 0;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      t ^= t >>> 14;
      out[i] = lo + (shift >= 32 ? 0 : shift >= 0 ? t >>> shift : (((t >>> 0) * n) / 4294967296) | 0);
    }
    this.state = (state + Math.imul(length, 0x6d2b79f5)) >>> 0;
  }

  /** Uniform in [lo, hi). */
  uniform(lo = 0, hi = 1): number {
    return lo + (hi - lo) * this.next();
  }

  /** Uniform integer in [lo, hi] (inclusive). */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  /** Normal with the given mean and standard deviation (Box-Muller). */
  normal(mean = 0, std = 1): number {
    const u = 1 - this.next(); // (0, 1]: log(0) is not finite
    const v = this.next();
    return mean + std * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}

/** How to fill a random tensor. */
export type RandomInit =
  | { kind: 'uniform'; lo: number; hi: number }
  | { kind: 'normal'; mean?: number; std: number }
  | { kind: 'int'; lo: number; hi: number; dtype: 'int8' | 'uint8' | 'int32' | 'int64' };

/** A tensor of the given shape filled from `rng`: float32 for uniform/normal draws, `init.dtype` for ints. */
export function randomTensor(rng: Rng, shape: readonly number[], init: RandomInit): Tensor {
  const n = sizeOf(shape);
  switch (init.kind) {
    case 'uniform': {
      const d = new Float32Array(n);
      for (let i = 0; i < n; i++) d[i] = rng.uniform(init.lo, init.hi);
      return tensor('float32', shape, d);
    }
    case 'normal': {
      const d = new Float32Array(n);
      for (let i = 0; i < n; i++) d[i] = rng.normal(init.mean ?? 0, init.std);
      return tensor('float32', shape, d);
    }
    case 'int': {
      if (init.dtype === 'int64')
        return tensor(
          'int64',
          shape,
          BigInt64Array.from({ length: n }, () => BigInt(rng.int(init.lo, init.hi))),
        );
      const t = tensor(init.dtype, shape);
      for (let i = 0; i < n; i++) t.data[i] = rng.int(init.lo, init.hi);
      return t;
    }
  }
}

/** Waves per synthetic image (`mixChannel` unrolls exactly this many). */
const WAVES = 6;

/**
 * Seeded image-like inputs for an NCHW shape: each image is a few random low-frequency waves
 * (mixed differently per channel) plus mild pixel noise, standardised to zero mean and unit
 * variance, with a random per-channel offset. Unlike i.i.d. noise, such images differ from one
 * another in ways a convolutional network's features can see, as natural images do; i.i.d. noise
 * images all look alike to a network after global pooling.
 */
export function syntheticImages(rng: Rng, shape: readonly number[]): Tensor {
  const [N, C, H, W] = shape as [number, number, number, number];
  const data = new Float32Array(N * C * H * W);
  const plane = H * W;
  for (let n = 0; n < N; n++) {
    const waves = Array.from({ length: WAVES }, () => ({
      fx: (rng.uniform(0.5, 6) * 2 * Math.PI) / W,
      fy: (rng.uniform(0.5, 6) * 2 * Math.PI) / H,
      phase: rng.uniform(0, 2 * Math.PI),
      mix: Array.from({ length: C }, () => rng.normal()),
    }));
    const img = data.subarray(n * C * plane, (n + 1) * C * plane);
    const sines = waves.map((w) => waveSines(w.fx, w.fy, w.phase, H, W));
    for (let c = 0; c < C; c++)
      mixChannel(
        rng,
        img.subarray(c * plane, (c + 1) * plane),
        sines,
        waves.map((w) => w.mix[c]!),
      );
    let mean = 0,
      sq = 0;
    for (let i = 0; i < img.length; i++) mean += img[i]!;
    mean /= img.length;
    for (let i = 0; i < img.length; i++) sq += (img[i]! - mean) ** 2;
    const std = Math.sqrt(sq / img.length) || 1;
    for (let c = 0; c < C; c++) {
      const offset = 0.3 * rng.normal();
      for (let i = c * plane; i < (c + 1) * plane; i++) img[i] = (img[i]! - mean) / std + offset;
    }
  }
  return tensor('float32', shape, data);
}

/** A wave's value at every pixel of an H x W plane, row-major (the same for every channel: computed once; sines dominate). */
function waveSines(fx: number, fy: number, phase: number, H: number, W: number): Float64Array {
  const s = new Float64Array(H * W);
  for (let y = 0; y < H; y++) {
    // fx * x + fy * y + phase adds left to right: fy * y is the same product in every column
    const fyy = fy * y;
    const row = y * W;
    for (let x = 0; x < W; x++) s[row + x] = Math.sin(fx * x + fyy + phase);
  }
  return s;
}

/**
 * One channel's plane: the waves mixed with this channel's weights, summed in wave order from 0,
 * plus 0.3 * N(0, 1) pixel noise drawn pixel by pixel. The WAVES = 6 waves are unrolled into
 * locals: the loop over arrays of arrays cost as much as the sines.
 */
function mixChannel(rng: Rng, out: Float32Array, sines: Float64Array[], mix: number[]): void {
  const [s0, s1, s2, s3, s4, s5] = sines as [Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array];
  const [m0, m1, m2, m3, m4, m5] = mix as [number, number, number, number, number, number];
  for (let i = 0; i < out.length; i++) {
    let v = 0;
    v += m0 * s0[i]!;
    v += m1 * s1[i]!;
    v += m2 * s2[i]!;
    v += m3 * s3[i]!;
    v += m4 * s4[i]!;
    v += m5 * s5[i]!;
    out[i] = v + 0.3 * rng.normal();
  }
}
