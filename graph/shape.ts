// Graph-level shape inference: drives each op's `infer` over the graph, and binds symbolic dims.
import { GraphError } from './errors.js';
import type { Dim, Graph, ValueInfo } from './ir.js';
import { foldConstants, propagate } from './passes.js';

/** Options of `inferShapes`. */
export interface InferShapesOptions {
  /** Fail when an op has no registry entry or a value ends up untyped (default false: leave it unknown). */
  strict?: boolean;
}

/** What shape inference found. */
export interface InferShapesResult {
  /** Names of node outputs that have no type after inference. */
  untyped: string[];
  /** Ops (as `domain.op` or `op`) without a registry entry, each with the first node using it. */
  unknownOps: { op: string; node: string }[];
}

/**
 * Fills `graph.valueInfo` with every node output's dtype and shape, in topological order, using
 * the op registry's `infer`. Updates the graph outputs' types. Symbolic dims stay symbolic.
 */
export function inferShapes(graph: Graph, opts: InferShapesOptions = {}): InferShapesResult {
  const { unknownOps } = propagate(graph, { fold: false });
  const seen = new Map<string, string>();
  for (const n of unknownOps) {
    const key = n.domain ? `${n.domain}.${n.op}` : n.op;
    if (!seen.has(key)) seen.set(key, n.name);
  }
  const untyped: string[] = [];
  for (const n of graph.nodes) {
    for (const o of n.outputs) if (o && !graph.valueInfo.has(o) && !graph.initializers.has(o)) untyped.push(o);
  }
  const result = { untyped, unknownOps: [...seen].map(([op, node]) => ({ op, node })) };
  if (opts.strict && (result.unknownOps.length > 0 || untyped.length > 0)) {
    const parts = [
      ...result.unknownOps.map((u) => `no op definition for ${u.op} (node "${u.node}")`),
      ...(untyped.length > 0 ? [`untyped values: ${untyped.slice(0, 20).join(', ')}${untyped.length > 20 ? ', ...' : ''}`] : []),
    ];
    throw new GraphError(`graph "${graph.name}": shape inference incomplete: ${parts.join('; ')}`);
  }
  return result;
}

/** Symbolic dimension names used by the graph inputs, in order of first appearance. */
export function symbolicDims(graph: Graph): string[] {
  const names = new Set<string>();
  for (const v of graph.inputs) for (const d of v.shape ?? []) if (typeof d === 'string') names.add(d);
  return [...names];
}

/** Options of `bindInputs`. */
export interface BindOptions {
  /** Afterwards fold constants (default true; Shape-derived values become constants), else only infer shapes. */
  fold?: boolean;
  /** Re-run inference (and folding) afterwards (default true); false only substitutes the dims. */
  infer?: boolean;
}

/**
 * Binds symbolic dims (e.g. `{ batch: 4 }`) in the inputs, outputs and value types, then
 * re-runs constant folding (so Shape-derived values become constants) and shape inference.
 * Every bound name must occur in some graph input. Returns the graph (modified in place).
 */
export function bindInputs(graph: Graph, dims: Record<string, number>, opts: BindOptions = {}): Graph {
  const known = new Set(symbolicDims(graph));
  const problems: string[] = [];
  for (const [name, value] of Object.entries(dims)) {
    if (!known.has(name)) {
      problems.push(`no graph input has a dimension named "${name}" (symbolic dims: ${known.size ? [...known].join(', ') : 'none'})`);
    }
    if (!Number.isSafeInteger(value) || value < 0) problems.push(`dimension "${name}" must be a non-negative integer, got ${value}`);
  }
  if (problems.length > 0) throw new GraphError(`graph "${graph.name}": cannot bind inputs: ${problems.join('; ')}`);
  const bind = (v: ValueInfo): ValueInfo =>
    v.shape ? { ...v, shape: v.shape.map((d): Dim => (typeof d === 'string' && d in dims ? dims[d]! : d)) } : v;
  graph.inputs = graph.inputs.map(bind);
  graph.outputs = graph.outputs.map(bind);
  for (const [k, v] of graph.valueInfo) graph.valueInfo.set(k, bind(v));
  if (opts.infer === false) return graph;
  if (opts.fold ?? true) foldConstants(graph);
  else inferShapes(graph);
  return graph;
}
