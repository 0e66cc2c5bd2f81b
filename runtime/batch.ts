// Batches cut into micro-batches along dimension 0 and put back together (a model whose one layer
// does not fit the Unified Buffer at the requested batch runs its micro-batches one after another).
import { type Graph, type Tensor, tensor } from '../graph/index.js';

/** Dimension `axis` of the graph's first non-constant input (its batch). */
export function batchDim(graph: Graph, axis: number): number {
  const v = graph.inputs.find((i) => !graph.initializers.has(i.name));
  const d = v?.shape?.[axis];
  return typeof d === 'number' ? d : 1;
}

/** Whether every input and output has the batch as its leading dimension (so batches can be split). */
export function batchSplittable(graph: Graph, batch: number): boolean {
  const values = [...graph.inputs.filter((i) => !graph.initializers.has(i.name)), ...graph.outputs];
  return values.every((v) => v.shape?.[0] === batch);
}

/** How many chunks splitFeeds(feeds, size) gives (without copying them). */
export function splitCount(feeds: Record<string, Tensor>, size: number): number {
  const n = Object.values(feeds)[0]?.shape[0] ?? 0;
  return n <= size ? 1 : Math.ceil(n / size);
}

/** Splits every feed along dimension 0 into chunks of at most `size`. */
export function splitFeeds(feeds: Record<string, Tensor>, size: number): Record<string, Tensor>[] {
  const n = Object.values(feeds)[0]?.shape[0] ?? 0;
  if (n <= size) return [feeds];
  const out: Record<string, Tensor>[] = [];
  for (let start = 0; start < n; start += size) {
    const part: Record<string, Tensor> = {};
    for (const [k, t] of Object.entries(feeds)) {
      const per = t.data.length / t.shape[0]!;
      const end = Math.min(n, start + size);
      part[k] = {
        dtype: t.dtype,
        shape: [end - start, ...t.shape.slice(1)],
        data: (t.data as Float32Array).slice(start * per, end * per),
      } as Tensor;
    }
    out.push(part);
  }
  return out;
}

/** The graph outputs of micro-batch runs, concatenated along dimension 0. */
export function concatOutputs(graph: Graph, runs: Record<string, Tensor>[]): Record<string, Tensor> {
  return Object.fromEntries(graph.outputs.map((o) => [o.name, concatBatch(runs.map((r) => r[o.name]!))]));
}

/** Concatenates tensors along dimension 0. */
function concatBatch(parts: Tensor[]): Tensor {
  if (parts.length === 1) return parts[0]!;
  const total = parts.reduce((a, t) => a + t.data.length, 0);
  const data = new Float32Array(total);
  let p = 0;
  for (const t of parts) {
    data.set(t.data as Float32Array, p);
    p += t.data.length;
  }
  return tensor('float32', [parts.reduce((a, t) => a + t.shape[0]!, 0), ...parts[0]!.shape.slice(1)], data);
}
