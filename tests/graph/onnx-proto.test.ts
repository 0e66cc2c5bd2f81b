// TensorProto and AttributeProto conversion, checked against hand-written byte layouts.
import { create } from '@bufbuild/protobuf';
import {
  AttributeProtoSchema,
  AttributeProto_AttributeType as AT,
  GraphProtoSchema,
  TensorProtoSchema,
  TensorProto_DataLocation,
} from 'onnx-buf';
import { describe, expect, it } from 'vitest';
import { type DType, Graph, type Tensor, tensor, tensorFromProto, tensorToProto } from '../../graph/index.js';
import { attrFromProto, attrToProto, intFromBigint, numericKind } from '../../graph/onnx/attributes.js';

const CODE: Record<string, number> = {
  float32: 1,
  uint8: 2,
  int8: 3,
  uint16: 4,
  int16: 5,
  int32: 6,
  int64: 7,
  string: 8,
  bool: 9,
  float16: 10,
  float64: 11,
  uint32: 12,
  uint64: 13,
};

/** Little-endian bytes written with DataView, independently of the code under test. */
function leBytes(dtype: DType, values: (number | bigint)[]): Uint8Array<ArrayBuffer> {
  const size = {
    float32: 4,
    float64: 8,
    int8: 1,
    uint8: 1,
    int16: 2,
    uint16: 2,
    int32: 4,
    uint32: 4,
    int64: 8,
    uint64: 8,
    bool: 1,
    float16: 2,
  }[dtype as 'float32'];
  const dv = new DataView(new ArrayBuffer(values.length * size));
  values.forEach((v, i) => {
    const o = i * size;
    switch (dtype) {
      case 'float32':
        dv.setFloat32(o, v as number, true);
        break;
      case 'float64':
        dv.setFloat64(o, v as number, true);
        break;
      case 'int8':
        dv.setInt8(o, v as number);
        break;
      case 'uint8':
      case 'bool':
        dv.setUint8(o, v as number);
        break;
      case 'int16':
        dv.setInt16(o, v as number, true);
        break;
      case 'uint16':
      case 'float16':
        dv.setUint16(o, v as number, true);
        break;
      case 'int32':
        dv.setInt32(o, v as number, true);
        break;
      case 'uint32':
        dv.setUint32(o, v as number, true);
        break;
      case 'int64':
        dv.setBigInt64(o, v as bigint, true);
        break;
      case 'uint64':
        dv.setBigUint64(o, v as bigint, true);
        break;
    }
  });
  return new Uint8Array(dv.buffer);
}

const CASES: { dtype: DType; values: (number | bigint)[]; expected?: number[] }[] = [
  { dtype: 'float32', values: [1.5, -2.25, Math.fround(3e38), -0] },
  { dtype: 'float64', values: [Math.PI, -1e300] },
  { dtype: 'int8', values: [-128, 127, 0, -1] },
  { dtype: 'uint8', values: [0, 255, 7] },
  { dtype: 'int16', values: [-32768, 32767] },
  { dtype: 'uint16', values: [65535, 1] },
  { dtype: 'int32', values: [-2147483648, 2147483647] },
  { dtype: 'uint32', values: [4294967295, 3] },
  { dtype: 'int64', values: [-9223372036854775808n, 9223372036854775807n, -1n] },
  { dtype: 'uint64', values: [18446744073709551615n, 5n] },
  { dtype: 'bool', values: [1, 0, 1] },
  // float16 bit patterns: 1, -2, 65504 (max), 2^-24 (smallest subnormal), +inf, 0.333251953125
  {
    dtype: 'float16',
    values: [0x3c00, 0xc000, 0x7bff, 0x0001, 0x7c00, 0x3555],
    expected: [1, -2, 65504, 2 ** -24, Infinity, 0.333251953125],
  },
];

function asNumbers(t: Tensor): (number | bigint)[] {
  return Array.from(t.data as ArrayLike<number | bigint>);
}

describe('TensorProto -> Tensor', () => {
  for (const c of CASES) {
    it(`decodes ${c.dtype} from raw_data`, () => {
      const tp = create(TensorProtoSchema, {
        dataType: CODE[c.dtype],
        dims: [BigInt(c.values.length)],
        rawData: leBytes(c.dtype, c.values),
      });
      const t = tensorFromProto(tp);
      expect(t.dtype).toBe(c.dtype);
      expect(t.shape).toEqual([c.values.length]);
      expect(asNumbers(t)).toEqual(c.expected ?? c.values);
    });
  }

  it('decodes the typed fields', () => {
    const mk = (dtype: DType, fields: object) =>
      tensorFromProto(create(TensorProtoSchema, { dataType: CODE[dtype], dims: [2n], ...fields }));
    expect(asNumbers(mk('float32', { floatData: [0.5, -1] }))).toEqual([0.5, -1]);
    expect(asNumbers(mk('float64', { doubleData: [0.1, 2] }))).toEqual([0.1, 2]);
    expect(asNumbers(mk('int64', { int64Data: [-5n, 1n << 40n] }))).toEqual([-5n, 1n << 40n]);
    expect(asNumbers(mk('int8', { int32Data: [-3, 100] }))).toEqual([-3, 100]);
    expect(asNumbers(mk('uint8', { int32Data: [200, 1] }))).toEqual([200, 1]);
    expect(asNumbers(mk('int32', { int32Data: [-7, 7] }))).toEqual([-7, 7]);
    expect(asNumbers(mk('bool', { int32Data: [1, 0] }))).toEqual([1, 0]);
    expect(asNumbers(mk('float16', { int32Data: [0x3c00, 0xbc00] }))).toEqual([1, -1]);
    expect(asNumbers(mk('uint32', { uint64Data: [4000000000n, 2n] }))).toEqual([4000000000, 2]);
    expect(asNumbers(mk('uint64', { uint64Data: [1n, 2n] }))).toEqual([1n, 2n]);
    const s = tensorFromProto(
      create(TensorProtoSchema, { dataType: 8, dims: [2n], stringData: [new TextEncoder().encode('héllo'), new Uint8Array()] }),
    );
    expect(s).toEqual({ dtype: 'string', shape: [2], data: ['héllo', ''] });
  });

  it('decodes scalars and empty tensors', () => {
    const scalar = tensorFromProto(create(TensorProtoSchema, { dataType: 7, dims: [], int64Data: [42n] }));
    expect(scalar.shape).toEqual([]);
    expect(asNumbers(scalar)).toEqual([42n]);
    const empty = tensorFromProto(create(TensorProtoSchema, { dataType: 1, dims: [0n, 3n] }));
    expect(empty.shape).toEqual([0, 3]);
    expect(empty.data.length).toBe(0);
  });

  it('views aligned raw data without copying and copies unaligned data', () => {
    const payload = leBytes('float32', [1, 2, 3]);
    const backing = new Uint8Array(64);
    backing.set(payload, 8);
    const aligned = tensorFromProto(create(TensorProtoSchema, { dataType: 1, dims: [3n], rawData: backing.subarray(8, 20) }));
    expect((aligned.data as Float32Array).buffer).toBe(backing.buffer);
    expect(asNumbers(aligned)).toEqual([1, 2, 3]);
    backing.set(payload, 13);
    const unaligned = tensorFromProto(create(TensorProtoSchema, { dataType: 1, dims: [3n], rawData: backing.subarray(13, 25) }));
    expect((unaligned.data as Float32Array).buffer).not.toBe(backing.buffer);
    expect(asNumbers(unaligned)).toEqual([1, 2, 3]);
    const copied = tensorFromProto(create(TensorProtoSchema, { dataType: 1, dims: [3n], rawData: backing.subarray(8, 20) }), {
      copy: true,
    });
    expect((copied.data as Float32Array).buffer).not.toBe(backing.buffer);
  });

  it('rejects malformed tensors with clear messages', () => {
    expect(() => tensorFromProto(create(TensorProtoSchema, { dataType: 1, dims: [4n], rawData: new Uint8Array(12) }))).toThrow(
      'raw_data has 12 bytes but shape [4] of float32 needs 16',
    );
    expect(() => tensorFromProto(create(TensorProtoSchema, { dataType: 1, dims: [3n], floatData: [1] }))).toThrow(
      'float_data holds 1 elements but shape [3] needs 3',
    );
    expect(() => tensorFromProto(create(TensorProtoSchema, { dataType: 16, dims: [1n], rawData: new Uint8Array(2) }))).toThrow(
      'unsupported element type bfloat16',
    );
    const external = create(TensorProtoSchema, { dataType: 1, dims: [1n], dataLocation: TensorProto_DataLocation.EXTERNAL });
    expect(() => tensorFromProto(external)).toThrow(/external/);
    expect(() => tensorFromProto(create(TensorProtoSchema, { dataType: 1, dims: [-1n] }))).toThrow('invalid dimension -1');
  });
});

describe('Tensor -> TensorProto', () => {
  for (const c of CASES) {
    it(`writes ${c.dtype} as little-endian raw_data`, () => {
      const t = tensorFromProto(
        create(TensorProtoSchema, { dataType: CODE[c.dtype], dims: [BigInt(c.values.length)], rawData: leBytes(c.dtype, c.values) }),
      );
      const tp = tensorToProto(t, 'x');
      expect(tp.name).toBe('x');
      expect(tp.dataType).toBe(CODE[c.dtype]);
      expect(tp.dims).toEqual([BigInt(c.values.length)]);
      expect(Array.from(tp.rawData)).toEqual(Array.from(leBytes(c.dtype, c.values)));
    });
  }

  it('rounds float32 to the nearest float16 (ties to even)', () => {
    // 1 + 2^-11 is halfway between 1 and 1 + 2^-10: ties to even gives 1 (0x3c00);
    // 1 + 3 * 2^-11 is halfway between 1 + 2^-10 and 1 + 2^-9: ties to even gives 0x3c02.
    const t = tensor('float16', [3], Float32Array.from([1 + 2 ** -11, 1 + 3 * 2 ** -11, 70000]));
    const raw = tensorToProto(t, 'h').rawData;
    expect(Array.from(new Uint16Array(raw.slice().buffer))).toEqual([0x3c00, 0x3c02, 0x7c00]);
  });

  it('writes strings to string_data', () => {
    const tp = tensorToProto(tensor('string', [2], ['a', 'ü']), 's');
    expect(tp.stringData.map((b) => new TextDecoder().decode(b))).toEqual(['a', 'ü']);
  });
});

describe('attributes', () => {
  const node = { name: 'n', op: 'LeakyRelu', inputs: [], outputs: [], attrs: {} };
  const noGraphs = () => {
    throw new Error('no subgraphs here');
  };

  it('round-trips every attribute kind', () => {
    const sub = new Graph('body');
    const values = {
      alpha: 1, // float by name even though integral
      axis: -1,
      perm: [0, 2, 1],
      scales: [1, 2], // float list by name
      activation_alpha: [0.5],
      mode: 'constant',
      names: ['a', 'b'],
      value: tensor('int8', [2], Int8Array.of(-1, 2)),
      then_branch: sub,
    };
    for (const [name, value] of Object.entries(values)) {
      const a = attrToProto(node, name, value, () => create(GraphProtoSchema));
      const back = attrFromProto(a, () => sub, 'n');
      expect(back.value).toEqual(value);
    }
    expect(attrToProto(node, 'alpha', 1, noGraphs).type).toBe(AT.FLOAT);
    expect(attrToProto(node, 'axis', 1, noGraphs).type).toBe(AT.INT);
    expect(attrToProto(node, 'scales', [1, 2], noGraphs).type).toBe(AT.FLOATS);
    expect(attrToProto(node, 'pads', [], noGraphs).type).toBe(AT.INTS);
    expect(attrToProto(node, 'what', 0.5, noGraphs).type).toBe(AT.FLOAT);
    expect(attrToProto({ ...node, op: 'Dropout' }, 'seed', 3, noGraphs).type).toBe(AT.INT);
    expect(attrToProto({ ...node, attrKinds: { axis: 'float' } }, 'axis', 2, noGraphs).type).toBe(AT.FLOAT);
  });

  it('reports kinds the importer saw', () => {
    expect(attrFromProto(create(AttributeProtoSchema, { name: 'k', type: AT.INT, i: 5n }), noGraphs, 'n')).toEqual({
      value: 5,
      kind: 'int',
    });
    expect(attrFromProto(create(AttributeProtoSchema, { name: 'k', type: AT.FLOAT, f: 2 }), noGraphs, 'n')).toEqual({
      value: 2,
      kind: 'float',
    });
    expect(numericKind({ op: 'X', attrKinds: { k: 'float' } }, 'k', 2)).toBe('float');
  });

  it('clamps int64 attributes beyond 2^53', () => {
    expect(intFromBigint(9223372036854775807n)).toBe(Number.MAX_SAFE_INTEGER);
    expect(intFromBigint(-9223372036854775808n)).toBe(-Number.MAX_SAFE_INTEGER);
    expect(intFromBigint(-5n)).toBe(-5);
  });

  it('rejects attribute types it cannot represent', () => {
    const a = create(AttributeProtoSchema, { name: 'sp', type: AT.SPARSE_TENSOR });
    expect(() => attrFromProto(a, noGraphs, 'n')).toThrow('attribute type SPARSE_TENSOR is not supported');
    expect(() => attrToProto(node, 'axis', 1.5 as never, noGraphs)).not.toThrow(); // non-integral: written as a float
    expect(() => attrToProto({ ...node, attrKinds: { axis: 'int' } }, 'axis', 1.5, noGraphs)).toThrow(/non-integer value 1.5/);
  });
});
