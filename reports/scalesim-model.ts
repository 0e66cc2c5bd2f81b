// SCALE-Sim v2's bookkeeping for one layer, computed from the layer's mapping the way its code does
// (scale-sim-v2 22f88b1: compute/systolic_compute_{ws,os,is}.py, compute/operand_matrix.py,
// memory/read_buffer_estimate_bw.py, memory/write_buffer.py, memory/double_buffered_scratchpad_mem.py,
// single_layer_sim.py). It gives every number of SCALE-Sim's three report files except the cycle
// count itself, which comes from tpusim's simulation (see scalesim-files.ts).
//
// SCALE-Sim describes a layer by three "demand matrices", one row per cycle, one column per array
// row or column, holding the SRAM address each PE port touches in that cycle (-1: none). Instead of
// building them, this module walks their non-empty cells in the same order (row by row, columns
// left to right) and feeds them to the same memory bookkeeping: the CALC-mode read buffers that
// turn the stream of new addresses into DRAM prefetches, and the OFMAP write buffer that drains to
// DRAM at ArrayWidth words per cycle. Every rule below cites the code it follows; the reasons the
// counts differ from the hardware's are listed in docs/VALIDATION.md.

/** SCALE-Sim's three dataflows: weight, output or input stationary. */
export type ScaleSimDataflow = 'ws' | 'os' | 'is';

/** A layer as SCALE-Sim's topology reader gives it (graph/topology's TopologyLayer has these fields). */
export interface ScaleSimLayerShape {
  name: string;
  ifmapHeight: number;
  ifmapWidth: number;
  filterHeight: number;
  filterWidth: number;
  channels: number;
  numFilters: number;
  strideHeight: number;
  strideWidth: number;
  /** Output size by SCALE-Sim's rule ceil((H - F + S) / S) (graph/topology's `ofmapSize`). */
  ofmapHeight: number;
  ofmapWidth: number;
}

/** The parts of a SCALE-Sim config that its bookkeeping reads (CALC mode). */
export interface ScaleSimArraySpec {
  /** ArrayHeight (R) and ArrayWidth (C). */
  rows: number;
  cols: number;
  dataflow: ScaleSimDataflow;
  /** IfmapSramSzkB, FilterSramSzkB, OfmapSramSzkB. */
  sramKB: { ifmap: number; filter: number; ofmap: number };
}

/**
 * How SCALE-Sim's Python adds the per-fold utilizations it averages: `sequential` (Python <= 3.11,
 * plain left-to-right doubles) or `compensated` (Python >= 3.12's sum(), Neumaier summation). Only the
 * last digits of Mapping Efficiency and Compute Util depend on it.
 */
export type PythonSummation = 'sequential' | 'compensated';

/** The GEMM a layer becomes and how SCALE-Sim folds it onto the array (topology_utils.py, systolic_compute_*.py). */
export interface ScaleSimMapping {
  dataflow: ScaleSimDataflow;
  rows: number;
  cols: number;
  /** im2col GEMM: M output pixels, N filters, K window elements. */
  m: number;
  n: number;
  k: number;
  /** Operand dimension spread over the array's rows (Sr), its columns (Sc), and streamed in time (T). */
  sr: number;
  sc: number;
  t: number;
  rowFolds: number;
  colFolds: number;
  folds: number;
  /** Demand rows per fold: 2R + C + T - 2 (ws, is) or R + C + T - 2 (os, SCALE-Sim's code omits the drain). */
  foldRows: number;
  /** Demand rows of the layer, folds x foldRows: SCALE-Sim's stall-free cycle count plus one. */
  demandRows: number;
  /** The denominator SCALE-Sim uses for a fold's compute utilization: 2R + 2C + T - 3 (ws, is) or R + C + T - 2 (os). */
  utilizationRows: number;
  macs: number;
}

/** SCALE-Sim's fold mapping of a layer (topology_utils.calc_spatio_temporal_params and the compute classes' set_params). */
export function scaleSimMapping(layer: ScaleSimLayerShape, array: Pick<ScaleSimArraySpec, 'rows' | 'cols' | 'dataflow'>): ScaleSimMapping {
  const R = array.rows,
    C = array.cols;
  const m = layer.ofmapHeight * layer.ofmapWidth;
  const n = layer.numFilters;
  const k = layer.filterHeight * layer.filterWidth * layer.channels;
  const [sr, sc, t] = array.dataflow === 'ws' ? [k, n, m] : array.dataflow === 'is' ? [k, m, n] : [m, n, k];
  const rowFolds = Math.ceil(sr / R),
    colFolds = Math.ceil(sc / C);
  const os = array.dataflow === 'os';
  const foldRows = os ? R + C + t - 2 : 2 * R + C + t - 2;
  return {
    dataflow: array.dataflow,
    rows: R,
    cols: C,
    m,
    n,
    k,
    sr,
    sc,
    t,
    rowFolds,
    colFolds,
    folds: rowFolds * colFolds,
    foldRows,
    demandRows: rowFolds * colFolds * foldRows,
    utilizationRows: os ? foldRows : foldRows + C - 1,
    macs: m * n * k,
  };
}

/** SRAM access counts, as the compute classes count them (every cell of a fold's operand block, invalid addresses too). */
export interface ScaleSimSramCounts {
  ifmapReads: number;
  filterReads: number;
  ofmapWrites: number;
}

/** The SRAM reads and writes SCALE-Sim reports for a layer (closed forms of its per-fold counting). */
export function scaleSimSramCounts(map: ScaleSimMapping): ScaleSimSramCounts {
  const { m, n, k, rowFolds, colFolds } = map;
  switch (map.dataflow) {
    case 'ws': // ifmap M x (rows used) per fold, the K x N filter once, M x (cols used) outputs per fold
      return { ifmapReads: m * k * colFolds, filterReads: k * n, ofmapWrites: m * n * rowFolds };
    case 'is': // the K x M ifmap once, N x (rows used) filter per fold, N x (cols used) outputs per fold
      return { ifmapReads: k * m, filterReads: n * k * colFolds, ofmapWrites: n * m * rowFolds };
    case 'os':
      // systolic_compute_os.py adds shape[0] + shape[1] (= R + C) of the padded block per fold on top of
      // the block's size: a counting slip (SCALE-Sim issue #166), reproduced here
      return { ifmapReads: k * m * colFolds, filterReads: k * n * rowFolds, ofmapWrites: m * n + map.folds * (map.rows + map.cols) };
  }
}

/** Python's sum() of floats: sequential before 3.12, Neumaier-compensated from 3.12 on. */
export function pythonSum(values: readonly number[], summation: PythonSummation): number {
  let sum = 0;
  if (summation === 'sequential') {
    for (const x of values) sum += x;
    return sum;
  }
  let c = 0;
  for (const x of values) {
    const t = sum + x;
    c += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
    sum = t;
  }
  return c !== 0 && Number.isFinite(c) ? sum + c : sum;
}

/** Mapping Efficiency % and Compute Util % as SCALE-Sim averages them over the folds. */
export function scaleSimUtilizations(map: ScaleSimMapping, summation: PythonSummation): { mappingEfficiency: number; computeUtil: number } {
  const R = map.rows,
    C = map.cols;
  const mapping: number[] = [],
    compute: number[] = [];
  for (let fc = 0; fc < map.colFolds; fc++) {
    const colsUsed = Math.min(C, map.sc - fc * C);
    for (let fr = 0; fr < map.rowFolds; fr++) {
      const macsUsed = Math.min(R, map.sr - fr * R) * colsUsed;
      mapping.push(macsUsed / (R * C));
      compute.push((macsUsed * map.t) / (R * C * map.utilizationRows));
    }
  }
  return {
    mappingEfficiency: (pythonSum(mapping, summation) / mapping.length) * 100,
    computeUtil: (pythonSum(compute, summation) / compute.length) * 100,
  };
}

// ---------------------------------------------------------------------------------------------
// Operand address maps (operand_matrix.py). Offsets (IfmapOffset etc.) only shift the addresses;
// the bookkeeping depends on which addresses are equal, so addresses here start at 0.

/** One operand matrix: the SRAM address of element (row, col), or -1 where operand_matrix.py puts -1. */
interface OperandMatrix {
  /** Number of distinct addresses it can hold (addresses are in [0, space)). */
  readonly space: number;
  /** Every element has an address of its own (and none is -1). */
  readonly injective: boolean;
  /**
   * Writes the addresses of the n elements (row + c * dRow, col + c * dCol), c = 0 .. n - 1, to
   * out[0 .. n - 1]: a demand row's cells lie on such a line (a diagonal of a skewed stream, a row or
   * column of a block), and a loop per line costs far less than a call per cell.
   */
  line(out: Int32Array, row: number, dRow: number, col: number, dCol: number, n: number): void;
}

/** The im2col ifmap, M x K: element (m, k) is pixel ((r*Sh + fr) * W + c*Sw + fc) * C + ch, -1 where the window hangs over the edge. */
class IfmapMatrix implements OperandMatrix {
  readonly space: number;
  readonly injective = false; // windows overlap: a pixel is in many
  private readonly mOffset: Int32Array;
  private readonly mRow: Int32Array;
  private readonly mCol: Int32Array;
  private readonly kOffset: Int32Array;
  private readonly kRow: Int32Array;
  private readonly kCol: Int32Array;
  private readonly height: number;
  private readonly width: number;
  /** No window hangs over the edge (the stride divides H - F and W - F): every element is a pixel, no check needed. */
  private readonly noOverhang: boolean;

  constructor(l: ScaleSimLayerShape) {
    const M = l.ofmapHeight * l.ofmapWidth,
      K = l.filterHeight * l.filterWidth * l.channels;
    this.height = l.ifmapHeight;
    this.width = l.ifmapWidth;
    this.space = l.ifmapHeight * l.ifmapWidth * l.channels;
    this.noOverhang =
      (l.ofmapHeight - 1) * l.strideHeight + l.filterHeight <= l.ifmapHeight &&
      (l.ofmapWidth - 1) * l.strideWidth + l.filterWidth <= l.ifmapWidth;
    this.mOffset = new Int32Array(M);
    this.mRow = new Int32Array(M);
    this.mCol = new Int32Array(M);
    for (let m = 0; m < M; m++) {
      const r = Math.floor(m / l.ofmapWidth) * l.strideHeight,
        c = (m % l.ofmapWidth) * l.strideWidth;
      this.mRow[m] = r;
      this.mCol[m] = c;
      this.mOffset[m] = (r * l.ifmapWidth + c) * l.channels;
    }
    this.kOffset = new Int32Array(K);
    this.kRow = new Int32Array(K);
    this.kCol = new Int32Array(K);
    const rowLength = l.filterWidth * l.channels;
    for (let k = 0; k < K; k++) {
      const r = Math.floor(k / rowLength),
        c = Math.floor((k % rowLength) / l.channels),
        ch = k % l.channels;
      this.kRow[k] = r;
      this.kCol[k] = c;
      this.kOffset[k] = (r * l.ifmapWidth + c) * l.channels + ch;
    }
  }

  line(out: Int32Array, m: number, dm: number, k: number, dk: number, n: number): void {
    const { mRow, mCol, mOffset, kRow, kCol, kOffset, height, width } = this;
    if (this.noOverhang) for (let c = 0; c < n; c++, m += dm, k += dk) out[c] = mOffset[m]! + kOffset[k]!;
    else
      for (let c = 0; c < n; c++, m += dm, k += dk)
        out[c] = mRow[m]! + kRow[k]! >= height || mCol[m]! + kCol[k]! >= width ? -1 : mOffset[m]! + kOffset[k]!;
  }
}

/**
 * The filter, K x N: SCALE-Sim's address of element (k, n) is n * K + k; it is numbered k * N + n
 * here, equal exactly where SCALE-Sim's are, so that a row of the weight-stationary block (the
 * filters of one k) is contiguous in the read buffer's seen-table rather than K apart.
 */
class FilterMatrix implements OperandMatrix {
  readonly space: number;
  readonly injective = true;
  constructor(
    k: number,
    private readonly n: number,
  ) {
    this.space = k * n;
  }
  line(out: Int32Array, k: number, dk: number, n: number, dn: number, count: number): void {
    const N = this.n;
    for (let c = 0, a = k * N + n, step = dk * N + dn; c < count; c++, a += step) out[c] = a;
  }
}

// ---------------------------------------------------------------------------------------------
// The demand streams. Per fold, an operand's demand is one of three shapes (the compute classes'
// create_*_demand_mat): a stream of T rows entering skewed (column c delayed c cycles) after
// `lead` empty rows; the stationary block loaded in the fold's first R rows, bottom row first
// (np.flip); or, for OS outputs, the R rows read out skewed, bottom row first, after T - 1 rows.

/** Where fold (fr, fc)'s demand cells come from: cell (i, c) is operand element (iBase + i, cBase + c), or (cBase + c, iBase + i) when transposed. */
interface StreamShape {
  kind: 'stream' | 'block' | 'drain';
  /** stream: empty rows before the first data row; drain: T - 1 */
  lead: number;
  /** columns of the demand matrix holding data in this fold: rows or columns used */
  used: (fr: number, fc: number) => number;
  /** block, drain: rows of the stationary block holding data */
  blockRows: (fr: number, fc: number) => number;
  iBase: (fr: number, fc: number) => number;
  cBase: (fr: number, fc: number) => number;
  transposed: boolean;
}

/** The reads of one operand, fed to a read buffer one demand row at a time. */
interface ReadSink {
  /** The row's first n cells, left to right (addrs[i] < 0: an empty cell). */
  readRow(row: number, addrs: Int32Array, n: number): void;
  /** The row reads n addresses that the stream reads nowhere else. */
  countRow(row: number, n: number): void;
}

/** Walks one read operand's demand matrix in SCALE-Sim's order (row by row, columns left to right). */
function walkReads(map: ScaleSimMapping, shape: StreamShape, matrix: OperandMatrix, sink: ReadSink): void {
  const R = map.rows,
    T = map.t,
    L = map.foldRows,
    tr = shape.transposed;
  const cells = new Int32Array(Math.max(map.rows, map.cols));
  let base = 0;
  for (let fc = 0; fc < map.colFolds; fc++) {
    for (let fr = 0; fr < map.rowFolds; fr++, base += L) {
      const used = shape.used(fr, fc),
        ib = shape.iBase(fr, fc),
        cb = shape.cBase(fr, fc);
      if (shape.kind === 'block') {
        // the fold's first R rows load the stationary block bottom row first: row i holds block row R - 1 - i
        for (let i = R - shape.blockRows(fr, fc); i < R; i++) {
          // the folds' blocks tile the matrix: each element is loaded once, so where each has its own
          // address, none repeats and only their number matters (the weight-stationary filter)
          if (matrix.injective) {
            sink.countRow(base + i, used);
            continue;
          }
          const r = ib + R - 1 - i;
          if (tr) matrix.line(cells, cb, 1, r, 0, used);
          else matrix.line(cells, r, 0, cb, 1, used);
          sink.readRow(base + i, cells, used);
        }
        continue;
      }
      // a skewed stream: at row j, column c holds stream element j - c - lead
      const lead = shape.lead;
      for (let j = lead; j < L; j++) {
        const cLow = Math.max(0, j - lead - T + 1),
          n = Math.min(used - 1, j - lead) - cLow + 1;
        if (n <= 0) continue;
        const t = ib + j - cLow - lead;
        if (tr) matrix.line(cells, cb + cLow, 1, t, -1, n);
        else matrix.line(cells, t, -1, cb + cLow, 1, n);
        sink.readRow(base + j, cells, n);
      }
    }
  }
}

/** Calls `words(row, n)` for every demand row of the output operand that writes n > 0 outputs, in order. */
function walkWrites(map: ScaleSimMapping, shape: StreamShape, words: (row: number, n: number) => void): void {
  const R = map.rows,
    L = map.foldRows;
  let base = 0;
  for (let fc = 0; fc < map.colFolds; fc++) {
    for (let fr = 0; fr < map.rowFolds; fr++, base += L) {
      const used = shape.used(fr, fc),
        lead = shape.lead;
      // a stream of `span` rows skewed over `used` columns; a drain keeps only block rows < blockRows
      const span = shape.kind === 'drain' ? R : map.t;
      const skip = shape.kind === 'drain' ? R - shape.blockRows(fr, fc) : 0; // flipped: the padding rows come first
      for (let j = lead + skip; j < L; j++) {
        const cLow = Math.max(0, j - lead - span + 1),
          cHigh = Math.min(used - 1, j - lead - skip);
        if (cHigh >= cLow) words(base + j, cHigh - cLow + 1);
      }
    }
  }
}

/** The three demand shapes of a dataflow (systolic_compute_ws/is/os.py). */
function demandShapes(map: ScaleSimMapping): { ifmap: StreamShape; filter: StreamShape; ofmap: StreamShape } {
  const R = map.rows,
    C = map.cols;
  const rowsUsed = (fr: number) => Math.min(R, map.sr - fr * R);
  const colsUsed = (_fr: number, fc: number) => Math.min(C, map.sc - fc * C);
  const byRows = (fr: number) => fr * R,
    byCols = (_fr: number, fc: number) => fc * C,
    zero = () => 0;
  const stream = (lead: number, used: StreamShape['used'], cBase: StreamShape['cBase'], transposed: boolean): StreamShape => ({
    kind: 'stream',
    lead,
    used,
    blockRows: rowsUsed,
    iBase: zero,
    cBase,
    transposed,
  });
  switch (map.dataflow) {
    case 'ws': // filter stationary (K x N); the ifmap streams M rows over the array rows; M outputs per column
      return {
        ifmap: stream(R, rowsUsed, byRows, false),
        filter: { kind: 'block', lead: 0, used: colsUsed, blockRows: rowsUsed, iBase: byRows, cBase: byCols, transposed: false },
        ofmap: stream(2 * R - 1, colsUsed, byCols, false),
      };
    case 'is': // ifmap stationary (K x M); the filter streams N rows over the array rows; N outputs per column
      return {
        ifmap: { kind: 'block', lead: 0, used: colsUsed, blockRows: rowsUsed, iBase: byRows, cBase: byCols, transposed: true },
        filter: stream(R, rowsUsed, byRows, true),
        ofmap: stream(2 * R - 1, colsUsed, byCols, true),
      };
    case 'os': // outputs stationary (M x N); ifmap and filter stream K elements; the outputs leave bottom row first
      return {
        ifmap: stream(0, rowsUsed, byRows, true),
        filter: stream(0, colsUsed, byCols, false),
        ofmap: { kind: 'drain', lead: map.t - 1, used: colsUsed, blockRows: rowsUsed, iBase: byRows, cBase: byCols, transposed: false },
      };
  }
}

// ---------------------------------------------------------------------------------------------
// Memory bookkeeping (CALC mode)

/** First and last cycle a stream touches memory, and how many words it moves. */
export interface ScaleSimAccess {
  start: number;
  stop: number;
  count: number;
}

/** CALC-mode DRAM bandwidth of a read buffer before the first prefetch is timed (single_layer_sim.py: "10 elems per cycle is arbitrary"). */
const CALC_INITIAL_BANDWIDTH = 10;
/** SCALE-Sim splits each scratchpad 50/50 into active and prefetch halves, tracked as 100 sets. */
const SETS = 100;
const ACTIVE_SETS = 50;

/**
 * read_buffer_estimate_bw.py: new addresses are collected into sets of size/100 words; once the
 * active half's 50 sets are full, those addresses are "prefetched" from DRAM over the cycles since
 * the previous prefetch, and a new window starts (addresses seen before it count as new again).
 * The very first half is fetched before cycle 0 at 10 words per cycle.
 */
class EstimateReadBuffer {
  private readonly itemsPerSet: number;
  private readonly windowSize: number;
  private readonly space: number;
  /** The window each address was last counted in; made at the first read that needs it. */
  private seen: Int32Array | undefined;
  /** Windows are numbered from 1: the seen-table starts zeroed, with no address in any window. */
  private window = 1;
  private inWindow = 0;
  private activeFetched = false;
  private lastStart = -2;
  private lastEnd = -1;
  private dramStart: number | undefined;
  private dramReads = 0;
  sramFirst: number | undefined;
  sramLast = 0;

  constructor(
    sramKB: number,
    addressSpace: number,
    private readonly what: string,
  ) {
    this.space = addressSpace;
    this.itemsPerSet = Math.floor((sramKB * 1024) / SETS);
    if (this.itemsPerSet < 1) throw new RangeError(`${what} SRAM of ${sramKB} kB is smaller than SCALE-Sim's 100 sets`);
    this.windowSize = (SETS - ACTIVE_SETS) * this.itemsPerSet;
  }

  /** The demanded addresses (addrs[i] < 0: none) of the demand row served at `cycle`, left to right. */
  readRow(cycle: number, addrs: Int32Array, n: number): void {
    const seen = (this.seen ??= new Int32Array(this.space)),
      size = this.windowSize;
    let window = this.window,
      inWindow = this.inWindow,
      valid = false;
    for (let i = 0; i < n; i++) {
      const a = addrs[i]!;
      if (a < 0) continue;
      valid = true;
      if (seen[a] === window) continue;
      seen[a] = window;
      if (++inWindow < size) continue;
      this.sramFirst ??= cycle + 1;
      this.windowFull(cycle);
      window = this.window;
      inWindow = 0;
    }
    this.inWindow = inWindow;
    if (!valid) return;
    this.sramFirst ??= cycle + 1; // SRAM hit latency 1
    this.sramLast = cycle + 1;
  }

  /** n demanded addresses, new to the stream, in the demand row served at `cycle` (readRow without the seen-table). */
  countRow(cycle: number, n: number): void {
    if (n <= 0) return;
    for (let left = n; ;) {
      const room = this.windowSize - this.inWindow;
      if (left < room) {
        this.inWindow += left;
        break;
      }
      left -= room;
      this.sramFirst ??= cycle + 1;
      this.windowFull(cycle);
      this.inWindow = 0;
    }
    this.sramFirst ??= cycle + 1; // SRAM hit latency 1
    this.sramLast = cycle + 1;
  }

  /** The active half's sets are full at `cycle`: prefetch them, start a new window. */
  private windowFull(cycle: number): void {
    if (!this.activeFetched) {
      const end = this.sramFirst! - 3; // first request - 1 - DRAM latency (read_port: 1)
      this.prefetch(end - Math.ceil(this.windowSize / CALC_INITIAL_BANDWIDTH) + 1, end, this.windowSize);
      this.activeFetched = true;
    } else this.prefetch(this.lastStart, this.lastEnd, this.windowSize);
    this.lastStart = this.lastEnd + 1;
    this.lastEnd = cycle;
    this.window++;
  }

  /** complete_all_prefetches(): fetches the sets of the unfinished window; returns the DRAM access. */
  finish(): ScaleSimAccess {
    if (!this.activeFetched) {
      if (this.inWindow === 0) throw new RangeError(`the ${this.what} stream is empty (SCALE-Sim fails on it)`);
      const sets = Math.ceil(this.inWindow / this.itemsPerSet);
      this.prefetch(-2 - Math.ceil((sets * this.itemsPerSet) / CALC_INITIAL_BANDWIDTH) + 1, -2, this.inWindow);
    } else this.prefetch(this.lastStart, this.lastEnd, this.inWindow);
    return { start: this.dramStart!, stop: this.lastPrefetchStop, count: this.dramReads };
  }

  private lastPrefetchStop = 0;

  /** prefetch(): one DRAM request row per cycle in [start, end], answered a cycle later (read_port latency 1). */
  private prefetch(start: number, end: number, words: number): void {
    this.dramStart ??= start + 1;
    this.lastPrefetchStop = end + 1;
    this.dramReads += words;
  }
}

/**
 * write_buffer.py in CALC mode: outputs are packed into lines of ArrayWidth words; once more than
 * the drain half is waiting, a drain of ceil(half / width) lines starts, one line per cycle, and a
 * write into a full buffer while a drain runs stalls the array. A line closed early (the drain
 * flushes the partly filled line) counts as full unless it is the last line of its drain, so the
 * DRAM write count can exceed the SRAM writes (the AlexNet Conv1 golden trace: 3,484,831 vs 3,484,800).
 */
class DrainingWriteBuffer {
  private readonly total: number;
  private readonly drainSize: number;
  private free: number;
  private lineFill = 0;
  /** Valid words of every closed line not yet drained, oldest first. */
  private readonly lines = new LineQueue();
  private drainEnd = 0;
  private dramStart: number | undefined;
  private dramStop = 0;
  private dramWrites = 0;

  constructor(
    sramKB: number,
    private readonly width: number,
  ) {
    this.total = sramKB * 1024;
    this.drainSize = this.total - Math.ceil(this.total * 0.5);
    this.free = this.total;
  }

  /** Writes `words` outputs in the demand row issued at `cycle`; returns the row's stall cycles. */
  writeRow(cycle: number, words: number): number {
    let current = cycle;
    let offset = 0;
    const threshold = this.total - this.drainSize;
    // word by word, SCALE-Sim checks after each write; between the words where a check fires nothing
    // happens but filling lines, so the words are taken in runs up to the next one that fires
    for (let left = words; left > 0;) {
      const draining = current < this.drainEnd;
      const run = Math.min(left, draining ? Math.max(1, this.free) : Math.max(1, this.free - threshold + 1));
      this.fill(run);
      left -= run;
      if (draining) {
        if (this.free <= 0) {
          offset += Math.max(this.drainEnd - current, 0);
          current = this.drainEnd;
        }
      } else if (this.free < threshold) {
        if (this.lineFill > 0) this.closeLine();
        this.drainEnd = this.drain(current);
      }
    }
    return offset;
  }

  /** store_to_trace_mat_cache() for n words: lines of `width` words close as they fill. */
  private fill(n: number): void {
    this.free -= n;
    const fill = this.lineFill + n;
    this.lines.push(this.width, Math.floor(fill / this.width));
    this.lineFill = fill % this.width;
  }

  /** empty_all_buffers(): drains everything left, starting at the last demand row's cycle. */
  finish(cycle: number): ScaleSimAccess {
    if (this.lineFill > 0) this.closeLine();
    let at = cycle;
    while (this.lines.size > 0) at = this.drain(at) + 1;
    if (this.dramStart === undefined) throw new RangeError('the OFMAP stream is empty (SCALE-Sim fails on it)');
    return { start: this.dramStart, stop: this.dramStop, count: this.dramWrites };
  }

  private closeLine(): void {
    this.lines.push(this.lineFill, 1);
    this.lineFill = 0;
  }

  /** empty_drain_buf(): returns the cycle of its last line. */
  private drain(start: number): number {
    const count = Math.min(Math.ceil(this.drainSize / this.width), this.lines.size);
    if (count === 0) throw new RangeError('SCALE-Sim drains an empty OFMAP buffer here (it fails on this layer)');
    const last = this.lines.take(count);
    // empty_drain_buf() subtracts the -1 padding of the last line only
    const words = (count - 1) * this.width + last;
    this.dramWrites += words;
    this.free += words;
    this.dramStart ??= start;
    this.dramStop = start + count - 1;
    return this.dramStop;
  }
}

/** A FIFO of lines (their valid word counts), run-length encoded: most lines are full. */
class LineQueue {
  private fills: number[] = [];
  private repeats: number[] = [];
  private head = 0;
  size = 0;

  push(fill: number, repeat: number): void {
    if (repeat === 0) return;
    const last = this.fills.length - 1;
    if (last >= this.head && this.fills[last] === fill) this.repeats[last]! += repeat;
    else {
      this.fills.push(fill);
      this.repeats.push(repeat);
    }
    this.size += repeat;
  }

  /** Removes the `count` oldest lines (count <= size); returns the fill of the last one removed. */
  take(count: number): number {
    this.size -= count;
    for (;;) {
      const r = this.repeats[this.head]!;
      if (r > count) {
        this.repeats[this.head] = r - count;
        return this.fills[this.head]!;
      }
      const fill = this.fills[this.head]!;
      this.head++;
      count -= r;
      if (count === 0) {
        if (this.head > 4096) {
          this.fills = this.fills.slice(this.head);
          this.repeats = this.repeats.slice(this.head);
          this.head = 0;
        }
        return fill;
      }
    }
  }
}

/** Everything SCALE-Sim's memory model reports for a layer in CALC mode. */
export interface ScaleSimMemoryReport {
  /** Stall cycles: only the OFMAP buffer can stall in CALC mode. */
  stallCycles: number;
  sramIfmap: ScaleSimAccess;
  sramFilter: ScaleSimAccess;
  sramOfmap: ScaleSimAccess;
  dramIfmap: ScaleSimAccess;
  dramFilter: ScaleSimAccess;
  dramOfmap: ScaleSimAccess;
}

/**
 * Runs a layer's demand streams through SCALE-Sim's CALC-mode memory model
 * (double_buffered_scratchpad.service_memory_requests). Start/stop cycles are demand-row indices
 * shifted by the stalls before them (+1 SRAM hit latency for the read buffers), as in its traces.
 */
export function scaleSimMemory(
  layer: ScaleSimLayerShape,
  array: ScaleSimArraySpec,
  map = scaleSimMapping(layer, array),
): ScaleSimMemoryReport {
  const shapes = demandShapes(map);
  const counts = scaleSimSramCounts(map);

  // OFMAP first: its stalls shift the cycles at which the later rows (of every operand) are served
  const ofmapBuffer = new DrainingWriteBuffer(array.sramKB.ofmap, array.cols);
  const stallRows: number[] = [],
    stallTotals: number[] = [];
  let stalls = 0;
  let ofmapFirst: number | undefined,
    ofmapLast = 0;
  walkWrites(map, shapes.ofmap, (row, n) => {
    const stall = ofmapBuffer.writeRow(row + stalls, n);
    if (stall > 0) {
      stalls += stall;
      stallRows.push(row + 1);
      stallTotals.push(stalls);
    }
    ofmapFirst ??= row + stalls;
    ofmapLast = row + stalls;
  });
  // the buffer drains what is left from the last demand row on, which may carry no outputs
  const dramOfmap = ofmapBuffer.finish(map.demandRows - 1 + stalls);

  /** Stalls of the demand rows before `row` (their sum shifts the row's cycle). */
  const stallsBefore = (row: number): number => {
    let lo = 0,
      hi = stallRows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (stallRows[mid]! <= row) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? 0 : stallTotals[lo - 1]!;
  };
  const readStream = (shape: StreamShape, matrix: OperandMatrix, sramKB: number, what: string) => {
    const buffer = new EstimateReadBuffer(sramKB, matrix.space, what);
    const sink: ReadSink =
      stallRows.length === 0
        ? buffer
        : {
            readRow: (row, addrs, n) => buffer.readRow(row + stallsBefore(row), addrs, n),
            countRow: (row, n) => buffer.countRow(row + stallsBefore(row), n),
          };
    walkReads(map, shape, matrix, sink);
    const dram = buffer.finish();
    return { sram: { start: buffer.sramFirst ?? 0, stop: buffer.sramLast, count: 0 }, dram };
  };
  const ifmap = readStream(shapes.ifmap, new IfmapMatrix(layer), array.sramKB.ifmap, 'IFMAP');
  const filter = readStream(shapes.filter, new FilterMatrix(map.k, map.n), array.sramKB.filter, 'Filter');
  return {
    stallCycles: stalls,
    sramIfmap: { ...ifmap.sram, count: counts.ifmapReads },
    sramFilter: { ...filter.sram, count: counts.filterReads },
    sramOfmap: { start: ofmapFirst ?? 0, stop: ofmapLast, count: counts.ofmapWrites },
    dramIfmap: ifmap.dram,
    dramFilter: filter.dram,
    dramOfmap,
  };
}
