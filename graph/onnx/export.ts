// ONNX export: Graph -> ModelProto -> bytes. The IR version follows from the ai.onnx opset.
import type { GraphProto, ModelProto, ValueInfoProto } from 'onnx-buf';
import { GraphError, OnnxExportError } from '../errors.js';
import type { Graph, ValueInfo } from '../ir.js';
import { validate } from '../validate.js';
import { attrToProto } from './attributes.js';
import { proto } from './proto.js';
import { ONNX_DTYPE, tensorToProto } from './tensor-proto.js';

/** IR version each ai.onnx opset was released with (onnx.helper.VERSION_TABLE). */
const IR_FOR_OPSET: Record<number, number> = {
  7: 3,
  8: 3,
  9: 4,
  10: 5,
  11: 6,
  12: 7,
  13: 7,
  14: 7,
  15: 8,
  16: 8,
  17: 8,
  18: 8,
  19: 9,
  20: 9,
  21: 10,
  22: 10,
  23: 11,
};

/** The IR version an exported model with this ai.onnx opset declares (at least 4: initializers need not be inputs). */
export function irVersionFor(opset: number): number {
  const ir = IR_FOR_OPSET[opset];
  if (ir === undefined) throw new Error(`no known IR version for ai.onnx opset ${opset}`);
  return Math.max(ir, 4);
}

/** Options of `exportOnnx`. */
export interface ExportOptions {
  /** producer_name written into the model (default 'tpusim'). */
  producerName?: string;
}

/**
 * Writes a graph as an ONNX model that onnxruntime loads: opset imports from `graph.opsets`,
 * the matching IR version, initializers as raw data, known value types as value_info.
 * The graph is validated first (without changing it); every problem is reported in one OnnxExportError.
 */
export function exportOnnx(graph: Graph, opts: ExportOptions = {}): Uint8Array {
  const problems: string[] = [];
  try {
    validate(graph, { nameNodes: false });
  } catch (e) {
    if (!(e instanceof GraphError)) throw e;
    problems.push(...('problems' in e ? (e.problems as string[]) : [e.message]));
  }
  const opset = graph.opset('');
  if (opset === undefined) problems.push('the graph has no ai.onnx opset');
  else if (IR_FOR_OPSET[opset] === undefined) problems.push(`ai.onnx opset ${opset} is not one onnx knows (7 to 23)`);
  if (problems.length > 0) throw new OnnxExportError(graph.name, problems);

  const { create, toBinary, ModelProtoSchema, OperatorSetIdProtoSchema, StringStringEntryProtoSchema } = proto();
  const model: ModelProto = create(ModelProtoSchema, {
    irVersion: BigInt(irVersionFor(opset!)),
    producerName: opts.producerName ?? 'tpusim',
    opsetImport: Object.entries(graph.opsets).map(([domain, version]) =>
      create(OperatorSetIdProtoSchema, { domain, version: BigInt(version) }),
    ),
    metadataProps: Object.entries(graph.metadata).map(([key, value]) => create(StringStringEntryProtoSchema, { key, value })),
  });
  model.graph = writeGraph(graph, problems, false);
  const initializers = encodeInitializers(graph, problems);
  if (problems.length > 0) throw new OnnxExportError(graph.name, problems);
  return appendGraphChunk(toBinary(ModelProtoSchema, model), initializers);
}

function writeGraph(graph: Graph, problems: string[], withInitializers = true): GraphProto {
  const { create, GraphProtoSchema, NodeProtoSchema } = proto();
  const gp = create(GraphProtoSchema, { name: graph.name });
  for (const [name, t] of withInitializers ? graph.initializers : []) {
    try {
      gp.initializer.push(tensorToProto(t, name));
    } catch (e) {
      problems.push(`initializer "${name}": ${(e as Error).message}`);
    }
  }
  gp.input = graph.inputs.map(valueInfoToProto);
  gp.output = graph.outputs.map(valueInfoToProto);
  const listed = new Set([...graph.inputs.map((v) => v.name), ...graph.outputs.map((v) => v.name), ...graph.initializers.keys()]);
  for (const v of graph.valueInfo.values()) if (!listed.has(v.name)) gp.valueInfo.push(valueInfoToProto(v));
  for (const node of graph.nodes) {
    const np = create(NodeProtoSchema, {
      name: node.name,
      opType: node.op,
      domain: node.domain ?? '',
      input: [...node.inputs],
      output: [...node.outputs],
    });
    for (const [name, value] of Object.entries(node.attrs)) {
      try {
        np.attribute.push(attrToProto(node, name, value, (g) => writeGraph(g, problems)));
      } catch (e) {
        problems.push(`node "${node.name}" (${node.op}): ${(e as Error).message}`);
      }
    }
    gp.node.push(np);
  }
  return gp;
}

function valueInfoToProto(v: ValueInfo): ValueInfoProto {
  const {
    create,
    TypeProto_TensorSchema,
    TensorShapeProtoSchema,
    TensorShapeProto_DimensionSchema,
    TypeProtoSchema,
    ValueInfoProtoSchema,
  } = proto();
  const tensorType = create(TypeProto_TensorSchema, { elemType: ONNX_DTYPE[v.dtype] });
  if (v.shape) {
    tensorType.shape = create(TensorShapeProtoSchema, {
      dim: v.shape.map((d) =>
        create(TensorShapeProto_DimensionSchema, {
          value: typeof d === 'number' ? { case: 'dimValue', value: BigInt(d) } : { case: 'dimParam', value: d },
        }),
      ),
    });
  }
  return create(ValueInfoProtoSchema, {
    name: v.name,
    type: create(TypeProtoSchema, { value: { case: 'tensorType', value: tensorType } }),
  });
}

// The top-level initializers are written by hand, after the rest of the model: protobuf merges an
// embedded message encoded twice (ModelProto.graph = field 7) and appends its repeated fields
// (GraphProto.initializer = field 5), so `model + graph{initializers}` reads as one model. Each
// tensor's header goes through the protobuf library, its raw data (TensorProto.raw_data = field 9)
// is copied once into the result: the library's nested encoding copies every weight byte once
// per nesting level, about 75 MB/s here, which made exporting a large model cost seconds.

/** One initializer: its TensorProto without raw_data, and the raw bytes (empty when none). */
interface EncodedInitializer {
  head: Uint8Array;
  raw: Uint8Array;
}

function encodeInitializers(graph: Graph, problems: string[]): EncodedInitializer[] {
  const { toBinary, TensorProtoSchema } = proto();
  const out: EncodedInitializer[] = [];
  for (const [name, t] of graph.initializers) {
    try {
      const tp = tensorToProto(t, name);
      const raw = tp.rawData;
      tp.rawData = new Uint8Array(0);
      out.push({ head: toBinary(TensorProtoSchema, tp), raw });
    } catch (e) {
      problems.push(`initializer "${name}": ${(e as Error).message}`);
    }
  }
  return out;
}

const varintSize = (n: number): number => (n < 0x80 ? 1 : 1 + varintSize(Math.floor(n / 0x80)));

function writeVarint(buf: Uint8Array, at: number, n: number): number {
  let v = n;
  while (v >= 0x80) {
    buf[at++] = (v % 0x80) | 0x80;
    v = Math.floor(v / 0x80);
  }
  buf[at++] = v;
  return at;
}

/** Length-delimited field sizes: tag (one byte for fields below 16), length, payload. */
const fieldSize = (len: number): number => 1 + varintSize(len) + len;

function appendGraphChunk(model: Uint8Array, inits: EncodedInitializer[]): Uint8Array {
  if (inits.length === 0) return model;
  const tensorLen = (i: EncodedInitializer) => i.head.length + (i.raw.length ? fieldSize(i.raw.length) : 0);
  const graphLen = inits.reduce((a, i) => a + fieldSize(tensorLen(i)), 0);
  const out = new Uint8Array(model.length + fieldSize(graphLen));
  out.set(model);
  let at = model.length;
  out[at++] = (7 << 3) | 2; // ModelProto.graph
  at = writeVarint(out, at, graphLen);
  for (const i of inits) {
    out[at++] = (5 << 3) | 2; // GraphProto.initializer
    at = writeVarint(out, at, tensorLen(i));
    out.set(i.head, at);
    at += i.head.length;
    if (i.raw.length) {
      out[at++] = (9 << 3) | 2; // TensorProto.raw_data
      at = writeVarint(out, at, i.raw.length);
      out.set(i.raw, at);
      at += i.raw.length;
    }
  }
  return out;
}
