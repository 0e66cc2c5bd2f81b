// The lowering's data: what the compiler decides per layer and per segment (a compiled segment is
// plain data: its program, parameter block and host layout), and what lowering a segment needs.
import type { Graph, Im2colGeometry } from '../../graph/index.js';
import type { InstructionInput } from '../../isa/index.js';
import { type Dataflow, type HardwareConfig, dataflowOf, layerOverlapOf, timingParams, ubRowBytes } from '../../sim/index.js';
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
  /** The config's `matrix.dataflow` (ws when left out): dense layers are ordered for it (./dense.ts). */
  dataflow?: Dataflow;
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
   * which is written on chip); 'im2col': the windows of a convolution, one row per output pixel;
   * 'indices': integer indices of a gather as uint32 little-endian, W bytes a row.
   */
  layout: 'frame' | 'interior' | 'im2col' | 'indices';
  im2col?: Im2colSpec;
  /** 'indices': the rows of the table they index (the host normalises negative indices and checks the range). */
  indexRows?: number;
}

/** Parameters of a host-side im2col (the graph layer's wasm im2col takes the same). */
export type Im2colSpec = Im2colGeometry;

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
  /** Layers written over their input's rows because the UB could not hold both (absent when none). */
  overwrites?: string[];
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
  /** gather: the table quantized to the output's parameters, row-major [rows][features]. */
  table?: Uint8Array;
  /**
   * actmatmul: the operands as the matrix unit multiplies them, after the vector unit's lookup
   * re-quantized each (a: int8 with zero point 0, or uint8 unchanged when its zero point is 0; b:
   * int8 with zero point 0), so no zero-point term depends on run-time data.
   */
  operands?: { a: OperandQ; b: OperandQ };
  /** add: the integer weights applied to each input (a, b), at weight scale `scale`. */
  addWeights?: { a: number; b: number; scale: number };
  /** reduce (runtime/lower/reduce.ts): the vector unit's group op, with what its exact ONNX form needs. */
  group?: GroupQuant;
}

/** A vector-unit group op as exported (docs/vector-unit.md §4, §5). */
export interface GroupQuant {
  mode: 'sum' | 'mean' | 'max' | 'softmax' | 'norm';
  over: 'channels' | 'rows';
  /** Elements in one group. */
  n: number;
  /** softmax: the exp table and the output's quantized 1.0. */
  table?: Uint32Array;
  one?: number;
  /** softmax: its additive mask (ReduceLayer['mask']: `patterns` rows of n bytes, 0 = masked). */
  mask?: { bytes: Uint8Array; patterns: number };
  /** norm: per-channel g = γ / s_y, b = β / s_y (float32) and epsilon. */
  g?: Float32Array;
  b?: Float32Array;
  eps?: number;
}

/** A quantized operand: real = scale * (q - zeroPoint), q int8 when `signed`, else uint8. */
export interface OperandQ {
  scale: number;
  zeroPoint: number;
  signed: boolean;
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
  /**
   * The graph's weights are made up (a SCALE-Sim topology's, graph/topology): parameter blocks are
   * never shared by content (nor tiles, by `weights`), and without `weightValues` the layers'
   * weights are not read at all: a tile holds ones where real weights are, which is all the timing
   * depends on once sharing is off (every made-up weight is nonzero).
   */
  madeUpWeights?: { values: boolean };
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
    dataflow: dataflowOf(config),
    hostNum,
    hostDen,
  };
}
