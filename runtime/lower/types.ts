// The lowering's data: what the compiler decides per layer and per segment (a compiled segment is
// plain data: its program, parameter block and host layout), and what lowering a segment needs.
import type { Graph } from '../../graph/index.js';
import type { InstructionInput } from '../../isa/index.js';
import { type HardwareConfig, layerOverlapOf, timingParams, ubRowBytes } from '../../sim/index.js';
import type { Frame } from '../frame.js';
import type { Layer } from '../layers.js';
import type { WeightImage } from '../program.js';
import type { QParams } from '../quantize.js';

/** Array and memory sizes the compiler needs. */
export interface HardwareShape {
  rows: number;
  cols: number;
  ubRows: number;
  accRows: number;
  /** The config's `compiler.layerOverlap`: no `fence` at layer boundaries (a what-if; see sim/TIMING.md). */
  layerOverlap?: boolean;
  /** Host-link cycles per byte as a fraction (sim/TIMING.md `f / BW_h`; num 0 when ideal), for time-based mapping choices. */
  hostNum?: bigint;
  hostDen?: bigint;
}

/** How a convolution whose input comes from the host is mapped. */
export type ConvMapping = 'auto' | 'channels' | 'im2col';

/** What the compiler decided for one layer. */
export interface LoweredLayer {
  name: string;
  tag: number;
  mapping: string;
  /** Bytes of weight tiles the layer references (its roofline denominator). */
  weightBytes: number;
  /** Quantized form of the layer, for export and inspection. */
  quant: QuantLayer;
}

/** A segment input as the host must lay it out. */
export interface SegmentInput {
  tensor: string;
  hostOffset: number;
  frame: Frame;
  /**
   * 'frame': the tensor in its frame; 'interior': the tensor alone (its frame without the border,
   * which is written on chip); 'im2col': the windows of a convolution, one row per output pixel.
   */
  layout: 'frame' | 'interior' | 'im2col';
  im2col?: Im2colSpec;
}

/** Parameters of a host-side im2col. */
export interface Im2colSpec {
  kernel: [number, number];
  strides: [number, number];
  pads: [number, number, number, number];
  dilations: [number, number];
  outH: number;
  outW: number;
}

/** A segment output in host memory. */
export interface SegmentOutput {
  tensor: string;
  hostOffset: number;
  frame: Frame;
}

/** A compiled TPU segment. */
export interface CompiledSegment {
  program: InstructionInput[];
  /** Host bytes [0, params.length) hold the layers' parameter blocks. */
  params: Uint8Array;
  inputs: SegmentInput[];
  outputs: SegmentOutput[];
  hostBytes: number;
  layers: LoweredLayer[];
  /** Peak UB rows in use. */
  peakUbRows: number;
}

/** The quantized description of a TPU layer: what the hardware computes, in ONNX terms. */
export interface QuantLayer {
  kind: Layer['kind'];
  name: string;
  inputs: { tensor: string; q: QParams }[];
  output: { tensor: string; q: QParams };
  /** Conv/dense: int8 weights [outChannels][...], per-channel scales. */
  weights?: { q: Int8Array; shape: number[]; scale: Float32Array };
  /** Conv/dense/add/concat: int32 bias per output channel (ONNX form, zero points not folded; add/concat: -zero points). */
  bias?: Int32Array;
  act: 'identity' | 'relu' | 'relu6' | 'sigmoid' | 'tanh';
  /** relu6: the quantized value of 6.0. */
  clipHigh?: number;
  /** add: the integer weights applied to each input (a, b), at weight scale `scale`. */
  addWeights?: { a: number; b: number; scale: number };
}

/** Everything lowerSegment needs. */
export interface SegmentSpec {
  graph: Graph;
  layers: Layer[];
  /** Quantization parameters of every activation tensor the segment touches. */
  qparams: Map<string, QParams>;
  /** Values produced outside the segment (graph inputs or other devices) that it reads. */
  inputs: string[];
  /** Values the segment produces that others (or the graph outputs) need. */
  outputs: string[];
  hw: HardwareShape;
  weights: WeightImage;
  /** Tag id of each layer (by name). */
  tags: Map<string, number>;
  convMapping: ConvMapping;
  /** Tiles already placed in `weights`, shared between the segments of one model. */
  tileCache?: Map<string, TileEntry>;
}

/** A tile placed in the weight image: its address (-1 when all zero) and used extent. */
export interface TileEntry {
  addr: number;
  usedRows: number;
  usedCols: number;
}

/** The array and memory sizes of a hardware config, as the compiler sees them. */
export function hardwareShape(config: HardwareConfig): HardwareShape {
  const { hostNum, hostDen } = timingParams(config);
  return {
    rows: config.matrix.rows,
    cols: config.matrix.cols,
    ubRows: Math.floor(config.unifiedBuffer.bytes / ubRowBytes(config)),
    accRows: config.accumulators.entries,
    layerOverlap: layerOverlapOf(config),
    hostNum,
    hostDen,
  };
}
