// The normalise pass: the graph the compiler works on — the batch bound, LSTMs unrolled, constants
// folded, every shape known, no-op nodes removed — and seeded inputs for graphs given without any.
import { type Graph, type Tensor, bindInputs, foldConstants, symbolicDims, tensor, Rng } from '../../graph/index.js';
import { batchDim } from '../batch.js';
import { CompileError } from '../errors.js';
import { shapeOf } from '../layers.js';
import { type KeptLstm, unrollLstms } from '../lstm.js';

/** Seeded random inputs for a graph's inputs (normal(0,1) floats; small non-negative ints). */
export function randomInputs(graph: Graph, seed = 1): Record<string, Tensor> {
  const rng = new Rng(seed);
  const feeds: Record<string, Tensor> = {};
  for (const v of graph.inputs) {
    if (graph.initializers.has(v.name)) continue;
    const shape = (v.shape ?? []).map((d) => (typeof d === 'number' ? d : 1));
    const n = shape.reduce((a, b) => a * b, 1);
    if (v.dtype === 'float32') {
      const d = new Float32Array(n);
      for (let i = 0; i < n; i++) d[i] = rng.normal();
      feeds[v.name] = tensor('float32', shape, d);
    } else if (v.dtype === 'int64') {
      feeds[v.name] = tensor(
        'int64',
        shape,
        BigInt64Array.from({ length: n }, () => BigInt(Math.floor(rng.next() * 16))),
      );
    } else if (v.dtype === 'int32') {
      feeds[v.name] = tensor(
        'int32',
        shape,
        Int32Array.from({ length: n }, () => Math.floor(rng.next() * 16)),
      );
    } else {
      throw new CompileError(`input "${v.name}" has dtype ${v.dtype}; give --inputs for it`);
    }
  }
  return feeds;
}

/** Normalises a graph for the compiler: batch bound, LSTMs unrolled, constants folded, shapes known, no-op nodes removed. */
export function normaliseGraph(source: Graph, batch?: number): { graph: Graph; kept: KeptLstm[] } {
  const graph = source.clone();
  const sym = symbolicDims(graph);
  if (batch !== undefined) {
    if (sym.length > 0) {
      bindInputs(graph, Object.fromEntries(sym.map((s, i) => [s, i === 0 ? batch : 1])));
    } else {
      // a static batch: the outputs that lead with it (declared for the old batch) take the new one too
      const old = batchDim(graph, 0);
      for (const v of graph.outputs) {
        if (v.shape && v.shape.length > 0 && v.shape[0] === old) v.shape = [batch, ...v.shape.slice(1)];
      }
      for (const v of graph.inputs) {
        if (v.shape && v.shape.length > 0 && v.shape[0] !== batch) v.shape = [batch, ...v.shape.slice(1)];
      }
      graph.valueInfo.clear();
    }
  } else if (sym.length > 0) {
    bindInputs(graph, Object.fromEntries(sym.map((s) => [s, 1])));
  }
  // foldConstants infers the type of every value it does not fold
  foldConstants(graph);
  const kept = unrollLstms(graph);
  removeNoOps(graph);
  splitToSlices(graph);
  foldConstants(graph);
  for (const n of graph.nodes) for (const o of n.outputs) if (o) shapeOf(graph, o);
  return { graph, kept };
}

/**
 * Rewrites each Split of a tensor of known shape into one Slice per output (the same values): a
 * layer has one output, so each part becomes a layer of its own (on the TPU a vector-unit copy,
 * lower/movement.ts; elsewhere a fallback Slice).
 */
function splitToSlices(graph: Graph): void {
  graph.nodes = graph.nodes.flatMap((n) => {
    const shape = n.op === 'Split' ? graph.typeOf(n.inputs[0]!)?.shape : undefined;
    if (!shape || shape.some((d) => typeof d !== 'number')) return [n];
    const rank = shape.length;
    const attrAxis = typeof n.attrs.axis === 'number' ? n.attrs.axis : 0;
    const axis = attrAxis < 0 ? attrAxis + rank : attrAxis;
    const dim = shape[axis] as number;
    const given = n.inputs[1] ? graph.initializers.get(n.inputs[1]) : undefined;
    if (n.inputs[1] && !given) return [n];
    const parts = n.outputs.length;
    const each = Math.ceil(dim / parts);
    const sizes = given
      ? Array.from(given.data as BigInt64Array, Number)
      : Array.from({ length: parts }, (_, j) => Math.max(0, Math.min(each, dim - j * each)));
    let start = 0;
    return n.outputs.map((out, j) => {
      const names = ['starts', 'ends', 'axes'].map((s) => `${n.name}__${s}${j}`);
      [start, start + sizes[j]!, axis].forEach((v, k) =>
        graph.initializers.set(names[k]!, tensor('int64', [1], BigInt64Array.of(BigInt(v)))),
      );
      start += sizes[j]!;
      return { name: `${n.name}__slice${j}`, op: 'Slice', inputs: [n.inputs[0]!, ...names], outputs: [out], attrs: {} };
    });
  });
}

/** Removes Identity and inference-mode Dropout nodes (rewiring their consumers). */
function removeNoOps(graph: Graph): void {
  const outputs = new Set(graph.outputs.map((o) => o.name));
  const rename = new Map<string, string>();
  graph.nodes = graph.nodes.filter((n) => {
    const noop = n.op === 'Identity' || (n.op === 'Dropout' && !n.outputs[1]);
    if (!noop || outputs.has(n.outputs[0]!)) return true;
    rename.set(n.outputs[0]!, n.inputs[0]!);
    return false;
  });
  const resolve = (v: string): string => {
    let x = v;
    while (rename.has(x)) x = rename.get(x)!;
    return x;
  };
  for (const n of graph.nodes) n.inputs = n.inputs.map((i) => (i ? resolve(i) : i));
}
