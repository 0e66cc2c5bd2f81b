// Shared state of the simulated ASIC: the configuration, the memories, the loaded program in
// decoded form (structure of arrays), the weight-tile table, the hazard scoreboard's result
// (per-instruction dependencies), the per-instruction timing both engines fill in, the counters,
// and error reporting. Both fidelities (fast.ts, exact.ts) run on this state.
import {
  ACTIVATE_acc, ACTIVATE_len, ACTIVATE_out16, ACTIVATE_params, ACTIVATE_perColumn, ACTIVATE_pool,
  ACTIVATE_strided, ACTIVATE_ub,
  MATMUL_acc, MATMUL_cols, MATMUL_conv, MATMUL_fence, MATMUL_in16, MATMUL_len, MATMUL_pitch, MATMUL_step,
  MATMUL_switch, MATMUL_ub, MATMUL_w16,
  OP_ACTIVATE, OP_HALT, OP_MATMUL, OP_READ_HOST, OP_READ_WEIGHTS, OP_SET, OP_TAG, OP_VECTOR, OP_WRITE_HOST,
  POOL_NONE, READ_HOST_host, READ_HOST_rowBytes, READ_HOST_rows, READ_HOST_ub,
  READ_WEIGHTS_addr, READ_WEIGHTS_tiles, READ_WEIGHTS_transpose, READ_WEIGHTS_ub, READ_WEIGHTS_usedCols,
  READ_WEIGHTS_usedRows, READ_WEIGHTS_w16,
  REG_COUNT, REG_IN_LANE, REG_OUT_COUNT, REG_OUT_LANE, REG_OUT_PITCH, REG_OUT_STEP, REG_WT_LANE,
  REG_POOL_IN_HEIGHT, REG_POOL_IN_WIDTH, REG_POOL_KH, REG_POOL_KW, REG_POOL_OUT_HEIGHT, REG_POOL_OUT_WIDTH,
  REG_POOL_PAD_LEFT, REG_POOL_PAD_TOP, REG_POOL_SH, REG_POOL_SW,
  SET_reg, SET_value, TAG_id,
  UNIT_ACTIVATE, UNIT_HOST, UNIT_MATRIX, UNIT_WEIGHTS, opUnit, registerReset,
} from './generated/isa';
import {
  ERR_ACC_RANGE, ERR_BAD_CONV, ERR_FIFO_TOO_SMALL, ERR_HALT_NOT_LAST, ERR_HOST_RANGE, ERR_IN_LANE_RANGE, ERR_NO_HALT,
  ERR_NO_TILE, ERR_OK, ERR_OUT_LANE_RANGE, ERR_OUT_PATTERN, ERR_POOL_SHAPE, ERR_POOL_WINDOW, ERR_ROW_BYTES, ERR_TILE_WIDTH,
  ERR_TRANSPOSE_NEEDS_UB, ERR_UB_RANGE, ERR_UB_TILE_ORDER, ERR_UB_WEIGHTS_DISABLED, ERR_UB_WEIGHTS_W16, ERR_WEIGHT_RANGE,
  ERR_WT_LANE_RANGE, NUM_COUNTERS,
} from './generated/core';
import { loadVector } from './vector';

// ---------------------------------------------------------------------------------------------
// Small memory helpers (all arrays below are raw, unmanaged allocations)

@inline export function ldI32(base: usize, i: i32): i32 { return load<i32>(base + (<usize>i << 2)); }
@inline export function stI32(base: usize, i: i32, v: i32): void { store<i32>(base + (<usize>i << 2), v); }
@inline export function ldI64(base: usize, i: i32): i64 { return load<i64>(base + (<usize>i << 3)); }
@inline export function stI64(base: usize, i: i32, v: i64): void { store<i64>(base + (<usize>i << 3), v); }
@inline export function ldU32(base: usize, i: i32): u32 { return load<u32>(base + (<usize>i << 2)); }

/** `n`, or 1 when `n` is not positive, as a size: arrays are never allocated empty. */
@inline export function atLeastOne(n: i32): usize { return <usize>max<i32>(n, 1); }

/** Allocates `bytes` of zeroed unmanaged memory, 16-aligned for SIMD; returns heap.alloc's raw pointer. */
function allocRaw(bytes: usize, zeroed: bool = true): usize {
  const size: usize = bytes < 16 ? <usize>16 : (bytes + 15) & ~<usize>15;
  const oldEnd = <usize>memory.size() << 16;
  const p = heap.alloc(size + 16);
  // pages grown by this allocation are zero (wasm zeroes new memory): clearing only what lay below
  // the old end keeps a large, mostly unused allocation (accumulators) from being touched at all
  const start = (p + 15) & ~<usize>15;
  if (zeroed && start < oldEnd) memory.fill(start, 0, min<usize>(size, oldEnd - start));
  return p;
}

// Raw pointers returned by heap.alloc, for freeing (aligned pointer → raw pointer)
const owned = new Map<usize, usize>();
function allocOwned(bytes: usize, zeroed: bool = true): usize {
  const p = allocRaw(bytes, zeroed);
  const aligned = (p + 15) & ~<usize>15;
  owned.set(aligned, p);
  return aligned;
}
function freeOwned(aligned: usize): void {
  if (aligned == 0) return;
  if (owned.has(aligned)) {
    heap.free(owned.get(aligned));
    owned.delete(aligned);
  }
}

/** Replaces scratch buffer `old` (0: none) by a new zeroed one of `bytes`; the old contents are dropped. */
export function regrow(old: usize, bytes: usize): usize {
  freeOwned(old);
  return allocOwned(bytes);
}

// ---------------------------------------------------------------------------------------------
// Configuration (set by configure())

/** Matrix unit rows and columns, UB row width in bytes. */
export let R: i32 = 0;
export let C: i32 = 0;
export let W: i32 = 0;
export let UB_ROWS: i32 = 0;
export let ACC_ROWS: i32 = 0;
/** Weight FIFO depth in tile slots. */
export let FIFO_SLOTS: i32 = 0;
/** Weight transfer time of n bytes = ceil(n * W_NUM / W_DEN) cycles (W_NUM = 0: ideal memory). */
export let W_NUM: u64 = 0;
export let W_DEN: u64 = 1;
export let W_LAT: i64 = 0;
/** Host transfer time of n bytes = ceil(n * H_NUM / H_DEN) cycles. */
export let H_NUM: u64 = 0;
export let H_DEN: u64 = 1;
export let H_LAT: i64 = 0;
/** Activation pipeline latency in cycles. */
export let ACT_LAT: i64 = 0;
/** Weight double buffering (TPU v1) or single-buffered shifts after drain (SCALE-Sim). */
export let DOUBLE_BUFFER: bool = true;
/** READ_WEIGHTS may read tiles from the Unified Buffer (config weightFifo.fromUnifiedBuffer). */
export let UB_TO_FIFO: bool = false;

/** Transfer cycles for n bytes on the weight-memory channel. */
@inline export function xferW(n: u64): i64 {
  return W_NUM == 0 ? 0 : <i64>((n * W_NUM + W_DEN - 1) / W_DEN);
}
/** Transfer cycles for n bytes on the host link. */
@inline export function xferH(n: u64): i64 {
  return H_NUM == 0 ? 0 : <i64>((n * H_NUM + H_DEN - 1) / H_DEN);
}

// ---------------------------------------------------------------------------------------------
// Memories

/** Unified Buffer: UB_ROWS rows of W bytes. */
export let ub: usize = 0;
/** Accumulators: ACC_ROWS rows of C int32. */
export let acc: usize = 0;
export let hostMem: usize = 0;
export let hostBytes: u64 = 0;
export let weightMem: usize = 0;
export let weightBytes: u64 = 0;

/** Sets the hardware configuration and allocates (zeroed) UB and accumulators. */
export function configure(
  rows: i32, cols: i32, ubRows: i32, accRows: i32, fifoSlots: i32,
  wNum: u64, wDen: u64, wLat: i64, hNum: u64, hDen: u64, hLat: i64, actLat: i64, doubleBuffer: bool, ubToFifo: bool,
): void {
  freeOwned(ub);
  freeOwned(acc);
  R = rows;
  C = cols;
  W = rows > cols ? rows : cols;
  UB_ROWS = ubRows;
  ACC_ROWS = accRows;
  FIFO_SLOTS = fifoSlots;
  W_NUM = wNum;
  W_DEN = wDen == 0 ? 1 : wDen;
  W_LAT = wLat;
  H_NUM = hNum;
  H_DEN = hDen == 0 ? 1 : hDen;
  H_LAT = hLat;
  ACT_LAT = actLat;
  DOUBLE_BUFFER = doubleBuffer;
  UB_TO_FIFO = ubToFifo;
  // each memory and its scoreboard rows (the UB's also the block maps) in one allocation: a large
  // memory lands in freshly grown (zero) memory, which allocRaw does not clear, and costs nothing
  // until a program touches its rows; a separate allocation would land in the rest of that growth
  // below the old end and be cleared, faulting in every page
  const ubBytes = (<usize>ubRows * <usize>W + 15) & ~<usize>15;
  const accBytes = <usize>accRows * <usize>cols * 4;
  ubBlocks = blocksOf(<usize>ubRows * <usize>W);
  accBlocks = blocksOf(accBytes);
  ubRowBlocks = <usize>(((<i64>ubRows) + (1 << ROW_BLOCK_SHIFT) - 1) >> ROW_BLOCK_SHIFT);
  accRowBlocks = <usize>(((<i64>accRows) + (1 << ROW_BLOCK_SHIFT) - 1) >> ROW_BLOCK_SHIFT);
  const ubScoreboard = <usize>ubRows * <usize>(1 + UB_READER_SLOTS) << 2;
  // four maps: UB dirty, UB written by the loaded program, then the same for the accumulators
  const dirtyBytes: usize = 2 * (ubBlocks + accBlocks);
  ub = allocOwned(ubBytes + ubScoreboard + dirtyBytes + ubRowBlocks + accRowBlocks);
  ubWriter = ub + ubBytes;
  ubReader = ubWriter + (<usize>ubRows << 2);
  dirtyMaps = ubWriter + ubScoreboard;
  touchedMaps = dirtyMaps + dirtyBytes;
  acc = allocOwned(accBytes + (<usize>accRows * <usize>(1 + READER_SLOTS) << 2));
  accWriter = acc + accBytes;
  accReader = accWriter + (<usize>accRows << 2);
}

/**
 * Allocates host memory of `bytes` bytes and returns its address for the host to fill: uncleared,
 * as the host writes every byte (a session's host images run to tens of megabytes per step).
 */
export function allocHost(bytes: u64): usize {
  freeOwned(hostMem);
  hostBytes = bytes;
  hostMem = allocOwned(<usize>bytes, false);
  return hostMem;
}

/**
 * Allocates weight memory of `bytes` bytes and returns its address for the host to fill: uncleared,
 * as the host writes every byte before an engine executes data effects (only they read it), and
 * not at all for timing-only runs.
 */
export function allocWeights(bytes: u64): usize {
  freeOwned(weightMem);
  weightBytes = bytes;
  weightMem = allocOwned(<usize>bytes, false);
  return weightMem;
}

// Which 64 KiB blocks of the UB and of the accumulators programs may have written since the last
// reset (one byte per block; the rest are zero), and which the loaded program may write (dirty once
// it runs with data effects: a timing-only run writes neither memory, so nothing is zeroed after
// it; zeroing never-written blocks would only fault them in). Blocks, not one [lo, hi) range: a
// program that writes both halves of a large accumulator array (the scalesim presets' 2^22 rows)
// would otherwise zero, and so fault in, the hundreds of MiB between them at every load.
const BLOCK_SHIFT: usize = 16;
let dirtyMaps: usize = 0;
let ubBlocks: usize = 0;
let accBlocks: usize = 0;

@inline function blocksOf(bytes: usize): usize {
  return (bytes + (<usize>1 << BLOCK_SHIFT) - 1) >> BLOCK_SHIFT;
}

/** Marks bytes [lo, hi) of a memory of `blocks` blocks whose maps start at `maps` as the loaded program's to write. */
function markWritten(maps: usize, blocks: usize, lo: i64, hi: i64): void {
  if (hi <= lo) return;
  let b1 = <usize>((hi - 1) >> <i64>BLOCK_SHIFT);
  if (b1 >= blocks) b1 = blocks - 1; // ranges are checked before the scan; never write past the map
  for (let b = <usize>(lo >> <i64>BLOCK_SHIFT); b <= b1; b++) store<u8>(maps + blocks + b, 1);
}

/** Zeroes the dirty blocks of one memory and unmarks them. */
function resetBlocks(base: usize, bytes: usize, maps: usize, blocks: usize): void {
  for (let b: usize = 0; b < blocks; b++) {
    if (load<u8>(maps + b) == 0) continue;
    const start = b << BLOCK_SHIFT;
    const end = start + (<usize>1 << BLOCK_SHIFT) < bytes ? start + (<usize>1 << BLOCK_SHIFT) : bytes;
    memory.fill(base + start, 0, end - start);
  }
  memory.fill(maps, 0, blocks);
}

/** Marks the blocks the loaded program may write dirty in one memory's maps. */
function markProgramDirty(maps: usize, blocks: usize): void {
  for (let b: usize = 0; b < blocks; b++) if (load<u8>(maps + blocks + b) != 0) store<u8>(maps + b, 1);
}

/** Called by an engine before it executes data effects: from then on the program's blocks may hold data. */
export function markMemoriesDirty(): void {
  markProgramDirty(dirtyMaps, ubBlocks);
  markProgramDirty(dirtyMaps + 2 * ubBlocks, accBlocks);
}

/** Zeroes the UB and the accumulators (a fresh chip), as far as programs may have written them. */
export function resetMemories(): void {
  resetBlocks(ub, <usize>UB_ROWS * <usize>W, dirtyMaps, ubBlocks);
  resetBlocks(acc, <usize>ACC_ROWS * <usize>C * 4, dirtyMaps + 2 * ubBlocks, accBlocks);
}

// ---------------------------------------------------------------------------------------------
// The loaded program

/** Number of instructions. */
export let N: i32 = 0;
/** Raw instruction words, N x 16 bytes (written by the host before loadProgram). */
export let words: usize = 0;
@inline export function wordLo(i: i32): u64 { return load<u64>(words + (<usize>i << 4)); }
@inline export function wordHi(i: i32): u64 { return load<u64>(words + (<usize>i << 4) + 8); }
@inline export function opOf(i: i32): u32 { return <u32>(wordLo(i) & 0xff); }

/** Per instruction: dense tag index (tag ids in tagIds, index 0 = tag 0 before any TAG). */
export let insTag: usize = 0;
/** Per instruction: index of its register snapshot (ACTIVATE and VECTOR only; -1 otherwise). */
export let insSnap: usize = 0;
/** Per instruction: the byte of the UB row its vectors start at (MATMUL in.lane, ACTIVATE out.lane, READ_WEIGHTS wt.lane; 0 otherwise). */
export let insLane: usize = 0;
/** Per instruction: MATMUL → tile it switches to (-1 none); READ_WEIGHTS → its first tile. */
export let insTile: usize = 0;
/** Per instruction: latest earlier conflicting instruction of the host, matrix and activation units (-1 none). */
export let depHost: usize = 0;
export let depMatrix: usize = 0;
export let depAct: usize = 0;
export let depWeights: usize = 0;
export let depVector: usize = 0;

/** Register snapshots: REG_COUNT u32 each. */
export let snaps: usize = 0;
export let numSnaps: i32 = 0;
/** Register value `reg` as seen by instruction i (which must have a snapshot). */
@inline export function regOf(i: i32, reg: i32): u32 {
  return load<u32>(snaps + ((<usize>ldI32(insSnap, i) * <usize>REG_COUNT + <usize>reg) << 2));
}

/** Distinct tag ids in order of first appearance. */
export let tagIds: usize = 0;
export let numTags: i32 = 0;

/** Weight tiles, in FIFO order: their instruction, address, bytes, FIFO slots, width and used extent. */
export let numTiles: i32 = 0;
export let tileInstr: usize = 0;
export let tileAddr: usize = 0; // i64
export let tileW16: usize = 0; // i32 0/1
export let tileUsed: usize = 0; // i64 usedRows*usedCols (0 in the encoding means all)
export let tileSwitcher: usize = 0; // i32: the MATMUL that switches to this tile (-1 none)
/** Per tile: -1 for a tile from weight memory (tileAddr its byte address); for a tile read from the UB (tileAddr its first UB row), its slot in ubTileStore. */
export let tileUbSlot: usize = 0; // i32
/** Tiles read from the UB, as the fast engine captures them in program order: ubTileSlots slots of R*C bytes. */
export let ubTileStore: usize = 0;
export let ubTileSlots: i32 = 0;
/** Whether tile t is read from the Unified Buffer. */
@inline export function tileFromUb(t: i32): bool { return ldI32(tileUbSlot, t) >= 0; }
/** UB rows a tile read from the UB takes: R, or C with `transpose` (its tile columns). */
@inline export function tileUbRows(t: i32): i32 {
  return READ_WEIGHTS_transpose(wordLo(ldI32(tileInstr, t))) ? C : R;
}
/** Cycles tile t occupies the fetcher's channel: one UB row per cycle, or its bytes over weight memory. */
@inline export function tileTransferCycles(t: i32): i64 {
  return tileFromUb(t) ? <i64>tileUbRows(t) : xferW(<u64>tileBytes(t));
}
/** Cycles from the end of tile t's transfer to its arrival in the FIFO: the DRAM latency (0 from the UB). */
@inline export function tileLatency(t: i32): i64 {
  return tileFromUb(t) ? 0 : W_LAT;
}
/** FIFO slots of weight tile t: 2 for an int16 tile, else 1. */
@inline export function tileSlots(t: i32): i32 { return ldI32(tileW16, t) != 0 ? 2 : 1; }
/** Bytes of weight tile t. */
@inline export function tileBytes(t: i32): i64 { return <i64>R * <i64>C * <i64>tileSlots(t); }
/** Cycles per input vector of MATMUL i: 1, 2 (in16 or w16) or 4 (both). */
@inline export function matmulP(i: i32): i64 {
  const lo = wordLo(i);
  return (MATMUL_in16(lo) ? 2 : 1) * (MATMUL_w16(lo) ? 2 : 1);
}
/** Number of MATMULs with `switch`. */
export let numSwitches: i32 = 0;

// Timing, filled by the engines (i64 per instruction / per tile)
export let tDispatch: usize = 0;
export let tStart: usize = 0;
export let tIssueEnd: usize = 0;
export let tReady: usize = 0;
export let tXstart: usize = 0;
export let tArrive: usize = 0;
export let tShiftStart: usize = 0;
export let tShiftEnd: usize = 0;

/** Counters: row 0 totals, row 1 + t for tag index t; NUM_COUNTERS i64 each. */
export let counters: usize = 0;
@inline export function addCounter(tag: i32, k: i32, v: i64): void {
  const a = counters + (<usize>k << 3);
  store<i64>(a, load<i64>(a) + v);
  const b = counters + ((<usize>(tag + 1) * <usize>NUM_COUNTERS + <usize>k) << 3);
  store<i64>(b, load<i64>(b) + v);
}

/** Total cycles of the last run. */
export let totalCycles: i64 = 0;
export function setTotalCycles(t: i64): void { totalCycles = t; }

// ---------------------------------------------------------------------------------------------
// Errors: a code, the instruction (pc) and up to three numeric arguments

export let errCode: i32 = ERR_OK;
export let errPc: i32 = -1;
export let errArg0: i64 = 0;
export let errArg1: i64 = 0;
export let errArg2: i64 = 0;

/** Records an error (the first one wins) and returns its code. */
export function fail(code: i32, pc: i32, a0: i64 = 0, a1: i64 = 0, a2: i64 = 0): i32 {
  if (errCode == ERR_OK) {
    errCode = code;
    errPc = pc;
    errArg0 = a0;
    errArg1 = a1;
    errArg2 = a2;
  }
  return errCode;
}

// ---------------------------------------------------------------------------------------------
// Row ranges each instruction touches (inclusive lo, exclusive hi), used by the scoreboard

/** Highest index reached by the pattern floor(i / count) * pitch + (i mod count) * step over i < n (n >= 1). */
export function patternMax(n: i64, count: i64, step: i64, pitch: i64): i64 {
  const q = (n - 1) / count;
  const r = (n - 1) % count;
  let m = q * pitch + r * step;
  if (q >= 1) {
    const alt = (q - 1) * pitch + (count - 1) * step;
    if (alt > m) m = alt;
  }
  return m;
}

/** Rows of the parameter block of ACTIVATE perColumn: int32 bias[C] then float32 scale[C]. */
@inline export function paramRows(): i32 {
  return (8 * C + W - 1) / W;
}

/** Output vectors an ACTIVATE writes. */
export function activateOutputs(i: i32): i64 {
  const lo = wordLo(i), hi = wordHi(i);
  if (<u32>ACTIVATE_pool(lo, hi) != POOL_NONE) {
    return <i64>regOf(i, REG_POOL_OUT_HEIGHT) * <i64>regOf(i, REG_POOL_OUT_WIDTH);
  }
  return <i64>ACTIVATE_len(lo, hi);
}

// Scoreboard: per UB row and accumulator row, the last writer and the last reader per unit, each
// stored as instruction index + 1 (0: none). Allocated zeroed by configure; each load clears the row
// blocks of rows the previous load touched, so loading costs what the program touches, not the memories' size.
const READER_SLOTS: i32 = 4; // accumulators: host, matrix, activate, weights (READ_WEIGHTS ub)
const UB_READER_SLOTS: i32 = 5; // the UB: the same, and the vector unit (which never touches the accumulators); scanWrite reads 4 or 5
let ubWriter: usize = 0;
let ubReader: usize = 0;
let accWriter: usize = 0;
let accReader: usize = 0;
// which blocks of 2^14 rows of the UB and the accumulators the scoreboard holds entries for (one
// byte per block): blocks, not one [lo, hi) span, so that a program writing both ends of a large
// accumulator array does not clear (and fault in) the scoreboard rows between them at every load
const ROW_BLOCK_SHIFT: i64 = 14;
let touchedMaps: usize = 0;
let ubRowBlocks: usize = 0;
let accRowBlocks: usize = 0;

/** Clears the scoreboard rows of the touched blocks of one memory (`rows` rows) and unmarks them. */
function clearTouched(map: usize, blocks: usize, rows: i64, writer: usize, reader: usize, slots: i32): void {
  for (let b: usize = 0; b < blocks; b++) {
    if (load<u8>(map + b) == 0) continue;
    store<u8>(map + b, 0);
    const lo = <i64>b << ROW_BLOCK_SHIFT;
    const hi = min<i64>(lo + (1 << ROW_BLOCK_SHIFT), rows);
    memory.fill(writer + (<usize>lo << 2), 0, <usize>(hi - lo) << 2);
    memory.fill(reader + (<usize>lo * <usize>slots << 2), 0, <usize>(hi - lo) * <usize>slots << 2);
  }
}

/** Empties the scoreboard (the row blocks the previous load touched). */
function clearScoreboard(): void {
  clearTouched(touchedMaps, ubRowBlocks, <i64>UB_ROWS, ubWriter, ubReader, UB_READER_SLOTS);
  clearTouched(touchedMaps + ubRowBlocks, accRowBlocks, <i64>ACC_ROWS, accWriter, accReader, READER_SLOTS);
}

/** Records that the scoreboard holds entries for rows [lo, hi) of the UB (or the accumulators). */
@inline function touch(isUb: bool, lo: i64, hi: i64): void {
  if (hi <= lo) return;
  const map = isUb ? touchedMaps : touchedMaps + ubRowBlocks;
  const blocks = isUb ? ubRowBlocks : accRowBlocks;
  let b1 = <usize>((hi - 1) >> ROW_BLOCK_SHIFT);
  if (b1 >= blocks) b1 = blocks - 1; // ranges are checked before the scan
  for (let b = <usize>(lo >> ROW_BLOCK_SHIFT); b <= b1; b++) store<u8>(map + b, 1);
}

@inline function unitSlot(unit: i32): i32 {
  return unit == UNIT_HOST ? 0 : unit == UNIT_MATRIX ? 1 : unit == UNIT_ACTIVATE ? 2 : unit == UNIT_WEIGHTS ? 3 : 4;
}

// Dependencies found for the current instruction, per unit slot
let found0: i32 = -1;
let found1: i32 = -1;
let found2: i32 = -1;
let found3: i32 = -1;
let found4: i32 = -1;

// No scoreboard entry is this (entries are instruction + 1, or 0 and -1 for none): a scan's first row is always noted
const NO_ENTRY: i32 = i32.MIN_VALUE;

/** Notes instruction j (stored as j + 1; -1: none) as a dependency of the instruction being scanned. */
@inline function note(stored: i32, myUnit: i32): void {
  const j = stored - 1;
  if (j < 0) return;
  const u = opUnit(opOf(j));
  if (u == myUnit) return;
  const s = unitSlot(u);
  if (s == 0) { if (j > found0) found0 = j; }
  else if (s == 1) { if (j > found1) found1 = j; }
  else if (s == 2) { if (j > found2) found2 = j; }
  else if (s == 3) { if (j > found3) found3 = j; }
  else if (j > found4) found4 = j;
}

/** Instruction i of `unit` reads rows [lo, hi) of the UB (`isUb`) or the accumulators. */
export function scanRead(isUb: bool, lo: i64, hi: i64, i: i32, unit: i32): void {
  const writer = isUb ? ubWriter : accWriter, reader = isUb ? ubReader : accReader;
  const slots = isUb ? UB_READER_SLOTS : READER_SLOTS;
  touch(isUb, lo, hi);
  const s = unitSlot(unit);
  // neighbouring rows mostly hold the same entries: note each run of equal entries once (note is idempotent)
  let last = NO_ENTRY;
  for (let r = <i32>lo; r < <i32>hi; r++) {
    const w = ldI32(writer, r);
    if (w != last) { note(w, unit); last = w; }
    stI32(reader, r * slots + s, i + 1);
  }
}

/** Instruction i of `unit` writes rows [lo, hi) of the UB (`isUb`) or the accumulators. */
export function scanWrite(isUb: bool, lo: i64, hi: i64, i: i32, unit: i32): void {
  const writer = isUb ? ubWriter : accWriter, reader = isUb ? ubReader : accReader;
  const slots = isUb ? UB_READER_SLOTS : READER_SLOTS;
  touch(isUb, lo, hi);
  if (isUb) markWritten(dirtyMaps, ubBlocks, lo * <i64>W, hi * <i64>W);
  else markWritten(dirtyMaps + 2 * ubBlocks, accBlocks, lo * <i64>C * 4, hi * <i64>C * 4);
  // as scanRead: each run of equal entries in a column of the scoreboard is noted once
  let w0 = NO_ENTRY, r0 = NO_ENTRY, r1 = NO_ENTRY, r2 = NO_ENTRY, r3 = NO_ENTRY, r4 = NO_ENTRY;
  for (let r = <i32>lo; r < <i32>hi; r++) {
    const w = ldI32(writer, r);
    if (w != w0) { note(w, unit); w0 = w; }
    const q = r * slots;
    let v = ldI32(reader, q);
    if (v != r0) { note(v, unit); r0 = v; }
    v = ldI32(reader, q + 1);
    if (v != r1) { note(v, unit); r1 = v; }
    v = ldI32(reader, q + 2);
    if (v != r2) { note(v, unit); r2 = v; }
    v = ldI32(reader, q + 3);
    if (v != r3) { note(v, unit); r3 = v; }
    if (slots > 4) {
      v = ldI32(reader, q + 4);
      if (v != r4) { note(v, unit); r4 = v; }
    }
    stI32(writer, r, i + 1);
  }
}

function fillMinusOne(p: usize, count: i32): void {
  memory.fill(p, 0xff, <usize>count << 2);
}

// ---------------------------------------------------------------------------------------------
// Loading: decode, validate, snapshot registers, number tiles and tags, compute dependencies

/** Allocates room for n instruction words; the host writes them there, then calls loadProgram(n). */
export function allocProgram(n: i32): usize {
  freeProgram();
  N = n;
  words = allocOwned(atLeastOne(n) << 4);
  return words;
}

function freeProgram(): void {
  const ptrs: usize[] = [words, insTag, insSnap, insLane, insTile, depHost, depMatrix, depAct, depWeights, depVector, snaps, tagIds,
    tileInstr, tileAddr, tileW16, tileUsed, tileSwitcher, tileUbSlot, tDispatch, tStart, tIssueEnd, tReady,
    tXstart, tArrive, tShiftStart, tShiftEnd, counters];
  for (let k = 0; k < ptrs.length; k++) freeOwned(ptrs[k]);
  words = 0; insTag = 0; insSnap = 0; insLane = 0; insTile = 0; depHost = 0; depMatrix = 0; depAct = 0; depWeights = 0; depVector = 0;
  snaps = 0; tagIds = 0; tileInstr = 0; tileAddr = 0; tileW16 = 0; tileUsed = 0; tileSwitcher = 0; tileUbSlot = 0;
  tDispatch = 0; tStart = 0; tIssueEnd = 0; tReady = 0; tXstart = 0; tArrive = 0; tShiftStart = 0;
  tShiftEnd = 0; counters = 0;
}

/** Resets timing, counters and errors for a new run of the loaded program (each engine's first step). */
export function resetRun(): void {
  const n = atLeastOne(N);
  const t = atLeastOne(numTiles);
  memory.fill(tDispatch, 0, n << 3);
  memory.fill(tStart, 0, n << 3);
  memory.fill(tIssueEnd, 0, n << 3);
  memory.fill(tReady, 0, n << 3);
  memory.fill(tXstart, 0, t << 3);
  memory.fill(tArrive, 0, t << 3);
  memory.fill(tShiftStart, 0, t << 3);
  memory.fill(tShiftEnd, 0, t << 3);
  memory.fill(counters, 0, <usize>(numTags + 1) * <usize>NUM_COUNTERS << 3);
  totalCycles = 0;
  errCode = ERR_OK;
  errPc = -1;
  errArg0 = 0;
  errArg1 = 0;
  errArg2 = 0;
}

/**
 * Validates READ_WEIGHTS i (its first tile is number `first`, `lane` its wt.lane) and describes its
 * tiles; with `ub` it reads UB rows, so it joins the scoreboard as a reader. Returns an error code.
 */
function loadReadWeights(i: i32, lo: u64, hi: u64, laneReg: u32, first: i32, unit: i32): i32 {
  const w16 = READ_WEIGHTS_w16(lo);
  const fromUb = READ_WEIGHTS_ub(lo);
  const count = <i64>READ_WEIGHTS_tiles(lo, hi);
  const a = <i64>READ_WEIGHTS_addr(lo, hi);
  // a tile's step: its bytes in weight memory, or its UB rows
  let step = <i64>R * <i64>C * (w16 ? 2 : 1);
  if (fromUb) {
    if (!UB_TO_FIFO) return fail(ERR_UB_WEIGHTS_DISABLED, i);
    if (w16) return fail(ERR_UB_WEIGHTS_W16, i);
    const transpose = READ_WEIGHTS_transpose(lo);
    step = transpose ? C : R;
    const rowBytes = <i64>(transpose ? R : C);
    const lane = <i64>laneReg;
    if (lane + rowBytes > <i64>W) return fail(ERR_WT_LANE_RANGE, i, lane, rowBytes, W);
    stI32(insLane, i, <i32>lane);
    if (a + count * step > <i64>UB_ROWS) return fail(ERR_UB_RANGE, i, a, a + count * step - 1, UB_ROWS);
    if (count > 0) scanRead(true, a, a + count * step, i, unit);
  } else {
    if (READ_WEIGHTS_transpose(lo)) return fail(ERR_TRANSPOSE_NEEDS_UB, i);
    if (a + count * step > <i64>weightBytes) return fail(ERR_WEIGHT_RANGE, i, a, a + count * step - 1, <i64>weightBytes);
  }
  let ur = <i64>READ_WEIGHTS_usedRows(lo, hi);
  let uc = <i64>READ_WEIGHTS_usedCols(lo, hi);
  if (ur == 0 || ur > <i64>R) ur = R;
  if (uc == 0 || uc > <i64>C) uc = C;
  stI32(insTile, i, first);
  for (let k: i64 = 0; k < count; k++) {
    const t = first + <i32>k;
    stI32(tileInstr, t, i);
    stI64(tileAddr, t, a + k * step);
    stI32(tileW16, t, w16 ? 1 : 0);
    stI64(tileUsed, t, ur * uc);
    if (fromUb) stI32(tileUbSlot, t, 0); // a slot of ubTileStore is assigned once all tiles are known
  }
  return ERR_OK;
}

/** Validates MATMUL i (registers `regs` as issued; `lastActivate`/`lastVector` the latest earlier ACTIVATE/VECTOR) and scans its rows. */
function loadMatmul(i: i32, lo: u64, hi: u64, regs: StaticArray<u32>, lastActivate: i32, lastVector: i32, unit: i32): i32 {
  const lane = <i64>regs[REG_IN_LANE];
  if (lane + <i64>R > <i64>W) return fail(ERR_IN_LANE_RANGE, i, lane, R, W);
  stI32(insLane, i, <i32>lane);
  const e: i64 = MATMUL_in16(lo) ? 2 : 1;
  const len = <i64>MATMUL_len(lo, hi);
  const u0 = <i64>MATMUL_ub(lo, hi);
  const a0 = <i64>MATMUL_acc(lo, hi);
  if (MATMUL_switch(lo)) {
    const t = numSwitches++;
    stI32(insTile, i, t);
  }
  // a layer boundary: the activation and vector units' hazard records are their latest instructions, whatever they write
  if (MATMUL_fence(lo)) {
    note(lastActivate + 1, unit);
    note(lastVector + 1, unit);
  }
  if (len > 0) {
    let maxv = len - 1;
    if (MATMUL_conv(lo)) {
      const cols = <i64>MATMUL_cols(lo, hi);
      if (cols == 0) return fail(ERR_BAD_CONV, i, cols);
      maxv = patternMax(len, cols, <i64>MATMUL_step(lo, hi), <i64>MATMUL_pitch(lo, hi));
    }
    const ubHi = u0 + maxv * e + e;
    if (ubHi > <i64>UB_ROWS) return fail(ERR_UB_RANGE, i, u0, ubHi - 1, UB_ROWS);
    if (a0 + len > <i64>ACC_ROWS) return fail(ERR_ACC_RANGE, i, a0, a0 + len - 1, ACC_ROWS);
    scanRead(true, u0, ubHi, i, unit);
    scanWrite(false, a0, a0 + len, i, unit);
  }
  return ERR_OK;
}

/** Gives instruction i a snapshot of the registers `regs` as it is issued. */
export function snapshot(i: i32, regs: StaticArray<u32>): void {
  const s = numSnaps++;
  stI32(insSnap, i, s);
  for (let k = 0; k < REG_COUNT; k++) store<u32>(snaps + ((<usize>s * <usize>REG_COUNT + <usize>k) << 2), regs[k]);
}

/** Validates ACTIVATE i (registers `regs` as issued), snapshots its registers and scans its rows. */
function loadActivate(i: i32, lo: u64, hi: u64, regs: StaticArray<u32>, unit: i32): i32 {
  const lane = <i64>regs[REG_OUT_LANE];
  if (lane + <i64>C > <i64>W) return fail(ERR_OUT_LANE_RANGE, i, lane, C, W);
  stI32(insLane, i, <i32>lane);
  snapshot(i, regs);
  const len = <i64>ACTIVATE_len(lo, hi);
  const a0 = <i64>ACTIVATE_acc(lo, hi);
  const u0 = <i64>ACTIVATE_ub(lo, hi);
  if (a0 + len > <i64>ACC_ROWS) return fail(ERR_ACC_RANGE, i, a0, a0 + len - 1, ACC_ROWS);
  let outs = len;
  if (<u32>ACTIVATE_pool(lo, hi) != POOL_NONE) {
    const ih = <i64>regs[REG_POOL_IN_HEIGHT], iw = <i64>regs[REG_POOL_IN_WIDTH];
    if (ih * iw != len) return fail(ERR_POOL_SHAPE, i, len, ih * iw);
    const oh = <i64>regs[REG_POOL_OUT_HEIGHT], ow = <i64>regs[REG_POOL_OUT_WIDTH];
    const kh = <i64>regs[REG_POOL_KH], kw = <i64>regs[REG_POOL_KW];
    const sh = <i64>regs[REG_POOL_SH], sw = <i64>regs[REG_POOL_SW];
    const pt = <i64>regs[REG_POOL_PAD_TOP], pl = <i64>regs[REG_POOL_PAD_LEFT];
    // every window must hold a position inside the image; windows move monotonically, so the
    // first and last row/column of windows are the ones to check
    if (oh > 0 && ow > 0) {
      if (ih == 0 || iw == 0 || kh == 0 || kw == 0 || pt >= kh || pl >= kw) return fail(ERR_POOL_WINDOW, i, 0, 0);
      if ((oh - 1) * sh - pt >= ih) return fail(ERR_POOL_WINDOW, i, oh - 1, 0);
      if ((ow - 1) * sw - pl >= iw) return fail(ERR_POOL_WINDOW, i, 0, ow - 1);
    }
    outs = oh * ow;
  }
  const e: i64 = ACTIVATE_out16(lo) ? 2 : 1;
  if (outs > 0) {
    let maxu = outs - 1;
    if (ACTIVATE_strided(lo)) {
      const cnt = <i64>regs[REG_OUT_COUNT];
      if (cnt == 0) return fail(ERR_OUT_PATTERN, i, cnt);
      maxu = patternMax(outs, cnt, <i64>regs[REG_OUT_STEP], <i64>regs[REG_OUT_PITCH]);
    }
    const ubHi = u0 + maxu * e + e;
    if (ubHi > <i64>UB_ROWS) return fail(ERR_UB_RANGE, i, u0, ubHi - 1, UB_ROWS);
    if (len > 0) scanRead(false, a0, a0 + len, i, unit);
    if (ACTIVATE_perColumn(lo)) {
      const p0 = <i64>ACTIVATE_params(lo, hi);
      const p1 = p0 + paramRows();
      if (p1 > <i64>UB_ROWS) return fail(ERR_UB_RANGE, i, p0, p1 - 1, UB_ROWS);
      scanRead(true, p0, p1, i, unit);
    }
    scanWrite(true, u0, ubHi, i, unit);
  } else if (len > 0) {
    scanRead(false, a0, a0 + len, i, unit);
  }
  return ERR_OK;
}

/**
 * Assigns the fast engine's storage slots to tiles read from the UB. It captures such a tile when its
 * READ_WEIGHTS executes (in program order) and needs it until the multiply after the one switching to
 * it switches on, so a ring of as many slots as tiles live at once suffices. Also checks that such a
 * tile is fetched before the multiply that uses it (UB_TILE_ORDER).
 */
function assignUbTileSlots(): i32 {
  let captured = 0; // UB tiles fetched so far (program order)
  let released = 0; // UB tiles before the current tile
  let switched = 0; // tiles switched to so far
  let scan = 0; // tiles [0, scan) counted into released
  let live = 0;
  for (let i = 0; i < N; i++) {
    const op = opOf(i);
    const lo = wordLo(i);
    if (op == OP_READ_WEIGHTS && READ_WEIGHTS_ub(lo)) {
      captured += <i32>READ_WEIGHTS_tiles(lo, wordHi(i));
    } else if (op == OP_MATMUL && MATMUL_switch(lo)) {
      const t = switched++;
      if (tileFromUb(t) && ldI32(tileInstr, t) > i) return fail(ERR_UB_TILE_ORDER, i, t, ldI32(tileInstr, t));
      for (; scan < t; scan++) if (tileFromUb(scan)) released++;
    }
    if (captured - released > live) live = captured - released;
  }
  ubTileSlots = live;
  let ordinal = 0;
  for (let t = 0; t < numTiles; t++) if (tileFromUb(t)) stI32(tileUbSlot, t, ordinal++ % live);
  if (live > 0) ubTileStore = regrow(ubTileStore, <usize>live * <usize>R * <usize>C); // written before read
  return ERR_OK;
}

/**
 * Decodes and validates the N instructions written at `words`. Returns an error code (ERR_OK on
 * success); on error errPc and errArg* say where and what.
 */
export function loadProgram(): i32 {
  errCode = ERR_OK;
  errPc = -1;
  // this program's written blocks, marked by its scan
  memory.fill(dirtyMaps + ubBlocks, 0, ubBlocks);
  memory.fill(dirtyMaps + 2 * ubBlocks + accBlocks, 0, accBlocks);
  const n = N;
  const nn = atLeastOne(n);
  insTag = allocOwned(nn << 2);
  insSnap = allocOwned(nn << 2);
  insLane = allocOwned(nn << 2);
  insTile = allocOwned(nn << 2);
  depHost = allocOwned(nn << 2);
  depMatrix = allocOwned(nn << 2);
  depAct = allocOwned(nn << 2);
  depWeights = allocOwned(nn << 2);
  depVector = allocOwned(nn << 2);
  fillMinusOne(insSnap, n);
  fillMinusOne(insTile, n);
  fillMinusOne(depHost, n);
  fillMinusOne(depMatrix, n);
  fillMinusOne(depAct, n);
  fillMinusOne(depWeights, n);
  fillMinusOne(depVector, n);

  if (n == 0 || opOf(n - 1) != OP_HALT) return fail(ERR_NO_HALT, n - 1, n);

  // First pass: counts (snapshots, tags, tiles) and per-instruction validation
  let activates = 0;
  let tiles: i64 = 0;
  let tags = 1;
  for (let i = 0; i < n; i++) {
    const op = opOf(i);
    const lo = wordLo(i), hi = wordHi(i);
    if (op == OP_HALT && i != n - 1) return fail(ERR_HALT_NOT_LAST, i, i, n);
    if (op == OP_ACTIVATE || op == OP_VECTOR) activates++;
    else if (op == OP_TAG) tags++;
    else if (op == OP_READ_WEIGHTS) {
      tiles += <i64>READ_WEIGHTS_tiles(lo, hi);
      if (READ_WEIGHTS_w16(lo) && FIFO_SLOTS < 2) return fail(ERR_FIFO_TOO_SMALL, i, FIFO_SLOTS);
    }
  }
  if (tiles > 0x7fffffff) return fail(ERR_WEIGHT_RANGE, n - 1, 0, tiles, <i64>weightBytes);
  snaps = allocOwned(atLeastOne(activates) * <usize>REG_COUNT << 2);
  tagIds = allocOwned(<usize>tags << 2);
  numTiles = <i32>tiles;
  const tt = atLeastOne(numTiles);
  tileInstr = allocOwned(tt << 2);
  tileAddr = allocOwned(tt << 3);
  tileW16 = allocOwned(tt << 2);
  tileUsed = allocOwned(tt << 3);
  tileSwitcher = allocOwned(tt << 2);
  fillMinusOne(tileSwitcher, numTiles);
  tileUbSlot = allocOwned(tt << 2);
  fillMinusOne(tileUbSlot, numTiles);
  tDispatch = allocOwned(nn << 3);
  tStart = allocOwned(nn << 3);
  tIssueEnd = allocOwned(nn << 3);
  tReady = allocOwned(nn << 3);
  tXstart = allocOwned(tt << 3);
  tArrive = allocOwned(tt << 3);
  tShiftStart = allocOwned(tt << 3);
  tShiftEnd = allocOwned(tt << 3);

  clearScoreboard();

  // Second pass
  const regs = new StaticArray<u32>(REG_COUNT);
  for (let k = 0; k < REG_COUNT; k++) regs[k] = registerReset(k);
  numSnaps = 0;
  numTags = 1;
  stI32(tagIds, 0, 0);
  let tag = 0;
  let tile = 0;
  let lastActivate = -1; // the latest ACTIVATE so far, for MATMUL fence
  let lastVector = -1; // the latest VECTOR so far, for MATMUL fence
  numSwitches = 0;

  for (let i = 0; i < n; i++) {
    const op = opOf(i);
    const lo = wordLo(i), hi = wordHi(i);
    const unit = opUnit(op);
    if (op == OP_TAG) {
      const id = <u32>TAG_id(lo, hi);
      let t = -1;
      for (let k = 0; k < numTags; k++) if (ldU32(tagIds, k) == id) { t = k; break; }
      if (t < 0) { t = numTags++; store<u32>(tagIds + (<usize>t << 2), id); }
      tag = t;
    }
    stI32(insTag, i, tag);
    if (op == OP_SET) {
      regs[<i32>SET_reg(lo, hi)] = <u32>SET_value(lo, hi);
      continue;
    }
    found0 = -1; found1 = -1; found2 = -1; found3 = -1; found4 = -1;
    if (op == OP_READ_HOST || op == OP_WRITE_HOST) {
      let rowBytes = <i64>READ_HOST_rowBytes(lo, hi);
      if (rowBytes == 0) rowBytes = W;
      if (rowBytes > W) return fail(ERR_ROW_BYTES, i, rowBytes, W);
      const ubLo = <i64>READ_HOST_ub(lo, hi);
      const rows = <i64>READ_HOST_rows(lo, hi);
      if (ubLo + rows > <i64>UB_ROWS) return fail(ERR_UB_RANGE, i, ubLo, ubLo + rows - 1, UB_ROWS);
      const h = <i64>READ_HOST_host(lo, hi);
      if (h + rows * rowBytes > <i64>hostBytes) return fail(ERR_HOST_RANGE, i, h, h + rows * rowBytes - 1, <i64>hostBytes);
      if (op == OP_READ_HOST) scanWrite(true, ubLo, ubLo + rows, i, unit);
      else scanRead(true, ubLo, ubLo + rows, i, unit);
    } else if (op == OP_READ_WEIGHTS) {
      const err = loadReadWeights(i, lo, hi, regs[REG_WT_LANE], tile, unit);
      if (err != ERR_OK) return err;
      tile += <i32>READ_WEIGHTS_tiles(lo, hi);
    } else if (op == OP_MATMUL) {
      const err = loadMatmul(i, lo, hi, regs, lastActivate, lastVector, unit);
      if (err != ERR_OK) return err;
    } else if (op == OP_ACTIVATE) {
      lastActivate = i;
      const err = loadActivate(i, lo, hi, regs, unit);
      if (err != ERR_OK) return err;
    } else if (op == OP_VECTOR) {
      lastVector = i;
      const err = loadVector(i, lo, hi, regs, unit);
      if (err != ERR_OK) return err;
    }
    stI32(depHost, i, found0);
    stI32(depMatrix, i, found1);
    stI32(depAct, i, found2);
    stI32(depWeights, i, found3);
    stI32(depVector, i, found4);
  }

  // Pair each switching multiply with its tile, check widths
  let sw = 0;
  for (let i = 0; i < n; i++) {
    if (opOf(i) != OP_MATMUL) continue;
    const lo = wordLo(i);
    const w16 = MATMUL_w16(lo) ? 1 : 0;
    if (!MATMUL_switch(lo)) {
      // a multiply that keeps the current tile must use it at its width (the zero tile after
      // reset has no width)
      if (sw > 0 && ldI32(tileW16, sw - 1) != w16) return fail(ERR_TILE_WIDTH, i, w16, sw - 1, ldI32(tileW16, sw - 1));
      continue;
    }
    if (sw >= numTiles) return fail(ERR_NO_TILE, i, sw, numTiles);
    if (ldI32(tileW16, sw) != w16) return fail(ERR_TILE_WIDTH, i, w16, sw, ldI32(tileW16, sw));
    stI32(tileSwitcher, sw, i);
    sw++;
  }
  const slotsErr = assignUbTileSlots();
  if (slotsErr != ERR_OK) return slotsErr;

  // timing and counters start zeroed (fresh allocations); each engine calls resetRun when it starts
  counters = allocOwned(<usize>(numTags + 1) * <usize>NUM_COUNTERS << 3);
  return ERR_OK;
}
