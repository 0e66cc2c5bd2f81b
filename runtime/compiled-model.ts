// A compiled model: plain data, everything a run needs and nothing live (no simulator, no worker
// pool, no closures) — the steps in graph order with each TPU segment's program, parameter block
// and host layout, the model's weight image, the quantization parameters, the placement with its
// reasons and the compiler's notes. The normalised Graph is the one class instance it holds (it
// round-trips through exportOnnx/importOnnx). `compileModel` (compile/) makes one; a Session runs it.
import type { Graph, Tensor } from '../graph/index.js';
import type { HardwareConfig } from '../sim/index.js';
import type { DeviceModel, DeviceName, PlacementDecision } from './devices/index.js';
import type { Layer } from './layers.js';
import type { CompiledSegment } from './lower/index.js';
import type { QParams } from './quantize.js';

/** A unit of work in a run, in graph order: one TPU segment or one fallback layer. */
export type Step =
  { kind: 'tpu'; index: number; segment: CompiledSegment; layers: Layer[] } | { kind: 'fallback'; device: 'cpu' | 'gpu'; layer: Layer };

/**
 * A place where the Unified Buffer could not hold the working set: the batch runs as micro-batches
 * (each a round trip through host memory), or a TPU program was split (the tensors crossing the
 * cut go through host memory). Sizes in bytes.
 */
export interface UbOverflow {
  kind: 'micro-batches' | 'program-split';
  /** What did not fit, as the allocator names it (e.g. `tensor "x" (4x64x56x56, ...)`). */
  what: string;
  /** Its bytes, the largest free range of the UB when it was asked for, and the UB's size. */
  bytes: number;
  freeBytes: number;
  ubBytes: number;
  /** micro-batches: the batch asked for, the micro-batch, and how many micro-batches run. */
  batch?: number;
  microBatch?: number;
  microBatches?: number;
  /** program-split: the layer the next program starts with, and the tensors crossing the cut. */
  layer?: string;
  hostTensors?: { name: string; bytes: number }[];
}

/** The result of compiling a model for a hardware config. */
export interface CompiledModel {
  config: HardwareConfig;
  /** The normalised graph, at the micro-batch (shapes the programs were compiled for). */
  graph: Graph;
  layers: Layer[];
  /** Device and reason of every layer, by layer name. */
  placement: Map<string, PlacementDecision>;
  steps: Step[];
  /** Quantization parameters of every value a TPU layer reads or writes. */
  qparams: Map<string, QParams>;
  /** The model's weight image (every TPU program's tiles). */
  weights: Uint8Array;
  /** Notes for the report (programs split to fit, LSTMs kept whole, micro-batches). */
  notes: string[];
  /** Where the Unified Buffer could not hold the working set, so tensors go through host memory. */
  ubOverflows: UbOverflow[];
  /** Device priority order, and the fallback devices' roofline models. */
  devices: DeviceName[];
  deviceModels: Record<'cpu' | 'gpu', DeviceModel>;
  /** The batch asked for, and the micro-batch the programs run at a time (equal unless split). */
  batch: number;
  microBatch: number;
  /** Every TPU layer's output is written back (and every value kept) for inspection. */
  exposeAllLayers: boolean;
  /** The inputs calibration used (given or generated) and, when kept, their float32 graph outputs. */
  calibration: { feeds: Record<string, Tensor>; outputs?: Record<string, Tensor> };
  /**
   * Milliseconds spent compiling (normalisation and every attempt at a larger micro-batch
   * included) and, of that, in calibration (every float32 calibration pass, summed).
   */
  compileMs: number;
  calibrationMs: number;
}
