// Numpy-style broadcasting for concrete shapes: output shape and iteration over contiguous runs,
// so elementwise kernels run a tight inner loop instead of recomputing indices per element.
import { fail } from './util.js';

/** Output shape of broadcasting `shapes` together (numpy rules). */
export function broadcastShape(shapes: readonly (readonly number[])[]): number[] {
  const rank = Math.max(0, ...shapes.map((s) => s.length));
  const out = new Array<number>(rank).fill(1);
  for (const s of shapes) {
    const off = rank - s.length;
    for (let i = 0; i < s.length; i++) {
      const d = s[i]!;
      const o = out[off + i]!;
      if (d === o || d === 1) continue;
      if (o === 1) out[off + i] = d;
      else fail(`shapes ${shapes.map((q) => `[${q.join(', ')}]`).join(' and ')} cannot be broadcast`);
    }
  }
  return out;
}

/**
 * Calls `body(outOffset, inOffsets, length, inSteps)` for each contiguous run of output elements;
 * input k's element for output `outOffset + j` is at `inOffsets[k] + j * inSteps[k]`.
 * `inOffsets` and `inSteps` are reused between calls.
 */
export function broadcastRuns(
  outShape: readonly number[],
  inShapes: readonly (readonly number[])[],
  body: (outOffset: number, inOffsets: number[], length: number, inSteps: number[]) => void,
): void {
  const rank = outShape.length;
  const nIn = inShapes.length;
  let total = 1;
  for (const d of outShape) total *= d;
  if (total === 0) return;
  // Strides of each input over output axes (0 where the input is broadcast).
  const strides: number[][] = inShapes.map((s) => {
    const st = new Array<number>(rank).fill(0);
    let acc = 1;
    for (let i = s.length - 1; i >= 0; i--) {
      const a = rank - s.length + i;
      st[a] = s[i] === 1 ? 0 : acc;
      acc *= s[i]!;
    }
    return st;
  });
  // Merge adjacent axes whose strides are contiguous in every input, to lengthen the inner run.
  const dims: number[] = [];
  const mst: number[][] = inShapes.map(() => []);
  for (let a = 0; a < rank; a++) {
    const d = outShape[a]!;
    if (d === 1) continue;
    const last = dims.length - 1;
    if (last >= 0 && strides.every((st, k) => mst[k]![last] === st[a]! * d)) {
      dims[last] = dims[last]! * d;
      for (let k = 0; k < nIn; k++) mst[k]![last] = strides[k]![a]!;
    } else {
      dims.push(d);
      for (let k = 0; k < nIn; k++) mst[k]!.push(strides[k]![a]!);
    }
  }
  const offs = new Array<number>(nIn).fill(0);
  const steps = new Array<number>(nIn).fill(0);
  if (dims.length === 0) {
    body(0, offs, 1, steps);
    return;
  }
  const r = dims.length;
  const inner = dims[r - 1]!;
  for (let k = 0; k < nIn; k++) steps[k] = mst[k]![r - 1]!;
  const idx = new Array<number>(r - 1).fill(0);
  const base = new Array<number>(nIn).fill(0);
  for (let o = 0; o < total; o += inner) {
    for (let k = 0; k < nIn; k++) offs[k] = base[k]!;
    body(o, offs, inner, steps);
    for (let a = r - 2; a >= 0; a--) {
      idx[a]!++;
      for (let k = 0; k < nIn; k++) base[k] = base[k]! + mst[k]![a]!;
      if (idx[a]! < dims[a]!) break;
      for (let k = 0; k < nIn; k++) base[k] = base[k]! - mst[k]![a]! * dims[a]!;
      idx[a] = 0;
    }
  }
}
