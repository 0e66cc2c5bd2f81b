// The vector unit (docs/vector-unit.md): its configuration, VECTOR's load-time validation and hazard
// scan, the timing quantities both engines use (sim/TIMING.md "Vector unit") and its data effects.
// The arithmetic follows isa/vector.ts bit for bit (every float step one IEEE float32 operation).
// Modelled today: the element-wise and move ops copy, add, sub, mul, div, max, min, lookup, permute
// and gather; the group ops (sum, mean, rmax, softmax, norm) are refused at load (VECTOR_UNMODELLED).
import {
  REG_VEC_A_COUNT, REG_VEC_A_LANE, REG_VEC_A_PITCH, REG_VEC_A_SCALE, REG_VEC_A_STEP, REG_VEC_A_ZERO,
  REG_VEC_B_COUNT, REG_VEC_B_LANE, REG_VEC_B_PITCH, REG_VEC_B_SCALE, REG_VEC_B_STEP, REG_VEC_B_ZERO,
  REG_VEC_GATHER_ROWS, REG_VEC_WIDTH,
  REG_VEC_Y_COUNT, REG_VEC_Y_LANE, REG_VEC_Y_PITCH, REG_VEC_Y_SCALE, REG_VEC_Y_STEP, REG_VEC_Y_ZERO,
  VECTOR_a, VECTOR_aSigned, VECTOR_b, VECTOR_bF32, VECTOR_bLane, VECTOR_bSigned, VECTOR_len, VECTOR_operation, VECTOR_y,
  VECTOR_ySigned, VOP_ADD, VOP_COPY, VOP_DIV, VOP_GATHER, VOP_LOOKUP, VOP_MAX, VOP_MIN, VOP_MUL, VOP_PERMUTE, VOP_SUB,
  vopClass,
} from './generated/isa';
import {
  ERR_OK, ERR_UB_RANGE, ERR_VECTOR_CLASS, ERR_VECTOR_INDEX, ERR_VECTOR_LANE_RANGE, ERR_VECTOR_NO_UNIT, ERR_VECTOR_UNMODELLED,
} from './generated/core';
import { UB_ROWS, W, fail, patternMax, regOf, regrow, scanRead, scanWrite, snapshot, ub, wordHi, wordLo } from './state';

// ---------------------------------------------------------------------------------------------
// Configuration (config vectorUnit; set by configureVector after configure)

/** Whether the chip has a vector unit at all. */
export let VEC_PRESENT: bool = false;
/** Lanes processed per cycle (a row of w lanes takes ceil(w / VEC_LANES) cycles). */
export let VEC_LANES: i64 = 1;
/** Pipeline latency from the end of the busy period to the results being usable. */
export let VEC_LAT: i64 = 0;
/** Operation classes the unit has: bit k = VECTOR_CLASSES[k]. */
let VEC_MASK: i32 = 0;
// scratch: one row being assembled, a copy of the current A row, and the table (1024 bytes or 2W)
let scratch: usize = 0;
let scratchRow: usize = 0;
let scratchTable: usize = 0;

/** Sets the vector unit's parameters (present = false: no vector unit). */
export function configureVector(present: bool, lanes: i32, latency: i64, classMask: i32): void {
  VEC_PRESENT = present;
  VEC_LANES = lanes > 0 ? <i64>lanes : 1;
  VEC_LAT = latency;
  VEC_MASK = classMask;
  const tableBytes = <usize>max<i32>(1024, 2 * W);
  scratch = regrow(scratch, <usize>(2 * W) + tableBytes);
  scratchRow = scratch + <usize>W;
  scratchTable = scratchRow + <usize>W;
}

// ---------------------------------------------------------------------------------------------
// Shapes of one instruction (registers from its snapshot)

@inline function isBinary(op: u32): bool { return op >= VOP_ADD && op <= VOP_MIN; }

/** Lanes per row w of VECTOR i (vec.width, 0 meaning W). */
export function vectorWidth(i: i32): i64 {
  const w = <i64>regOf(i, REG_VEC_WIDTH);
  return w == 0 ? <i64>W : w;
}

/** Row of step s of a pattern (isa/vector.ts patternRow). */
@inline function patternRow(s: i64, base: i64, count: i64, step: i64, pitch: i64): i64 {
  return count == 0 ? base + s * step : base + (s / count) * pitch + (s % count) * step;
}

/** Highest row offset the pattern reaches over n >= 1 steps. */
function patternTop(n: i64, count: i64, step: i64, pitch: i64): i64 {
  return count == 0 ? (n - 1) * step : patternMax(n, count, step, pitch);
}

@inline function rowA(i: i32, s: i64): i64 {
  return patternRow(s, <i64>VECTOR_a(wordLo(i), wordHi(i)), <i64>regOf(i, REG_VEC_A_COUNT), <i64>regOf(i, REG_VEC_A_STEP), <i64>regOf(i, REG_VEC_A_PITCH));
}
@inline function rowB(i: i32, s: i64): i64 {
  return patternRow(s, <i64>VECTOR_b(wordLo(i), wordHi(i)), <i64>regOf(i, REG_VEC_B_COUNT), <i64>regOf(i, REG_VEC_B_STEP), <i64>regOf(i, REG_VEC_B_PITCH));
}
@inline function rowY(i: i32, s: i64): i64 {
  return patternRow(s, <i64>VECTOR_y(wordLo(i), wordHi(i)), <i64>regOf(i, REG_VEC_Y_COUNT), <i64>regOf(i, REG_VEC_Y_STEP), <i64>regOf(i, REG_VEC_Y_PITCH));
}

/** Bytes of the table or constant block VECTOR i reads once at its start (docs/vector-unit.md §6). */
export function vectorTableBytes(i: i32): i64 {
  const lo = wordLo(i), hi = wordHi(i);
  const op = <u32>VECTOR_operation(lo, hi);
  if (op == VOP_LOOKUP) return 256;
  if (op == VOP_PERMUTE) return 2 * vectorWidth(i);
  if (op == VOP_GATHER) return 4 * <i64>VECTOR_len(lo, hi);
  if (isBinary(op) && VECTOR_bF32(lo)) return 4 * <i64>W;
  return 0;
}

/** Busy cycles of VECTOR i: setup = ceil(tableBytes / W), then one ceil(w / lanes) per step. */
export function vectorBusy(i: i32): i64 {
  const len = <i64>VECTOR_len(wordLo(i), wordHi(i));
  const setup = (vectorTableBytes(i) + <i64>W - 1) / <i64>W;
  return setup + len * ((vectorWidth(i) + VEC_LANES - 1) / VEC_LANES);
}

/** Bytes VECTOR i reads from the UB: w per operand row of each step (1 for a bLane operand), plus its table. */
export function vectorReadBytes(i: i32): i64 {
  const lo = wordLo(i), hi = wordHi(i);
  const op = <u32>VECTOR_operation(lo, hi);
  const w = vectorWidth(i);
  let perStep = w;
  if (isBinary(op) && !VECTOR_bF32(lo)) perStep += VECTOR_bLane(lo) ? 1 : w;
  return <i64>VECTOR_len(lo, hi) * perStep + vectorTableBytes(i);
}

/** Bytes VECTOR i writes to the UB: w per step. */
export function vectorWriteBytes(i: i32): i64 {
  return <i64>VECTOR_len(wordLo(i), wordHi(i)) * vectorWidth(i);
}

// ---------------------------------------------------------------------------------------------
// Loading

function checkLanes(i: i32, lane: i64, n: i64): bool {
  if (lane + n > <i64>W) {
    fail(ERR_VECTOR_LANE_RANGE, i, lane, n, W);
    return false;
  }
  return true;
}

/** Rows [lo, hi) in range, then scanned as a read or a write of VECTOR i. */
function scanRows(i: i32, lo: i64, hi: i64, write: bool, unit: i32): bool {
  if (hi > <i64>UB_ROWS) {
    fail(ERR_UB_RANGE, i, lo, hi - 1, UB_ROWS);
    return false;
  }
  if (write) scanWrite(true, lo, hi, i, unit);
  else scanRead(true, lo, hi, i, unit);
  return true;
}

/**
 * Validates VECTOR i (registers `regs` as issued): the unit and the op's class exist, the lane
 * windows fit the row, the rows are in range. Snapshots its registers and scans the rows it reads
 * (A's rows, B's rows or its table) and writes (Y's rows), each as one range from lowest to highest.
 */
export function loadVector(i: i32, lo: u64, hi: u64, regs: StaticArray<u32>, unit: i32): i32 {
  if (!VEC_PRESENT) return fail(ERR_VECTOR_NO_UNIT, i);
  const op = <u32>VECTOR_operation(lo, hi);
  const cls = vopClass(op);
  if (cls < 0 || op > VOP_GATHER) return fail(ERR_VECTOR_UNMODELLED, i, op);
  if (((VEC_MASK >> cls) & 1) == 0) return fail(ERR_VECTOR_CLASS, i, op, cls);
  snapshot(i, regs);
  const w = vectorWidth(i);
  const len = <i64>VECTOR_len(lo, hi);
  if (op != VOP_PERMUTE && !checkLanes(i, <i64>regs[REG_VEC_A_LANE], w)) return ERR_VECTOR_LANE_RANGE;
  if (!checkLanes(i, <i64>regs[REG_VEC_Y_LANE], w)) return ERR_VECTOR_LANE_RANGE;
  const binary = isBinary(op);
  if (binary && !checkLanes(i, <i64>regs[REG_VEC_B_LANE], VECTOR_bLane(lo) && !VECTOR_bF32(lo) ? 1 : w)) return ERR_VECTOR_LANE_RANGE;
  if (len == 0) return ERR_OK;
  const a = <i64>VECTOR_a(lo, hi), b = <i64>VECTOR_b(lo, hi), y = <i64>VECTOR_y(lo, hi);
  // A: the rows of every step (gather: the whole table)
  const aSteps = op == VOP_GATHER ? <i64>regs[REG_VEC_GATHER_ROWS] : len;
  if (aSteps > 0) {
    const top = patternTop(aSteps, <i64>regs[REG_VEC_A_COUNT], <i64>regs[REG_VEC_A_STEP], <i64>regs[REG_VEC_A_PITCH]);
    if (!scanRows(i, a, a + top + 1, false, unit)) return ERR_UB_RANGE;
  }
  // B: operand rows, or the table / constant block read at the start
  const bRows: i64 = binary && !VECTOR_bF32(lo)
    ? patternTop(len, <i64>regs[REG_VEC_B_COUNT], <i64>regs[REG_VEC_B_STEP], <i64>regs[REG_VEC_B_PITCH]) + 1
    : (vectorTableBytes(i) + <i64>W - 1) / <i64>W;
  if (bRows > 0 && !scanRows(i, b, b + bRows, false, unit)) return ERR_UB_RANGE;
  const yTop = patternTop(len, <i64>regs[REG_VEC_Y_COUNT], <i64>regs[REG_VEC_Y_STEP], <i64>regs[REG_VEC_Y_PITCH]);
  if (!scanRows(i, y, y + yTop + 1, true, unit)) return ERR_UB_RANGE;
  return ERR_OK;
}

// ---------------------------------------------------------------------------------------------
// Arithmetic (isa/vector.ts)

/** ONNX DequantizeLinear: float32((q - zp) * scale). */
@inline function dequantize(q: i32, zp: i32, scale: f32): f32 {
  return <f32>(<f64>(<i64>q - <i64>zp) * <f64>scale);
}

/** ONNX QuantizeLinear as MLAS computes it: float32(x / scale), clamped, rounded half to even, plus zp; NaN gives the lowest value. */
function quantize(x: f32, scale: f32, zp: i32, signed: bool): i32 {
  const qlo: i64 = signed ? -128 : 0;
  const qhi: i64 = signed ? 127 : 255;
  const v = x / scale;
  if (isNaN(v)) return <i32>qlo;
  const c = min<f64>(max<f64>(<f64>v, <f64>(qlo - <i64>zp)), <f64>(qhi - <i64>zp));
  return <i32>(<i64>nearest<f64>(c) + <i64>zp);
}

@inline function byteValue(b: u8, signed: bool): i32 {
  return signed ? <i32>(<i8>b) : <i32>b;
}

function binaryF32(op: u32, x: f32, y: f32): f32 {
  if (op == VOP_ADD) return x + y;
  if (op == VOP_SUB) return x - y;
  if (op == VOP_MUL) return x * y;
  if (op == VOP_DIV) return x / y;
  if (op == VOP_MAX) return max<f32>(x, y);
  return min<f32>(x, y);
}

// ---------------------------------------------------------------------------------------------
// Data effects

/** Step s of binary op `op` into scratch: y[l] = Q_y(DQ_a(a[l]) op b_l). */
function binaryStep(i: i32, op: u32, s: i64, w: i32): void {
  const lo = wordLo(i);
  const aS = VECTOR_aSigned(lo), bS = VECTOR_bSigned(lo), yS = VECTOR_ySigned(lo);
  const bF32 = VECTOR_bF32(lo), bLane = VECTOR_bLane(lo);
  const sa = reinterpret<f32>(regOf(i, REG_VEC_A_SCALE)), sb = reinterpret<f32>(regOf(i, REG_VEC_B_SCALE));
  const sy = reinterpret<f32>(regOf(i, REG_VEC_Y_SCALE));
  const za = <i32>regOf(i, REG_VEC_A_ZERO), zb = <i32>regOf(i, REG_VEC_B_ZERO), zy = <i32>regOf(i, REG_VEC_Y_ZERO);
  const aRow = ub + <usize>(rowA(i, s) * <i64>W) + <usize>regOf(i, REG_VEC_A_LANE);
  const bLane0 = <usize>regOf(i, REG_VEC_B_LANE);
  const bRow = bF32 ? scratchTable : ub + <usize>(rowB(i, s) * <i64>W) + bLane0;
  for (let l = 0; l < w; l++) {
    const x = dequantize(byteValue(load<u8>(aRow + <usize>l), aS), za, sa);
    let y: f32;
    if (bF32) y = load<f32>(bRow + (<usize>l << 2));
    else y = dequantize(byteValue(load<u8>(bRow + (bLane ? 0 : <usize>l)), bS), zb, sb);
    store<u8>(scratch + <usize>l, <u8>quantize(binaryF32(op, x, y), sy, zy, yS));
  }
}

/** The last VECTOR_INDEX: the index, the step and the bound (the engines report it with fail()). */
export let vecErrIndex: i64 = 0;
export let vecErrStep: i64 = 0;
export let vecErrBound: i64 = 0;
function indexError(index: i64, step: i64, bound: i64): i32 {
  vecErrIndex = index;
  vecErrStep = step;
  vecErrBound = bound;
  return ERR_VECTOR_INDEX;
}

/**
 * The data effect of VECTOR i, every step in order, each reading all it reads before writing
 * (so Y may overlap A or B); tables are read once at the start. Returns ERR_OK, or VECTOR_INDEX
 * for a permute or gather index out of range (vecErr* say which; the engine reports it).
 */
export function vectorExecute(i: i32): i32 {
  const lo = wordLo(i), hi = wordHi(i);
  const op = <u32>VECTOR_operation(lo, hi);
  const len = <i64>VECTOR_len(lo, hi);
  const w = <i32>vectorWidth(i);
  const b0 = ub + <usize>(<i64>VECTOR_b(lo, hi) * <i64>W);
  const aLane = <usize>regOf(i, REG_VEC_A_LANE);
  const yLane = <usize>regOf(i, REG_VEC_Y_LANE);
  if (len == 0) return ERR_OK;
  // the table or constant block, read once
  if (op == VOP_LOOKUP) memory.copy(scratchTable, b0, 256);
  else if (op == VOP_PERMUTE) memory.copy(scratchTable, b0, <usize>(2 * w));
  else if (isBinary(op) && VECTOR_bF32(lo)) memory.copy(scratchTable, b0 + (<usize>regOf(i, REG_VEC_B_LANE) << 2), <usize>w << 2);
  const gatherRows = <i64>regOf(i, REG_VEC_GATHER_ROWS);
  for (let s: i64 = 0; s < len; s++) {
    if (op == VOP_COPY) {
      memory.copy(scratch, ub + <usize>(rowA(i, s) * <i64>W) + aLane, <usize>w);
    } else if (isBinary(op)) {
      binaryStep(i, op, s, w);
    } else if (op == VOP_LOOKUP) {
      const aRow = ub + <usize>(rowA(i, s) * <i64>W) + aLane;
      for (let l = 0; l < w; l++) store<u8>(scratch + <usize>l, load<u8>(scratchTable + <usize>load<u8>(aRow + <usize>l)));
    } else if (op == VOP_PERMUTE) {
      // indices address the whole source row; KEEP (0xffff) leaves the output lane as it is
      memory.copy(scratchRow, ub + <usize>(rowA(i, s) * <i64>W), <usize>W);
      const yRow = ub + <usize>(rowY(i, s) * <i64>W) + yLane;
      for (let l = 0; l < w; l++) {
        const j = <i32>load<u16>(scratchTable + (<usize>l << 1));
        if (j == 0xffff) store<u8>(scratch + <usize>l, load<u8>(yRow + <usize>l));
        else if (j >= W) return indexError(j, s, W);
        else store<u8>(scratch + <usize>l, load<u8>(scratchRow + <usize>j));
      }
    } else if (op == VOP_GATHER) {
      // indices are read as the steps go
      const k = <i64>load<u32>(b0 + <usize>(s << 2));
      if (k >= gatherRows) return indexError(k, s, gatherRows);
      memory.copy(scratch, ub + <usize>(rowA(i, k) * <i64>W) + aLane, <usize>w);
    }
    memory.copy(ub + <usize>(rowY(i, s) * <i64>W) + yLane, scratch, <usize>w);
  }
  return ERR_OK;
}
