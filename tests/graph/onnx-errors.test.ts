// Bad model files: each gets one clear error naming the file (and every offending node).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { create, toBinary } from '@bufbuild/protobuf';
import {
  AttributeProtoSchema,
  AttributeProto_AttributeType as AT,
  GraphProtoSchema,
  ModelProtoSchema,
  NodeProtoSchema,
  OperatorSetIdProtoSchema,
  StringStringEntryProtoSchema,
  TensorProtoSchema,
  TensorProto_DataLocation,
  TensorShapeProtoSchema,
  TensorShapeProto_DimensionSchema,
  TypeProtoSchema,
  TypeProto_TensorSchema,
  ValueInfoProtoSchema,
} from 'onnx-buf';
import { describe, expect, it } from 'vitest';
import { OnnxImportError, Rng, UnsupportedOpsError, importOnnx, loadOnnxFile } from '../../graph/index.js';
import { thrown } from '../helpers/common.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/onnx/smallcnn-op13.onnx');

function valueInfo(name: string, shape: number[]) {
  return create(ValueInfoProtoSchema, {
    name,
    type: create(TypeProtoSchema, {
      value: {
        case: 'tensorType',
        value: create(TypeProto_TensorSchema, {
          elemType: 1,
          shape: create(TensorShapeProtoSchema, {
            dim: shape.map((d) => create(TensorShapeProto_DimensionSchema, { value: { case: 'dimValue', value: BigInt(d) } })),
          }),
        }),
      },
    }),
  });
}

interface NodeSpec {
  op: string;
  name?: string;
  domain?: string;
  inputs: string[];
  outputs: string[];
  attrs?: ReturnType<typeof create<typeof AttributeProtoSchema>>[];
}

/** A model written with onnx-buf directly (independent of tpusim's exporter). */
function modelBytes(opts: {
  nodes: NodeSpec[];
  output: string;
  opset?: number;
  ir?: bigint;
  extraOpsets?: [string, number][];
  initializers?: ReturnType<typeof create<typeof TensorProtoSchema>>[];
}): Uint8Array {
  return toBinary(
    ModelProtoSchema,
    create(ModelProtoSchema, {
      irVersion: opts.ir ?? 8n,
      opsetImport: [
        create(OperatorSetIdProtoSchema, { domain: '', version: BigInt(opts.opset ?? 17) }),
        ...(opts.extraOpsets ?? []).map(([domain, v]) => create(OperatorSetIdProtoSchema, { domain, version: BigInt(v) })),
      ],
      graph: create(GraphProtoSchema, {
        name: 'g',
        input: [valueInfo('x', [2, 3])],
        output: [valueInfo(opts.output, [2, 3])],
        initializer: opts.initializers ?? [],
        node: opts.nodes.map((n) =>
          create(NodeProtoSchema, {
            opType: n.op,
            name: n.name ?? '',
            domain: n.domain ?? '',
            input: n.inputs,
            output: n.outputs,
            attribute: n.attrs ?? [],
          }),
        ),
      }),
    }),
  );
}

describe('unreadable files', () => {
  it('rejects an empty file', () => {
    const e = thrown(() => importOnnx(new Uint8Array(), { file: 'empty.onnx' }), Error);
    expect(e).toBeInstanceOf(OnnxImportError);
    expect(e.message).toBe('empty.onnx: empty file, not an ONNX model');
  });

  it('rejects a truncated model, naming the file', () => {
    const bytes = loadBytes();
    for (const cut of [0.5, 0.9, 0.999]) {
      const e = thrown(() => importOnnx(bytes.subarray(0, Math.floor(bytes.length * cut)), { file: 'cut.onnx' }), Error);
      expect(e).toBeInstanceOf(OnnxImportError);
      expect(e.message).toMatch(/^cut\.onnx: not an ONNX model.*truncated/);
    }
  });

  it('rejects random bytes and text', () => {
    const rng = new Rng(3);
    for (let trial = 0; trial < 20; trial++) {
      const bytes = Uint8Array.from({ length: 200 + trial * 37 }, () => rng.int(0, 255));
      const e = thrown(() => importOnnx(bytes, { file: 'noise.bin' }), Error);
      expect(e).toBeInstanceOf(OnnxImportError);
      expect(e.message).toMatch(/^noise\.bin: /);
    }
    const text = new TextEncoder().encode('name,value\nconv1,3\n');
    expect(thrown(() => importOnnx(text, { file: 'a.csv' }), Error).message).toMatch(/^a\.csv: not an ONNX model/);
  });

  it('rejects another protobuf message that parses as a model without a graph', () => {
    const tensorBytes = toBinary(TensorProtoSchema, create(TensorProtoSchema, { dataType: 1, dims: [2n], floatData: [1, 2] }));
    const e = thrown(() => importOnnx(tensorBytes, { file: 't.pb' }), Error);
    expect(e).toBeInstanceOf(OnnxImportError);
    expect(e.message).toMatch(/^t\.pb: not an ONNX model/);
  });

  it('names a missing file', () => {
    const e = thrown(() => loadOnnxFile('/nonexistent/model.onnx'), Error);
    expect(e).toBeInstanceOf(OnnxImportError);
    expect(e.message).toBe('/nonexistent/model.onnx: file not found');
  });

  it('loads a file from disk and names it in errors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tpusim-onnx-'));
    const path = join(dir, 'bad.onnx');
    writeFileSync(path, loadBytes().subarray(0, 100));
    expect(thrown(() => loadOnnxFile(path), Error).message.startsWith(`${path}: `)).toBe(true);
  });
});

describe('unsupported versions and features', () => {
  const relu = { nodes: [{ op: 'Relu', inputs: ['x'], outputs: ['y'] }], output: 'y' };

  it('accepts opsets 7 to 21 and rejects others', () => {
    for (const opset of [7, 13, 21]) expect(() => importOnnx(modelBytes({ ...relu, opset }))).not.toThrow();
    for (const opset of [6, 22]) {
      const e = thrown(() => importOnnx(modelBytes({ ...relu, opset }), { file: 'm.onnx' }), Error);
      expect(e).toBeInstanceOf(OnnxImportError);
      expect(e.message).toBe(`m.onnx: ai.onnx opset ${opset} is not supported (supported: 7 to 21)`);
    }
  });

  it('rejects unsupported IR versions', () => {
    for (const ir of [2n, 12n]) {
      expect(thrown(() => importOnnx(modelBytes({ ...relu, ir }), { file: 'm.onnx' }), Error).message).toBe(
        `m.onnx: ONNX IR version ${ir} is not supported (supported: 3 to 11)`,
      );
    }
  });

  it('rejects external data, listing the tensors', () => {
    const ext = (name: string) =>
      create(TensorProtoSchema, {
        name,
        dataType: 1,
        dims: [2n, 3n],
        dataLocation: TensorProto_DataLocation.EXTERNAL,
        externalData: [create(StringStringEntryProtoSchema, { key: 'location', value: 'weights.bin' })],
      });
    const bytes = modelBytes({
      nodes: [
        { op: 'Add', inputs: ['x', 'w1'], outputs: ['a'] },
        { op: 'Add', inputs: ['a', 'w2'], outputs: ['y'] },
      ],
      output: 'y',
      initializers: [ext('w1'), ext('w2')],
    });
    const e = thrown(() => importOnnx(bytes, { file: 'big.onnx' }), Error);
    expect(e).toBeInstanceOf(OnnxImportError);
    expect(e.message).toMatch(/^big\.onnx: tensors are stored in external data files \(w1, w2\); external data is not supported/);
  });

  it('lists every unsupported node in one error', () => {
    const bytes = modelBytes({
      nodes: [
        { op: 'FancyOp', name: 'first', inputs: ['x'], outputs: ['a'] },
        { op: 'Relu', name: 'ok', inputs: ['a'], outputs: ['b'] },
        { op: 'FancyOp', name: 'second', inputs: ['b'], outputs: ['c'] },
        { op: 'Gadget', domain: 'com.example', inputs: ['c'], outputs: ['d'] },
        {
          op: 'Relu',
          name: 'weird_attr',
          inputs: ['d'],
          outputs: ['y'],
          attrs: [create(AttributeProtoSchema, { name: 'meta', type: AT.TYPE_PROTO })],
        },
      ],
      output: 'y',
      extraOpsets: [['com.example', 1]],
    });
    const e = thrown(() => importOnnx(bytes, { file: 'exotic.onnx' }), Error);
    expect(e).toBeInstanceOf(UnsupportedOpsError);
    const problems = (e as UnsupportedOpsError).problems;
    expect(problems).toEqual([
      { node: 'first', op: 'FancyOp', domain: '', opset: 17, reason: 'no implementation of this op' },
      { node: 'second', op: 'FancyOp', domain: '', opset: 17, reason: 'no implementation of this op' },
      { node: 'Gadget_3', op: 'Gadget', domain: 'com.example', opset: 1, reason: 'no implementation of this op' },
      { node: 'weird_attr', op: 'Relu', domain: '', opset: 17, reason: 'attribute "meta": attribute type TYPE_PROTO is not supported' },
    ]);
    expect(e.message).toMatch(/^exotic\.onnx: cannot import 4 nodes \(unsupported or invalid\):/);
    expect(e.message).toContain('node "Gadget_3" (com.example.Gadget, opset 1): no implementation of this op');
  });

  it('lists unsupported attribute values from the op definitions with unknown ops, in graph order', () => {
    const gelu = (name: string, approximate: string, input: string, output: string): NodeSpec => ({
      op: 'Gelu',
      name,
      inputs: [input],
      outputs: [output],
      attrs: [create(AttributeProtoSchema, { name: 'approximate', type: AT.STRING, s: new TextEncoder().encode(approximate) })],
    });
    const bytes = modelBytes({
      opset: 21,
      nodes: [
        gelu('g1', 'cubic', 'x', 'a'),
        { op: 'Mystery', name: 'm', inputs: ['a'], outputs: ['b'] },
        gelu('g2', 'tanh', 'b', 'c'),
        gelu('g3', 'fast', 'c', 'y'),
      ],
      output: 'y',
    });
    const e = thrown(() => importOnnx(bytes, { file: 'gelu.onnx' }), UnsupportedOpsError);
    expect(e).toBeInstanceOf(UnsupportedOpsError);
    expect(e.problems.map((p) => p.node)).toEqual(['g1', 'm', 'g3']);
    expect(e.problems[0]!.reason).toMatch(/approximate/);
    expect(e.problems[0]!.reason).toMatch(/cubic/);
    expect(e.problems[2]!.reason).toMatch(/fast/);
  });

  it('reports a structurally broken graph as an import error', () => {
    const bytes = modelBytes({ nodes: [{ op: 'Relu', inputs: ['nowhere'], outputs: ['y'] }], output: 'y' });
    const e = thrown(() => importOnnx(bytes, { file: 'broken.onnx' }), Error);
    expect(e).toBeInstanceOf(OnnxImportError);
    expect(e.message).toMatch(/^broken\.onnx: graph "g" is invalid/);
    expect(e.message).toContain('node "Relu_0" (Relu) input 0 "nowhere" is not defined');
  });

  it('reports a node whose shapes do not fit, naming it', () => {
    const w = create(TensorProtoSchema, { name: 'w', dataType: 1, dims: [4n, 5n], floatData: new Array(20).fill(0) });
    const bytes = modelBytes({ nodes: [{ op: 'MatMul', name: 'mm', inputs: ['x', 'w'], outputs: ['y'] }], output: 'y', initializers: [w] });
    const e = thrown(() => importOnnx(bytes, { file: 'shapes.onnx' }), Error);
    expect(e).toBeInstanceOf(UnsupportedOpsError);
    expect(e.message).toMatch(/^shapes\.onnx: cannot import 1 node \(unsupported or invalid\):\n {2}- node "mm" \(MatMul, opset 17\): /);
  });
});

function loadBytes(): Uint8Array {
  return new Uint8Array(readFileSync(FIXTURE));
}
