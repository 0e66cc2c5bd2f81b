// The state the emitters of one segment share, explicit: the program being built, the UB rows
// (parameter blocks first, then tensors), where each tensor lies (its frame), the tile loader, the
// accumulator halves, the parameter blocks and the segment's host-memory layout. Emitters get it
// as their first argument; nothing else is shared between them.
import type { Graph } from '../../graph/index.js';
import { CompileError } from '../errors.js';
import { type ChannelChunk, type Frame, channelChunks, frameFor } from '../frame.js';
import { ProgramBuilder } from '../program.js';
import type { QParams } from '../quantize.js';
import { QuantArena, TileLoader, unquantizedWeights } from './tiles.js';
import type { HardwareShape, SegmentInput, SegmentOutput, SegmentSpec, TileEntry } from './types.js';
import { RowAllocator } from './ub.js';

/**
 * Parameter blocks, one per layer and output block: int32 bias[C] then float32 scale[C], in
 * ceil(8C / W) UB rows; and the vector unit's tables and float32 constants, in whole rows. They
 * occupy UB rows [0, rows) and host bytes [0, rows * W).
 */
export class ParamBlocks {
  /** UB rows per block. */
  readonly rowsPer: number;
  private readonly list: Uint8Array[] = [];
  private readonly rowOf = new Map<string, number>();
  private nextRow = 0;

  constructor(
    private readonly cols: number,
    private readonly rowBytes: number,
    /** Identical blocks share rows (off for made-up weights, whose blocks match only by chance). */
    private readonly share = true,
  ) {
    this.rowsPer = Math.ceil((8 * cols) / rowBytes);
  }

  /** Adds one block (columns 0 .. bias.length); returns its UB row. */
  add(bias: Int32Array, scale: Float32Array): number {
    const C = this.cols;
    const bytes = new Uint8Array(this.rowsPer * this.rowBytes);
    const view = new DataView(bytes.buffer);
    for (let c = 0; c < C; c++) {
      view.setInt32(4 * c, bias[c] ?? 0, true);
      view.setFloat32(4 * C + 4 * c, scale[c] ?? 0, true);
    }
    return this.push(bytes);
  }

  /** Adds a block of raw bytes (vector-unit tables, constant rows) in whole UB rows; returns its UB row. */
  addBytes(data: Uint8Array): number {
    const bytes = new Uint8Array(Math.max(1, Math.ceil(data.length / this.rowBytes)) * this.rowBytes);
    bytes.set(data);
    return this.push(bytes);
  }

  /** Identical blocks share their rows (an unrolled LSTM's time steps all read one gate's bias and scales). */
  private push(bytes: Uint8Array): number {
    const key = this.share ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64') : undefined;
    const seen = key === undefined ? undefined : this.rowOf.get(key);
    if (seen !== undefined) return seen;
    const row = this.nextRow; // UB row, relative to the params base (0)
    this.list.push(bytes);
    if (key !== undefined) this.rowOf.set(key, row);
    this.nextRow += bytes.length / this.rowBytes;
    return row;
  }

  /** One block per N chunk of the output (`chunks`: channel runs of at most C); returns their UB rows. */
  addPerChunk(bias: Int32Array, scale: Float32Array, chunks: readonly ChannelChunk[]): number[] {
    return chunks.map((c) => this.add(bias.subarray(c.c0, c.c0 + c.n), scale.subarray(c.c0, c.c0 + c.n)));
  }

  /** UB rows of all blocks. */
  get rows(): number {
    return this.nextRow;
  }

  /** All blocks as the host bytes they are read from. */
  bytes(): Uint8Array {
    const out = new Uint8Array(this.nextRow * this.rowBytes);
    let at = 0;
    for (const b of this.list) {
      out.set(b, at);
      at += b.length;
    }
    return out;
  }
}

/** The segment's host memory: the parameter blocks, then each input and output as it is allocated. */
export class HostLayout {
  readonly inputs: SegmentInput[] = [];
  readonly outputs: SegmentOutput[] = [];
  constructor(public bytes: number) {}

  /** Allocates `n` bytes; returns their offset. */
  alloc(n: number): number {
    const at = this.bytes;
    this.bytes += n;
    return at;
  }
}

/** An im2col matrix streamed from host memory band by band into UB buffers. */
export interface StreamedInput {
  hostOffset: number;
  bandRows: number;
  slots: number;
}

/** The shared state of lowering one segment. */
export class LoweringContext {
  readonly graph: Graph;
  readonly hw: HardwareShape;
  /**
   * Rows and columns of the array, G = min(R, C), W = max(R, C) (bytes per UB row) and P, the
   * channels per UB row of a frame: W when R and C both divide it (K is then tiled by R with
   * `in.lane` and N by C with `out.lane`, no byte of a row wasted), else G.
   */
  readonly R: number;
  readonly C: number;
  readonly G: number;
  readonly W: number;
  readonly P: number;
  /** Half the accumulators: one band's worth (the other half is being activated meanwhile). */
  readonly accHalf: number;
  readonly prog = new ProgramBuilder();
  readonly tiles: TileLoader;
  readonly params: ParamBlocks;
  /** Where the segment's layers put their quantized weights (all prepared before any is emitted). */
  readonly quantArena: QuantArena;
  /** False when the layers' weights are made up and not read (SegmentSpec's `madeUpWeights`). */
  readonly weightValues: boolean;
  /** Where each tensor the segment touches lies in the UB. */
  readonly frames = new Map<string, Frame>();
  /** Convolutions mapped im2col (their input comes from the host; see ./segment.ts). */
  readonly im2col = new Set<string>();
  /** Zero-point border each tensor's frame needs for the convolutions that read it: top, left, bottom, right. */
  readonly padNeeded = new Map<string, [number, number, number, number]>();
  /** Host-resident inputs streamed into band buffers (im2col matrices). */
  readonly streamed = new Map<string, StreamedInput>();
  /** Bands streamed so far (alternates the band buffers). */
  bandCounter = 0;
  /**
   * The next MATMUL carries `fence`: set at the start of a layer that reads an earlier layer's
   * output (unless the config overlaps layers), cleared by that layer's first multiply.
   */
  fencePending = false;
  /** Layers whose output took their input's rows (./segment.ts outputFrame), for the report's notes. */
  readonly overwrites: string[] = [];
  /** Index of the layer being lowered (for CapacityError). */
  layerIndex = 0;
  /** UB rows after the parameter blocks; set by `startEmitting`. */
  ub!: RowAllocator;
  /** Host memory layout; set by `startEmitting`. */
  host!: HostLayout;
  private readonly qparams: Map<string, QParams>;
  private accToggle = 0;

  constructor(spec: SegmentSpec) {
    const hw = spec.hw;
    this.graph = spec.graph;
    this.hw = hw;
    this.R = hw.rows;
    this.C = hw.cols;
    this.G = Math.min(hw.rows, hw.cols);
    this.W = Math.max(hw.rows, hw.cols);
    this.P = this.W % this.R === 0 && this.W % this.C === 0 ? this.W : this.G;
    this.accHalf = Math.floor(hw.accRows / 2);
    if (this.accHalf < 1) throw new CompileError(`the config has ${hw.accRows} accumulator rows; the compiler needs at least 2`);
    this.qparams = spec.qparams;
    this.tiles = new TileLoader(
      this.prog,
      spec.weights,
      spec.tileCache ?? new Map<string, TileEntry>(),
      hw.rows,
      hw.cols,
      (hw.dataflow ?? 'ws') !== 'ws',
    );
    this.params = new ParamBlocks(this.C, this.W, !spec.madeUpWeights);
    this.weightValues = spec.madeUpWeights?.values ?? true;
    this.quantArena = new QuantArena(() => unquantizedWeights(spec.layers));
  }

  /** Quantization parameters of a tensor. */
  qOf(name: string): QParams {
    const q = this.qparams.get(name);
    if (!q) throw new CompileError(`internal: no quantization parameters for "${name}"`);
    return q;
  }

  /** K chunks (what one tile's R rows read) of a frame. */
  kChunks(f: Frame): ChannelChunk[] {
    return channelChunks(f, this.R);
  }

  /** N chunks (what one tile's C columns produce) of a frame. */
  nChunks(f: Frame): ChannelChunk[] {
    return channelChunks(f, this.C);
  }

  /** N chunks of a layer's output tensor, before its frame is allocated (for parameter blocks). */
  outputChunks(shape: readonly number[]): ChannelChunk[] {
    return this.nChunks(frameFor(shape, this.P));
  }

  /** The accumulator base of the next band (alternating halves). */
  nextAcc(): number {
    return (this.accToggle++ % 2) * this.accHalf;
  }

  /**
   * Called once every layer is prepared (the parameter blocks are known): tensors are allocated
   * after them, and the program starts by loading them.
   */
  startEmitting(): { paramRows: number; params: Uint8Array } {
    const paramRows = this.params.rows;
    if (paramRows >= this.hw.ubRows)
      throw new CompileError(
        `the layers' parameter blocks need ${paramRows} UB rows, more than the ${this.hw.ubRows} rows of the Unified Buffer`,
      );
    this.ub = new RowAllocator(paramRows, this.hw.ubRows);
    const params = this.params.bytes();
    this.host = new HostLayout(params.length);
    if (paramRows > 0) this.prog.emit({ op: 'READ_HOST', ub: 0, host: 0, rows: paramRows, rowBytes: 0 });
    return { paramRows, params };
  }
}
