// Graph-level passes: topological order, the type-propagation driver shared by shape inference
// and constant folding, and dead-value pruning. Per-op semantics come from the op registry.
import { GraphError, GraphValidationError, ShapeInferenceError } from './errors.js';
import { type Graph, type Node, type ValueInfo, implicitInputs, subgraphsOf } from './ir.js';
import { getOp } from './ops/index.js';
import type { InferInput, OpContext, OpDef } from './ops/types.js';
import { shapeRange } from './ops/shape.js';
import { int64Tensor, knownSize } from './ops/util.js';
import { type Tensor, sizeOf } from './tensor.js';

/**
 * Nodes in an order where every producer comes before its consumers. Stable: a graph whose
 * node list is already topological comes back in the same order. Throws on a cycle.
 */
export function topoOrder(graph: Graph): Node[] {
  const producers = graph.producers();
  const depsOf = (node: Node): Node[] => {
    const deps: Node[] = [];
    for (const name of [...node.inputs, ...implicitInputs(node)]) {
      const p = name ? producers.get(name) : undefined;
      if (p) deps.push(p);
    }
    return deps;
  };
  const ON_STACK = 1;
  const DONE = 2;
  const state = new Map<Node, number>();
  const order: Node[] = [];
  for (const root of graph.nodes) {
    if (state.has(root)) continue;
    // Iterative DFS: unrolled sequence models can be deeper than the JS call stack.
    const stack: { node: Node; deps: Node[]; next: number }[] = [{ node: root, deps: depsOf(root), next: 0 }];
    state.set(root, ON_STACK);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      if (top.next < top.deps.length) {
        const dep = top.deps[top.next++]!;
        const s = state.get(dep);
        if (s === undefined) {
          state.set(dep, ON_STACK);
          stack.push({ node: dep, deps: depsOf(dep), next: 0 });
        } else if (s === ON_STACK) {
          const from = stack.findIndex((f) => f.node === dep);
          const cycle = stack.slice(from).map((f) => f.node.name || `(unnamed ${f.node.op})`);
          throw new GraphValidationError(graph.name, [`cycle through nodes ${[...cycle, cycle[0]].join(' -> ')}`]);
        }
      } else {
        state.set(top.node, DONE);
        order.push(top.node);
        stack.pop();
      }
    }
  }
  return order;
}

/**
 * Ops never folded by default: random ops are not deterministic, and quantize/dequantize pairs
 * around constant weights are the QDQ pattern the quantizing compiler looks for.
 */
const NEVER_FOLD: ReadonlySet<string> = new Set([
  'RandomNormal',
  'RandomUniform',
  'RandomNormalLike',
  'RandomUniformLike',
  'Multinomial',
  'Bernoulli',
  'QuantizeLinear',
  'DequantizeLinear',
  'DynamicQuantizeLinear',
]);

/** Options of the type-propagation driver. */
export interface PropagateOptions {
  /** Evaluate nodes whose inputs are all constant into initializers. */
  fold: boolean;
  /** Largest tensor (in elements) folding may create; larger results stay nodes. Default: no limit. */
  maxFoldElements?: number;
  /** Nodes for which this returns true are never folded (in addition to NEVER_FOLD). */
  keep?: (node: Node) => boolean;
  /** Ask each op's `unsupported` about the node's attributes and input forms. */
  checkSupport?: boolean;
  /**
   * When given, per-node failures (unsupported forms, `infer` or folding errors) are collected
   * here and the node's outputs stay untyped, instead of throwing at the first one.
   */
  failures?: { node: Node; reason: string }[];
}

/** What one propagation pass did. */
export interface PropagateResult {
  /** Nodes folded into initializers (removed from the graph). */
  folded: number;
  /** Nodes whose op has no registry entry (their outputs keep whatever type they had). */
  unknownOps: Node[];
}

/**
 * Walks the graph in topological order, inferring each node's output types with its op's
 * `infer` and, when folding, evaluating constant nodes with its op's `run`. Graph outputs take
 * the inferred types (declared dims are kept where inference only knows a symbol).
 */
export function propagate(graph: Graph, opts: PropagateOptions): PropagateResult {
  const folded = new Set<Node>();
  const unknownOps: Node[] = [];
  // Outputs of nodes that could not be typed: their consumers are skipped, not failed, so one
  // unknown op does not cascade into a failure at every node downstream.
  const untyped = new Set<string>();
  const skip = (node: Node) => {
    for (const o of node.outputs) if (o) untyped.add(o);
  };
  for (const node of topoOrder(graph)) {
    const domain = node.domain ?? '';
    const def = getOp(node.op, domain);
    const ctx: OpContext = { opset: graph.opset(domain) ?? 1, node: node.name };
    const inputs: InferInput[] = node.inputs.map((name) =>
      name ? { type: graph.typeOf(name), constant: graph.initializers.get(name) } : { type: undefined, constant: undefined },
    );
    const fail = (detail: string, e?: unknown): void => {
      if (!opts.failures) throw new ShapeInferenceError(node.name, node.op, detail, { cause: e });
      opts.failures.push({ node, reason: detail });
      skip(node);
    };
    // Asked before the untyped-input check, so every unsupported node is found, also downstream
    // of one that could not be typed.
    if (opts.checkSupport && def?.unsupported) {
      let reasons: string[];
      try {
        reasons = def.unsupported(node.attrs, inputs, ctx);
      } catch (e) {
        reasons = [messageOf(e)];
      }
      if (reasons.length > 0) {
        fail(reasons.join('; '));
        continue;
      }
    }
    if (node.inputs.some((i) => i && untyped.has(i))) {
      skip(node);
      continue;
    }
    if (!def) {
      unknownOps.push(node);
      // A type the model file declared still lets the consumers be inferred.
      for (const o of node.outputs) if (o && !graph.valueInfo.get(o)?.shape) untyped.add(o);
      continue;
    }
    let types;
    try {
      types = def.infer(inputs, node.attrs, ctx);
    } catch (e) {
      fail(messageOf(e), e);
      continue;
    }
    // After infer, which has checked the attributes shapeOpValue reads.
    const shapeValue = opts.fold && !opts.keep?.(node) && domain === '' ? shapeOpValue(node, inputs) : undefined;
    if (shapeValue) {
      setConstant(graph, node.outputs[0]!, shapeValue);
      folded.add(node);
      continue;
    }
    if (opts.fold && !opts.keep?.(node) && !NEVER_FOLD.has(node.op) && isFoldable(node, inputs, def)) {
      const limit = opts.maxFoldElements ?? Infinity;
      const small = types.every((t) => t.shape === undefined || (knownSize(t.shape) ?? Infinity) <= limit);
      if (small) {
        let outs: Tensor[];
        try {
          outs = def.run(
            inputs.map((i) => i.constant),
            node.attrs,
            ctx,
          );
        } catch (e) {
          fail(`constant folding failed: ${messageOf(e)}`, e);
          continue;
        }
        const missing = node.outputs.findIndex((name, i) => name && !outs[i]);
        if (missing >= 0) {
          fail(`constant folding failed: the kernel returned no output ${missing} ("${node.outputs[missing]}")`);
          continue;
        }
        if (outs.every((t) => sizeOf(t.shape) <= limit)) {
          node.outputs.forEach((name, i) => {
            if (name) setConstant(graph, name, outs[i]!);
          });
          folded.add(node);
          continue;
        }
      }
    }
    node.outputs.forEach((name, i) => {
      const t = types[i];
      if (!name || !t) return;
      const old = graph.valueInfo.get(name);
      // Keep a shape the file declared when the op rule cannot tell (e.g. data-dependent shapes).
      const shape = t.shape ?? (old && old.dtype === t.dtype ? old.shape : undefined);
      graph.valueInfo.set(name, shape ? { name, dtype: t.dtype, shape: [...shape] } : { name, dtype: t.dtype });
    });
  }
  if (folded.size > 0) graph.nodes = graph.nodes.filter((n) => !folded.has(n));
  typeGraphOutputs(graph);
  return { folded: folded.size, unknownOps };
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function isFoldable(node: Node, inputs: InferInput[], def: OpDef): boolean {
  if (node.outputs.length === 0 || subgraphsOf(node).length > 0 || typeof def.run !== 'function') return false;
  return node.inputs.every((name, i) => !name || inputs[i]!.constant !== undefined);
}

function setConstant(graph: Graph, name: string, t: Tensor): void {
  graph.initializers.set(name, t);
  graph.valueInfo.delete(name);
}

/**
 * The value of a Shape or Size node whose input has a fully known shape but no known value.
 * This is the one piece of op semantics here: the registry's `run` needs the input's data,
 * which a non-constant value does not have, and a shape value is what makes Reshape targets known.
 */
function shapeOpValue(node: Node, inputs: InferInput[]): Tensor | undefined {
  if ((node.op !== 'Shape' && node.op !== 'Size') || !node.outputs[0]) return undefined;
  const shape = inputs[0]?.type?.shape;
  if (!shape || !shape.every((d): d is number => typeof d === 'number')) return undefined;
  if (node.op === 'Size') return int64Tensor([sizeOf(shape)], []);
  const [start, end] = shapeRange(shape.length, node.attrs);
  return int64Tensor(shape.slice(start, end));
}

function typeGraphOutputs(graph: Graph): void {
  graph.outputs = graph.outputs.map((declared) => {
    const init = graph.initializers.get(declared.name);
    const inferred: ValueInfo | undefined = init
      ? { name: declared.name, dtype: init.dtype, shape: [...init.shape] }
      : graph.valueInfo.get(declared.name);
    if (!inferred) return declared;
    if (!inferred.shape) return { ...declared, dtype: inferred.dtype };
    if (!declared.shape || declared.shape.length !== inferred.shape.length) return { ...inferred };
    const shape = inferred.shape.map((d, i) => {
      const old = declared.shape![i]!;
      if (typeof d === 'number' && typeof old === 'number' && d !== old) {
        throw new GraphError(
          `graph "${graph.name}": output "${declared.name}" is declared with shape [${declared.shape!.join(', ')}] ` +
            `but inferred as [${inferred.shape!.join(', ')}]`,
        );
      }
      return typeof d === 'number' ? d : old;
    });
    return { name: declared.name, dtype: inferred.dtype, shape };
  });
}

/** Options of `foldConstants`. */
export interface FoldOptions {
  /** Largest tensor (in elements) folding may create; default: no limit. */
  maxElements?: number;
  /** Nodes for which this returns true are never folded (in addition to NEVER_FOLD). */
  keep?: (node: Node) => boolean;
}

/**
 * Evaluates every node whose inputs are all constants (and Shape/Size of values with known
 * shapes) into initializers, using the registry's kernels; infers all other types on the way;
 * then drops values nothing reads. Returns the number of nodes folded.
 */
export function foldConstants(graph: Graph, opts: FoldOptions = {}): number {
  const { folded } = propagate(graph, { fold: true, maxFoldElements: opts.maxElements, keep: opts.keep });
  if (folded > 0) pruneUnused(graph);
  return folded;
}

/**
 * Removes nodes none of whose outputs are read or are graph outputs, initializers nothing reads,
 * and stale value types. Returns the number of nodes removed.
 */
export function pruneUnused(graph: Graph): number {
  const live = new Set(graph.outputs.map((o) => o.name));
  const keep = new Set<Node>();
  const order = topoOrder(graph);
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i]!;
    if (!node.outputs.some((o) => o && live.has(o))) continue;
    keep.add(node);
    for (const name of [...node.inputs, ...implicitInputs(node)]) if (name) live.add(name);
  }
  const removed = graph.nodes.length - keep.size;
  graph.nodes = graph.nodes.filter((n) => keep.has(n));
  for (const name of [...graph.initializers.keys()]) if (!live.has(name)) graph.initializers.delete(name);
  const produced = new Set<string>();
  for (const n of graph.nodes) for (const o of n.outputs) if (o) produced.add(o);
  for (const name of [...graph.valueInfo.keys()]) if (!produced.has(name)) graph.valueInfo.delete(name);
  return removed;
}
