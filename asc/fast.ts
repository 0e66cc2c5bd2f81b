// The fast engine: event timing per instruction by the formulas of sim/TIMING.md, the counters by
// their definitions there, then the data effects in program order with the SIMD kernel.
//
// Timing is a work-list evaluation: every unit (front end, host interface, weight fetcher, weight
// shifter, matrix unit, activation unit) has a head (its next instruction or tile, in order) and
// advances it as soon as every quantity the head's formula needs is known. Each quantity is a max
// of known quantities plus constants, so this reaches the same numbers a cycle-by-cycle machine
// does; a head that can never advance (a cycle of waits) is a deadlock. Each head moves forward
// only, so the whole evaluation is linear in instructions + tiles.
import {
  ACTIVATE_len, ACTIVATE_out16,
  MATMUL_accumulate, MATMUL_acc, MATMUL_in16, MATMUL_len, MATMUL_switch, MATMUL_unsigned, MATMUL_w16,
  NOP_cycles, OP_ACTIVATE, OP_HALT, OP_INTERRUPT, OP_MATMUL, OP_NOP, OP_READ_HOST, OP_READ_WEIGHTS,
  OP_SYNC, OP_VECTOR, OP_WRITE_HOST, READ_WEIGHTS_tiles, READ_WEIGHTS_transpose, READ_WEIGHTS_ub,
  SYNC_activate, SYNC_host, SYNC_matrix, SYNC_vector, SYNC_weights,
  UNIT_ACTIVATE, UNIT_CONTROL, UNIT_HOST, UNIT_MATRIX, UNIT_VECTOR, UNIT_WEIGHTS, opUnit,
} from './generated/isa';
import {
  CTR_ACC_TO_ACTIVATION_BYTES, CTR_ACTIVATION_BUSY_CYCLES, CTR_ACTIVATION_TO_UB_BYTES, CTR_ACTIVE_CYCLES,
  CTR_CYCLES, CTR_DRAM_TO_FIFO_BYTES, CTR_FIFO_FULL_STALL_CYCLES, CTR_HOST_BUSY_CYCLES, CTR_HOST_TO_UB_BYTES,
  CTR_INPUT_STALL_CYCLES, CTR_INSTRUCTIONS, CTR_MATRIX_BUSY_CYCLES, CTR_NON_MATRIX_CYCLES, CTR_RAW_STALL_CYCLES,
  CTR_UB_TO_ARRAY_BYTES, CTR_UB_TO_FIFO_BYTES, CTR_UB_TO_HOST_BYTES, CTR_UNUSED_MACS, CTR_USEFUL_MACS, CTR_WEIGHT_BUSY_CYCLES,
  CTR_UB_TO_VECTOR_BYTES, CTR_VECTOR_BUSY_CYCLES, CTR_VECTOR_TO_UB_BYTES,
  CTR_WEIGHT_SHIFT_CYCLES, CTR_WEIGHT_STALL_CYCLES, ERR_CYCLE_LIMIT, ERR_DEADLOCK, ERR_OK, ERR_VECTOR_INDEX, NUM_COUNTERS,
} from './generated/core';
import {
  ACT_LAT, C, DOUBLE_BUFFER, FIFO_SLOTS, H_LAT, N, R, W,
  acc, activateOutputs, addCounter, counters, depAct, depHost, depMatrix, depVector, depWeights, fail, insLane, insTag,
  insTile, ldI32, ldI64, markMemoriesDirty, matmulP, numTags, numTiles, opOf, regrow, resetRun, setTotalCycles, stI64, tArrive,
  tDispatch, tIssueEnd, tReady, tShiftEnd, tShiftStart, tStart, tXstart, tileAddr, tileBytes, tileFromUb, tileInstr,
  tileLatency, tileSlots, tileSwitcher, tileTransferCycles, tileUbSlot, tileUsed, ub, ubTileStore,
  weightMem, wordHi, wordLo, xferH,
} from './state';
import { activate, hostBytesOf, hostTransfer, matmulInputAddr } from './functional';
import { DATAFLOW, DF_WS, dataflowBusy, dataflowReadyExtra, prepareDataflow, resetStreamedTile, streamedTile } from './dataflow';
import { SLAB_ROWS, multiplyRows, packWeights, rowAddressArray, scalarRow } from './kernels';
import { VEC_LAT, vecErrBound, vecErrIndex, vecErrStep, vectorBusy, vectorExecute, vectorReadBytes, vectorWriteBytes } from './vector';

/** Cycles to shift tile t into the array (one per tile row and byte plane). */
@inline function shiftCycles(t: i32): i64 {
  // os/is: the cells hold no weights; the tile streams from its slot (TIMING.md), nothing to shift
  return DATAFLOW == DF_WS ? <i64>R * <i64>tileSlots(t) : 0;
}

@inline function max64(a: i64, b: i64): i64 { return a > b ? a : b; }
@inline function min64(a: i64, b: i64): i64 { return a < b ? a : b; }

// ---------------------------------------------------------------------------------------------
// Timing

// Heads: the next instruction of each unit (N when none is left) and the next tile to fetch/shift
let front: i32 = 0;
let nextDispatch: i64 = 0;
let headHost: i32 = 0;
let headWeights: i32 = 0;
let headMatrix: i32 = 0;
let headAct: i32 = 0;
let headVec: i32 = 0;
let fetchTile: i32 = 0;
let shiftTile: i32 = 0;
// Running state of the units
let hostFree: i64 = 0; // first cycle the host link can start the next transfer
let fetchFree: i64 = 0; // first cycle the weight channel can start the next tile
let matrixFree: i64 = 0; // issueEnd of the previous MATMUL
let actFree: i64 = 0;
let vecFree: i64 = 0;
let maxReadyHost: i64 = 0;
let maxReadyWeights: i64 = 0;
let maxReadyMatrix: i64 = 0;
let maxReadyAct: i64 = 0;
let maxReadyVec: i64 = 0;
// FIFO occupancy window: tiles windowLo..fetchTile-1 hold slots; windowSlots is their sum
let windowLo: i32 = 0;
let windowSlots: i32 = 0;

/** Next instruction of `unit` at or after `from` (N if none). */
function nextOfUnit(unit: i32, from: i32): i32 {
  let i = from;
  while (i < N && opUnit(opOf(i)) != unit) i++;
  return i;
}

/** Whether instruction j (of any unit) has its ready time known. */
function isDone(j: i32): bool {
  const u = opUnit(opOf(j));
  if (u == UNIT_HOST) return headHost > j;
  if (u == UNIT_WEIGHTS) return headWeights > j;
  if (u == UNIT_MATRIX) return headMatrix > j;
  if (u == UNIT_ACTIVATE) return headAct > j;
  if (u == UNIT_VECTOR) return headVec > j;
  return front > j;
}

/** hazard(i) = max ready over its recorded dependencies, or -1 if one is not known yet. */
function hazard(i: i32): i64 {
  let h: i64 = 0;
  const a = ldI32(depHost, i), b = ldI32(depMatrix, i), c = ldI32(depAct, i), w = ldI32(depWeights, i);
  const v = ldI32(depVector, i);
  if (v >= 0) { if (!isDone(v)) return -1; h = max64(h, ldI64(tReady, v)); }
  if (a >= 0) { if (!isDone(a)) return -1; h = max64(h, ldI64(tReady, a)); }
  if (b >= 0) { if (!isDone(b)) return -1; h = max64(h, ldI64(tReady, b)); }
  if (c >= 0) { if (!isDone(c)) return -1; h = max64(h, ldI64(tReady, c)); }
  if (w >= 0) { if (!isDone(w)) return -1; h = max64(h, ldI64(tReady, w)); }
  return h;
}

/** The hazard term of tile t's fetch: its READ_WEIGHTS' hazard for its first tile (0 otherwise), -1 if not known yet. */
function tileHazard(t: i32): i64 {
  const ins = ldI32(tileInstr, t);
  return ldI32(insTile, ins) == t ? hazard(ins) : 0;
}

@inline function setTimes(i: i32, start: i64, issueEnd: i64, ready: i64): void {
  stI64(tStart, i, start);
  stI64(tIssueEnd, i, issueEnd);
  stI64(tReady, i, ready);
}

function stepFront(): bool {
  if (front >= N) return false;
  const i = front;
  const d = nextDispatch;
  const op = opOf(i);
  const lo = wordLo(i), hi = wordHi(i);
  // the front end has reached i: its dispatch cycle is known even if it must wait to complete
  stI64(tDispatch, i, d);
  if (op == OP_SYNC) {
    let ready = d;
    if (SYNC_host(lo)) { if (headHost <= i) return false; ready = max64(ready, maxReadyHost); }
    if (SYNC_weights(lo)) { if (headWeights <= i) return false; ready = max64(ready, maxReadyWeights); }
    if (SYNC_matrix(lo)) { if (headMatrix <= i) return false; ready = max64(ready, maxReadyMatrix); }
    if (SYNC_activate(lo)) { if (headAct <= i) return false; ready = max64(ready, maxReadyAct); }
    if (SYNC_vector(lo)) { if (headVec <= i) return false; ready = max64(ready, maxReadyVec); }
    setTimes(i, d, ready, ready);
    nextDispatch = ready;
  } else if (op == OP_INTERRUPT || op == OP_HALT) {
    if (headHost <= i || headWeights <= i || headMatrix <= i || headAct <= i || headVec <= i) return false;
    const ready = max64(max64(max64(d, max64(maxReadyHost, maxReadyWeights)), max64(maxReadyMatrix, maxReadyAct)), maxReadyVec);
    setTimes(i, d, ready, ready);
    nextDispatch = ready;
  } else if (op == OP_NOP) {
    const end = d + <i64>NOP_cycles(lo, hi);
    setTimes(i, d, end, end);
    nextDispatch = end;
  } else {
    // SET and TAG complete at issue; unit instructions are timed by their unit
    if (opUnit(op) == UNIT_CONTROL) setTimes(i, d, d, d);
  }
  front = i + 1;
  return true;
}

function stepHost(): bool {
  const i = headHost;
  if (i >= N || i >= front) return false;
  const h = hazard(i);
  if (h < 0) return false;
  const start = max64(max64(ldI64(tDispatch, i), hostFree), h);
  const busy = xferH(<u64>hostBytesOf(i));
  setTimes(i, start, start + busy, start + H_LAT + busy);
  hostFree = start + busy;
  maxReadyHost = max64(maxReadyHost, start + H_LAT + busy);
  headHost = nextOfUnit(UNIT_HOST, i + 1);
  return true;
}

function stepFetch(): bool {
  const t = fetchTile;
  if (t >= numTiles) return false;
  const ins = ldI32(tileInstr, t);
  if (ins >= front) return false;
  // the oldest tile that must have left the FIFO for tile t to fit (depends on sizes only)
  let lo = windowLo, slots = windowSlots + tileSlots(t);
  while (slots > FIFO_SLOTS) { slots -= tileSlots(lo); lo++; }
  let room: i64 = 0;
  if (lo > 0) {
    if (shiftTile < lo) return false;
    room = ldI64(tShiftEnd, lo - 1);
  }
  const h = tileHazard(t);
  if (h < 0) return false;
  windowLo = lo;
  windowSlots = slots;
  const xstart = max64(max64(max64(ldI64(tDispatch, ins), fetchFree), room), h);
  const xfer = tileTransferCycles(t);
  stI64(tXstart, t, xstart);
  stI64(tArrive, t, xstart + xfer + tileLatency(t));
  fetchFree = xstart + xfer;
  fetchTile = t + 1;
  return true;
}

function stepWeights(): bool {
  const i = headWeights;
  if (i >= N || i >= front) return false;
  const tiles = <i64>READ_WEIGHTS_tiles(wordLo(i), wordHi(i));
  if (tiles == 0) {
    const d = ldI64(tDispatch, i);
    setTimes(i, d, d, d);
    maxReadyWeights = max64(maxReadyWeights, d);
  } else {
    const first = ldI32(insTile, i);
    const last = first + <i32>tiles - 1;
    if (fetchTile <= last) return false;
    const ready = ldI64(tArrive, last);
    setTimes(i, ldI64(tXstart, first), ldI64(tXstart, last) + tileTransferCycles(last), ready);
    maxReadyWeights = max64(maxReadyWeights, ready);
  }
  headWeights = nextOfUnit(UNIT_WEIGHTS, i + 1);
  return true;
}

function stepShift(): bool {
  const t = shiftTile;
  if (t >= numTiles || t >= fetchTile) return false;
  let free: i64 = 0;
  // os/is: the array's edge holds the current tile and the next one (asc/dataflow.ts)
  if (DOUBLE_BUFFER || DATAFLOW != DF_WS) {
    if (t > 0) {
      const m = ldI32(tileSwitcher, t - 1);
      if (m < 0 || headMatrix <= m) return false;
      free = ldI64(tStart, m);
    }
  } else {
    const m = ldI32(tileSwitcher, t);
    if (m < 0 || m >= front || headMatrix != m) return false;
    free = max64(ldI64(tDispatch, m), maxReadyMatrix);
  }
  let start = max64(ldI64(tArrive, t), free);
  if (t > 0) start = max64(start, ldI64(tShiftEnd, t - 1));
  stI64(tShiftStart, t, start);
  stI64(tShiftEnd, t, start + shiftCycles(t));
  shiftTile = t + 1;
  return true;
}

function stepMatrix(): bool {
  const i = headMatrix;
  if (i >= N || i >= front) return false;
  const h = hazard(i);
  if (h < 0) return false;
  let start = max64(max64(ldI64(tDispatch, i), matrixFree), h);
  const lo = wordLo(i), hi = wordHi(i);
  if (MATMUL_switch(lo)) {
    const t = ldI32(insTile, i);
    if (shiftTile <= t) return false;
    start = max64(start, ldI64(tShiftEnd, t));
  }
  const len = <i64>MATMUL_len(lo, hi);
  // OS/IS: busy for whole groups, ready after the last write (TIMING.md "Matrix unit under os and is")
  const ws = DATAFLOW == DF_WS;
  const issueEnd = start + (ws ? len * matmulP(i) : dataflowBusy(i));
  const ready = len > 0 && ws ? issueEnd + <i64>R + <i64>C - 2 : issueEnd + (ws ? 0 : dataflowReadyExtra(i));
  setTimes(i, start, issueEnd, ready);
  matrixFree = issueEnd;
  maxReadyMatrix = max64(maxReadyMatrix, ready);
  headMatrix = nextOfUnit(UNIT_MATRIX, i + 1);
  return true;
}

function stepAct(): bool {
  const i = headAct;
  if (i >= N || i >= front) return false;
  const h = hazard(i);
  if (h < 0) return false;
  const start = max64(max64(ldI64(tDispatch, i), actFree), h);
  const len = <i64>ACTIVATE_len(wordLo(i), wordHi(i));
  setTimes(i, start, start + len, start + len + ACT_LAT);
  actFree = start + len;
  maxReadyAct = max64(maxReadyAct, start + len + ACT_LAT);
  headAct = nextOfUnit(UNIT_ACTIVATE, i + 1);
  return true;
}

/** VECTOR: one at a time, in order; busy = setup + len * ceil(w / lanes), ready after the pipeline latency. */
function stepVec(): bool {
  const i = headVec;
  if (i >= N || i >= front) return false;
  const h = hazard(i);
  if (h < 0) return false;
  const start = max64(max64(ldI64(tDispatch, i), vecFree), h);
  const busy = vectorBusy(i);
  setTimes(i, start, start + busy, start + busy + VEC_LAT);
  vecFree = start + busy;
  maxReadyVec = max64(maxReadyVec, start + busy + VEC_LAT);
  headVec = nextOfUnit(UNIT_VECTOR, i + 1);
  return true;
}

/** Latest completed event (ready, arrive, shiftEnd, dispatch): the deadlock cycle both engines report. */
function lastCompletedEvent(): i64 {
  let m: i64 = 0;
  for (let i = 0; i < N; i++) {
    // the instruction the front end is stuck at (a SYNC, INTERRUPT or HALT) has been reached
    if (i <= front) m = max64(m, ldI64(tDispatch, i));
    if (isDone(i)) m = max64(m, ldI64(tReady, i));
  }
  for (let t = 0; t < fetchTile; t++) m = max64(m, ldI64(tArrive, t));
  for (let t = 0; t < shiftTile; t++) m = max64(m, ldI64(tShiftEnd, t));
  return m;
}

/**
 * Starts a run (clears timing, counters, errors) and computes every instruction's and tile's timing. Returns ERR_OK, or records and returns
 * ERR_DEADLOCK / ERR_CYCLE_LIMIT (a run whose HALT would be ready after `maxCycles`).
 */
export function fastTiming(maxCycles: i64): i32 {
  resetRun();
  prepareDataflow();
  front = 0; nextDispatch = 0;
  headHost = nextOfUnit(UNIT_HOST, 0);
  headWeights = nextOfUnit(UNIT_WEIGHTS, 0);
  headMatrix = nextOfUnit(UNIT_MATRIX, 0);
  headAct = nextOfUnit(UNIT_ACTIVATE, 0);
  headVec = nextOfUnit(UNIT_VECTOR, 0);
  fetchTile = 0; shiftTile = 0;
  hostFree = 0; fetchFree = 0; matrixFree = 0; actFree = 0; vecFree = 0;
  maxReadyHost = 0; maxReadyWeights = 0; maxReadyMatrix = 0; maxReadyAct = 0; maxReadyVec = 0;
  windowLo = 0; windowSlots = 0;

  let progress = true;
  while (progress) {
    progress = false;
    while (stepFront()) progress = true;
    while (stepHost()) progress = true;
    while (stepFetch()) progress = true;
    while (stepWeights()) progress = true;
    while (stepShift()) progress = true;
    while (stepMatrix()) progress = true;
    while (stepAct()) progress = true;
    while (stepVec()) progress = true;
  }

  if (front < N) {
    const at = lastCompletedEvent();
    if (at > maxCycles) return fail(ERR_CYCLE_LIMIT, oldestUnfinished(maxCycles), maxCycles);
    return fail(ERR_DEADLOCK, oldestUnfinished(-1), at);
  }
  const total = ldI64(tReady, N - 1);
  if (total > maxCycles) return fail(ERR_CYCLE_LIMIT, oldestUnfinished(maxCycles), maxCycles);
  setTotalCycles(total);
  return ERR_OK;
}

/** min { i : instruction i is not done, or ready(i) > limit } (limit -1: not done only). */
function oldestUnfinished(limit: i64): i32 {
  for (let i = 0; i < N; i++) {
    if (!isDone(i)) return i;
    if (limit >= 0 && ldI64(tReady, i) > limit) return i;
  }
  return N - 1;
}

// ---------------------------------------------------------------------------------------------
// Counters (after a successful fastTiming)

// Ownership of the timeline: cycles [segStart[s], segEnd[s]) belong to the oldest unfinished
// instruction, whose tag is segTag[s] (segments where the prefix maximum of ready grows).
let segCapacity: i32 = 0;
let segEnd: usize = 0; // i64
let segTag: usize = 0; // i32
let numSegs: i32 = 0;

function buildSegments(): void {
  if (segCapacity < N) {
    // written before they are read
    segEnd = regrow(segEnd, <usize>N << 3);
    segTag = regrow(segTag, <usize>N << 2);
    segCapacity = N;
  }
  numSegs = 0;
  let prefix: i64 = 0;
  for (let i = 0; i < N; i++) {
    const r = ldI64(tReady, i);
    if (r > prefix) {
      stI64(segEnd, numSegs, r);
      store<i32>(segTag + (<usize>numSegs << 2), ldI32(insTag, i));
      numSegs++;
      prefix = r;
    }
  }
}

/** Adds the cycles of [a, b) to counter k, each cycle to the tag owning it. */
function attribute(a: i64, b: i64, k: i32): void {
  if (a >= b) return;
  // first segment ending after a
  let lo = 0, hi = numSegs;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ldI64(segEnd, mid) > a) hi = mid; else lo = mid + 1;
  }
  let s = lo;
  let c = a;
  while (c < b && s < numSegs) {
    const end = min64(ldI64(segEnd, s), b);
    addCounter(load<i32>(segTag + (<usize>s << 2)), k, end - c);
    c = end;
    s++;
  }
}

/** Fills the counters (totals and per tag; zeroed by fastTiming's resetRun) from the timing arrays. */
export function fastCounters(): void {
  buildSegments();
  let prev: i64 = 0;
  for (let s = 0; s < numSegs; s++) {
    const e = ldI64(segEnd, s);
    addCounter(load<i32>(segTag + (<usize>s << 2)), CTR_CYCLES, e - prev);
    prev = e;
  }

  let prevIssueEnd: i64 = 0;
  let usedMacs: i64 = 0; // of the current tile (0: the all-zero tile after reset)
  const slotsPerCycle = <i64>R * <i64>C;
  let prevTileEnd: i64 = 0; // previous tile's transfer end, for the FIFO-full stall counter
  for (let i = 0; i < N; i++) {
    const op = opOf(i);
    const tag = ldI32(insTag, i);
    const lo = wordLo(i), hi = wordHi(i);
    addCounter(tag, CTR_INSTRUCTIONS, 1);
    if (op == OP_READ_HOST || op == OP_WRITE_HOST) {
      const bytes = hostBytesOf(i);
      addCounter(tag, CTR_HOST_BUSY_CYCLES, xferH(<u64>bytes));
      addCounter(tag, op == OP_READ_HOST ? CTR_HOST_TO_UB_BYTES : CTR_UB_TO_HOST_BYTES, bytes);
    } else if (op == OP_READ_WEIGHTS) {
      const tiles = <i32>READ_WEIGHTS_tiles(lo, hi);
      const first = ldI32(insTile, i);
      const d = ldI64(tDispatch, i);
      for (let t = first; t < first + tiles; t++) {
        const bytes = tileBytes(t);
        const xfer = tileTransferCycles(t);
        addCounter(tag, CTR_WEIGHT_BUSY_CYCLES, xfer);
        addCounter(tag, tileFromUb(t) ? CTR_UB_TO_FIFO_BYTES : CTR_DRAM_TO_FIFO_BYTES, bytes);
        const xs = ldI64(tXstart, t);
        // the stall is what the full FIFO alone added: not the wait for the channel, issue or hazards
        addCounter(tag, CTR_FIFO_FULL_STALL_CYCLES, xs - max64(max64(d, prevTileEnd), tileHazard(t)));
        prevTileEnd = xs + xfer;
      }
    } else if (op == OP_MATMUL) {
      const len = <i64>MATMUL_len(lo, hi);
      const p = matmulP(i);
      const start = ldI64(tStart, i);
      const issueEnd = ldI64(tIssueEnd, i);
      const sw = MATMUL_switch(lo);
      const t = sw ? ldI32(insTile, i) : -1;
      if (sw) usedMacs = ldI64(tileUsed, t);
      // busy: cycles the array takes vectors (WS) or is occupied by the multiply's groups (OS/IS)
      const busy = DATAFLOW == DF_WS ? len * p : issueEnd - start;
      addCounter(tag, CTR_MATRIX_BUSY_CYCLES, busy);
      addCounter(tag, CTR_UB_TO_ARRAY_BYTES, len * <i64>R * (MATMUL_in16(lo) ? 2 : 1));
      addCounter(tag, CTR_USEFUL_MACS, len * p * usedMacs);
      addCounter(tag, CTR_UNUSED_MACS, busy * slotsPerCycle - len * p * usedMacs);
      attribute(start, issueEnd, CTR_ACTIVE_CYCLES);
      // waiting: this multiply is next, issued, and the array is not issuing
      const a = max64(ldI64(tDispatch, i), prevIssueEnd);
      const b = start;
      if (a < b) {
        if (sw) {
          const arrive = ldI64(tArrive, t);
          attribute(a, min64(b, arrive), CTR_WEIGHT_STALL_CYCLES);
          attribute(max64(a, arrive), min64(b, ldI64(tShiftEnd, t)), CTR_WEIGHT_SHIFT_CYCLES);
        }
        // a RAW stall waits on the activation unit or the vector unit (both intervals start at a)
        const ja = ldI32(depAct, i), jv = ldI32(depVector, i);
        let raw: i64 = -1;
        if (ja >= 0) raw = ldI64(tReady, ja);
        if (jv >= 0) raw = max64(raw, ldI64(tReady, jv));
        if (raw >= 0) attribute(a, min64(b, raw), CTR_RAW_STALL_CYCLES);
        const jh = ldI32(depHost, i);
        if (jh >= 0) attribute(a, min64(b, ldI64(tReady, jh)), CTR_INPUT_STALL_CYCLES);
      }
      prevIssueEnd = issueEnd;
    } else if (op == OP_ACTIVATE) {
      const len = <i64>ACTIVATE_len(lo, hi);
      addCounter(tag, CTR_ACTIVATION_BUSY_CYCLES, len);
      addCounter(tag, CTR_ACC_TO_ACTIVATION_BYTES, len * <i64>C * 4);
      addCounter(tag, CTR_ACTIVATION_TO_UB_BYTES, activateOutputs(i) * <i64>C * (ACTIVATE_out16(lo) ? 2 : 1));
    } else if (op == OP_VECTOR) {
      addCounter(tag, CTR_VECTOR_BUSY_CYCLES, vectorBusy(i));
      addCounter(tag, CTR_UB_TO_VECTOR_BYTES, vectorReadBytes(i));
      addCounter(tag, CTR_VECTOR_TO_UB_BYTES, vectorWriteBytes(i));
    }
  }

  // non-matrix = the rest of each tag's cycles
  for (let row = 0; row <= numTags; row++) {
    const base = counters + (<usize>row * <usize>NUM_COUNTERS << 3);
    const cyc = load<i64>(base + (<usize>CTR_CYCLES << 3));
    const rest = cyc - load<i64>(base + (<usize>CTR_ACTIVE_CYCLES << 3))
      - load<i64>(base + (<usize>CTR_WEIGHT_STALL_CYCLES << 3)) - load<i64>(base + (<usize>CTR_WEIGHT_SHIFT_CYCLES << 3));
    store<i64>(base + (<usize>CTR_NON_MATRIX_CYCLES << 3), rest);
  }
}

// ---------------------------------------------------------------------------------------------
// Data effects in program order, resumable so the host can report progress on long runs

let execPc: i32 = 0;
let execVector: i64 = 0; // next vector of the MATMUL at execPc
let currentTile: i32 = -1; // -1: the all-zero tile after reset
let currentPacked: bool = false; // whether the kernel holds currentTile packed

/** Starts executing the data effects of the loaded program from its first instruction. */
export function fastExecBegin(): void {
  markMemoriesDirty();
  execPc = 0;
  execVector = 0;
  currentTile = -1;
  currentPacked = false;
  resetStreamedTile();
}

/** Index of the next instruction whose data effect is pending (N when finished). */
export function fastExecPc(): i32 {
  return execPc;
}

/**
 * Executes data effects for about `budget` units of work (one MAC, or one byte moved, is a unit).
 * Returns 0 when the program is finished, 1 when there is more to do, 2 on a run-time error
 * (VECTOR_INDEX; errCode etc. set).
 */
export function fastExecStep(budget: i64): i32 {
  let spent: i64 = 0;
  while (execPc < N) {
    if (spent >= budget) return 1;
    const i = execPc;
    const op = opOf(i);
    if (op == OP_MATMUL) {
      spent += execMatmul(i, budget - spent);
      if (execVector < <i64>MATMUL_len(wordLo(i), wordHi(i))) continue;
    } else if (op == OP_READ_HOST || op == OP_WRITE_HOST) {
      hostTransfer(i);
      spent += hostBytesOf(i) + 1;
    } else if (op == OP_ACTIVATE) {
      activate(i);
      spent += <i64>ACTIVATE_len(wordLo(i), wordHi(i)) * <i64>C * 8 + 1;
    } else if (op == OP_READ_WEIGHTS && READ_WEIGHTS_ub(wordLo(i))) {
      spent += captureUbTiles(i) + 1;
    } else if (op == OP_VECTOR) {
      if (vectorExecute(i) != ERR_OK) {
        fail(ERR_VECTOR_INDEX, i, vecErrIndex, vecErrStep, vecErrBound);
        return 2;
      }
      spent += vectorWriteBytes(i) * 8 + 1;
    }
    execPc = i + 1;
    execVector = 0;
  }
  return 0;
}

/** Where the fast engine keeps tile t's R x C int8 (or int16) values, row-major. */
function tileData(t: i32): usize {
  if (!tileFromUb(t)) return weightMem + <usize>ldI64(tileAddr, t);
  return ubTileStore + <usize>ldI32(tileUbSlot, t) * <usize>R * <usize>C;
}

/**
 * READ_WEIGHTS ub i at its place in program order: copies its tiles out of the UB. Tile row k is
 * bytes [wt.lane, wt.lane + C) of UB row first + k; with transpose, tile column n is bytes
 * [wt.lane, wt.lane + R) of UB row first + n. Returns the bytes copied.
 */
function captureUbTiles(i: i32): i64 {
  const lo = wordLo(i);
  const tiles = <i32>READ_WEIGHTS_tiles(lo, wordHi(i));
  const transpose = READ_WEIGHTS_transpose(lo);
  const lane = <usize>ldI32(insLane, i);
  const first = ldI32(insTile, i);
  for (let t = first; t < first + tiles; t++) {
    const dst = tileData(t);
    const row0 = ub + <usize>ldI64(tileAddr, t) * <usize>W + lane;
    if (!transpose) {
      for (let k = 0; k < R; k++) memory.copy(dst + <usize>k * <usize>C, row0 + <usize>k * <usize>W, <usize>C);
    } else {
      for (let n = 0; n < C; n++) {
        const src = row0 + <usize>n * <usize>W;
        for (let k = 0; k < R; k++) store<u8>(dst + <usize>k * <usize>C + <usize>n, load<u8>(src + <usize>k));
      }
    }
  }
  return <i64>tiles * <i64>R * <i64>C;
}

/** Runs vectors of MATMUL i from execVector for about `budget` MACs; returns the MACs done. */
function execMatmul(i: i32, budget: i64): i64 {
  const lo = wordLo(i), hi = wordHi(i);
  const len = <i64>MATMUL_len(lo, hi);
  if (execVector == 0 && MATMUL_switch(lo)) {
    currentTile = ldI32(insTile, i);
    currentPacked = false;
  }
  const accumulate = MATMUL_accumulate(lo);
  const accRow0 = <i64>MATMUL_acc(lo, hi);
  const rowBytes = <usize>C << 2;
  const macsPerVector = <i64>R * <i64>C;
  let v = execVector;
  if (currentTile < 0) {
    // the all-zero tile: results are zero
    if (!accumulate && len > v) memory.fill(acc + <usize>(accRow0 + v) * rowBytes, 0, <usize>(len - v) * rowBytes);
    execVector = len;
    return len - v + 1;
  }
  const in16 = MATMUL_in16(lo), w16 = MATMUL_w16(lo), unsigned = MATMUL_unsigned(lo);
  // os/is stream only the tile's used part (asc/dataflow.ts)
  const tile = DATAFLOW == DF_WS ? tileData(currentTile) : streamedTile(currentTile, tileData(currentTile), w16);
  let done: i64 = 0;
  if (in16 || w16) {
    while (v < len && done < budget) {
      const x = matmulInputAddr(i, v);
      scalarRow(x, x + <usize>W, in16, unsigned, tile, w16, R, C, acc + <usize>(accRow0 + v) * rowBytes, accumulate);
      v++;
      done += macsPerVector;
    }
  } else {
    if (!currentPacked) {
      packWeights(tile, R, C, C);
      currentPacked = true;
    }
    const addrs = rowAddressArray();
    while (v < len && done < budget) {
      const rows = <i32>min64(len - v, <i64>SLAB_ROWS);
      for (let r = 0; r < rows; r++) {
        store<u32>(addrs + (<usize>r << 2), <u32>matmulInputAddr(i, v + <i64>r));
      }
      multiplyRows(rows, unsigned, acc + <usize>(accRow0 + v) * rowBytes, rowBytes, accumulate);
      v += <i64>rows;
      done += <i64>rows * macsPerVector;
    }
  }
  execVector = v;
  return done + 1;
}
