// Targeted tests of the exact (register-transfer level) engine: they step the core one cycle at a
// time and look at the cell array and the accumulators, checking the skew, the weight shift, the
// switch wavefront, the 16-bit sub-passes and the errors against hand-computed values.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { instantiateSync } from '@assemblyscript/loader';
import { describe, expect, it } from 'vitest';
import { INSTRUCTION_BYTES, encodeInstruction, encodeProgram, type InstructionInput } from '../../isa/index.js';
import { SimError, Simulator, packageRoot, timingParams, type HardwareConfig } from '../../sim/index.js';
import { thrown } from '../helpers/common.js';

/** A small config with ideal memories (every transfer takes 0 cycles) unless overridden. */
function smallConfig(rows: number, cols: number, opts: { doubleBuffer?: boolean; fifo?: number; actLat?: number } = {}): HardwareConfig {
  const width = Math.max(rows, cols);
  return {
    name: `exact-${rows}x${cols}`,
    description: 'exact-engine test config',
    clockMHz: 1000,
    matrix: { rows, cols, weightDoubleBuffer: opts.doubleBuffer ?? true },
    unifiedBuffer: { bytes: 64 * width },
    accumulators: { entries: 32 },
    weightFifo: { depthTiles: opts.fifo ?? 4, fromUnifiedBuffer: false },
    weightMemory: { bandwidthGBps: 16, latencyNs: 0, ideal: true, capacityGiB: 1 },
    hostInterface: { bandwidthGBps: 16, latencyNs: 0, ideal: true },
    activation: { latencyCycles: opts.actLat ?? 0 },
  };
}

// The parts of the core's exports used here (the project's TS lib has no WebAssembly typings)
interface CoreExports {
  memory: { buffer: ArrayBuffer };
  [name: string]: unknown;
}

// Register numbers of exactCellRegister (asc/exact.ts)
const ACTIVE_INT8 = 3;
const SHADOW_INT8 = 6;

/** The wasm core driven directly, to step the exact engine cycle by cycle and read its registers. */
class ExactCore {
  private readonly x: CoreExports;
  private readonly fn: Record<string, (...args: unknown[]) => number>;

  constructor(private readonly config: HardwareConfig) {
    const bytes = readFileSync(join(packageRoot(), 'build', 'tpu.wasm'));
    this.x = instantiateSync<Record<string, unknown>>(bytes, {
      env: {
        abort: () => {
          throw new Error('core abort');
        },
      },
    }).exports as CoreExports;
    this.fn = this.x as unknown as Record<string, (...args: unknown[]) => number>;
    const t = timingParams(config);
    const width = Math.max(config.matrix.rows, config.matrix.cols);
    this.fn['configure']!(
      config.matrix.rows,
      config.matrix.cols,
      config.unifiedBuffer.bytes / width,
      config.accumulators.entries,
      config.weightFifo.depthTiles,
      t.weightNum,
      t.weightDen,
      t.weightLatency,
      t.hostNum,
      t.hostDen,
      t.hostLatency,
      t.activationLatency,
      config.matrix.weightDoubleBuffer ? 1 : 0,
      config.weightFifo.fromUnifiedBuffer ? 1 : 0,
    );
  }

  private global(name: string): number {
    return Number((this.x[name] as { value: number | bigint }).value);
  }

  /** Loads a program with its host and weight images and prepares an exact run. */
  load(program: InstructionInput[], host: Uint8Array, weights: Uint8Array): void {
    const mem = () => new Uint8Array(this.x.memory.buffer);
    mem().set(host, this.fn['allocHost']!(BigInt(host.length)));
    mem().set(weights, this.fn['allocWeights']!(BigInt(weights.length)));
    const words = this.fn['allocProgram']!(program.length);
    program.forEach((ins, i) => mem().set(encodeInstruction(ins), words + i * INSTRUCTION_BYTES));
    expect(this.fn['loadProgram']!()).toBe(0);
    this.fn['resetMemories']!();
    this.fn['exactBegin']!();
  }

  /** Runs up to `cycles` cycles; 0 halted, 1 more to do, 2 error. */
  step(cycles = 1, maxCycles = 1_000_000): number {
    return this.fn['exactStep']!(BigInt(cycles), BigInt(maxCycles));
  }

  /** Cycles run so far. */
  get cycle(): number {
    return this.global('exactCycle');
  }

  /** Accumulator row `row`, column `n`. */
  acc(row: number, n: number): number {
    const ptr = this.global('acc');
    return new Int32Array(this.x.memory.buffer, ptr + (row * this.config.matrix.cols + n) * 4, 1)[0]!;
  }

  /** A register of cell (k, n). */
  cell(which: number, k: number, n: number): number {
    return this.fn['exactCellRegister']!(which, k, n);
  }
}

/** x (B x K) . w (K x N) in exact integer arithmetic, reduced to int32. */
function referenceMatmul(x: number[][], w: number[][]): number[][] {
  return x.map((row) =>
    w[0]!.map((_, n) =>
      Number(
        BigInt.asIntN(
          32,
          row.reduce((s, xk, k) => s + BigInt(xk) * BigInt(w[k]![n]!), 0n),
        ),
      ),
    ),
  );
}

const int8Bytes = (rows: number[][]) => Uint8Array.from(rows.flat().map((v) => v & 0xff));

describe('exact engine: systolic timing inside the array', () => {
  // R = 4, C = 3: the tile shifts in cycles 0..3 (ideal memories), the multiply starts at 4
  const R = 4,
    C = 3;
  const x = [
    [1, 2, 3, 4],
    [-1, 5, 7, 2],
  ];
  const w = [
    [1, -2, 3],
    [4, 5, -6],
    [-7, 8, 9],
    [10, 11, 12],
  ];
  const expected = referenceMatmul(x, w); // by hand: [[28, 76, 66], [-10, 105, 54]]

  it('writes column n of vector v into the accumulators at cycle start + v + R - 1 + n', () => {
    expect(expected).toEqual([
      [28, 76, 66],
      [-10, 105, 54],
    ]);
    const core = new ExactCore(smallConfig(R, C));
    core.load(
      [
        { op: 'READ_HOST', ub: 0, host: 0, rows: 2, rowBytes: 4 },
        { op: 'READ_WEIGHTS', addr: 0, tiles: 1 },
        { op: 'MATMUL', ub: 0, acc: 0, len: 2, switch: true },
        { op: 'HALT' },
      ],
      int8Bytes(x),
      int8Bytes(w),
    );
    const written: number[][] = [
      [-1, -1, -1],
      [-1, -1, -1],
    ];
    while (core.step() === 1) {
      const c = core.cycle - 1; // the cycle just run
      for (let v = 0; v < 2; v++)
        for (let n = 0; n < C; n++) {
          if (written[v]![n]! < 0 && core.acc(v, n) !== 0) {
            written[v]![n] = c;
            expect(core.acc(v, n)).toBe(expected[v]![n]);
          }
        }
    }
    const start = R; // shiftEnd of the first tile
    expect(written).toEqual([0, 1].map((v) => [0, 1, 2].map((n) => start + v + R - 1 + n)));
    // ready = the cycle after the last write: start + len + R + C - 2
    expect(core.cycle).toBe(start + 2 + R + C - 2);
  });

  it('latches all rows of column n of a shifted tile at shiftStart + R - 1 + n, not before', () => {
    const core = new ExactCore(smallConfig(R, C));
    core.load([{ op: 'READ_WEIGHTS', addr: 0, tiles: 1 }, { op: 'NOP', cycles: 20 }, { op: 'HALT' }], new Uint8Array(16), int8Bytes(w));
    for (let c = 0; c < 12; c++) {
      core.step();
      for (let k = 0; k < R; k++)
        for (let n = 0; n < C; n++) {
          // bytes on their way to lower rows pass through a cell without touching its shadow register
          expect(core.cell(SHADOW_INT8, k, n), `cell (${k}, ${n}) after cycle ${c}`).toBe(c >= R - 1 + n ? w[k]![n] : 0);
          expect(core.cell(ACTIVE_INT8, k, n)).toBe(0); // the zero tile stays active until a switch
        }
    }
  });

  it('single-buffered, latches the tile straight into the active registers', () => {
    const core = new ExactCore(smallConfig(R, C, { doubleBuffer: false }));
    core.load(
      [{ op: 'READ_WEIGHTS', addr: 0, tiles: 1 }, { op: 'MATMUL', ub: 0, acc: 0, len: 1, switch: true }, { op: 'HALT' }],
      new Uint8Array(16),
      int8Bytes(w),
    );
    for (let c = 0; c < R + C; c++) {
      core.step();
      for (let k = 0; k < R; k++)
        for (let n = 0; n < C; n++) {
          expect(core.cell(ACTIVE_INT8, k, n), `cell (${k}, ${n}) after cycle ${c}`).toBe(c >= R - 1 + n ? w[k]![n] : 0);
        }
    }
  });

  it('switches cell (k, n) to the next tile when the first vector of the switching multiply reaches it', () => {
    // tile A shifts in 0..3; M0 (len R) starts at 4 and frees the shadow registers, so tile B shifts
    // in 4..7 behind it; M1 starts at 8 and its first vector copies B into cell (k, n) at 8 + k + n
    const a = w;
    const b = w.map((row) => row.map((v) => -v - 20));
    const core = new ExactCore(smallConfig(R, C));
    core.load(
      [
        { op: 'READ_WEIGHTS', addr: 0, tiles: 2 },
        { op: 'MATMUL', ub: 0, acc: 0, len: R, switch: true },
        { op: 'MATMUL', ub: 0, acc: 8, len: 1, switch: true },
        { op: 'NOP', cycles: 30 },
        { op: 'HALT' },
      ],
      new Uint8Array(16),
      Uint8Array.from([...int8Bytes(a), ...int8Bytes(b)]),
    );
    for (let c = 0; c < 20; c++) {
      core.step();
      for (let k = 0; k < R; k++)
        for (let n = 0; n < C; n++) {
          const activeWant = c >= 2 * R + k + n ? b[k]![n] : c >= R + k + n ? a[k]![n] : 0;
          expect(core.cell(ACTIVE_INT8, k, n), `active (${k}, ${n}) after cycle ${c}`).toBe(activeWant);
          const shadowWant = c >= R + R - 1 + n ? b[k]![n] : c >= R - 1 + n ? a[k]![n] : 0;
          expect(core.cell(SHADOW_INT8, k, n), `shadow (${k}, ${n}) after cycle ${c}`).toBe(shadowWant);
        }
    }
  });

  it('stops after the cycle budget and resumes where it stopped', () => {
    const core = new ExactCore(smallConfig(R, C));
    core.load([{ op: 'NOP', cycles: 1000 }, { op: 'HALT' }], new Uint8Array(16), new Uint8Array(R * C));
    expect(core.step(300)).toBe(1);
    expect(core.cycle).toBe(300);
    expect(core.step(300)).toBe(1);
    expect(core.cycle).toBe(600);
    expect(core.step(1000)).toBe(0);
    expect(core.cycle).toBe(1000);
  });
});

/** Runs a program with the exact fidelity through the public API. */
function runExact(config: HardwareConfig, program: InstructionInput[], host: Uint8Array, weights: Uint8Array, maxCycles?: number) {
  const sim = Simulator.create(config);
  sim.load({ program: encodeProgram({ instructions: program }), host, weights });
  const result = sim.run({ fidelity: 'exact', maxCycles });
  return { sim, result };
}

describe('exact engine: 16-bit operands as byte sub-passes', () => {
  // C = 5: four columns take the array's SIMD path, the fifth its scalar tail
  const R = 3,
    C = 5;
  const le16 = (v: number) => [v & 0xff, (v >> 8) & 0xff];
  // in16 vectors are two UB rows (R = 3 bytes from the host each): the low bytes, then the high bytes
  const hostOf = (xs: number[][]) =>
    Uint8Array.from(xs.flatMap((row) => [...row.map((v) => v & 0xff), ...row.map((v) => (v >> 8) & 0xff)]));

  const cases: { name: string; x: number[][]; w: number[][]; in16: boolean; w16: boolean; unsigned: boolean }[] = [
    {
      name: 'int16 x int16 (p = 4), extremes wrap mod 2^32',
      x: [
        [-32768, 32767, -1],
        [12345, -23456, 256],
      ],
      w: [
        [-32768, 32767, 1, -2, 0],
        [-32768, 1, 32767, 255, -256],
        [-32768, -255, -1, 32767, -32768],
      ],
      in16: true,
      w16: true,
      unsigned: false,
    },
    {
      name: 'uint16 x int16 (p = 4)',
      x: [
        [65535, 0, 40000],
        [1, 65280, 255],
      ],
      w: [
        [-32768, 32767, 7, 0, -9],
        [300, -300, 32767, 1, 256],
        [-1, 2, -32768, -4096, 255],
      ],
      in16: true,
      w16: true,
      unsigned: true,
    },
    {
      name: 'int16 inputs x int8 tile (p = 2)',
      x: [
        [-32768, 32767, -129],
        [500, -500, 128],
      ],
      w: [
        [-128, 127, 0, 5, -7],
        [-1, 1, 127, -128, 3],
        [64, -64, -128, 127, 100],
      ],
      in16: true,
      w16: false,
      unsigned: false,
    },
    {
      name: 'int8 inputs x int16 tile (p = 2)',
      x: [
        [-128, 127, -1],
        [5, -7, 100],
      ],
      w: [
        [-32768, 32767, 1, -1, 12],
        [-300, 300, -32768, 256, 0],
        [255, -256, 32767, -32768, 99],
      ],
      in16: false,
      w16: true,
      unsigned: false,
    },
  ];
  for (const t of cases) {
    it(`${t.name} equals exact integer arithmetic`, () => {
      const host = t.in16 ? hostOf(t.x) : int8Bytes(t.x);
      const weights = t.w16 ? Uint8Array.from(t.w.flat().flatMap(le16)) : int8Bytes(t.w);
      const { sim, result } = runExact(
        smallConfig(R, C),
        [
          { op: 'READ_HOST', ub: 0, host: 0, rows: t.x.length * (t.in16 ? 2 : 1), rowBytes: R },
          { op: 'READ_WEIGHTS', addr: 0, tiles: 1, w16: t.w16 },
          { op: 'MATMUL', ub: 0, acc: 0, len: t.x.length, switch: true, in16: t.in16, w16: t.w16, unsigned: t.unsigned },
          // the same again, accumulated: every sub-pass after the first adds
          { op: 'MATMUL', ub: 0, acc: 4, len: t.x.length, in16: t.in16, w16: t.w16, unsigned: t.unsigned },
          { op: 'MATMUL', ub: 0, acc: 4, len: t.x.length, accumulate: true, in16: t.in16, w16: t.w16, unsigned: t.unsigned },
          { op: 'HALT' },
        ],
        host,
        weights,
      );
      const want = referenceMatmul(t.x, t.w);
      const got = Array.from(sim.readAccumulators(0, 2));
      expect(got).toEqual(want.flat());
      expect(Array.from(sim.readAccumulators(4, 2))).toEqual(want.flat().map((v) => (v * 2) | 0));
      // p cycles per vector
      const p = (t.in16 ? 2 : 1) * (t.w16 ? 2 : 1);
      expect(result.counters['matrixBusyCycles']).toBe(3 * t.x.length * p);
    });
  }
});

describe('exact engine: whole-run timing and errors against hand-computed cycles', () => {
  const R = 4,
    C = 3,
    B = 5;
  const program = (folds: number, len: number): InstructionInput[] => [
    { op: 'READ_WEIGHTS', addr: 0, tiles: folds },
    ...Array.from({ length: folds }, (_, f): InstructionInput => ({ op: 'MATMUL', ub: 0, acc: 8 * f, len, switch: true })),
    { op: 'HALT' },
  ];
  const weights = new Uint8Array(8 * R * C);

  it('single-buffered: each fold costs R (shift) + B + R + C - 2 cycles (SCALE-Sim 2R + C + B - 2)', () => {
    const { result } = runExact(smallConfig(R, C, { doubleBuffer: false }), program(3, B), new Uint8Array(16), weights);
    expect(result.totalCycles).toBe(3 * (2 * R + C + B - 2)); // 42
    expect(Array.from(result.timing.tileShiftStart)).toEqual([0, 14, 28]);
  });

  it('double-buffered: the shift hides behind a multiply of B >= R vectors, and is exposed when B < R', () => {
    // B = 5 >= R: multiplies back to back from cycle R, one fill/drain at the end
    expect(runExact(smallConfig(R, C), program(3, B), new Uint8Array(16), weights).result.totalCycles).toBe(R + 3 * B + R + C - 2);
    // B = 2 < R: a multiply every R cycles (starts 4, 8, 12), the last issues 2 vectors, then drains
    const { result } = runExact(smallConfig(R, C), program(3, 2), new Uint8Array(16), weights);
    expect(Array.from(result.timing.start.slice(1, 4))).toEqual([4, 8, 12]);
    expect(result.totalCycles).toBe(12 + 2 + R + C - 2);
    expect(result.counters['weightShiftCycles']).toBe(R + 2 * (R - 2));
  });

  // 4 tiles into a 2-slot FIFO, then SYNC weights: tile 1 can only shift once the multiply using
  // tile 0 has started, which comes after the SYNC, so the fetcher never gets a slot for tile 3.
  // Events: tiles 0, 1 arrive at 0, tile 0 shifts in 0..3 (shiftEnd 4), tile 2 arrives at 4.
  const jam: InstructionInput[] = [
    { op: 'READ_WEIGHTS', addr: 0, tiles: 4 },
    { op: 'SYNC', weights: true },
    ...Array.from({ length: 4 }, (): InstructionInput => ({ op: 'MATMUL', ub: 0, acc: 0, len: 1, switch: true })),
    { op: 'HALT' },
  ];

  it('reports DEADLOCK at the last event (cycle 4), naming the oldest unfinished instruction', () => {
    const e = thrown(() => runExact(smallConfig(R, C, { fifo: 2 }), jam, new Uint8Array(16), weights), SimError);
    expect([e.code, e.pc, e.args[0]]).toEqual(['DEADLOCK', 0, 4n]);
    expect(e.message).toMatch(/instruction 0 .*READ_WEIGHTS.*deadlock at cycle 4/);
  });

  it('reports CYCLE_LIMIT instead when the deadlock would come after the limit', () => {
    expect(() => runExact(smallConfig(R, C, { fifo: 2 }), jam, new Uint8Array(16), weights, 3)).toThrow(
      expect.objectContaining({ code: 'CYCLE_LIMIT', pc: 0, args: [3n, 0n, 0n] }),
    );
  });
});
