import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DecodeError,
  EncodeError,
  INSTRUCTION_BYTES,
  OPCODES,
  decodeInstruction,
  decodeProgram,
  encodeInstruction,
  encodeProgram,
  getBits,
  setBits,
} from '../../isa/index.js';
import { anyInstruction, anyProgram } from './arbitraries.js';

describe('instruction encoding', () => {
  it('decode(encode(x)) == x for every valid instruction', () => {
    fc.assert(
      fc.property(anyInstruction, (ins) => {
        const word = encodeInstruction(ins);
        expect(word.length).toBe(INSTRUCTION_BYTES);
        expect(decodeInstruction(word)).toEqual(ins);
      }),
      { numRuns: 3000 },
    );
  });

  it('encode(decode(w)) == w for every valid word', () => {
    fc.assert(
      fc.property(anyInstruction, (ins) => {
        const word = encodeInstruction(ins);
        expect(Array.from(encodeInstruction(decodeInstruction(word)))).toEqual(Array.from(word));
      }),
      { numRuns: 1000 },
    );
  });

  it('lays fields out little-endian at the documented bits (hand-checked MATMUL and ACTIVATE)', () => {
    const w = encodeInstruction({ op: 'MATMUL', ub: 0x123456, acc: 0xabbeef, len: 0x020304, pitch: 0x0607, switch: true, unsigned: true });
    // opcode 0x05, flags switch(bit0)|unsigned(bit3) = 0x09, ub in bytes 2..4, acc in 5..7, len in 8..10,
    // cols 11..12, step 13, pitch 14..15
    expect(Array.from(w)).toEqual([0x05, 0x09, 0x56, 0x34, 0x12, 0xef, 0xbe, 0xab, 0x04, 0x03, 0x02, 0, 0, 0, 0x07, 0x06]);
    // ACTIVATE: acc in bytes 2..4, ub 5..7, len 8..10, params 11..13, func bits 112..115, pool 116..117
    const a = encodeInstruction({
      op: 'ACTIVATE',
      acc: 0xfedcba,
      ub: 0x123456,
      len: 0x0a0b0c,
      params: 0x010203,
      func: 'tanh',
      pool: 'avg',
      out16: true,
    });
    expect(Array.from(a)).toEqual([0x06, 0x08, 0xba, 0xdc, 0xfe, 0x56, 0x34, 0x12, 0x0c, 0x0b, 0x0a, 0x03, 0x02, 0x01, 0x24, 0]);
  });

  it('encodes 40-bit weight addresses', () => {
    const addr = 2 ** 40 - 3;
    const w = encodeInstruction({ op: 'READ_WEIGHTS', addr, tiles: 7 });
    expect(decodeInstruction(w).addr).toBe(addr);
    expect(getBits(w, 16, 40)).toBe(addr);
  });

  it('getBits/setBits agree on random fields', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 127 - 40 }),
        fc.integer({ min: 1, max: 40 }),
        fc.bigInt({ min: 0n, max: 2n ** 40n - 1n }),
        (lsb, width, big) => {
          const v = Number(big % 2n ** BigInt(width));
          const bytes = new Uint8Array(16).fill(0xa5);
          setBits(bytes, lsb, width, v);
          expect(getBits(bytes, lsb, width)).toBe(v);
        },
      ),
    );
  });

  it('rejects values that do not fit, unknown fields and flags, and bad enum/register names', () => {
    expect(() => encodeInstruction({ op: 'MATMUL', ub: 2 ** 24, len: 1 })).toThrow(EncodeError);
    expect(() => encodeInstruction({ op: 'MATMUL', ub: -1, len: 1 })).toThrow(/does not fit/);
    expect(() => encodeInstruction({ op: 'MATMUL', ub: 1.5, len: 1 })).toThrow(/does not fit/);
    expect(() => encodeInstruction({ op: 'MATMUL', bogus: 3 })).toThrow(/no field or flag 'bogus'/);
    expect(() => encodeInstruction({ op: 'ACTIVATE', len: 1, func: 'swish' })).toThrow(/unknown value 'swish'/);
    expect(() => encodeInstruction({ op: 'SET', reg: 'act.nope', value: 0 })).toThrow(/unknown register/);
    expect(() => encodeInstruction({ op: 'FROB' })).toThrow(/unknown instruction 'FROB'/);
  });

  it('rejects words with unknown opcodes, reserved bits or bad enum values', () => {
    const w = new Uint8Array(16);
    w[0] = 0x7f;
    expect(() => decodeInstruction(w)).toThrow(/unknown opcode 0x7f/);
    const halt = encodeInstruction({ op: 'HALT' });
    halt[9] = 1;
    expect(() => decodeInstruction(halt)).toThrow(/reserved bits set in byte 9/);
    const act = encodeInstruction({ op: 'ACTIVATE', len: 1 });
    setBits(act, 112, 4, 15); // func = 15
    expect(() => decodeInstruction(act)).toThrow(/field 'func' has invalid value 15/);
  });

  it('every opcode number is distinct and fits its field', () => {
    const codes = OPCODES.map((o) => o.opcode);
    expect(new Set(codes).size).toBe(codes.length);
    for (const o of OPCODES) {
      const used = new Set<number>();
      for (const f of o.fields) {
        for (let b = f.lsb; b < f.lsb + f.width; b++) {
          expect(b, `${o.mnemonic}.${f.name}`).toBeGreaterThanOrEqual(16);
          expect(b, `${o.mnemonic}.${f.name}`).toBeLessThan(128);
          expect(used.has(b), `${o.mnemonic}.${f.name} overlaps bit ${b}`).toBe(false);
          used.add(b);
        }
      }
      expect(new Set(o.flags.map((f) => f.bit)).size).toBe(o.flags.length);
    }
  });
});

describe('program container', () => {
  it('decodeProgram(encodeProgram(p)) == p', () => {
    fc.assert(
      fc.property(anyProgram, (p) => {
        expect(decodeProgram(encodeProgram(p))).toEqual(p);
      }),
      { numRuns: 300 },
    );
  });

  it('every truncation of a valid program is a clear DecodeError', () => {
    fc.assert(
      fc.property(anyProgram, fc.nat(), (p, cut) => {
        const bytes = encodeProgram(p);
        const n = cut % bytes.length;
        expect(() => decodeProgram(bytes.subarray(0, n))).toThrow(DecodeError);
      }),
      { numRuns: 300 },
    );
  });

  it('garbage is a clear DecodeError, never a crash', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        try {
          decodeProgram(bytes);
        } catch (e) {
          expect(e).toBeInstanceOf(DecodeError);
        }
      }),
      { numRuns: 1000 },
    );
    // garbage that starts with the magic and a plausible header still fails cleanly
    const fake = new Uint8Array(64).fill(0xff);
    fake.set([0x54, 0x50, 0x55, 0x42, 2, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0]);
    expect(() => decodeProgram(fake)).toThrow(/instruction 0: unknown opcode 0xff/);
    expect(() => decodeProgram(new TextEncoder().encode('MATMUL len=1\nHALT\n'))).toThrow(/missing the "TPUB" magic/);
  });

  it('is format version 2, and refuses version-1 files (16-bit accumulator addresses) saying to assemble again', () => {
    const bytes = encodeProgram({ instructions: [{ op: 'HALT' }] });
    expect(new DataView(bytes.buffer).getUint16(4, true)).toBe(2);
    const old = bytes.slice();
    old[4] = 1;
    expect(() => decodeProgram(old)).toThrow(
      /program format version 1 is from an older tpusim .*: assemble its source again \(at byte 4\)/,
    );
    old[4] = 3;
    expect(() => decodeProgram(old)).toThrow(/unsupported program version 3 \(this tpusim reads 2\)/);
  });

  it('rejects trailing bytes and bad segment kinds', () => {
    const bytes = encodeProgram({ instructions: [{ op: 'HALT' }], segments: [{ kind: 'host', offset: 0, bytes: new Uint8Array([1, 2]) }] });
    const extra = new Uint8Array(bytes.length + 1);
    extra.set(bytes);
    expect(() => decodeProgram(extra)).toThrow(/1 unexpected bytes after the last data segment/);
    const badKind = bytes.slice();
    badKind[16 + 16] = 9;
    expect(() => decodeProgram(badKind)).toThrow(/data segment 0: unknown kind 9/);
  });
});
