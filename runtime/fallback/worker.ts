// A fallback worker thread: runs graph nodes with the float32 reference kernels.
import { type Node, type OpsetSpec, type Tensor, runNode } from '../../graph/index.js';

/** One task: nodes to run in order, the values they read, and the values to send back. */
export interface FallbackTask {
  nodes: Node[];
  values: Record<string, Tensor>;
  outputs: string[];
  opset: OpsetSpec;
}

/** Result of a task: the requested values and the wall time spent in the kernels. */
export interface FallbackResult {
  values: Record<string, Tensor>;
  ms: number;
}

/** Runs a task (the piscina entry point). */
export default function runTask(task: FallbackTask): FallbackResult {
  // test hook: lets the test suite check that a dying worker is reported (never set in normal use)
  const crash = process.env.TPUSIM_TEST_CRASH_NODE;
  if (crash && task.nodes.some((n) => n.name === crash)) process.exit(3);
  const start = performance.now();
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
  return { values, ms: performance.now() - start };
}
