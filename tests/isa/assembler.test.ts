import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AsmError,
  assemble,
  bitsToF32,
  decodeProgram,
  disassemble,
  disassembleProgram,
  encodeProgram,
  f32ToBits,
  formatF32,
  type Diagnostic,
} from '../../isa/index.js';
import { thrown } from '../helpers/common.js';
import { anyProgram } from './arbitraries.js';

function diagnostics(src: string): Diagnostic[] {
  return thrown(() => assemble(src, 't.s'), AsmError).diagnostics;
}

describe('asm/disasm round trip', () => {
  it('asm(disasm(b)) == b for random valid programs', () => {
    fc.assert(
      fc.property(anyProgram, (p) => {
        const bytes = encodeProgram(p);
        const text = disassemble(bytes);
        const again = encodeProgram(assemble(text, 'roundtrip.s'));
        expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('disasm(asm(x)) reproduces x up to formatting', () => {
    const src = 'read_host ub = 3 , host=16 ,rows= 2\n  matmul len=4,ub=1, Switch\nset act.scale,0.5\nhalt';
    expect(disassemble(encodeProgram(assemble(src)))).toBe(
      '; tpusim program: 4 instructions, 0 data segments\nREAD_HOST ub=3, host=0x10, rows=2\nMATMUL ub=1, acc=0, len=4, switch\nSET act.scale, 0.5\nHALT\n',
    );
  });

  it('prints float32 register values that read back exactly, including specials', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (bits) => {
        const text = formatF32(bits);
        const p = assemble(`SET act.scale, ${text}`);
        expect(p.instructions[0]!.value).toBe(bits >>> 0);
      }),
      { numRuns: 2000 },
    );
    expect(formatF32(f32ToBits(0.1))).toBe('0.1');
    expect(formatF32(f32ToBits(-0))).toBe('-0.0');
    expect(formatF32(f32ToBits(1))).toBe('1.0');
    expect(bitsToF32(f32ToBits(0.1))).toBe(Math.fround(0.1));
  });
});

describe('assembler', () => {
  it('supports constants, expressions, positional and named operands, flags and data', () => {
    const p = assemble(`
      .equ N, 4 * 4        ; sixteen
      .equ BASE, 0x100
      READ_HOST ub=N >> 1, host=BASE + (N << 2), rows=N - 1, rowBytes=0b1010
      MATMUL ub=0, acc=0x10, len=N, switch, ACCUMULATE, conv, cols=4, step=2, pitch=10
      ACTIVATE acc=0, ub=1, len=2, func=relu6, pool=avg, unsigned
      SET act.zeroPoint, -7
      SET pool.kh, 3
      SET act.scale, bits(0x3f800000)
      SYNC matrix, activate
      NOP 5
      TAG 42
      HALT
      .host BASE
      .i8 -1, 2
      .u16 0xbeef
      .i32 -2
      .f32 0.5
      .zero 2
      .weights 0
      .u8 255
    `);
    const [rh, mm, act, zp, kh, sc, sync, nop, tag] = p.instructions;
    expect(rh).toMatchObject({ op: 'READ_HOST', ub: 8, host: 0x140, rows: 15, rowBytes: 10 });
    expect(mm).toMatchObject({
      op: 'MATMUL',
      acc: 16,
      len: 16,
      switch: true,
      accumulate: true,
      conv: true,
      unsigned: false,
      cols: 4,
      step: 2,
      pitch: 10,
    });
    expect(act).toMatchObject({ func: 2, pool: 2, unsigned: true, perColumn: false });
    expect(zp).toMatchObject({ op: 'SET', reg: 2, value: 0xfffffff9 });
    expect(kh).toMatchObject({ reg: 9, value: 3 });
    expect(sc).toMatchObject({ value: 0x3f800000 });
    expect(sync).toMatchObject({ host: false, weights: false, matrix: true, activate: true });
    expect(nop).toMatchObject({ op: 'NOP', cycles: 5 });
    expect(tag).toMatchObject({ op: 'TAG', id: 42 });
    expect(p.segments).toHaveLength(2);
    expect(p.segments[0]).toMatchObject({ kind: 'host', offset: 0x100 });
    expect(Array.from(p.segments[0]!.bytes)).toEqual([0xff, 2, 0xef, 0xbe, 0xfe, 0xff, 0xff, 0xff, 0, 0, 0, 0x3f, 0, 0]);
    expect(Array.from(p.segments[1]!.bytes)).toEqual([255]);
    expect(p.source[1]).toEqual({ line: 5, text: 'MATMUL ub=0, acc=0x10, len=N, switch, ACCUMULATE, conv, cols=4, step=2, pitch=10' });
  });

  it('reports every error with line, column and a hint', () => {
    const ds = diagnostics(['MATMUL ub=0, len=1', 'MATMLU len=3', 'MATMUL len=2, swtch', '  READ_HOST rows=1, foo=2', 'HALT 3'].join('\n'));
    expect(ds.map((d) => [d.line, d.col])).toEqual([
      [2, 1],
      [3, 15],
      [4, 21],
      [5, 6],
    ]);
    expect(ds[0]!.message).toBe("unknown instruction 'MATMLU'");
    expect(ds[0]!.hint).toBe("did you mean 'MATMUL'?");
    expect(ds[1]!.hint).toBe("did you mean 'switch'?");
    expect(ds[2]!.message).toBe("READ_HOST has no field 'foo'");
    expect(ds[3]!.message).toBe("unexpected operand '3'");
  });

  it('reports out-of-range fields with the range', () => {
    const [d] = diagnostics('MATMUL ub=0, acc=17000000, len=1');
    expect(d).toMatchObject({
      line: 1,
      col: 18,
      message: 'MATMUL acc = 17000000 does not fit in 24 bits',
      hint: 'the range is 0..16777215',
    });
    expect(diagnostics('SET act.zeroPoint, 3000000000')[0]!.message).toMatch(/does not fit act.zeroPoint \(i32/);
    expect(diagnostics('SET pool.kh, -1')[0]!.message).toMatch(/does not fit pool.kh \(u32/);
    expect(diagnostics('.host 0\n.i8 200')[0]!.message).toBe('200 does not fit .i8 (-128..127)');
    expect(diagnostics('SET act.scale, 1e39')[0]!.message).toMatch(/overflows float32/);
  });

  it('reports bad operands: unknown names, non-integers, bad enum values, missing required fields', () => {
    expect(diagnostics('MATMUL len=K')[0]).toMatchObject({ message: "unknown name 'K'", col: 12 });
    expect(diagnostics('MATMUL len=1.5')[0]!.message).toMatch(/not an integer/);
    expect(diagnostics('ACTIVATE len=1, func=rleu')[0]).toMatchObject({
      message: "ACTIVATE func: 'rleu' is not one of identity, relu, relu6, sigmoid, tanh",
      hint: "did you mean 'relu'?",
    });
    expect(diagnostics('ACTIVATE len=1, func=9')[0]!.message).toMatch(/9 is not a valid value/);
    expect(diagnostics('MATMUL ub=0')[0]).toMatchObject({ message: "MATMUL needs field 'len'", col: 1 });
    expect(diagnostics('MATMUL len=(1')[0]!.message).toBe("missing ')'");
    expect(diagnostics('MATMUL len=1/0')[0]!.message).toBe('division by zero');
    expect(diagnostics('MATMUL len=1, len=2')[0]!.message).toBe("field 'len' is given twice");
    expect(diagnostics('MATMUL len=1,,switch')[0]!.message).toBe('empty operand');
    expect(diagnostics('.equ X, 1\n.equ X, 2')[0]!.message).toBe("'X' is already defined");
    expect(diagnostics('.bogus 1')[0]!.message).toBe("unknown directive '.bogus'");
    expect(diagnostics('SET act.scale')[0]!.message).toBe("SET needs field 'value'");
  });

  it('never throws anything but AsmError on random text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        try {
          assemble(s);
        } catch (e) {
          expect(e).toBeInstanceOf(AsmError);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('examples', () => {
  const dir = join(import.meta.dirname, '..', '..', 'isa', 'examples');
  const files = readdirSync(dir).filter((f) => f.endsWith('.s'));

  it('there are examples', () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
  });

  it.each(files)('%s assembles, carries its data and round-trips', (file) => {
    const p = assemble(readFileSync(join(dir, file), 'utf8'), file);
    expect(p.instructions.at(-1)!.op).toBe('HALT');
    expect(p.segments.some((s) => s.kind === 'weights')).toBe(true);
    expect(p.segments.some((s) => s.kind === 'host')).toBe(true);
    const bytes = encodeProgram(p);
    const text = disassembleProgram(decodeProgram(bytes));
    expect(Buffer.from(encodeProgram(assemble(text))).equals(Buffer.from(bytes))).toBe(true);
  });
});
