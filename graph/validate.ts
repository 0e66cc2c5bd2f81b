// Structural checks of a graph: every value defined once, every use defined, no cycles, sane
// types and initializers. All problems are collected into one GraphValidationError.
import { GraphValidationError } from './errors.js';
import { type Graph, type ValueInfo, subgraphsOf, uniqueNamer } from './ir.js';
import { topoOrder } from './passes.js';
import { DTYPES, allocData, sizeOf } from './tensor.js';

const KNOWN_DTYPES: ReadonlySet<string> = new Set(DTYPES);

/** Options of `validate`. */
export interface ValidateOptions {
  /** Names visible from an enclosing graph (for subgraphs). */
  outerScope?: ReadonlySet<string>;
  /** Name unnamed nodes and de-duplicate names (default true); false leaves the graph untouched. */
  nameNodes?: boolean;
}

/**
 * Checks a graph and throws one GraphValidationError listing every problem: values used but
 * never defined, values defined twice, outputs not produced, cycles, missing or malformed
 * initializers, bad types, domains without an opset. Gives every unnamed node a deterministic
 * name (`<Op>_<index>`) and makes duplicate node names unique. Returns the graph.
 */
export function validate(graph: Graph, opts: ValidateOptions = {}): Graph {
  const problems: string[] = [];
  check(graph, opts.outerScope ?? new Set(), problems, '', opts.nameNodes ?? true);
  if (problems.length > 0) throw new GraphValidationError(graph.name, problems);
  return graph;
}

function check(graph: Graph, outer: ReadonlySet<string>, problems: string[], where: string, rename: boolean): void {
  const problem = (msg: string) => problems.push(where + msg);
  if (rename) nameNodes(graph);

  const defined = new Set<string>();
  const define = (name: string, what: string) => {
    if (!name) problem(`${what} has an empty name`);
    else if (defined.has(name)) problem(`value "${name}" is defined more than once (again as ${what})`);
    else defined.add(name);
  };
  for (const v of graph.inputs) {
    define(v.name, `graph input`);
    checkType(v, `graph input "${v.name}"`, problem);
  }
  for (const [name, t] of graph.initializers) {
    define(name, `initializer`);
    if (!KNOWN_DTYPES.has(t.dtype)) problem(`initializer "${name}" has unknown dtype ${String(t.dtype)}`);
    else if (!t.shape.every((d) => Number.isSafeInteger(d) && d >= 0)) {
      problem(`initializer "${name}" has an invalid shape [${t.shape.join(', ')}]`);
    } else if (t.data.length !== sizeOf(t.shape)) {
      problem(`initializer "${name}" has ${t.data.length} elements but shape [${t.shape.join(', ')}] needs ${sizeOf(t.shape)}`);
    } else if (t.data.constructor !== allocData(t.dtype, 0).constructor) {
      problem(`initializer "${name}" of dtype ${t.dtype} holds a ${t.data.constructor.name}`);
    }
  }
  for (const node of graph.nodes) {
    if (!node.op) problem(`node "${node.name}" has no op`);
    for (const out of node.outputs) if (out) define(out, `output of node "${node.name}"`);
    const domain = node.domain ?? '';
    if (graph.opset(domain) === undefined) problem(`node "${node.name}" (${node.op}) uses domain "${domain}" that has no opset`);
  }

  const visible = (name: string) => defined.has(name) || outer.has(name);
  for (const node of graph.nodes) {
    node.inputs.forEach((name, i) => {
      if (name && !visible(name)) problem(`node "${node.name}" (${node.op}) input ${i} "${name}" is not defined`);
    });
    for (const [attr, value] of Object.entries(node.attrs)) {
      const subs = subgraphsOf({ ...node, attrs: { [attr]: value } });
      if (subs.length === 0) continue;
      const scope = new Set([...outer, ...defined]);
      subs.forEach((sub, i) =>
        check(sub, scope, problems, `${where}in subgraph ${attr}${subs.length > 1 ? `[${i}]` : ''} of node "${node.name}": `, rename),
      );
    }
  }

  const outputs = new Set<string>();
  for (const v of graph.outputs) {
    if (outputs.has(v.name)) problem(`graph output "${v.name}" is listed more than once`);
    outputs.add(v.name);
    if (!visible(v.name)) problem(`graph output "${v.name}" is not produced by any node, input or initializer`);
    checkType(v, `graph output "${v.name}"`, problem);
  }

  try {
    topoOrder(graph);
  } catch (e) {
    if (e instanceof GraphValidationError) for (const p of e.problems) problem(p);
    else throw e;
  }
}

function checkType(v: ValueInfo, what: string, problem: (msg: string) => void): void {
  if (!KNOWN_DTYPES.has(v.dtype)) problem(`${what} has unknown dtype ${String(v.dtype)}`);
  if (v.shape && !v.shape.every((d) => (typeof d === 'number' ? Number.isSafeInteger(d) && d >= 0 : d.length > 0))) {
    problem(`${what} has an invalid shape [${v.shape.join(', ')}]`);
  }
}

/**
 * Deterministic node names: unnamed nodes become `<prefix><Op>_<index>`; later duplicates of a
 * name get a `_<n>` suffix. Modifies the graph.
 */
export function nameNodes(graph: Graph, prefix = ''): void {
  const taken = new Set<string>();
  for (const n of graph.nodes) if (n.name) taken.add(n.name);
  const seen = new Set<string>();
  const fresh = uniqueNamer(taken);
  graph.nodes.forEach((node, i) => {
    if (!node.name) node.name = fresh(`${prefix}${node.op || 'node'}_${i}`);
    else if (seen.has(node.name)) node.name = fresh(node.name);
    seen.add(node.name);
  });
}
