// Runs ONNX's own node conformance cases (Debian's libonnx-testdata) through the importer and the
// reference executor, comparing with the expected outputs the way onnx's backend test runner
// does (numpy.testing.assert_allclose with rtol 1e-3, atol 1e-7, dtypes equal, NaNs equal).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fromBinary } from '@bufbuild/protobuf';
import { ModelProtoSchema, TensorProtoSchema } from 'onnx-buf';
import { execute } from '../../graph/executor.js';
import { type Tensor, importOnnx, tensorFromProto } from '../../graph/index.js';

/** Where Debian's libonnx-testdata puts the operator cases. */
export const NODE_TEST_DIR = '/usr/share/libonnx-testdata/data/node';

/** Tolerances of onnx's backend test runner (onnx/backend/test/case/node/__init__.py). */
export const RTOL = 1e-3;
export const ATOL = 1e-7;

/** One conformance case: a directory with model.onnx and test_data_set_N/{input,output}_K.pb. */
export interface ConformanceCase {
  name: string;
  dir: string;
  /** The op the case exercises: its single node, its only non-Constant node, or (for `_expanded` cases) the op of the case it expands. */
  op: string;
  domain: string;
  /** Every (domain-qualified) op the model uses. */
  ops: string[];
}

function modelOps(dir: string): { op: string; domain: string }[] {
  const model = fromBinary(ModelProtoSchema, new Uint8Array(readFileSync(join(dir, 'model.onnx'))));
  return (model.graph?.node ?? []).map((n) => ({ op: n.opType, domain: n.domain === 'ai.onnx' ? '' : n.domain }));
}

/** Lists the node cases under `root`, each attributed to its main op. */
export function listCases(root = NODE_TEST_DIR): ConformanceCase[] {
  const names = readdirSync(root)
    .filter((n) => existsSync(join(root, n, 'model.onnx')))
    .sort();
  const byName = new Map<string, { op: string; domain: string }[]>();
  for (const n of names) byName.set(n, modelOps(join(root, n)));
  const main = (n: string): { op: string; domain: string } | undefined => {
    const ops = byName.get(n)!;
    if (n.endsWith('_expanded') && byName.has(n.slice(0, -'_expanded'.length))) return main(n.slice(0, -'_expanded'.length));
    if (ops.length === 1) return ops[0];
    const core = ops.filter((o) => o.op !== 'Constant');
    return core.length === 1 ? core[0] : undefined;
  };
  const cases: ConformanceCase[] = [];
  for (const n of names) {
    const m = main(n);
    if (!m) continue;
    cases.push({ name: n, dir: join(root, n), op: m.op, domain: m.domain, ops: byName.get(n)!.map((o) => (o.domain ? `${o.domain}.${o.op}` : o.op)) });
  }
  return cases;
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
export function runCase(c: ConformanceCase): string | undefined {
  let graph;
  try {
    graph = importOnnx(new Uint8Array(readFileSync(join(c.dir, 'model.onnx'))), { file: `${c.name}/model.onnx` });
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
      outs = execute(graph, feeds);
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
