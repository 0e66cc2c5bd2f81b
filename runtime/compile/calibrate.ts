// The calibration pass: one float32 run of the normalised graph per sample with the reference
// executor records the range [min, max] of every value a TPU layer reads or writes (as
// onnxruntime's default MinMax calibrator does); values that must share parameters form groups
// with the union of their ranges; each gets uint8 parameters (quantize.ts). The graph outputs of
// the first samples are kept: runs on the same inputs reuse them as the float32 reference.
import { type Graph, type Tensor, execute } from '../../graph/index.js';
import type { PlacementDecision } from '../devices/index.js';
import type { Layer } from '../layers.js';
import { type QParams, activationParams } from '../quantize.js';

type Range = { min: number; max: number };

/** The range [min, max] of a value, for calibration (min/max, as onnxruntime's default calibrator). */
function valueRange(d: Float32Array): Range {
  let min = Infinity,
    max = -Infinity;
  for (let i = 0; i < d.length; i++) {
    const v = d[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { min, max };
}

/** What calibration gives: parameters per value, the kept reference outputs, its time. */
export interface Calibration {
  qparams: Map<string, QParams>;
  /** Graph outputs of the first `referenceParts` samples. */
  referenceOutputs: Record<string, Tensor>[];
  ms: number;
}

/** The ranges of `wanted` values over every sample; keeps the graph outputs of the first `referenceParts`. */
function observeRanges(
  graph: Graph,
  wanted: Set<string>,
  samples: Record<string, Tensor>[],
  referenceParts: number,
): { ranges: Map<string, Range>; referenceOutputs: Record<string, Tensor>[] } {
  const ranges = new Map<string, Range>();
  const referenceOutputs: Record<string, Tensor>[] = [];
  const note = (name: string, t: Tensor) => {
    if (!wanted.has(name) || (t.dtype !== 'float32' && t.dtype !== 'float16')) return;
    const { min, max } = valueRange(t.data as Float32Array);
    const r = ranges.get(name);
    ranges.set(name, r ? { min: Math.min(r.min, min), max: Math.max(r.max, max) } : { min, max });
  };
  for (const [si, feeds] of samples.entries()) {
    // ranges are gathered as values are produced (nothing is kept); the first batch's graph
    // outputs are kept: runs on the same inputs reuse them as the float32 reference
    const outputs = execute(graph, feeds, { onValue: note });
    for (const [name, t] of Object.entries(feeds)) note(name, t);
    if (si < referenceParts) referenceOutputs.push(outputs);
  }
  return { ranges, referenceOutputs };
}

/**
 * Values that must share quantization parameters form groups: a pool's or view's input and
 * output (the same bytes), and a concat's inputs and output (so the concat copies bytes without
 * requantizing, as onnxruntime's quantizer also chooses). Each group gets the union of its
 * members' ranges.
 */
function groupRanges(tpuLayers: readonly Layer[], ranges: Map<string, Range>): Map<string, Range> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  const union = (a: string, b: string) => {
    const ra = find(a),
      rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  };
  for (const l of tpuLayers) {
    if (l.kind === 'view' || l.kind === 'pool' || l.kind === 'concat') for (const i of l.inputs) union(i, l.output);
  }
  const groupRange = new Map<string, Range>();
  for (const [name, r] of ranges) {
    const g = find(name);
    const old = groupRange.get(g);
    groupRange.set(g, old ? { min: Math.min(old.min, r.min), max: Math.max(old.max, r.max) } : r);
  }
  return new Map([...ranges.keys()].map((name) => [name, groupRange.get(find(name))!]));
}

/** Calibrates the values of the TPU layers on `samples`. */
export function calibrate(
  graph: Graph,
  layers: readonly Layer[],
  placement: Map<string, PlacementDecision>,
  samples: Record<string, Tensor>[],
  referenceParts: number,
): Calibration {
  const t0 = performance.now();
  const tpuLayers = layers.filter((l) => placement.get(l.name)!.device === 'tpu');
  const wanted = new Set<string>();
  for (const l of tpuLayers) {
    for (const i of l.inputs) wanted.add(i);
    wanted.add(l.output);
  }
  const qparams = new Map<string, QParams>();
  if (wanted.size === 0) return { qparams, referenceOutputs: [], ms: performance.now() - t0 };
  const { ranges, referenceOutputs } = observeRanges(graph, wanted, samples, referenceParts);
  for (const [name, r] of groupRanges(tpuLayers, ranges)) qparams.set(name, activationParams(r.min, r.max));
  return { qparams, referenceOutputs, ms: performance.now() - t0 };
}

/**
 * Parameters for a timing-only compilation (no float32 run): every value a TPU layer reads or
 * writes gets the parameters of the range [-1, 1]. Parameters only change the numbers in the
 * requantization fields and host-side packing, never a program's instructions, sizes or addresses,
 * so the program times as the calibrated one does (tests/runtime/timing-only.test.ts checks it).
 */
export function timingOnlyCalibration(layers: readonly Layer[], placement: Map<string, PlacementDecision>): Calibration {
  const qparams = new Map<string, QParams>();
  for (const l of layers) {
    if (placement.get(l.name)!.device !== 'tpu') continue;
    for (const name of [...l.inputs, l.output]) qparams.set(name, activationParams(-1, 1));
  }
  return { qparams, referenceOutputs: [], ms: 0 };
}
