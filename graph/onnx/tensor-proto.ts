// TensorProto <-> Tensor. Raw data is viewed in place when aligned (no copy), copied when not;
// float16 is widened to float32 on import and narrowed (round to nearest even) on export.
import type { TensorProto } from 'onnx-buf';
import { dtypeFromOnnx, float16Bits, float16FromBits } from '../ops/util.js';
import { type DType, type Tensor, sizeOf } from '../tensor.js';
import { proto } from './proto.js';

/** ONNX TensorProto.DataType code of each dtype. */
export const ONNX_DTYPE: Readonly<Record<DType, number>> = (() => {
  const codes = {} as Record<DType, number>;
  for (let code = 1; code < 32; code++) {
    const d = dtypeFromOnnx(code);
    if (d) codes[d] = code;
  }
  return codes;
})();

const ONNX_DTYPE_NAMES: Record<number, string> = {
  14: 'complex64',
  15: 'complex128',
  16: 'bfloat16',
  17: 'float8e4m3fn',
  18: 'float8e4m3fnuz',
  19: 'float8e5m2',
  20: 'float8e5m2fnuz',
  21: 'uint4',
  22: 'int4',
  23: 'float4e2m1',
  24: 'float8e8m0',
  25: 'uint2',
  26: 'int2',
};

/** The dtype of an ONNX element-type code; throws an Error naming an unsupported type. */
export function dtypeOfCode(code: number): DType {
  const d = dtypeFromOnnx(code);
  if (!d) throw new Error(`unsupported element type ${ONNX_DTYPE_NAMES[code] ?? `code ${code}`}`);
  return d;
}

const ELEMENT_BYTES: Record<DType, number> = {
  float32: 4,
  float64: 8,
  float16: 2,
  int8: 1,
  uint8: 1,
  int16: 2,
  uint16: 2,
  int32: 4,
  uint32: 4,
  int64: 8,
  uint64: 8,
  bool: 1,
  string: 0,
};

/** Whether a tensor stores its data outside the model file. */
export function hasExternalData(tp: TensorProto): boolean {
  return tp.dataLocation === proto().TensorProto_DataLocation.EXTERNAL || tp.externalData.length > 0;
}

const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

let halfTable: Float32Array | undefined;
/** float16 bits -> float32 value, for all 65536 patterns (built once: decoding is a lookup). */
function halfToFloatTable(): Float32Array {
  if (!halfTable) {
    halfTable = new Float32Array(65536);
    for (let h = 0; h < 65536; h++) halfTable[h] = float16FromBits(h);
  }
  return halfTable;
}

type TypedCtor = {
  new (buffer: ArrayBufferLike, byteOffset: number, length: number): ArrayLike<number | bigint>;
};

const CTORS: Partial<Record<DType, TypedCtor>> = {
  float32: Float32Array,
  float64: Float64Array,
  int8: Int8Array,
  uint8: Uint8Array,
  int16: Int16Array,
  uint16: Uint16Array,
  int32: Int32Array,
  uint32: Uint32Array,
  int64: BigInt64Array,
  uint64: BigUint64Array,
  bool: Uint8Array,
};

/** Views `n` elements of `raw` as `ctor` without copying when aligned; copies otherwise. */
function viewRaw<T>(ctor: TypedCtor, raw: Uint8Array, n: number, size: number, copy: boolean): T {
  if (!copy && raw.byteOffset % size === 0) return new ctor(raw.buffer, raw.byteOffset, n) as T;
  const own = new Uint8Array(raw.byteLength);
  own.set(raw);
  return new ctor(own.buffer, 0, n) as T;
}

/** Options of `tensorFromProto`. */
export interface TensorDecodeOptions {
  /** Always copy raw data instead of viewing the model bytes (default false). */
  copy?: boolean;
}

/**
 * Decodes a TensorProto. Throws an Error whose message describes the problem (the caller adds
 * which file and tensor). With raw data and no `copy`, the tensor may share memory with the model bytes.
 */
export function tensorFromProto(tp: TensorProto, opts: TensorDecodeOptions = {}): Tensor {
  const dtype = dtypeOfCode(tp.dataType);
  if (hasExternalData(tp)) throw new Error('data is stored in an external file (external data is not supported)');
  if (tp.segment) throw new Error('segmented tensors are not supported');
  const shape = tp.dims.map((d) => {
    const n = Number(d);
    if (!Number.isSafeInteger(n) || n < 0) throw new Error(`invalid dimension ${d}`);
    return n;
  });
  const n = sizeOf(shape);
  const fail = (what: string, count: number): never => {
    throw new Error(`${what} holds ${count} elements but shape [${shape.join(', ')}] needs ${n}`);
  };
  if (dtype === 'string') {
    if (tp.stringData.length !== n) fail('string_data', tp.stringData.length);
    const dec = new TextDecoder();
    return { dtype, shape, data: tp.stringData.map((b) => dec.decode(b)) };
  }
  const raw = tp.rawData;
  if (raw.byteLength > 0 || (n === 0 && !hasTypedData(tp))) {
    if (!LITTLE_ENDIAN) throw new Error('raw tensor data needs a little-endian host');
    const size = ELEMENT_BYTES[dtype];
    if (raw.byteLength !== n * size) {
      throw new Error(`raw_data has ${raw.byteLength} bytes but shape [${shape.join(', ')}] of ${dtype} needs ${n * size}`);
    }
    if (dtype === 'float16') {
      const bits = viewRaw<Uint16Array>(Uint16Array, raw, n, 2, false);
      const table = halfToFloatTable();
      const data = new Float32Array(n);
      for (let i = 0; i < n; i++) data[i] = table[bits[i]!]!;
      return { dtype, shape, data };
    }
    const data = viewRaw<Tensor['data']>(CTORS[dtype]!, raw, n, size, opts.copy ?? false);
    return { dtype, shape, data } as Tensor;
  }
  switch (dtype) {
    case 'float32':
      if (tp.floatData.length !== n) fail('float_data', tp.floatData.length);
      return { dtype, shape, data: Float32Array.from(tp.floatData) };
    case 'float64':
      if (tp.doubleData.length !== n) fail('double_data', tp.doubleData.length);
      return { dtype, shape, data: Float64Array.from(tp.doubleData) };
    case 'int64':
      if (tp.int64Data.length !== n) fail('int64_data', tp.int64Data.length);
      return { dtype, shape, data: BigInt64Array.from(tp.int64Data) };
    case 'uint32':
      if (tp.uint64Data.length !== n) fail('uint64_data', tp.uint64Data.length);
      return { dtype, shape, data: Uint32Array.from(tp.uint64Data, (v) => Number(v)) };
    case 'uint64':
      if (tp.uint64Data.length !== n) fail('uint64_data', tp.uint64Data.length);
      return { dtype, shape, data: BigUint64Array.from(tp.uint64Data) };
    case 'float16': {
      if (tp.int32Data.length !== n) fail('int32_data', tp.int32Data.length);
      const table = halfToFloatTable();
      return { dtype, shape, data: Float32Array.from(tp.int32Data, (b) => table[b & 0xffff]!) };
    }
    default: {
      // int8, uint8, int16, uint16, int32, bool: one int32_data entry per element
      if (tp.int32Data.length !== n) fail('int32_data', tp.int32Data.length);
      const ctor = CTORS[dtype] as unknown as { from(src: number[]): Tensor['data'] };
      return { dtype, shape, data: ctor.from(tp.int32Data) } as Tensor;
    }
  }
}

function hasTypedData(tp: TensorProto): boolean {
  return tp.floatData.length + tp.int32Data.length + tp.int64Data.length + tp.doubleData.length + tp.uint64Data.length > 0;
}

/** Encodes a tensor as a TensorProto (raw little-endian data; strings in string_data). */
export function tensorToProto(t: Tensor, name: string): TensorProto {
  const { create, TensorProtoSchema } = proto();
  const tp = create(TensorProtoSchema, {
    name,
    dataType: ONNX_DTYPE[t.dtype],
    dims: t.shape.map((d) => BigInt(d)),
  });
  if (t.dtype === 'string') {
    const enc = new TextEncoder();
    tp.stringData = (t.data as string[]).map((s) => enc.encode(s));
    return tp;
  }
  if (!LITTLE_ENDIAN) throw new Error('writing raw tensor data needs a little-endian host');
  if (t.dtype === 'float16') {
    const src = t.data as Float32Array;
    const bits = new Uint16Array(src.length);
    for (let i = 0; i < src.length; i++) bits[i] = float16Bits(src[i]!);
    tp.rawData = new Uint8Array(bits.buffer);
    return tp;
  }
  const data = t.data as ArrayBufferView;
  tp.rawData = new Uint8Array(data.buffer as ArrayBuffer, data.byteOffset, data.byteLength);
  return tp;
}
