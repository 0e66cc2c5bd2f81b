// The fallback worker pool: float32 reference kernels on piscina worker threads, so fallback
// work runs for real, concurrently with the simulation where the graph allows.
import { availableParallelism } from 'node:os';
import type { Piscina } from 'piscina';
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
  private pool: Promise<Piscina> | undefined;

  constructor(private readonly threads = Math.max(1, Math.min(4, availableParallelism() - 1))) {}

  /** piscina is loaded with the first task: most runs have no fallback layer and never need it. */
  private workers(): Promise<Piscina> {
    this.pool ??= import('piscina').then(
      ({ Piscina }) => new Piscina({ filename: workerFile(), minThreads: 0, maxThreads: this.threads, idleTimeout: 2000 }),
    );
    return this.pool;
  }

  /** Runs `nodes` in order on a worker and returns the requested values; a failure names the first node. */
  async run(nodes: Node[], values: Record<string, Tensor>, outputs: string[], opset: OpsetSpec): Promise<FallbackResult> {
    const task: FallbackTask = { nodes: nodes.map(stripSubgraphs), values, outputs, opset };
    try {
      return (await (await this.workers()).run(task)) as FallbackResult;
    } catch (e) {
      const what =
        nodes.length === 1 ? `node "${nodes[0]!.name}" (${nodes[0]!.op})` : `nodes "${nodes[0]!.name}".."${nodes[nodes.length - 1]!.name}"`;
      const msg = e instanceof Error ? e.message : String(e);
      throw new RuntimeError(`fallback worker failed on ${what}: ${msg}`, { cause: e });
    }
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    await (await this.pool)?.destroy();
  }
}

/** Nodes sent to workers carry plain data only. */
function stripSubgraphs(n: Node): Node {
  return { name: n.name, op: n.op, domain: n.domain, inputs: n.inputs, outputs: n.outputs, attrs: n.attrs };
}
