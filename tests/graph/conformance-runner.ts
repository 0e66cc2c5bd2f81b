// Runs ONNX's own conformance cases (Debian's libonnx-testdata: the operator cases under node/
// and the small models under pytorch-converted/, pytorch-operator/ and simple/) through the
// importer and the reference executor, comparing with the expected outputs the way onnx's
// backend test runner does (numpy.testing.assert_allclose with rtol 1e-3, atol 1e-7, dtypes
// equal, NaNs equal).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fromBinary } from '@bufbuild/protobuf';
import { type GraphProto, ModelProtoSchema, TensorProtoSchema } from 'onnx-buf';
import { type Graph, MAX_OPSET, MIN_OPSET, type Tensor, execute, getOp, importOnnx, tensorFromProto } from '../../graph/index.js';

/** Runs a graph on feeds: the reference kernels by default; conformance-ort.test.ts passes the onnxruntime executor. */
export type GraphRunner = (graph: Graph, feeds: Record<string, Tensor>) => Record<string, Tensor>;

/** Where Debian's libonnx-testdata puts its test data. */
export const DATA_DIR = '/usr/share/libonnx-testdata/data';

/**
 * The suites whose cases ship their model and data. (data/real/ holds only download links to
 * large models, so it has nothing to run.)
 */
export const SUITES = ['node', 'pytorch-converted', 'pytorch-operator', 'simple'] as const;

/** Tolerances of onnx's backend test runner (onnx/backend/test/case/node/__init__.py). */
export const RTOL = 1e-3;
export const ATOL = 1e-7;

/** One conformance case: a directory with model.onnx and test_data_set_N/{input,output}_K.pb. */
export interface ConformanceCase {
  /** `suite/name`, the key of conformance-exceptions.json. */
  id: string;
  suite: string;
  name: string;
  dir: string;
  /**
   * The op the case exercises: its single node, its only non-Constant node, or (for `_expanded`
   * cases) the op of the case it expands; undefined for models of several ops.
   */
  op: string | undefined;
  /** Every op the model uses, subgraphs included, domain-qualified (`ai.onnx.ml.TreeEnsemble`). */
  ops: string[];
  /** The ai.onnx opset the model imports (0 when it imports none). */
  opset: number;
  /** Why model.onnx cannot be read, when it cannot. */
  unreadable?: string;
}

interface ModelSummary {
  nodes: { op: string; domain: string }[];
  ops: string[];
  opset: number;
}

const qualified = (o: { op: string; domain: string }): string => (o.domain ? `${o.domain}.${o.op}` : o.op);
const domainOf = (domain: string): string => (domain === 'ai.onnx' ? '' : domain);

function readModel(dir: string): ModelSummary {
  const model = fromBinary(ModelProtoSchema, new Uint8Array(readFileSync(join(dir, 'model.onnx'))));
  const nodes = (model.graph?.node ?? []).map((n) => ({ op: n.opType, domain: domainOf(n.domain) }));
  const ops = new Set<string>();
  const visit = (g: GraphProto | undefined): void => {
    for (const n of g?.node ?? []) {
      ops.add(qualified({ op: n.opType, domain: domainOf(n.domain) }));
      for (const a of n.attribute) for (const sub of [a.g, ...a.graphs]) visit(sub);
    }
  };
  visit(model.graph);
  const opset = Number(model.opsetImport.find((o) => domainOf(o.domain) === '')?.version ?? 0);
  return { nodes, ops: [...ops].sort(), opset };
}

/** Lists the cases of one suite under `root`, each attributed to its main op where it has one. */
export function listSuite(suite: string, root = DATA_DIR): ConformanceCase[] {
  const dir = join(root, suite);
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const models = new Map<string, ModelSummary | string>();
  for (const n of names) {
    try {
      models.set(n, readModel(join(dir, n)));
    } catch (e) {
      models.set(n, e instanceof Error ? e.message : String(e));
    }
  }
  const mainOp = (n: string): string | undefined => {
    const m = models.get(n);
    if (m === undefined || typeof m === 'string') return undefined;
    const base = n.slice(0, -'_expanded'.length);
    if (n.endsWith('_expanded') && models.has(base)) return mainOp(base);
    const core = m.nodes.length === 1 ? m.nodes : m.nodes.filter((o) => o.op !== 'Constant');
    return core.length === 1 ? qualified(core[0]!) : undefined;
  };
  return names.map((name) => {
    const m = models.get(name)!;
    const common = { id: `${suite}/${name}`, suite, name, dir: join(dir, name) };
    if (typeof m === 'string') return { ...common, op: undefined, ops: [], opset: 0, unreadable: m };
    return { ...common, op: mainOp(name), ops: m.ops, opset: m.opset };
  });
}

/** Every case of every suite in SUITES. */
export function listCases(root = DATA_DIR): ConformanceCase[] {
  return SUITES.flatMap((s) => listSuite(s, root));
}

/** True when the importer refuses the case's ai.onnx opset (it accepts MIN_OPSET to MAX_OPSET). */
export function opsetRefused(c: ConformanceCase): boolean {
  return c.opset < MIN_OPSET || c.opset > MAX_OPSET;
}

/** The ops of the case that have no implementation in the op registry. */
export function unsupportedOps(c: ConformanceCase): string[] {
  return c.ops.filter((q) => {
    const dot = q.lastIndexOf('.');
    return !getOp(q.slice(dot + 1), dot < 0 ? '' : q.slice(0, dot));
  });
}

/** Reads the case's model bytes. */
export function modelBytes(c: ConformanceCase): Uint8Array {
  return new Uint8Array(readFileSync(join(c.dir, 'model.onnx')));
}

function readTensor(path: string): Tensor {
  const bytes = new Uint8Array(readFileSync(path));
  return tensorFromProto(fromBinary(TensorProtoSchema, bytes), { copy: true });
}

/** Why an output differs from the expected one, or undefined when it matches. */
export function compareTensors(got: Tensor, want: Tensor, rtol = RTOL, atol = ATOL): string | undefined {
  if (got.dtype !== want.dtype) return `dtype ${got.dtype}, expected ${want.dtype}`;
  if (got.shape.join() !== want.shape.join()) return `shape [${got.shape.join(', ')}], expected [${want.shape.join(', ')}]`;
  const g = got.data as ArrayLike<number | bigint | string>;
  const w = want.data as ArrayLike<number | bigint | string>;
  let bad = 0;
  let first = '';
  let worst = 0;
  for (let i = 0; i < w.length; i++) {
    const a = g[i]!;
    const b = w[i]!;
    if (typeof b === 'string' || typeof b === 'bigint') {
      if (a !== b) {
        if (!bad) first = `[${i}] ${String(a)} vs ${String(b)}`;
        bad++;
      }
      continue;
    }
    const x = a as number;
    if (Number.isNaN(b) && Number.isNaN(x)) continue;
    if (x === b) continue;
    const err = Math.abs(x - b);
    if (!(err <= atol + rtol * Math.abs(b))) {
      if (!bad) first = `[${i}] ${x} vs ${b}`;
      bad++;
      worst = Math.max(worst, err);
    }
  }
  return bad ? `${bad}/${w.length} elements differ (first ${first}${worst ? `, max abs err ${worst.toExponential(2)}` : ''})` : undefined;
}

/** Runs every data set of a case; returns undefined on success, else why it failed. */
export function runCase(c: ConformanceCase, runGraph: GraphRunner = (g, f) => execute(g, f)): string | undefined {
  let graph;
  try {
    graph = importOnnx(modelBytes(c), { file: `${c.id}/model.onnx` });
  } catch (e) {
    return `import: ${e instanceof Error ? e.message : String(e)}`;
  }
  const sets = readdirSync(c.dir)
    .filter((d) => d.startsWith('test_data_set_'))
    .sort();
  if (sets.length === 0) return 'no test_data_set_* directories';
  const feedNames = graph.inputs.map((v) => v.name).filter((n) => !graph.initializers.has(n));
  for (const set of sets) {
    const dir = join(c.dir, set);
    const feeds: Record<string, Tensor> = {};
    try {
      feedNames.forEach((name, i) => {
        const p = join(dir, `input_${i}.pb`);
        if (existsSync(p)) feeds[name] = readTensor(p);
      });
    } catch (e) {
      return `${set}: reading inputs: ${e instanceof Error ? e.message : String(e)}`;
    }
    let outs: Record<string, Tensor>;
    try {
      outs = runGraph(graph, feeds);
    } catch (e) {
      return `${set}: ${e instanceof Error ? e.message : String(e)}`;
    }
    for (let i = 0; i < graph.outputs.length; i++) {
      const p = join(dir, `output_${i}.pb`);
      if (!existsSync(p)) continue;
      const name = graph.outputs[i]!.name;
      let want: Tensor;
      try {
        want = readTensor(p);
      } catch (e) {
        return `${set}: reading output_${i}: ${e instanceof Error ? e.message : String(e)}`;
      }
      const diff = compareTensors(outs[name]!, want);
      if (diff) return `${set}: output ${i} ("${name}"): ${diff}`;
    }
  }
  return undefined;
}
