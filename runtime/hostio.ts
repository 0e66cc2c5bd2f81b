// The host side of a TPU segment: converting tensors between their logical layout (NCHW or
// rows x features, as ONNX has them) and the frame layout the program reads from and writes to
// host memory (per channel block, one row of the block's valid channels per padded pixel), with
// quantization to uint8 and back. This is the "user-space driver" work of the TPU paper.
import { type Tensor, quantizeValue } from '../graph/index.js';
import { RuntimeError } from './errors.js';
import { type Frame, blockChannels, blocks, hostFrameBytes, paddedDims } from './frame.js';

export { hostFrameBytes } from './frame.js';
import type { Im2colSpec } from './lower/index.js';
import { type QParams, dequantizeValue } from './quantize.js';

/** Quantizes a float tensor to uint8 (QuantizeLinear). */
export function quantizeArray(x: Float32Array, q: QParams): Uint8Array {
  const out = new Uint8Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = quantizeValue(x[i]!, q.scale, q.zeroPoint, 0, 255);
  return out;
}

/** Dequantizes a uint8 tensor to float32. */
export function dequantizeArray(v: Uint8Array, q: QParams): Float32Array {
  const out = new Float32Array(v.length);
  for (let i = 0; i < v.length; i++) out[i] = dequantizeValue(v[i]!, q);
  return out;
}

/** Index of element (n, c, y, x) of a frame's logical tensor (NCHW, or [rows, features] with y = x = 0). */
function logicalIndex(f: Frame, n: number, c: number, y: number, x: number): number {
  return f.spatial ? ((n * f.channels + c) * f.h + y) * f.w + x : n * f.channels + c;
}

/**
 * For each host byte of a frame, in host order, the index of the logical element it holds, or -1
 * for padding. Cached per frame: a session packs and unpacks the same frames on every run.
 */
const hostMaps = new WeakMap<Frame, Int32Array>();
function hostToLogical(f: Frame): Int32Array {
  let map = hostMaps.get(f);
  if (map) return map;
  map = new Int32Array(hostFrameBytes(f));
  const { hp, wp } = paddedDims(f);
  let p = 0;
  for (let b = 0; b < blocks(f); b++) {
    const cb = blockChannels(f, b);
    for (let n = 0; n < f.n; n++) {
      for (let yy = 0; yy < hp; yy++) {
        const y = yy - f.pad[0];
        for (let xx = 0; xx < wp; xx++) {
          const x = xx - f.pad[1];
          const inside = y >= 0 && y < f.h && x >= 0 && x < f.w;
          for (let k = 0; k < cb; k++) map[p++] = inside ? logicalIndex(f, n, b * f.g + k, y, x) : -1;
        }
      }
    }
  }
  hostMaps.set(f, map);
  return map;
}

/** Lays a quantized tensor (logical layout) out as the frame's host bytes; padding holds `zeroPoint`. */
export function packFrame(values: Uint8Array, f: Frame, zeroPoint: number): Uint8Array {
  const map = hostToLogical(f);
  const out = new Uint8Array(map.length);
  for (let p = 0; p < map.length; p++) {
    const i = map[p]!;
    out[p] = i < 0 ? zeroPoint : values[i]!;
  }
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

/** Reads a frame's interior back from host bytes into the logical layout. */
export function unpackFrame(bytes: Uint8Array, f: Frame): Uint8Array {
  const map = hostToLogical(f);
  const out = new Uint8Array(f.n * f.channels * f.h * f.w);
  for (let p = 0; p < map.length; p++) {
    const i = map[p]!;
    if (i >= 0) out[i] = bytes[p]!;
  }
  return out;
}

/**
 * Host-side im2col of a quantized NCHW tensor: one row per output pixel (n, oy, ox), features
 * in ONNX weight order (c, r, s), out-of-image positions holding the zero point; laid out as the
 * flat frame `f` (rows = output pixels, channels = C*kh*kw).
 */
export function packIm2col(values: Uint8Array, shape: readonly number[], spec: Im2colSpec, f: Frame, zeroPoint: number): Uint8Array {
  const [N, Cin, H, W] = shape as [number, number, number, number];
  const [kh, kw] = spec.kernel;
  const logical = new Uint8Array(f.n * f.channels);
  let m = 0;
  for (let n = 0; n < N; n++) {
    for (let oy = 0; oy < spec.outH; oy++) {
      for (let ox = 0; ox < spec.outW; ox++, m++) {
        let k = 0;
        for (let c = 0; c < Cin; c++) {
          for (let r = 0; r < kh; r++) {
            const iy = oy * spec.strides[0] - spec.pads[0] + r * spec.dilations[0];
            for (let s = 0; s < kw; s++, k++) {
              const ix = ox * spec.strides[1] - spec.pads[1] + s * spec.dilations[1];
              logical[m * f.channels + k] = iy >= 0 && iy < H && ix >= 0 && ix < W ? values[((n * Cin + c) * H + iy) * W + ix]! : zeroPoint;
            }
          }
        }
      }
    }
  }
  return packFrame(logical, f, zeroPoint);
}
