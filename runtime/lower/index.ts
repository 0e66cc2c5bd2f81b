// Public face of runtime/lower/: the TPU's layer emitters and lowering a segment to a program.
// The emitters listed here are everything the TPU can do: what they recognise becomes a layer,
// what they refuse (and every op none of them recognises) goes to a fallback device with the
// refusal as its placement reason. A new TPU operation is a new emitter (or recogniser) in this
// list; see ./emitter.ts for the interface.
import type { Layer } from '../layers.js';
import { activationRecogniser } from './activation.js';
import { actMatMulEmitter } from './attention.js';
import { convEmitter } from './conv.js';
import { denseEmitter } from './dense.js';
import type { LayerEmitter, Recogniser } from './emitter.js';
import { addEmitter, concatEmitter } from './merge.js';
import { gatherEmitter, moveEmitter } from './movement.js';
import { poolEmitter } from './pool.js';
import { reduceEmitter } from './reduce.js';
import { lowerSegmentWith } from './segment.js';
import type { CompiledSegment, SegmentSpec } from './types.js';
import { rowSliceRecogniser, vectorEmitter, vectorSumRecogniser } from './vector.js';
import { viewEmitter } from './view.js';

export type { LayerEmitter, PreparedLayer, Recogniser, RecogniseContext, Refusal } from './emitter.js';
export { isRefusal } from './emitter.js';
export type { LoweringContext } from './context.js';
export { activationOf } from './activation.js';
export { estimateConv } from './conv.js';
export { vectorRefusal } from './vector.js';
export { padConstantByte } from './movement.js';
export type {
  CompiledSegment,
  ConvMapping,
  HardwareShape,
  Im2colSpec,
  LoweredLayer,
  QuantLayer,
  SegmentInput,
  SegmentOutput,
  SegmentSpec,
  TileEntry,
} from './types.js';
export { hardwareShape } from './types.js';

/** The TPU's emitters: each lowers its layer kinds. */
export const TPU_EMITTERS: readonly LayerEmitter[] = [
  convEmitter,
  denseEmitter,
  poolEmitter,
  addEmitter,
  concatEmitter,
  viewEmitter,
  reduceEmitter,
  vectorEmitter,
  moveEmitter,
  gatherEmitter,
  actMatMulEmitter,
] as LayerEmitter[];

/**
 * Everything that recognises graph nodes for the TPU: the emitters, and the activations they fuse.
 * Recognisers of one op are tried in this order, cheapest and most widely available form first: an
 * Add of two vector-unit results; a row slice (a view: no data moves); the matrix unit's layers
 * (residual add, channel concat …) and the activation unit's fusion; then the vector unit's
 * element-wise work and row concat (tpu-v1 has its lookup class); last the general data movement
 * (class 'move'), which would otherwise take those Gathers and Concats on configs without it.
 */
const LATE: readonly LayerEmitter[] = [vectorEmitter, moveEmitter, gatherEmitter] as LayerEmitter[];
export const TPU_RECOGNISERS: readonly Recogniser[] = [
  vectorSumRecogniser,
  rowSliceRecogniser,
  ...TPU_EMITTERS.filter((e) => !LATE.includes(e)),
  activationRecogniser,
  ...LATE,
];

const byKind = new Map<Layer['kind'], LayerEmitter>();
for (const e of TPU_EMITTERS) {
  for (const k of e.kinds) {
    if (byKind.has(k)) throw new Error(`internal: layer kind "${k}" has two emitters (${byKind.get(k)!.name}, ${e.name})`);
    byKind.set(k, e);
  }
}

/** The emitter that lowers a layer (undefined for layers the TPU does not run). */
export function emitterFor(layer: Layer): LayerEmitter | undefined {
  return byKind.get(layer.kind);
}

/** Lowers a segment with the TPU's emitters. */
export function lowerSegment(spec: SegmentSpec): CompiledSegment {
  return lowerSegmentWith(spec, emitterFor);
}
