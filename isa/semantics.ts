// The executable semantics of the instruction set: what every instruction computes, as plain
// TypeScript written from isa/ISA.md, executing a program one instruction at a time in program
// order. It has no notion of time and shares no code with the hardware model (asc/): the ISA
// promises that hazards are checked in hardware, so the memories a program leaves are those of this
// sequential execution, whichever fidelity simulates it. Both engines are tested against it
// (tests/sim/functional.test.ts, tests/sim/fidelity.test.ts). A change to the instruction set
// changes this file first.
import { bitsToF32, decodeInstruction, encodeInstruction, f32ToBits, type Instruction, type Program } from './encoding.js';
import { sigmoidf, tanhf } from './float32.js';
import { ACTIVATION_FUNCTIONS, POOL_MODES, REGISTERS, VECTOR_OPS, registerByName } from './table.js';
import {
  binaryRow,
  byteValue,
  layerNormValues,
  lookupRow,
  patternRow,
  PERMUTE_KEEP,
  reduceValues,
  softmaxValues,
  type BinaryOp,
  type BinaryOperandB,
  type QParams,
} from './vector.js';

/** The sizes of the machine the semantics depend on (from the hardware config). */
export interface MachineShape {
  /** matrix unit rows R (input elements of a vector) */
  rows: number;
  /** matrix unit columns C (outputs of a vector) */
  cols: number;
  /** Unified Buffer size in bytes (rows of W = max(R, C) bytes) */
  ubBytes: number;
  /** accumulator rows (each C int32) */
  accEntries: number;
  /**
   * matrix.dataflow (default ws). Under os and is only a tile's used part (READ_WEIGHTS usedRows x
   * usedCols) is streamed through the cells: the weights outside it count as zero.
   */
  dataflow?: 'ws' | 'os' | 'is';
}

/** The memories a program leaves behind. */
export interface MachineMemories {
  host: Uint8Array;
  ub: Uint8Array;
  acc: Int32Array;
}

const f32 = Math.fround;

/** Round half to even of a number (ties go to the even neighbour). */
export function roundHalfEven(x: number): number {
  if (!Number.isFinite(x)) return x;
  const f = Math.floor(x);
  const d = x - f;
  if (d < 0.5) return f;
  if (d > 0.5) return f + 1;
  return f % 2 === 0 ? f : f + 1;
}

/** A weight tile in FIFO order: where its R x C values come from. */
type Tile =
  /** from weight memory: the byte address of the row-major tile */
  (
    | { addr: number; w16: boolean }
    /** from the Unified Buffer: its values, row-major, once its READ_WEIGHTS has executed (undefined before) */
    | { values: Int8Array | undefined; fetchedBy: number }
  ) & { usedRows: number; usedCols: number };

/**
 * Runs `program` on a machine of `shape` from reset: zeroed UB and accumulators, host memory
 * holding `hostImage` (grown to cover the program's host segments, which are written on top),
 * weight memory holding `weightImage` and the weight segments. Returns the final memories.
 * The program must be one the simulator loads (addresses in range, tiles for every switch, ...).
 */
export function executeProgram(
  program: Program,
  shape: MachineShape,
  hostImage: Uint8Array = new Uint8Array(0),
  weightImage: Uint8Array = new Uint8Array(0),
): MachineMemories {
  const machine = new Machine(program, shape, hostImage, weightImage);
  // normalised through the encoding: every field present, enums and registers as numbers
  for (const ins of program.instructions) machine.execute(decodeInstruction(encodeInstruction(ins)));
  return { host: machine.host, ub: machine.ub, acc: machine.acc };
}

/** The machine state and one method per instruction's data effect. */
class Machine {
  readonly R: number;
  readonly C: number;
  /** UB row width in bytes */
  readonly W: number;
  readonly host: Uint8Array;
  readonly ub: Uint8Array;
  readonly acc: Int32Array;
  private readonly weights: DataView;
  /** configuration registers, raw 32-bit values by id */
  private readonly regs: Uint32Array;
  /** every tile the program fetches, in FIFO order: the k-th switching MATMUL takes tile k */
  private readonly tiles: Tile[] = [];
  private switches = 0;
  /** the current tile (undefined: the all-zero tile after reset) */
  private tile: Tile | undefined;
  /** os/is: only a tile's used part is streamed (MachineShape.dataflow) */
  private readonly usedOnly: boolean;

  constructor(program: Program, shape: MachineShape, hostImage: Uint8Array, weightImage: Uint8Array) {
    this.R = shape.rows;
    this.C = shape.cols;
    this.usedOnly = shape.dataflow === 'os' || shape.dataflow === 'is';
    this.W = Math.max(this.R, this.C);
    this.ub = new Uint8Array(shape.ubBytes);
    this.acc = new Int32Array(shape.accEntries * this.C);
    this.host = withSegments(hostImage, program, 'host');
    this.weights = new DataView(withSegments(weightImage, program, 'weights').buffer);
    this.regs = Uint32Array.from(REGISTERS.map((r) => (r.type === 'f32' ? f32ToBits(r.reset) : r.reset >>> 0)));
    // weight memory is read-only, so a tile's values are known before its READ_WEIGHTS executes:
    // a multiply may switch to a tile that a later READ_WEIGHTS fetches. A tile read from the UB gets
    // its values when its READ_WEIGHTS executes, so it must be fetched before it is used.
    program.instructions.forEach((raw, index) => {
      const ins = decodeInstruction(encodeInstruction(raw));
      if (ins.op !== 'READ_WEIGHTS') return;
      const w16 = ins.w16 === true;
      const bytes = this.R * this.C * (w16 ? 2 : 1);
      const ur = num(ins, 'usedRows'),
        uc = num(ins, 'usedCols');
      const used = { usedRows: ur === 0 || ur > this.R ? this.R : ur, usedCols: uc === 0 || uc > this.C ? this.C : uc };
      for (let t = 0; t < num(ins, 'tiles'); t++) {
        this.tiles.push(
          ins.ub === true ? { values: undefined, fetchedBy: index, ...used } : { addr: num(ins, 'addr') + t * bytes, w16, ...used },
        );
      }
    });
  }

  /** The data effect of one instruction. */
  execute(ins: Instruction): void {
    switch (ins.op) {
      case 'SET':
        this.regs[num(ins, 'reg')] = num(ins, 'value') >>> 0;
        break;
      case 'READ_HOST':
      case 'WRITE_HOST':
        this.hostTransfer(ins);
        break;
      case 'MATMUL':
        this.matmul(ins);
        break;
      case 'ACTIVATE':
        this.activate(ins);
        break;
      case 'READ_WEIGHTS':
        if (ins.ub === true) this.readWeightsFromUb(ins);
        break; // tiles from weight memory are numbered up front
      case 'VECTOR':
        this.vector(ins);
        break;
      default:
        break; // NOP, HALT, SYNC, INTERRUPT, TAG: no data effect
    }
  }

  private reg(name: string): number {
    return this.regs[registerByName(name)!.id]!;
  }

  /** A register's value as its type says: f32 as a float, i32 signed, u32 unsigned. */
  private regValue(name: string): number {
    const spec = registerByName(name)!;
    const raw = this.regs[spec.id]!;
    return spec.type === 'f32' ? bitsToF32(raw) : spec.type === 'i32' ? raw | 0 : raw >>> 0;
  }

  /** UB row of step i of VECTOR operand x ∈ a, b, y (its field and vec.x.count/step/pitch). */
  private vecRow(ins: Instruction, x: 'a' | 'b' | 'y', i: number): number {
    return patternRow(i, num(ins, x), this.reg(`vec.${x}.count`), this.reg(`vec.${x}.step`), this.reg(`vec.${x}.pitch`));
  }

  /**
   * VECTOR (docs/vector-unit.md §3-§4): `len` steps in order, each reading everything it reads
   * before writing; tables and constant blocks are read once at the start, gather indices as the
   * steps go. Lanes: operand x uses bytes [vec.x.lane, vec.x.lane + w) of its rows (permute's
   * indices address the whole source row).
   */
  private vector(ins: Instruction): void {
    const { W, ub } = this;
    const op = VECTOR_OPS[num(ins, 'operation')]!;
    const len = num(ins, 'len');
    // no steps: it reads and writes nothing (loading checks no operand row of a VECTOR without steps)
    if (len === 0) return;
    const w = this.reg('vec.width') || W;
    const q = (x: 'a' | 'b' | 'y', signed: boolean): QParams => ({
      scale: this.regValue(`vec.${x}.scale`),
      zeroPoint: this.regValue(`vec.${x}.zero`),
      signed,
    });
    const qa = q('a', ins.aSigned === true),
      qb = q('b', ins.bSigned === true),
      qy = q('y', ins.ySigned === true);
    const lane = { a: this.reg('vec.a.lane'), b: this.reg('vec.b.lane'), y: this.reg('vec.y.lane') };
    const window = (row: number, first: number, n = w) => ub.subarray(row * W + first, row * W + first + n);
    const b0 = num(ins, 'b') * W;
    // tables and constant blocks, read once
    const table = ub.slice(b0, b0 + 256);
    const f32s = new DataView(ub.buffer, ub.byteOffset);
    const constants =
      ins.bF32 === true ? Float32Array.from({ length: w }, (_, l) => f32s.getFloat32(b0 + 4 * (lane.b + l), true)) : undefined;
    const idx = Uint16Array.from({ length: w }, (_, l) => ub[b0 + 2 * l]! | (ub[b0 + 2 * l + 1]! << 8));
    if (['sum', 'mean', 'rmax', 'softmax', 'norm'].includes(op)) {
      this.vectorGroups(ins, op, len, w, qa, qy);
      return;
    }
    for (let i = 0; i < len; i++) {
      const y = window(this.vecRow(ins, 'y', i), lane.y);
      const a = () => window(this.vecRow(ins, 'a', i), lane.a);
      let out = new Uint8Array(w);
      if (op === 'copy') out = a().slice();
      else if (op === 'lookup') lookupRow(a(), table, out);
      else if (op === 'permute') {
        const src = ub.slice(this.vecRow(ins, 'a', i) * W, this.vecRow(ins, 'a', i) * W + W);
        out = y.slice();
        idx.forEach((j) => {
          if (j !== PERMUTE_KEEP && j >= W) throw new Error(`VECTOR permute index ${j} at step ${i} is outside the ${W}-byte row`);
        });
        for (let l = 0; l < w; l++) if (idx[l] !== PERMUTE_KEEP) out[l] = src[idx[l]!]!;
      } else if (op === 'gather') {
        const k = f32s.getUint32(b0 + 4 * i, true);
        if (k >= this.reg('vec.gather.rows')) throw new Error(`VECTOR gather index ${k} at step ${i} is not below vec.gather.rows`);
        out = window(
          patternRow(k, num(ins, 'a'), this.reg('vec.a.count'), this.reg('vec.a.step'), this.reg('vec.a.pitch')),
          lane.a,
        ).slice();
      } else if (['add', 'sub', 'mul', 'div', 'max', 'min'].includes(op)) {
        const b: BinaryOperandB = constants
          ? { kind: 'f32', values: constants }
          : ins.bLane === true
            ? { kind: 'bytes', bytes: window(this.vecRow(ins, 'b', i), lane.b, 1), q: qb, lane: 0 }
            : { kind: 'bytes', bytes: window(this.vecRow(ins, 'b', i), lane.b), q: qb };
        binaryRow(op as BinaryOp, a(), qa, b, qy, out);
      } else {
        throw new Error(`VECTOR op ${op} is not modelled yet (docs/vector-unit.md §10)`);
      }
      y.set(out);
    }
  }

  /**
   * VECTOR's group ops (docs/vector-unit.md §3 "Groups", §4): group i is rows A(i) + r·vec.group.stride,
   * r < vec.group.rows, of w lanes (the last row vec.lastWidth when set); each group is read whole,
   * then written (sum/mean/rmax: one value at Y(i), or with perLane one per lane; softmax/norm: element
   * (r, l) at row Y(i) + r·stride). softmax's table and norm's parameter block are read once at the start;
   * a masked softmax (vec.mask.rows = M > 0) reads group i's mask pattern i mod M with the group.
   */
  private vectorGroups(ins: Instruction, op: string, len: number, w: number, qa: QParams, qy: QParams): void {
    const { W, ub } = this;
    const rows = this.reg('vec.group.rows');
    const stride = this.reg('vec.group.stride');
    const lastW = this.reg('vec.lastWidth') || w;
    const widths = Array.from({ length: rows }, (_, r) => (r === rows - 1 ? lastW : w));
    const aLane = this.reg('vec.a.lane');
    const yLane = this.reg('vec.y.lane');
    const b0 = num(ins, 'b') * W;
    const view = new DataView(ub.buffer, ub.byteOffset);
    const table = Uint32Array.from({ length: 256 }, (_, k) => (op === 'softmax' ? view.getUint32(b0 + 4 * k, true) : 0));
    // norm: g and b of element (r, l) at row b + 8r, bytes 4l and 4W + 4l
    const param = (half: 0 | 1) =>
      op === 'norm'
        ? widths.flatMap((n, r) => Array.from({ length: n }, (_, l) => view.getFloat32(b0 + 8 * r * W + half * 4 * W + 4 * l, true)))
        : [];
    const g = param(0),
      b = param(1);
    const one = this.reg('vec.one');
    const eps = this.regValue('vec.eps');
    const patterns = op === 'softmax' ? this.reg('vec.mask.rows') : 0;
    for (let i = 0; i < len; i++) {
      const a0 = this.vecRow(ins, 'a', i);
      const y0 = this.vecRow(ins, 'y', i);
      const rowsRead = widths.map((n, r) =>
        Array.from(ub.subarray((a0 + r * stride) * W + aLane, (a0 + r * stride) * W + aLane + n), (v) => byteValue(v, qa.signed)),
      );
      if (op === 'softmax' || op === 'norm') {
        const q = rowsRead.flat();
        // a masked softmax: pattern i mod M, its group row r at row vec.mask.row + p·rows + r, lanes from 0
        const m0 = this.reg('vec.mask.row') + (patterns > 0 ? (i % patterns) * rows : 0);
        const mask = patterns > 0 ? widths.flatMap((n, r) => Array.from(ub.subarray((m0 + r) * W, (m0 + r) * W + n))) : undefined;
        const out = op === 'softmax' ? softmaxValues(q, table, one, qy, mask) : layerNormValues(q, qa, eps, g, b, qy);
        let k = 0;
        widths.forEach((n, r) => {
          for (let l = 0; l < n; l++) ub[(y0 + r * stride) * W + yLane + l] = out[k++]!;
        });
      } else {
        const kind = op === 'rmax' ? 'max' : (op as 'sum' | 'mean');
        if (ins.perLane === true) {
          const out = Array.from({ length: w }, (_, l) =>
            reduceValues(
              kind,
              rowsRead.map((row) => row[l]!),
              qa,
              qy,
            ),
          );
          for (let l = 0; l < w; l++) ub[y0 * W + yLane + l] = out[l]!;
        } else ub[y0 * W + yLane] = reduceValues(kind, rowsRead.flat(), qa, qy);
      }
    }
  }

  private hostTransfer(ins: Instruction): void {
    const { W } = this;
    const rowBytes = num(ins, 'rowBytes') || W;
    for (let i = 0; i < num(ins, 'rows'); i++) {
      const u = (num(ins, 'ub') + i) * W;
      const h = num(ins, 'host') + i * rowBytes;
      if (ins.op === 'READ_HOST') {
        this.ub.fill(0, u, u + W);
        this.ub.set(this.host.subarray(h, h + rowBytes), u);
      } else {
        this.host.set(this.ub.subarray(u, u + rowBytes), h);
      }
    }
  }

  /**
   * READ_WEIGHTS ub: each tile is read from the UB now. Tile t's row k (k < R) is bytes
   * [wt.lane, wt.lane + C) of UB row addr + t*R + k; with transpose, its column n (n < C) is bytes
   * [wt.lane, wt.lane + R) of UB row addr + t*C + n.
   */
  private readWeightsFromUb(ins: Instruction): void {
    const { R, C, W, ub } = this;
    const transpose = ins.transpose === true;
    const lane = this.lane('wt.lane', transpose ? R : C);
    // this instruction's tiles are the first not yet fetched ones it owns
    const mine = this.tiles.filter((t): t is Extract<Tile, { fetchedBy: number }> => 'fetchedBy' in t && t.values === undefined);
    for (let t = 0; t < num(ins, 'tiles'); t++) {
      const values = new Int8Array(R * C);
      const first = num(ins, 'addr') + t * (transpose ? C : R);
      for (let k = 0; k < R; k++) {
        for (let n = 0; n < C; n++) {
          const byte = transpose ? ub[(first + n) * W + lane + k]! : ub[(first + k) * W + lane + n]!;
          values[k * C + n] = (byte << 24) >> 24;
        }
      }
      mine[t]!.values = values;
    }
  }

  /** Weight (k, n) of the current tile. */
  private weight(k: number, n: number): number {
    const t = this.tile;
    if (!t) return 0;
    if (this.usedOnly && (k >= t.usedRows || n >= t.usedCols)) return 0;
    if ('values' in t) return t.values![k * this.C + n]!;
    return t.w16 ? this.weights.getInt16(t.addr + 2 * (k * this.C + n), true) : this.weights.getInt8(t.addr + k * this.C + n);
  }

  /** A lane register's value, checked against the UB row width for `bytes` bytes (the loader rejects the program otherwise). */
  private lane(name: 'in.lane' | 'out.lane' | 'wt.lane', bytes: number): number {
    const lane = this.reg(name);
    if (lane + bytes > this.W) throw new Error(`${name} ${lane} + ${bytes} bytes is beyond the ${this.W}-byte Unified Buffer row`);
    return lane;
  }

  /** The R input elements of vector `i` of a MATMUL: bytes [in.lane, in.lane + R) of its UB row (of both rows with in16). */
  private inputVector(ins: Instruction, i: number, lane: number): number[] {
    const { R, W, ub } = this;
    const in16 = ins.in16 === true;
    const unsigned = ins.unsigned === true;
    const v = ins.conv === true ? Math.floor(i / num(ins, 'cols')) * num(ins, 'pitch') + (i % num(ins, 'cols')) * num(ins, 'step') : i;
    const row = (num(ins, 'ub') + v * (in16 ? 2 : 1)) * W + lane;
    const x: number[] = [];
    for (let k = 0; k < R; k++) {
      if (in16) {
        const raw = ub[row + k]! | (ub[row + W + k]! << 8);
        x.push(unsigned ? raw : (raw << 16) >> 16);
      } else {
        x.push(unsigned ? ub[row + k]! : (ub[row + k]! << 24) >> 24);
      }
    }
    return x;
  }

  private matmul(ins: Instruction): void {
    const { R, C } = this;
    if (ins.switch === true) {
      const t = this.tiles[this.switches++];
      if (!t) throw new Error(`MATMUL switches to weight tile #${this.switches - 1}, but the program fetches only ${this.tiles.length}`);
      if ('values' in t && !t.values) {
        throw new Error(
          `MATMUL switches to weight tile #${this.switches - 1}, which instruction ${t.fetchedBy} reads from the Unified Buffer later`,
        );
      }
      this.tile = t;
    }
    const lane = this.lane('in.lane', R);
    for (let i = 0; i < num(ins, 'len'); i++) {
      const x = this.inputVector(ins, i, lane);
      const a = (num(ins, 'acc') + i) * C;
      for (let n = 0; n < C; n++) {
        let s = 0;
        for (let k = 0; k < R; k++) s = (s + Math.imul(x[k]!, this.weight(k, n))) | 0;
        this.acc[a + n] = ins.accumulate === true ? (this.acc[a + n]! + s) | 0 : s;
      }
    }
  }

  private activate(ins: Instruction): void {
    const quantize = this.quantizer(ins);
    const len = num(ins, 'len');
    const pool = POOL_MODES[num(ins, 'pool')]!;
    const outputs: number[][] =
      pool === 'none'
        ? Array.from({ length: len }, (_, r) => Array.from({ length: this.C }, (_, n) => quantize(r, n)))
        : this.pool(pool, quantize);
    this.writeOutputs(ins, outputs);
  }

  /**
   * The requantization of an ACTIVATE: a function from (accumulator row relative to `acc`, column)
   * to the output value q. Reads the parameter block now, before any output is written.
   */
  private quantizer(ins: Instruction): (row: number, n: number) => number {
    const { C, W } = this;
    const func = ACTIVATION_FUNCTIONS[num(ins, 'func')]!;
    const unsigned = ins.unsigned === true;
    const out16 = ins.out16 === true;
    const zp = this.reg('act.zeroPoint') | 0;
    let lo = out16 ? (unsigned ? 0 : -32768) : unsigned ? 0 : -128;
    let hi = out16 ? (unsigned ? 65535 : 32767) : unsigned ? 255 : 127;
    if (func === 'relu' || func === 'relu6') lo = Math.max(lo, zp);
    if (func === 'relu6') hi = Math.min(hi, this.reg('act.clipHigh') | 0);
    const perColumn = ins.perColumn === true;
    const bias: number[] = [];
    const scale: number[] = [];
    if (perColumn) {
      const block = new DataView(this.ub.buffer, this.ub.byteOffset + num(ins, 'params') * W, 8 * C);
      for (let n = 0; n < C; n++) {
        bias.push(block.getInt32(4 * n, true));
        scale.push(block.getFloat32(4 * C + 4 * n, true));
      }
    }
    const actScale = bitsToF32(this.reg('act.scale'));
    const outScale = bitsToF32(this.reg('act.outScale'));
    // clamp(t + zero point, lo, hi) as min(max(.)): hi wins when lo > hi; NaN counts as 0
    const clamp = (t: number) => Math.min(Math.max((Number.isNaN(t) ? 0 : t) + zp, lo), hi);
    const acc0 = num(ins, 'acc');
    return (row, n) => {
      const a = this.acc[(acc0 + row) * C + n]!;
      const v = perColumn ? (a + bias[n]!) | 0 : a;
      const x = f32(f32(v) * (perColumn ? scale[n]! : actScale));
      if (func === 'sigmoid' || func === 'tanh') {
        const y = func === 'sigmoid' ? sigmoidf(x) : tanhf(x);
        return clamp(roundHalfEven(f32(y * outScale)));
      }
      return clamp(roundHalfEven(x));
    };
  }

  /** Pooled outputs (row-major over pool.outHeight x pool.outWidth), each C values. */
  private pool(mode: string, quantize: (row: number, n: number) => number): number[][] {
    const r = (name: string) => this.reg(`pool.${name}`);
    const [ih, iw, kh, kw, sh, sw, pt, pl] = ['inHeight', 'inWidth', 'kh', 'kw', 'sh', 'sw', 'padTop', 'padLeft'].map(r) as [
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    const outputs: number[][] = [];
    for (let py = 0; py < r('outHeight'); py++) {
      for (let px = 0; px < r('outWidth'); px++) {
        const values: number[] = [];
        for (let n = 0; n < this.C; n++) {
          let best = -Infinity;
          let sum = 0;
          let count = 0;
          for (let i = 0; i < kh; i++) {
            for (let j = 0; j < kw; j++) {
              const y = py * sh - pt + i;
              const x = px * sw - pl + j;
              if (y < 0 || x < 0 || y >= ih || x >= iw) continue;
              const q = quantize(y * iw + x, n);
              best = Math.max(best, q);
              sum += q;
              count++;
            }
          }
          values.push(mode === 'max' ? best : roundHalfEven(sum / count));
        }
        outputs.push(values);
      }
    }
    return outputs;
  }

  /**
   * Writes output vector j at UB row ub + u(j) * e: its C values go to bytes [out.lane, out.lane + C)
   * (low bytes, then the same bytes of the next row with the high bytes with out16); the rest of the row is kept.
   */
  private writeOutputs(ins: Instruction, outputs: number[][]): void {
    const { W, ub } = this;
    const out16 = ins.out16 === true;
    const count = this.reg('out.count');
    const lane = this.lane('out.lane', this.C);
    outputs.forEach((values, j) => {
      const u = ins.strided === true ? Math.floor(j / count) * this.reg('out.pitch') + (j % count) * this.reg('out.step') : j;
      const row = (num(ins, 'ub') + u * (out16 ? 2 : 1)) * W + lane;
      values.forEach((q, n) => {
        ub[row + n] = q & 0xff;
        if (out16) ub[row + W + n] = (q >> 8) & 0xff;
      });
    });
  }
}

/** A numeric field of a decoded instruction. */
function num(ins: Instruction, field: string): number {
  return Number(ins[field]);
}

/** A copy of `image` grown to cover the program's segments of `kind`, which are written on top (later ones win). */
function withSegments(image: Uint8Array, program: Program, kind: 'host' | 'weights'): Uint8Array {
  const segments = program.segments.filter((s) => s.kind === kind);
  const size = Math.max(image.length, ...segments.map((s) => s.offset + s.bytes.length));
  const out = new Uint8Array(size);
  out.set(image);
  for (const s of segments) out.set(s.bytes, s.offset);
  return out;
}
