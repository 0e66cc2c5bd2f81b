// The vector unit (docs/vector-unit.md): its configuration, VECTOR's load-time validation and hazard
// scan, the timing quantities both engines use (sim/TIMING.md "Vector unit") and its data effects.
// The arithmetic follows isa/vector.ts bit for bit (every float step one IEEE float32 operation).
// Every op of docs/vector-unit.md §4 is modelled: the element-wise and move ops (copy, add, sub, mul,
// div, max, min, lookup, permute, gather) and the group ops (sum, mean, rmax, softmax, norm).
import {
  REG_VEC_A_COUNT, REG_VEC_A_LANE, REG_VEC_A_PITCH, REG_VEC_A_SCALE, REG_VEC_A_STEP, REG_VEC_A_ZERO,
  REG_VEC_B_COUNT, REG_VEC_B_LANE, REG_VEC_B_PITCH, REG_VEC_B_SCALE, REG_VEC_B_STEP, REG_VEC_B_ZERO,
  REG_VEC_EPS, REG_VEC_GATHER_ROWS, REG_VEC_GROUP_ROWS, REG_VEC_MASK_ROW, REG_VEC_MASK_ROWS, REG_VEC_GROUP_STRIDE, REG_VEC_LAST_WIDTH, REG_VEC_ONE, REG_VEC_WIDTH,
  REG_VEC_Y_COUNT, REG_VEC_Y_LANE, REG_VEC_Y_PITCH, REG_VEC_Y_SCALE, REG_VEC_Y_STEP, REG_VEC_Y_ZERO,
  VECTOR_a, VECTOR_aSigned, VECTOR_b, VECTOR_bF32, VECTOR_bLane, VECTOR_bSigned, VECTOR_len, VECTOR_operation, VECTOR_perLane,
  VECTOR_y, VECTOR_ySigned, VOP_ADD, VOP_COPY, VOP_DIV, VOP_GATHER, VOP_LOOKUP, VOP_MAX, VOP_MIN, VOP_MUL, VOP_NORM,
  VOP_PERMUTE, VOP_RMAX, VOP_SOFTMAX, VOP_SUB, VOP_SUM, VCLASS_MASK,
  vopClass,
} from './generated/isa';
import {
  ERR_OK, ERR_UB_RANGE, ERR_VECTOR_CLASS, ERR_VECTOR_GROUP, ERR_VECTOR_INDEX, ERR_VECTOR_LANE_RANGE, ERR_VECTOR_NO_UNIT,
  ERR_VECTOR_PER_LANE, ERR_VECTOR_UNMODELLED,
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
// group scratch (grown on demand): the group's bytes as read, its output bytes, and norm's g and b per element
let groupBuf: usize = 0;
let groupCap: i64 = 0;

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
/** sum, mean, rmax, softmax, norm: each step is a group of rows (docs/vector-unit.md §3 "Groups"). */
@inline function isGroup(op: u32): bool { return op >= VOP_SUM && op <= VOP_NORM; }
@inline function isReduce(op: u32): bool { return op >= VOP_SUM && op <= VOP_RMAX; }

/** Most elements in one group (isa/vector.ts MAX_GROUP_ELEMENTS). */
const MAX_GROUP: i64 = 1 << 18;

/** Lanes per row w of VECTOR i (vec.width, 0 meaning W). */
export function vectorWidth(i: i32): i64 {
  const w = <i64>regOf(i, REG_VEC_WIDTH);
  return w == 0 ? <i64>W : w;
}

/** Rows in one group of VECTOR i (vec.group.rows). */
@inline function groupRows(i: i32): i64 { return <i64>regOf(i, REG_VEC_GROUP_ROWS); }

/** Lanes of the last row of a group of VECTOR i (vec.lastWidth, 0 meaning w; always w with perLane). */
function lastWidth(i: i32): i64 {
  const lw = <i64>regOf(i, REG_VEC_LAST_WIDTH);
  return lw == 0 ? vectorWidth(i) : lw;
}

/** Elements of one group of VECTOR i: (rows - 1) * w + lastWidth (perLane: the same, rows * w, of which each lane reduces rows). */
function groupElements(i: i32): i64 {
  return (groupRows(i) - 1) * vectorWidth(i) + lastWidth(i);
}

/** Widest row of a group: max(w, lastWidth). */
function groupWidest(i: i32): i64 {
  return max<i64>(vectorWidth(i), lastWidth(i));
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
  if (op == VOP_SOFTMAX) return 1024;
  if (op == VOP_NORM) return 8 * <i64>W * groupRows(i);
  return 0;
}

/** Mask patterns of VECTOR i: vec.mask.rows for a softmax (0 = unmasked); other ops read no mask. */
function maskPatterns(i: i32, op: u32): i64 {
  return op == VOP_SOFTMAX ? <i64>regOf(i, REG_VEC_MASK_ROWS) : 0;
}

/** Passes over a group's rows: softmax 3 (max, sum, write), norm 2 (statistics, write), reductions 1. */
function groupPasses(op: u32): i64 {
  return op == VOP_SOFTMAX ? 3 : op == VOP_NORM ? 2 : 1;
}

/** Cycles to read a row of x lanes: ceil(x / lanes). */
@inline function rowCycles(x: i64): i64 { return (x + VEC_LANES - 1) / VEC_LANES; }

/**
 * Busy cycles of VECTOR i: setup = ceil(tableBytes / W), then per step one ceil(w / lanes), or
 * for group ops passes * G with G = sum over the group's rows of ceil(w_r / lanes).
 */
export function vectorBusy(i: i32): i64 {
  const lo = wordLo(i), hi = wordHi(i);
  const op = <u32>VECTOR_operation(lo, hi);
  const len = <i64>VECTOR_len(lo, hi);
  const setup = (vectorTableBytes(i) + <i64>W - 1) / <i64>W;
  if (!isGroup(op)) return setup + len * rowCycles(vectorWidth(i));
  const g = (groupRows(i) - 1) * rowCycles(vectorWidth(i)) + rowCycles(lastWidth(i));
  return setup + groupPasses(op) * len * g;
}

/** Bytes VECTOR i reads from the UB: w per operand row of each step (1 for a bLane operand), every pass over a group, plus its table. */
export function vectorReadBytes(i: i32): i64 {
  const lo = wordLo(i), hi = wordHi(i);
  const op = <u32>VECTOR_operation(lo, hi);
  const w = vectorWidth(i);
  let perStep = w;
  if (isBinary(op) && !VECTOR_bF32(lo)) perStep += VECTOR_bLane(lo) ? 1 : w;
  if (isGroup(op)) perStep = groupPasses(op) * groupElements(i);
  // a masked softmax reads the group's mask bytes beside A's in each pass (operand B's port)
  if (maskPatterns(i, op) > 0) perStep += groupPasses(op) * groupElements(i);
  return <i64>VECTOR_len(lo, hi) * perStep + vectorTableBytes(i);
}

/** Bytes VECTOR i writes to the UB: w per step; a group's elements (softmax, norm), w (perLane) or 1 (reductions) per group. */
export function vectorWriteBytes(i: i32): i64 {
  const lo = wordLo(i), hi = wordHi(i);
  const op = <u32>VECTOR_operation(lo, hi);
  const len = <i64>VECTOR_len(lo, hi);
  if (op == VOP_SOFTMAX || op == VOP_NORM) return len * groupElements(i);
  if (isReduce(op)) return VECTOR_perLane(lo) ? len * vectorWidth(i) : len;
  return len * vectorWidth(i);
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

/** A group's shape: 1 to MAX_GROUP elements; perLane reduces whole rows (vec.lastWidth 0). */
function checkGroup(i: i32, lo: u64, regs: StaticArray<u32>): i32 {
  if (VECTOR_perLane(lo) && regs[REG_VEC_LAST_WIDTH] != 0) return fail(ERR_VECTOR_PER_LANE, i, <i64>regs[REG_VEC_LAST_WIDTH]);
  const n = groupRows(i) == 0 ? 0 : groupElements(i);
  if (n < 1 || n > MAX_GROUP) return fail(ERR_VECTOR_GROUP, i, groupRows(i), n, MAX_GROUP);
  return ERR_OK;
}

/** Lanes of Y's rows VECTOR i writes: 1 for a reduction to one value, w per lane (perLane), the widest group row (softmax, norm), else w. */
function yLanes(i: i32, op: u32, lo: u64): i64 {
  if (isReduce(op)) return VECTOR_perLane(lo) ? vectorWidth(i) : 1;
  return isGroup(op) ? groupWidest(i) : vectorWidth(i);
}

/**
 * Validates VECTOR i (registers `regs` as issued): the unit and the op's class exist, a group's
 * shape is valid, the lane windows fit the row, the rows are in range. Snapshots its registers and
 * scans the rows it reads (A's rows of every step and group row, B's rows or its table, a masked
 * softmax's mask block) and writes
 * (Y's rows), each as one range from lowest to highest.
 */
export function loadVector(i: i32, lo: u64, hi: u64, regs: StaticArray<u32>, unit: i32): i32 {
  if (!VEC_PRESENT) return fail(ERR_VECTOR_NO_UNIT, i);
  const op = <u32>VECTOR_operation(lo, hi);
  const cls = vopClass(op);
  if (cls < 0) return fail(ERR_VECTOR_UNMODELLED, i, op);
  if (((VEC_MASK >> cls) & 1) == 0) return fail(ERR_VECTOR_CLASS, i, op, cls);
  snapshot(i, regs);
  const group = isGroup(op);
  if (group) {
    const err = checkGroup(i, lo, regs);
    if (err != ERR_OK) return err;
  }
  const w = vectorWidth(i);
  const len = <i64>VECTOR_len(lo, hi);
  if (op != VOP_PERMUTE && !checkLanes(i, <i64>regs[REG_VEC_A_LANE], group ? groupWidest(i) : w)) return ERR_VECTOR_LANE_RANGE;
  if (!checkLanes(i, <i64>regs[REG_VEC_Y_LANE], yLanes(i, op, lo))) return ERR_VECTOR_LANE_RANGE;
  const binary = isBinary(op);
  if (binary && !checkLanes(i, <i64>regs[REG_VEC_B_LANE], VECTOR_bLane(lo) && !VECTOR_bF32(lo) ? 1 : w)) return ERR_VECTOR_LANE_RANGE;
  if (len == 0) return ERR_OK;
  const a = <i64>VECTOR_a(lo, hi), b = <i64>VECTOR_b(lo, hi), y = <i64>VECTOR_y(lo, hi);
  // a group's further rows lie vec.group.stride apart from its first
  const groupSpan = group ? (groupRows(i) - 1) * <i64>regs[REG_VEC_GROUP_STRIDE] : 0;
  // A: the rows of every step (gather: the whole table)
  const aSteps = op == VOP_GATHER ? <i64>regs[REG_VEC_GATHER_ROWS] : len;
  if (aSteps > 0) {
    const top = patternTop(aSteps, <i64>regs[REG_VEC_A_COUNT], <i64>regs[REG_VEC_A_STEP], <i64>regs[REG_VEC_A_PITCH]) + groupSpan;
    if (!scanRows(i, a, a + top + 1, false, unit)) return ERR_UB_RANGE;
  }
  // B: operand rows, or the table / constant block read at the start
  const bRows: i64 = binary && !VECTOR_bF32(lo)
    ? patternTop(len, <i64>regs[REG_VEC_B_COUNT], <i64>regs[REG_VEC_B_STEP], <i64>regs[REG_VEC_B_PITCH]) + 1
    : (vectorTableBytes(i) + <i64>W - 1) / <i64>W;
  if (bRows > 0 && !scanRows(i, b, b + bRows, false, unit)) return ERR_UB_RANGE;
  // a masked softmax: the class, and the whole mask block (M patterns of group.rows rows, lanes from 0)
  const patterns = maskPatterns(i, op);
  if (patterns > 0) {
    if (((VEC_MASK >> VCLASS_MASK) & 1) == 0) return fail(ERR_VECTOR_CLASS, i, op, VCLASS_MASK);
    if (!checkLanes(i, 0, groupWidest(i))) return ERR_VECTOR_LANE_RANGE;
    const m0 = <i64>regs[REG_VEC_MASK_ROW];
    if (!scanRows(i, m0, m0 + patterns * groupRows(i), false, unit)) return ERR_UB_RANGE;
  }
  // Y: one row per step, or per group row (softmax, norm)
  const ySpan = op == VOP_SOFTMAX || op == VOP_NORM ? groupSpan : 0;
  const yTop = patternTop(len, <i64>regs[REG_VEC_Y_COUNT], <i64>regs[REG_VEC_Y_STEP], <i64>regs[REG_VEC_Y_PITCH]) + ySpan;
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

// ---------------------------------------------------------------------------------------------
// Group ops (isa/vector.ts reduceValues, softmaxValues, layerNormValues). The float steps mirror the
// reference's: integer sums in f64 (exact below 2^53, as there), float32 operations one at a time.

/** Makes room for a group of n elements: n input bytes, n output bytes, then n float32 g and n float32 b (softmax: its n mask bytes). */
function groupScratch(n: i64): void {
  const need = 10 * n;
  if (need > groupCap) {
    groupCap = need;
    groupBuf = regrow(groupBuf, <usize>need);
  }
}
@inline function groupOut(n: i64): usize { return groupBuf + <usize>n; }
@inline function groupG(n: i64): usize { return groupBuf + <usize>(2 * n); }
@inline function groupBeta(n: i64): usize { return groupBuf + <usize>(6 * n); }

/** The output byte of value r (an integer or NaN): saturated to the output type; NaN gives 0 (as a typed-array store does). */
function satByte(r: f64, signed: bool): u8 {
  if (isNaN(r)) return 0;
  const lo: f64 = signed ? -128 : 0;
  const hi: f64 = signed ? 127 : 255;
  return <u8><i32>(r < lo ? lo : r > hi ? hi : r);
}

/** isa/vector.ts requantize: round(f32(f32(s) * m)) + zp, saturated. */
@inline function requantize(s: f64, m: f32, zy: i32, signed: bool): u8 {
  return satByte(nearest<f64>(<f64>(<f32>s * m)) + <f64>zy, signed);
}

/** Reads group s of VECTOR i (row r at A(s) + r * stride, w_r lanes) into the group scratch, element (r, l) at r * w + l. */
function readGroup(i: i32, s: i64, w: i64, lastW: i64, rows: i64, stride: i64): void {
  const a0 = rowA(i, s);
  const aLane = <usize>regOf(i, REG_VEC_A_LANE);
  for (let r: i64 = 0; r < rows; r++) {
    const src = ub + <usize>((a0 + r * stride) * <i64>W) + aLane;
    memory.copy(groupBuf + <usize>(r * w), src, <usize>(r == rows - 1 ? lastW : w));
  }
}

/** Writes the group's output bytes back to row Y(s) + r * stride, lanes from vec.y.lane (softmax, norm). */
function writeGroup(i: i32, s: i64, w: i64, lastW: i64, rows: i64, stride: i64, n: i64): void {
  const y0 = rowY(i, s);
  const yLane = <usize>regOf(i, REG_VEC_Y_LANE);
  for (let r: i64 = 0; r < rows; r++) {
    const dst = ub + <usize>((y0 + r * stride) * <i64>W) + yLane;
    memory.copy(dst, groupOut(n) + <usize>(r * w), <usize>(r == rows - 1 ? lastW : w));
  }
}

/** sum, mean, rmax of the n values at `src` spaced `gap` bytes apart (isa/vector.ts reduceValues). */
function reduceValues(i: i32, op: u32, src: usize, gap: i64, n: i64): u8 {
  const lo = wordLo(i);
  const aS = VECTOR_aSigned(lo), yS = VECTOR_ySigned(lo);
  const sa = reinterpret<f32>(regOf(i, REG_VEC_A_SCALE)), sy = reinterpret<f32>(regOf(i, REG_VEC_Y_SCALE));
  const za = <i32>regOf(i, REG_VEC_A_ZERO), zy = <i32>regOf(i, REG_VEC_Y_ZERO);
  if (op == VOP_RMAX) {
    let m = byteValue(load<u8>(src), aS);
    for (let k: i64 = 1; k < n; k++) m = max<i32>(m, byteValue(load<u8>(src + <usize>(k * gap)), aS));
    return <u8>quantize(dequantize(m, za, sa), sy, zy, yS);
  }
  let sum: f64 = 0;
  for (let k: i64 = 0; k < n; k++) sum += <f64>(<i64>byteValue(load<u8>(src + <usize>(k * gap)), aS) - <i64>za);
  const m: f32 = op == VOP_SUM ? sa / sy : sa / (sy * <f32>n);
  return requantize(sum, m, zy, yS);
}

/** Reads the mask pattern of group s (s mod vec.mask.rows) into the scratch at groupG: element (r, l) at r * w + l. */
function readMask(i: i32, s: i64, w: i64, lastW: i64, rows: i64, n: i64): void {
  const p = s % <i64>regOf(i, REG_VEC_MASK_ROWS);
  const m0 = <i64>regOf(i, REG_VEC_MASK_ROW) + p * rows;
  for (let r: i64 = 0; r < rows; r++)
    memory.copy(groupG(n) + <usize>(r * w), ub + <usize>((m0 + r) * <i64>W), <usize>(r == rows - 1 ? lastW : w));
}

/**
 * Softmax of the group's n values into the output scratch (isa/vector.ts softmaxValues; the table
 * is at scratchTable). Masked: element k takes part when its mask byte (at groupG) is nonzero;
 * the others are left out of the max and the sum and give zy, as does every element of a group
 * with none taking part.
 */
function softmaxGroup(i: i32, n: i64, masked: bool): void {
  const lo = wordLo(i);
  const aS = VECTOR_aSigned(lo), yS = VECTOR_ySigned(lo);
  const one = <f64>regOf(i, REG_VEC_ONE), zy = <f64><i32>regOf(i, REG_VEC_Y_ZERO);
  const mask = groupG(n);
  let m: i32 = -129;
  for (let k: i64 = 0; k < n; k++)
    if (!masked || load<u8>(mask + <usize>k) != 0) m = max<i32>(m, byteValue(load<u8>(groupBuf + <usize>k), aS));
  let sum: f64 = 0;
  for (let k: i64 = 0; k < n; k++)
    if (!masked || load<u8>(mask + <usize>k) != 0)
      sum += <f64>load<u32>(scratchTable + (<usize>(m - byteValue(load<u8>(groupBuf + <usize>k), aS)) << 2));
  for (let k: i64 = 0; k < n; k++) {
    if (masked && load<u8>(mask + <usize>k) == 0) {
      store<u8>(groupOut(n) + <usize>k, satByte(zy, yS));
      continue;
    }
    const e = <f64>load<u32>(scratchTable + (<usize>(m - byteValue(load<u8>(groupBuf + <usize>k), aS)) << 2));
    store<u8>(groupOut(n) + <usize>k, satByte(Math.floor((2 * e * one + sum) / (2 * sum)) + zy, yS));
  }
}

/** Layer normalization of the group's n values into the output scratch (isa/vector.ts layerNormValues; g, b in the scratch). */
function normGroup(i: i32, n: i64): void {
  const lo = wordLo(i);
  const aS = VECTOR_aSigned(lo), yS = VECTOR_ySigned(lo);
  const sa = reinterpret<f32>(regOf(i, REG_VEC_A_SCALE)), eps = reinterpret<f32>(regOf(i, REG_VEC_EPS));
  const za = <i64><i32>regOf(i, REG_VEC_A_ZERO), zy = <f64><i32>regOf(i, REG_VEC_Y_ZERO);
  let s1: f64 = 0;
  let s2: f64 = 0;
  for (let k: i64 = 0; k < n; k++) {
    const d = <f64>(<i64>byteValue(load<u8>(groupBuf + <usize>k), aS) - za);
    s1 += d;
    s2 += d * d;
  }
  const fn = <f32>n;
  const v = <f64>n * s2 - s1 * s1;
  const mu: f32 = <f32>s1 / fn;
  const variance: f32 = <f32>v / fn / fn;
  const r: f32 = sa / sqrt<f32>(variance * (sa * sa) + eps);
  for (let k: i64 = 0; k < n; k++) {
    const d = <f32><f64>(<i64>byteValue(load<u8>(groupBuf + <usize>k), aS) - za);
    const t: f32 = (d - mu) * r;
    const u: f32 = t * load<f32>(groupG(n) + (<usize>k << 2)) + load<f32>(groupBeta(n) + (<usize>k << 2));
    store<u8>(groupOut(n) + <usize>k, satByte(nearest<f64>(<f64>u) + zy, yS));
  }
}

/** norm's parameter block, read once: g and b of element (r, l) from row b + 8r, bytes 4l and 4W + 4l. */
function readNormParams(i: i32, w: i64, lastW: i64, rows: i64, n: i64): void {
  const b0 = <i64>VECTOR_b(wordLo(i), wordHi(i));
  for (let r: i64 = 0; r < rows; r++) {
    const row = ub + <usize>((b0 + 8 * r) * <i64>W);
    const lanes = r == rows - 1 ? lastW : w;
    memory.copy(groupG(n) + <usize>(r * w * 4), row, <usize>(lanes * 4));
    memory.copy(groupBeta(n) + <usize>(r * w * 4), row + <usize>(4 * W), <usize>(lanes * 4));
  }
}

/** The data effect of group op VECTOR i (sum, mean, rmax, softmax, norm): every group read whole, then written. */
function groupExecute(i: i32, op: u32, len: i64): void {
  const lo = wordLo(i);
  const w = vectorWidth(i), lastW = lastWidth(i), rows = groupRows(i);
  const stride = <i64>regOf(i, REG_VEC_GROUP_STRIDE);
  const n = groupElements(i);
  groupScratch(n);
  if (op == VOP_NORM) readNormParams(i, w, lastW, rows, n);
  const yLane = <usize>regOf(i, REG_VEC_Y_LANE);
  const masked = maskPatterns(i, op) > 0;
  for (let s: i64 = 0; s < len; s++) {
    readGroup(i, s, w, lastW, rows, stride);
    if (masked) readMask(i, s, w, lastW, rows, n);
    if (op == VOP_SOFTMAX) softmaxGroup(i, n, masked);
    else if (op == VOP_NORM) normGroup(i, n);
    else if (VECTOR_perLane(lo)) {
      // lane l reduces the group's rows: values w bytes apart in the scratch
      for (let l: i64 = 0; l < w; l++) store<u8>(groupOut(n) + <usize>l, reduceValues(i, op, groupBuf + <usize>l, w, rows));
      memory.copy(ub + <usize>(rowY(i, s) * <i64>W) + yLane, groupOut(n), <usize>w);
      continue;
    } else {
      store<u8>(ub + <usize>(rowY(i, s) * <i64>W) + yLane, reduceValues(i, op, groupBuf, 1, n));
      continue;
    }
    writeGroup(i, s, w, lastW, rows, stride, n);
  }
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
  else if (op == VOP_SOFTMAX) memory.copy(scratchTable, b0, 1024);
  if (isGroup(op)) {
    groupExecute(i, op, len);
    return ERR_OK;
  }
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
