// The ISA's executable semantics (isa/semantics.ts) against hand-computed results, and its float32
// exp/tanh (ports of musl's, as the wasm core computes them) against correctly rounded values.
import { describe, expect, it } from 'vitest';
import { assemble, executeProgram, expf, f32ToBits, sigmoidf, tanhf, type MachineShape } from '../../isa/index.js';

const f32 = Math.fround;

/** Distance in float32 units in the last place between two finite float32 values of the same sign. */
function ulps(a: number, b: number): number {
  return Math.abs(f32ToBits(a) - f32ToBits(b));
}

describe('float32 exp and tanh', () => {
  it('expf is within one ULP of the correctly rounded e^x, and exact at the edges', () => {
    let exact = 0;
    let total = 0;
    for (let x = -103; x <= 88.7; x += 0.0137) {
      const v = f32(x);
      const want = f32(Math.exp(v));
      expect(ulps(expf(v), want), `x = ${v}`).toBeLessThanOrEqual(1);
      if (expf(v) === want) exact++;
      total++;
    }
    // musl documents 0.502 ULP: almost every result is the correctly rounded one
    expect(exact / total).toBeGreaterThan(0.99);
    expect([expf(0), expf(-Infinity), expf(Infinity), expf(100), expf(-110)]).toEqual([1, 0, Infinity, Infinity, 0]);
    expect(expf(NaN)).toBeNaN();
  });

  it('tanhf and sigmoidf are within two ULPs of the correctly rounded values', () => {
    for (let x = -12; x <= 12; x += 0.00917) {
      const v = f32(x);
      const t = f32(Math.tanh(v));
      if (t !== 0) expect(ulps(tanhf(v), t), `tanh ${v}`).toBeLessThanOrEqual(2);
      expect(ulps(sigmoidf(v), f32(1 / (1 + Math.exp(-v)))), `sigmoid ${v}`).toBeLessThanOrEqual(2);
    }
    expect([tanhf(0), tanhf(-0), tanhf(20), tanhf(-20), sigmoidf(0)]).toEqual([0, -0, 1, -1, 0.5]);
  });
});

describe('executeProgram', () => {
  // a 2x3 array: UB rows of 3 bytes, tiles of 2 x 3 int8
  const shape: MachineShape = { rows: 2, cols: 3, ubBytes: 3 * 16, accEntries: 8 };

  it('multiplies input vectors by the current tile into the accumulators (hand-computed)', () => {
    // x = [3, -2] and [1, 4]; w = [[1, 2, 3], [-4, 5, -6]]
    // x0 . w = [3 + 8, 6 - 10, 9 + 12] = [11, -4, 21]; x1 . w = [1 - 16, 2 + 20, 3 - 24] = [-15, 22, -21]
    const program = assemble(
      [
        'READ_HOST ub=0, host=0, rows=2, rowBytes=2',
        'READ_WEIGHTS addr=0',
        'MATMUL ub=0, acc=0, len=2, switch',
        'MATMUL ub=0, acc=0, len=1, accumulate', // adds x0 . w again into row 0
        'HALT',
        '.host 0',
        '.i8 3, -2, 1, 4',
        '.weights 0',
        '.i8 1, 2, 3, -4, 5, -6',
      ].join('\n'),
    );
    const m = executeProgram(program, shape);
    expect(Array.from(m.acc.subarray(0, 6))).toEqual([22, -8, 42, -15, 22, -21]);
    expect(Array.from(m.ub.subarray(0, 6))).toEqual([3, 0xfe, 0, 1, 4, 0]); // zero-filled past rowBytes
  });

  it('runs a VECTOR of no steps as nothing, whatever its operands name (found by tests/sim/fidelity.test.ts)', () => {
    // float32 constants at the UB's last row would run past its end: a VECTOR with steps naming
    // them is refused when loaded, one without steps loads and reads none
    const program = assemble(['VECTOR a=0, b=15, y=0, len=0, operation=add, bSigned, ySigned, bF32', 'HALT'].join('\n'));
    const m = executeProgram(program, shape);
    expect(m.ub.every((b) => b === 0)).toBe(true);
  });

  it('gives a multiply the tile of a READ_WEIGHTS that comes later in program order', () => {
    const program = assemble(
      [
        'READ_HOST ub=0, host=0, rows=1, rowBytes=2',
        'MATMUL ub=0, acc=0, len=1, switch', // waits for tile 0, fetched below
        'READ_WEIGHTS addr=6',
        'HALT',
        '.host 0',
        '.i8 1, 1',
        '.weights 0',
        '.i8 9, 9, 9, 9, 9, 9, 1, 2, 3, 4, 5, 6',
      ].join('\n'),
    );
    expect(Array.from(executeProgram(program, shape).acc.subarray(0, 3))).toEqual([5, 7, 9]);
  });

  it('requantizes with the parameter block read before outputs overwrite it', () => {
    // accumulators [11, -4, 21] (as above), then ACTIVATE perColumn with its block at UB rows 4..11
    // (8C = 24 bytes = 8 rows of 3) and its output over row 4: bias [1, 2, 3], scales [0.5, 1, 0.25]
    // q = roundHalfEven((acc + bias) * scale) = [6, -2, 6]: 12 * 0.5, -2 * 1, 24 * 0.25
    const block = new DataView(new ArrayBuffer(24));
    [1, 2, 3].forEach((b, n) => block.setInt32(4 * n, b, true));
    [0.5, 1, 0.25].forEach((s, n) => block.setFloat32(12 + 4 * n, s, true));
    const program = assemble(
      [
        'READ_HOST ub=0, host=0, rows=1, rowBytes=2',
        'READ_HOST ub=4, host=8, rows=8',
        'READ_WEIGHTS addr=0',
        'MATMUL ub=0, acc=0, len=1, switch',
        'MATMUL ub=0, acc=1, len=1',
        'ACTIVATE acc=0, ub=4, len=2, params=4, perColumn', // row 1 still uses the original block
        'HALT',
        '.host 0',
        '.i8 3, -2',
        '.host 8',
        `.u8 ${Array.from(new Uint8Array(block.buffer)).join(', ')}`,
        '.weights 0',
        '.i8 1, 2, 3, -4, 5, -6',
      ].join('\n'),
    );
    const m = executeProgram(program, shape);
    expect(Array.from(new Int8Array(m.ub.buffer, 12, 6))).toEqual([6, -2, 6, 6, -2, 6]);
  });
});

describe('executeProgram: VECTOR (hand-computed, docs/vector-unit.md §4)', () => {
  // W = 4: UB rows of 4 bytes
  const shape: MachineShape = { rows: 4, cols: 4, ubBytes: 4 * 128, accEntries: 4 };
  const ub = (src: string[], row: number, rows = 1) =>
    Array.from(executeProgram(assemble(src.join('\n')), shape).ub.subarray(4 * row, 4 * (row + rows)));

  it('adds: DequantizeLinear, one float32 add, QuantizeLinear (ties to even, saturation)', () => {
    // a: scale 0.5, zp 10 -> [10, 0.5, 1.5, -5]; b: scale 0.25 -> [2, 0, 0, 0]; y: scale 1, zp 0
    // sums [12, 0.5, 1.5, -5] -> [12, 0 (tie to even), 2 (tie to even), 0 (saturated)]
    expect(
      ub(
        [
          'READ_HOST ub=0, host=0, rows=2',
          'SET vec.a.scale, 0.5',
          'SET vec.a.zero, 10',
          'SET vec.b.scale, 0.25',
          'VECTOR a=0, b=1, y=5, len=1, operation=add',
          'HALT',
          '.host 0',
          '.u8 30, 11, 13, 0, 8, 0, 0, 0',
        ],
        5,
      ),
    ).toEqual([12, 0, 2, 0]);
  });

  it('multiplies by float32 constants per lane into int8 (bF32, ySigned), NaN giving the lowest value', () => {
    // [100 * 2, 200 * -1, 3 * 0.5, 4 * NaN] -> [127, -128, 2, -128]
    expect(
      ub(
        [
          'READ_HOST ub=0, host=0, rows=1',
          'READ_HOST ub=8, host=4, rows=4',
          'VECTOR a=0, b=8, y=20, len=1, operation=mul, bF32, ySigned',
          'HALT',
          '.host 0',
          '.u8 100, 200, 3, 4',
          '.f32 2, -1, 0.5',
          '.u32 0x7fc00000', // a float32 NaN
        ],
        20,
      ).map((b) => (b << 24) >> 24),
    ).toEqual([127, -128, 2, -128]);
  });

  it('looks bytes up in a 256-byte table, within lane windows; permutes lanes keeping 0xFFFF lanes', () => {
    // table[j] = 255 - j; A row [0, 5, 255, 128]; w = 2 from a.lane 1 to y.lane 2: y = [9, 9, 250, 0]
    const table = Array.from({ length: 256 }, (_, j) => 255 - j).join(', ');
    expect(
      ub(
        [
          'READ_HOST ub=0, host=0, rows=1',
          'READ_HOST ub=1, host=4, rows=1',
          'READ_HOST ub=16, host=8, rows=64',
          'SET vec.width, 2',
          'SET vec.a.lane, 1',
          'SET vec.y.lane, 2',
          'VECTOR a=0, b=16, y=1, len=1, operation=lookup',
          'HALT',
          '.host 0',
          '.u8 0, 5, 255, 128, 9, 9, 9, 9',
          `.u8 ${table}`,
        ],
        1,
      ),
    ).toEqual([9, 9, 250, 0]);
    // idx [3, keep, 0, 1] over [10, 20, 30, 40] into [1, 2, 3, 4] -> [40, 2, 10, 20]
    expect(
      ub(
        [
          'READ_HOST ub=0, host=0, rows=2',
          'READ_HOST ub=2, host=8, rows=2',
          'VECTOR a=0, b=2, y=1, len=1, operation=permute',
          'HALT',
          '.host 0',
          '.u8 10, 20, 30, 40, 1, 2, 3, 4',
          '.u16 3, 0xffff, 0, 1',
        ],
        1,
      ),
    ).toEqual([40, 2, 10, 20]);
  });

  it('broadcasts one row with step 0 and gathers rows by index', () => {
    // y(i) = a(i) - b(0) for 3 rows (vec.b.step 0); gather rows [2, 0] of the table at row 0
    expect(
      ub(
        [
          'READ_HOST ub=0, host=0, rows=4',
          'SET vec.b.step, 0',
          'VECTOR a=0, b=3, y=10, len=3, operation=sub',
          'HALT',
          '.host 0',
          '.u8 10, 20, 30, 40, 11, 21, 31, 41, 12, 22, 32, 42, 1, 2, 3, 4',
        ],
        10,
        3,
      ),
    ).toEqual([9, 18, 27, 36, 10, 19, 28, 37, 11, 20, 29, 38]);
    expect(
      ub(
        [
          'READ_HOST ub=0, host=0, rows=3',
          'READ_HOST ub=5, host=12, rows=2',
          'SET vec.gather.rows, 3',
          'VECTOR a=0, b=5, y=20, len=2, operation=gather',
          'HALT',
          '.host 0',
          '.u8 10, 20, 30, 40, 11, 21, 31, 41, 12, 22, 32, 42',
          '.u32 2, 0',
        ],
        20,
        2,
      ),
    ).toEqual([12, 22, 32, 42, 10, 20, 30, 40]);
  });
});

describe('executeProgram: VECTOR group ops (hand-computed, docs/vector-unit.md §3 "Groups", §4)', () => {
  // W = 4, 512 UB rows (a softmax table is 1024 bytes = 256 rows)
  const shape: MachineShape = { rows: 4, cols: 4, ubBytes: 4 * 512, accEntries: 4 };
  const ub = (src: string[], row: number, rows = 1) =>
    Array.from(executeProgram(assemble(src.join('\n')), shape).ub.subarray(4 * row, 4 * (row + rows)));

  it('sums a group of 2 rows whose last row has 3 lanes into one value at vec.y.lane', () => {
    // d = [1..7] - 2, S = 14; M = f32(1 / 2): 7, plus y zero 1 = 8
    const src = ['READ_HOST ub=0, host=0, rows=2', 'SET vec.group.rows, 2', 'SET vec.group.stride, 1', 'SET vec.lastWidth, 3'];
    src.push('SET vec.a.zero, 2', 'SET vec.y.scale, 2', 'SET vec.y.zero, 1', 'SET vec.y.lane, 1');
    src.push('VECTOR a=0, y=5, len=1, operation=sum', 'HALT', '.host 0', '.u8 1, 2, 3, 4, 5, 6, 7, 99');
    expect(ub(src, 5)).toEqual([0, 8, 0, 0]);
  });

  it('means two groups of 2 lanes, rounding ties to even: [3, 4] -> 4, [1, 4] -> 2', () => {
    const src = ['READ_HOST ub=0, host=0, rows=2', 'SET vec.width, 2', 'VECTOR a=0, y=10, len=2, operation=mean', 'HALT'];
    src.push('.host 0', '.u8 3, 4, 0, 0, 1, 4, 0, 0');
    expect(ub(src, 10, 2)).toEqual([4, 0, 0, 0, 2, 0, 0, 0]);
  });

  it('takes the maximum of each lane over 3 rows with perLane, then requantizes (scale 2, ties to even)', () => {
    // per-lane maxima [5, 9, 8, 255] / 2 = [2.5, 4.5, 4, 127.5] -> [2, 4, 4, 128]
    const src = ['READ_HOST ub=0, host=0, rows=3', 'SET vec.group.rows, 3', 'SET vec.group.stride, 1', 'SET vec.y.scale, 2'];
    src.push('VECTOR a=0, y=10, len=1, operation=rmax, perLane', 'HALT', '.host 0', '.u8 1, 9, 3, 200, 5, 2, 3, 100, 0, 0, 8, 255');
    expect(ub(src, 10)).toEqual([2, 4, 4, 128]);
  });

  it('softmax: e = E[max - q], S = sum e, y = floor((2 e one + S) / 2S)', () => {
    // E = [8, 4, 2, 1, 0...]; q = [5, 4, 3, 5]: e = [8, 4, 2, 8], S = 22, one = 255:
    // floor((4080 + 22) / 44) = 93, floor((2040 + 22) / 44) = 46, floor((1020 + 22) / 44) = 23
    const src = ['READ_HOST ub=0, host=0, rows=1', 'READ_HOST ub=100, host=4, rows=256'];
    src.push('VECTOR a=0, b=100, y=0, len=1, operation=softmax', 'HALT', '.host 0', '.u8 5, 4, 3, 5', '.u32 8, 4, 2, 1');
    expect(ub(src, 0)).toEqual([93, 46, 23, 93]);
  });

  it('norm: integer statistics, then (d - mu) * r * g + b in float32, rounded half to even', () => {
    // q = [1, 2, 3, 6]: S1 = 12, S2 = 50, V = 4 * 50 - 144 = 56; mu = 3, var = 56 / 4 / 4 = 3.5;
    // eps 0.5: r = 1 / sqrt(4) = 0.5; t = [-1, -0.5, 0, 1.5]; g = 10, b = [100, 100.5, 0, 1]:
    // u = [90, 95.5, 0, 16] -> [90, 96, 0, 16]
    const src = ['READ_HOST ub=0, host=0, rows=1', 'READ_HOST ub=20, host=4, rows=8', 'SET vec.eps, 0.5'];
    src.push('VECTOR a=0, b=20, y=1, len=1, operation=norm', 'HALT', '.host 0', '.u8 1, 2, 3, 6');
    src.push('.f32 10, 10, 10, 10, 100, 100.5, 0, 1');
    expect(ub(src, 1)).toEqual([90, 96, 0, 16]);
  });
});
