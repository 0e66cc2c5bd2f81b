// Data-movement and shape operators: Reshape, Flatten, Squeeze, Unsqueeze, Transpose, Expand,
// Tile, Concat, Split, Slice, Pad, Shape, Size, Identity, Dropout, DepthToSpace, SpaceToDepth.
// They work on every dtype (elements are copied, never converted).
import type { Attrs, Dim } from '../ir.js';
import { type Tensor, allocData, sizeOf } from '../tensor.js';
import { broadcastShape } from './broadcast.js';
import type { OpContext, OpDef, OutputType } from './types.js';
import {
  type AnyArray,
  attrFloat,
  attrInt,
  attrInts,
  attrString,
  broadcastDims,
  checkEnum,
  cloneTensor,
  constInts,
  constOf,
  defineOp,
  fail,
  hasInput,
  inType,
  int64Tensor,
  knownSize,
  need,
  normAxis,
  outType,
  sameAs,
  scalarOf,
  stridesOf,
  toInts,
  unknownDim,
  unknownShape,
} from './util.js';

/**
 * Copies into `dst` (contiguous, shape `shape`) the elements of `src` at
 * `offset + sum(index[a] * strides[a])`: transposes, slices and broadcasts are all this.
 */
function gatherStrided(src: AnyArray, offset: number, strides: readonly number[], shape: readonly number[], dst: AnyArray): void {
  const r = shape.length;
  const total = sizeOf(shape);
  if (total === 0) return;
  if (r === 0) {
    dst[0] = src[offset];
    return;
  }
  const inner = shape[r - 1]!;
  const sIn = strides[r - 1]!;
  const idx = new Array<number>(r).fill(0);
  let base = offset;
  for (let o = 0; o < total; o += inner) {
    let s = base;
    for (let i = 0; i < inner; i++, s += sIn) dst[o + i] = src[s];
    for (let a = r - 2; a >= 0; a--) {
      base += strides[a]!;
      if (++idx[a]! < shape[a]!) break;
      base -= strides[a]! * shape[a]!;
      idx[a] = 0;
    }
  }
}

/** A new tensor with axes permuted (`perm[i]` is the input axis of output axis i). */
export function transpose(t: Tensor, perm: readonly number[]): Tensor {
  const r = t.shape.length;
  if (perm.length !== r || [...perm].sort((a, b) => a - b).some((p, i) => p !== i)) {
    fail(`perm [${perm.join(', ')}] is not a permutation of ${r} axes`);
  }
  const inStrides = stridesOf(t.shape);
  const shape = perm.map((p) => t.shape[p]!);
  const out = allocData(t.dtype, t.data.length) as AnyArray;
  gatherStrided(
    t.data as AnyArray,
    0,
    perm.map((p) => inStrides[p]!),
    shape,
    out,
  );
  return { dtype: t.dtype, shape, data: out as Tensor['data'] };
}

/** Broadcasts a tensor to `shape` (numpy rules), materialising the copy. */
function expandTo(t: Tensor, shape: readonly number[]): Tensor {
  const out = allocData(t.dtype, sizeOf(shape)) as AnyArray;
  const st = stridesOf(t.shape);
  const off = shape.length - t.shape.length;
  const strides = shape.map((_, a) => (a < off || t.shape[a - off] === 1 ? 0 : st[a - off]!));
  gatherStrided(t.data as AnyArray, 0, strides, shape, out);
  return { dtype: t.dtype, shape: [...shape], data: out as Tensor['data'] };
}

/** Same data with a new shape (copied, so outputs never alias inputs). */
function withShape(t: Tensor, shape: readonly number[]): Tensor {
  if (sizeOf(shape) !== t.data.length) fail(`cannot reshape [${t.shape.join(', ')}] (${t.data.length} elements) to [${shape.join(', ')}]`);
  const c = cloneTensor(t);
  return { ...c, shape: [...shape] };
}

// ---------------------------------------------------------------------------------------------
// Reshape

function reshapeTarget(inShape: readonly number[], spec: readonly number[], allowZero: boolean): number[] {
  const out = spec.map((d, i) => {
    if (d === 0 && !allowZero) {
      if (i >= inShape.length) fail(`shape entry ${i} is 0 (copy) but the input has rank ${inShape.length}`);
      return inShape[i]!;
    }
    return d;
  });
  const neg = out.filter((d) => d === -1).length;
  if (neg > 1) fail(`shape [${spec.join(', ')}] has more than one -1`);
  if (out.some((d) => d < -1)) fail(`shape [${spec.join(', ')}] has an invalid negative entry`);
  const total = sizeOf(inShape);
  if (neg === 1) {
    const known = out.filter((d) => d !== -1).reduce((a, b) => a * b, 1);
    if (known === 0 || total % known !== 0) fail(`cannot reshape [${inShape.join(', ')}] to [${spec.join(', ')}]`);
    out[out.indexOf(-1)] = total / known;
  }
  if (sizeOf(out) !== total) fail(`cannot reshape [${inShape.join(', ')}] (${total} elements) to [${spec.join(', ')}]`);
  return out;
}

function inferReshape(inShape: Dim[] | undefined, spec: number[], allowZero: boolean, ctx: OpContext): Dim[] {
  const out: Dim[] = spec.map((d, i) =>
    d === 0 && !allowZero ? (inShape ? (inShape[i] ?? unknownDim(ctx, 0, i)) : unknownDim(ctx, 0, i)) : d,
  );
  const negAt = out.indexOf(-1);
  if (negAt < 0) return out;
  if (!inShape) {
    out[negAt] = unknownDim(ctx, 0, negAt);
    return out;
  }
  // Cancel dims that appear on both sides (symbols included); what is left must be numeric.
  const left = [...inShape];
  const right = out.filter((_, i) => i !== negAt);
  const rest: Dim[] = [];
  for (const d of right) {
    const j = left.indexOf(d);
    if (j >= 0) left.splice(j, 1);
    else rest.push(d);
  }
  const ln = knownSize(left.filter((d) => typeof d === 'number'));
  const leftSyms = left.filter((d) => typeof d === 'string');
  const rn = knownSize(rest);
  if (rn !== undefined && ln !== undefined && leftSyms.length === 0) {
    if (rn === 0 || ln % rn !== 0) fail(`cannot reshape [${inShape.join(', ')}] to [${spec.join(', ')}]`);
    out[negAt] = ln / rn;
  } else if (rn !== undefined && leftSyms.length === 1 && ln === rn) {
    out[negAt] = leftSyms[0]!;
  } else {
    out[negAt] = unknownDim(ctx, 0, negAt);
  }
  return out;
}

const reshape = defineOp({
  op: 'Reshape',
  infer(inputs, attrs, ctx) {
    const x = inType(inputs, 0, 'data');
    const spec = constInts(inputs, 1, 'shape');
    const allowZero = attrInt(attrs, 'allowzero', 0) !== 0;
    if (spec) {
      if (x.shape && x.shape.every((d) => typeof d === 'number')) {
        return [{ dtype: x.dtype, shape: reshapeTarget(x.shape as number[], spec, allowZero) }];
      }
      return [{ dtype: x.dtype, shape: inferReshape(x.shape, spec, allowZero, ctx) }];
    }
    const s = inType(inputs, 1, 'shape');
    const n = s.shape?.[0];
    return [outType(x.dtype, typeof n === 'number' ? unknownShape(ctx, 0, n) : undefined)];
  },
  run(inputs, attrs) {
    const x = need(inputs, 0, 'data');
    // Legacy (opset < 5) Reshape carried the shape as an attribute.
    const spec = inputs[1] ? toInts(inputs[1], 'shape') : attrInts(attrs, 'shape');
    if (!spec) fail('missing required input 1 (shape)');
    return [withShape(x, reshapeTarget(x.shape, spec, attrInt(attrs, 'allowzero', 0) !== 0))];
  },
});

// ---------------------------------------------------------------------------------------------
// Flatten, Squeeze, Unsqueeze

function dimProduct(ds: readonly Dim[], ctx: OpContext, axis: number): Dim {
  const n = knownSize(ds);
  if (n !== undefined) return n;
  const syms = ds.filter((d) => d !== 1);
  return syms.length === 1 ? syms[0]! : unknownDim(ctx, 0, axis);
}

const flatten = defineOp({
  op: 'Flatten',
  infer(inputs, attrs, ctx) {
    const x = inType(inputs, 0, 'input');
    if (!x.shape) return [{ dtype: x.dtype }];
    const r = x.shape.length;
    const axis = attrInt(attrs, 'axis', 1);
    if (axis < -r || axis > r) fail(`axis ${axis} is out of range for rank ${r}`);
    const a = axis < 0 ? axis + r : axis;
    return [{ dtype: x.dtype, shape: [dimProduct(x.shape.slice(0, a), ctx, 0), dimProduct(x.shape.slice(a), ctx, 1)] }];
  },
  run(inputs, attrs) {
    const x = need(inputs, 0, 'input');
    const r = x.shape.length;
    const axis = attrInt(attrs, 'axis', 1);
    if (axis < -r || axis > r) fail(`axis ${axis} is out of range for rank ${r}`);
    const a = axis < 0 ? axis + r : axis;
    return [withShape(x, [sizeOf(x.shape.slice(0, a)), sizeOf(x.shape.slice(a))])];
  },
});

function axesFrom(inputs: readonly (Tensor | undefined)[], i: number, attrs: Attrs): number[] | undefined {
  const t = inputs[i];
  if (t) return toInts(t, 'axes');
  // Legacy attribute form (opset < 13), accepted for hand-built graphs.
  return attrInts(attrs, 'axes');
}

const squeeze = defineOp({
  op: 'Squeeze',
  infer(inputs, attrs) {
    const x = inType(inputs, 0, 'data');
    const axes = hasInput(inputs, 1) ? constInts(inputs, 1, 'axes') : attrInts(attrs, 'axes');
    if (!x.shape) return [{ dtype: x.dtype }];
    const r = x.shape.length;
    if (axes) {
      const norm = axes.map((a) => normAxis(a, r));
      for (const a of norm) {
        const d = x.shape[a]!;
        if (typeof d === 'number' && d !== 1) fail(`cannot squeeze axis ${a} of size ${d}`);
      }
      return [{ dtype: x.dtype, shape: x.shape.filter((_, i) => !norm.includes(i)) }];
    }
    // Without axes, every size-1 dim goes; a symbolic dim might be 1, so the rank is unknown.
    if (hasInput(inputs, 1) || x.shape.some((d) => typeof d !== 'number')) return [{ dtype: x.dtype }];
    return [{ dtype: x.dtype, shape: x.shape.filter((d) => d !== 1) }];
  },
  run(inputs, attrs) {
    const x = need(inputs, 0, 'data');
    const r = x.shape.length;
    const axes = axesFrom(inputs, 1, attrs);
    let shape: number[];
    if (axes) {
      const norm = axes.map((a) => normAxis(a, r));
      for (const a of norm) if (x.shape[a] !== 1) fail(`cannot squeeze axis ${a} of size ${x.shape[a]}`);
      shape = x.shape.filter((_, i) => !norm.includes(i));
    } else {
      shape = x.shape.filter((d) => d !== 1);
    }
    return [withShape(x, shape)];
  },
});

function unsqueezeShape<T extends Dim>(shape: readonly T[], axes: readonly number[]): (T | 1)[] {
  const r = shape.length + axes.length;
  const norm = axes.map((a) => normAxis(a, r));
  if (new Set(norm).size !== norm.length) fail(`axes [${axes.join(', ')}] has duplicates`);
  const out: (T | 1)[] = [];
  let j = 0;
  for (let i = 0; i < r; i++) out.push(norm.includes(i) ? 1 : shape[j++]!);
  return out;
}

const unsqueeze = defineOp({
  op: 'Unsqueeze',
  infer(inputs, attrs, ctx) {
    const x = inType(inputs, 0, 'data');
    const axes = hasInput(inputs, 1) ? constInts(inputs, 1, 'axes') : attrInts(attrs, 'axes');
    if (!x.shape) return [{ dtype: x.dtype }];
    if (!axes) {
      const n = hasInput(inputs, 1) ? inType(inputs, 1, 'axes').shape?.[0] : undefined;
      return [outType(x.dtype, typeof n === 'number' ? unknownShape(ctx, 0, x.shape.length + n) : undefined)];
    }
    return [{ dtype: x.dtype, shape: unsqueezeShape(x.shape, axes) }];
  },
  run(inputs, attrs) {
    const x = need(inputs, 0, 'data');
    const axes = axesFrom(inputs, 1, attrs);
    if (!axes) fail('missing required input 1 (axes)');
    return [withShape(x, unsqueezeShape(x.shape, axes))];
  },
});

// ---------------------------------------------------------------------------------------------
// Transpose, Expand, Tile

function permOf(attrs: Attrs, r: number): number[] {
  const perm = attrInts(attrs, 'perm');
  return perm ? perm.map((p) => normAxis(p, r, 'perm entry')) : Array.from({ length: r }, (_, i) => r - 1 - i);
}

const transposeOp = defineOp({
  op: 'Transpose',
  infer(inputs, attrs) {
    const x = inType(inputs, 0, 'data');
    if (!x.shape) return [{ dtype: x.dtype }];
    const perm = permOf(attrs, x.shape.length);
    if (perm.length !== x.shape.length) fail(`perm has ${perm.length} entries but the input has rank ${x.shape.length}`);
    return [{ dtype: x.dtype, shape: perm.map((p) => x.shape![p]!) }];
  },
  run(inputs, attrs) {
    const x = need(inputs, 0, 'data');
    return [transpose(x, permOf(attrs, x.shape.length))];
  },
});

const expand = defineOp({
  op: 'Expand',
  infer(inputs, _attrs, ctx) {
    const x = inType(inputs, 0, 'input');
    const shape = constInts(inputs, 1, 'shape');
    if (shape) return [outType(x.dtype, broadcastDims([x.shape, shape], ctx))];
    const n = inType(inputs, 1, 'shape').shape?.[0];
    if (typeof n === 'number' && x.shape) return [{ dtype: x.dtype, shape: unknownShape(ctx, 0, Math.max(n, x.shape.length)) }];
    return [{ dtype: x.dtype }];
  },
  run(inputs) {
    const x = need(inputs, 0, 'input');
    const shape = toInts(need(inputs, 1, 'shape'), 'shape');
    return [expandTo(x, broadcastShape([x.shape, shape]))];
  },
});

const tile = defineOp({
  op: 'Tile',
  infer(inputs, _attrs, ctx) {
    const x = inType(inputs, 0, 'input');
    const reps = constInts(inputs, 1, 'repeats');
    if (!x.shape) return [{ dtype: x.dtype }];
    if (!reps) return [{ dtype: x.dtype, shape: unknownShape(ctx, 0, x.shape.length) }];
    if (reps.length !== x.shape.length) fail(`repeats has ${reps.length} entries but the input has rank ${x.shape.length}`);
    return [
      { dtype: x.dtype, shape: x.shape.map((d, i) => (typeof d === 'number' ? d * reps[i]! : reps[i] === 1 ? d : unknownDim(ctx, 0, i))) },
    ];
  },
  run(inputs) {
    const x = need(inputs, 0, 'input');
    const reps = toInts(need(inputs, 1, 'repeats'), 'repeats');
    const r = x.shape.length;
    if (reps.length !== r) fail(`repeats has ${reps.length} entries but the input has rank ${r}`);
    if (reps.some((v) => v < 0)) fail(`repeats must be >= 0, got [${reps.join(', ')}]`);
    const shape = x.shape.map((d, i) => d * reps[i]!);
    const out = allocData(x.dtype, sizeOf(shape)) as AnyArray;
    // Output axis a of size reps[a]*d is the pair (repeat, i): a broadcast axis then the input axis.
    const inStrides = stridesOf(x.shape);
    const split = x.shape.flatMap((d, a) => [reps[a]!, d]);
    const strides = inStrides.flatMap((st) => [0, st]);
    gatherStrided(x.data as AnyArray, 0, strides, split, out);
    return [{ dtype: x.dtype, shape, data: out as Tensor['data'] }];
  },
});

// ---------------------------------------------------------------------------------------------
// Concat, Split

/** Concatenates same-dtype tensors along `axis`. */
export function concat(ts: readonly Tensor[], axis: number): Tensor {
  const first = ts[0]!;
  const r = first.shape.length;
  const a = normAxis(axis, r);
  for (const t of ts) {
    if (t.dtype !== first.dtype) fail(`inputs have different dtypes ${first.dtype} and ${t.dtype}`);
    if (t.shape.length !== r || t.shape.some((d, i) => i !== a && d !== first.shape[i])) {
      fail(`input shapes [${first.shape.join(', ')}] and [${t.shape.join(', ')}] differ outside axis ${a}`);
    }
  }
  const shape = [...first.shape];
  shape[a] = ts.reduce((s, t) => s + t.shape[a]!, 0);
  const outer = sizeOf(shape.slice(0, a));
  const innerOut = sizeOf(shape.slice(a));
  const out = allocData(first.dtype, sizeOf(shape)) as AnyArray;
  let col = 0;
  for (const t of ts) {
    const inner = sizeOf(t.shape.slice(a));
    const d = t.data as AnyArray;
    for (let o = 0; o < outer; o++) {
      const dst = o * innerOut + col;
      const src = o * inner;
      for (let i = 0; i < inner; i++) out[dst + i] = d[src + i];
    }
    col += inner;
  }
  return { dtype: first.dtype, shape, data: out as Tensor['data'] };
}

const concatOp = defineOp({
  op: 'Concat',
  infer(inputs, attrs, ctx) {
    const axis = attrInt(attrs, 'axis');
    if (axis === undefined) fail('attribute axis is required');
    const ts = inputs.map((_, i) => inType(inputs, i, `inputs[${i}]`));
    if (ts.length === 0) fail('needs at least one input');
    const dtype = ts[0]!.dtype;
    for (const t of ts) if (t.dtype !== dtype) fail(`inputs have different dtypes ${dtype} and ${t.dtype}`);
    const known = ts.find((t) => t.shape);
    if (!known || ts.some((t) => !t.shape)) return [outType(dtype, known ? unknownShape(ctx, 0, known.shape!.length) : undefined)];
    const r = known.shape!.length;
    const a = normAxis(axis, r);
    const shape: Dim[] = known.shape!.map((d, i) => {
      if (i === a) return 0;
      const num = ts.map((t) => t.shape![i]!).find((x) => typeof x === 'number');
      return num ?? d;
    });
    let sum: number | undefined = 0;
    for (const t of ts) {
      if (t.shape!.length !== r) fail(`inputs have different ranks ${r} and ${t.shape!.length}`);
      const d = t.shape![a]!;
      sum = typeof d === 'number' && sum !== undefined ? sum + d : undefined;
    }
    shape[a] = sum ?? unknownDim(ctx, 0, a);
    return [{ dtype, shape }];
  },
  run(inputs, attrs) {
    const axis = attrInt(attrs, 'axis');
    if (axis === undefined) fail('attribute axis is required');
    const ts = inputs.map((t, i) => need(inputs, i, `inputs[${i}]`));
    if (ts.length === 0) fail('needs at least one input');
    return [concat(ts, axis)];
  },
});

function splitSizes(dim: number, split: number[] | undefined, attrs: Attrs, ctx: OpContext): number[] {
  if (split) {
    if (split.reduce((a, b) => a + b, 0) !== dim) fail(`split [${split.join(', ')}] does not sum to the axis size ${dim}`);
    return split;
  }
  const n = attrInt(attrs, 'num_outputs') ?? ctx.numOutputs;
  if (!n || n < 1) fail('needs the split input or the num_outputs attribute');
  const chunk = Math.ceil(dim / n);
  // num_outputs (opset 18) allows a smaller last chunk; older forms required an even split.
  return Array.from({ length: n }, (_, i) => Math.max(0, Math.min(chunk, dim - i * chunk)));
}

const split = defineOp({
  op: 'Split',
  infer(inputs, attrs, ctx) {
    const x = inType(inputs, 0, 'input');
    const axis = attrInt(attrs, 'axis', 0);
    const splitVals = hasInput(inputs, 1) ? constInts(inputs, 1, 'split') : attrInts(attrs, 'split');
    // A split input known only at run time still fixes the output count through its length.
    const splitLen = hasInput(inputs, 1) ? inType(inputs, 1, 'split').shape?.[0] : undefined;
    const n = splitVals?.length ?? (typeof splitLen === 'number' ? splitLen : undefined) ?? attrInt(attrs, 'num_outputs') ?? ctx.numOutputs;
    if (!n) fail('needs the split input or the num_outputs attribute');
    if (!x.shape) return Array.from({ length: n }, () => ({ dtype: x.dtype }));
    const a = normAxis(axis, x.shape.length);
    const d = x.shape[a]!;
    if (hasInput(inputs, 1) && !splitVals) {
      return Array.from({ length: n }, (_, k) => ({
        dtype: x.dtype,
        shape: x.shape!.map((v, i) => (i === a ? unknownDim(ctx, k, i) : v)),
      }));
    }
    if (typeof d !== 'number') {
      return Array.from({ length: n }, (_, k) => ({
        dtype: x.dtype,
        shape: x.shape!.map((v, i) => (i === a ? (splitVals ? splitVals[k]! : unknownDim(ctx, k, i)) : v)),
      }));
    }
    const sizes = splitSizes(d, splitVals, attrs, ctx);
    return sizes.map((s) => ({ dtype: x.dtype, shape: x.shape!.map((v, i) => (i === a ? s : v)) }));
  },
  run(inputs, attrs, ctx) {
    const x = need(inputs, 0, 'input');
    const a = normAxis(attrInt(attrs, 'axis', 0), x.shape.length);
    const splitVals = inputs[1] ? toInts(inputs[1], 'split') : attrInts(attrs, 'split');
    const sizes = splitSizes(x.shape[a]!, splitVals, attrs, ctx);
    const outer = sizeOf(x.shape.slice(0, a));
    const innerIn = sizeOf(x.shape.slice(a));
    const rowLen = sizeOf(x.shape.slice(a + 1));
    const d = x.data as AnyArray;
    let start = 0;
    return sizes.map((s) => {
      const shape = [...x.shape];
      shape[a] = s;
      const out = allocData(x.dtype, sizeOf(shape)) as AnyArray;
      const inner = s * rowLen;
      for (let o = 0; o < outer; o++) {
        const src = o * innerIn + start * rowLen;
        for (let i = 0; i < inner; i++) out[o * inner + i] = d[src + i];
      }
      start += s;
      return { dtype: x.dtype, shape, data: out as Tensor['data'] };
    });
  },
});

// ---------------------------------------------------------------------------------------------
// Slice

interface SliceAxis {
  start: number;
  step: number;
  count: number;
}

/** Normalised per-axis (start, step, count) of an ONNX Slice on a concrete shape. */
function slicePlan(
  shape: readonly number[],
  starts: number[],
  ends: number[],
  axes: number[] | undefined,
  steps: number[] | undefined,
): SliceAxis[] {
  const r = shape.length;
  if (starts.length !== ends.length) fail(`starts has ${starts.length} entries but ends has ${ends.length}`);
  const ax = axes ?? starts.map((_, i) => i);
  const st = steps ?? starts.map(() => 1);
  if (ax.length !== starts.length || st.length !== starts.length) fail('starts, ends, axes and steps must have the same length');
  const plan: SliceAxis[] = shape.map((d) => ({ start: 0, step: 1, count: d }));
  const seen = new Set<number>();
  for (let i = 0; i < ax.length; i++) {
    const a = normAxis(ax[i]!, r);
    if (seen.has(a)) fail(`axis ${a} appears twice in axes`);
    seen.add(a);
    const d = shape[a]!;
    const step = st[i]!;
    if (step === 0) fail('steps must not be 0');
    let s = starts[i]!;
    let e = ends[i]!;
    if (s < 0) s += d;
    if (e < 0) e += d;
    if (step > 0) {
      s = Math.min(Math.max(s, 0), d);
      e = Math.min(Math.max(e, 0), d);
    } else {
      s = Math.min(Math.max(s, 0), d - 1);
      e = Math.min(Math.max(e, -1), d - 1);
    }
    plan[a] = { start: s, step, count: Math.max(0, Math.ceil((e - s) / step)) };
  }
  return plan;
}

function sliceArgs(
  inputs: readonly (Tensor | undefined)[],
  attrs: Attrs,
): [number[], number[], number[] | undefined, number[] | undefined] {
  // Legacy (opset < 10) Slice carried starts/ends/axes as attributes.
  const starts = inputs[1] ? toInts(inputs[1], 'starts') : attrInts(attrs, 'starts');
  const ends = inputs[2] ? toInts(inputs[2], 'ends') : attrInts(attrs, 'ends');
  if (!starts || !ends) fail('needs starts and ends');
  const axes = inputs[3] ? toInts(inputs[3], 'axes') : attrInts(attrs, 'axes');
  const steps = inputs[4] ? toInts(inputs[4], 'steps') : undefined;
  return [starts, ends, axes, steps];
}

const slice = defineOp({
  op: 'Slice',
  infer(inputs, attrs, ctx) {
    const x = inType(inputs, 0, 'data');
    if (!x.shape) return [{ dtype: x.dtype }];
    const r = x.shape.length;
    const consts = [1, 2, 3, 4].map((i) => (hasInput(inputs, i) ? constOf(inputs, i) : undefined));
    const allKnown = [1, 2, 3, 4].every((i, k) => !hasInput(inputs, i) || consts[k]);
    const starts = consts[0] ? toInts(consts[0]) : attrInts(attrs, 'starts');
    const ends = consts[1] ? toInts(consts[1]) : attrInts(attrs, 'ends');
    const axesIn = consts[2] ? toInts(consts[2]) : attrInts(attrs, 'axes');
    const axes = axesIn?.map((a) => normAxis(a, r));
    if (!allKnown || !starts || !ends) {
      // Only the axes listed in a constant `axes` input can change; without it, any axis may.
      return [{ dtype: x.dtype, shape: x.shape.map((d, i) => (axes && !axes.includes(i) ? d : unknownDim(ctx, 0, i))) }];
    }
    const steps = consts[3] ? toInts(consts[3]) : undefined;
    const ax = axes ?? starts.map((_, i) => i);
    const shape = x.shape.map((d, i): Dim => {
      const k = ax.indexOf(i);
      if (k < 0) return d;
      if (typeof d === 'number') return slicePlan([d], [starts[k]!], [ends[k]!], [0], [steps?.[k] ?? 1])[0]!.count;
      // A symbolic dim keeps its name only under a full-range, unit-step slice.
      const full = starts[k] === 0 && ends[k]! >= 2 ** 31 - 1 && (steps?.[k] ?? 1) === 1;
      return full ? d : unknownDim(ctx, 0, i);
    });
    return [{ dtype: x.dtype, shape }];
  },
  run(inputs, attrs) {
    const x = need(inputs, 0, 'data');
    const [starts, ends, axes, steps] = sliceArgs(inputs, attrs);
    const plan = slicePlan(x.shape, starts, ends, axes, steps);
    const inStrides = stridesOf(x.shape);
    const shape = plan.map((p) => p.count);
    const offset = plan.reduce((s, p, a) => s + p.start * inStrides[a]!, 0);
    const out = allocData(x.dtype, sizeOf(shape)) as AnyArray;
    gatherStrided(
      x.data as AnyArray,
      offset,
      plan.map((p, a) => p.step * inStrides[a]!),
      shape,
      out,
    );
    return [{ dtype: x.dtype, shape, data: out as Tensor['data'] }];
  },
});

// ---------------------------------------------------------------------------------------------
// Pad

const PAD_MODES = ['constant', 'reflect', 'edge', 'wrap'] as const;

function padSpec(r: number, pads: number[], axes: number[] | undefined): { begin: number[]; end: number[] } {
  const ax = axes ? axes.map((a) => normAxis(a, r)) : Array.from({ length: r }, (_, i) => i);
  if (pads.length !== 2 * ax.length) fail(`pads has ${pads.length} entries, expected ${2 * ax.length}`);
  const begin = new Array<number>(r).fill(0);
  const end = new Array<number>(r).fill(0);
  ax.forEach((a, i) => {
    begin[a] = pads[i]!;
    end[a] = pads[i + ax.length]!;
  });
  return { begin, end };
}

const pad = defineOp({
  op: 'Pad',
  infer(inputs, attrs, ctx) {
    const x = inType(inputs, 0, 'data');
    if (!x.shape) return [{ dtype: x.dtype }];
    const pads = hasInput(inputs, 1) ? constInts(inputs, 1, 'pads') : attrInts(attrs, 'pads');
    const axes = hasInput(inputs, 3) ? constInts(inputs, 3, 'axes') : undefined;
    if (!pads || (hasInput(inputs, 3) && !axes)) return [{ dtype: x.dtype, shape: unknownShape(ctx, 0, x.shape.length) }];
    const { begin, end } = padSpec(x.shape.length, pads, axes);
    return [
      {
        dtype: x.dtype,
        shape: x.shape.map((d, i) =>
          typeof d === 'number' ? d + begin[i]! + end[i]! : begin[i] === 0 && end[i] === 0 ? d : unknownDim(ctx, 0, i),
        ),
      },
    ];
  },
  run(inputs, attrs) {
    const x = need(inputs, 0, 'data');
    const r = x.shape.length;
    const pads = inputs[1] ? toInts(inputs[1], 'pads') : attrInts(attrs, 'pads');
    if (!pads) fail('missing required input 1 (pads)');
    const axes = inputs[3] ? toInts(inputs[3], 'axes') : undefined;
    const { begin, end } = padSpec(r, pads, axes);
    const mode = attrString(attrs, 'mode', 'constant');
    if (!(PAD_MODES as readonly string[]).includes(mode)) fail(`mode=${mode} is not supported`);
    let value: unknown = inputs[2] && inputs[2].data.length > 0 ? (inputs[2].data as AnyArray)[0] : attrFloat(attrs, 'value', 0);
    if (typeof value === 'number' && (x.dtype === 'int64' || x.dtype === 'uint64')) value = BigInt(Math.trunc(value));
    const shape = x.shape.map((d, i) => d + begin[i]! + end[i]!);
    if (shape.some((d) => d < 0)) fail(`pads [${pads.join(', ')}] crop more than the input [${x.shape.join(', ')}]`);
    // Per axis: which input index each output index reads (-1: the constant).
    const maps = shape.map((n, a) => {
      const d = x.shape[a]!;
      const m = new Int32Array(n);
      for (let o = 0; o < n; o++) {
        let i = o - begin[a]!;
        if (i < 0 || i >= d) {
          if (mode === 'constant' || d === 0) i = -1;
          else if (mode === 'edge') i = i < 0 ? 0 : d - 1;
          else if (mode === 'wrap') i = ((i % d) + d) % d;
          else {
            if (d === 1) i = 0;
            else {
              const period = 2 * (d - 1);
              i = ((i % period) + period) % period;
              if (i >= d) i = period - i;
            }
          }
        }
        m[o] = i;
      }
      return m;
    });
    const out = allocData(x.dtype, sizeOf(shape)) as AnyArray;
    const src = x.data as AnyArray;
    const inStrides = stridesOf(x.shape);
    const total = sizeOf(shape);
    if (total > 0) {
      const idx = new Array<number>(r).fill(0);
      for (let o = 0; o < total; o++) {
        let s = 0;
        let inside = true;
        for (let a = 0; a < r; a++) {
          const i = maps[a]![idx[a]!]!;
          if (i < 0) {
            inside = false;
            break;
          }
          s += i * inStrides[a]!;
        }
        out[o] = inside ? src[s] : value;
        for (let a = r - 1; a >= 0; a--) {
          if (++idx[a]! < shape[a]!) break;
          idx[a] = 0;
        }
      }
    }
    return [{ dtype: x.dtype, shape, data: out as Tensor['data'] }];
  },
  unsupported: (attrs) => checkEnum(attrs, 'mode', 'constant', PAD_MODES),
});

// ---------------------------------------------------------------------------------------------
// Shape, Size, Identity, Dropout

/** Shape's [start, end) axis range from its start/end attributes, clamped to rank `r`. */
export function shapeRange(r: number, attrs: Attrs): [number, number] {
  const clamp = (v: number): number => Math.min(Math.max(v < 0 ? v + r : v, 0), r);
  const start = clamp(attrInt(attrs, 'start', 0));
  const endAttr = attrInt(attrs, 'end');
  const end = endAttr === undefined ? r : clamp(endAttr);
  return [start, Math.max(start, end)];
}

const shapeOp = defineOp({
  op: 'Shape',
  infer(inputs, attrs, ctx) {
    const x = inType(inputs, 0, 'data');
    if (!x.shape) return [{ dtype: 'int64', shape: [unknownDim(ctx, 0, 0)] }];
    const [s, e] = shapeRange(x.shape.length, attrs);
    return [{ dtype: 'int64', shape: [e - s] }];
  },
  run(inputs, attrs) {
    const x = need(inputs, 0, 'data');
    const [s, e] = shapeRange(x.shape.length, attrs);
    return [int64Tensor(x.shape.slice(s, e))];
  },
});

const sizeOp = defineOp({
  op: 'Size',
  infer: () => [{ dtype: 'int64', shape: [] }],
  run: (inputs) => [int64Tensor([need(inputs, 0, 'data').data.length], [])],
});

const identity = defineOp({
  op: 'Identity',
  infer: (inputs) => [sameAs(inputs, 0, 'input')],
  run: (inputs) => [cloneTensor(need(inputs, 0, 'input'))],
});

const dropout = defineOp({
  op: 'Dropout',
  infer(inputs) {
    const x = inType(inputs, 0, 'data');
    return [outType(x.dtype, x.shape), outType('bool', x.shape)];
  },
  run(inputs, attrs) {
    const x = need(inputs, 0, 'data');
    const ratio = inputs[1] ? scalarOf(inputs[1], 'ratio') : attrFloat(attrs, 'ratio', 0.5);
    const training = inputs[2] ? scalarOf(inputs[2], 'training_mode') !== 0 : false;
    if (training && ratio !== 0) fail('training-mode Dropout with a nonzero ratio is random and not supported; run in inference mode');
    const mask: Tensor = { dtype: 'bool', shape: [...x.shape], data: new Uint8Array(x.data.length).fill(1) };
    return [cloneTensor(x), mask];
  },
  unsupported(_attrs, inputs) {
    const t = inputs[2]?.constant;
    const r = inputs[1]?.constant;
    if (t && scalarOf(t, 'training_mode') !== 0 && (!r || scalarOf(r, 'ratio') !== 0))
      return ['training-mode Dropout is random; only inference mode is supported'];
    return [];
  },
});

// ---------------------------------------------------------------------------------------------
// DepthToSpace, SpaceToDepth

function checkRank4(shape: readonly number[], what: string): [number, number, number, number] {
  if (shape.length !== 4) fail(`${what} must be 4-D (N, C, H, W), got [${shape.join(', ')}]`);
  return shape as [number, number, number, number];
}

const depthToSpace = defineOp({
  op: 'DepthToSpace',
  infer(inputs, attrs, ctx): OutputType[] {
    const x = inType(inputs, 0, 'input');
    const b = attrInt(attrs, 'blocksize');
    if (!b) fail('attribute blocksize is required');
    if (!x.shape) return [{ dtype: x.dtype }];
    const [n, c, h, w] = x.shape as Dim[];
    const mul = (d: Dim | undefined, i: number): Dim => (typeof d === 'number' ? d * b : unknownDim(ctx, 0, i));
    return [{ dtype: x.dtype, shape: [n!, typeof c === 'number' ? c / (b * b) : unknownDim(ctx, 0, 1), mul(h, 2), mul(w, 3)] }];
  },
  run(inputs, attrs) {
    const x = need(inputs, 0, 'input');
    const b = attrInt(attrs, 'blocksize');
    if (!b || b < 1) fail('attribute blocksize is required and must be >= 1');
    const [n, c, h, w] = checkRank4(x.shape, 'input');
    if (c % (b * b) !== 0) fail(`channels ${c} are not divisible by blocksize^2 = ${b * b}`);
    const crd = attrString(attrs, 'mode', 'DCR') === 'CRD';
    const cOut = c / (b * b);
    // DCR views the input as [n, b, b, cOut, h, w]; CRD as [n, cOut, b, b, h, w]; both land in [n, cOut, h, b, w, b].
    const tmp = crd
      ? transpose({ ...x, shape: [n, cOut, b, b, h, w] }, [0, 1, 4, 2, 5, 3])
      : transpose({ ...x, shape: [n, b, b, cOut, h, w] }, [0, 3, 4, 1, 5, 2]);
    return [{ ...tmp, shape: [n, cOut, h * b, w * b] }];
  },
  unsupported: (attrs) => checkEnum(attrs, 'mode', 'DCR', ['DCR', 'CRD']),
});

const spaceToDepth = defineOp({
  op: 'SpaceToDepth',
  infer(inputs, attrs, ctx): OutputType[] {
    const x = inType(inputs, 0, 'input');
    const b = attrInt(attrs, 'blocksize');
    if (!b) fail('attribute blocksize is required');
    if (!x.shape) return [{ dtype: x.dtype }];
    const [n, c, h, w] = x.shape as Dim[];
    const div = (d: Dim | undefined, i: number): Dim => (typeof d === 'number' ? d / b : unknownDim(ctx, 0, i));
    return [{ dtype: x.dtype, shape: [n!, typeof c === 'number' ? c * b * b : unknownDim(ctx, 0, 1), div(h, 2), div(w, 3)] }];
  },
  run(inputs, attrs) {
    const x = need(inputs, 0, 'input');
    const b = attrInt(attrs, 'blocksize');
    if (!b || b < 1) fail('attribute blocksize is required and must be >= 1');
    const [n, c, h, w] = checkRank4(x.shape, 'input');
    if (h % b !== 0 || w % b !== 0) fail(`spatial dims ${h}x${w} are not divisible by blocksize ${b}`);
    const tmp = transpose({ ...x, shape: [n, c, h / b, b, w / b, b] }, [0, 3, 5, 1, 2, 4]);
    return [{ ...tmp, shape: [n, c * b * b, h / b, w / b] }];
  },
});

/** Shape and data-movement op definitions. */
export const shapeOps: OpDef[] = [
  reshape,
  flatten,
  squeeze,
  unsqueeze,
  transposeOp,
  expand,
  tile,
  concatOp,
  split,
  slice,
  pad,
  shapeOp,
  sizeOp,
  identity,
  dropout,
  depthToSpace,
  spaceToDepth,
];
