// The calibration pass: one float32 run of the normalised graph per sample records the range
// [min, max] of every value a TPU layer reads or writes (as onnxruntime's default MinMax calibrator
// does); values that must share parameters form groups with the union of their ranges; each gets
// uint8 parameters (quantize.ts). The runs go through graph/'s Float32Executor: onnxruntime, which
// returns each range as two scalars (ReduceMin/ReduceMax added to the graph), or the JavaScript
// kernels for graphs onnxruntime cannot load. The graph outputs of the first samples are kept: runs
// on the same inputs reuse them as the float32 reference.
import { type Graph, type Tensor, type ValueRange, Float32Executor } from '../../graph/index.js';
import type { PlacementDecision } from '../devices/index.js';
import type { Layer } from '../layers.js';
import { type QParams, activationParams, softmaxParams } from '../quantize.js';

type Range = ValueRange;

/**
 * onnxruntime intra-op threads of the calibration run: two, not the machine's core count, so the
 * ranges (and with them the quantization) are the same on every machine; onnxruntime's kernels
 * split work by output, so two threads give the same values as one (scripts/zoo-snapshot.ts).
 */
const CALIBRATION_THREADS = 2;

/** What calibration gives: parameters per value, the kept reference outputs, its time. */
export interface Calibration {
  qparams: Map<string, QParams>;
  /** Graph outputs of the first `referenceParts` samples. */
  referenceOutputs: Record<string, Tensor>[];
  ms: number;
  /** The ranges measured (a micro-batch recompilation reuses them), and which float32 executor measured them. */
  observed?: Observed;
  /**
   * Values whose range (with its group's) reaches an infinity or NaN, e.g. an additive attention
   * mask's -inf: no uint8 scale covers them (activationParams would give scale 1, zero point 0 and
   * every finite value would collapse to a few codes), so the layers reading or writing them must
   * not run on the TPU (compileMicroBatch re-places them).
   */
  unquantizable: Map<string, Range>;
}

/** A range no uint8 parameters cover: it reaches ±Infinity or is NaN (an empty value's [Infinity, -Infinity] is not one). */
function unbounded(r: Range): boolean {
  return r.min === -Infinity || r.max === Infinity || Number.isNaN(r.min) || Number.isNaN(r.max);
}

/** Ranges of values over the samples, the kept graph outputs, and the executor that ran (and why not onnxruntime). */
export interface Observed {
  /** The values asked for (those with no range are initializers or not floats). */
  wanted: Set<string>;
  ranges: Map<string, Range>;
  referenceOutputs: Record<string, Tensor>[];
  engine: 'onnxruntime' | 'javascript';
  why?: string;
}

/** The ranges of `wanted` values over every sample; keeps the graph outputs of the first `referenceParts`. */
function observeRanges(graph: Graph, wanted: Set<string>, samples: Record<string, Tensor>[], referenceParts: number): Observed {
  // only values produced by a node or fed carry a range (initializers are quantized as weights)
  const declared = new Map([...graph.inputs, ...graph.outputs, ...graph.valueInfo.values()].map((v) => [v.name, v.dtype]));
  const produced = new Set(graph.nodes.flatMap((n) => n.outputs));
  const fed = new Set(graph.inputs.map((v) => v.name));
  const floatNames = [...wanted].filter((n) => {
    const dtype = declared.get(n);
    return (produced.has(n) || fed.has(n)) && !graph.initializers.has(n) && (!dtype || dtype === 'float32' || dtype === 'float16');
  });
  const executor = new Float32Executor(graph, { ranges: floatNames, threads: CALIBRATION_THREADS });
  const ranges = new Map<string, Range>();
  const referenceOutputs: Record<string, Tensor>[] = [];
  try {
    for (const [si, feeds] of samples.entries()) {
      const r = executor.run(feeds);
      for (const [name, { min, max }] of r.ranges) {
        const old = ranges.get(name);
        ranges.set(name, old ? { min: Math.min(old.min, min), max: Math.max(old.max, max) } : { min, max });
      }
      if (si < referenceParts) referenceOutputs.push(r.outputs);
    }
  } finally {
    executor.dispose();
  }
  return { wanted, ranges, referenceOutputs, engine: executor.engine, ...(executor.why ? { why: executor.why } : {}) };
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
    if (l.kind === 'view' || l.kind === 'pool' || l.kind === 'concat' || l.kind === 'move') for (const i of l.inputs) union(i, l.output);
  }
  const groupRange = new Map<string, Range>();
  for (const [name, r] of ranges) {
    const g = find(name);
    const old = groupRange.get(g);
    groupRange.set(g, old ? { min: Math.min(old.min, r.min), max: Math.max(old.max, r.max) } : r);
  }
  return new Map([...ranges.keys()].map((name) => [name, groupRange.get(find(name))!]));
}

/** Calibrates the values of the TPU layers on `samples` (drawn only when the ranges are not `previous`'s). */
export function calibrate(
  graph: Graph,
  layers: readonly Layer[],
  placement: Map<string, PlacementDecision>,
  samples: () => Record<string, Tensor>[],
  referenceParts: number,
  previous?: Observed,
): Calibration {
  const t0 = performance.now();
  const tpuLayers = layers.filter((l) => placement.get(l.name)!.device === 'tpu');
  const wanted = new Set<string>();
  for (const l of tpuLayers) {
    for (const i of l.inputs) wanted.add(i);
    wanted.add(l.output);
  }
  const qparams = new Map<string, QParams>();
  if (wanted.size === 0) return { qparams, referenceOutputs: [], ms: performance.now() - t0, unquantizable: new Map() };
  // a micro-batch recompilation reuses the whole batch's ranges: the same values over the same
  // samples (a batch-splittable graph computes each item alone), measured once
  const observed =
    previous && [...wanted].every((n) => previous.wanted.has(n)) ? previous : observeRanges(graph, wanted, samples(), referenceParts);
  const ranges = new Map([...observed.ranges].filter(([name]) => wanted.has(name)));
  const grouped = groupRanges(tpuLayers, ranges);
  const unquantizable = new Map<string, Range>();
  for (const [name, r] of grouped) {
    qparams.set(name, activationParams(r.min, r.max));
    if (unbounded(r)) unquantizable.set(name, r);
  }
  // the vector unit's softmax writes probabilities in units of 1/vec.one (docs/vector-unit.md §4)
  for (const l of tpuLayers)
    if (l.kind === 'reduce' && l.mode === 'softmax') qparams.set(l.output, softmaxParams(grouped.get(l.output)!.max));
  return { qparams, referenceOutputs: observed.referenceOutputs, ms: performance.now() - t0, observed, unquantizable };
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
  return { qparams, referenceOutputs: [], ms: 0, unquantizable: new Map() };
}
