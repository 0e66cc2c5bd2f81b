// The exact engine: the whole chip stepped one clock cycle at a time, register-transfer level.
//
// Nothing here evaluates the TIMING.md formulas of the matrix unit or the weight shift: a multiply
// starts when the sequencer pushes its first vector into row 0, and is ready the cycle after its
// last partial sum leaves the bottom row into the accumulators; a shift ends when the shifter has
// pushed its last tile row into the array. The other units are modelled as the hardware would be
// built: in-order queues, busy channels and fixed-latency pipelines (an item entering an L-stage
// pipeline at cycle c leaves at c + L, which is what a shift register of L stages does).
//
// Each cycle c has two phases:
//   A. control: every unit looks at the state at the start of the cycle and decides what starts
//      (the front end issues, units take their head instruction, pipelines deliver what is due).
//      Zero-duration work (ideal memories, empty instructions) completes within the same cycle,
//      so phase A repeats until nothing changes.
//   B. datapath: the shifter pushes a tile row, the sequencer pushes a vector (sub-pass) into the
//      array, every cell of the array is clocked, the bottom row writes the accumulators and the
//      activation unit takes one accumulator row. Whatever completes here is ready at c + 1.
// The counters of cycle c are taken between the two phases, by their TIMING.md definitions.
// Nothing observable changes by two shortcuts: the array is not clocked while it holds no data and
// no weights in motion (clock gating), and a stretch of cycles in which the datapath is idle and
// every unit waits for a timed event is counted and skipped in one go.
import {
  ACTIVATE_len, ACTIVATE_out16, ACTIVATE_pool,
  MATMUL_acc, MATMUL_accumulate, MATMUL_in16, MATMUL_len, MATMUL_switch, MATMUL_unsigned, MATMUL_w16,
  NOP_cycles, OP_ACTIVATE, OP_HALT, OP_INTERRUPT, OP_MATMUL, OP_NOP, OP_READ_HOST, OP_SYNC, OP_VECTOR, POOL_NONE,
  READ_WEIGHTS_tiles, READ_WEIGHTS_transpose,
  SYNC_activate, SYNC_host, SYNC_matrix, SYNC_vector, SYNC_weights,
  UNIT_ACTIVATE, UNIT_CONTROL, UNIT_HOST, UNIT_MATRIX, UNIT_VECTOR, UNIT_WEIGHTS, opUnit,
} from './generated/isa';
import {
  CTR_ACC_TO_ACTIVATION_BYTES, CTR_ACTIVATION_BUSY_CYCLES, CTR_ACTIVATION_TO_UB_BYTES, CTR_ACTIVE_CYCLES,
  CTR_CYCLES, CTR_DRAM_TO_FIFO_BYTES, CTR_FIFO_FULL_STALL_CYCLES, CTR_HOST_BUSY_CYCLES, CTR_HOST_TO_UB_BYTES,
  CTR_INPUT_STALL_CYCLES, CTR_INSTRUCTIONS, CTR_MATRIX_BUSY_CYCLES, CTR_NON_MATRIX_CYCLES, CTR_RAW_STALL_CYCLES,
  CTR_UB_TO_ARRAY_BYTES, CTR_UB_TO_FIFO_BYTES, CTR_UB_TO_HOST_BYTES, CTR_UNUSED_MACS, CTR_USEFUL_MACS, CTR_WEIGHT_BUSY_CYCLES,
  CTR_UB_TO_VECTOR_BYTES, CTR_VECTOR_BUSY_CYCLES, CTR_VECTOR_TO_UB_BYTES,
  CTR_WEIGHT_SHIFT_CYCLES, CTR_WEIGHT_STALL_CYCLES, ERR_CYCLE_LIMIT, ERR_DEADLOCK, ERR_OK, ERR_VECTOR_INDEX,
} from './generated/core';
import {
  ACT_LAT, C, DOUBLE_BUFFER, FIFO_SLOTS, H_LAT, N, R, W, W_LAT,
  acc, activateOutputs, addCounter, atLeastOne, depAct, depHost, depMatrix, depVector, depWeights, fail, insLane, insTag, insTile,
  ldI32, ldI64, tileFromUb, tileLatency, tileTransferCycles, tileUbRows, ub,
  markMemoriesDirty, matmulP, numTiles, opOf, resetRun, setTotalCycles, stI32, stI64, tArrive, tDispatch, tIssueEnd, tReady, tShiftEnd,
  tShiftStart, tStart, tXstart, tileAddr, tileBytes, tileInstr, tileSlots, tileSwitcher, tileUsed, tileW16,
  weightMem, wordHi, wordLo, xferH,
} from './state';
import {
  activateBegin, activatePooled, activateRow, hostBytesOf, hostTransfer, matmulInputAddr, poolWindowEnd,
} from './functional';
import { VEC_LAT, vecErrBound, vecErrIndex, vecErrStep, vectorBusy, vectorExecute, vectorReadBytes, vectorWriteBytes } from './vector';
import { DATAFLOW, DF_WS, dataflowReadyExtra, exactDataflowMatmul, keepTile, prepareDataflow } from './dataflow';

// ---------------------------------------------------------------------------------------------
// Control word travelling with every vector (sub-pass) through the array, one i32 per cell.
// Bits 8.. hold the accumulator row the bottom row writes.

const CTL_VALID: i32 = 1; // the cell holds a real input element
const CTL_SWITCH: i32 = 2; // first vector of a switching multiply: copy shadow -> active weights here
const CTL_SEL_SHIFT: i32 = 2; // bits 2-3: weight byte used (0 low signed, 1 low unsigned, 2 high signed)
const CTL_SCALE_SHIFT: i32 = 4; // bits 4-5: sub-pass weight in bytes (column sum << 8*scale)
const CTL_OVERWRITE: i32 = 64; // first sub-pass of a multiply without `accumulate`
const CTL_LAST: i32 = 128; // last sub-pass of the multiply's last vector
const CTL_ROW_SHIFT: i32 = 8;

// A weight byte travelling down a column to its row: valid bit, mode (bits 1-2), the byte (bits
// 3-10) and its destination row (bits 11..). Modes say which weight registers it is latched into.
const PUSH_8BIT: i32 = 1; // int8 tile: low byte, sign-extended into the high byte
const PUSH_LOW: i32 = 2; // low bytes of an int16 tile
const PUSH_HIGH: i32 = 3; // high bytes of an int16 tile
const WT_VALID: i32 = 1;
const WT_MODE_SHIFT: i32 = 1;
const WT_BYTE_SHIFT: i32 = 3;
const WT_DEST_SHIFT: i32 = 11;

// Instruction status; 0 (the zeroed arena's) = not yet issued by the front end
const ST_ISSUED: u8 = 1;
const ST_STARTED: u8 = 2;
const ST_DONE: u8 = 3;

// ---------------------------------------------------------------------------------------------
// Storage (one arena, carved at exactBegin)

let arenaRaw: usize = 0;
let arenaBytes: usize = 0;

// per instruction
let status: usize = 0; // u8
let unitList: usize = 0; // i32: host instructions, then MATMULs, then ACTIVATEs, in program order
let dueAt: usize = 0; // i64: completion cycle of a host transfer / activation end marker in flight
// per tile
let tileArrived: usize = 0; // u8
let tileShifted: usize = 0; // u8
let tileFifoSlot: usize = 0; // i32: first FIFO slot the tile occupies
let tileDue: usize = 0; // i64: arrival cycle of a tile in flight
// the weight FIFO's storage: FIFO_SLOTS slots of R*C bytes
let fifoMem: usize = 0;
// the cell array: per cell (index k*C + n) input register, control register, partial sum register
let cellX: usize = 0; // i32
let cellCtl: usize = 0; // i32
let cellP: usize = 0; // i32
let cellWT: usize = 0; // i32: the weight byte travelling through the cell (see WT_*)
// weight registers, three i32 forms each (low byte signed, low byte unsigned, high byte signed)
let active: usize = 0;
let shadow: usize = 0;
// systolic data setup: the last RING_X vectors pushed, element k reaches row k after k cycles
let ringX: usize = 0; // i32 [RING_X][R]
let maskX: i64 = 0;
// weight skew: the last RING_W tile rows pushed, column n receives a row n cycles after its push
let ringWPushed: usize = 0; // i32 [RING_W]: whether a row was pushed in that cycle
let ringW: usize = 0; // i32 [RING_W][C]: the travelling words (see WT_*)
let maskW: i64 = 0;

function pow2AtLeast(n: i32): i32 {
  let p = 1;
  while (p < n) p <<= 1;
  return p;
}

@inline function ld8(base: usize, i: i32): u8 { return load<u8>(base + <usize>i); }
@inline function st8(base: usize, i: i32, v: u8): void { store<u8>(base + <usize>i, v); }

// ---------------------------------------------------------------------------------------------
// Run state

/** The cycle the exact engine is at (read by the host for progress reports). */
export let exactCycle: i64 = 0;
let finished: bool = false;
let changed: bool = false;
let oldest: i32 = 0; // oldest unfinished instruction

// front end
let pc: i32 = 0; // next instruction to issue
let feWaitNop: bool = false;
let feNopEnd: i64 = 0;
let feWaitSync: bool = false; // waiting at a SYNC, INTERRUPT or HALT (instruction pc - 1)
let unfinishedHost: i32 = 0;
let unfinishedWeights: i32 = 0;
let unfinishedMatrix: i32 = 0;
let unfinishedAct: i32 = 0;
let unfinishedVec: i32 = 0;

// host interface
let hostCount: i32 = 0;
let hostStartP: i32 = 0; // next transfer to start
let hostDoneP: i32 = 0; // oldest transfer in flight
let hostChanFree: i64 = 0; // cycle the link is free again (the occupancy countdown's end)

// weight fetcher
let fetchT: i32 = 0; // next tile to fetch
let arriveT: i32 = 0; // oldest tile in flight
let fetchChanFree: i64 = 0;
let fifoUsed: i32 = 0; // slots held by tiles in flight, in the FIFO, or shifting
let fifoNextSlot: i32 = 0;
let ubFetchT: i32 = -1; // tile being read from the UB into its FIFO slot, one row per cycle (-1 none)
let ubFetchRow: i32 = 0; // UB rows read so far
let ubFetchRows: i32 = 0; // UB rows of the tile: R, or C with transpose

// weight shifter
let shiftT: i32 = 0; // tile being shifted, or next to shift
let shifting: bool = false;
let shiftRow: i32 = 0; // rows pushed so far
let shiftRows: i32 = 0; // rows to push (R, or 2R for an int16 tile)

// matrix unit: sequencer and array
let matBase: i32 = 0;
let matCount: i32 = 0;
let matHead: i32 = 0; // next MATMUL to start
let seqM: i32 = -1; // multiply being pushed into the array
let dfTile: i32 = -1; // OS/IS: tile of the last switch (-1: the zero tile after reset)
let seqLeft: i64 = 0; // sub-passes still to push
let seqV: i64 = 0;
let seqS: i32 = 0;
let seqP: i32 = 1;
let seqLen: i64 = 0;
let seqIn16: bool = false;
let seqW16: bool = false;
let seqUnsigned: bool = false;
let seqAccumulate: bool = false;
let seqAcc0: i32 = 0;
let pendingSwitch: bool = false; // a switch marker enters row 0 this cycle
let currentUsed: i64 = 0; // usedRows*usedCols of the current tile (0: the zero tile after reset)
let inArrayHead: i32 = 0; // MATMULs started whose last partial sum is not yet written: inArrayQueue[head..tail)
let inArrayTail: i32 = 0;
let inArrayQueue: usize = 0; // i32 [matCount]
let arrayBusyUntil: i64 = -1; // the array holds data or weights in motion up to this cycle
let weightsMovingUntil: i64 = -1; // weight bytes travel down the columns up to this cycle
let switchMovingUntil: i64 = -1; // a switch marker is in the array up to this cycle
let wideMovingUntil: i64 = -1; // a sub-pass using the low-unsigned or high weight byte is in the array

// activation unit
let actBase: i32 = 0;
let actCount: i32 = 0;
let actStartP: i32 = 0;
let actDoneP: i32 = 0;
let actFeeding: bool = false;
let actIns: i32 = -1;
let actRow: i64 = 0;
let actLen: i64 = 0;
let actPooled: bool = false;
let actNextOut: i64 = 0;
let actOuts: i64 = 0;

// vector unit: one instruction at a time (a busy countdown), then a VEC_LAT-stage pipeline
let vecBase: i32 = 0;
let vecCount: i32 = 0;
let vecStartP: i32 = 0;
let vecDoneP: i32 = 0;
let vecFree: i64 = 0;
// the first VECTOR that met an index out of range (-1 none): reported when the run ends, so a
// deadlock or the cycle limit wins over it, as in the fast engine (timing first, then data)
let vecFailed: i32 = -1;
let vecFailIndex: i64 = 0;
let vecFailStep: i64 = 0;
let vecFailBound: i64 = 0;

/** VECTOR i's data effect; remembers the first index error. */
function vectorData(i: i32): void {
  if (vectorExecute(i) != ERR_OK && vecFailed < 0) {
    vecFailed = i;
    vecFailIndex = vecErrIndex;
    vecFailStep = vecErrStep;
    vecFailBound = vecErrBound;
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers

@inline function statusOf(i: i32): u8 { return ld8(status, i); }
@inline function issued(i: i32): bool { return ld8(status, i) >= ST_ISSUED; }
@inline function isDone(i: i32): bool { return ld8(status, i) == ST_DONE; }

/** Whether every instruction instruction i's hazard check recorded has finished. */
@inline function depsDone(i: i32): bool {
  const a = ldI32(depHost, i), b = ldI32(depMatrix, i), c = ldI32(depAct, i), w = ldI32(depWeights, i);
  const v = ldI32(depVector, i);
  return (a < 0 || isDone(a)) && (b < 0 || isDone(b)) && (c < 0 || isDone(c)) && (w < 0 || isDone(w)) && (v < 0 || isDone(v));
}

/** Whether tile t may start its fetch as far as hazards go: the first tile of a READ_WEIGHTS waits for its dependencies. */
@inline function tileDepsDone(t: i32): bool {
  const i = ldI32(tileInstr, t);
  return ldI32(insTile, i) != t || depsDone(i);
}

function finish(i: i32, ready: i64): void {
  stI64(tReady, i, ready);
  st8(status, i, ST_DONE);
  const u = opUnit(opOf(i));
  if (u == UNIT_HOST) unfinishedHost--;
  else if (u == UNIT_WEIGHTS) unfinishedWeights--;
  else if (u == UNIT_MATRIX) unfinishedMatrix--;
  else if (u == UNIT_ACTIVATE) unfinishedAct--;
  else if (u == UNIT_VECTOR) unfinishedVec--;
  changed = true;
}

@inline function tagOf(i: i32): i32 { return ldI32(insTag, i); }

// ---------------------------------------------------------------------------------------------
// Setup

/** Prepares a run of the loaded program with the exact engine (clears timing, counters, errors). */
export function exactBegin(): void {
  resetRun();
  markMemoriesDirty();
  prepareDataflow();
  const n = atLeastOne(N);
  const tiles = atLeastOne(numTiles);
  const rc = R * C;
  const ringXSize = pow2AtLeast(R + 1);
  const ringWSize = pow2AtLeast(C + 1);
  maskX = <i64>(ringXSize - 1);
  maskW = <i64>(ringWSize - 1);

  // carve one arena: sizes rounded to 16 bytes
  const sizes = new StaticArray<usize>(18);
  sizes[0] = n; // status
  sizes[1] = n << 2; // unitList
  sizes[2] = n << 3; // dueAt
  sizes[3] = tiles; // tileArrived
  sizes[4] = tiles; // tileShifted
  sizes[5] = tiles << 2; // tileFifoSlot
  sizes[6] = tiles << 3; // tileDue
  sizes[7] = atLeastOne(FIFO_SLOTS) * <usize>rc; // fifoMem
  sizes[8] = <usize>rc << 2; // cellX
  sizes[9] = <usize>rc << 2; // cellCtl
  sizes[10] = <usize>rc << 2; // cellP
  sizes[11] = <usize>rc * 12; // active
  sizes[12] = <usize>rc * 12; // shadow
  sizes[13] = <usize>ringXSize * <usize>R << 2; // ringX
  sizes[14] = <usize>ringWSize << 2; // ringWPushed
  sizes[15] = <usize>ringWSize * <usize>C << 2; // ringW
  sizes[16] = n << 2; // inArrayQueue
  sizes[17] = <usize>rc << 2; // cellWT
  let total: usize = 0;
  for (let k = 0; k < sizes.length; k++) total += (sizes[k] + 15) & ~<usize>15;
  if (arenaRaw == 0 || total > arenaBytes) {
    if (arenaRaw != 0) heap.free(arenaRaw);
    arenaRaw = heap.alloc(total + 16);
    arenaBytes = total;
  }
  let p = (arenaRaw + 15) & ~<usize>15;
  memory.fill(p, 0, total);
  status = p; p += (sizes[0] + 15) & ~<usize>15;
  unitList = p; p += (sizes[1] + 15) & ~<usize>15;
  dueAt = p; p += (sizes[2] + 15) & ~<usize>15;
  tileArrived = p; p += (sizes[3] + 15) & ~<usize>15;
  tileShifted = p; p += (sizes[4] + 15) & ~<usize>15;
  tileFifoSlot = p; p += (sizes[5] + 15) & ~<usize>15;
  tileDue = p; p += (sizes[6] + 15) & ~<usize>15;
  fifoMem = p; p += (sizes[7] + 15) & ~<usize>15;
  cellX = p; p += (sizes[8] + 15) & ~<usize>15;
  cellCtl = p; p += (sizes[9] + 15) & ~<usize>15;
  cellP = p; p += (sizes[10] + 15) & ~<usize>15;
  active = p; p += (sizes[11] + 15) & ~<usize>15;
  shadow = p; p += (sizes[12] + 15) & ~<usize>15;
  ringX = p; p += (sizes[13] + 15) & ~<usize>15;
  ringWPushed = p; p += (sizes[14] + 15) & ~<usize>15;
  ringW = p; p += (sizes[15] + 15) & ~<usize>15;
  inArrayQueue = p; p += (sizes[16] + 15) & ~<usize>15;
  cellWT = p;

  // per-unit instruction lists
  let k = 0;
  for (let i = 0; i < N; i++) if (opUnit(opOf(i)) == UNIT_HOST) stI32(unitList, k++, i);
  hostCount = k;
  matBase = k;
  for (let i = 0; i < N; i++) if (opOf(i) == OP_MATMUL) stI32(unitList, k++, i);
  matCount = k - matBase;
  actBase = k;
  for (let i = 0; i < N; i++) if (opOf(i) == OP_ACTIVATE) stI32(unitList, k++, i);
  actCount = k - actBase;
  vecBase = k;
  for (let i = 0; i < N; i++) if (opOf(i) == OP_VECTOR) stI32(unitList, k++, i);
  vecCount = k - vecBase;
  vecStartP = 0; vecDoneP = 0; vecFree = 0; vecFailed = -1; unfinishedVec = 0;

  exactCycle = 0; finished = false; changed = false; oldest = 0;
  pc = 0; feWaitNop = false; feNopEnd = 0; feWaitSync = false;
  unfinishedHost = 0; unfinishedWeights = 0; unfinishedMatrix = 0; unfinishedAct = 0;
  hostStartP = 0; hostDoneP = 0; hostChanFree = 0;
  fetchT = 0; arriveT = 0; fetchChanFree = 0; fifoUsed = 0; fifoNextSlot = 0;
  ubFetchT = -1; ubFetchRow = 0; ubFetchRows = 0;
  shiftT = 0; shifting = false; shiftRow = 0; shiftRows = 0;
  matHead = 0; seqM = -1; dfTile = -1; seqLeft = 0; seqV = 0; seqS = 0; seqP = 1; seqLen = 0;
  seqIn16 = false; seqW16 = false; seqUnsigned = false; seqAccumulate = false; seqAcc0 = 0;
  pendingSwitch = false; currentUsed = 0; inArrayHead = 0; inArrayTail = 0; arrayBusyUntil = -1;
  weightsMovingUntil = -1; switchMovingUntil = -1; wideMovingUntil = -1;
  actStartP = 0; actDoneP = 0; actFeeding = false; actIns = -1; actRow = 0; actLen = 0;
  actPooled = false; actNextOut = 0; actOuts = 0;
}

// ---------------------------------------------------------------------------------------------
// Phase A: control

/** Front end: issues instructions in order; NOP, SYNC, INTERRUPT and HALT hold back what follows. */
function frontEnd(c: i64): void {
  for (;;) {
    if (feWaitNop) {
      if (feNopEnd > c) return;
      finish(pc - 1, feNopEnd);
      feWaitNop = false;
    }
    if (feWaitSync) {
      const i = pc - 1;
      const op = opOf(i);
      if (op == OP_SYNC) {
        const lo = wordLo(i);
        if (SYNC_host(lo) && unfinishedHost > 0) return;
        if (SYNC_weights(lo) && unfinishedWeights > 0) return;
        if (SYNC_matrix(lo) && unfinishedMatrix > 0) return;
        if (SYNC_activate(lo) && unfinishedAct > 0) return;
        if (SYNC_vector(lo) && unfinishedVec > 0) return;
      } else if (unfinishedHost + unfinishedWeights + unfinishedMatrix + unfinishedAct + unfinishedVec > 0) {
        return;
      }
      stI64(tIssueEnd, i, c);
      finish(i, c);
      feWaitSync = false;
      if (op == OP_HALT) {
        finished = true;
        return;
      }
    }
    if (pc >= N) return;
    const i = pc++;
    const op = opOf(i);
    const lo = wordLo(i), hi = wordHi(i);
    stI64(tDispatch, i, c);
    st8(status, i, ST_ISSUED);
    addCounter(tagOf(i), CTR_INSTRUCTIONS, 1);
    changed = true;
    const unit = opUnit(op);
    if (unit == UNIT_CONTROL) {
      stI64(tStart, i, c);
      stI64(tIssueEnd, i, c);
      if (op == OP_NOP) {
        const n = <i64>NOP_cycles(lo, hi);
        feNopEnd = c + n;
        stI64(tIssueEnd, i, feNopEnd);
        feWaitNop = true;
      } else if (op == OP_SYNC || op == OP_INTERRUPT || op == OP_HALT) {
        feWaitSync = true;
      } else {
        finish(i, c); // SET, TAG
      }
    } else if (unit == UNIT_HOST) unfinishedHost++;
    else if (unit == UNIT_MATRIX) unfinishedMatrix++;
    else if (unit == UNIT_ACTIVATE) unfinishedAct++;
    else if (unit == UNIT_VECTOR) unfinishedVec++;
    else if (unit == UNIT_WEIGHTS) {
      unfinishedWeights++;
      if (READ_WEIGHTS_tiles(lo, hi) == 0) {
        // nothing to fetch: done at issue
        stI64(tStart, i, c);
        stI64(tIssueEnd, i, c);
        finish(i, c);
      }
    }
  }
}

/** Host interface: one transfer on the link at a time; the link latency is a pipeline. */
function hostUnit(c: i64): void {
  // deliveries (in order: transfers leave the pipeline in the order they entered)
  while (hostDoneP < hostStartP) {
    const i = ldI32(unitList, hostDoneP);
    const due = ldI64(dueAt, i);
    if (due > c) break;
    hostTransfer(i);
    finish(i, due);
    hostDoneP++;
  }
  while (hostStartP < hostCount) {
    const i = ldI32(unitList, hostStartP);
    if (!issued(i) || hostChanFree > c || !depsDone(i)) return;
    const bytes = hostBytesOf(i);
    const busy = xferH(<u64>bytes);
    stI64(tStart, i, c);
    stI64(tIssueEnd, i, c + busy);
    stI64(dueAt, i, c + busy + H_LAT);
    st8(status, i, ST_STARTED);
    hostChanFree = c + busy;
    const tag = tagOf(i);
    addCounter(tag, CTR_HOST_BUSY_CYCLES, busy);
    addCounter(tag, opOf(i) == OP_READ_HOST ? CTR_HOST_TO_UB_BYTES : CTR_UB_TO_HOST_BYTES, bytes);
    hostStartP++;
    changed = true;
    if (busy + H_LAT == 0) {
      hostTransfer(i);
      finish(i, c);
      hostDoneP++;
    }
  }
}

/** A tile reaches the FIFO: its bytes are written into its slots. */
function tileArrives(t: i32, at: i64): void {
  stI64(tArrive, t, at);
  st8(tileArrived, t, 1);
  if (!tileFromUb(t)) {
    // from weight memory: the bytes arrive together (a tile read from the UB was written row by row)
    const slotBytes = <usize>R * <usize>C;
    const src = weightMem + <usize>ldI64(tileAddr, t);
    const slot = ldI32(tileFifoSlot, t);
    memory.copy(fifoMem + <usize>slot * slotBytes, src, slotBytes);
    if (tileSlots(t) == 2) {
      const second = slot + 1 == FIFO_SLOTS ? 0 : slot + 1;
      memory.copy(fifoMem + <usize>second * slotBytes, src + slotBytes, slotBytes);
    }
  }
  // the READ_WEIGHTS is ready when its last tile has arrived
  const i = ldI32(tileInstr, t);
  const first = ldI32(insTile, i);
  if (t == first + <i32>READ_WEIGHTS_tiles(wordLo(i), wordHi(i)) - 1) finish(i, at);
  changed = true;
}

/**
 * Weight fetcher: one tile on its channel at a time, only into free FIFO slots: from weight memory
 * (arriving after the DRAM latency) or, with `ub`, read from the UB one row per cycle (phase B).
 */
function weightFetcher(c: i64): void {
  if (ubFetchT >= 0 && ubFetchRow == ubFetchRows) {
    tileArrives(ubFetchT, c); // its last row was written into the FIFO in the previous cycle
    ubFetchT = -1;
  }
  while (arriveT < fetchT) {
    if (ld8(tileArrived, arriveT) != 0) { arriveT++; continue; } // read from the UB, arrived already
    const due = ldI64(tileDue, arriveT);
    if (due > c) break;
    tileArrives(arriveT, due);
    arriveT++;
  }
  while (fetchT < numTiles) {
    const t = fetchT;
    const i = ldI32(tileInstr, t);
    if (!issued(i) || fetchChanFree > c || !tileDepsDone(t)) return;
    const slots = tileSlots(t);
    if (fifoUsed + slots > FIFO_SLOTS) return; // back-pressure: the FIFO is full
    const bytes = tileBytes(t);
    const busy = tileTransferCycles(t);
    const fromUb = tileFromUb(t);
    stI64(tXstart, t, c);
    stI64(tileDue, t, fromUb ? i64.MAX_VALUE : c + busy + tileLatency(t));
    stI32(tileFifoSlot, t, fifoNextSlot);
    fifoNextSlot = (fifoNextSlot + slots) % FIFO_SLOTS;
    fifoUsed += slots;
    fetchChanFree = c + busy;
    const first = ldI32(insTile, i);
    if (t == first) {
      stI64(tStart, i, c);
      st8(status, i, ST_STARTED);
    }
    if (t == first + <i32>READ_WEIGHTS_tiles(wordLo(i), wordHi(i)) - 1) stI64(tIssueEnd, i, c + busy);
    const tag = tagOf(i);
    addCounter(tag, CTR_WEIGHT_BUSY_CYCLES, busy);
    addCounter(tag, fromUb ? CTR_UB_TO_FIFO_BYTES : CTR_DRAM_TO_FIFO_BYTES, bytes);
    fetchT++;
    changed = true;
    if (fromUb) {
      ubFetchT = t;
      ubFetchRow = 0;
      ubFetchRows = tileUbRows(t);
      return; // the channel is busy for its rows
    }
    if (busy + W_LAT == 0) {
      tileArrives(t, c);
      arriveT++;
    }
  }
}

/**
 * The fetcher reads one UB row of the tile it is fetching from the UB into the tile's FIFO slot:
 * tile row k from bytes [wt.lane, wt.lane + C) of UB row first + k, or with transpose tile column n
 * from bytes [wt.lane, wt.lane + R) of UB row first + n.
 */
function fetcherRead(): void {
  if (ubFetchT < 0 || ubFetchRow == ubFetchRows) return;
  const t = ubFetchT;
  const i = ldI32(tileInstr, t);
  const j = ubFetchRow;
  const src = ub + <usize>(ldI64(tileAddr, t) + <i64>j) * <usize>W + <usize>ldI32(insLane, i);
  const dst = fifoMem + <usize>ldI32(tileFifoSlot, t) * <usize>R * <usize>C;
  if (!READ_WEIGHTS_transpose(wordLo(i))) memory.copy(dst + <usize>j * <usize>C, src, <usize>C);
  else for (let k = 0; k < R; k++) store<u8>(dst + <usize>k * <usize>C + <usize>j, load<u8>(src + <usize>k));
  ubFetchRow++;
}

/** Whether the next weight fetch is held back only by a full FIFO this cycle (after phase A). */
function fetcherBlockedByFifo(c: i64): bool {
  if (fetchT >= numTiles) return false;
  const i = ldI32(tileInstr, fetchT);
  return issued(i) && fetchChanFree <= c && tileDepsDone(fetchT) && fifoUsed + tileSlots(fetchT) > FIFO_SLOTS;
}

/** Number of MATMULs started whose last partial sum is not yet in the accumulators. */
@inline function inArrayCount(): i32 { return inArrayTail - inArrayHead; }

/** Weight shifter: starts shifting the next tile once it is in the FIFO and its registers are free. */
function weightShifter(c: i64): void {
  if (shifting || shiftT >= numTiles) return;
  const t = shiftT;
  if (ld8(tileArrived, t) == 0) return;
  // os/is: the array's edge holds the current tile and the next one (asc/dataflow.ts)
  if (DOUBLE_BUFFER || DATAFLOW != DF_WS) {
    // the shadow registers are free once the multiply switching to the previous tile has started
    if (t > 0) {
      const m = ldI32(tileSwitcher, t - 1);
      if (m < 0 || statusOf(m) < ST_STARTED) return;
    }
  } else {
    // single-buffered: the tile overwrites the active weights, so the multiply switching to it must
    // be next and the array empty
    const m = ldI32(tileSwitcher, t);
    if (m < 0 || matHead >= matCount || ldI32(unitList, matBase + matHead) != m || !issued(m)) return;
    if (inArrayCount() > 0) return;
  }
  stI64(tShiftStart, t, c);
  if (DATAFLOW != DF_WS) {
    // os/is: the cells hold no weights, so nothing shifts: the tile streams from the array's edge
    const slotBytes = R * C;
    keepTile(t, fifoMem, <usize>(ldI32(tileFifoSlot, t) * slotBytes), <usize>(FIFO_SLOTS * slotBytes), <usize>tileBytes(t));
    stI64(tShiftEnd, t, c);
    st8(tileShifted, t, 1);
    fifoUsed -= tileSlots(t);
    shiftT++;
    changed = true;
    return;
  }
  shifting = true;
  shiftRow = 0;
  shiftRows = R * tileSlots(t);
  changed = true;
}

/** Matrix unit sequencer: takes the next MATMUL when the previous one has pushed all its vectors. */
function matrixUnit(c: i64): void {
  while (matHead < matCount && seqLeft == 0) {
    const m = ldI32(unitList, matBase + matHead);
    if (!issued(m) || !depsDone(m)) return;
    const lo = wordLo(m), hi = wordHi(m);
    const sw = MATMUL_switch(lo);
    if (sw) {
      const t = ldI32(insTile, m);
      if (ld8(tileShifted, t) == 0) return;
      currentUsed = ldI64(tileUsed, t);
      // double-buffered: a switch marker rides the data wavefront (alone when len = 0)
      if (DOUBLE_BUFFER && DATAFLOW == DF_WS) pendingSwitch = true;
    }
    stI64(tStart, m, c);
    st8(status, m, ST_STARTED);
    const len = <i64>MATMUL_len(lo, hi);
    const in16 = MATMUL_in16(lo), w16 = MATMUL_w16(lo);
    const p = matmulP(m);
    const tag = tagOf(m);
    if (DATAFLOW != DF_WS) {
      if (sw) dfTile = ldI32(insTile, m);
      startDataflowMatmul(m, c, len, p);
      continue;
    }
    addCounter(tag, CTR_MATRIX_BUSY_CYCLES, len * p);
    addCounter(tag, CTR_UB_TO_ARRAY_BYTES, len * <i64>R * (in16 ? 2 : 1));
    matHead++;
    changed = true;
    if (len == 0) {
      stI64(tIssueEnd, m, c);
      finish(m, c);
      continue;
    }
    seqM = m;
    seqLen = len;
    seqLeft = len * p;
    seqV = 0;
    seqS = 0;
    seqP = <i32>p;
    seqIn16 = in16;
    seqW16 = w16;
    seqUnsigned = MATMUL_unsigned(lo);
    seqAccumulate = MATMUL_accumulate(lo);
    seqAcc0 = <i32>MATMUL_acc(lo, hi);
    stI32(inArrayQueue, inArrayTail++, m);
  }
}

/**
 * OS/IS (asc/dataflow.ts): the cells of multiply m are stepped group by group when it starts (no
 * other unit touches its accumulator rows before it is ready: the hazard rules); the matrix unit
 * then stays busy for the stepped cycles and the multiply is ready after the last write.
 */
function startDataflowMatmul(m: i32, c: i64, len: i64, p: i64): void {
  const lo = wordLo(m);
  const busy = exactDataflowMatmul(m, dfTile);
  const tag = tagOf(m);
  const useful = len * p * currentUsed;
  addCounter(tag, CTR_MATRIX_BUSY_CYCLES, busy);
  addCounter(tag, CTR_UB_TO_ARRAY_BYTES, len * <i64>R * (MATMUL_in16(lo) ? 2 : 1));
  addCounter(tag, CTR_USEFUL_MACS, useful);
  addCounter(tag, CTR_UNUSED_MACS, busy * <i64>R * <i64>C - useful);
  matHead++;
  changed = true;
  if (busy == 0) {
    stI64(tIssueEnd, m, c);
    finish(m, c);
    return;
  }
  seqM = m;
  seqLeft = busy;
  stI32(inArrayQueue, inArrayTail++, m);
}

/**
 * OS/IS: one busy cycle of the matrix unit; the multiply is done after its last one, or, a held
 * IS group, once its last outputs have flowed out (dataflowReadyExtra cycles later).
 */
function dataflowTick(c: i64): void {
  seqLeft--;
  if (seqLeft == 0) {
    stI64(tIssueEnd, seqM, c + 1);
    stI64(dueAt, seqM, c + 1 + dataflowReadyExtra(seqM));
  }
  retireDataflow(c);
}

/** OS/IS: finishes, in order, the multiplies whose last output is written by the end of cycle c. */
function retireDataflow(c: i64): void {
  while (inArrayCount() > 0) {
    const h = ldI32(inArrayQueue, inArrayHead);
    if (h == seqM && seqLeft > 0) return;
    const due = ldI64(dueAt, h);
    if (due > c + 1) return;
    inArrayHead++;
    finish(h, due);
  }
}

/** Activation unit: one accumulator row per cycle into an ACT_LAT-stage pipeline. */
function activationUnit(c: i64): void {
  // end markers leaving the pipeline
  while (actDoneP < actStartP) {
    const i = ldI32(unitList, actBase + actDoneP);
    if (actFeeding && i == actIns) break;
    const due = ldI64(dueAt, i);
    if (due > c) break;
    finish(i, due);
    actDoneP++;
  }
  while (!actFeeding && actStartP < actCount) {
    const i = ldI32(unitList, actBase + actStartP);
    if (!issued(i) || !depsDone(i)) return;
    const lo = wordLo(i), hi = wordHi(i);
    stI64(tStart, i, c);
    st8(status, i, ST_STARTED);
    activateBegin(i);
    const len = <i64>ACTIVATE_len(lo, hi);
    const outs = activateOutputs(i);
    const tag = tagOf(i);
    addCounter(tag, CTR_ACTIVATION_BUSY_CYCLES, len);
    addCounter(tag, CTR_ACC_TO_ACTIVATION_BYTES, len * <i64>C * 4);
    addCounter(tag, CTR_ACTIVATION_TO_UB_BYTES, outs * <i64>C * (ACTIVATE_out16(lo) ? 2 : 1));
    actStartP++;
    changed = true;
    if (len == 0) {
      // only the end marker goes through the pipeline
      stI64(tIssueEnd, i, c);
      stI64(dueAt, i, c + ACT_LAT);
      if (ACT_LAT == 0) {
        finish(i, c);
        actDoneP++;
      }
      continue;
    }
    actFeeding = true;
    actIns = i;
    actRow = 0;
    actLen = len;
    actPooled = <u32>ACTIVATE_pool(lo, hi) != POOL_NONE;
    actNextOut = 0;
    actOuts = outs;
  }
}

/**
 * Vector unit: takes its next VECTOR when it is issued, the unit is free and its hazards are done;
 * busy for setup + len * ceil(w / lanes) cycles, then VEC_LAT pipeline stages. Its results are
 * written as they leave the pipeline (the scoreboard keeps every reader of Y, and every writer of
 * what it reads, on the far side of that moment, so when within the instruction does not matter).
 */
function vectorUnit(c: i64): void {
  while (vecDoneP < vecStartP) {
    const i = ldI32(unitList, vecBase + vecDoneP);
    const due = ldI64(dueAt, i);
    if (due > c) break;
    vectorData(i);
    finish(i, due);
    vecDoneP++;
  }
  while (vecStartP < vecCount) {
    const i = ldI32(unitList, vecBase + vecStartP);
    if (!issued(i) || vecFree > c || !depsDone(i)) return;
    const busy = vectorBusy(i);
    stI64(tStart, i, c);
    stI64(tIssueEnd, i, c + busy);
    stI64(dueAt, i, c + busy + VEC_LAT);
    st8(status, i, ST_STARTED);
    vecFree = c + busy;
    const tag = tagOf(i);
    addCounter(tag, CTR_VECTOR_BUSY_CYCLES, busy);
    addCounter(tag, CTR_UB_TO_VECTOR_BYTES, vectorReadBytes(i));
    addCounter(tag, CTR_VECTOR_TO_UB_BYTES, vectorWriteBytes(i));
    vecStartP++;
    changed = true;
    if (busy + VEC_LAT == 0) {
      vectorData(i);
      finish(i, c);
      vecDoneP++;
    }
  }
}

function phaseA(c: i64): void {
  do {
    changed = false;
    frontEnd(c);
    hostUnit(c);
    weightFetcher(c);
    matrixUnit(c);
    weightShifter(c);
    activationUnit(c);
    vectorUnit(c);
  } while (changed && !finished);
}

// ---------------------------------------------------------------------------------------------
// Phase B: datapath

/**
 * The shifter pushes one tile row (bottom row first; low bytes, then high bytes of an int16 tile).
 * Each byte travels down its column to its destination row, where it is latched.
 */
function shifterPush(c: i64): void {
  const slotIdx = <i32>(c & maskW);
  if (!shifting) {
    stI32(ringWPushed, slotIdx, 0);
    return;
  }
  const t = shiftT;
  const w16 = ldI32(tileW16, t) != 0;
  const j = shiftRow;
  const plane = w16 && j >= R ? 1 : 0;
  const row = R - 1 - (j % R);
  const mode = w16 ? (plane == 0 ? PUSH_LOW : PUSH_HIGH) : PUSH_8BIT;
  const head = WT_VALID | (mode << WT_MODE_SHIFT) | (row << WT_DEST_SHIFT);
  stI32(ringWPushed, slotIdx, 1);
  // the FIFO holds the tile as in weight memory: int8 row-major, or int16 little-endian row-major
  const slotBytes = R * C;
  const base = ldI32(tileFifoSlot, t) * slotBytes;
  const ringBytes = FIFO_SLOTS * slotBytes;
  const dst = ringW + ((<usize>slotIdx * <usize>C) << 2);
  for (let n = 0; n < C; n++) {
    let off = w16 ? ((row * C + n) << 1) + plane : row * C + n;
    off += base;
    if (off >= ringBytes) off -= ringBytes;
    store<i32>(dst + (<usize>n << 2), head | (<i32>ld8(fifoMem, off) << WT_BYTE_SHIFT));
  }
  arrayBusyUntil = c + <i64>(R + C);
  weightsMovingUntil = c + <i64>(R + C);
  shiftRow++;
  if (shiftRow == shiftRows) {
    shifting = false;
    stI64(tShiftEnd, t, c + 1);
    st8(tileShifted, t, 1);
    if (DATAFLOW != DF_WS) keepTile(t, fifoMem, <usize>base, <usize>ringBytes, <usize>tileBytes(t));
    fifoUsed -= tileSlots(t); // its slots are free from the next cycle
    shiftT++;
  }
}

/** The sequencer pushes one vector (one byte sub-pass of it) into row 0; returns its control word. */
function sequencerPush(c: i64): i32 {
  let ctl = 0;
  if (DATAFLOW != DF_WS) {
    if (seqLeft > 0) dataflowTick(c);
    else retireDataflow(c);
    return 0;
  }
  if (seqLeft > 0) {
    // sub-pass s multiplies input byte ix by weight byte iw; its column sums weigh 2^(8*(ix+iw))
    let ix = 0, iw = 0;
    if (seqIn16 && seqW16) { ix = seqS & 1; iw = seqS >> 1; }
    else if (seqIn16) ix = seqS;
    else if (seqW16) iw = seqS;
    // byte ix of a 16-bit input is the next UB row, at the same lane
    const src = matmulInputAddr(seqM, seqV) + <usize>(ix * W);
    const dst = ringX + ((<usize>(c & maskX) * <usize>R) << 2);
    // low bytes of 16-bit inputs are unsigned; the high byte or an 8-bit input is signed unless `unsigned`
    const signedX = seqIn16 ? (ix == 1 && !seqUnsigned) : !seqUnsigned;
    if (signedX) {
      for (let k = 0; k < R; k++) store<i32>(dst + (<usize>k << 2), <i32>load<i8>(src + <usize>k));
    } else {
      for (let k = 0; k < R; k++) store<i32>(dst + (<usize>k << 2), <i32>load<u8>(src + <usize>k));
    }
    const sel = seqW16 ? (iw == 0 ? 1 : 2) : 0;
    if (sel != 0) wideMovingUntil = c + <i64>(R + C);
    ctl = CTL_VALID | (sel << CTL_SEL_SHIFT) | ((ix + iw) << CTL_SCALE_SHIFT) | ((seqAcc0 + <i32>seqV) << CTL_ROW_SHIFT);
    if (seqS == 0 && !seqAccumulate) ctl |= CTL_OVERWRITE;
    if (seqV == seqLen - 1 && seqS == seqP - 1) ctl |= CTL_LAST;
    const tag = tagOf(seqM);
    const slots = <i64>R * <i64>C;
    addCounter(tag, CTR_USEFUL_MACS, currentUsed);
    addCounter(tag, CTR_UNUSED_MACS, slots - currentUsed);
    seqLeft--;
    seqS++;
    if (seqS == seqP) { seqS = 0; seqV++; }
    if (seqLeft == 0) stI64(tIssueEnd, seqM, c + 1);
  }
  if (pendingSwitch) {
    ctl |= CTL_SWITCH;
    pendingSwitch = false;
    switchMovingUntil = c + <i64>(R + C);
  }
  if (ctl != 0) arrayBusyUntil = c + <i64>(R + C);
  return ctl;
}

/** Copies the shadow weights of cell idx into its active registers (the switch wavefront). */
@inline function switchCell(idx: i32, rc: i32): void {
  const a = active + (<usize>idx << 2), s = shadow + (<usize>idx << 2);
  const f = <usize>rc << 2;
  store<i32>(a, load<i32>(s));
  store<i32>(a + f, load<i32>(s + f));
  store<i32>(a + 2 * f, load<i32>(s + 2 * f));
}

/**
 * Clocks every cell once. Cell (k, n) takes its input from (k, n-1) (column 0: from the setup
 * skew), its control word from (k-1, n) (row 0: from (0, n-1), cell (0, 0) from the sequencer) and
 * its partial sum from (k-1, n). Rows are clocked bottom-up so that each reads the row above as it
 * was in the previous cycle; within a row the registers move as whole rows (the partial sums four
 * cells at a time with SIMD).
 */
function arrayStep(c: i64, entryCtl: i32): void {
  const rc = R * C;
  const f = <usize>rc << 2;
  const rowBytes = <usize>C << 2;
  const quads = C & ~3;
  const anySwitch = c <= switchMovingUntil;
  const anyWide = c <= wideMovingUntil;
  for (let k = R - 1; k >= 0; k--) {
    const row = <usize>(k * C) << 2;
    // inputs move right; column 0 takes element k of the vector pushed k cycles ago
    memory.copy(cellX + row + 4, cellX + row, rowBytes - 4);
    store<i32>(cellX + row, load<i32>(ringX + ((<usize>((c - <i64>k) & maskX) * <usize>R + <usize>k) << 2)));
    // control words move down (row 0: right, from the sequencer)
    if (k > 0) memory.copy(cellCtl + row, cellCtl + row - rowBytes, rowBytes);
    else {
      memory.copy(cellCtl + 4, cellCtl, rowBytes - 4);
      store<i32>(cellCtl, entryCtl);
    }
    // the switch wavefront: copy shadow -> active where the first vector of a switching multiply is
    if (anySwitch) {
      for (let n = 0; n < C; n++) {
        if (load<i32>(cellCtl + row + (<usize>n << 2)) & CTL_SWITCH) switchCell(k * C + n, rc);
      }
    }
    // partial sums: the one from above plus input x weight (the weight byte the sub-pass selects)
    const above = k > 0 ? cellP + row - rowBytes : 0;
    let n = 0;
    for (; n < quads; n += 4) {
      const a = row + (<usize>n << 2);
      const x = v128.load(cellX + a);
      let w = v128.load(active + a);
      if (anyWide) {
        const sel = i32x4.shr_s(v128.and(v128.load(cellCtl + a), i32x4.splat(3 << CTL_SEL_SHIFT)), CTL_SEL_SHIFT);
        w = v128.bitselect(v128.load(active + f + a), w, i32x4.eq(sel, i32x4.splat(1)));
        w = v128.bitselect(v128.load(active + 2 * f + a), w, i32x4.eq(sel, i32x4.splat(2)));
      }
      let p = i32x4.mul(x, w);
      if (k > 0) p = i32x4.add(p, v128.load(above + (<usize>n << 2)));
      v128.store(cellP + a, p);
    }
    for (; n < C; n++) {
      const a = row + (<usize>n << 2);
      const sel = <usize>((load<i32>(cellCtl + a) >> CTL_SEL_SHIFT) & 3);
      let p = load<i32>(cellX + a) * load<i32>(active + a + sel * f);
      if (k > 0) p += load<i32>(above + (<usize>n << 2));
      store<i32>(cellP + a, p);
    }
  }
  // the bottom row writes the accumulators
  const bottom = (R - 1) * C;
  for (let n = 0; n < C; n++) {
    const a = <usize>(bottom + n) << 2;
    const ctl = load<i32>(cellCtl + a);
    if ((ctl & CTL_VALID) == 0) continue;
    const sum = load<i32>(cellP + a) << (((ctl >> CTL_SCALE_SHIFT) & 3) << 3);
    const accRow = <usize>(<u32>ctl >> CTL_ROW_SHIFT);
    const dst = acc + ((accRow * <usize>C + <usize>n) << 2);
    store<i32>(dst, (ctl & CTL_OVERWRITE) ? sum : load<i32>(dst) + sum);
    if ((ctl & CTL_LAST) && n == C - 1) {
      // the multiply's last partial sum is in: its results are usable next cycle
      finish(ldI32(inArrayQueue, inArrayHead++), c + 1);
    }
  }
  if (c <= weightsMovingUntil) weightStep(c);
}

/**
 * Moves the travelling weight bytes down one row (row 0 takes the byte pushed n cycles ago for
 * column n) and latches each byte that reaches its destination row into the shadow registers
 * (the active ones when single-buffered). Runs after the cells, whose switch copies read the
 * registers' values of the previous cycle.
 */
function weightStep(c: i64): void {
  const rc = R * C;
  const f = <usize>rc << 2;
  const target = DOUBLE_BUFFER ? shadow : active;
  for (let k = R - 1; k >= 0; k--) {
    for (let n = C - 1; n >= 0; n--) {
      const idx = k * C + n;
      const a = <usize>idx << 2;
      let wt: i32;
      if (k > 0) wt = load<i32>(cellWT + a - (<usize>C << 2));
      else {
        const slotIdx = <i32>((c - <i64>n) & maskW);
        wt = ldI32(ringWPushed, slotIdx) != 0 ? ldI32(ringW, slotIdx * C + n) : 0;
      }
      store<i32>(cellWT + a, wt);
      if ((wt & WT_VALID) == 0 || (wt >>> WT_DEST_SHIFT) != k) continue;
      const mode = (wt >> WT_MODE_SHIFT) & 3;
      const b = (wt >> WT_BYTE_SHIFT) & 0xff;
      const lowS = <i32><i8>b;
      if (mode == PUSH_8BIT) {
        store<i32>(target + a, lowS);
        store<i32>(target + a + f, b);
        store<i32>(target + a + 2 * f, lowS >> 8);
      } else if (mode == PUSH_LOW) {
        store<i32>(target + a, lowS);
        store<i32>(target + a + f, b);
      } else {
        store<i32>(target + a + 2 * f, lowS);
      }
    }
  }
}

/** The activation unit takes one accumulator row; pooled outputs leave as their windows complete. */
function activationFeed(c: i64): void {
  if (!actFeeding) return;
  const r = actRow;
  if (actPooled) {
    while (actNextOut < actOuts && poolWindowEnd(actIns, actNextOut) <= r) activatePooled(actNextOut++);
  } else {
    activateRow(r);
  }
  actRow++;
  if (actRow == actLen) {
    actFeeding = false;
    stI64(tIssueEnd, actIns, c + 1);
    stI64(dueAt, actIns, c + 1 + ACT_LAT); // the end marker, behind the last row
  }
}

function phaseB(c: i64): void {
  fetcherRead();
  shifterPush(c);
  const entry = sequencerPush(c);
  // clock gating: an array holding no data and no weights in motion does not change
  if (c <= arrayBusyUntil) arrayStep(c, entry);
  activationFeed(c);
}

// ---------------------------------------------------------------------------------------------
// Counters of one cycle (after phase A), by the definitions of TIMING.md "Counters"

/** Counts `times` identical cycles starting at c (more than one only when skipping idle cycles). */
function countCycles(c: i64, times: i64): void {
  while (oldest < N && isDone(oldest)) oldest++;
  const tag = tagOf(oldest);
  addCounter(tag, CTR_CYCLES, times);
  const issuing = seqLeft > 0;
  // the waiting multiply: the next one, issued, while the array takes no vector
  let waiting = -1;
  if (!issuing && matHead < matCount) {
    const m = ldI32(unitList, matBase + matHead);
    if (issued(m)) waiting = m;
  }
  if (issuing) addCounter(tag, CTR_ACTIVE_CYCLES, times);
  else {
    let cls = CTR_NON_MATRIX_CYCLES;
    if (waiting >= 0 && MATMUL_switch(wordLo(waiting))) {
      const t = ldI32(insTile, waiting);
      if (ld8(tileArrived, t) == 0) cls = CTR_WEIGHT_STALL_CYCLES;
      else if (ld8(tileShifted, t) == 0) cls = CTR_WEIGHT_SHIFT_CYCLES;
    }
    addCounter(tag, cls, times);
  }
  if (waiting >= 0) {
    const ja = ldI32(depAct, waiting), jv = ldI32(depVector, waiting);
    if ((ja >= 0 && !isDone(ja)) || (jv >= 0 && !isDone(jv))) addCounter(tag, CTR_RAW_STALL_CYCLES, times);
    const jh = ldI32(depHost, waiting);
    if (jh >= 0 && !isDone(jh)) addCounter(tag, CTR_INPUT_STALL_CYCLES, times);
  }
  if (fetcherBlockedByFifo(c)) addCounter(tagOf(ldI32(tileInstr, fetchT)), CTR_FIFO_FULL_STALL_CYCLES, times);
}

// ---------------------------------------------------------------------------------------------
// Idle cycles

/**
 * When nothing moves in the datapath (no shift, no vector, an empty array, no activation row),
 * every cycle until the next timed event (a NOP's end, a transfer leaving its pipeline, a channel
 * becoming free, an end marker leaving the activation pipeline) is identical to this one: returns
 * that event's cycle, or c + 1 when the datapath is busy.
 */
function nextChange(c: i64): i64 {
  if (shifting || seqLeft > 0 || pendingSwitch || actFeeding || ubFetchT >= 0 || c <= arrayBusyUntil) return c + 1;
  let next: i64 = i64.MAX_VALUE;
  // os/is: a held group's last outputs are written in the cycle before its due
  if (DATAFLOW != DF_WS && inArrayCount() > 0) {
    const due = ldI64(dueAt, ldI32(inArrayQueue, inArrayHead)) - 1;
    if (due < next) next = due;
  }
  if (feWaitNop && feNopEnd < next) next = feNopEnd;
  if (hostDoneP < hostStartP) {
    const due = ldI64(dueAt, ldI32(unitList, hostDoneP));
    if (due < next) next = due;
  }
  if (hostStartP < hostCount && hostChanFree > c && hostChanFree < next) next = hostChanFree;
  if (arriveT < fetchT) {
    const due = ldI64(tileDue, arriveT);
    if (due < next) next = due;
  }
  if (fetchT < numTiles && fetchChanFree > c && fetchChanFree < next) next = fetchChanFree;
  if (actDoneP < actStartP) {
    const due = ldI64(dueAt, ldI32(unitList, actBase + actDoneP));
    if (due < next) next = due;
  }
  if (vecDoneP < vecStartP) {
    const due = ldI64(dueAt, ldI32(unitList, vecBase + vecDoneP));
    if (due < next) next = due;
  }
  if (vecStartP < vecCount && vecFree > c && vecFree < next) next = vecFree;
  return next > c ? next : c + 1;
}

// ---------------------------------------------------------------------------------------------
// Errors

/** Whether anything is still in motion (so some event is still to come). */
function inFlight(): bool {
  return feWaitNop || hostDoneP < hostStartP || arriveT < fetchT || ubFetchT >= 0 || shifting || seqLeft > 0 ||
    inArrayCount() > 0 || actDoneP < actStartP || vecDoneP < vecStartP;
}

/** The deadlock cycle: the latest event that did happen (dispatch, ready, arrive, shift end). */
function lastEvent(): i64 {
  let m: i64 = 0;
  for (let i = 0; i < N; i++) {
    const s = statusOf(i);
    if (s >= ST_ISSUED) { const d = ldI64(tDispatch, i); if (d > m) m = d; }
    if (s == ST_DONE) { const r = ldI64(tReady, i); if (r > m) m = r; }
  }
  for (let t = 0; t < numTiles; t++) {
    if (ld8(tileArrived, t) != 0) { const a = ldI64(tArrive, t); if (a > m) m = a; }
    if (ld8(tileShifted, t) != 0) { const e = ldI64(tShiftEnd, t); if (e > m) m = e; }
  }
  return m;
}

@inline function oldestUnfinished(): i32 {
  while (oldest < N && isDone(oldest)) oldest++;
  return oldest < N ? oldest : N - 1;
}

// ---------------------------------------------------------------------------------------------
// Inspection (tests look inside the cell array)

/** Cell registers exactCellRegister can read. */
export const REG_CELL_INPUT: i32 = 0;
export const REG_CELL_CONTROL: i32 = 1;
export const REG_CELL_PSUM: i32 = 2;
/** Active weight as int8 (low byte signed), low byte unsigned, high byte signed; then the same three of the shadow. */
export const REG_CELL_ACTIVE: i32 = 3;
export const REG_CELL_SHADOW: i32 = 6;

/** Value of register `which` (REG_CELL_*, plus 0..2 for the weight forms) of cell (k, n), as of the last cycle run. */
export function exactCellRegister(which: i32, k: i32, n: i32): i32 {
  if (k < 0 || k >= R || n < 0 || n >= C || which < 0 || which > 8 || cellX == 0) return 0;
  const a = <usize>(k * C + n) << 2;
  const f = <usize>(R * C) << 2;
  if (which == REG_CELL_INPUT) return load<i32>(cellX + a);
  if (which == REG_CELL_CONTROL) return load<i32>(cellCtl + a);
  if (which == REG_CELL_PSUM) return load<i32>(cellP + a);
  if (which < REG_CELL_SHADOW) return load<i32>(active + a + <usize>(which - REG_CELL_ACTIVE) * f);
  return load<i32>(shadow + a + <usize>(which - REG_CELL_SHADOW) * f);
}

/**
 * After HALT: shifts whose conditions were all met during the run still happen by the TIMING.md
 * rules (e.g. the tile after the last one switched to), so the shifter runs on until it has no
 * more tile it may shift. Only the shifter and the weight registers move; the counters stop at T.
 */
function drainShifter(from: i64): void {
  let c = from;
  for (;;) {
    weightShifter(c);
    if (!shifting) return;
    shifterPush(c);
    if (c <= weightsMovingUntil) weightStep(c);
    c++;
  }
}

// ---------------------------------------------------------------------------------------------
// Running

/**
 * Runs up to `budgetCycles` cycles of the exact engine. Returns 0 when the program has halted
 * (totalCycles set), 1 when the budget is used up (call again), 2 on error (errCode etc. set):
 * CYCLE_LIMIT when HALT would be ready after `maxCycles`, DEADLOCK when nothing can progress,
 * VECTOR_INDEX at HALT when a VECTOR met an index out of range.
 */
export function exactStep(budgetCycles: i64, maxCycles: i64): i32 {
  for (let b: i64 = 0; b < budgetCycles;) {
    const c = exactCycle;
    phaseA(c);
    if (finished) {
      if (vecFailed >= 0) {
        fail(ERR_VECTOR_INDEX, vecFailed, vecFailIndex, vecFailStep, vecFailBound);
        return 2;
      }
      setTotalCycles(c);
      drainShifter(c);
      return 0;
    }
    if (!inFlight()) {
      const at = lastEvent();
      if (at > maxCycles) fail(ERR_CYCLE_LIMIT, oldestUnfinished(), maxCycles);
      else fail(ERR_DEADLOCK, oldestUnfinished(), at);
      return 2;
    }
    if (c >= maxCycles) {
      fail(ERR_CYCLE_LIMIT, oldestUnfinished(), maxCycles);
      return 2;
    }
    // idle stretches (e.g. waiting out a DMA latency) are counted and skipped in one go
    let skip = nextChange(c) - c;
    if (skip > maxCycles - c) skip = maxCycles - c;
    if (skip > budgetCycles - b) skip = budgetCycles - b;
    countCycles(c, skip);
    if (skip == 1) phaseB(c);
    else memory.fill(ringWPushed, 0, <usize>(maskW + 1) << 2); // no row pushed in the skipped cycles
    exactCycle = c + skip;
    b += skip;
  }
  return 1;
}
