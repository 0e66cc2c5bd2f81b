// Opset normalisation: rewrites legacy op forms (attributes that later became inputs, the
// pre-13 Softmax family, renamed/removed ops) into their opset-21 form, so the kernels see one
// form per op. Every rule is listed in graph/onnx/NORMALISE.md.
import { type AttrValue, type Graph, type Node, subgraphsOf, trimInputs, uniqueNamer } from '../ir.js';
import { int64Tensor } from '../ops/util.js';
import { type DType, type Tensor, scalarTensor, tensor } from '../tensor.js';
import { isTensor } from './attributes.js';

/** The ai.onnx opset every imported graph is normalised to. */
export const NORMALISED_OPSET = 21;
/** Oldest ai.onnx opset the importer accepts. */
export const MIN_OPSET = 7;
/** Newest ai.onnx opset the importer accepts. */
export const MAX_OPSET = 21;

/** A node normalisation could not rewrite. */
export interface NormaliseProblem {
  node: Node;
  reason: string;
}

const REDUCE_AXES_INPUT_SINCE: Record<string, number> = {
  ReduceSum: 13,
  ReduceMean: 18,
  ReduceMax: 18,
  ReduceMin: 18,
  ReduceProd: 18,
  ReduceL1: 18,
  ReduceL2: 18,
  ReduceLogSum: 18,
  ReduceLogSumExp: 18,
  ReduceSumSquare: 18,
};

/** Helpers one rule needs: making names and constants, reading known types. */
interface RewriteContext {
  graph: Graph;
  opset: number;
  fresh(base: string): string;
  constant(base: string, t: Tensor): string;
  dtypeOf(name: string): DType | undefined;
  rankOf(name: string): number | undefined;
  isUsed(name: string): boolean;
}

/** A rule returns the nodes replacing `node` (usually `[node]` after editing it), or a problem string. */
type Rule = (node: Node, ctx: RewriteContext) => Node[] | string;

/**
 * Rewrites every default-domain node of `graph` (and its subgraphs) from `opset` to its
 * NORMALISED_OPSET form and turns Constant nodes into initializers. Sets `graph.opsets['']`.
 * Returns the nodes it could not rewrite; the graph is otherwise complete.
 */
export function normaliseOpsets(graph: Graph, opset: number): NormaliseProblem[] {
  const problems: NormaliseProblem[] = [];
  normaliseGraph(graph, opset, problems, new Set(graph.names()));
  graph.opsets[''] = NORMALISED_OPSET;
  return problems;
}

function normaliseGraph(graph: Graph, opset: number, problems: NormaliseProblem[], taken: Set<string>): void {
  for (const n of graph.nodes)
    for (const sub of subgraphsOf(n)) {
      for (const name of sub.names()) taken.add(name);
      normaliseGraph(sub, opset, problems, taken);
      sub.opsets[''] = NORMALISED_OPSET;
    }
  const fresh = uniqueNamer(taken);
  const used = new Set<string>(graph.outputs.map((o) => o.name));
  for (const n of graph.nodes) for (const i of n.inputs) if (i) used.add(i);
  const ctx: RewriteContext = {
    graph,
    opset,
    fresh,
    constant(base, t) {
      const name = fresh(base);
      graph.initializers.set(name, t);
      return name;
    },
    dtypeOf: (name) => graph.typeOf(name)?.dtype,
    rankOf: (name) => graph.typeOf(name)?.shape?.length,
    isUsed: (name) => used.has(name),
  };
  const out: Node[] = [];
  for (const node of graph.nodes) {
    const rule = (node.domain ?? '') === '' ? RULES[node.op] : undefined;
    const result = rule ? rule(node, ctx) : [node];
    if (typeof result === 'string') {
      problems.push({ node, reason: result });
      out.push(node);
    } else {
      out.push(...result);
    }
  }
  graph.nodes = out;
}

function takeAttr(node: Node, name: string): AttrValue | undefined {
  const v = node.attrs[name];
  delete node.attrs[name];
  if (node.attrKinds) delete node.attrKinds[name];
  return v;
}

function intsAttr(node: Node, name: string): number[] | undefined | string {
  const v = takeAttr(node, name);
  if (v === undefined) return undefined;
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'number')) return `attribute "${name}" must be a list of ints`;
  return v as number[];
}

function numberAttr(node: Node, name: string): number | undefined | string {
  const v = takeAttr(node, name);
  if (v === undefined || typeof v === 'number') return v;
  return `attribute "${name}" must be a number`;
}

/** Moves an ints attribute to input `index` (as an int64 tensor), when it is present. */
function attrToInput(node: Node, ctx: RewriteContext, attr: string, index: number, required = false): Node[] | string {
  const values = intsAttr(node, attr);
  if (typeof values === 'string') return values;
  if (values === undefined) return required ? `attribute "${attr}" is required before opset ${ctx.opset}` : [node];
  const inputs = [...node.inputs];
  while (inputs.length < index) inputs.push('');
  inputs[index] = ctx.constant(`${node.name}_${attr}`, int64Tensor(values));
  node.inputs = inputs;
  return [node];
}

function softmaxFamily(node: Node, ctx: RewriteContext): Node[] | string {
  if (ctx.opset >= 13) return [node];
  const axisAttr = takeAttr(node, 'axis');
  const axis = typeof axisAttr === 'number' ? axisAttr : 1;
  const x = node.inputs[0]!;
  const rank = ctx.rankOf(x);
  const normAxis = rank !== undefined && axis < 0 ? axis + rank : axis;
  if (rank !== undefined && normAxis === rank - 1) {
    // Coercing to 2-D at the last axis is the same as the new per-axis form.
    node.attrs.axis = -1;
    return [node];
  }
  // Old semantics: flatten to [prod(d[0:axis]), prod(d[axis:])], apply along axis 1, restore the shape.
  const shape = ctx.fresh(`${node.name}_shape`);
  const flat = ctx.fresh(`${node.name}_flat`);
  const applied = ctx.fresh(`${node.name}_2d`);
  return [
    { name: ctx.fresh(`${node.name}_Shape`), op: 'Shape', domain: '', inputs: [x], outputs: [shape], attrs: {} },
    { name: ctx.fresh(`${node.name}_Flatten`), op: 'Flatten', domain: '', inputs: [x], outputs: [flat], attrs: { axis } },
    { ...node, inputs: [flat], outputs: [applied], attrs: { ...node.attrs, axis: -1 } },
    {
      name: ctx.fresh(`${node.name}_Reshape`),
      op: 'Reshape',
      domain: '',
      inputs: [applied, shape],
      outputs: [node.outputs[0]!],
      attrs: {},
    },
  ];
}

function reduceRule(node: Node, ctx: RewriteContext): Node[] | string {
  if (ctx.opset >= REDUCE_AXES_INPUT_SINCE[node.op]!) return [node];
  return attrToInput(node, ctx, 'axes', 1);
}

function upsampleToResize(node: Node, ctx: RewriteContext): Node[] | string {
  // Upsample-7/9 and Resize-10 sample at x_in = x_out / scale and take floor for nearest.
  const mode = takeAttr(node, 'mode') ?? 'nearest';
  if (typeof mode !== 'string' || !['nearest', 'linear', 'bilinear'].includes(mode)) return `unknown mode ${String(mode)}`;
  let scales = node.inputs[1];
  if (node.op === 'Upsample' && ctx.opset < 9) {
    const s = takeAttr(node, 'scales');
    if (!Array.isArray(s) || !s.every((v) => typeof v === 'number')) return 'attribute "scales" is required';
    scales = ctx.constant(`${node.name}_scales`, tensor('float32', [s.length], Float32Array.from(s as number[])));
  }
  if (!scales) return 'no scales given';
  return [
    {
      ...node,
      op: 'Resize',
      inputs: [node.inputs[0]!, '', scales],
      attrs: { mode: mode === 'nearest' ? 'nearest' : 'linear', coordinate_transformation_mode: 'asymmetric', nearest_mode: 'floor' },
    },
  ];
}

const RULES: Record<string, Rule> = {
  Constant(node, ctx) {
    const out = node.outputs[0];
    if (!out) return 'Constant without an output';
    const entries = Object.entries(node.attrs);
    if (entries.length !== 1) return `expected exactly one value attribute, got ${entries.map(([k]) => k).join(', ') || 'none'}`;
    const [attr, v] = entries[0]!;
    let t: Tensor;
    if (attr === 'value' && isTensor(v)) t = v;
    else if (attr === 'value_float' && typeof v === 'number') t = scalarTensor('float32', v);
    else if (attr === 'value_int' && typeof v === 'number') t = scalarTensor('int64', v);
    else if (attr === 'value_floats' && Array.isArray(v)) t = tensor('float32', [v.length], Float32Array.from(v as number[]));
    else if (attr === 'value_ints' && Array.isArray(v)) t = int64Tensor(v as number[]);
    else if (attr === 'value_string' && typeof v === 'string') t = tensor('string', [], [v]);
    else if (attr === 'value_strings' && Array.isArray(v)) t = tensor('string', [v.length], [...(v as string[])]);
    else return `attribute "${attr}" is not supported`;
    ctx.graph.initializers.set(out, t);
    return [];
  },
  Clip(node, ctx) {
    if (ctx.opset >= 11) return [node];
    const min = numberAttr(node, 'min');
    const max = numberAttr(node, 'max');
    if (typeof min === 'string') return min;
    if (typeof max === 'string') return max;
    const dtype = ctx.dtypeOf(node.inputs[0]!) ?? 'float32';
    node.inputs = trimInputs([
      node.inputs[0]!,
      min === undefined ? '' : ctx.constant(`${node.name}_min`, scalarTensor(dtype, min)),
      max === undefined ? '' : ctx.constant(`${node.name}_max`, scalarTensor(dtype, max)),
    ]);
    return [node];
  },
  Pad(node, ctx) {
    if (ctx.opset >= 11) return [node];
    const pads = intsAttr(node, 'pads');
    const value = numberAttr(node, 'value');
    if (typeof pads === 'string') return pads;
    if (typeof value === 'string') return value;
    if (pads === undefined) return 'attribute "pads" is required';
    const mode = node.attrs.mode ?? 'constant';
    const dtype = ctx.dtypeOf(node.inputs[0]!) ?? 'float32';
    node.inputs = trimInputs([
      node.inputs[0]!,
      ctx.constant(`${node.name}_pads`, int64Tensor(pads)),
      mode === 'constant' && value !== undefined && value !== 0 ? ctx.constant(`${node.name}_value`, scalarTensor(dtype, value)) : '',
    ]);
    return [node];
  },
  Split(node, ctx) {
    if (ctx.opset < 13) {
      const r = attrToInput(node, ctx, 'split', 1);
      if (typeof r === 'string') return r;
    }
    // Since opset 18 an equal split must say how many parts it makes.
    if (!node.inputs[1] && node.attrs.num_outputs === undefined) node.attrs.num_outputs = node.outputs.length;
    return [node];
  },
  Squeeze: (node, ctx) => (ctx.opset >= 13 ? [node] : attrToInput(node, ctx, 'axes', 1)),
  Unsqueeze: (node, ctx) => (ctx.opset >= 13 ? [node] : attrToInput(node, ctx, 'axes', 1, true)),
  Slice(node, ctx) {
    if (ctx.opset >= 10) return [node];
    const starts = intsAttr(node, 'starts');
    const ends = intsAttr(node, 'ends');
    const axes = intsAttr(node, 'axes');
    for (const v of [starts, ends, axes]) if (typeof v === 'string') return v;
    if (!starts || !ends) return 'attributes "starts" and "ends" are required';
    node.inputs = [
      node.inputs[0]!,
      ctx.constant(`${node.name}_starts`, int64Tensor(starts as number[])),
      ctx.constant(`${node.name}_ends`, int64Tensor(ends as number[])),
      ...(axes ? [ctx.constant(`${node.name}_axes`, int64Tensor(axes as number[]))] : []),
    ];
    return [node];
  },
  TopK(node, ctx) {
    if (ctx.opset >= 10) return [node];
    const k = numberAttr(node, 'k');
    if (typeof k === 'string') return k;
    if (k === undefined) return 'attribute "k" is required';
    node.inputs = [node.inputs[0]!, ctx.constant(`${node.name}_k`, int64Tensor([k]))];
    return [node];
  },
  Dropout(node, ctx) {
    takeAttr(node, 'is_test');
    if (ctx.opset >= 12) return [node];
    const ratio = numberAttr(node, 'ratio');
    if (typeof ratio === 'string') return ratio;
    if (ratio !== undefined) node.inputs = [node.inputs[0]!, ctx.constant(`${node.name}_ratio`, scalarTensor('float32', ratio))];
    return [node];
  },
  BatchNormalization(node, ctx) {
    takeAttr(node, 'is_test');
    takeAttr(node, 'consumed_inputs');
    const spatial = takeAttr(node, 'spatial');
    if (spatial !== undefined && spatial !== 1) return 'spatial=0 (per-activation statistics) is not supported';
    if (ctx.opset < 14 && node.outputs.length > 1) {
      const used = node.outputs.slice(1).filter((o) => o && ctx.isUsed(o));
      if (used.length > 0) return `training outputs ${used.join(', ')} are used (inference only)`;
      node.outputs = [node.outputs[0]!];
    }
    return [node];
  },
  Softmax: softmaxFamily,
  LogSoftmax: softmaxFamily,
  Hardmax: softmaxFamily,
  Scatter: (node) => [{ ...node, op: 'ScatterElements' }],
  Upsample: upsampleToResize,
  Resize: (node, ctx) => (ctx.opset >= 11 ? [node] : upsampleToResize(node, ctx)),
  GroupNormalization: (node, ctx) =>
    ctx.opset >= 21 ? [node] : 'GroupNormalization before opset 21 (per-group scale and bias) is not supported',
  ...Object.fromEntries(Object.keys(REDUCE_AXES_INPUT_SINCE).map((op) => [op, reduceRule])),
};
