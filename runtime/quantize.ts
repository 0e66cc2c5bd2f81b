// Post-training quantization, following DESIGN.md "Numerics": activations uint8 with a zero point
// (asymmetric, range widened to include 0), weights int8 symmetric per output channel, int32
// bias. Requantization multipliers are computed exactly as onnxruntime computes them for
// QLinearConv (graph's outputScale: float32 x_scale * w_scale, then / y_scale, each step rounded
// to float32), so the quantized graph exported to ONNX gives bit-identical outputs in onnxruntime.
// Rounding and QuantizeLinear are the graph kernels' own (roundHalfEven, quantizeValue).
import { quantizeWeightsWasm, roundHalfEven } from '../graph/index.js';

/** Quantization parameters of a uint8 activation tensor: real = scale * (q - zeroPoint). */
export interface QParams {
  scale: number;
  zeroPoint: number;
}

const f32 = Math.fround;

/** uint8 parameters covering [min, max] (widened to include 0), as onnxruntime's quantizer chooses them. */
export function activationParams(min: number, max: number): QParams {
  const lo = Math.min(min, 0);
  const hi = Math.max(max, 0);
  if (!(hi > lo) || !Number.isFinite(hi - lo)) return { scale: 1, zeroPoint: 0 };
  const scale = f32((hi - lo) / 255);
  const zeroPoint = Math.min(255, Math.max(0, roundHalfEven(-lo / scale)));
  return { scale, zeroPoint };
}

/**
 * uint8 parameters of a vector-unit softmax output whose largest calibrated probability is `max`:
 * zero point 0 and scale 1/one for the integer `one` (vec.one) that maps `max` to about 255, so
 * small probabilities (thousands of classes) keep their resolution; one <= 2^24.
 */
export function softmaxParams(max: number): QParams {
  const one = Math.min(2 ** 24, Math.max(1, Math.round(255 / Math.min(1, Math.max(max, 2 ** -24)))));
  return { scale: f32(1 / one), zeroPoint: 0 };
}

/** Dequantizes one uint8 value. */
export function dequantizeValue(v: number, q: QParams): number {
  return f32((v - q.zeroPoint) * q.scale);
}

/** int8 weights, symmetric per output channel: w[c][k] ≈ scale[c] * q[c][k], q in [-127, 127]. */
export interface QuantizedWeights {
  /** [outChannels][perChannel] int8 values, row-major. */
  q: Int8Array;
  scale: Float32Array;
  /** Per output channel, the sum of its int8 weights (the zero-point correction needs them). */
  sums: Int32Array;
}

/**
 * Per output channel, the smallest weight scale at which the int32 bias `b / (xScale * wScale)`
 * keeps a factor of 2 of headroom below 2^31 (the accumulation adds to it). A layer whose inputs
 * are tiny (a deep randomly initialised net: scales of 1e-13) and whose bias is not would
 * otherwise saturate the bias and lose the output (issue 9). 0 where the bias needs no floor.
 */
export function biasScaleFloor(bias: ArrayLike<number>, xScale: number): Float32Array {
  const floor = new Float32Array(bias.length);
  for (let c = 0; c < bias.length; c++) floor[c] = f32(Math.abs(bias[c]!) / (f32(xScale) * 2 ** 30));
  return floor;
}

/**
 * 1.5·2^52: a double in [2^52, 2^53) has no fraction bits, so `x + ROUNDING_BIAS - ROUNDING_BIAS`
 * rounds x to an integer, ties to even, for |x| < 2^51 (quantizeWeights, hostio's quantizeArray).
 */
export const ROUNDING_BIAS = 6755399441055744;

/** One float32 and its bits (maxAbs's result). */
const bitsScratch = new Int32Array(1);
const floatScratch = new Float32Array(bitsScratch.buffer);

/**
 * The largest |w[k]| over [base, end), NaNs left out, as quantizeWeights has always taken it. On
 * the bits: clearing the sign bit orders every non-NaN float32 by magnitude as an int32, which
 * V8 compares without converting each weight to a double (twice as fast); a NaN, whose bits lie
 * above infinity's, sends the channel to the float loop.
 */
function maxAbs(w: Float32Array, bits: Int32Array, base: number, end: number): number {
  let mb = 0;
  for (let k = base; k < end; k++) {
    const b = bits[k]! & 0x7fffffff;
    if (b > mb) mb = b;
  }
  if (mb <= 0x7f800000) {
    bitsScratch[0] = mb;
    return floatScratch[0]!;
  }
  let m = 0;
  // Math.abs, not a sign test: trained and random weights have random signs, and a branch on
  // them mispredicts (quantizing uniform random weights took 9.6 ns a weight that way, 5.5 here)
  for (let k = base; k < end; k++) {
    const abs = Math.abs(w[k]!);
    if (abs > m) m = abs;
  }
  return m;
}

/**
 * Quantizes float weights laid out [outChannels][perChannel]; `minScale` floors each channel's
 * scale (biasScaleFloor). `q` receives the int8 weights (w.length of them; default a new array).
 * Large layers run in wasm (quantizeWeightsWasm, graph/wasm/quantize.ts): the same results,
 * 300 -> 135 ms per 100M weights.
 */
export function quantizeWeights(
  w: Float32Array,
  outChannels: number,
  minScale?: Float32Array,
  q = new Int8Array(w.length),
): QuantizedWeights {
  if (w.length < WASM_QUANTIZE_MIN) return quantizeWeightsJs(w, outChannels, minScale, q);
  const scale = new Float32Array(outChannels);
  const sums = new Int32Array(outChannels);
  quantizeWeightsWasm(w, outChannels, minScale, q, scale, sums);
  return { q, scale, sums };
}

/** Layers of at least this many weights are quantized in wasm: below it the copies cost more than they save. */
const WASM_QUANTIZE_MIN = 4096;

/** quantizeWeights in JavaScript (small layers; the reference the wasm kernel is tested against). */
export function quantizeWeightsJs(
  w: Float32Array,
  outChannels: number,
  minScale?: Float32Array,
  q = new Int8Array(w.length),
): QuantizedWeights {
  const per = w.length / outChannels;
  const scale = new Float32Array(outChannels);
  const sums = new Int32Array(outChannels);
  const bits = new Int32Array(w.buffer, w.byteOffset, w.length);
  for (let c = 0; c < outChannels; c++) {
    const base = c * per,
      end = base + per;
    const m = maxAbs(w, bits, base, end);
    let s = m > 0 ? f32(m / 127) : 1;
    if (minScale && minScale[c]! > s) s = minScale[c]!;
    scale[c] = s;
    let sum = 0;
    for (let k = base; k < end; k++) {
      // roundHalfEven(x): |x| <= 127 here (s >= max|w| / 127), and adding 1.5·2^52 leaves no fraction
      // bits, so the addition itself rounds to the nearest integer, ties to even (V8 compiles neither
      // Math.round nor Math.floor to one instruction here). A NaN or infinite weight makes x NaN
      // (s is then infinite), which `| 0` stores as 0, as an Int8Array store would.
      const x = w[k]! / s;
      let v = (x + ROUNDING_BIAS - ROUNDING_BIAS) | 0;
      v = v > 127 ? 127 : v < -127 ? -127 : v;
      q[k] = v;
      sum += v;
    }
    sums[c] = sum;
  }
  return { q, scale, sums };
}

/** int32 bias for real bias `b` at accumulator scale xScale * wScale. */
export function quantizeBias(b: number, xScale: number, wScale: number): number {
  const v = roundHalfEven(b / f32(f32(xScale) * f32(wScale)));
  return Math.max(-(2 ** 31), Math.min(2 ** 31 - 1, v));
}
