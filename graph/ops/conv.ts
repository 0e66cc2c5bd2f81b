// Convolution: Conv as im2col + blocked GEMM per group, ConvTranspose as GEMM + col2im, and the
// window geometry (pads, auto_pad, output sizes) shared with pooling and the integer convolutions.
import type { Attrs, Dim } from '../ir.js';
import { type Tensor, allocData, sizeOf } from '../tensor.js';
import { gemmF32, transposeF32 } from './gemm.js';
import type { InferInput, OpContext, OpDef, OutputType } from './types.js';
import {
  type AnyArray,
  FLOAT_TYPES,
  asF32,
  attrInt,
  attrInts,
  attrString,
  checkEnum,
  defineOp,
  expectDType,
  fail,
  fromF32,
  inType,
  need,
  stridesOf,
  unknownDim,
} from './util.js';

/** Where a sliding window goes over each spatial axis. */
export interface WindowGeometry {
  kernel: number[];
  strides: number[];
  dilations: number[];
  padsBegin: number[];
  padsEnd: number[];
  out: number[];
}

const AUTO_PADS = ['NOTSET', 'SAME_UPPER', 'SAME_LOWER', 'VALID'] as const;

/** Messages for auto_pad values outside the ONNX set. */
export function checkAutoPad(attrs: Attrs): string[] {
  return checkEnum(attrs, 'auto_pad', 'NOTSET', AUTO_PADS);
}

/**
 * Window geometry from ONNX attributes (kernel_shape, strides, dilations, pads, auto_pad).
 * `ceil` selects ceil_mode output sizes as onnxruntime computes them (a last window starting in
 * the end padding is dropped).
 */
export function windowGeometry(inSpatial: readonly number[], kernel: readonly number[], attrs: Attrs, ceil = false): WindowGeometry {
  const r = inSpatial.length;
  if (kernel.length !== r) fail(`kernel has ${kernel.length} spatial dims but the input has ${r}`);
  const strides = attrInts(attrs, 'strides', new Array<number>(r).fill(1));
  const dilations = attrInts(attrs, 'dilations', new Array<number>(r).fill(1));
  if (strides.length !== r) fail(`strides has ${strides.length} values, expected ${r}`);
  if (dilations.length !== r) fail(`dilations has ${dilations.length} values, expected ${r}`);
  if (strides.some((s) => s < 1)) fail(`strides must be >= 1, got [${strides.join(', ')}]`);
  if (dilations.some((s) => s < 1)) fail(`dilations must be >= 1, got [${dilations.join(', ')}]`);
  const autoPad = attrString(attrs, 'auto_pad', 'NOTSET');
  const padsBegin = new Array<number>(r).fill(0);
  const padsEnd = new Array<number>(r).fill(0);
  const out = new Array<number>(r);
  for (let i = 0; i < r; i++) {
    const ext = (kernel[i]! - 1) * dilations[i]! + 1;
    if (autoPad === 'SAME_UPPER' || autoPad === 'SAME_LOWER') {
      const o = Math.ceil(inSpatial[i]! / strides[i]!);
      const total = Math.max(0, (o - 1) * strides[i]! + ext - inSpatial[i]!);
      const small = Math.floor(total / 2);
      padsBegin[i] = autoPad === 'SAME_UPPER' ? small : total - small;
      padsEnd[i] = total - padsBegin[i]!;
      out[i] = o;
      continue;
    }
    if (autoPad === 'NOTSET') {
      const pads = attrInts(attrs, 'pads', new Array<number>(2 * r).fill(0));
      if (pads.length !== 2 * r) fail(`pads has ${pads.length} values, expected ${2 * r}`);
      if (pads.some((p) => p < 0)) fail(`pads must be >= 0, got [${pads.join(', ')}]`);
      padsBegin[i] = pads[i]!;
      padsEnd[i] = pads[i + r]!;
    } else if (autoPad !== 'VALID') {
      fail(`auto_pad=${autoPad} is not supported`);
    }
    const span = inSpatial[i]! + padsBegin[i]! + padsEnd[i]! - ext;
    if (span < 0) fail(`window of extent ${ext} does not fit spatial dim ${i} of size ${inSpatial[i]} (with padding)`);
    let o = ceil ? Math.ceil(span / strides[i]!) + 1 : Math.floor(span / strides[i]!) + 1;
    if (ceil && (o - 1) * strides[i]! >= inSpatial[i]! + padsBegin[i]!) o--;
    out[i] = o;
  }
  return { kernel: [...kernel], strides, dilations, padsBegin, padsEnd, out };
}

/** Output spatial dims for shape inference; symbolic where the input is. */
export function inferWindowOut(
  spatial: readonly Dim[],
  kernel: readonly number[],
  attrs: Attrs,
  ctx: OpContext,
  ceil = false,
  firstAxis = 2,
): Dim[] {
  if (spatial.every((d) => typeof d === 'number')) return windowGeometry(spatial as number[], kernel, attrs, ceil).out;
  return spatial.map((_, i) => unknownDim(ctx, 0, firstAxis + i));
}

/**
 * Moves data between an image [C, ...imgSpatial] and its column matrix
 * [C * prod(kernel), prod(colSpatial)]: `toCols` gathers (im2col, `padValue` outside the image),
 * otherwise columns are added back into the image (col2im).
 */
export function imcol(
  toCols: boolean,
  img: AnyArray,
  imgOff: number,
  C: number,
  imgSpatial: readonly number[],
  g: WindowGeometry,
  colSpatial: readonly number[],
  col: AnyArray,
  padValue = 0,
): void {
  const r = imgSpatial.length;
  const kSize = sizeOf(g.kernel);
  const colSize = sizeOf(colSpatial);
  const imgSize = sizeOf(imgSpatial);
  const inner = colSpatial[r - 1] ?? 1;
  const outer = inner === 0 ? 0 : colSize / inner;
  const imgStrides = stridesOf(imgSpatial);
  const kStrides = stridesOf(g.kernel);
  const oStrides = stridesOf(colSpatial);
  const kt = new Array<number>(r);
  const last = r - 1;
  const sLast = g.strides[last]!;
  const wLast = imgSpatial[last]!;
  for (let c = 0; c < C; c++) {
    const cOff = imgOff + c * imgSize;
    for (let kIdx = 0; kIdx < kSize; kIdx++) {
      for (let d = 0; d < r; d++) kt[d] = Math.floor(kIdx / kStrides[d]!) % g.kernel[d]!;
      const rowBase = (c * kSize + kIdx) * colSize;
      const shiftLast = kt[last]! * g.dilations[last]! - g.padsBegin[last]!;
      // Output columns whose input index along the last axis lands inside the image.
      const oxLo = Math.min(inner, Math.max(0, Math.ceil(-shiftLast / sLast)));
      const oxHi = Math.max(oxLo, Math.min(inner, Math.ceil((wLast - shiftLast) / sLast)));
      for (let o = 0; o < outer; o++) {
        let off = cOff;
        let valid = true;
        for (let d = 0; d < last; d++) {
          const od = Math.floor((o * inner) / oStrides[d]!) % colSpatial[d]!;
          const id = od * g.strides[d]! - g.padsBegin[d]! + kt[d]! * g.dilations[d]!;
          if (id < 0 || id >= imgSpatial[d]!) {
            valid = false;
            break;
          }
          off += id * imgStrides[d]!;
        }
        const dst = rowBase + o * inner;
        if (toCols) {
          if (!valid) {
            for (let x = 0; x < inner; x++) col[dst + x] = padValue;
            continue;
          }
          for (let x = 0; x < oxLo; x++) col[dst + x] = padValue;
          let src = off + oxLo * sLast + shiftLast;
          for (let x = oxLo; x < oxHi; x++, src += sLast) col[dst + x] = img[src];
          for (let x = oxHi; x < inner; x++) col[dst + x] = padValue;
        } else if (valid) {
          let src = off + oxLo * sLast + shiftLast;
          for (let x = oxLo; x < oxHi; x++, src += sLast) img[src] = (img[src] as number) + (col[dst + x] as number);
        }
      }
    }
  }
}

/** Checked shapes of a convolution: X [N, C, ...], W [M, C/group, ...k]. */
interface ConvShapes {
  N: number;
  C: number;
  M: number;
  group: number;
  inSpatial: number[];
  geometry: WindowGeometry;
}

/** Validates X/W shapes and attributes of a Conv-like op and computes its geometry. */
export function convShapes(x: Tensor, w: Tensor, attrs: Attrs): ConvShapes {
  if (x.shape.length < 3) fail(`X must have rank >= 3 (N, C, spatial...), got [${x.shape.join(', ')}]`);
  if (w.shape.length !== x.shape.length) fail(`W has rank ${w.shape.length} but X has rank ${x.shape.length}`);
  const group = attrInt(attrs, 'group', 1);
  const [N, C] = x.shape as [number, number];
  const M = w.shape[0]!;
  if (group < 1 || C % group !== 0 || M % group !== 0) fail(`group=${group} must divide input channels ${C} and output channels ${M}`);
  if (w.shape[1]! * group !== C) fail(`W expects ${w.shape[1]! * group} input channels (with group=${group}) but X has ${C}`);
  const kernel = attrInts(attrs, 'kernel_shape', w.shape.slice(2));
  if (kernel.some((k, i) => k !== w.shape[2 + i]))
    fail(`kernel_shape [${kernel.join(', ')}] does not match W's [${w.shape.slice(2).join(', ')}]`);
  const inSpatial = x.shape.slice(2);
  return { N, C, M, group, inSpatial, geometry: windowGeometry(inSpatial, kernel, attrs) };
}

/** Shape rule shared by Conv, ConvInteger and QLinearConv (X and W input positions vary). */
export function inferConv(
  inputs: readonly InferInput[],
  attrs: Attrs,
  ctx: OpContext,
  xi: number,
  wi: number,
  dtype: OutputType['dtype'],
): OutputType[] {
  const x = inType(inputs, xi, 'X');
  const w = inType(inputs, wi, 'W');
  if (!x.shape || !w.shape) return [{ dtype }];
  if (x.shape.length < 3) fail(`X must have rank >= 3, got rank ${x.shape.length}`);
  if (w.shape.length !== x.shape.length) fail(`W has rank ${w.shape.length} but X has rank ${x.shape.length}`);
  const kernelDims = w.shape.slice(2);
  const kernel = attrInts(attrs, 'kernel_shape') ?? (kernelDims.every((k) => typeof k === 'number') ? (kernelDims as number[]) : undefined);
  const spatial = kernel ? inferWindowOut(x.shape.slice(2), kernel, attrs, ctx) : unknownShapeFrom(x.shape.length - 2, ctx);
  return [{ dtype, shape: [x.shape[0]!, w.shape[0]!, ...spatial] }];
}

function unknownShapeFrom(n: number, ctx: OpContext): Dim[] {
  return Array.from({ length: n }, (_, i) => unknownDim(ctx, 0, 2 + i));
}

/** Adds bias B [M] to every channel m of Y [N, M, outSize] in place. */
function addChannelBias(y: Float32Array, b: Tensor, N: number, M: number, outSize: number): void {
  if (b.data.length !== M) fail(`bias B has ${b.data.length} elements, expected ${M}`);
  const bd = b.data as Float32Array;
  for (let n = 0; n < N; n++)
    for (let m = 0; m < M; m++) {
      const bv = bd[m]!;
      const o = (n * M + m) * outSize;
      for (let i = 0; i < outSize; i++) y[o + i] += bv;
    }
}

/** Largest column matrix reused between convolutions (floats): cnn1's largest at 224x224 is 5.4M. */
const COL_SCRATCH_MAX = 8 * 2 ** 20;
/** Weakly held: reused through a synchronous pass of many convolutions, then left to the GC. */
let scratch: WeakRef<Float32Array> | undefined;

/**
 * A column matrix of `floats` floats (contents undefined: im2col writes every element). Up to
 * COL_SCRATCH_MAX it is one buffer reused from call to call: a fresh one costs a page fault per
 * 4 KiB on first touch (glibc returns large blocks to the OS, see cli/relaunch.ts), which made up
 * most of im2col's time in the zoo's calibration passes.
 */
function colScratch(floats: number): Float32Array {
  if (floats > COL_SCRATCH_MAX) return new Float32Array(floats);
  let buf = scratch?.deref();
  if (!buf || buf.length < floats) scratch = new WeakRef((buf = new Float32Array(floats)));
  return buf.subarray(0, floats);
}

/** Float32 convolution of X [N, C, ...] with W [M, C/g, ...] plus optional bias B [M]. */
function convF32(x: Tensor, w: Tensor, b: Tensor | undefined, attrs: Attrs): Tensor {
  const s = convShapes(x, w, attrs);
  const g = s.geometry;
  const { N, C, M, group } = s;
  const Cg = C / group;
  const Mg = M / group;
  const kSize = sizeOf(g.kernel);
  const outSize = sizeOf(g.out);
  const inSize = sizeOf(s.inSpatial);
  const K = Cg * kSize;
  const y = allocData('float32', N * M * outSize);
  const xd = x.data as Float32Array;
  const wd = w.data as Float32Array;
  // A 1x1 kernel with unit stride and no padding reads the image itself as the column matrix.
  const direct = kSize === 1 && g.strides.every((v) => v === 1) && g.padsBegin.every((v) => v === 0) && g.padsEnd.every((v) => v === 0);
  const col = direct ? undefined : colScratch(K * outSize);
  for (let n = 0; n < N; n++) {
    for (let gi = 0; gi < group; gi++) {
      const xOff = (n * C + gi * Cg) * inSize;
      let B: Float32Array = xd;
      let bOff = xOff;
      if (col) {
        imcol(true, xd, xOff, Cg, s.inSpatial, g, g.out, col);
        B = col;
        bOff = 0;
      }
      gemmF32(Mg, outSize, K, wd, gi * Mg * K, K, B, bOff, outSize, false, y, (n * M + gi * Mg) * outSize, outSize, false);
    }
  }
  if (b) addChannelBias(y, b, N, M, outSize);
  return { dtype: 'float32', shape: [N, M, ...g.out], data: y };
}

const conv = defineOp({
  op: 'Conv',
  infer(inputs, attrs, ctx) {
    const x = inType(inputs, 0, 'X');
    expectDType('input X', x.dtype, FLOAT_TYPES);
    return inferConv(inputs, attrs, ctx, 0, 1, x.dtype);
  },
  run(inputs, attrs) {
    const x = need(inputs, 0, 'X');
    const w = need(inputs, 1, 'W');
    expectDType('input X', x.dtype, FLOAT_TYPES);
    if (w.dtype !== x.dtype) fail(`W has dtype ${w.dtype}, expected ${x.dtype}`);
    const b = inputs[2];
    return [fromF32(convF32(asF32(x), asF32(w), b && asF32(b), attrs), x.dtype)];
  },
  unsupported: checkAutoPad,
});

/** Output spatial sizes and pads of ConvTranspose, following the ONNX spec's formulas. */
function convTransposeGeometry(inSpatial: readonly number[], kernel: readonly number[], attrs: Attrs): WindowGeometry {
  const r = inSpatial.length;
  const strides = attrInts(attrs, 'strides', new Array<number>(r).fill(1));
  const dilations = attrInts(attrs, 'dilations', new Array<number>(r).fill(1));
  const outPad = attrInts(attrs, 'output_padding', new Array<number>(r).fill(0));
  const outputShape = attrInts(attrs, 'output_shape');
  const autoPad = attrString(attrs, 'auto_pad', 'NOTSET');
  if (strides.length !== r || dilations.length !== r || outPad.length !== r) fail(`strides, dilations and output_padding need ${r} values`);
  const padsBegin = new Array<number>(r).fill(0);
  const padsEnd = new Array<number>(r).fill(0);
  const out = new Array<number>(r);
  const explicitPads = attrInts(attrs, 'pads');
  for (let i = 0; i < r; i++) {
    const full = strides[i]! * (inSpatial[i]! - 1) + outPad[i]! + (kernel[i]! - 1) * dilations[i]! + 1;
    let target: number | undefined;
    if (outputShape) target = outputShape[outputShape.length - r + i];
    else if (autoPad === 'SAME_UPPER' || autoPad === 'SAME_LOWER') target = inSpatial[i]! * strides[i]!;
    if (target !== undefined) {
      const total = full - target;
      const half = Math.floor(total / 2);
      if (autoPad === 'SAME_UPPER') {
        padsBegin[i] = half;
        padsEnd[i] = total - half;
      } else {
        padsBegin[i] = total - half;
        padsEnd[i] = half;
      }
      out[i] = target;
    } else {
      if (explicitPads && autoPad === 'NOTSET') {
        if (explicitPads.length !== 2 * r) fail(`pads has ${explicitPads.length} values, expected ${2 * r}`);
        padsBegin[i] = explicitPads[i]!;
        padsEnd[i] = explicitPads[i + r]!;
      }
      out[i] = full - padsBegin[i]! - padsEnd[i]!;
    }
    if (out[i]! <= 0) fail(`output spatial dim ${i} would be ${out[i]}`);
  }
  return { kernel: [...kernel], strides, dilations, padsBegin, padsEnd, out };
}

const convTranspose = defineOp({
  op: 'ConvTranspose',
  infer(inputs, attrs, ctx) {
    const x = inType(inputs, 0, 'X');
    const w = inType(inputs, 1, 'W');
    expectDType('input X', x.dtype, FLOAT_TYPES);
    if (!x.shape || !w.shape) return [{ dtype: x.dtype }];
    const group = attrInt(attrs, 'group', 1);
    const M = typeof w.shape[1] === 'number' ? w.shape[1] * group : unknownDim(ctx, 0, 1);
    const kernel = attrInts(attrs, 'kernel_shape') ?? w.shape.slice(2);
    const sp = x.shape.slice(2);
    if (sp.every((d) => typeof d === 'number') && kernel.every((d) => typeof d === 'number')) {
      return [{ dtype: x.dtype, shape: [x.shape[0]!, M, ...convTransposeGeometry(sp as number[], kernel as number[], attrs).out] }];
    }
    return [{ dtype: x.dtype, shape: [x.shape[0]!, M, ...unknownShapeFrom(sp.length, ctx)] }];
  },
  run(inputs, attrs) {
    const x0 = need(inputs, 0, 'X');
    expectDType('input X', x0.dtype, FLOAT_TYPES);
    const x = asF32(x0);
    const w = asF32(need(inputs, 1, 'W'));
    const b = inputs[2] && asF32(inputs[2]);
    if (x.shape.length < 3 || w.shape.length !== x.shape.length)
      fail(`X [${x.shape.join(', ')}] and W [${w.shape.join(', ')}] ranks do not fit`);
    const group = attrInt(attrs, 'group', 1);
    const [N, C] = x.shape as [number, number];
    if (w.shape[0] !== C) fail(`W has ${w.shape[0]} input channels but X has ${C}`);
    if (C % group !== 0) fail(`group=${group} does not divide ${C} input channels`);
    const Mg = w.shape[1]!;
    const M = Mg * group;
    const Cg = C / group;
    const kernel = attrInts(attrs, 'kernel_shape', w.shape.slice(2));
    const inSp = x.shape.slice(2);
    const g = convTransposeGeometry(inSp, kernel, attrs);
    const kSize = sizeOf(kernel);
    const inSize = sizeOf(inSp);
    const outSize = sizeOf(g.out);
    const y = new Float32Array(N * M * outSize);
    const col = new Float32Array(Mg * kSize * inSize);
    const xd = x.data as Float32Array;
    const wd = w.data as Float32Array;
    for (let gi = 0; gi < group; gi++) {
      // W_g is [Cg, Mg*k]; its transpose times X_g gives the columns to scatter into Y.
      const wT = transposeF32(wd, gi * Cg * Mg * kSize, Cg, Mg * kSize);
      for (let n = 0; n < N; n++) {
        gemmF32(Mg * kSize, inSize, Cg, wT, 0, Cg, xd, (n * C + gi * Cg) * inSize, inSize, false, col, 0, inSize, false);
        imcol(false, y, (n * M + gi * Mg) * outSize, Mg, g.out, g, inSp, col);
      }
    }
    if (b) addChannelBias(y, b, N, M, outSize);
    return [fromF32({ dtype: 'float32', shape: [N, M, ...g.out], data: y }, x0.dtype)];
  },
  unsupported: checkAutoPad,
});

/** Conv and ConvTranspose. */
export const convOps: OpDef[] = [conv, convTranspose];
