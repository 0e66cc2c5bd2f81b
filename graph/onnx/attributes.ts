// AttributeProto <-> AttrValue. JS numbers do not say whether an attribute is an ONNX int or
// float, so export consults the node's `attrKinds`, then the table of float attributes below.
import type { AttributeProto, GraphProto } from 'onnx-buf';
import { type AttrValue, Graph, type Node, type NumericAttrKind } from '../ir.js';
import type { Tensor } from '../tensor.js';
import { proto } from './proto.js';
import { tensorFromProto, tensorToProto } from './tensor-proto.js';

/** Float-valued attributes of standard ONNX ops (every other numeric attribute is an int). */
const FLOAT_ATTRS: ReadonlySet<string> = new Set([
  'alpha',
  'beta',
  'gamma',
  'epsilon',
  'momentum',
  'ratio',
  'lambd',
  'bias',
  'spatial_scale',
  'extrapolation_value',
  'cubic_coeff_a',
  'scale',
  'mean',
  'high',
  'low',
  'threshold',
  'seed',
  'clip',
  'min',
  'max',
  'value',
  'value_float',
]);

/** Float-list attributes of standard ONNX ops. */
const FLOAT_LIST_ATTRS: ReadonlySet<string> = new Set(['scales', 'activation_alpha', 'activation_beta', 'value_floats']);

/** (op, attribute) pairs whose name is in the tables above but that are ints. */
const INT_EXCEPTIONS: ReadonlySet<string> = new Set(['Dropout.seed']);

/** The ONNX kind a numeric attribute is exported as. */
export function numericKind(node: Pick<Node, 'op' | 'attrKinds'>, name: string, value: number | number[]): NumericAttrKind {
  const declared = node.attrKinds?.[name];
  if (declared) return declared;
  if (Array.isArray(value)) {
    return FLOAT_LIST_ATTRS.has(name) || value.some((v) => !Number.isInteger(v)) ? 'floats' : 'ints';
  }
  if (!Number.isInteger(value)) return 'float';
  return FLOAT_ATTRS.has(name) && !INT_EXCEPTIONS.has(`${node.op}.${name}`) ? 'float' : 'int';
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * An int64 attribute as a number. Values beyond 2^53 (e.g. INT64_MAX as "to the end" in Slice)
 * are clamped to ±(2^53 - 1), which every such use treats the same way.
 */
export function intFromBigint(v: bigint): number {
  if (v > MAX_SAFE) return Number.MAX_SAFE_INTEGER;
  if (v < -MAX_SAFE) return -Number.MAX_SAFE_INTEGER;
  return Number(v);
}

/** Converts a GraphProto found in an attribute (a subgraph). */
export type SubgraphReader = (g: GraphProto, where: string) => Graph;

/** Decodes one attribute; throws an Error describing an unsupported attribute type. */
export function attrFromProto(a: AttributeProto, readGraph: SubgraphReader, where: string): { value: AttrValue; kind?: NumericAttrKind } {
  if (a.refAttrName) throw new Error(`refers to function attribute "${a.refAttrName}" (only valid inside functions)`);
  const dec = new TextDecoder();
  const AT = proto().AttributeProto_AttributeType;
  switch (a.type) {
    case AT.FLOAT:
      return { value: a.f, kind: 'float' };
    case AT.INT:
      return { value: intFromBigint(a.i), kind: 'int' };
    case AT.STRING:
      return { value: dec.decode(a.s) };
    case AT.TENSOR:
      if (!a.t) throw new Error('tensor attribute without a tensor');
      return { value: tensorFromProto(a.t) };
    case AT.GRAPH:
      if (!a.g) throw new Error('graph attribute without a graph');
      return { value: readGraph(a.g, `${where}.${a.name}`) };
    case AT.FLOATS:
      return { value: [...a.floats], kind: 'floats' };
    case AT.INTS:
      return { value: a.ints.map(intFromBigint), kind: 'ints' };
    case AT.STRINGS:
      return { value: a.strings.map((s) => dec.decode(s)) };
    case AT.TENSORS:
      return { value: a.tensors.map((t) => tensorFromProto(t)) };
    case AT.GRAPHS:
      return { value: a.graphs.map((g, i) => readGraph(g, `${where}.${a.name}[${i}]`)) };
    default:
      throw new Error(`attribute type ${AT[a.type] ?? a.type} is not supported`);
  }
}

/** Writes a subgraph held in an attribute. */
export type SubgraphWriter = (g: Graph) => GraphProto;

/** Whether an attribute value is a tensor. */
export function isTensor(v: unknown): v is Tensor {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Graph) && 'dtype' in v && 'data' in v;
}

/** Encodes one attribute of `node`; throws an Error for a value that has no ONNX form. */
export function attrToProto(node: Node, name: string, value: AttrValue, writeGraph: SubgraphWriter): AttributeProto {
  const { create, AttributeProtoSchema, AttributeProto_AttributeType: AT } = proto();
  const a = create(AttributeProtoSchema, { name });
  const enc = new TextEncoder();
  if (typeof value === 'number') {
    if (numericKind(node, name, value) === 'float') {
      a.type = AT.FLOAT;
      a.f = value;
    } else {
      if (!Number.isSafeInteger(value)) throw new Error(`int attribute "${name}" has non-integer value ${value}`);
      a.type = AT.INT;
      a.i = BigInt(value);
    }
  } else if (typeof value === 'string') {
    a.type = AT.STRING;
    a.s = enc.encode(value);
  } else if (value instanceof Graph) {
    a.type = AT.GRAPH;
    a.g = writeGraph(value);
  } else if (isTensor(value)) {
    a.type = AT.TENSOR;
    a.t = tensorToProto(value, '');
  } else if (Array.isArray(value)) {
    const first = value[0];
    if (first === undefined || typeof first === 'number') {
      const nums = value as number[];
      if (numericKind(node, name, nums) === 'floats') {
        a.type = AT.FLOATS;
        a.floats = [...nums];
      } else {
        const bad = nums.find((v) => !Number.isSafeInteger(v));
        if (bad !== undefined) throw new Error(`ints attribute "${name}" has non-integer value ${bad}`);
        a.type = AT.INTS;
        a.ints = nums.map((v) => BigInt(v));
      }
    } else if (typeof first === 'string') {
      a.type = AT.STRINGS;
      a.strings = (value as string[]).map((s) => enc.encode(s));
    } else if (first instanceof Graph) {
      a.type = AT.GRAPHS;
      a.graphs = (value as Graph[]).map(writeGraph);
    } else if (isTensor(first)) {
      a.type = AT.TENSORS;
      a.tensors = (value as Tensor[]).map((t) => tensorToProto(t, ''));
    } else {
      throw new Error(`attribute "${name}" holds a list of unsupported values`);
    }
  } else {
    throw new Error(`attribute "${name}" has an unsupported value`);
  }
  return a;
}
