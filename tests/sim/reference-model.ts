// An independent, plain-TypeScript model of the ISA's data semantics (isa/ISA.md), executing
// instructions one at a time in program order. No timing. Used as the oracle for the simulator's
// memories. Written from ISA.md, not from the AssemblyScript core.
import { REGISTERS, decodeInstruction, encodeInstruction, f32ToBits, type Instruction, type Program } from '../../isa/index.js';

/** Machine sizes the model needs. */
export interface ReferenceShape {
  rows: number;
  cols: number;
  ubBytes: number;
  accEntries: number;
}

/** Final memories of a reference run. */
export interface ReferenceState {
  host: Uint8Array;
  ub: Uint8Array;
  acc: Int32Array;
}

const f32 = Math.fround;

/** Round half to even of a float value. */
export function roundHalfEven(x: number): number {
  if (!Number.isFinite(x)) return x;
  const f = Math.floor(x);
  const d = x - f;
  if (d < 0.5) return f;
  if (d > 0.5) return f + 1;
  return f % 2 === 0 ? f : f + 1;
}

function bitsToFloat(bits: number): number {
  return new Float32Array(new Uint32Array([bits >>> 0]).buffer)[0]!;
}

/** Runs `program` on zeroed UB/accumulators with the given host and weight images. */
export function runReference(program: Program, shape: ReferenceShape, hostImage: Uint8Array, weightImage: Uint8Array): ReferenceState {
  const R = shape.rows;
  const C = shape.cols;
  const W = Math.max(R, C);
  const host = hostImage.slice();
  const weights = weightImage;
  const ub = new Uint8Array(shape.ubBytes);
  const acc = new Int32Array(shape.accEntries * C);
  for (const seg of program.segments) {
    if (seg.kind === 'host') host.set(seg.bytes, seg.offset);
  }
  const weightMem = new Uint8Array(Math.max(weights.length, ...program.segments.filter((s) => s.kind === 'weights').map((s) => s.offset + s.bytes.length), 0));
  weightMem.set(weights);
  for (const seg of program.segments) if (seg.kind === 'weights') weightMem.set(seg.bytes, seg.offset);
  const wview = new DataView(weightMem.buffer);

  const regs = REGISTERS.map((r) => (r.type === 'f32' ? f32ToBits(r.reset) : r.reset >>> 0));
  const reg = (name: string) => regs[REGISTERS.find((r) => r.name === name)!.id]!;
  const regI32 = (name: string) => reg(name) | 0;
  const regF32 = (name: string) => bitsToFloat(reg(name));

  const fifo: { addr: number; w16: boolean }[] = [];
  let tile: { addr: number; w16: boolean } | undefined; // undefined: all zeros

  const n = (ins: Instruction, f: string) => Number(ins[f]);
  const flag = (ins: Instruction, f: string) => ins[f] === true;

  // normalize through the encoding: every field present, enums and registers as numbers
  for (const ins of program.instructions.map((i) => decodeInstruction(encodeInstruction(i)))) {
    switch (ins.op) {
      case 'SET':
        regs[n(ins, 'reg')] = n(ins, 'value') >>> 0;
        break;
      case 'READ_HOST':
      case 'WRITE_HOST': {
        const rowBytes = n(ins, 'rowBytes') || W;
        for (let i = 0; i < n(ins, 'rows'); i++) {
          const u = (n(ins, 'ub') + i) * W;
          const h = n(ins, 'host') + i * rowBytes;
          if (ins.op === 'READ_HOST') {
            ub.fill(0, u, u + W);
            ub.set(host.subarray(h, h + rowBytes), u);
          } else {
            host.set(ub.subarray(u, u + rowBytes), h);
          }
        }
        break;
      }
      case 'READ_WEIGHTS': {
        const w16 = flag(ins, 'w16');
        const bytes = R * C * (w16 ? 2 : 1);
        for (let t = 0; t < n(ins, 'tiles'); t++) fifo.push({ addr: n(ins, 'addr') + t * bytes, w16 });
        break;
      }
      case 'MATMUL': {
        if (flag(ins, 'switch')) tile = fifo.shift();
        const in16 = flag(ins, 'in16');
        const unsigned = flag(ins, 'unsigned');
        const e = in16 ? 2 : 1;
        const weight = (k: number, col: number): number => {
          if (!tile) return 0;
          return tile.w16 ? wview.getInt16(tile.addr + 2 * (k * C + col), true) : wview.getInt8(tile.addr + k * C + col);
        };
        for (let i = 0; i < n(ins, 'len'); i++) {
          const v = flag(ins, 'conv') ? Math.floor(i / n(ins, 'cols')) * n(ins, 'pitch') + (i % n(ins, 'cols')) * n(ins, 'step') : i;
          const row = (n(ins, 'ub') + v * e) * W;
          const x: number[] = [];
          for (let k = 0; k < R; k++) {
            if (in16) {
              const raw = ub[row + k]! | (ub[row + W + k]! << 8);
              x.push(unsigned ? raw : (raw << 16) >> 16);
            } else {
              x.push(unsigned ? ub[row + k]! : (ub[row + k]! << 24) >> 24);
            }
          }
          const a = (n(ins, 'acc') + i) * C;
          for (let col = 0; col < C; col++) {
            let s = 0;
            for (let k = 0; k < R; k++) s = (s + Math.imul(x[k]!, weight(k, col))) | 0;
            acc[a + col] = flag(ins, 'accumulate') ? (acc[a + col]! + s) | 0 : s;
          }
        }
        break;
      }
      case 'ACTIVATE':
        activate(ins);
        break;
      default:
        break; // NOP, HALT, SYNC, INTERRUPT, TAG: no data effect
    }
  }
  return { host, ub, acc };

  function activate(ins: Instruction): void {
    const len = n(ins, 'len');
    const func = ['identity', 'relu', 'relu6', 'sigmoid', 'tanh'][n(ins, 'func')]!;
    const pool = ['none', 'max', 'avg'][n(ins, 'pool')]!;
    const unsigned = flag(ins, 'unsigned');
    const out16 = flag(ins, 'out16');
    const zp = regI32('act.zeroPoint');
    let lo = out16 ? (unsigned ? 0 : -32768) : unsigned ? 0 : -128;
    let hi = out16 ? (unsigned ? 65535 : 32767) : unsigned ? 255 : 127;
    if (func === 'relu' || func === 'relu6') lo = Math.max(lo, zp);
    if (func === 'relu6') hi = Math.min(hi, regI32('act.clipHigh'));
    // the parameter block, read before any output is written
    const bias: number[] = [];
    const scale: number[] = [];
    if (flag(ins, 'perColumn')) {
      const p = n(ins, 'params') * W;
      const dv = new DataView(ub.buffer, ub.byteOffset + p, 8 * C);
      for (let col = 0; col < C; col++) {
        bias.push(dv.getInt32(4 * col, true));
        scale.push(dv.getFloat32(4 * C + 4 * col, true));
      }
    }
    const clamp = (t: number) => {
      let y = Number.isNaN(t) ? 0 : t;
      y += zp;
      if (y < lo) y = lo;
      if (y > hi) y = hi;
      return y;
    };
    const q = (accRow: number, col: number): number => {
      const a = acc[(n(ins, 'acc') + accRow) * C + col]!;
      const v = flag(ins, 'perColumn') ? (a + bias[col]!) | 0 : a;
      const s = flag(ins, 'perColumn') ? scale[col]! : regF32('act.scale');
      const x = f32(f32(v) * s);
      if (func === 'sigmoid' || func === 'tanh') {
        const y = f32(func === 'sigmoid' ? 1 / (1 + Math.exp(-x)) : Math.tanh(x));
        return clamp(roundHalfEven(f32(y * regF32('act.outScale'))));
      }
      return clamp(roundHalfEven(x));
    };
    const outputs: number[][] = [];
    if (pool === 'none') {
      for (let r = 0; r < len; r++) outputs.push(Array.from({ length: C }, (_, col) => q(r, col)));
    } else {
      const ih = reg('pool.inHeight'), iw = reg('pool.inWidth');
      const kh = reg('pool.kh'), kw = reg('pool.kw'), sh = reg('pool.sh'), sw = reg('pool.sw');
      const pt = reg('pool.padTop'), pl = reg('pool.padLeft');
      for (let py = 0; py < reg('pool.outHeight'); py++) {
        for (let px = 0; px < reg('pool.outWidth'); px++) {
          const vals: number[] = [];
          for (let col = 0; col < C; col++) {
            let best = -Infinity;
            let sum = 0;
            let count = 0;
            for (let i = 0; i < kh; i++) {
              for (let j = 0; j < kw; j++) {
                const y = py * sh - pt + i;
                const x = px * sw - pl + j;
                if (y < 0 || x < 0 || y >= ih || x >= iw) continue;
                const v = q(y * iw + x, col);
                best = Math.max(best, v);
                sum += v;
                count++;
              }
            }
            vals.push(pool === 'max' ? best : roundHalfEven(sum / count));
          }
          outputs.push(vals);
        }
      }
    }
    const e = out16 ? 2 : 1;
    outputs.forEach((vals, j) => {
      const count = reg('out.count');
      const u = flag(ins, 'strided') ? Math.floor(j / count) * reg('out.pitch') + (j % count) * reg('out.step') : j;
      const row = (n(ins, 'ub') + u * e) * W;
      vals.forEach((v, col) => {
        ub[row + col] = v & 0xff;
        if (out16) ub[row + W + col] = (v >> 8) & 0xff;
      });
    });
  }
}
