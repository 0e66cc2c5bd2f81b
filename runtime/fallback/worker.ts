// A fallback worker thread: runs a run of contiguous graph nodes in float32 — through one
// onnxruntime session per node group (one intra-op thread, built on the group's first task and
// kept for the next), or with the JavaScript reference kernels where onnxruntime cannot run the
// group (an op it lacks, a float16 value).
import { Float32Executor, Graph, type Node, type OpsetSpec, type Tensor, inferShapes, runNode } from '../../graph/index.js';

/** One task: nodes to run in order, the values they read, and the values to send back. */
export interface FallbackTask {
  nodes: Node[];
  values: Record<string, Tensor>;
  outputs: string[];
  opset: OpsetSpec;
}

/** Result of a task: the requested values, the wall time spent in the kernels, and which executor ran them. */
export interface FallbackResult {
  values: Record<string, Tensor>;
  ms: number;
  engine: 'onnxruntime' | 'javascript';
}

/** Sessions of this worker, by node group (names, outputs, and the shapes and dtypes of what they read). */
const sessions = new Map<string, Float32Executor>();

/** Runs a task (the piscina entry point). */
export default function runTask(task: FallbackTask): FallbackResult {
  // test hook: lets the test suite check that a dying worker is reported (never set in normal use)
  const crash = process.env.TPUSIM_TEST_CRASH_NODE;
  if (crash && task.nodes.some((n) => n.name === crash)) process.exit(3);
  const start = performance.now();
  const executor = executorFor(task);
  const values = executor ? executor.run(task.values).outputs : runNodes(task);
  return { values, ms: performance.now() - start, engine: executor?.engine ?? 'javascript' };
}

/** The cached executor of the task's node group; undefined where onnxruntime cannot run it. */
function executorFor(task: FallbackTask): Float32Executor | undefined {
  const read = Object.entries(task.values).map(([k, t]) => `${k}:${t.dtype}[${t.shape.join(',')}]`);
  const key = JSON.stringify([task.nodes.map((n) => n.name), task.outputs, read]);
  let ex = sessions.get(key);
  if (!ex) {
    ex = new Float32Executor(groupGraph(task), { outputs: task.outputs, threads: 1 });
    sessions.set(key, ex);
  }
  return ex.engine === 'onnxruntime' ? ex : undefined;
}

/** The nodes as a graph of their own: every value they read is an input (weights too: one session serves every batch). */
function groupGraph(task: FallbackTask): Graph {
  const g = new Graph(`fallback ${task.nodes[0]?.name ?? ''}`);
  g.opsets = typeof task.opset === 'number' ? { '': task.opset } : { ...task.opset };
  g.nodes = task.nodes.map((n) => ({ ...n, inputs: [...n.inputs], outputs: [...n.outputs], attrs: { ...n.attrs } }));
  g.inputs = Object.entries(task.values).map(([name, t]) => ({ name, dtype: t.dtype, shape: [...t.shape] }));
  inferShapes(g);
  g.outputs = task.outputs.map((name) => {
    const v = g.valueInfo.get(name);
    return { name, dtype: v?.dtype ?? 'float32', ...(v?.shape ? { shape: [...v.shape] } : {}) };
  });
  return g;
}

/** The JavaScript kernels, node by node. */
function runNodes(task: FallbackTask): Record<string, Tensor> {
  const env = new Map<string, Tensor>(Object.entries(task.values));
  for (const node of task.nodes) {
    const outs = runNode(
      node,
      node.inputs.map((i) => (i ? env.get(i) : undefined)),
      task.opset,
    );
    node.outputs.forEach((o, k) => {
      if (o && outs[k]) env.set(o, outs[k]!);
    });
  }
  const values: Record<string, Tensor> = {};
  for (const o of task.outputs) {
    const v = env.get(o);
    if (!v) throw new Error(`the nodes did not produce "${o}"`);
    values[o] = v;
  }
  return values;
}
