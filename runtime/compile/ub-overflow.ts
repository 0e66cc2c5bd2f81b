// The Unified Buffer overflows of a compilation, as plain data for the report (issue 9: when the
// working set truly does not fit, the report says which tensor, how many bytes against the UB's
// size, and how many micro-batches or which tensors go through host memory).
import type { Graph } from '../../graph/index.js';
import { type HardwareConfig, ubRowBytes } from '../../sim/index.js';
import type { UbOverflow } from '../compiled-model.js';
import type { CapacityError } from '../errors.js';
import { type Layer, shapeOf } from '../layers.js';

/** The sizes of the shortfall `e` names, in bytes (zeros when the error carries none). */
function sizes(e: CapacityError, config: HardwareConfig): Pick<UbOverflow, 'what' | 'bytes' | 'freeBytes' | 'ubBytes'> {
  const rowBytes = ubRowBytes(config);
  const s = e.shortfall;
  return {
    what: s?.what ?? e.message,
    bytes: (s?.rows ?? 0) * rowBytes,
    freeBytes: (s?.largestFreeRows ?? 0) * rowBytes,
    ubBytes: config.unifiedBuffer.bytes,
  };
}

/** A batch run as micro-batches because `e` (at the whole batch) did not fit. */
export function microBatchOverflow(e: CapacityError, config: HardwareConfig, batch: number, microBatch: number): UbOverflow {
  return { kind: 'micro-batches', ...sizes(e, config), batch, microBatch, microBatches: Math.ceil(batch / microBatch) };
}

/** A TPU program split before `next[0]` because `e` did not fit: the values of `before` that `next` reads cross through host memory. */
export function programSplitOverflow(
  e: CapacityError,
  config: HardwareConfig,
  graph: Graph,
  before: readonly Layer[],
  next: readonly Layer[],
): UbOverflow {
  const produced = new Set(before.map((l) => l.output));
  const crossing = [...new Set(next.flatMap((l) => l.inputs).filter((i) => produced.has(i)))];
  return {
    kind: 'program-split',
    ...sizes(e, config),
    layer: next[0]!.name,
    // int8 on the TPU: one byte per element
    hostTensors: crossing.map((name) => ({ name, bytes: shapeOf(graph, name).reduce((a, b) => a * b, 1) })),
  };
}
