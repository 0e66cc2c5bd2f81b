// Reference executor: runs a graph's nodes in topological order with the op registry's fp32
// kernels, checking feeds against the declared inputs and dropping each intermediate once its
// last consumer has run. The fallback workers call `runNode` for single nodes.
import { ExecutionError } from './errors.js';

export { ExecutionError } from './errors.js';
import type { Dim, Graph, Node, ValueInfo } from './ir.js';
import { subgraphsOf } from './ir.js';
import { OpError, getOp } from './ops/index.js';
import type { OpContext } from './ops/types.js';
import { topoOrder } from './passes.js';
import { type Tensor, sizeOf } from './tensor.js';

/** Options of `execute`. */
export interface ExecuteOptions {
  /** Values to return (default: the graph outputs). Any intermediate value may be named. */
  outputs?: string[];
  /**
   * Called after each node with its wall time in milliseconds and the number of non-initializer
   * values still held (profiling, progress, memory checks).
   */
  onNode?: (node: Node, ms: number, live: number) => void;
  /** Called with every value a node produces, as it is produced (e.g. to gather statistics without keeping values). */
  onValue?: (name: string, value: Tensor) => void;
}

/** Opset versions by domain ('' is ai.onnx), or one version for the node's domain. */
export type OpsetSpec = number | Record<string, number>;

function opsetFor(spec: OpsetSpec, domain: string): number {
  if (typeof spec === 'number') return spec;
  return spec[domain] ?? spec[domain === '' ? 'ai.onnx' : domain] ?? 1;
}

function nodeLabel(node: Node): string {
  return `node "${node.name}" (${node.domain ? `${node.domain}.` : ''}${node.op})`;
}

/**
 * Runs one node's kernel on its inputs (aligned with `node.inputs`; undefined for omitted
 * optional inputs) and returns its outputs, aligned with `node.outputs`.
 */
export function runNode(node: Node, inputs: (Tensor | undefined)[], opset: OpsetSpec): Tensor[] {
  const domain = node.domain ?? '';
  const def = getOp(node.op, domain);
  if (!def) throw new ExecutionError(`${nodeLabel(node)}: no implementation of this op`, node.name, node.op);
  if (subgraphsOf(node).length > 0)
    throw new ExecutionError(`${nodeLabel(node)}: ops with subgraphs are not supported`, node.name, node.op);
  const ctx: OpContext = { opset: opsetFor(opset, domain), node: node.name, numOutputs: node.outputs.length };
  let outs: Tensor[];
  try {
    outs = def.run(inputs, node.attrs, ctx);
  } catch (e) {
    const detail = e instanceof OpError ? e.detail : e instanceof Error ? e.message : String(e);
    throw new ExecutionError(`${nodeLabel(node)}: ${detail}`, node.name, node.op, { cause: e });
  }
  node.outputs.forEach((name, i) => {
    if (name && !outs[i]) throw new ExecutionError(`${nodeLabel(node)}: kernel produced no output ${i} ("${name}")`, node.name, node.op);
  });
  return outs;
}

function describeShape(shape: readonly (number | string)[] | undefined): string {
  return shape ? `[${shape.join(', ')}]` : '(unknown)';
}

/** Checks feeds against declared graph inputs: names, dtypes, ranks, fixed dims, consistent symbolic dims. */
function checkFeeds(graph: Graph, feeds: Record<string, Tensor>): void {
  const problems: string[] = [];
  const declared = new Map<string, ValueInfo>(graph.inputs.map((v) => [v.name, v]));
  for (const name of Object.keys(feeds)) {
    if (!declared.has(name))
      problems.push(`feed "${name}" is not a graph input (inputs: ${graph.inputs.map((v) => v.name).join(', ') || 'none'})`);
  }
  const bound = new Map<string, number>();
  for (const v of graph.inputs) {
    const t = feeds[v.name];
    if (!t) {
      if (!graph.initializers.has(v.name)) problems.push(`input "${v.name}" is not fed (expected ${v.dtype} ${describeShape(v.shape)})`);
      continue;
    }
    if (typeof t !== 'object' || !('dtype' in t) || !Array.isArray(t.shape) || !t.data) {
      problems.push(`feed "${v.name}" is not a tensor`);
      continue;
    }
    if (t.dtype !== v.dtype) problems.push(`input "${v.name}" has dtype ${t.dtype}, expected ${v.dtype}`);
    if (sizeOf(t.shape) !== t.data.length)
      problems.push(`input "${v.name}" has ${t.data.length} elements but shape [${t.shape.join(', ')}]`);
    if (!v.shape) continue;
    if (v.shape.length !== t.shape.length) {
      problems.push(`input "${v.name}" has shape [${t.shape.join(', ')}], expected rank ${v.shape.length} ${describeShape(v.shape)}`);
      continue;
    }
    v.shape.forEach((d: Dim, i) => {
      const got = t.shape[i]!;
      if (typeof d === 'number') {
        if (d !== got) problems.push(`input "${v.name}" has shape [${t.shape.join(', ')}], expected ${describeShape(v.shape)}`);
      } else {
        const prev = bound.get(d);
        if (prev === undefined) bound.set(d, got);
        else if (prev !== got) problems.push(`dimension "${d}" is ${prev} in one input but ${got} in input "${v.name}"`);
      }
    });
  }
  if (problems.length > 0) throw new ExecutionError(`graph "${graph.name}": bad feeds:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}

/**
 * Runs a graph on `feeds` (one tensor per graph input; initializers need no feed) and returns the
 * requested values (default: the graph outputs) by name.
 */
export function execute(graph: Graph, feeds: Record<string, Tensor>, opts: ExecuteOptions = {}): Record<string, Tensor> {
  checkFeeds(graph, feeds);
  const wanted = opts.outputs ?? graph.outputs.map((v) => v.name);
  const order = topoOrder(graph);
  const produced = new Set<string>();
  for (const n of order) for (const o of n.outputs) if (o) produced.add(o);
  const values = new Map<string, Tensor>(graph.initializers);
  for (const [k, t] of Object.entries(feeds)) values.set(k, t);
  for (const w of wanted) {
    if (!values.has(w) && !produced.has(w))
      throw new ExecutionError(`graph "${graph.name}": requested value "${w}" is neither produced by a node nor an input`);
  }

  // Remaining reads of each value, so intermediates can be dropped after their last consumer.
  const keep = new Set(wanted);
  const reads = new Map<string, number>();
  for (const n of order) for (const i of n.inputs) if (i) reads.set(i, (reads.get(i) ?? 0) + 1);

  const opsets = graph.opsets;
  for (const node of order) {
    const inputs = node.inputs.map((name, idx) => {
      if (!name) return undefined;
      const t = values.get(name);
      if (!t) {
        throw new ExecutionError(
          `${nodeLabel(node)}: input ${idx} "${name}" has no value (not an initializer, a fed input, or the output of an earlier node)`,
          node.name,
          node.op,
        );
      }
      return t;
    });
    const t0 = opts.onNode ? performance.now() : 0;
    const outs = runNode(node, inputs, opsets);
    const ms = opts.onNode ? performance.now() - t0 : 0;
    node.outputs.forEach((name, i) => {
      if (!name) return;
      values.set(name, outs[i]!);
      opts.onValue?.(name, outs[i]!);
    });
    for (const name of node.inputs) {
      if (!name) continue;
      const left = (reads.get(name) ?? 1) - 1;
      reads.set(name, left);
      if (left === 0 && !keep.has(name) && !graph.initializers.has(name)) values.delete(name);
    }
    // Outputs nobody reads (e.g. an unused Dropout mask) are dropped at once.
    for (const name of node.outputs) if (name && !reads.has(name) && !keep.has(name)) values.delete(name);
    opts.onNode?.(node, ms, values.size - graph.initializers.size);
  }
  const result: Record<string, Tensor> = {};
  for (const w of wanted) {
    const t = values.get(w);
    if (!t) throw new ExecutionError(`graph "${graph.name}": value "${w}" was not computed`);
    result[w] = t;
  }
  return result;
}
