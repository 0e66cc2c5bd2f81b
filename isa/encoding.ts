// Binary encoding: 16-byte little-endian instruction words and the program container
// (code plus the host- and weight-memory data segments a program carries).
import {
  FLAGS_LSB,
  INSTRUCTION_BYTES,
  OPCODES,
  OPCODE_WIDTH,
  opcodeByMnemonic,
  opcodeByNumber,
  registerById,
  registerByName,
  type FieldSpec,
  type Mnemonic,
  type OpcodeSpec,
} from './table.js';

/**
 * One decoded instruction: `op`, every field of its format as a number (enums and registers by
 * index, SET's `value` as its raw 32 bits) and every flag as a boolean.
 */
export interface Instruction {
  op: Mnemonic;
  [fieldOrFlag: string]: number | boolean | string;
}

/** What callers may pass to `encodeInstruction`: fields may be omitted (defaults apply), enums and registers may be names. */
export interface InstructionInput {
  op: Mnemonic | string;
  [fieldOrFlag: string]: number | boolean | string | undefined;
}

/** Where a data segment's bytes go when the program is loaded. */
export type SegmentKind = 'host' | 'weights';

/** Initial contents for part of host memory or weight memory. */
export interface DataSegment {
  kind: SegmentKind;
  /** Byte address of the first byte. */
  offset: number;
  bytes: Uint8Array;
}

/** A program: its instructions and the data it carries. */
export interface Program {
  instructions: Instruction[];
  segments: DataSegment[];
}

/** An instruction that cannot be encoded (bad field value, unknown flag...). */
export class EncodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EncodeError';
  }
}

/** A binary that cannot be decoded; `offset` is the byte where the problem is. */
export class DecodeError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(`${message} (at byte ${offset})`);
    this.name = 'DecodeError';
  }
}

/** Magic bytes at the start of every program file: "TPUB". */
export const PROGRAM_MAGIC = [0x54, 0x50, 0x55, 0x42] as const;
/** Format version of program files: 2 since MATMUL and ACTIVATE have 24-bit accumulator addresses. */
export const PROGRAM_VERSION = 2;
const HEADER_BYTES = 16;
const SEGMENT_HEADER_BYTES = 16;
/** Largest weight- or host-memory byte address a segment may start at (40-bit addresses). */
export const MAX_ADDRESS = 2 ** 40;

/** Reads `width` bits starting at bit `lsb` of a little-endian byte array (width <= 52). */
export function getBits(bytes: Uint8Array, lsb: number, width: number): number {
  let value = 0;
  let scale = 1;
  let bit = lsb;
  let remaining = width;
  while (remaining > 0) {
    const off = bit & 7;
    const n = Math.min(8 - off, remaining);
    const part = (bytes[bit >> 3]! >> off) & ((1 << n) - 1);
    value += part * scale;
    scale *= 2 ** n;
    bit += n;
    remaining -= n;
  }
  return value;
}

/** Writes `value` (0 <= value < 2^width) into `width` bits starting at bit `lsb`. */
export function setBits(bytes: Uint8Array, lsb: number, width: number, value: number): void {
  if ((lsb & 7) === 0 && (width & 7) === 0) {
    // byte-aligned fields (most of the table): whole bytes, no masking
    let v = value;
    for (let i = lsb >> 3, end = (lsb + width) >> 3; i < end; i++) {
      bytes[i] = v % 256;
      v = Math.floor(v / 256);
    }
    return;
  }
  let v = value;
  let bit = lsb;
  let remaining = width;
  while (remaining > 0) {
    const off = bit & 7;
    const n = Math.min(8 - off, remaining);
    const mask = (1 << n) - 1;
    const part = v % 2 ** n;
    const i = bit >> 3;
    bytes[i] = (bytes[i]! & ~(mask << off)) | (part << off);
    v = Math.floor(v / 2 ** n);
    bit += n;
    remaining -= n;
  }
}

/** Bit mask (as a 16-byte array) of the bits an instruction format uses; the rest are reserved and must be zero. */
function usedBits(spec: OpcodeSpec): Uint8Array {
  const mask = new Uint8Array(INSTRUCTION_BYTES);
  setBits(mask, 0, OPCODE_WIDTH, 0xff);
  for (const flag of spec.flags) setBits(mask, FLAGS_LSB + flag.bit, 1, 1);
  for (const f of spec.fields) for (let b = 0; b < f.width; b++) setBits(mask, f.lsb + b, 1, 1);
  return mask;
}
const USED_BITS = new Map(OPCODES.map((o) => [o.opcode, usedBits(o)]));

/** Raw 32-bit pattern of a float32. */
export function f32ToBits(x: number): number {
  const f = new Float32Array([x]);
  return new Uint32Array(f.buffer)[0]!;
}

/** Float32 value of a raw 32-bit pattern. */
export function bitsToF32(bits: number): number {
  const u = new Uint32Array([bits >>> 0]);
  return new Float32Array(u.buffer)[0]!;
}

function fieldValue(spec: OpcodeSpec, f: FieldSpec, raw: number | boolean | string | undefined): number {
  const where = `${spec.mnemonic} field '${f.name}'`;
  if (raw === undefined) return f.default;
  let v: number;
  if (typeof raw === 'string') {
    if (f.kind === 'enum') {
      const i = f.values!.indexOf(raw);
      if (i < 0) throw new EncodeError(`${where}: unknown value '${raw}' (one of ${f.values!.join(', ')})`);
      v = i;
    } else if (f.kind === 'register') {
      const r = registerByName(raw);
      if (!r) throw new EncodeError(`${where}: unknown register '${raw}'`);
      v = r.id;
    } else {
      throw new EncodeError(`${where}: expected a number, got '${raw}'`);
    }
  } else if (typeof raw === 'boolean') {
    throw new EncodeError(`${where}: expected a number, got a boolean`);
  } else {
    v = raw;
  }
  if (!Number.isInteger(v) || v < 0 || v >= 2 ** f.width) {
    throw new EncodeError(`${where}: ${v} does not fit in ${f.width} unsigned bits (0..${2 ** f.width - 1})`);
  }
  if (f.kind === 'enum' && v >= f.values!.length) {
    throw new EncodeError(`${where}: ${v} is not a valid value (one of ${f.values!.join(', ')})`);
  }
  if (f.kind === 'register' && !registerById(v)) throw new EncodeError(`${where}: no register has id ${v}`);
  return v;
}

/** Field and flag names of each instruction format, for rejecting unknown keys. */
const KNOWN_KEYS = new Map(
  OPCODES.map((o) => [o.mnemonic, new Set(['op', ...o.fields.map((f) => f.name), ...o.flags.map((f) => f.name)])]),
);

/** Encodes one instruction into 16 bytes (written at `out[offset..]` when `out` is given, else into a new array). */
export function encodeInstruction(ins: InstructionInput, out?: Uint8Array, offset = 0): Uint8Array {
  const spec = opcodeByMnemonic(String(ins.op));
  if (!spec) throw new EncodeError(`unknown instruction '${String(ins.op)}'`);
  const known = KNOWN_KEYS.get(spec.mnemonic)!;
  for (const key in ins) {
    if (!known.has(key) && ins[key] !== undefined) throw new EncodeError(`${spec.mnemonic} has no field or flag '${key}'`);
  }
  const target = out ?? new Uint8Array(INSTRUCTION_BYTES);
  const word = offset === 0 && target.length === INSTRUCTION_BYTES ? target : target.subarray(offset, offset + INSTRUCTION_BYTES);
  word.fill(0);
  word[0] = spec.opcode;
  for (const f of spec.fields) setBits(word, f.lsb, f.width, fieldValue(spec, f, ins[f.name]));
  let flags = 0;
  for (const flag of spec.flags) {
    const v = ins[flag.name];
    if (v === undefined || v === false) continue;
    if (v !== true) throw new EncodeError(`${spec.mnemonic} flag '${flag.name}' must be true or false`);
    flags |= 1 << flag.bit;
  }
  word[1] = flags;
  return out ? target : word;
}

/** Decodes the 16-byte instruction at `bytes[offset..]`; `where` names it in errors. */
export function decodeInstruction(bytes: Uint8Array, offset = 0, where = `instruction at byte ${offset}`): Instruction {
  if (offset + INSTRUCTION_BYTES > bytes.length) {
    throw new DecodeError(`${where} is truncated: needs ${INSTRUCTION_BYTES} bytes, ${bytes.length - offset} left`, offset);
  }
  const word = bytes.subarray(offset, offset + INSTRUCTION_BYTES);
  const opcode = getBits(word, 0, OPCODE_WIDTH);
  const spec = opcodeByNumber(opcode);
  if (!spec) throw new DecodeError(`${where}: unknown opcode 0x${opcode.toString(16).padStart(2, '0')}`, offset);
  const used = USED_BITS.get(opcode)!;
  for (let i = 0; i < INSTRUCTION_BYTES; i++) {
    if (word[i]! & ~used[i]!) {
      throw new DecodeError(`${where} (${spec.mnemonic}): reserved bits set in byte ${i} (0x${word[i]!.toString(16)})`, offset + i);
    }
  }
  const ins: Instruction = { op: spec.mnemonic };
  for (const f of spec.fields) {
    const v = getBits(word, f.lsb, f.width);
    if (f.kind === 'enum' && v >= f.values!.length) {
      throw new DecodeError(`${where} (${spec.mnemonic}): field '${f.name}' has invalid value ${v}`, offset);
    }
    if (f.kind === 'register' && !registerById(v)) {
      throw new DecodeError(`${where} (${spec.mnemonic}): no register has id ${v}`, offset);
    }
    ins[f.name] = v;
  }
  for (const flag of spec.flags) ins[flag.name] = getBits(word, FLAGS_LSB + flag.bit, 1) === 1;
  return ins;
}

/** Encodes a program (instructions and data segments) into the container format. */
export function encodeProgram(program: { instructions: readonly InstructionInput[]; segments?: readonly DataSegment[] }): Uint8Array {
  const segments = program.segments ?? [];
  let size = HEADER_BYTES + program.instructions.length * INSTRUCTION_BYTES;
  for (const s of segments) size += SEGMENT_HEADER_BYTES + s.bytes.length;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  out.set(PROGRAM_MAGIC, 0);
  view.setUint16(4, PROGRAM_VERSION, true);
  view.setUint32(8, program.instructions.length, true);
  view.setUint32(12, segments.length, true);
  let p = HEADER_BYTES;
  program.instructions.forEach((ins, i) => {
    try {
      encodeInstruction(ins, out, p);
    } catch (e) {
      if (e instanceof EncodeError) throw new EncodeError(`instruction ${i}: ${e.message}`);
      throw e;
    }
    p += INSTRUCTION_BYTES;
  });
  for (const s of segments) {
    if (!Number.isInteger(s.offset) || s.offset < 0 || s.offset + s.bytes.length > MAX_ADDRESS) {
      throw new EncodeError(`${s.kind} segment at ${s.offset} (${s.bytes.length} bytes) is outside the 40-bit address space`);
    }
    if (s.bytes.length > 0xffffffff) throw new EncodeError(`${s.kind} segment of ${s.bytes.length} bytes is too large`);
    out[p] = s.kind === 'host' ? 0 : 1;
    view.setUint32(p + 4, s.offset % 2 ** 32, true);
    view.setUint32(p + 8, Math.floor(s.offset / 2 ** 32), true);
    view.setUint32(p + 12, s.bytes.length, true);
    out.set(s.bytes, p + SEGMENT_HEADER_BYTES);
    p += SEGMENT_HEADER_BYTES + s.bytes.length;
  }
  return out;
}

/** True when `bytes` starts with the program magic. */
export function isProgramBinary(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && PROGRAM_MAGIC.every((b, i) => bytes[i] === b);
}

/** Decodes a program container; every malformation is a DecodeError naming the byte offset. */
export function decodeProgram(bytes: Uint8Array): Program {
  if (bytes.length < HEADER_BYTES) {
    throw new DecodeError(`not a tpusim program: ${bytes.length} bytes is shorter than the ${HEADER_BYTES}-byte header`, 0);
  }
  if (!isProgramBinary(bytes)) {
    throw new DecodeError('not a tpusim program: missing the "TPUB" magic (is this an assembly text file?)', 0);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint16(4, true);
  if (version === 1) {
    throw new DecodeError(
      'program format version 1 is from an older tpusim whose MATMUL and ACTIVATE fields sat elsewhere (16-bit accumulator addresses): assemble its source again',
      4,
    );
  }
  if (version !== PROGRAM_VERSION)
    throw new DecodeError(`unsupported program version ${version} (this tpusim reads ${PROGRAM_VERSION})`, 4);
  if (view.getUint16(6, true) !== 0) throw new DecodeError('reserved header bytes are not zero', 6);
  const count = view.getUint32(8, true);
  const segCount = view.getUint32(12, true);
  const codeEnd = HEADER_BYTES + count * INSTRUCTION_BYTES;
  if (codeEnd > bytes.length) {
    throw new DecodeError(
      `truncated program: header says ${count} instructions (${count * INSTRUCTION_BYTES} bytes) but only ${bytes.length - HEADER_BYTES} bytes follow`,
      bytes.length,
    );
  }
  const instructions: Instruction[] = [];
  for (let i = 0; i < count; i++) {
    instructions.push(decodeInstruction(bytes, HEADER_BYTES + i * INSTRUCTION_BYTES, `instruction ${i}`));
  }
  const segments: DataSegment[] = [];
  let p = codeEnd;
  for (let i = 0; i < segCount; i++) {
    if (p + SEGMENT_HEADER_BYTES > bytes.length) throw new DecodeError(`truncated program: data segment ${i} header is cut off`, p);
    const kindByte = bytes[p]!;
    if (kindByte > 1) throw new DecodeError(`data segment ${i}: unknown kind ${kindByte} (0 = host, 1 = weights)`, p);
    if (bytes[p + 1] !== 0 || bytes[p + 2] !== 0 || bytes[p + 3] !== 0)
      throw new DecodeError(`data segment ${i}: reserved bytes are not zero`, p + 1);
    const offset = view.getUint32(p + 4, true) + view.getUint32(p + 8, true) * 2 ** 32;
    const length = view.getUint32(p + 12, true);
    if (offset + length > MAX_ADDRESS)
      throw new DecodeError(`data segment ${i}: address ${offset} + ${length} bytes is beyond 40 bits`, p + 4);
    const start = p + SEGMENT_HEADER_BYTES;
    if (start + length > bytes.length) {
      throw new DecodeError(`truncated program: data segment ${i} needs ${length} bytes, ${bytes.length - start} left`, bytes.length);
    }
    segments.push({ kind: kindByte === 0 ? 'host' : 'weights', offset, bytes: bytes.slice(start, start + length) });
    p = start + length;
  }
  if (p !== bytes.length) throw new DecodeError(`${bytes.length - p} unexpected bytes after the last data segment`, p);
  return { instructions, segments };
}
