// Helpers for kernel tests: one-node graphs run both by our kernels (runNode) and by
// onnxruntime (via the ONNX exporter), plus exact and tolerance comparisons.
import { runNode } from '../../graph/executor.js';
import { type Attrs, Graph, type Node, type Tensor, exportOnnx } from '../../graph/index.js';
import { runOrt } from '../fixtures/onnx/ort.js';

/** One node to test: its op, attributes, inputs (name -> tensor; '' skips an optional input) and output count. */
export interface NodeCase {
  op: string;
  attrs?: Attrs;
  /** Inputs in node order; `undefined` leaves an optional input out. */
  inputs: (Tensor | undefined)[];
  /** Indices of inputs passed to onnxruntime as initializers (constant weights) instead of feeds. */
  constants?: number[];
  outputs: number;
  opset?: number;
}

/** Builds the one-node graph for a case (inputs named in0, in1, ...; outputs out0, ...). */
export function nodeGraph(c: NodeCase, outs: Tensor[]): Graph {
  const g = new Graph(`${c.op}_case`);
  g.opsets = { '': c.opset ?? 21 };
  const names = c.inputs.map((t, i) => (t ? `in${i}` : ''));
  c.inputs.forEach((t, i) => {
    if (!t) return;
    if (c.constants?.includes(i)) g.initializers.set(`in${i}`, t);
    else g.inputs.push({ name: `in${i}`, dtype: t.dtype, shape: [...t.shape] });
  });
  const outNames = Array.from({ length: c.outputs }, (_, i) => `out${i}`);
  g.outputs = outs.slice(0, c.outputs).map((t, i) => ({ name: outNames[i]!, dtype: t.dtype }));
  g.nodes.push({ name: `${c.op}_0`, op: c.op, inputs: names, outputs: outNames, attrs: c.attrs ?? {} });
  return g;
}

/** Our kernel's outputs for a case. */
export function runOurs(c: NodeCase): Tensor[] {
  const node: Node = {
    name: `${c.op}_0`,
    op: c.op,
    inputs: c.inputs.map((t, i) => (t ? `in${i}` : '')),
    outputs: Array.from({ length: c.outputs }, (_, i) => `out${i}`),
    attrs: c.attrs ?? {},
  };
  return runNode(node, c.inputs, c.opset ?? 21).slice(0, c.outputs);
}

/** Runs a case through our kernel and onnxruntime; returns both output lists. */
export async function runBoth(c: NodeCase): Promise<{ ours: Tensor[]; ort: Tensor[] }> {
  const ours = runOurs(c);
  const g = nodeGraph(c, ours);
  const feeds: Record<string, Tensor> = {};
  c.inputs.forEach((t, i) => {
    if (t && !c.constants?.includes(i)) feeds[`in${i}`] = t;
  });
  const res = await runOrt(exportOnnx(g), feeds);
  return { ours, ort: g.outputs.map((o) => res.get(o.name)!) };
}

/** Describes the first elementwise mismatch of two tensors (dtype, shape, values), or undefined when identical. */
export function exactDiff(got: Tensor, want: Tensor): string | undefined {
  if (got.dtype !== want.dtype) return `dtype ${got.dtype} vs ${want.dtype}`;
  if (got.shape.join() !== want.shape.join()) return `shape [${got.shape}] vs [${want.shape}]`;
  const a = got.data as ArrayLike<number | bigint>;
  const b = want.data as ArrayLike<number | bigint>;
  let bad = 0;
  let first = '';
  for (let i = 0; i < b.length; i++) {
    const same = a[i] === b[i] || (Number.isNaN(a[i] as number) && Number.isNaN(b[i] as number));
    if (!same) {
      if (!bad) first = `[${i}] ${a[i]} vs ${b[i]}`;
      bad++;
    }
  }
  return bad ? `${bad}/${b.length} differ, first ${first}` : undefined;
}

/** Largest |a - b| / (|b| + floor) over float tensors; shape or dtype mismatch gives Infinity. */
export function relDiff(got: Tensor, want: Tensor, floor: number): number {
  if (got.dtype !== want.dtype || got.shape.join() !== want.shape.join()) return Infinity;
  const a = got.data as ArrayLike<number>;
  const b = want.data as ArrayLike<number>;
  let worst = 0;
  for (let i = 0; i < b.length; i++) {
    if (Number.isNaN(a[i]!) || Number.isNaN(b[i]!)) {
      if (Number.isNaN(a[i]!) && Number.isNaN(b[i]!)) continue;
      return Infinity;
    }
    worst = Math.max(worst, Math.abs(a[i]! - b[i]!) / (Math.abs(b[i]!) + floor));
  }
  return worst;
}

/** Largest absolute value of a float tensor (a scale for relative tolerances). */
export function maxAbs(t: Tensor): number {
  let m = 0;
  const d = t.data as ArrayLike<number>;
  for (let i = 0; i < d.length; i++) m = Math.max(m, Math.abs(d[i]!));
  return m;
}
