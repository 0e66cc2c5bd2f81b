// The host side of a TPU segment: converting tensors between their logical layout (NCHW or
// rows x features, as ONNX has them) and the frame layout the program reads from and writes to
// host memory (per channel block, one row of the block's valid channels per padded pixel), with
// quantization to uint8 and back. This is the "user-space driver" work of the TPU paper.
import { type Tensor, im2colWasm } from '../graph/index.js';
import { RuntimeError } from './errors.js';
import { type Frame, blockChannels, blocks, hostFrameBytes, paddedDims } from './frame.js';

export { hostFrameBytes } from './frame.js';
import type { Im2colSpec } from './lower/index.js';
import { type QParams, ROUNDING_BIAS, dequantizeValue } from './quantize.js';

/**
 * Quantizes a float tensor to uint8: quantizeValue(x, scale, zeroPoint, 0, 255) per element
 * (QuantizeLinear), inlined with its rounding done by adding 1.5·2^52. Exact where |x / scale| <
 * 2^51; beyond, both clamp to the same end. A NaN is stored as 0 (qmin), as quantizeValue gives.
 */
export function quantizeArray(x: Float32Array, q: QParams): Uint8Array {
  const out = new Uint8Array(x.length);
  const { scale, zeroPoint } = q;
  for (let i = 0; i < x.length; i++) {
    const r = Math.fround(x[i]! / scale) + ROUNDING_BIAS - ROUNDING_BIAS + zeroPoint;
    out[i] = r < 0 ? 0 : r > 255 ? 255 : r;
  }
  return out;
}

/** Dequantizes a uint8 tensor to float32 (through a table of the 256 values dequantizeValue gives). */
export function dequantizeArray(v: Uint8Array, q: QParams): Float32Array {
  const table = new Float32Array(256);
  for (let b = 0; b < 256; b++) table[b] = dequantizeValue(b, q);
  const out = new Float32Array(v.length);
  for (let i = 0; i < v.length; i++) out[i] = table[v[i]!]!;
  return out;
}

/**
 * Visits a frame's host bytes in host order (block, image, padded row, padded column, channel of
 * the block): `pixel(p, src, stride, cb)` for each interior pixel, whose cb bytes start at host
 * byte p and hold logical elements src, src + stride, ... (padding pixels are skipped). A flat
 * frame is the NCHW case with h = w = 1 (logical index n * channels + c). Strided loops rather
 * than a per-byte index map: a session packs and unpacks megabytes per micro-batch.
 */
function forEachPixel(f: Frame, pixel: (p: number, src: number, stride: number, cb: number) => void): void {
  const { wp } = paddedDims(f);
  const hw = f.h * f.w;
  let p = 0;
  for (let b = 0; b < blocks(f); b++) {
    const cb = blockChannels(f, b);
    for (let n = 0; n < f.n; n++) {
      p += f.pad[0] * wp * cb;
      for (let y = 0; y < f.h; y++) {
        p += f.pad[1] * cb;
        const row = (n * f.channels + b * f.g) * hw + y * f.w;
        for (let x = 0; x < f.w; x++, p += cb) pixel(p, row + x, hw, cb);
        p += f.pad[3] * cb;
      }
      p += f.pad[2] * wp * cb;
    }
  }
}

/**
 * Lays a quantized tensor (logical layout) out as the frame's host bytes, into `out` (hostFrameBytes(f)
 * bytes; every one is written); padding holds `zeroPoint`.
 */
export function packFrame(
  values: Uint8Array,
  f: Frame,
  zeroPoint: number,
  out: Uint8Array = new Uint8Array(hostFrameBytes(f)),
): Uint8Array {
  if (f.pad.some((p) => p > 0)) out.fill(zeroPoint);
  forEachPixel(f, (p, src, stride, cb) => {
    for (let k = 0; k < cb; k++) out[p + k] = values[src + k * stride]!;
  });
  return out;
}

/**
 * A gather's indices as the program reads them: uint32 little-endian, negative ones counted from
 * the end (ONNX Gather), into `bytes` bytes (whole UB rows). An index outside [-rows, rows) is an
 * error naming the tensor.
 */
export function packIndices(t: Tensor, rows: number, bytes: number, name: string): Uint8Array {
  const out = new Uint8Array(bytes);
  const view = new DataView(out.buffer);
  Array.from(t.data as ArrayLike<number | bigint>, Number).forEach((v, i) => {
    if (!Number.isInteger(v) || v < -rows || v >= rows)
      throw new RuntimeError(`index ${v} of "${name}" is outside [${-rows}, ${rows}) (Gather)`);
    view.setUint32(4 * i, v < 0 ? v + rows : v, true);
  });
  return out;
}

/** Reads a frame's interior back from host bytes into the logical layout, into `out` (every byte is written). */
export function unpackFrame(bytes: Uint8Array, f: Frame, out: Uint8Array = new Uint8Array(f.n * f.channels * f.h * f.w)): Uint8Array {
  if (out.length !== f.n * f.channels * f.h * f.w)
    throw new RangeError(`unpackFrame: ${out.length} bytes given for ${f.n * f.channels * f.h * f.w}`);
  forEachPixel(f, (p, dst, stride, cb) => {
    for (let k = 0; k < cb; k++) out[dst + k * stride] = bytes[p + k]!;
  });
  return out;
}

/**
 * Host-side im2col of a quantized NCHW tensor: one row per output pixel (n, oy, ox), features
 * in ONNX weight order (c, r, s), out-of-image positions holding the zero point; laid out as the
 * flat frame `f` (rows = output pixels, channels = C*kh*kw), into `out` (hostFrameBytes(f) bytes,
 * every one written).
 */
export function packIm2col(
  values: Uint8Array,
  shape: readonly number[],
  spec: Im2colSpec,
  f: Frame,
  zeroPoint: number,
  out: Uint8Array = new Uint8Array(hostFrameBytes(f)),
): Uint8Array {
  const K = shape[1]! * spec.kernel[0] * spec.kernel[1];
  // the compiler's im2col frames are flat and unpadded: written directly, block by block
  if (!f.spatial && f.channels === K && f.pad.every((p) => p === 0)) return im2colBlocks(values, shape, spec, f.g, zeroPoint, out);
  const rows = new Uint8Array(shape[0]! * spec.outH * spec.outW * K);
  return packFrame(im2colBlocks(values, shape, spec, K, zeroPoint, rows), f, zeroPoint, out);
}

/**
 * Outputs of this many bytes are written in wasm (im2colWasm): below, the copies cost more than
 * they save; above, the copy the module's memory keeps would add to the peak memory.
 */
const WASM_IM2COL_BYTES = { min: 1 << 16, max: 64 * 2 ** 20 };

/**
 * im2col rows in blocks of `g` features into `out` (N * outH * outW * K bytes): for each block,
 * every output pixel's `g` (or fewer) features, as a flat frame with channel blocks of g lays them
 * out in host memory (g = K: the logical [pixels, K] matrix). Large ones run in wasm, the same
 * bytes (zoo:cnn1's first convolution: 7.4 MB a micro-batch, a byte at a time here).
 */
function im2colBlocks(
  values: Uint8Array,
  shape: readonly number[],
  spec: Im2colSpec,
  g: number,
  zeroPoint: number,
  out: Uint8Array,
): Uint8Array {
  const [N, Cin] = shape as [number, number];
  const K = Cin * spec.kernel[0] * spec.kernel[1];
  if (out.length !== N * spec.outH * spec.outW * K)
    throw new RangeError(`im2col: ${out.length} bytes given for ${N * spec.outH * spec.outW * K}`);
  if (out.length < WASM_IM2COL_BYTES.min || out.length > WASM_IM2COL_BYTES.max)
    return im2colBlocksJs(values, shape, spec, g, zeroPoint, out);
  im2colWasm(values, shape, spec, g, zeroPoint, out);
  return out;
}

/** im2colBlocks in JavaScript (small outputs; the reference the wasm kernel is tested against). Windows wholly inside the image skip the bounds checks. */
export function im2colBlocksJs(
  values: Uint8Array,
  shape: readonly number[],
  spec: Im2colSpec,
  g: number,
  zeroPoint: number,
  out: Uint8Array,
): Uint8Array {
  const [N, Cin, H, W] = shape as [number, number, number, number];
  const [kh, kw] = spec.kernel;
  const [sy, sx] = spec.strides;
  const K = Cin * kh * kw;
  // per feature k = (c, r, s): its tap's offset from the window's corner, and from the image's start
  const dy = new Int32Array(K);
  const dx = new Int32Array(K);
  const offset = new Int32Array(K);
  for (let c = 0, k = 0; c < Cin; c++)
    for (let r = 0; r < kh; r++)
      for (let s = 0; s < kw; s++, k++) {
        dy[k] = r * spec.dilations[0];
        dx[k] = s * spec.dilations[1];
        offset[k] = c * H * W + dy[k]! * W + dx[k]!;
      }
  const [spanY, spanX] = [(kh - 1) * spec.dilations[0], (kw - 1) * spec.dilations[1]];
  if (out.length !== N * spec.outH * spec.outW * K)
    throw new RangeError(`im2col: ${out.length} bytes given for ${N * spec.outH * spec.outW * K}`);
  // 32-bit stores need `out` to start on a 4-byte boundary (a host image's frames do)
  const wide = LITTLE_ENDIAN && (out.byteOffset & 3) === 0;
  const out32 = new Uint32Array(out.buffer, wide ? out.byteOffset : 0, wide ? out.length >> 2 : 0);
  let p = 0;
  for (let k0 = 0; k0 < K; k0 += g) {
    const k1 = Math.min(K, k0 + g);
    for (let n = 0; n < N; n++) {
      const image = n * Cin * H * W;
      for (let oy = 0; oy < spec.outH; oy++) {
        const y0 = oy * sy - spec.pads[0];
        const rowInside = y0 >= 0 && y0 + spanY < H;
        for (let ox = 0; ox < spec.outW; ox++) {
          const x0 = ox * sx - spec.pads[1];
          if (rowInside && x0 >= 0 && x0 + spanX < W) {
            const corner = image + y0 * W + x0;
            if (wide && ((p | (k1 - k0)) & 3) === 0) p = gather4(values, corner, offset, k0, k1, out32, p);
            else for (let k = k0; k < k1; k++) out[p++] = values[corner + offset[k]!]!;
            continue;
          }
          for (let k = k0; k < k1; k++) {
            const iy = y0 + dy[k]!;
            const ix = x0 + dx[k]!;
            out[p++] = iy >= 0 && iy < H && ix >= 0 && ix < W ? values[image + offset[k]! + (y0 * W + x0)]! : zeroPoint;
          }
        }
      }
    }
  }
  return out;
}

/** Whether a Uint32Array stores its low byte first (every platform Node runs on, in practice). */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * out[p..] = values[corner + offset[k]] for k in [k0, k1), four bytes per (little-endian) 32-bit
 * store (p and k1 - k0 multiples of 4): 1.7x the bytewise loop. Returns the next p.
 */
function gather4(values: Uint8Array, corner: number, offset: Int32Array, k0: number, k1: number, out32: Uint32Array, p: number): number {
  for (let k = k0; k < k1; k += 4, p += 4) {
    out32[p >> 2] =
      values[corner + offset[k]!]! |
      (values[corner + offset[k + 1]!]! << 8) |
      (values[corner + offset[k + 2]!]! << 16) |
      (values[corner + offset[k + 3]!]! << 24);
  }
  return p;
}
