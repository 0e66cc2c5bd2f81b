// The simulator's data effects against independent computations: the example programs against the
// ISA's executable semantics (isa/semantics.ts; for two of them, also the math written out directly),
// requantization edge cases against hand-computed values, and random programs on odd array
// shapes (kernel edge cases) against the model.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { instantiateSync } from '@assemblyscript/loader';
import { describe, expect, it } from 'vitest';
import {
  assemble,
  bitsToF32,
  executeProgram,
  f32ToBits,
  roundHalfEven,
  sigmoidf,
  tanhf,
  type Instruction,
  type Program,
} from '../../isa/index.js';
import { Simulator, packageRoot, withOverrides, type Fidelity, type HardwareConfig } from '../../sim/index.js';
import { FIDELITIES, config, randomBytes, randomInt8 } from './helpers.js';

const EXAMPLES = join(import.meta.dirname, '..', '..', 'isa', 'examples');
const small = config('small-16');

function shapeOf(cfg: HardwareConfig) {
  return {
    rows: cfg.matrix.rows,
    cols: cfg.matrix.cols,
    ubBytes: cfg.unifiedBuffer.bytes,
    accEntries: cfg.accumulators.entries,
    dataflow: cfg.matrix.dataflow,
  };
}

/** Runs a program on the simulator and through the ISA's semantics; returns both memories. */
function both(
  cfg: HardwareConfig,
  program: Program,
  fidelity: Fidelity,
  host: Uint8Array = new Uint8Array(0),
  weights: Uint8Array = new Uint8Array(0),
) {
  const sim = Simulator.create(cfg);
  sim.load({ program, host, weights });
  sim.run({ fidelity });
  const hostSize = Number(sim.readHost().length);
  const hostImage = new Uint8Array(hostSize);
  hostImage.set(host);
  const ref = executeProgram(program, shapeOf(cfg), hostImage, weights);
  return { sim, ref };
}

function segment(program: Program, kind: 'host' | 'weights', offset: number): Uint8Array {
  return program.segments.find((s) => s.kind === kind && s.offset === offset)!.bytes;
}

describe.each(FIDELITIES)('example programs (%s fidelity)', (fidelity) => {
  const files = readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.s'))
    .sort();

  it('has examples to run', () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
  });

  for (const file of files) {
    it(`${file} leaves the memories the ISA's semantics give`, () => {
      const program = assemble(readFileSync(join(EXAMPLES, file), 'utf8'), file);
      const { sim, ref } = both(small, program, fidelity);
      expect(Buffer.from(sim.readHost()).equals(Buffer.from(ref.host))).toBe(true);
      expect(Buffer.from(sim.readUb()).equals(Buffer.from(ref.ub))).toBe(true);
      expect(Buffer.from(sim.readAccumulators().buffer).equals(Buffer.from(ref.acc.buffer))).toBe(true);
    });
  }

  it('matmul-relu.s computes Y = relu(round(X . W / 16)) (the math written out)', () => {
    const program = assemble(readFileSync(join(EXAMPLES, 'matmul-relu.s'), 'utf8'), 'matmul-relu.s');
    const x = new Int8Array(segment(program, 'host', 0).buffer.slice(0));
    const wBytes = segment(program, 'weights', 0);
    const w = new Int8Array(wBytes.buffer, wBytes.byteOffset, 256);
    const sim = Simulator.create(small);
    sim.load({ program });
    sim.run({ fidelity });
    const y = new Int8Array(sim.readHost(0x100, 256).buffer);
    for (let i = 0; i < 16; i++) {
      for (let n = 0; n < 16; n++) {
        let s = 0;
        for (let k = 0; k < 16; k++) s += x[i * 16 + k]! * w[k * 16 + n]!;
        expect(y[i * 16 + n]).toBe(Math.min(127, Math.max(0, roundHalfEven(s / 16))));
      }
    }
  });

  it('mlp2.s computes two layers with per-column bias and scale (the math written out)', () => {
    const program = assemble(readFileSync(join(EXAMPLES, 'mlp2.s'), 'utf8'), 'mlp2.s');
    const x = segment(program, 'host', 0); // uint8, 32 x 16
    const wAll = segment(program, 'weights', 0);
    const w1 = new Int8Array(wAll.buffer, wAll.byteOffset, 256);
    const w2 = new Int8Array(wAll.buffer, wAll.byteOffset + 256, 256);
    const p = segment(program, 'host', 0x200);
    const pv = new DataView(p.buffer, p.byteOffset, p.length);
    const sim = Simulator.create(small);
    sim.load({ program });
    sim.run({ fidelity });
    const y = new Int8Array(sim.readHost(0x280, 320).buffer);
    for (let i = 0; i < 32; i++) {
      const h: number[] = [];
      for (let n = 0; n < 16; n++) {
        let s = 0;
        for (let k = 0; k < 16; k++) s += x[i * 16 + k]! * w1[k * 16 + n]!;
        h.push(Math.min(255, Math.max(0, roundHalfEven(Math.fround(s * 0.125)))));
      }
      for (let n = 0; n < 10; n++) {
        let s = pv.getInt32(4 * n, true);
        for (let k = 0; k < 16; k++) s += h[k]! * w2[k * 16 + n]!;
        const scaled = Math.fround(Math.fround(s) * pv.getFloat32(64 + 4 * n, true));
        expect(y[i * 10 + n]).toBe(Math.min(127, Math.max(-128, roundHalfEven(scaled))));
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Requantization edge cases: accumulators set through an identity tile and 16-bit inputs

/**
 * A program that puts `values` (int16 range) into accumulator row 0 columns 0..n-1 (identity tile,
 * in16 inputs), then runs `activate` and writes UB rows 32.. to host 0x100.
 */
function requantProgram(
  values: number[],
  setup: string,
  activate: string,
  outRows = 1,
): { source: string; weights: Uint8Array; host: Uint8Array } {
  const host = new Uint8Array(0x200);
  values.forEach((v, k) => {
    host[k] = v & 0xff;
    host[16 + k] = (v >> 8) & 0xff;
  });
  const weights = new Uint8Array(256);
  for (let k = 0; k < 16; k++) weights[k * 16 + k] = 1;
  const source = [
    'READ_WEIGHTS addr=0',
    'READ_HOST ub=0, host=0, rows=2',
    'MATMUL ub=0, acc=0, len=1, switch, in16',
    setup,
    activate,
    `WRITE_HOST ub=32, host=0x100, rows=${outRows}`,
    'HALT',
  ].join('\n');
  return { source, weights, host };
}

function requant(fidelity: Fidelity, values: number[], setup: string, activate: string, outRows = 1): Uint8Array {
  const p = requantProgram(values, setup, activate, outRows);
  const sim = Simulator.create(small);
  sim.load({ program: assemble(p.source, 'requant.s'), host: p.host, weights: p.weights });
  sim.run({ fidelity });
  return sim.readHost(0x100, 16 * outRows);
}

describe('sigmoid and tanh', () => {
  it("are bit for bit the activation unit's in the semantics, on 300,000 float32 values", () => {
    const core = instantiateSync<{ activationFunctionValue(func: number, x: number): number }>(
      readFileSync(join(packageRoot(), 'build', 'tpu.wasm')),
      {
        env: {
          abort: () => {
            throw new Error('core abort');
          },
        },
      },
    ).exports;
    const bits = randomBytes(4 * 100_000, 77);
    const view = new DataView(bits.buffer);
    const xs: number[] = [0, -0, Infinity, -Infinity, NaN, 88.72, -103.97, 1e-30];
    for (let i = 0; i < 100_000; i++) xs.push(bitsToF32(view.getUint32(4 * i, true)));
    for (let i = 0; i < 100_000; i++) xs.push(Math.fround((i - 50_000) / 2500)); // -20..20, where the outputs live
    for (const x of xs) {
      for (const [func, f] of [
        [3, sigmoidf],
        [4, tanhf],
      ] as const) {
        const want = f(x);
        const got = core.activationFunctionValue(func, x);
        if (!(Number.isNaN(want) && Number.isNaN(got)) && f32ToBits(want) !== f32ToBits(got)) {
          expect.fail(`func ${func} of ${x} (0x${f32ToBits(x).toString(16)}): semantics ${want}, core ${got}`);
        }
      }
    }
  });
});

describe.each(FIDELITIES)('ACTIVATE arithmetic (%s fidelity)', (fidelity) => {
  it('rounds half to even after scaling in float32', () => {
    // x * 0.5: 5 -> 2.5 -> 2; 7 -> 3.5 -> 4; -5 -> -2.5 -> -2; -7 -> -3.5 -> -4; 3 -> 1.5 -> 2; 1 -> 0.5 -> 0
    const out = requant(fidelity, [5, 7, -5, -7, 3, 1], 'SET act.scale, 0.5', 'ACTIVATE acc=0, ub=32, len=1');
    expect(Array.from(new Int8Array(out.buffer).slice(0, 6))).toEqual([2, 4, -2, -4, 2, 0]);
  });

  it('saturates to int8, uint8 and applies the zero point before clamping', () => {
    // int8: 1000 -> 127, -1000 -> -128, 50 -> 50
    const s8 = requant(fidelity, [1000, -1000, 50], '', 'ACTIVATE acc=0, ub=32, len=1');
    expect(Array.from(new Int8Array(s8.buffer).slice(0, 3))).toEqual([127, -128, 50]);
    // uint8 with zero point 10: -3 -> 7, 300 -> 255, -20 -> 0 (clamped after adding the zero point)
    const u8 = requant(fidelity, [-3, 300, -20], 'SET act.zeroPoint, 10', 'ACTIVATE acc=0, ub=32, len=1, unsigned');
    expect(Array.from(u8.slice(0, 3))).toEqual([7, 255, 0]);
  });

  it('applies relu and relu6 in output units (floor at the zero point, clip at act.clipHigh)', () => {
    // relu with zero point -5 (int8): t = -20 -> max(-25, -5) = -5; t = 4 -> -1
    const relu = requant(fidelity, [-20, 4], 'SET act.zeroPoint, -5', 'ACTIVATE acc=0, ub=32, len=1, func=relu');
    expect(Array.from(new Int8Array(relu.buffer).slice(0, 2))).toEqual([-5, -1]);
    // relu6 with clipHigh 60: 100 -> 60, -3 -> 0, 59 -> 59
    const relu6 = requant(fidelity, [100, -3, 59], 'SET act.clipHigh, 60', 'ACTIVATE acc=0, ub=32, len=1, func=relu6');
    expect(Array.from(new Int8Array(relu6.buffer).slice(0, 3))).toEqual([60, 0, 59]);
  });

  it('writes 16-bit outputs as a low-byte row then a high-byte row', () => {
    // 1234 * 2 = 2468 = 0x09A4; -3000 * 2 = -6000 = 0xE890; 20000 * 2 saturates to 32767 = 0x7FFF
    const out = requant(fidelity, [1234, -3000, 20000], 'SET act.scale, 2.0', 'ACTIVATE acc=0, ub=32, len=1, out16', 2);
    expect([out[0], out[16], out[1], out[17], out[2], out[18]]).toEqual([0xa4, 0x09, 0x90, 0xe8, 0xff, 0x7f]);
  });

  it('adds a per-column int32 bias and uses per-column float32 scales', () => {
    // parameter block at UB row 40: bias[n] = 100 * n, scale[n] = 0.25 * (n + 1)
    const p = requantProgram([10, 10, 10, 10], '', 'ACTIVATE acc=0, ub=32, len=1, params=40, perColumn');
    const block = new DataView(new ArrayBuffer(128));
    for (let n = 0; n < 16; n++) {
      block.setInt32(4 * n, 100 * n, true);
      block.setFloat32(64 + 4 * n, 0.25 * (n + 1), true);
    }
    p.host.set(new Uint8Array(block.buffer), 0x180);
    const src = p.source.replace('MATMUL', 'READ_HOST ub=40, host=0x180, rows=8\nMATMUL');
    const sim = Simulator.create(small);
    sim.load({ program: assemble(src, 'percol.s'), host: p.host, weights: p.weights });
    sim.run({ fidelity });
    const out = new Int8Array(sim.readHost(0x100, 16).buffer);
    // col 0: (10 + 0) * 0.25 = 2.5 -> 2; col 1: 110 * 0.5 = 55; col 2: 210 * 0.75 = 157.5 -> 127;
    // col 3: 310 * 1 = 310 -> 127; col 4 (acc 0): 400 * 1.25 = 500 -> 127; col 15: 1500 * 4 -> 127
    expect(Array.from(out.slice(0, 4))).toEqual([2, 55, 127, 127]);
  });

  it('computes sigmoid and tanh in float32 and scales them to output units', () => {
    // act.scale 1/8: x = 0 -> sigmoid 0.5 * 100 = 50; x = 8/8 = 1 -> 0.7311 * 100 = 73.1 -> 73;
    // x = -16/8 = -2 -> 0.1192 * 100 = 11.9 -> 12
    const sig = requant(
      fidelity,
      [0, 8, -16],
      'SET act.scale, 0.125\nSET act.outScale, 100.0',
      'ACTIVATE acc=0, ub=32, len=1, func=sigmoid',
    );
    expect(Array.from(new Int8Array(sig.buffer).slice(0, 3))).toEqual([50, 73, 12]);
    // tanh(1) = 0.7616 * 100 = 76.2 -> 76; tanh(-2) = -0.964 * 100 = -96.4 -> -96
    const th = requant(fidelity, [0, 8, -16], 'SET act.scale, 0.125\nSET act.outScale, 100.0', 'ACTIVATE acc=0, ub=32, len=1, func=tanh');
    expect(Array.from(new Int8Array(th.buffer).slice(0, 3))).toEqual([0, 76, -96]);
  });

  it('computes sigmoid and tanh bit for bit as the semantics do, over 1024 accumulator values', () => {
    // 64 in16 vectors through an identity tile: accumulator values spread over -32768..32767,
    // scaled by 1/2048 into -16..16, written as 16-bit outputs of 32767 x f(x) (15 bits of y)
    const weights = new Uint8Array(256);
    for (let k = 0; k < 16; k++) weights[k * 16 + k] = 1;
    const host = new Uint8Array(64 * 32 + 64 * 32);
    for (let v = 0; v < 64; v++) {
      for (let k = 0; k < 16; k++) {
        const x = ((v * 16 + k) * 64 - 32768 + v) & 0xffff;
        host[v * 32 + k] = x & 0xff;
        host[v * 32 + 16 + k] = x >> 8;
      }
    }
    for (const func of ['sigmoid', 'tanh']) {
      const program = assemble(
        [
          'READ_WEIGHTS addr=0',
          'READ_HOST ub=0, host=0, rows=128',
          'MATMUL ub=0, acc=0, len=64, switch, in16',
          'SET act.scale, 0.00048828125',
          'SET act.outScale, 32767.0',
          `ACTIVATE acc=0, ub=128, len=64, func=${func}, out16`,
          'HALT',
        ].join('\n'),
      );
      const { sim, ref } = both(small, program, fidelity, host, weights);
      expect(Buffer.from(sim.readUb(128, 128)).equals(Buffer.from(ref.ub.subarray(128 * 16, 256 * 16))), func).toBe(true);
      // and the outputs are the functions' values, not zeros: sigmoid(-16) rounds to 0, sigmoid(16) to 32767
      const out = new Int16Array(64 * 16);
      const rows = sim.readUb(128, 128);
      for (let v = 0; v < 64; v++)
        for (let k = 0; k < 16; k++) out[v * 16 + k] = rows[2 * v * 16 + k]! | (rows[(2 * v + 1) * 16 + k]! << 8);
      expect([out[0], out[1023]]).toEqual(func === 'sigmoid' ? [0, 32767] : [-32767, 32767]);
    }
  });

  it('treats a NaN after scaling as 0 (the zero point)', () => {
    // scale = NaN: every value becomes the zero point 3
    const out = requant(fidelity, [5, -7], `SET act.scale, bits(0x7fc00000)\nSET act.zeroPoint, 3`, 'ACTIVATE acc=0, ub=32, len=1');
    expect(Array.from(out.slice(0, 2))).toEqual([3, 3]);
  });
});

describe.each(FIDELITIES)('pooling and address patterns (%s fidelity)', (fidelity) => {
  it('max- and average-pools with padding, rounding averages half to even', () => {
    // 2x2 image in accumulator rows 0..3 (column 0 values 1, 2, 3, 6), 2x2 windows, stride 1, pad 1 top/left,
    // output 3x3... only windows touching the image count. avg of (1,2) = 1.5 -> 2; (2) -> 2; (1,3) = 2;
    // (1,2,3,6) = 3; (2,6) = 4; (3) = 3; (3,6) = 4.5 -> 4; (6) = 6; (1) = 1.
    const weights = new Uint8Array(256);
    for (let k = 0; k < 16; k++) weights[k * 16 + k] = 1;
    const host = new Uint8Array(0x200);
    [1, 2, 3, 6].forEach((v, i) => (host[i * 16] = v));
    const setup = [
      'inHeight, 2',
      'inWidth, 2',
      'kh, 2',
      'kw, 2',
      'sh, 1',
      'sw, 1',
      'padTop, 1',
      'padLeft, 1',
      'outHeight, 3',
      'outWidth, 3',
    ]
      .map((s) => `SET pool.${s}`)
      .join('\n');
    const src = (pool: string) =>
      `READ_WEIGHTS addr=0\nREAD_HOST ub=0, host=0, rows=4\nMATMUL ub=0, acc=0, len=4, switch\n${setup}\n` +
      `ACTIVATE acc=0, ub=32, len=4, pool=${pool}\nWRITE_HOST ub=32, host=0x100, rows=9\nHALT`;
    const runPool = (pool: string) => {
      const sim = Simulator.create(small);
      sim.load({ program: assemble(src(pool), 'pool.s'), host, weights });
      sim.run({ fidelity });
      const out = sim.readHost(0x100, 144);
      return Array.from({ length: 9 }, (_, j) => out[j * 16]!);
    };
    // output (py, px) covers rows py-1..py, cols px-1..px
    expect(runPool('avg')).toEqual([1, 2, 2, 2, 3, 4, 3, 4, 6]);
    expect(runPool('max')).toEqual([1, 2, 2, 3, 6, 6, 3, 6, 6]);
  });

  it('reads convolution patterns and writes strided outputs where the ISA says', () => {
    // conv: cols=2, step=2, pitch=5 -> vectors at UB rows 10 + {0, 2, 5, 7}; identity tile copies x[0]
    // strided: out.count=2, out.step=3, out.pitch=10 -> output rows 32 + {0, 3, 10, 13}
    const weights = new Uint8Array(256);
    for (let k = 0; k < 16; k++) weights[k * 16 + k] = 1;
    const host = new Uint8Array(0x400);
    for (let r = 0; r < 8; r++) host[r * 16] = 10 + r; // UB rows 10..17 hold 10..17 in byte 0
    const src =
      'READ_WEIGHTS addr=0\nREAD_HOST ub=10, host=0, rows=8\nMATMUL ub=10, acc=0, len=4, switch, conv, cols=2, step=2, pitch=5\n' +
      'SET out.count, 2\nSET out.step, 3\nSET out.pitch, 10\nACTIVATE acc=0, ub=32, len=4, strided\nWRITE_HOST ub=32, host=0x100, rows=14\nHALT';
    const sim = Simulator.create(small);
    sim.load({ program: assemble(src, 'conv.s'), host, weights });
    sim.run({ fidelity });
    const out = sim.readHost(0x100, 14 * 16);
    expect([0, 3, 10, 13].map((r) => out[r * 16])).toEqual([10, 12, 15, 17]);
    expect([1, 2, 4, 11, 12].map((r) => out[r * 16])).toEqual([0, 0, 0, 0, 0]);
  });
});

// ---------------------------------------------------------------------------------------------
// Rectangular arrays: lane offsets let W-byte UB rows hold W channels either way

/** A small config with an R x C array, ideal memories, 64 UB rows and 64 accumulator rows. */
function rectConfig(rows: number, cols: number): HardwareConfig {
  const w = Math.max(rows, cols);
  return withOverrides(small, { 'matrix.rows': rows, 'matrix.cols': cols, 'unifiedBuffer.bytes': 64 * w, 'accumulators.entries': 64 });
}

/** x (M x K int8, row-major) . w (K x N int8, row-major) as exact integers. */
function product(x: Int8Array, w: Int8Array, M: number, K: number, N: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < M; i++)
    for (let n = 0; n < N; n++) {
      let s = 0;
      for (let k = 0; k < K; k++) s += x[i * K + k]! * w[k * N + n]!;
      out.push(s);
    }
  return out;
}

describe.each(FIDELITIES)('rectangular arrays with lanes (%s fidelity)', (fidelity) => {
  const M = 6;
  for (const [R, C] of [
    [16, 64],
    [8, 32],
  ] as const) {
    it(`${R}x${C}: reads a ${C}-channel UB row as ${C / R} K-blocks with in.lane = 0, ${R}, ...`, () => {
      // X (M x C) . Wt (C x C): K-block b multiplies bytes [bR, bR + R) of each row by rows bR.. of Wt
      const cfg = rectConfig(R, C);
      const x = randomInt8(M * C, R * 7 + 1, -20, 20);
      const w = randomInt8(C * C, R * 7 + 2, -20, 20); // K-block b is the R x C tile at byte b*R*C
      const lines = [`READ_HOST ub=0, host=0, rows=${M}`, `READ_WEIGHTS addr=0, tiles=${C / R}`];
      for (let b = 0; b < C / R; b++) {
        lines.push(`SET in.lane, ${b * R}`, `MATMUL ub=0, acc=0, len=${M}, switch${b > 0 ? ', accumulate' : ''}`);
      }
      lines.push('SET act.scale, 0.03125', `ACTIVATE acc=0, ub=${M}, len=${M}`, 'HALT');
      const program = assemble(lines.join('\n'));
      const { sim, ref } = both(cfg, program, fidelity, new Uint8Array(x.buffer), new Uint8Array(w.buffer));
      expect(Array.from(sim.readAccumulators(0, M))).toEqual(product(x, w, M, C, C));
      expect(Buffer.from(sim.readUb()).equals(Buffer.from(ref.ub))).toBe(true);
      expect(Buffer.from(sim.readAccumulators().buffer).equals(Buffer.from(ref.acc.buffer))).toBe(true);
    });
  }

  for (const [R, C] of [
    [64, 16],
    [32, 8],
  ] as const) {
    it(`${R}x${C}: writes ${R / C} blocks of ${C} outputs into one UB row with out.lane = 0, ${C}, ...`, () => {
      // X (M x R) . Wt (R x R) in R / C column blocks; block b's outputs land at bytes [bC, bC + C)
      const cfg = rectConfig(R, C);
      const blocks = R / C;
      const x = randomInt8(M * R, R * 7 + 3, -20, 20);
      const w = randomInt8(R * R, R * 7 + 4, -20, 20); // row-major R x R
      // tile b: the R x C block of columns [bC, bC + C), row-major
      const tiles = new Int8Array(R * R);
      for (let b = 0; b < blocks; b++)
        for (let k = 0; k < R; k++) for (let n = 0; n < C; n++) tiles[b * R * C + k * C + n] = w[k * R + b * C + n]!;
      const lines = [`READ_HOST ub=0, host=0, rows=${M}`, `READ_WEIGHTS addr=0, tiles=${blocks}`];
      for (let b = 0; b < blocks; b++) lines.push(`MATMUL ub=0, acc=${b * M}, len=${M}, switch`);
      lines.push('SET act.scale, 0.03125');
      for (let b = 0; b < blocks; b++) lines.push(`SET out.lane, ${b * C}`, `ACTIVATE acc=${b * M}, ub=${M}, len=${M}`);
      lines.push(`WRITE_HOST ub=${M}, host=${M * R}, rows=${M}`, 'HALT');
      const program = assemble(lines.join('\n'));
      const host = new Uint8Array(2 * M * R);
      host.set(new Uint8Array(x.buffer));
      const { sim, ref } = both(cfg, program, fidelity, host, new Uint8Array(tiles.buffer));
      // each output row is the whole product row, requantized: the blocks side by side
      const want = product(x, w, M, R, R).map((v) => Math.max(-128, Math.min(127, roundHalfEven(Math.fround(v * 0.03125)))));
      expect(Array.from(new Int8Array(sim.readHost(M * R, M * R).buffer))).toEqual(want);
      expect(Buffer.from(sim.readUb()).equals(Buffer.from(ref.ub))).toBe(true);
      expect(Buffer.from(sim.readHost()).equals(Buffer.from(ref.host))).toBe(true);
    });
  }

  it('reads both rows of a 16-bit input at in.lane and writes both rows of a 16-bit output at out.lane (8x32 and 32x8)', () => {
    for (const [R, C] of [
      [8, 32],
      [32, 8],
    ] as const) {
      const cfg = rectConfig(R, C);
      const W = Math.max(R, C);
      const host = randomBytes(8 * W, R + C);
      const weights = randomBytes(2 * R * C, R * C);
      const inLane = W - R,
        outLane = W - C;
      const program = assemble(
        [
          'READ_HOST ub=0, host=0, rows=8',
          'READ_WEIGHTS addr=0, w16',
          `SET in.lane, ${inLane}`,
          'MATMUL ub=0, acc=0, len=4, switch, in16, w16',
          `SET out.lane, ${outLane}`,
          'SET act.scale, 0.0001',
          'ACTIVATE acc=0, ub=8, len=4, out16',
          'HALT',
        ].join('\n'),
      );
      const { sim, ref } = both(cfg, program, fidelity, host, weights);
      expect(Buffer.from(sim.readAccumulators().buffer).equals(Buffer.from(ref.acc.buffer)), `${R}x${C} accumulators`).toBe(true);
      expect(Buffer.from(sim.readUb()).equals(Buffer.from(ref.ub)), `${R}x${C} UB`).toBe(true);
      // the bytes before out.lane of the output rows keep their (zero) contents
      if (outLane > 0)
        expect(
          Array.from(sim.readUb(8, 8))
            .filter((_, j) => j % W < outLane)
            .every((b) => b === 0),
        ).toBe(true);
    }
  });
});

describe.each(FIDELITIES)('weight tiles read from the Unified Buffer (%s fidelity)', (fidelity) => {
  it('computes Q . K^T with K stored one token per row (transpose) and P . V with V stored likewise (16x16)', () => {
    // Q: 8 tokens x 16 dims (UB rows 0..7), K and V: 16 tokens x 16 dims (rows 16..31 and 32..47), P: 8 x 16 (rows 48..55)
    const cfg = withOverrides(small, { 'weightFifo.fromUnifiedBuffer': true });
    const q = randomInt8(8 * 16, 41, -9, 9),
      k = randomInt8(16 * 16, 42, -9, 9),
      v = randomInt8(16 * 16, 43, -9, 9),
      p = randomInt8(8 * 16, 44, -9, 9);
    const host = new Uint8Array(56 * 16);
    [q, k, v, p].forEach((m, j) => host.set(new Uint8Array(m.buffer), [0, 16, 32, 48][j]! * 16));
    const program = assemble(
      [
        'READ_HOST ub=0, host=0, rows=56',
        'READ_WEIGHTS addr=16, ub, transpose',
        'MATMUL ub=0, acc=0, len=8, switch', // tile[d][t] = K[t][d]
        'READ_WEIGHTS addr=32, ub',
        'MATMUL ub=48, acc=8, len=8, switch',
        'HALT',
      ].join('\n'),
    ); // tile[t][d] = V[t][d]
    const { sim, ref } = both(cfg, program, fidelity, host);
    const kT = new Int8Array(256);
    for (let t = 0; t < 16; t++) for (let d = 0; d < 16; d++) kT[d * 16 + t] = k[t * 16 + d]!;
    expect(Array.from(sim.readAccumulators(0, 8))).toEqual(product(q, kT, 8, 16, 16));
    expect(Array.from(sim.readAccumulators(8, 8))).toEqual(product(p, v, 8, 16, 16));
    expect(Buffer.from(sim.readAccumulators().buffer).equals(Buffer.from(ref.acc.buffer))).toBe(true);
  });

  it('reads tile rows from wt.lane on a rectangular array, from rows an ACTIVATE wrote (8x16)', () => {
    // 8x16: K with 8 dims per token sits at bytes [8, 16) of rows 16..31; the transposed tile's column
    // t is K's token t. The same tile again, after an ACTIVATE rewrote the rows, gives the new values.
    const cfg = withOverrides(small, { 'matrix.rows': 8, 'weightFifo.fromUnifiedBuffer': true });
    const q = randomInt8(4 * 16, 51, -9, 9),
      k = randomInt8(16 * 16, 52, -9, 9);
    const host = new Uint8Array(32 * 16);
    host.set(new Uint8Array(q.buffer), 0);
    host.set(new Uint8Array(k.buffer), 16 * 16);
    const program = assemble(
      [
        'READ_HOST ub=0, host=0, rows=32',
        'SET wt.lane, 8',
        'READ_WEIGHTS addr=16, ub, transpose',
        'MATMUL ub=0, acc=0, len=4, switch',
        'SET out.lane, 0',
        'SET act.scale, 0.5',
        'ACTIVATE acc=0, ub=16, len=4', // rewrites rows 16..19
        'READ_WEIGHTS addr=16, ub, transpose',
        'MATMUL ub=0, acc=4, len=4, switch',
        'HALT',
      ].join('\n'),
    );
    const { sim, ref } = both(cfg, program, fidelity, host);
    const tileOf = (rows: Int8Array) => {
      const t = new Int8Array(8 * 16);
      for (let tok = 0; tok < 16; tok++) for (let d = 0; d < 8; d++) t[d * 16 + tok] = rows[tok * 16 + 8 + d]!;
      return t;
    };
    // the MATMUL reads in.lane 0: bytes [0, 8) of Q's rows
    const q8 = new Int8Array(4 * 8).map((_, j) => q[Math.floor(j / 8) * 16 + (j % 8)]!);
    const first = product(q8, tileOf(k), 4, 8, 16);
    expect(Array.from(sim.readAccumulators(0, 4))).toEqual(first);
    const rewritten = Int8Array.from(k);
    first.forEach((s, j) => (rewritten[j] = Math.max(-128, Math.min(127, roundHalfEven(Math.fround(s * 0.5))))));
    expect(Array.from(sim.readAccumulators(4, 4))).toEqual(product(q8, tileOf(rewritten), 4, 8, 16));
    expect(Buffer.from(sim.readAccumulators().buffer).equals(Buffer.from(ref.acc.buffer))).toBe(true);
    expect(Buffer.from(sim.readUb()).equals(Buffer.from(ref.ub))).toBe(true);
  });
});

describe.each(FIDELITIES)('24-bit accumulator addresses (%s fidelity)', (fidelity) => {
  it('multiplies into and activates from accumulator rows beyond 2^16 and 2^20 - 8', () => {
    const cfg = withOverrides(small, { 'accumulators.entries': 2 ** 20 });
    const x = randomInt8(4 * 16, 5, -9, 9);
    const w = randomInt8(256, 6, -9, 9);
    const program = assemble(
      [
        'READ_HOST ub=0, host=0, rows=4',
        'READ_WEIGHTS addr=0',
        'MATMUL ub=0, acc=70000, len=4, switch',
        'MATMUL ub=0, acc=1048572, len=4',
        'ACTIVATE acc=1048572, ub=8, len=4, func=relu',
        'HALT',
      ].join('\n'),
    );
    const { sim, ref } = both(cfg, program, fidelity, new Uint8Array(x.buffer), new Uint8Array(w.buffer));
    const want = product(x, w, 4, 16, 16);
    expect(Array.from(sim.readAccumulators(70000, 4))).toEqual(want);
    expect(Array.from(sim.readAccumulators(1048572, 4))).toEqual(want);
    expect(Array.from(sim.readUb(8, 4))).toEqual(want.map((v) => Math.min(127, Math.max(0, v))));
    expect(Buffer.from(sim.readAccumulators().buffer).equals(Buffer.from(ref.acc.buffer))).toBe(true);
    expect(Buffer.from(sim.readUb()).equals(Buffer.from(ref.ub))).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// Random programs on odd array shapes against the ISA's semantics (fast engine: kernel edges)

/** A random straight-line program exercising every data path on a `rows x cols` array. */
function randomProgram(cfg: HardwareConfig, seed: number): { program: Program; host: Uint8Array; weights: Uint8Array } {
  const R = cfg.matrix.rows;
  const C = cfg.matrix.cols;
  const W = Math.max(R, C);
  const rnd = randomBytes(4096, seed);
  let p = 0;
  const next = (n: number) => rnd[p++ % rnd.length]! % n;
  const tiles = 6;
  // tiles: random, sparse (zero rows/columns at either end) or 16-bit
  const weights = new Uint8Array(tiles * R * C * 2);
  const wide: boolean[] = [];
  let addr = 0;
  const tileAddr: number[] = [];
  for (let t = 0; t < tiles; t++) {
    const w16 = t === 4;
    wide.push(w16);
    tileAddr.push(addr);
    const bytes = randomInt8(R * C * (w16 ? 2 : 1), seed * 31 + t);
    // sparse tiles keep a random sub-rectangle (whole 16-column panels may be zero); tile 3 is all zeros
    const k0 = next((R >> 1) + 1),
      k1 = R - next(R >> 1),
      n0 = next((C >> 1) + 1),
      n1 = t === 3 ? 0 : C - next(C >> 1);
    for (let k = 0; k < R; k++) {
      for (let n = 0; n < C; n++) {
        const keep = t % 2 === 0 || (k >= k0 && k < k1 && n >= n0 && n < n1);
        const e = w16 ? 2 : 1;
        for (let b = 0; b < e; b++) weights[addr + (k * C + n) * e + b] = keep ? bytes[(k * C + n) * e + b]! & 0xff : 0;
      }
    }
    addr += R * C * (w16 ? 2 : 1);
  }
  const hostRows = 40;
  const host = new Uint8Array(hostRows * W + 4096);
  host.set(randomBytes(hostRows * W, seed + 7));
  const ins: Instruction[] = [];
  const add = (op: string, f: Record<string, number | boolean | string> = {}) => ins.push({ op, ...f } as Instruction);
  add('READ_HOST', { ub: 0, host: 0, rows: hostRows });
  for (let t = 0; t < tiles; t++) add('READ_WEIGHTS', { addr: tileAddr[t]!, tiles: 1, w16: wide[t]! });
  for (let t = 0; t < tiles; t++) {
    const len = 1 + next(9);
    const in16 = next(3) === 0;
    const conv = !in16 && next(2) === 0;
    add('MATMUL', {
      ub: next(4),
      acc: 2 * t,
      len,
      switch: true,
      accumulate: next(2) === 0,
      unsigned: next(2) === 0,
      in16,
      w16: wide[t]!,
      ...(conv ? { conv: true, cols: 1 + next(3), step: next(3), pitch: 1 + next(4) } : {}),
    });
    // a second multiply on the same tile, continuing into the same accumulators
    add('MATMUL', { ub: 5, acc: 2 * t, len: 3, accumulate: true, w16: wide[t]! });
  }
  add('SET', { reg: 'act.scale', value: f32ToBits(1 / (1 + next(200))) });
  add('SET', { reg: 'act.zeroPoint', value: next(7) });
  add('ACTIVATE', { acc: 0, ub: 50, len: 12, func: next(3), unsigned: next(2) === 0 });
  add('ACTIVATE', { acc: 0, ub: 70, len: 6, out16: true });
  add('WRITE_HOST', { ub: 50, host: hostRows * W, rows: 24 });
  add('HALT');
  return { program: { instructions: ins, segments: [] }, host, weights };
}

/** `small` reshaped to a rows x cols array with UB rows for `ubRows` pixels and 64 accumulators. */
function arrayConfig(rows: number, cols: number, ubRows: number) {
  return withOverrides(small, {
    'matrix.rows': rows,
    'matrix.cols': cols,
    'unifiedBuffer.bytes': ubRows * Math.max(rows, cols),
    'accumulators.entries': 64,
  });
}

describe('random programs on odd array shapes (fast fidelity)', () => {
  const shapes: [number, number][] = [
    [5, 7],
    [16, 20],
    [33, 17],
    [8, 48],
    [64, 64],
  ];
  for (const [rows, cols] of shapes) {
    it(`${rows}x${cols}: memories match the ISA's semantics`, () => {
      const cfg = arrayConfig(rows, cols, 256);
      for (let seed = 1; seed <= 6; seed++) {
        const { program, host, weights } = randomProgram(cfg, seed * 1000 + rows);
        const { sim, ref } = both(cfg, program, 'fast', host, weights);
        expect(Array.from(sim.readAccumulators(0, 12)), `seed ${seed} accumulators`).toEqual(Array.from(ref.acc.subarray(0, 12 * cols)));
        expect(Buffer.from(sim.readHost()).equals(Buffer.from(ref.host)), `seed ${seed} host`).toBe(true);
        expect(Buffer.from(sim.readUb()).equals(Buffer.from(ref.ub)), `seed ${seed} UB`).toBe(true);
      }
    });
  }
});

// ---------------------------------------------------------------------------------------------
// ACTIVATE's requantization, pooling and output narrowing on random registers, including zero
// points and clips that leave lo > hi (every value is then hi) and 16-bit outputs

/** A random multiply then one ACTIVATE with random registers, pooling and output format. */
function randomActivate(cfg: HardwareConfig, seed: number) {
  const R = cfg.matrix.rows,
    C = cfg.matrix.cols;
  const W = Math.max(R, C);
  const rnd = randomBytes(256, seed);
  let p = 0;
  const next = (n: number) => rnd[p++ % rnd.length]! % n;
  const pick = <T>(xs: T[]) => xs[next(xs.length)]!;
  const h = 1 + next(4),
    w = 1 + next(4);
  const paramRows = Math.ceil((8 * C) / W);
  const host = new Uint8Array((h * w + paramRows) * W + 4096);
  host.set(randomBytes(h * w * W, seed + 1));
  // per-column block: biases within +-2^20, scales spanning the clamp bounds
  const block = new DataView(host.buffer, h * w * W, 8 * C);
  for (let n = 0; n < C; n++) {
    block.setInt32(4 * n, (next(256) - 128) << next(13), true);
    block.setFloat32(4 * C + 4 * n, pick([1 / 64, 1 / 3, 0.02, 1.5, 7]), true);
  }
  const ins: Instruction[] = [];
  const add = (op: string, f: Record<string, number | boolean | string> = {}) => ins.push({ op, ...f } as Instruction);
  const set = (reg: string, value: number) => add('SET', { reg, value: value >>> 0 });
  add('READ_HOST', { ub: 0, host: 0, rows: h * w + paramRows });
  add('READ_WEIGHTS', { addr: 0, tiles: 1 });
  add('MATMUL', { ub: 0, acc: 0, len: h * w, switch: true, unsigned: next(2) === 0 });
  set('act.scale', f32ToBits(pick([1 / 64, 1 / 300, 0.37, 3, 1e-6, Number.NaN])));
  set('act.outScale', f32ToBits(pick([1, 127, 1000])));
  set('act.zeroPoint', pick([0, 3, -5, 100, 300, -200, 40000, -40000, 1 << 24, -(1 << 24)]));
  set('act.clipHigh', pick([6, 50, 127, 255, -1, -300, 70000, -(1 << 23) - 1]));
  const pool = pick(['none', 'max', 'avg']);
  let outs = h * w;
  if (pool !== 'none') {
    const kh = 1 + next(h),
      kw = 1 + next(w),
      sh = 1 + next(2),
      sw = 1 + next(2),
      pt = next(kh),
      pl = next(kw);
    const oh = Math.floor((h + 2 * pt - kh) / sh) + 1,
      ow = Math.floor((w + 2 * pl - kw) / sw) + 1;
    const regs = { inHeight: h, inWidth: w, kh, kw, sh, sw, padTop: pt, padLeft: pl, outHeight: oh, outWidth: ow };
    for (const [name, v] of Object.entries(regs)) set(`pool.${name}`, v);
    outs = oh * ow;
  }
  const out16 = next(3) === 0;
  add('ACTIVATE', {
    acc: 0,
    ub: 40,
    len: h * w,
    func: next(5),
    pool,
    unsigned: next(2) === 0,
    out16,
    ...(next(2) === 0 ? { perColumn: true, params: h * w } : {}),
  });
  add('WRITE_HOST', { ub: 40, host: 0, rows: outs * (out16 ? 2 : 1) });
  add('HALT');
  return { program: { instructions: ins, segments: [] }, host, weights: new Uint8Array(randomBytes(R * C, seed + 2)) };
}

describe.each(FIDELITIES)('ACTIVATE on random registers (%s fidelity)', (fidelity) => {
  const shapes: [number, number][] = [
    [16, 16],
    [16, 20],
    [8, 7],
  ];
  for (const [rows, cols] of shapes) {
    it(`${rows}x${cols}: the UB and host match the ISA's semantics`, () => {
      const cfg = arrayConfig(rows, cols, 128);
      for (let seed = 1; seed <= 100; seed++) {
        const { program, host, weights } = randomActivate(cfg, seed * 977 + cols);
        const { sim, ref } = both(cfg, program, fidelity, host, weights);
        expect(Buffer.from(sim.readUb()).equals(Buffer.from(ref.ub)), `seed ${seed} UB`).toBe(true);
        expect(Buffer.from(sim.readHost()).equals(Buffer.from(ref.host)), `seed ${seed} host`).toBe(true);
      }
    });
  }
});
