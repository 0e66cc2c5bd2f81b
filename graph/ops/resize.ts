// Resize (opset 19 semantics without antialias) and the deprecated Upsample. Interpolation is
// separable: each axis gets, per output index, a few (input index, weight) taps, applied one
// axis at a time. tf_crop_and_resize points outside the image take extrapolation_value.
import type { Attrs, Dim } from '../ir.js';
import { type Tensor, sizeOf } from '../tensor.js';
import type { OpDef } from './types.js';
import {
  FLOAT_TYPES,
  attrFloat,
  attrInt,
  attrInts,
  attrString,
  checkEnum,
  constOf,
  defineOp,
  expectDType,
  fail,
  hasInput,
  inType,
  need,
  normAxis,
  stridesOf,
  toInts,
  toNumbers,
  unknownShape,
} from './util.js';

const MODES = ['nearest', 'linear', 'cubic'] as const;
const TRANSFORMS = [
  'half_pixel',
  'half_pixel_symmetric',
  'pytorch_half_pixel',
  'align_corners',
  'asymmetric',
  'tf_crop_and_resize',
  'tf_half_pixel_for_nn',
] as const;
const NEAREST = ['round_prefer_floor', 'round_prefer_ceil', 'floor', 'ceil'] as const;

interface AxisTaps {
  /** taps[o] lists [inputIndex, weight] pairs. */
  taps: [number, number][][];
  /** Output indices whose source coordinate lies outside the image (tf_crop_and_resize only). */
  outside: Uint8Array;
}

interface ResizeOptions {
  mode: string;
  transform: string;
  nearestMode: string;
  cubicA: number;
  excludeOutside: boolean;
}

// Coordinates are computed in float32 step by step, as onnxruntime does: nearest-neighbour picks
// can flip when a float64 result lands a hair below an integer that float32 hits exactly.
const f = Math.fround;

function sourceCoord(o: number, scale: number, inLen: number, outLen: number, transform: string, roiStart: number, roiEnd: number): number {
  switch (transform) {
    case 'asymmetric':
      return f(o / scale);
    case 'tf_half_pixel_for_nn':
      // Opset 11-12 only; kept so older TensorFlow exports still run.
      return f(f(o + 0.5) / scale);
    case 'pytorch_half_pixel':
      return outLen > 1 ? f(f(f(o + 0.5) / scale) - 0.5) : 0;
    case 'align_corners':
      return outLen === 1 ? 0 : f(f(o * (inLen - 1)) / (outLen - 1));
    case 'tf_crop_and_resize':
      return outLen > 1
        ? f(roiStart * (inLen - 1) + (o * (roiEnd - roiStart) * (inLen - 1)) / (outLen - 1))
        : f(0.5 * (roiStart + roiEnd) * (inLen - 1));
    case 'half_pixel_symmetric': {
      const adjustment = f(outLen / f(scale * inLen));
      const center = f(inLen / 2);
      const offset = f(center * f(1 - adjustment));
      return f(offset + f(f(f(o + 0.5) / scale) - 0.5));
    }
    default:
      return f(f(f(o + 0.5) / scale) - 0.5);
  }
}

function nearestIndex(x: number, mode: string, scale: number): number {
  switch (mode) {
    case 'floor':
      return Math.floor(x);
    case 'ceil':
      return Math.ceil(x);
    case 'round_prefer_ceil':
      return Math.floor(x) + (x - Math.floor(x) >= 0.5 ? 1 : 0);
    case 'simple':
      // Upsample's rule: truncate when enlarging, round up when shrinking.
      return scale < 1 ? Math.ceil(x) : Math.floor(x);
    default:
      return x - Math.floor(x) > 0.5 ? Math.floor(x) + 1 : Math.floor(x);
  }
}

function cubicWeights(t: number, a: number): number[] {
  const w = (d: number): number => {
    const x = Math.abs(d);
    if (x <= 1) return (a + 2) * x ** 3 - (a + 3) * x ** 2 + 1;
    if (x < 2) return a * x ** 3 - 5 * a * x ** 2 + 8 * a * x - 4 * a;
    return 0;
  };
  return [w(1 + t), w(t), w(1 - t), w(2 - t)];
}

function axisTaps(inLen: number, outLen: number, scale: number, roiStart: number, roiEnd: number, o: ResizeOptions): AxisTaps {
  const taps: [number, number][][] = [];
  const outside = new Uint8Array(outLen);
  const clampI = (i: number): number => Math.min(Math.max(i, 0), inLen - 1);
  for (let i = 0; i < outLen; i++) {
    const x = sourceCoord(i, scale, inLen, outLen, o.transform, roiStart, roiEnd);
    if (o.transform === 'tf_crop_and_resize' && (x < 0 || x > inLen - 1)) outside[i] = 1;
    if (o.mode === 'nearest') {
      taps.push([[clampI(nearestIndex(x, o.nearestMode, scale)), 1]]);
    } else if (o.mode === 'linear') {
      const xc = Math.min(Math.max(x, 0), inLen - 1);
      const x0 = Math.floor(xc);
      const x1 = Math.min(x0 + 1, inLen - 1);
      const f = xc - x0;
      taps.push(
        x0 === x1
          ? [[x0, 1]]
          : [
              [x0, 1 - f],
              [x1, f],
            ],
      );
    } else {
      const x0 = Math.floor(x);
      const ws = cubicWeights(x - x0, o.cubicA);
      let list: [number, number][] = ws.map((w, k) => [x0 - 1 + k, w]);
      if (o.excludeOutside) {
        list = list.filter(([j]) => j >= 0 && j < inLen);
        const s = list.reduce((acc, [, w]) => acc + w, 0);
        list = list.map(([j, w]) => [j, s === 0 ? 0 : w / s]);
      } else {
        list = list.map(([j, w]) => [clampI(j), w]);
      }
      taps.push(list);
    }
  }
  return { taps, outside };
}

/** Applies per-axis taps along `axis` of a float64 buffer with `shape`. */
function applyAxis(data: Float64Array, shape: number[], axis: number, t: AxisTaps): { data: Float64Array; shape: number[] } {
  const outLen = t.taps.length;
  const outer = sizeOf(shape.slice(0, axis));
  const inner = sizeOf(shape.slice(axis + 1));
  const inLen = shape[axis]!;
  const out = new Float64Array(outer * outLen * inner);
  for (let o = 0; o < outer; o++)
    for (let i = 0; i < outLen; i++) {
      const dst = (o * outLen + i) * inner;
      for (const [j, w] of t.taps[i]!) {
        const src = (o * inLen + j) * inner;
        for (let k = 0; k < inner; k++) out[dst + k] += w * data[src + k]!;
      }
    }
  const s = [...shape];
  s[axis] = outLen;
  return { data: out, shape: s };
}

interface ResizePlan {
  outShape: number[];
  scales: number[];
}

function resizePlan(inShape: readonly number[], scalesIn: number[] | undefined, sizesIn: number[] | undefined, attrs: Attrs): ResizePlan {
  const r = inShape.length;
  const axes = (attrInts(attrs, 'axes') ?? Array.from({ length: r }, (_, i) => i)).map((a) => normAxis(a, r));
  const scales = new Array<number>(r).fill(1);
  const outShape = [...inShape];
  if (scalesIn && scalesIn.length > 0) {
    if (scalesIn.length !== axes.length) fail(`scales has ${scalesIn.length} values, expected ${axes.length}`);
    axes.forEach((a, i) => {
      if (!(scalesIn[i]! > 0)) fail(`scales must be positive, got ${scalesIn[i]}`);
      scales[a] = Math.fround(scalesIn[i]!);
      outShape[a] = Math.floor(inShape[a]! * Math.fround(scalesIn[i]!));
    });
  } else if (sizesIn && sizesIn.length > 0) {
    if (sizesIn.length !== axes.length) fail(`sizes has ${sizesIn.length} values, expected ${axes.length}`);
    const policy = attrString(attrs, 'keep_aspect_ratio_policy', 'stretch');
    if (policy === 'stretch') {
      axes.forEach((a, i) => {
        outShape[a] = sizesIn[i]!;
        scales[a] = Math.fround(sizesIn[i]! / inShape[a]!);
      });
    } else {
      const ratios = axes.map((a, i) => sizesIn[i]! / inShape[a]!);
      const s = Math.fround(policy === 'not_larger' ? Math.min(...ratios) : Math.max(...ratios));
      axes.forEach((a) => {
        scales[a] = s;
        outShape[a] = Math.round(s * inShape[a]!);
      });
    }
  } else {
    fail('needs scales or sizes');
  }
  return { outShape, scales };
}

function runResize(x: Tensor, plan: ResizePlan, roi: number[] | undefined, o: ResizeOptions, extrapolation: number): Tensor {
  const r = x.shape.length;
  let data: Float64Array = Float64Array.from(x.data as Float32Array);
  let shape = [...x.shape];
  const outside: (Uint8Array | undefined)[] = new Array(r).fill(undefined);
  for (let a = 0; a < r; a++) {
    if (plan.outShape[a] === x.shape[a] && plan.scales[a] === 1 && o.transform !== 'tf_crop_and_resize') continue;
    const t = axisTaps(x.shape[a]!, plan.outShape[a]!, plan.scales[a]!, roi?.[a] ?? 0, roi?.[a + r] ?? 1, o);
    ({ data, shape } = applyAxis(data, shape, a, t));
    outside[a] = t.outside;
  }
  if (o.transform === 'tf_crop_and_resize') {
    const st = stridesOf(shape);
    for (let e = 0; e < data.length; e++) {
      for (let a = 0; a < r; a++) {
        if (outside[a]?.[Math.floor(e / st[a]!) % shape[a]!]) {
          data[e] = extrapolation;
          break;
        }
      }
    }
  }
  const out = x.dtype === 'float64' ? data : Float32Array.from(data);
  return { dtype: x.dtype, shape, data: out };
}

function optionsOf(attrs: Attrs): ResizeOptions {
  return {
    mode: attrString(attrs, 'mode', 'nearest'),
    transform: attrString(attrs, 'coordinate_transformation_mode', 'half_pixel'),
    nearestMode: attrString(attrs, 'nearest_mode', 'round_prefer_floor'),
    cubicA: attrFloat(attrs, 'cubic_coeff_a', -0.75),
    excludeOutside: attrInt(attrs, 'exclude_outside', 0) !== 0,
  };
}

function expandRoi(roi: number[] | undefined, r: number, attrs: Attrs): number[] | undefined {
  if (!roi || roi.length === 0) return undefined;
  const axes = attrInts(attrs, 'axes');
  if (!axes) return roi;
  const full = [...new Array<number>(r).fill(0), ...new Array<number>(r).fill(1)];
  axes.forEach((ax, i) => {
    const a = normAxis(ax, r);
    full[a] = roi[i]!;
    full[a + r] = roi[i + axes.length]!;
  });
  return full;
}

const resize = defineOp({
  op: 'Resize',
  infer(inputs, attrs, ctx) {
    const x = inType(inputs, 0, 'X');
    expectDType('X', x.dtype, FLOAT_TYPES);
    if (!x.shape) return [{ dtype: x.dtype }];
    const scales = hasInput(inputs, 2) ? constOf(inputs, 2) : undefined;
    const sizes = hasInput(inputs, 3) ? constOf(inputs, 3) : undefined;
    const numeric = x.shape.every((d) => typeof d === 'number');
    if (numeric && (scales?.data.length || sizes?.data.length)) {
      const plan = resizePlan(x.shape as number[], scales ? toNumbers(scales) : undefined, sizes ? toInts(sizes) : undefined, attrs);
      return [{ dtype: x.dtype, shape: plan.outShape }];
    }
    return [{ dtype: x.dtype, shape: unknownShape(ctx, 0, x.shape.length) as Dim[] }];
  },
  run(inputs, attrs) {
    const x = need(inputs, 0, 'X');
    expectDType('X', x.dtype, FLOAT_TYPES);
    const roi = inputs[1] ? toNumbers(inputs[1]) : undefined;
    const scales = inputs[2] ? toNumbers(inputs[2]) : undefined;
    const sizes = inputs[3] ? toInts(inputs[3], 'sizes') : undefined;
    if (scales?.length && sizes?.length) fail('only one of scales and sizes may be given');
    const plan = resizePlan(x.shape, scales, sizes, attrs);
    return [runResize(x, plan, expandRoi(roi, x.shape.length, attrs), optionsOf(attrs), attrFloat(attrs, 'extrapolation_value', 0))];
  },
  unsupported(attrs) {
    const msgs = [
      ...checkEnum(attrs, 'mode', 'nearest', MODES),
      ...checkEnum(attrs, 'coordinate_transformation_mode', 'half_pixel', TRANSFORMS),
      ...checkEnum(attrs, 'nearest_mode', 'round_prefer_floor', NEAREST),
      ...checkEnum(attrs, 'keep_aspect_ratio_policy', 'stretch', ['stretch', 'not_larger', 'not_smaller']),
    ];
    if (attrInt(attrs, 'antialias', 0) !== 0) msgs.push('antialias=1 is not supported');
    return msgs;
  },
});

const upsample = defineOp({
  op: 'Upsample',
  infer(inputs, attrs, ctx) {
    const x = inType(inputs, 0, 'X');
    if (!x.shape) return [{ dtype: x.dtype }];
    const s = constOf(inputs, 1);
    const scales = s ? toNumbers(s) : attrInts(attrs, 'scales');
    if (scales && x.shape.every((d) => typeof d === 'number'))
      return [{ dtype: x.dtype, shape: (x.shape as number[]).map((d, i) => Math.floor(d * scales[i]!)) }];
    return [{ dtype: x.dtype, shape: unknownShape(ctx, 0, x.shape.length) }];
  },
  run(inputs, attrs) {
    const x = need(inputs, 0, 'X');
    expectDType('X', x.dtype, FLOAT_TYPES);
    const scales = inputs[1] ? toNumbers(inputs[1]) : (attrs['scales'] as number[] | undefined);
    if (!scales) fail('needs scales');
    const plan = resizePlan(x.shape, scales, undefined, {});
    const mode = attrString(attrs, 'mode', 'nearest');
    const o: ResizeOptions = {
      mode: mode === 'bilinear' ? 'linear' : mode,
      transform: 'asymmetric',
      nearestMode: 'simple',
      cubicA: -0.75,
      excludeOutside: false,
    };
    return [runResize(x, plan, undefined, o, 0)];
  },
  unsupported: (attrs) => checkEnum(attrs, 'mode', 'nearest', ['nearest', 'linear', 'bilinear']),
});

/** Resize and Upsample. */
export const resizeOps: OpDef[] = [resize, upsample];
