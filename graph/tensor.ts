// Tensors as the graph layer sees them: a dtype, a shape and a flat typed array (row-major).

/** Every element type the graph layer understands (ONNX names, lower-case). */
export const DTYPES = [
  'float32',
  'float64',
  'float16',
  'int8',
  'uint8',
  'int16',
  'uint16',
  'int32',
  'uint32',
  'int64',
  'uint64',
  'bool',
  'string',
] as const;

/** Element types the graph layer understands (ONNX names, lower-case). */
export type DType = (typeof DTYPES)[number];

/** The typed array that holds each dtype's elements (float16 is widened to float32, bool is 0/1 bytes). */
export interface DataFor {
  float32: Float32Array;
  float64: Float64Array;
  float16: Float32Array;
  int8: Int8Array;
  uint8: Uint8Array;
  int16: Int16Array;
  uint16: Uint16Array;
  int32: Int32Array;
  uint32: Uint32Array;
  int64: BigInt64Array;
  uint64: BigUint64Array;
  bool: Uint8Array;
  string: string[];
}

export type TensorData = DataFor[DType];

/** A dense tensor. `data.length` equals the product of `shape` (1 for a scalar, shape []). */
export interface Tensor<D extends DType = DType> {
  dtype: D;
  shape: number[];
  data: DataFor[D];
}

/** Number of elements of a shape. */
export function sizeOf(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

/**
 * Float32 arrays handed out again once the values holding them are dead. A fresh array costs a
 * page fault per 4 KiB on first touch, and glibc's malloc recycles large blocks only by raising
 * its mmap threshold, which fragments the heap (see cli/relaunch.ts); a pass over a graph that
 * gives its dead intermediates back here touches fresh memory only for its peak live set.
 * A request takes the smallest free array that holds it (as a view of its first elements); each
 * holder of an array (a value, which may alias another value's array) retains it, and the last
 * release recycles the whole array.
 */
export class BufferPool {
  private readonly free = new Map<number, Float32Array[]>();
  /** Holders per array this pool handed out (0 until retained: a kernel's temporary). */
  private readonly holders = new WeakMap<ArrayBufferLike, number>();

  /** A zero-filled array of `n` floats: a recycled one, or a fresh one owned by the pool. */
  take(n: number): Float32Array {
    const a = this.bestFit(n);
    if (a) return a.subarray(0, n).fill(0);
    const fresh = new Float32Array(n);
    this.holders.set(fresh.buffer, 0);
    return fresh;
  }

  /** The smallest free array of `n` floats or more, taken off its list (a network's maps shrink stage by stage). */
  private bestFit(n: number): Float32Array | undefined {
    let best: number | undefined;
    for (const length of this.free.keys()) if (length >= n && (best === undefined || length < best)) best = length;
    if (best === undefined) return undefined;
    const list = this.free.get(best)!;
    const a = list.pop()!;
    if (list.length === 0) this.free.delete(best);
    return a;
  }

  /** Counts one more holder of `data` (arrays the pool did not hand out are ignored). */
  retain(data: TensorData): void {
    const buffer = bufferOf(data);
    const n = buffer && this.holders.get(buffer);
    if (n !== undefined) this.holders.set(buffer!, n + 1);
  }

  /** One holder of `data` is done with it; after the last, its array is handed out again. */
  release(data: TensorData): void {
    const buffer = bufferOf(data);
    const n = buffer && this.holders.get(buffer);
    if (!buffer || n === undefined || n <= 0) return;
    this.holders.set(buffer, n - 1);
    if (n > 1) return;
    const whole = new Float32Array(buffer);
    const list = this.free.get(whole.length);
    if (list) list.push(whole);
    else this.free.set(whole.length, [whole]);
  }
}

function bufferOf(data: TensorData): ArrayBufferLike | undefined {
  return ArrayBuffer.isView(data) ? data.buffer : undefined;
}

let pool: BufferPool | undefined;

/** Runs `fn` with float32 allocations (allocData) drawing on `p`. */
export function withPool<T>(p: BufferPool | undefined, fn: () => T): T {
  const outer = pool;
  pool = p;
  try {
    return fn();
  } finally {
    pool = outer;
  }
}

/** Allocates a zero-filled typed array for `n` elements of `dtype` (float32: from the active BufferPool, if any). */
export function allocData<D extends DType>(dtype: D, n: number): DataFor[D] {
  switch (dtype) {
    case 'float32':
    case 'float16':
      return (pool ? pool.take(n) : new Float32Array(n)) as DataFor[D];
    case 'float64':
      return new Float64Array(n) as DataFor[D];
    case 'int8':
      return new Int8Array(n) as DataFor[D];
    case 'uint8':
    case 'bool':
      return new Uint8Array(n) as DataFor[D];
    case 'int16':
      return new Int16Array(n) as DataFor[D];
    case 'uint16':
      return new Uint16Array(n) as DataFor[D];
    case 'int32':
      return new Int32Array(n) as DataFor[D];
    case 'uint32':
      return new Uint32Array(n) as DataFor[D];
    case 'int64':
      return new BigInt64Array(n) as DataFor[D];
    case 'uint64':
      return new BigUint64Array(n) as DataFor[D];
    case 'string':
      return new Array<string>(n).fill('') as DataFor[D];
  }
  throw new Error(`unknown dtype ${String(dtype)}`);
}

/** Creates a tensor; with no data, a zero-filled one. */
export function tensor<D extends DType>(dtype: D, shape: readonly number[], data?: DataFor[D]): Tensor<D> {
  const n = sizeOf(shape);
  const d = data ?? allocData(dtype, n);
  if (d.length !== n) {
    throw new Error(`tensor data has ${d.length} elements but shape [${shape.join(', ')}] needs ${n}`);
  }
  return { dtype, shape: [...shape], data: d };
}

/** A scalar (shape []) of `dtype` holding `value` (as a BigInt for the 64-bit integer dtypes). */
export function scalarTensor(dtype: DType, value: number): Tensor {
  const t = tensor(dtype, []);
  (t.data as { [i: number]: number | bigint })[0] = dtype === 'int64' || dtype === 'uint64' ? BigInt(value) : value;
  return t;
}
