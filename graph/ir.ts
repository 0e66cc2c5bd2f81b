// The dataflow-graph IR: named values flow between nodes; constants are initializers.
// Op names, attribute names and semantics follow ONNX, so import/export is a mapping, not a translation.
import type { DType, Tensor } from './tensor.js';

/** A dimension: a known size, or a symbolic name (e.g. 'batch') until it is bound. */
export type Dim = number | string;

/** Type and shape of a named value. `shape` is undefined when unknown (not yet inferred). */
export interface ValueInfo {
  name: string;
  dtype: DType;
  shape?: Dim[];
}

/** An attribute value: ints and floats are numbers; tensors are constants; graphs are subgraphs. */
export type AttrValue = number | string | number[] | string[] | Tensor | Graph | Graph[] | Tensor[];

/** Attribute map of a node. */
export type Attrs = Record<string, AttrValue>;

/** ONNX kind of a numeric attribute: JS numbers cannot tell an int attribute from a float one. */
export type NumericAttrKind = 'int' | 'float' | 'ints' | 'floats';

/** One operation. An empty input name means "optional input not given". */
export interface Node {
  name: string;
  op: string;
  /** ONNX domain; '' (the default domain, ai.onnx) when absent. */
  domain?: string;
  inputs: string[];
  outputs: string[];
  attrs: Attrs;
  /**
   * Optional kinds of numeric attributes, consulted by ONNX export before its table of known
   * float attributes (the importer fills it; builders rarely need to).
   */
  attrKinds?: Record<string, NumericAttrKind>;
}

/** A dataflow graph: inputs, outputs, nodes (in any order), constant initializers, and inferred value types. */
export class Graph {
  name: string;
  inputs: ValueInfo[] = [];
  outputs: ValueInfo[] = [];
  nodes: Node[] = [];
  initializers = new Map<string, Tensor>();
  /** Types of intermediate values (filled by shape inference or the importer). */
  valueInfo = new Map<string, ValueInfo>();
  /** Opset version per domain ('' is ai.onnx). */
  opsets: Record<string, number> = { '': 17 };
  /** Free-form provenance: where the graph came from (file, zoo builder, topology row). */
  metadata: Record<string, string> = {};

  constructor(name = 'graph') {
    this.name = name;
  }

  /** Map from each value name to the node that produces it. */
  producers(): Map<string, Node> {
    const map = new Map<string, Node>();
    for (const node of this.nodes) for (const out of node.outputs) if (out) map.set(out, node);
    return map;
  }

  /** Map from each value name to the nodes that read it (including reads from inside subgraphs). */
  consumers(): Map<string, Node[]> {
    const map = new Map<string, Node[]>();
    for (const node of this.nodes) {
      for (const name of new Set([...node.inputs, ...implicitInputs(node)])) {
        if (!name) continue;
        const list = map.get(name);
        if (list) list.push(node);
        else map.set(name, [node]);
      }
    }
    return map;
  }

  /** The node with this name, if any. */
  node(name: string): Node | undefined {
    return this.nodes.find((n) => n.name === name);
  }

  /** Type of a value: a graph input, an initializer, an inferred intermediate, or a graph output. */
  typeOf(name: string): ValueInfo | undefined {
    const init = this.initializers.get(name);
    if (init) return { name, dtype: init.dtype, shape: [...init.shape] };
    return this.valueInfo.get(name) ?? this.inputs.find((v) => v.name === name) ?? this.outputs.find((v) => v.name === name);
  }

  /** Opset version of a domain ('' or 'ai.onnx' is the default domain); undefined when not imported. */
  opset(domain = ''): number | undefined {
    return this.opsets[domain === 'ai.onnx' ? '' : domain];
  }

  /** Every name in use: values (inputs, outputs, initializers, node outputs) and node names. */
  names(): Set<string> {
    const names = new Set<string>();
    for (const v of this.inputs) names.add(v.name);
    for (const v of this.outputs) names.add(v.name);
    for (const k of this.initializers.keys()) names.add(k);
    for (const k of this.valueInfo.keys()) names.add(k);
    for (const n of this.nodes) {
      names.add(n.name);
      for (const o of n.outputs) if (o) names.add(o);
    }
    return names;
  }

  /** A copy whose lists, maps and nodes are new; tensors, attribute values and subgraphs are shared. */
  clone(): Graph {
    const g = new Graph(this.name);
    g.inputs = this.inputs.map(copyValueInfo);
    g.outputs = this.outputs.map(copyValueInfo);
    g.nodes = this.nodes.map((n) => ({
      ...n,
      inputs: [...n.inputs],
      outputs: [...n.outputs],
      attrs: { ...n.attrs },
      ...(n.attrKinds ? { attrKinds: { ...n.attrKinds } } : {}),
    }));
    g.initializers = new Map(this.initializers);
    g.valueInfo = new Map([...this.valueInfo].map(([k, v]) => [k, copyValueInfo(v)]));
    g.opsets = { ...this.opsets };
    g.metadata = { ...this.metadata };
    return g;
  }
}

function copyValueInfo(v: ValueInfo): ValueInfo {
  return v.shape ? { ...v, shape: [...v.shape] } : { ...v };
}

/** Subgraphs held in a node's attributes (If branches, Loop/Scan bodies). */
export function subgraphsOf(node: Node): Graph[] {
  const out: Graph[] = [];
  for (const v of Object.values(node.attrs)) {
    if (v instanceof Graph) out.push(v);
    else if (Array.isArray(v)) for (const e of v) if (e instanceof Graph) out.push(e);
  }
  return out;
}

/** Outer-scope values a node's subgraphs read (names used inside but not defined there). */
export function implicitInputs(node: Node): string[] {
  const subs = subgraphsOf(node);
  if (subs.length === 0) return [];
  const free = new Set<string>();
  for (const g of subs) for (const name of freeNames(g)) free.add(name);
  return [...free];
}

function freeNames(g: Graph): Set<string> {
  const defined = new Set<string>([...g.inputs.map((v) => v.name), ...g.initializers.keys()]);
  for (const n of g.nodes) for (const o of n.outputs) if (o) defined.add(o);
  const free = new Set<string>();
  for (const n of g.nodes) {
    for (const i of [...n.inputs, ...implicitInputs(n)]) if (i && !defined.has(i)) free.add(i);
  }
  for (const o of g.outputs) if (!defined.has(o.name)) free.add(o.name);
  return free;
}

/** Returns a function that makes names unique against `taken` (and remembers the ones it hands out). */
export function uniqueNamer(taken: Set<string>): (base: string) => string {
  const next = new Map<string, number>();
  return (base: string) => {
    if (!taken.has(base)) {
      taken.add(base);
      return base;
    }
    let i = next.get(base) ?? 1;
    while (taken.has(`${base}_${i}`)) i++;
    next.set(base, i + 1);
    const name = `${base}_${i}`;
    taken.add(name);
    return name;
  };
}

/** Drops trailing empty names (omitted optional inputs) from an input list. */
export function trimInputs(inputs: readonly string[]): string[] {
  let n = inputs.length;
  while (n > 0 && !inputs[n - 1]) n--;
  return inputs.slice(0, n);
}
