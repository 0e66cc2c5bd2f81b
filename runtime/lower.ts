// Lowering: one TPU segment (consecutive TPU layers) → one program, its host-memory layout and its
// share of the model's weight image. See runtime/README.md for the mappings.
//
// - Convolution, channels on rows: for each tap (r, s) and input-channel block, one weight tile;
//   a MATMUL per tap reads the (zero-point padded) input frame with convolution addressing and
//   accumulates. Grouped/depthwise convolutions use block-diagonal tiles (all-zero tiles skipped).
// - Convolution, im2col: for a convolution whose input comes from the host, the host lays out the
//   window of every output pixel as one row, and the layer runs as a dense layer.
// - Dense: K in blocks of G on the array's rows, N in blocks on its columns.
// - Pooling: an identity-tile MATMUL copies the input into the accumulators; ACTIVATE pools.
// - Residual add: two MATMULs with diagonal tiles scale each input into one accumulator.
// - Concat: selection tiles place each input's channels at their offset.
// Work is cut into bands that fit half of the accumulators, so ACTIVATE of one band overlaps the
// multiplies of the next. Hazards are left to the hardware: no NOPs, no SYNCs.
import type { Graph } from '../graph/index.js';
import { outputScale } from '../graph/ops/index.js';
import type { InstructionInput } from '../isa/index.js';
import { CapacityError, CompileError } from './errors.js';
import { type Frame, blockChannels, blockRows, blocks, frameFor, frameRows, hostFrameBytes, paddedDims, rowOf } from './frame.js';
import { type ConvLayer, type Layer, shapeOf } from './layers.js';
import { ProgramBuilder, WeightImage } from './program.js';
import { type QParams, quantizeBias, quantizeWeights } from './quantize.js';

/** Array and memory sizes the compiler needs. */
export interface HardwareShape {
  rows: number;
  cols: number;
  ubRows: number;
  accRows: number;
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
  /** 'frame': the tensor in its frame; 'im2col': the windows of a convolution, one row per output pixel. */
  layout: 'frame' | 'im2col';
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

/** Quantized weights with their per-output-channel sums (the zero-point correction needs them). */
type QuantizedWithSums = ReturnType<typeof quantizeWeights> & { sums: Int32Array };
const quantCache = new WeakMap<Float32Array, Map<string, QuantizedWithSums>>();

/** Quantizes a weight tensor once per layout, however many layers share it (unrolled LSTM steps do). */
function quantizedWeights(w: Float32Array, layout: string, make: () => ReturnType<typeof quantizeWeights>): QuantizedWithSums {
  let byLayout = quantCache.get(w);
  if (!byLayout) quantCache.set(w, (byLayout = new Map()));
  let q = byLayout.get(layout);
  if (!q) {
    const made = make();
    const outCh = made.scale.length;
    const per = made.q.length / outCh;
    const sums = new Int32Array(outCh);
    for (let c = 0; c < outCh; c++) {
      let sum = 0;
      for (let k = 0; k < per; k++) sum += made.q[c * per + k]!;
      sums[c] = sum;
    }
    q = { ...made, sums };
    byLayout.set(layout, q);
  }
  return q;
}

/** A small id per object (tile-cache keys of shared weights). */
const objectIds = new WeakMap<object, number>();
let nextObjectId = 0;
function idOf(o: object): number {
  let id = objectIds.get(o);
  if (id === undefined) objectIds.set(o, (id = nextObjectId++));
  return id;
}

/** First-fit allocator over UB rows. */
class RowAllocator {
  private free: { start: number; size: number }[];
  peak = 0;
  private used = 0;
  constructor(start: number, end: number) {
    this.free = [{ start, size: end - start }];
  }
  /** `layer`: index of the layer being lowered (for CapacityError). */
  alloc(size: number, what: string, total: number, layer: number): number {
    const i = this.free.findIndex((f) => f.size >= size);
    if (i < 0) {
      const largest = Math.max(0, ...this.free.map((f) => f.size));
      throw new CapacityError(
        `the Unified Buffer cannot hold ${what}: it needs ${size} rows but the largest free range is ${largest} rows (${total} rows in all, ${this.used} in use); use a smaller --batch or a config with a larger unifiedBuffer.bytes`,
        layer,
      );
    }
    const f = this.free[i]!;
    const start = f.start;
    f.start += size;
    f.size -= size;
    if (f.size === 0) this.free.splice(i, 1);
    this.used += size;
    this.peak = Math.max(this.peak, this.used);
    return start;
  }
  release(start: number, size: number): void {
    this.used -= size;
    this.free.push({ start, size });
    this.free.sort((a, b) => a.start - b.start);
    for (let i = 0; i + 1 < this.free.length; ) {
      const a = this.free[i]!, b = this.free[i + 1]!;
      if (a.start + a.size === b.start) {
        a.size += b.size;
        this.free.splice(i + 1, 1);
      } else i++;
    }
  }
}

const f32 = Math.fround;

/** Lowers a segment. */
export function lowerSegment(spec: SegmentSpec): CompiledSegment {
  const { graph, layers, hw } = spec;
  const G = Math.min(hw.rows, hw.cols);
  const W = Math.max(hw.rows, hw.cols);
  const R = hw.rows, C = hw.cols;
  const accHalf = Math.floor(hw.accRows / 2);
  if (accHalf < 1) throw new CompileError(`the config has ${hw.accRows} accumulator rows; the compiler needs at least 2`);
  const prog = new ProgramBuilder();
  let tileBytesUsed = 0;
  /** Weight-image address of the tile the array holds (the last one switched to). */
  let currentTile = -1;
  /** Where tiles are built (addTile keeps its own copy). */
  const scratchTile = new Int8Array(R * C);
  /** Tiles built so far (shared by the segments of a model): weight-image address (-1: all zero) and used extent. */
  const tiles = spec.tileCache ?? new Map<string, TileEntry>();
  /** Where each tensor the segment touches lies in the UB. */
  const frames = new Map<string, Frame>();
  /** Index of the layer being lowered (for CapacityError). */
  let currentLayer = 0;
  const qOf = (name: string): QParams => {
    const q = spec.qparams.get(name);
    if (!q) throw new CompileError(`internal: no quantization parameters for "${name}"`);
    return q;
  };

  // ---- decide conv mappings and frame paddings -------------------------------------------
  const segInputs = new Set(spec.inputs);
  const consumers = new Map<string, Layer[]>();
  for (const l of layers) for (const i of l.inputs) consumers.set(i, [...(consumers.get(i) ?? []), l]);
  const im2colConvs = new Set<string>();
  for (const l of layers) {
    if (l.kind !== 'conv' || !segInputs.has(l.inputs[0]!) || consumers.get(l.inputs[0]!)!.length !== 1 || l.groups !== 1) continue;
    if (spec.convMapping === 'channels') continue;
    if (spec.convMapping === 'im2col' || estimateConv(graph, l, G, R, 'im2col') < estimateConv(graph, l, G, R, 'channels')) im2colConvs.add(l.name);
  }
  const padNeeded = new Map<string, [number, number, number, number]>();
  for (const l of layers) {
    if (l.kind !== 'conv' || im2colConvs.has(l.name)) continue;
    const x = shapeOf(graph, l.inputs[0]!);
    const y = shapeOf(graph, l.output);
    const [, , kh, kw] = l.weightShape;
    const need: [number, number, number, number] = [
      l.pads[0],
      l.pads[1],
      Math.max(0, (y[2]! - 1) * l.strides[0] - l.pads[0] + (kh - 1) * l.dilations[0] - (x[2]! - 1)),
      Math.max(0, (y[3]! - 1) * l.strides[1] - l.pads[1] + (kw - 1) * l.dilations[1] - (x[3]! - 1)),
    ];
    const old = padNeeded.get(l.inputs[0]!) ?? [0, 0, 0, 0];
    padNeeded.set(l.inputs[0]!, old.map((v, i) => Math.max(v, need[i]!)) as [number, number, number, number]);
  }

  // ---- parameter blocks (per layer and output block): int32 bias[C], float32 scale[C] ----
  const paramRowsPer = Math.ceil((8 * C) / W);
  const paramBlocks: Uint8Array[] = [];
  const addParams = (bias: Int32Array, scale: Float32Array): number => {
    const bytes = new Uint8Array(paramRowsPer * W);
    const view = new DataView(bytes.buffer);
    for (let c = 0; c < C; c++) {
      view.setInt32(4 * c, bias[c] ?? 0, true);
      view.setFloat32(4 * C + 4 * c, scale[c] ?? 0, true);
    }
    paramBlocks.push(bytes);
    return (paramBlocks.length - 1) * paramRowsPer; // UB row, relative to the params base (0)
  };
  /** One parameter block per output block of G channels; returns their UB rows. */
  const addParamBlocks = (bias: Int32Array, scale: Float32Array): number[] => {
    const rows: number[] = [];
    for (let j = 0; j * G < bias.length; j++) rows.push(addParams(bias.subarray(j * G, (j + 1) * G), scale.subarray(j * G, (j + 1) * G)));
    return rows;
  };

  // Params occupy UB rows [0, P); P is known only after all layers are prepared, so layers are
  // prepared first (quantization, params), then emitted.
  interface Prepared {
    layer: Layer;
    quant: QuantLayer;
    /** Per output block: UB row of its params block. */
    params: number[];
    mapping: string;
  }
  const prepared: Prepared[] = [];
  for (const l of layers) prepared.push(prepare(l));
  const paramRows = paramBlocks.length * paramRowsPer;
  if (paramRows >= hw.ubRows) throw new CompileError(`the layers' parameter blocks need ${paramRows} UB rows, more than the ${hw.ubRows} rows of the Unified Buffer`);
  const ub = new RowAllocator(paramRows, hw.ubRows);

  const inputs: SegmentInput[] = [];
  const outputs: SegmentOutput[] = [];
  let hostBytes = paramBlocks.reduce((a, b) => a + b.length, 0);
  const hostAlloc = (n: number): number => {
    const at = hostBytes;
    hostBytes += n;
    return at;
  };
  const params = new Uint8Array(hostBytes);
  paramBlocks.forEach((b, i) => params.set(b, i * b.length));
  if (paramRows > 0) {
    prog.emit({ op: 'READ_HOST', ub: 0, host: 0, rows: paramRows, rowBytes: 0 });
  }

  // ---- liveness: a view shares its input's rows; rows are freed after the last layer reading them
  const viewRoot = new Map<string, string>(); // view output → the tensor owning the rows
  for (const l of layers) if (l.kind === 'view') viewRoot.set(l.output, viewRoot.get(l.inputs[0]!) ?? l.inputs[0]!);
  const rootOf = (name: string): string => viewRoot.get(name) ?? name;
  const lastRead = new Map<string, number>();
  layers.forEach((l, i) => {
    for (const x of l.inputs) lastRead.set(rootOf(x), i);
  });
  const alive = new Map<string, { start: number; size: number; users: number }>();
  const allocFrame = (name: string, shape: number[]): Frame => {
    const pad = padNeeded.get(name) ?? [0, 0, 0, 0];
    const f = frameFor(shape, G, shape.length === 4 ? pad : [0, 0, 0, 0]);
    const rows = frameRows(f);
    f.base = ub.alloc(rows, `tensor "${name}" (${shape.join('x')}, ${rows} rows of ${W} bytes)`, hw.ubRows, currentLayer);
    alive.set(name, { start: f.base, size: rows, users: 0 });
    frames.set(name, f);
    return f;
  };
  const outputSet = new Set(spec.outputs);
  /** Host-resident inputs streamed into band buffers (im2col matrices). */
  const streamed = new Map<string, { hostOffset: number; bandRows: number; slots: number }>();
  let bandCounter = 0;

  // ---- segment inputs: DMA from the host ----------------------------------------------------
  const loadInput = (name: string, consumer: Layer): void => {
    if (frames.has(name)) return;
    const shape = shapeOf(graph, name);
    if (consumer.kind === 'conv' && im2colConvs.has(consumer.name)) {
      // the im2col matrix stays in host memory and is streamed in, band by band, into two
      // buffers (the next band's DMA overlaps this band's multiplies; hazards order the reuse)
      const y = shapeOf(graph, consumer.output);
      const [, Cg, kh, kw] = consumer.weightShape;
      const f = frameFor([y[0]! * y[2]! * y[3]!, Cg * kh * kw], G);
      const bandRows = Math.min(accHalf, f.n);
      const slots = f.n > accHalf ? 2 : 1;
      const rows = slots * blocks(f) * bandRows;
      f.base = ub.alloc(rows, `the im2col band buffers of "${consumer.name}" (${slots} x ${blocks(f)} x ${bandRows} rows)`, hw.ubRows, currentLayer);
      alive.set(name, { start: f.base, size: rows, users: 0 });
      frames.set(name, f);
      const offset = hostAlloc(hostFrameBytes(f));
      streamed.set(name, { hostOffset: offset, bandRows, slots });
      inputs.push({
        tensor: name, hostOffset: offset, frame: f, layout: 'im2col',
        im2col: { kernel: [kh, kw], strides: consumer.strides, pads: consumer.pads, dilations: consumer.dilations, outH: y[2]!, outW: y[3]! },
      });
      return;
    }
    const f = allocFrame(name, shape);
    const offset = emitHostTransfer('READ_HOST', f);
    inputs.push({ tensor: name, hostOffset: offset, frame: f, layout: 'frame' });
  };
  /** Emits one READ_HOST or WRITE_HOST per channel block of a frame; returns its host offset. */
  function emitHostTransfer(op: 'READ_HOST' | 'WRITE_HOST', f: Frame): number {
    const offset = hostAlloc(hostFrameBytes(f));
    let p = offset;
    for (let b = 0; b < blocks(f); b++) {
      const rowBytes = blockChannels(f, b);
      prog.emit({ op, ub: f.base + b * blockRows(f), host: p, rows: blockRows(f), rowBytes });
      p += blockRows(f) * rowBytes;
    }
    return offset;
  }
  const writeOutput = (name: string): void => {
    const f = frames.get(name)!;
    outputs.push({ tensor: name, hostOffset: emitHostTransfer('WRITE_HOST', f), frame: f });
  };

  // ---- emit ---------------------------------------------------------------------------------
  let accToggle = 0;
  const nextAcc = (): number => (accToggle++ % 2) * accHalf;
  const lowered: LoweredLayer[] = [];

  prepared.forEach((p, index) => {
    currentLayer = index;
    const l = p.layer;
    const tag = spec.tags.get(l.name) ?? 0;
    prog.tag(tag);
    for (const x of l.inputs) if (!frames.has(x)) loadInput(x, l);
    const tilesBefore = tileBytesUsed;
    if (l.kind === 'view') {
      frames.set(l.output, frames.get(l.inputs[0]!)!);
    } else {
      const yShape = shapeOf(graph, l.output);
      const y = allocFrame(l.output, yShape);
      fillBorders(y, qOf(l.output).zeroPoint);
      switch (l.kind) {
        case 'conv':
          if (im2colConvs.has(l.name)) emitDense(p, frames.get(l.inputs[0]!)!, y);
          else emitConv(p, l, y);
          break;
        case 'dense':
          emitDense(p, frames.get(l.inputs[0]!)!, y);
          break;
        case 'pool':
          emitPool(l, y);
          break;
        case 'add':
          emitAdd(p, y);
          break;
        case 'concat':
          emitConcat(p, y);
          break;
        case 'node':
          throw new CompileError(`internal: node "${l.name}" (${l.op}) is not a TPU layer`);
      }
    }
    if (outputSet.has(l.output)) writeOutput(l.output);
    lowered.push({ name: l.name, tag, mapping: p.mapping, weightBytes: tileBytesUsed - tilesBefore, quant: p.quant });
    // free what no later layer reads (segment outputs were already written back to the host)
    for (const root of new Set([...l.inputs.map(rootOf), rootOf(l.output)])) {
      const last = lastRead.get(root);
      const a = alive.get(root);
      if (a && (last === undefined || last <= index)) {
        ub.release(a.start, a.size);
        alive.delete(root);
      }
    }
  });
  prog.emit({ op: 'HALT' });

  return { program: prog.instructions, params, inputs, outputs, hostBytes, layers: lowered, peakUbRows: ub.peak + paramRows };

  // =========================================================================================

  /** Quantizes a layer and prepares its parameter blocks. */
  function prepare(l: Layer): Prepared {
    if (l.kind === 'view' || l.kind === 'node') {
      return { layer: l, params: [], mapping: l.kind === 'view' ? 'layout' : 'none', quant: { kind: l.kind, name: l.name, inputs: [], output: { tensor: l.output, q: { scale: 1, zeroPoint: 0 } }, act: 'identity' } };
    }
    const yq = qOf(l.output);
    const act = 'act' in l ? l.act : 'identity';
    const clipHigh = act === 'relu6' ? Math.min(255, yq.zeroPoint + Math.round(6 / yq.scale)) : undefined;
    if (l.kind === 'conv' || l.kind === 'dense') {
      const xq = qOf(l.inputs[0]!);
      let outCh: number, wq;
      let shape: number[];
      if (l.kind === 'conv') {
        outCh = l.weightShape[0];
        wq = quantizedWeights(l.weight, `conv ${l.weightShape.join('x')}`, () => quantizeWeights(l.weight, outCh));
        shape = [...l.weightShape];
      } else {
        outCh = l.N;
        // quantized per output channel: [K][N] weights (MatMul) are transposed once per tensor
        wq = quantizedWeights(l.weight, `dense ${l.K}x${l.N}${l.outputMajor ? ' output-major' : ''}`, () => {
          if (l.outputMajor) return quantizeWeights(l.weight, outCh);
          const t = new Float32Array(l.K * l.N);
          for (let k = 0; k < l.K; k++) for (let n = 0; n < l.N; n++) t[n * l.K + k] = l.weight[k * l.N + n]!;
          return quantizeWeights(t, outCh);
        });
        shape = [l.N, l.K];
      }
      const bias = new Int32Array(outCh);
      const hwBias = new Int32Array(outCh);
      const scale = new Float32Array(outCh);
      // (outputScale rounds only its results to float32: every scale here is float32 already)
      for (let c = 0; c < outCh; c++) {
        bias[c] = quantizeBias(l.bias[c]!, xq.scale, wq.scale[c]!);
        hwBias[c] = bias[c]! - xq.zeroPoint * wq.sums[c]!; // the zero-point term folds into the bias
        scale[c] = act === 'sigmoid' || act === 'tanh' ? f32(f32(xq.scale) * f32(wq.scale[c]!)) : outputScale(xq.scale, wq.scale[c]!, yq.scale);
      }
      const mapping = l.kind === 'dense' ? 'dense' : im2colConvs.has(l.name) ? 'im2col' : l.groups === 1 ? 'channels-on-rows' : l.groups === l.weightShape[0] && l.weightShape[1] === 1 ? 'depthwise (diagonal tiles)' : 'grouped (block-diagonal tiles)';
      return {
        layer: l,
        params: addParamBlocks(hwBias, scale),
        mapping,
        quant: { kind: l.kind, name: l.name, inputs: [{ tensor: l.inputs[0]!, q: xq }], output: { tensor: l.output, q: yq }, weights: { q: wq.q, shape, scale: wq.scale }, bias, act, clipHigh },
      };
    }
    if (l.kind === 'pool') {
      const xq = qOf(l.inputs[0]!);
      return { layer: l, params: [], mapping: `${l.mode} pool (activation unit)`, quant: { kind: 'pool', name: l.name, inputs: [{ tensor: l.inputs[0]!, q: xq }], output: { tensor: l.output, q: yq }, act: 'identity' } };
    }
    if (l.kind === 'add') {
      const [aq, bq] = [qOf(l.inputs[0]!), qOf(l.inputs[1]!)];
      const ws = f32(Math.max(aq.scale, bq.scale) / 127);
      const wa = Math.round(aq.scale / ws), wb = Math.round(bq.scale / ws);
      const channels = shapeOf(graph, l.output)[shapeOf(graph, l.output).length === 4 ? 1 : shapeOf(graph, l.output).length - 1]!;
      const nb = Math.ceil(channels / G);
      const hwBias = new Int32Array(G).fill(-(wa * aq.zeroPoint + wb * bq.zeroPoint));
      const scale = new Float32Array(G).fill(act === 'sigmoid' || act === 'tanh' ? ws : outputScale(1, ws, yq.scale));
      const block = addParams(hwBias, scale);
      return {
        layer: l, params: new Array<number>(nb).fill(block), mapping: 'diagonal tiles (residual add)',
        quant: { kind: 'add', name: l.name, inputs: [{ tensor: l.inputs[0]!, q: aq }, { tensor: l.inputs[1]!, q: bq }], output: { tensor: l.output, q: yq }, bias: new Int32Array(channels).fill(-(wa * aq.zeroPoint + wb * bq.zeroPoint)), act, clipHigh, addWeights: { a: wa, b: wb, scale: ws } },
      };
    }
    // concat: output channel c' comes from one input channel with weight 1
    const outShape = shapeOf(graph, l.output);
    const axis = outShape.length === 4 ? 1 : outShape.length - 1;
    const total = outShape[axis]!;
    const biasAll = new Int32Array(total);
    const scaleAll = new Float32Array(total);
    let off = 0;
    const ins = l.inputs.map((name) => {
      const q = qOf(name);
      const ch = shapeOf(graph, name)[axis]!;
      for (let c = 0; c < ch; c++) {
        biasAll[off + c] = -q.zeroPoint;
        scaleAll[off + c] = outputScale(1, q.scale, yq.scale);
      }
      off += ch;
      return { tensor: name, q };
    });
    return {
      layer: l, params: addParamBlocks(biasAll, scaleAll), mapping: 'selection tiles (concat)',
      quant: { kind: 'concat', name: l.name, inputs: ins, output: { tensor: l.output, q: yq }, bias: biasAll, act: 'identity' },
    };
  }

  // ---- tiles --------------------------------------------------------------------------------
  /**
   * Emits READ_WEIGHTS for a tile built by `fill`, which writes the tile and returns how many real
   * weights it holds and in how many rows (for the useful-MAC counters: usedRows x usedCols is
   * the count of real weights). Returns 'none' for a tile without real weights (skip its multiplies),
   * 'same' when the array already holds this tile (multiply without switching: no fetch, no
   * shift), and 'new' after emitting READ_WEIGHTS (the next multiply must switch).
   */
  function loadTile(key: string, fill: (tile: Int8Array) => { real: number; rows: number }): 'none' | 'same' | 'new' {
    // a layer's tiles are built and stored once, however many bands fetch them
    let t = tiles.get(key);
    if (!t) {
      scratchTile.fill(0);
      const { real, rows } = fill(scratchTile);
      t = real === 0 ? { addr: -1, usedRows: 0, usedCols: 0 } : {
        addr: spec.weights.addTile(scratchTile),
        usedRows: Math.max(1, Math.min(R, rows)),
        usedCols: Math.max(1, Math.min(C, Math.round(real / Math.max(1, rows)))),
      };
      tiles.set(key, t);
    }
    if (t.addr < 0) return 'none';
    if (t.addr === currentTile) return 'same';
    currentTile = t.addr;
    tileBytesUsed += R * C;
    prog.emit({ op: 'READ_WEIGHTS', addr: t.addr, tiles: 1, usedRows: t.usedRows, usedCols: t.usedCols });
    return 'new';
  }

  function matmul(ub0: number, acc: number, len: number, flags: { switch: boolean; accumulate: boolean }, conv?: { cols: number; step: number; pitch: number }): void {
    if (len <= 0 && !flags.switch) return; // (a switching multiply is kept: the FIFO order depends on it)
    const ins: InstructionInput = { op: 'MATMUL', ub: ub0, acc, len, switch: flags.switch, accumulate: flags.accumulate, unsigned: true };
    if (conv && !(conv.step === 1 && conv.pitch === conv.cols) && !(len <= conv.cols && conv.step === 1)) {
      if (conv.step > 255) throw new CompileError(`a stride of ${conv.step} exceeds the MATMUL step field (255)`);
      if (conv.pitch > 65535 || conv.cols > 65535) throw new CompileError(`an image row pitch of ${conv.pitch} UB rows exceeds the MATMUL pitch field (65535)`);
      Object.assign(ins, { conv: true, cols: conv.cols, step: conv.step, pitch: conv.pitch });
    }
    prog.emit(ins);
  }

  /**
   * ACTIVATE of `len` accumulator rows producing `count` output vectors, written into frame `y`
   * from pixel (n, y0, x0) on, `width` pixels per output row.
   */
  function activate(acc: number, y: Frame, b: number, n: number, y0: number, x0: number, len: number, count: number, width: number, opts: { params?: number; func: string; pool?: string }): void {
    const { wp } = paddedDims(y);
    const ins: InstructionInput = { op: 'ACTIVATE', acc, ub: rowOf(y, b, n, y0, x0), len, func: opts.func, unsigned: true };
    if (opts.params !== undefined) Object.assign(ins, { params: opts.params, perColumn: true });
    if (opts.pool) ins.pool = opts.pool;
    if (width !== wp && count > width) {
      prog.setInt('out.count', width);
      prog.setInt('out.step', 1);
      prog.setInt('out.pitch', wp);
      ins.strided = true;
    }
    prog.emit(ins);
  }

  function setActivation(q: QParams, act: string, clipHigh?: number): string {
    prog.setInt('act.zeroPoint', q.zeroPoint);
    if (act === 'relu6') prog.setInt('act.clipHigh', clipHigh!);
    if (act === 'sigmoid' || act === 'tanh') prog.setFloat('act.outScale', f32(1 / q.scale));
    return act;
  }

  /** Writes the zero point into the padding rows of a frame (ACTIVATE with scale 0 from any accumulator rows). */
  function fillBorders(f: Frame, zp: number): void {
    if (!f.spatial || f.pad.every((p) => p === 0)) return;
    const { hp, wp } = paddedDims(f);
    const runs: { start: number; len: number; count: number; pitch: number }[] = [];
    for (let n = 0; n < f.n; n++) {
      const img = n * hp * wp;
      const top = f.pad[0] * wp + f.pad[1];
      if (top > 0) runs.push({ start: img, len: top, count: 0, pitch: 0 });
      const side = f.pad[1] + f.pad[3];
      if (side > 0 && f.h > 1) runs.push({ start: img + f.pad[0] * wp + f.pad[1] + f.w, len: side * (f.h - 1), count: side, pitch: wp });
      const bottomStart = (f.pad[0] + f.h - 1) * wp + f.pad[1] + f.w;
      if (hp * wp - bottomStart > 0) runs.push({ start: img + bottomStart, len: hp * wp - bottomStart, count: 0, pitch: 0 });
    }
    prog.setFloat('act.scale', 0);
    prog.setInt('act.zeroPoint', zp);
    for (let b = 0; b < blocks(f); b++) {
      for (const run of runs) {
        for (let done = 0; done < run.len; ) {
          const piece = run.count ? Math.min(run.len - done, Math.floor(hw.accRows / run.count) * run.count) : Math.min(run.len - done, hw.accRows);
          const ins: InstructionInput = { op: 'ACTIVATE', acc: 0, ub: f.base + b * blockRows(f) + run.start + (run.count ? (done / run.count) * run.pitch : done), len: piece, func: 'identity', unsigned: true };
          if (run.count && piece > run.count) {
            prog.setInt('out.count', run.count);
            prog.setInt('out.step', 1);
            prog.setInt('out.pitch', run.pitch);
            ins.strided = true;
          }
          prog.emit(ins);
          done += piece;
        }
      }
    }
  }

  /** A piece of work: images n0..n1 (or rows of a flat tensor), output rows y0..y1, columns x0..x1. */
  interface Band {
    n0: number;
    n1: number;
    y0: number;
    y1: number;
    x0: number;
    x1: number;
    /** Flat tensors: rows n0..n1 are one contiguous range, processed by single instructions. */
    flat: boolean;
  }

  /** Cuts an output of `images` x outH x outW pixels into bands that fit half the accumulators. */
  function bands(out: Frame): Band[] {
    const list: Band[] = [];
    if (!out.spatial) {
      for (let m = 0; m < out.n; m += accHalf) list.push({ n0: m, n1: Math.min(out.n, m + accHalf), y0: 0, y1: 1, x0: 0, x1: 1, flat: true });
      return list;
    }
    const perImage = out.h * out.w;
    if (perImage <= accHalf) {
      const per = Math.max(1, Math.floor(accHalf / perImage));
      for (let n = 0; n < out.n; n += per) list.push({ n0: n, n1: Math.min(out.n, n + per), y0: 0, y1: out.h, x0: 0, x1: out.w, flat: false });
      return list;
    }
    for (let n = 0; n < out.n; n++) {
      if (out.w <= accHalf) {
        const rows = Math.floor(accHalf / out.w);
        for (let yy = 0; yy < out.h; yy += rows) list.push({ n0: n, n1: n + 1, y0: yy, y1: Math.min(out.h, yy + rows), x0: 0, x1: out.w, flat: false });
      } else {
        for (let yy = 0; yy < out.h; yy++) for (let xx = 0; xx < out.w; xx += accHalf) list.push({ n0: n, n1: n + 1, y0: yy, y1: yy + 1, x0: xx, x1: Math.min(out.w, xx + accHalf), flat: false });
      }
    }
    return list;
  }

  /** Per image of a band (or once for a flat band): accumulator offset, first pixel, vector count. */
  function bandPieces(band: Band): { n: number; accOffset: number; len: number }[] {
    if (band.flat) return [{ n: band.n0, accOffset: 0, len: band.n1 - band.n0 }];
    const pix = (band.y1 - band.y0) * (band.x1 - band.x0);
    const out = [];
    for (let n = band.n0; n < band.n1; n++) out.push({ n, accOffset: (n - band.n0) * pix, len: pix });
    return out;
  }

  /** Reads the band's pixels of block b of frame f (same geometry as the output) into the accumulators. */
  function readSameShape(f: Frame, b: number, band: Band, acc: number, switchTile: boolean, accumulate: boolean): void {
    const { wp } = paddedDims(f);
    bandPieces(band).forEach((piece, i) => {
      matmul(rowOf(f, b, piece.n, band.y0, band.x0), acc + piece.accOffset, piece.len, { switch: switchTile && i === 0, accumulate }, band.flat ? undefined : { cols: band.x1 - band.x0, step: 1, pitch: wp });
    });
  }

  /** ACTIVATE every image of a band into block j of frame y. */
  function activateBand(y: Frame, j: number, band: Band, acc: number, opts: { params?: number; func: string }): void {
    for (const piece of bandPieces(band)) {
      activate(acc + piece.accOffset, y, j, piece.n, band.y0, band.x0, piece.len, piece.len, band.x1 - band.x0, opts);
    }
  }

  /**
   * What every matrix-unit layer emits: per band of the output and per output block j, the
   * multiplies of `block` into fresh accumulators, then ACTIVATE with block j's parameters.
   * `perBand` runs first for each band (e.g. to stream its input rows) and returns `block`.
   */
  function emitBands(p: Prepared, y: Frame, func: string, perBand: (band: Band) => (j: number, acc: number) => void): void {
    for (const band of bands(y)) {
      const block = perBand(band);
      for (let j = 0; j < blocks(y); j++) {
        const acc = nextAcc();
        block(j, acc);
        activateBand(y, j, band, acc, { params: p.params[j]!, func });
      }
    }
  }

  function emitConv(p: Prepared, l: ConvLayer, y: Frame): void {
    const x = frames.get(l.inputs[0]!)!;
    const wq = p.quant.weights!;
    const [M, Cg, kh, kw] = l.weightShape;
    const Cin = x.channels;
    const outPerGroup = M / l.groups;
    const { wp } = paddedDims(x);
    const func = setActivation(p.quant.output.q, p.quant.act, p.quant.clipHigh);
    emitBands(p, y, func, (band) => (j, acc) => {
      let first = true;
      for (let r = 0; r < kh; r++) {
        for (let s = 0; s < kw; s++) {
          for (let i = 0; i < blocks(x); i++) {
            const tileState = loadTile(`conv${idOf(wq.q)}g${l.groups}/${j}/${r}/${s}/${i}`, (tile) => {
              if (l.groups === 1) {
                // dense tile: input channels i*G.. on rows, output channels j*G.. on columns
                const rows = Math.min(G, Cin - i * G), cols = Math.min(G, M - j * G);
                const taps = kh * kw;
                // column by column: the weights of one output channel are contiguous in ONNX order
                for (let c = 0; c < cols; c++) {
                  let w = ((j * G + c) * Cg + i * G) * taps + r * kw + s;
                  for (let k = 0; k < rows; k++, w += taps) tile[k * C + c] = wq.q[w]!;
                }
                return { real: rows * cols, rows };
              }
              // grouped: input channel ci feeds only its group's output channels (block diagonal)
              let real = 0;
              let rows = 0;
              for (let k = 0; k < G && i * G + k < Cin; k++) {
                const ci = i * G + k;
                const grp = Math.floor(ci / Cg);
                const ciLocal = ci - grp * Cg;
                const lo = Math.max(grp * outPerGroup, j * G), hi = Math.min((grp + 1) * outPerGroup, (j + 1) * G, M);
                for (let co = lo; co < hi; co++) tile[k * C + (co - j * G)] = wq.q[((co * Cg + ciLocal) * kh + r) * kw + s]!;
                if (hi > lo) {
                  real += hi - lo;
                  rows++;
                }
              }
              return { real, rows };
            });
            if (tileState === 'none') continue;
            const iy = band.y0 * l.strides[0] - l.pads[0] + r * l.dilations[0];
            const ix = band.x0 * l.strides[1] - l.pads[1] + s * l.dilations[1];
            bandPieces(band).forEach((piece, idx) => {
              matmul(rowOf(x, i, piece.n, iy, ix), acc + piece.accOffset, piece.len, { switch: tileState === 'new' && idx === 0, accumulate: !first }, {
                cols: band.x1 - band.x0,
                step: l.strides[1],
                pitch: l.strides[0] * wp,
              });
            });
            first = false;
          }
        }
      }
    });
  }

  /**
   * Dense: rows of `x` times W. `x` is flat ([rows, K]), a flattened NCHW frame (K = C*H*W in
   * ONNX order), or the im2col matrix of a convolution (K = C*kh*kw).
   */
  function emitDense(p: Prepared, x: Frame, y: Frame): void {
    const wq = p.quant.weights!;
    const N = y.channels;
    const K = wq.q.length / N;
    const func = setActivation(p.quant.output.q, p.quant.act, p.quant.clipHigh);
    const { hp, wp } = paddedDims(x);
    if (x.h * x.w * x.channels !== K) throw new CompileError(`internal: dense layer "${p.layer.name}" expects K=${K} features, its input frame holds ${x.h * x.w * x.channels}`);
    const flatInput = x.h === 1 && x.w === 1;
    if (!flatInput && x.n !== y.n) throw new CompileError(`internal: input of "${p.layer.name}" has ${x.n} images but the layer has ${y.n} rows`);
    if (flatInput && x.n !== y.n * y.h * y.w) throw new CompileError(`internal: input of "${p.layer.name}" has ${x.n} rows but the layer has ${y.n * y.h * y.w}`);
    // K chunks: (block b, pixel yy, xx); feature index c*H*W + yy*W + xx (ONNX Flatten order)
    const chunks: { b: number; yy: number; xx: number }[] = [];
    for (let b = 0; b < blocks(x); b++) for (let yy = 0; yy < x.h; yy++) for (let xx = 0; xx < x.w; xx++) chunks.push({ b, yy, xx });
    const stream = streamed.get(p.layer.inputs[0]!);
    emitBands(p, y, func, (band) => {
      const pieces = bandPieces(band);
      // rows of x this band reads: one contiguous range (whole images, rows, or a row piece)
      const m0 = y.spatial ? band.n0 * y.h * y.w + band.y0 * y.w + band.x0 : band.n0;
      const mLen = pieces.reduce((a, q) => a + q.len, 0);
      let rowOfX = (b: number, m: number) => rowOf(x, b, m, 0, 0);
      if (stream) {
        const slot = bandCounter++ % stream.slots;
        let host = stream.hostOffset;
        for (let b = 0; b < blocks(x); b++) {
          const ub0 = x.base + (slot * blocks(x) + b) * stream.bandRows;
          prog.emit({ op: 'READ_HOST', ub: ub0, host: host + m0 * blockChannels(x, b), rows: mLen, rowBytes: blockChannels(x, b) });
          host += blockRows(x) * blockChannels(x, b);
        }
        rowOfX = (b, m) => x.base + (slot * blocks(x) + b) * stream.bandRows + (m - m0);
      }
      return (j, acc) => {
        let first = true;
        for (const ch of chunks) {
          const tileState = loadTile(`dense${idOf(wq.q)}/${x.h}x${x.w}x${x.channels}/${j}/${ch.b}/${ch.yy}/${ch.xx}`, (tile) => {
            const rows = Math.min(G, x.channels - ch.b * G), cols = Math.min(G, N - j * G);
            const pixels = x.h * x.w;
            // column by column: one output's weights are contiguous in [N][K] order
            for (let c = 0; c < cols; c++) {
              let w = (j * G + c) * K + ch.b * G * pixels + ch.yy * x.w + ch.xx;
              for (let k = 0; k < rows; k++, w += pixels) tile[k * C + c] = wq.q[w]!;
            }
            return { real: rows * cols, rows };
          });
          if (tileState === 'none') continue;
          pieces.forEach((piece, idx) => {
            const flags = { switch: tileState === 'new' && idx === 0, accumulate: !first };
            if (flatInput) {
              // rows of x: one per output pixel (an im2col matrix) or one per output row (flat)
              const m = y.spatial ? piece.n * y.h * y.w + band.y0 * y.w + band.x0 : piece.n;
              matmul(rowOfX(ch.b, m), acc + piece.accOffset, piece.len, flags);
            } else {
              matmul(rowOf(x, ch.b, piece.n, ch.yy, ch.xx), acc + piece.accOffset, piece.len, flags, { cols: 1, step: 1, pitch: hp * wp });
            }
          });
          first = false;
        }
      };
    });
  }

  function emitPool(l: Extract<Layer, { kind: 'pool' }>, y: Frame): void {
    const x = frames.get(l.inputs[0]!)!;
    const { wp } = paddedDims(x);
    const [kh, kw] = l.kernel;
    const [sh, sw] = l.strides;
    const [pt, pl] = l.pads;
    if (kh * x.w > accHalf) throw new CompileError(`pooling "${l.name}": a window's rows (${kh} x ${x.w} pixels) exceed half the accumulators (${accHalf} rows)`);
    prog.setFloat('act.scale', 1);
    prog.setInt('act.zeroPoint', 0);
    const identity = loadTile('identity', (tile) => {
      for (let k = 0; k < G; k++) tile[k * C + k] = 1;
      return { real: G, rows: G };
    });
    let switched = identity === 'same';
    const inRowsFor = (py0: number, py1: number) => {
      const top = py0 * sh - pt;
      const iy0 = Math.max(0, top);
      const iy1 = Math.min(x.h, (py1 - 1) * sh - pt + kh);
      return { iy0, iy1, padTop: iy0 - top };
    };
    for (let n = 0; n < x.n; n++) {
      for (let py0 = 0; py0 < y.h; ) {
        let py1 = py0 + 1;
        while (py1 < y.h) {
          const r = inRowsFor(py0, py1 + 1);
          if ((r.iy1 - r.iy0) * x.w > accHalf) break;
          py1++;
        }
        const { iy0, iy1, padTop } = inRowsFor(py0, py1);
        const len = (iy1 - iy0) * x.w;
        for (let b = 0; b < blocks(x); b++) {
          const acc = nextAcc();
          matmul(rowOf(x, b, n, iy0, 0), acc, len, { switch: !switched, accumulate: false }, { cols: x.w, step: 1, pitch: wp });
          switched = true;
          prog.setInt('pool.inHeight', iy1 - iy0);
          prog.setInt('pool.inWidth', x.w);
          prog.setInt('pool.kh', kh);
          prog.setInt('pool.kw', kw);
          prog.setInt('pool.sh', sh);
          prog.setInt('pool.sw', sw);
          prog.setInt('pool.padTop', padTop);
          prog.setInt('pool.padLeft', pl);
          prog.setInt('pool.outHeight', py1 - py0);
          prog.setInt('pool.outWidth', y.w);
          activate(acc, y, b, n, py0, 0, len, (py1 - py0) * y.w, y.w, { func: 'identity', pool: l.mode });
        }
        py0 = py1;
      }
    }
  }

  function emitAdd(p: Prepared, y: Frame): void {
    const [a, b] = [frames.get(p.layer.inputs[0]!)!, frames.get(p.layer.inputs[1]!)!];
    const { a: wa, b: wb } = p.quant.addWeights!;
    const func = setActivation(p.quant.output.q, p.quant.act, p.quant.clipHigh);
    emitBands(p, y, func, (band) => (j, acc) => {
      const diagonal = (w: number) =>
        loadTile(`${p.layer.name}/diag${w}/${blockChannels(y, j)}`, (tile) => {
          for (let k = 0; k < blockChannels(y, j); k++) tile[k * C + k] = w;
          return { real: w === 0 ? 0 : blockChannels(y, j), rows: blockChannels(y, j) }; // weight 0 (a negligible input): skip it
        });
      const ta = diagonal(wa);
      if (ta !== 'none') readSameShape(a, j, band, acc, ta === 'new', false);
      const tb = diagonal(wb);
      if (tb !== 'none') readSameShape(b, j, band, acc, tb === 'new', ta !== 'none');
    });
  }

  function emitConcat(p: Prepared, y: Frame): void {
    const func = setActivation(p.quant.output.q, 'identity');
    const ins = p.layer.inputs.map((name) => frames.get(name)!);
    emitBands(p, y, func, (band) => (j, acc) => {
      let first = true;
      let off = 0;
      for (const f of ins) {
        for (let i = 0; i < blocks(f); i++) {
          const lo = off + i * G;
          const hi = lo + blockChannels(f, i);
          if (hi <= j * G || lo >= (j + 1) * G) continue;
          const tileState = loadTile(`${p.layer.name}/${j}/${lo}/${i}`, (tile) => {
            let count = 0;
            for (let k = 0; k < blockChannels(f, i); k++) {
              const col = lo + k - j * G;
              if (col >= 0 && col < G) {
                tile[k * C + col] = 1;
                count++;
              }
            }
            return { real: count, rows: count };
          });
          if (tileState === 'none') continue;
          readSameShape(f, i, band, acc, tileState === 'new', !first);
          first = false;
        }
        off += f.channels;
      }
    });
  }
}

/** Estimated matrix-unit cycles of a convolution under a mapping (for choosing one). */
export function estimateConv(graph: Graph, l: ConvLayer, G: number, R: number, mapping: 'channels' | 'im2col'): number {
  const y = shapeOf(graph, l.output);
  const pixels = y[0]! * y[2]! * y[3]!;
  const [M, Cg, kh, kw] = l.weightShape;
  const nbo = Math.ceil(M / G);
  if (mapping === 'im2col') {
    const kb = Math.ceil((Cg * kh * kw) / G);
    return nbo * kb * Math.max(pixels, R);
  }
  const nbi = Math.ceil((Cg * l.groups) / G);
  return nbo * kh * kw * nbi * Math.max(pixels, R);
}
