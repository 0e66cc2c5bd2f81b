// Weight tiles: building a layer's tiles once (however many bands or segments fetch them), placing
// them in the model's weight image, and emitting READ_WEIGHTS right before the multiply that
// switches to a tile. Also the per-layout cache of quantized weights that layers sharing one
// weight tensor (unrolled LSTM steps) share.
import type { Layer } from '../layers.js';
import type { ProgramBuilder, WeightImage } from '../program.js';
import { quantizeWeights } from '../quantize.js';
import type { ChannelChunk } from '../frame.js';
import type { TileEntry } from './types.js';

/** What `TileLoader.load` did: no real weights (skip the multiplies), the tile the array holds, or a new fetch. */
export type TileState = 'none' | 'same' | 'new';

/** Loads tiles for one program. */
export class TileLoader {
  /** Bytes of tiles fetched so far (a layer's share is the difference across its emission). */
  bytesFetched = 0;
  /** Weight-image address of the tile the array holds (the last one switched to). */
  private current = -1;
  /** Where tiles are built (the weight image keeps its own copy). */
  private readonly scratch: Int8Array;

  /**
   * `cache`: tiles already built (shared by the segments of a model): weight-image address (-1: all
   * zero) and used extent.
   */
  constructor(
    private readonly prog: ProgramBuilder,
    private readonly image: WeightImage,
    private readonly cache: Map<string, TileEntry>,
    private readonly rows: number,
    private readonly cols: number,
    /**
     * os/is (matrix.dataflow): usedRows x usedCols must bound the tile's nonzero weights, since only
     * that part streams through the cells (sim/TIMING.md); under ws it is the count of real weights.
     */
    private readonly streamedExtent = false,
  ) {
    this.scratch = new Int8Array(rows * cols);
  }

  /**
   * Emits READ_WEIGHTS for a tile built by `fill`, which writes the tile and returns how many real
   * weights it holds and in how many rows (for the useful-MAC counters: usedRows x usedCols is
   * the count of real weights). Returns 'none' for a tile without real weights (skip its multiplies),
   * 'same' when the array already holds this tile (multiply without switching: no fetch, no
   * shift), and 'new' after emitting READ_WEIGHTS (the next multiply must switch).
   */
  /** The array now holds a tile that is not in the weight image (READ_WEIGHTS ub): the next image tile is fetched again. */
  external(): void {
    this.current = -1;
  }

  load(key: string, fill: (tile: Int8Array) => { real: number; rows: number }): TileState {
    const R = this.rows,
      C = this.cols;
    // a layer's tiles are built and stored once, however many bands fetch them
    let t = this.cache.get(key);
    if (!t) {
      this.scratch.fill(0);
      const { real, rows } = fill(this.scratch);
      t =
        real === 0
          ? { addr: -1, usedRows: 0, usedCols: 0 }
          : {
              addr: this.image.addTile(this.scratch),
              usedRows: Math.max(1, Math.min(R, rows)),
              usedCols: Math.max(1, Math.min(C, Math.round(real / Math.max(1, rows)))),
            };
      if (this.streamedExtent && t.addr >= 0) {
        // a diagonal (selection) or block-diagonal (grouped) tile holds fewer weights than its extent
        const box = nonzeroExtent(this.scratch, R, C);
        t.usedRows = Math.max(t.usedRows, box.rows);
        t.usedCols = Math.max(t.usedCols, box.cols);
      }
      this.cache.set(key, t);
    }
    if (t.addr < 0) return 'none';
    if (t.addr === this.current) return 'same';
    this.current = t.addr;
    this.bytesFetched += R * C;
    this.prog.emit({ op: 'READ_WEIGHTS', addr: t.addr, tiles: 1, usedRows: t.usedRows, usedCols: t.usedCols });
    return 'new';
  }
}

/** Rows and columns up to a tile's last nonzero weight (row-major R x C). */
function nonzeroExtent(tile: Int8Array, R: number, C: number): { rows: number; cols: number } {
  let rows = 0,
    cols = 0;
  for (let r = 0; r < R; r++)
    for (let c = 0; c < C; c++)
      if (tile[r * C + c] !== 0) {
        rows = r + 1;
        cols = Math.max(cols, c + 1);
      }
  return { rows, cols };
}

/** A K chunk of an input and the tile that moves its channels into an N chunk's columns. */
export interface Selection {
  k: ChannelChunk;
  key: string;
  fill: (tile: Int8Array) => { real: number; rows: number };
}

/**
 * The K chunks of an input (`inChunks`, channels placed from `offset` on in the output) that hold
 * channels of output N chunk j, each with its tile: input channel c to column offset + c - j.c0,
 * weight `weight` (pooling, residual add, concat). `whole`: every one of the R rows, as an identity
 * (reads of bytes past the channels land in columns the output does not use).
 */
export function selections(
  inChunks: readonly ChannelChunk[],
  R: number,
  C: number,
  j: ChannelChunk,
  opts: { weight: number; offset?: number; whole?: boolean },
): Selection[] {
  const { weight, offset = 0, whole = false } = opts;
  const out: Selection[] = [];
  for (const k of inChunks) {
    const lo = offset + k.c0;
    if (lo + k.n <= j.c0 || lo >= j.c0 + j.n) continue;
    const d = lo - j.c0;
    const rowsUsed = whole ? R : k.n;
    const colsUsed = whole ? C : j.n;
    out.push({
      k,
      key: `select/${d}/${whole ? 'whole' : `${k.n}x${j.n}`}/w${weight}`,
      fill: (tile) => {
        let count = 0;
        for (let r = 0; r < rowsUsed; r++) {
          const col = d + r;
          if (col < 0 || col >= colsUsed) continue;
          tile[r * C + col] = weight;
          count++;
        }
        return { real: weight === 0 ? 0 : count, rows: count }; // weight 0 (a negligible add input): skip it
      },
    });
  }
  return out;
}

/** Quantized weights with their per-output-channel sums (the zero-point correction needs them). */
export type QuantizedWithSums = ReturnType<typeof quantizeWeights>;
const quantCache = new WeakMap<Float32Array, Map<string, QuantizedWithSums>>();

/** Quantizes a weight tensor once per layout, however many layers share it (unrolled LSTM steps do). */
export function quantizedWeights(w: Float32Array, layout: string, make: () => ReturnType<typeof quantizeWeights>): QuantizedWithSums {
  let byLayout = quantCache.get(w);
  if (!byLayout) quantCache.set(w, (byLayout = new Map()));
  let q = byLayout.get(layout);
  if (!q) {
    q = make();
    byLayout.set(layout, q);
  }
  return q;
}

/**
 * int8 arrays for quantized weights, carved from one allocation sized when first used: tens of
 * MB in one allocation land on transparent huge pages (malloc's large blocks, see cli/relaunch.ts),
 * where an array per layer is page-faulted 4 KiB at a time. What does not fit is allocated alone.
 */
export class QuantArena {
  private store: Int8Array<ArrayBuffer> | undefined;
  private used = 0;

  constructor(private readonly size: () => number) {}

  take(n: number): Int8Array<ArrayBuffer> {
    this.store ??= new Int8Array(this.size());
    if (this.used + n > this.store.length) return new Int8Array(n);
    const view = this.store.subarray(this.used, this.used + n);
    this.used += n;
    return view;
  }
}

/** Weights the layers will quantize: each array not quantized yet, counted once. */
export function unquantizedWeights(layers: readonly Layer[]): number {
  const seen = new Set<Float32Array>();
  let n = 0;
  for (const l of layers) {
    if ((l.kind !== 'conv' && l.kind !== 'dense') || seen.has(l.weight) || quantCache.has(l.weight)) continue;
    seen.add(l.weight);
    n += l.weight.length;
  }
  return n;
}

/** A small id per object (tile-cache keys of shared weights). */
const objectIds = new WeakMap<object, number>();
let nextObjectId = 0;
export function idOf(o: object): number {
  let id = objectIds.get(o);
  if (id === undefined) objectIds.set(o, (id = nextObjectId++));
  return id;
}
