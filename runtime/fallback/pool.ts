// The fallback worker pool: float32 reference kernels on piscina worker threads, so fallback
// work runs for real, concurrently with the simulation where the graph allows.
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { Node, OpsetSpec, Tensor } from '../../graph/index.js';
import { RuntimeError } from '../errors.js';
import type { FallbackResult, FallbackTask } from './worker.js';

/** The worker module: the compiled .js next to this file, or the .mjs shim when running from source. */
function workerFile(): string {
  const here = import.meta.url;
  return here.endsWith('.ts') ? new URL('./worker-shim.mjs', here).href : new URL('./worker.js', here).href;
}

/** A pool of fallback workers. */
export class FallbackPool {
  private readonly pool: Piscina;

  constructor(threads = Math.max(1, Math.min(4, availableParallelism() - 1))) {
    this.pool = new Piscina({ filename: workerFile(), minThreads: 0, maxThreads: threads, idleTimeout: 2000 });
  }

  /** Runs `nodes` in order on a worker and returns the requested values; a failure names the first node. */
  async run(nodes: Node[], values: Record<string, Tensor>, outputs: string[], opset: OpsetSpec): Promise<FallbackResult> {
    const task: FallbackTask = { nodes: nodes.map(stripSubgraphs), values, outputs, opset };
    try {
      return (await this.pool.run(task)) as FallbackResult;
    } catch (e) {
      const what =
        nodes.length === 1 ? `node "${nodes[0]!.name}" (${nodes[0]!.op})` : `nodes "${nodes[0]!.name}".."${nodes[nodes.length - 1]!.name}"`;
      const msg = e instanceof Error ? e.message : String(e);
      throw new RuntimeError(`fallback worker failed on ${what}: ${msg}`, { cause: e });
    }
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    await this.pool.destroy();
  }
}

/** Nodes sent to workers carry plain data only. */
function stripSubgraphs(n: Node): Node {
  return { name: n.name, op: n.op, domain: n.domain, inputs: n.inputs, outputs: n.outputs, attrs: n.attrs };
}
