// Bad programs: each gives a SimError naming the instruction (index and source line, or its
// disassembly), never a wasm trap or a hang. Run-time errors are checked with both fidelities.
import { describe, expect, it } from 'vitest';
import { type Instruction, assemble, encodeProgram } from '../../isa/index.js';
import { SimError, Simulator, loadConfig, parseConfig, withOverrides, type Fidelity } from '../../sim/index.js';
import { thrown } from '../helpers/common.js';
import { FIDELITIES, config, loaded } from './helpers.js';

const small = config('small-16');

function loadError(source: string, images: { host?: Uint8Array; weights?: Uint8Array; hostBytes?: number } = {}): SimError {
  return thrown(() => loaded(small, source, images), SimError);
}

function runError(
  source: string,
  fidelity: Fidelity,
  maxCycles?: number,
  images: { weights?: Uint8Array; hostBytes?: number } = {},
): SimError {
  const sim = loaded(small, source, images);
  return thrown(() => sim.run({ fidelity, maxCycles }), SimError);
}

describe('programs rejected when loading', () => {
  it('names an out-of-range Unified Buffer address with the source line', () => {
    const e = loadError('NOP 1\nREAD_HOST ub=4090, host=0, rows=10\nHALT', { hostBytes: 160 });
    expect(e.code).toBe('UB_RANGE');
    expect(e.phase).toBe('load');
    expect(e.pc).toBe(1);
    expect(e.message).toBe(
      'instruction 1 (line 2: READ_HOST ub=4090, host=0, rows=10): Unified Buffer rows 4090..4099 are out of range (the UB has 4096 rows)',
    );
  });

  it('names out-of-range accumulator rows and host bytes', () => {
    const acc = loadError('MATMUL ub=0, acc=1020, len=10\nHALT');
    expect([acc.code, acc.pc]).toEqual(['ACC_RANGE', 0]);
    expect(acc.message).toContain('accumulator rows 1020..1029 are out of range (there are 1024 accumulator rows)');
    const host = loadError('WRITE_HOST ub=0, host=0, rows=4\nHALT', { hostBytes: 32 });
    expect(host.code).toBe('HOST_RANGE');
    expect(host.message).toContain('host-memory bytes 0..63 are out of range (host memory is 32 bytes)');
  });

  it('reports a weight image smaller than a read', () => {
    const e = loadError('READ_WEIGHTS addr=0, tiles=2\nHALT', { weights: new Uint8Array(300) });
    expect([e.code, e.pc]).toEqual(['WEIGHT_RANGE', 0]);
    expect(e.message).toBe(
      'instruction 0 (line 1: READ_WEIGHTS addr=0, tiles=2): weight-memory bytes 0..511 are out of range (the weight image is 300 bytes)',
    );
  });

  it('reports a multiply waiting for a tile nobody fetches', () => {
    const e = loadError('READ_WEIGHTS addr=0\nMATMUL ub=0, acc=0, len=1, switch\nMATMUL ub=0, acc=0, len=1, switch\nHALT', {
      weights: new Uint8Array(256),
    });
    expect([e.code, e.pc]).toEqual(['NO_TILE', 2]);
    expect(e.message).toContain('switches to weight tile #1, but the program fetches only 1 tiles');
  });

  it('reports a missing HALT, a HALT before the end and a tile used at the wrong width', () => {
    expect(loadError('NOP 1\nNOP 2').code).toBe('NO_HALT');
    expect(loadError('HALT\nNOP 2\nHALT').code).toBe('HALT_NOT_LAST');
    const width = loadError('READ_WEIGHTS addr=0, w16\nMATMUL ub=0, acc=0, len=1, switch, w16\nMATMUL ub=0, acc=0, len=1\nHALT', {
      weights: new Uint8Array(512),
    });
    expect([width.code, width.pc]).toEqual(['TILE_WIDTH', 2]);
  });

  it('names the instruction by its disassembly when the program is a binary', () => {
    const bytes = encodeProgram(assemble('READ_HOST ub=4095, host=0, rows=2\nHALT'));
    const sim = Simulator.create(small);
    const e = thrown(() => sim.load({ program: bytes, hostBytes: 64 }), SimError);
    expect(e.message).toBe(
      'instruction 0 (READ_HOST ub=4095, host=0x0, rows=2): Unified Buffer rows 4095..4096 are out of range (the UB has 4096 rows)',
    );
  });

  it('names enum and register fields by name when the program was built in memory (as the compiler builds it)', () => {
    const sim = Simulator.create(small);
    const instructions: Instruction[] = [
      { op: 'SET', reg: 'act.zeroPoint', value: 3 },
      { op: 'ACTIVATE', acc: 0, ub: 4095, len: 2, func: 'relu' },
      { op: 'HALT' },
    ];
    const program = { instructions, segments: [] };
    const e = thrown(() => sim.load({ program, hostBytes: 64 }), SimError);
    expect(e.message).toBe(
      'instruction 1 (ACTIVATE acc=0, ub=4095, len=2, func=relu): Unified Buffer rows 4095..4096 are out of range (the UB has 4096 rows)',
    );
  });

  it('rejects a lane register that puts a vector past the end of a UB row', () => {
    const e = loadError('SET in.lane, 1\nMATMUL ub=0, acc=0, len=0\nHALT');
    expect([e.code, e.pc]).toEqual(['IN_LANE_RANGE', 1]);
    expect(e.message).toBe(
      'instruction 1 (line 2: MATMUL ub=0, acc=0, len=0): in.lane 1 + 16 input elements is beyond the 16-byte Unified Buffer row',
    );
    // 8x32 (W = 32): in.lane up to 24 is fine, out.lane must stay 0
    const rect = withOverrides(small, { 'matrix.rows': 8, 'matrix.cols': 32, 'unifiedBuffer.bytes': 32 * 64 });
    expect(() => loaded(rect, 'SET in.lane, 24\nMATMUL ub=0, acc=0, len=1\nHALT')).not.toThrow();
    const out = thrown(() => loaded(rect, 'SET in.lane, 24\nSET out.lane, 4\nACTIVATE acc=0, ub=0, len=1\nHALT'), SimError);
    expect([out.code, out.pc]).toEqual(['OUT_LANE_RANGE', 2]);
    expect(out.message).toContain('out.lane 4 + 32 outputs is beyond the 32-byte Unified Buffer row');
    expect(thrown(() => loaded(rect, 'SET in.lane, 25\nMATMUL ub=0, acc=0, len=1\nHALT'), SimError).code).toBe('IN_LANE_RANGE');
  });

  it('rejects reading tiles from the UB on a config without the path, and bad UB tile reads', () => {
    const off = loadError('NOP 1\nREAD_WEIGHTS addr=0, ub\nHALT');
    expect([off.code, off.pc]).toEqual(['UB_WEIGHTS_DISABLED', 1]);
    expect(off.message).toBe(
      'instruction 1 (line 2: READ_WEIGHTS addr=0, ub): reads weight tiles from the Unified Buffer (flag ub), ' +
        'but this config has no such path (weightFifo.fromUnifiedBuffer is false)',
    );
    const on = withOverrides(small, { 'weightFifo.fromUnifiedBuffer': true });
    const err = (src: string) => thrown(() => loaded(on, src, { weights: new Uint8Array(512) }), SimError);
    expect(err('READ_WEIGHTS addr=0, ub, w16\nHALT').code).toBe('UB_WEIGHTS_W16');
    expect(err('READ_WEIGHTS addr=0, transpose\nHALT').code).toBe('TRANSPOSE_NEEDS_UB');
    expect(err('SET wt.lane, 1\nREAD_WEIGHTS addr=0, ub\nHALT').message).toContain(
      'wt.lane 1 + 16 bytes of a tile row is beyond the 16-byte Unified Buffer row',
    );
    expect(err('READ_WEIGHTS addr=4090, ub\nHALT').message).toContain('Unified Buffer rows 4090..4105 are out of range');
    const order = err('MATMUL ub=0, acc=0, len=1, switch\nREAD_WEIGHTS addr=0, ub\nHALT');
    expect([order.code, order.pc]).toEqual(['UB_TILE_ORDER', 0]);
    expect(order.message).toContain(
      'switches to weight tile #0, which READ_WEIGHTS instruction 1 reads from the Unified Buffer later in the program',
    );
    // from weight memory, a later fetch is fine
    expect(() =>
      loaded(on, 'MATMUL ub=0, acc=0, len=1, switch\nREAD_WEIGHTS addr=0\nHALT', { weights: new Uint8Array(256) }),
    ).not.toThrow();
  });

  it("rejects VECTOR on a config without the unit or without the op's class, naming both, and bad VECTOR windows", () => {
    const none = loadError('VECTOR a=0, y=1, len=1, operation=add\nHALT');
    expect([none.code, none.pc]).toEqual(['VECTOR_NO_UNIT', 0]);
    expect(none.message).toBe(
      'instruction 0 (line 1: VECTOR a=0, y=1, len=1, operation=add): VECTOR needs a vector unit, which config small-16 does not have (vectorUnit)',
    );
    const v1 = (src: string) => thrown(() => loaded(loadConfig('tpu-v1'), src), SimError);
    const copy = v1('VECTOR a=0, y=1, len=1, operation=copy\nHALT');
    expect(copy.code).toBe('VECTOR_CLASS');
    expect(copy.message).toContain("VECTOR op copy needs the vector-unit class 'move', which config tpu-v1 does not have");
    expect(v1('VECTOR a=0, y=1, len=1, operation=div\nHALT').message).toContain("class 'divide'");
    expect(() =>
      loaded(loadConfig('tpu-v1'), 'VECTOR a=0, b=2, y=1, len=1, operation=mul\nVECTOR a=0, b=2, y=1, len=1, operation=lookup\nHALT'),
    ).not.toThrow();
    expect(() => loaded(loadConfig('tpu-v1'), 'VECTOR a=0, b=8, y=1, len=1, operation=softmax\nHALT')).not.toThrow();
    expect(v1('VECTOR a=0, y=1, len=1, operation=sum\nHALT').message).toContain("class 'reduce'");
    // a masked softmax needs class 'mask' besides 'softmax' (tpu-v1 has only the latter); its mask block must lie in the UB
    const masked = v1('SET vec.mask.rows, 2\nVECTOR a=0, b=8, y=1, len=1, operation=softmax\nHALT');
    expect([masked.code, masked.message]).toEqual([
      'VECTOR_CLASS',
      expect.stringContaining("VECTOR op softmax needs the vector-unit class 'mask'"),
    ]);
    expect(() => loaded(loadConfig('tpu-v1'), 'SET vec.mask.rows, 2\nVECTOR a=0, y=1, len=1, operation=sum\nHALT')).toThrow(/'reduce'/);
    const vv = (src: string) => thrown(() => loaded(loadConfig('tpu-v1-vector'), src), SimError);
    expect(vv('SET vec.mask.rows, 3\nSET vec.mask.row, 98302\nVECTOR a=0, b=8, y=1, len=1, operation=softmax\nHALT').code).toBe('UB_RANGE');
    expect(() =>
      loaded(
        loadConfig('tpu-v1-vector'),
        'SET vec.mask.rows, 3\nSET vec.mask.row, 100\nVECTOR a=0, b=8, y=1, len=1, operation=softmax\nHALT',
      ),
    ).not.toThrow();
    const groups = parseConfig({ ...small, vectorUnit: { lanes: 16, latencyCycles: 2, ops: ['reduce', 'norm'] } }, 'g');
    const gErr = (src: string) => thrown(() => loaded(groups, src), SimError);
    const empty = gErr('SET vec.group.rows, 0\nVECTOR a=0, y=1, len=1, operation=sum\nHALT');
    expect([empty.code, empty.pc]).toEqual(['VECTOR_GROUP', 1]);
    expect(empty.message).toContain('VECTOR group of 0 rows (vec.group.rows) holds 0 elements: a group holds 1 to 262144');
    expect(gErr('SET vec.group.rows, 20000\nVECTOR a=0, y=1, len=1, operation=mean\nHALT').code).toBe('VECTOR_GROUP');
    const perLane = gErr('SET vec.lastWidth, 3\nVECTOR a=0, y=1, len=1, operation=rmax, perLane\nHALT');
    expect(perLane.message).toContain('VECTOR perLane reduces whole rows: vec.lastWidth must be 0 (got 3)');
    // a group's further rows and norm's parameter block (8 rows per group row) must lie in the UB
    expect(gErr('SET vec.group.rows, 3\nSET vec.group.stride, 100\nVECTOR a=3900, y=1, len=1, operation=sum\nHALT').code).toBe('UB_RANGE');
    expect(gErr('SET vec.group.rows, 2\nVECTOR a=0, b=4085, y=1, len=1, operation=norm\nHALT').code).toBe('UB_RANGE');
    expect(gErr('SET vec.y.lane, 15\nSET vec.lastWidth, 2\nVECTOR a=0, y=1, len=1, operation=norm\nHALT').code).toBe('VECTOR_LANE_RANGE');
    expect(() => loaded(groups, 'SET vec.y.lane, 15\nVECTOR a=0, y=1, len=1, operation=sum\nHALT')).not.toThrow();
    const vec = parseConfig({ ...small, vectorUnit: { lanes: 16, latencyCycles: 2, ops: ['move', 'arith', 'lookup'] } }, 'v');
    const err = (src: string) => thrown(() => loaded(vec, src), SimError);
    expect(err('SET vec.y.lane, 1\nVECTOR a=0, y=1, len=1, operation=copy\nHALT').message).toContain(
      'VECTOR lanes 1 + 16 are beyond the 16-byte Unified Buffer row',
    );
    expect(err('SET vec.width, 4\nSET vec.b.lane, 13\nVECTOR a=0, y=1, len=1, operation=add\nHALT').code).toBe('VECTOR_LANE_RANGE');
    expect(() => loaded(vec, 'SET vec.width, 4\nSET vec.b.lane, 15\nVECTOR a=0, y=1, len=1, operation=add, bLane\nHALT')).not.toThrow();
    expect(err('VECTOR a=4090, y=0, len=10, operation=copy\nHALT').message).toContain('Unified Buffer rows 4090..4099 are out of range');
    expect(err('VECTOR a=0, b=4095, y=0, len=1, operation=lookup\nHALT').message).toContain(
      'Unified Buffer rows 4095..4110 are out of range',
    ); // a 256-byte table is 16 rows of 16 B;
  });

  it('ends a run whose permute or gather index is out of range with VECTOR_INDEX, in both fidelities', () => {
    const vec = parseConfig({ ...small, vectorUnit: { lanes: 16, latencyCycles: 2, ops: ['move'] } }, 'v');
    // host bytes 0..3: gather index 5 (uint32) with vec.gather.rows 4
    for (const fidelity of ['fast', 'exact'] as const) {
      const sim = loaded(
        vec,
        'READ_HOST ub=0, host=0, rows=1, rowBytes=4\nSET vec.gather.rows, 4\nVECTOR a=10, b=0, y=20, len=1, operation=gather\nHALT',
        { host: Uint8Array.of(5, 0, 0, 0) },
      );
      const e = thrown(() => sim.run({ fidelity }), SimError);
      expect([e.code, e.pc]).toEqual(['VECTOR_INDEX', 2]);
      expect(e.message).toContain('VECTOR index 5 at step 0 is out of range (it must be below 4)');
    }
  });

  it('refuses memories larger than it can hold instead of trapping', () => {
    const sim = Simulator.create(small);
    const e = thrown(() => sim.load({ program: assemble('HALT'), hostBytes: 3 * 2 ** 30 }), SimError);
    expect(e.code).toBe('HOST_TOO_LARGE');
    expect(e.message).toContain('host memory of 3221225472 bytes');
  });

  it('names an instruction object that cannot be encoded', () => {
    const sim = Simulator.create(small);
    const e = thrown(
      () => sim.load({ program: { instructions: [{ op: 'MATMUL', len: -1 }, { op: 'HALT' }] as never, segments: [] } }),
      SimError,
    );
    expect([e.code, e.pc]).toEqual(['BAD_INSTRUCTION', 0]);
    expect(e.message).toMatch(/^instruction 0: MATMUL field 'len'/);
  });

  it('refuses to run before a program is loaded, or with a bad cycle limit', () => {
    expect(thrown(() => Simulator.create(small).run(), SimError).code).toBe('NOT_LOADED');
    const sim = loaded(small, 'NOP 5\nHALT');
    expect(thrown(() => sim.run({ maxCycles: 1.5 }), SimError).code).toBe('BAD_OPTION');
    expect(thrown(() => sim.run({ maxCycles: -1 }), SimError).code).toBe('BAD_OPTION');
    // limits beyond 64 bits are the same as no limit; a limit of exactly T passes
    expect(sim.run({ maxCycles: 2n ** 70n }).totalCycles).toBe(5);
    expect(sim.run({ maxCycles: 5 }).totalCycles).toBe(5);
    expect(thrown(() => sim.run({ maxCycles: 4 }), SimError).code).toBe('CYCLE_LIMIT');
  });
});

describe.each(FIDELITIES)('programs that fail while running (%s fidelity)', (fidelity) => {
  it('stops a program that would run past the cycle limit (a long NOP)', () => {
    const e = runError('NOP 4000000000\nHALT', fidelity, 1_000_000);
    expect([e.code, e.phase, e.pc]).toEqual(['CYCLE_LIMIT', 'run', 0]);
    expect(e.message).toBe(
      'instruction 0 (line 1: NOP 4000000000): the run exceeded the cycle limit of 1000000 cycles (raise it with --max-cycles)',
    );
  });

  it('names the oldest instruction unfinished at the limit (a long DMA)', () => {
    // READ_HOST 4096 rows x 16 B = 65536 B: ready at 8192 + 20; the NOP before it is done at 1
    const e = runError('NOP 1\nREAD_HOST ub=0, host=0, rows=4096\nHALT', fidelity, 5000, { hostBytes: 65536 });
    expect([e.code, e.pc]).toEqual(['CYCLE_LIMIT', 1]);
  });

  it('reports a deadlock: a SYNC waiting for a fetch that waits for the multiplies after the SYNC', () => {
    // 6 tiles, FIFO of 4: tiles 0-4 arrive by 90 (tile 0 shifts 26..42, making room for tile 4),
    // tile 5 needs tile 1 shifted, which needs multiply 0 to start, which is behind the SYNC.
    const src = 'READ_WEIGHTS addr=0, tiles=6\nSYNC weights\n' + 'MATMUL ub=0, acc=0, len=4, switch\n'.repeat(6) + 'HALT';
    const e = runError(src, fidelity, undefined, { weights: new Uint8Array(6 * 256) });
    expect([e.code, e.phase, e.pc]).toEqual(['DEADLOCK', 'run', 0]);
    expect(e.message).toBe(
      'instruction 0 (line 1: READ_WEIGHTS addr=0, tiles=6): deadlock at cycle 90: no unit can make progress ' +
        '(e.g. a SYNC waits for a unit that waits on work issued after the SYNC)',
    );
    // the same deadlock beyond the cycle limit is a cycle-limit error
    expect(runError(src, fidelity, 50, { weights: new Uint8Array(6 * 256) }).code).toBe('CYCLE_LIMIT');
  });

  it('reports a deadlock when fetched tiles nobody switches to fill the FIFO', () => {
    // 7 tiles, one multiply: tile 1 shifts once multiply 0 starts (42..58), tile 2 never shifts,
    // so tile 6 (which needs tile 2 gone) never fetches. Last events: tile 5 arrives at 106.
    const src = 'READ_WEIGHTS addr=0, tiles=7\nMATMUL ub=0, acc=0, len=1, switch\nHALT';
    const e = runError(src, fidelity, undefined, { weights: new Uint8Array(7 * 256) });
    expect([e.code, e.pc, e.args[0]]).toEqual(['DEADLOCK', 0, 106n]);
  });
});
