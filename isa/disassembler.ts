// Program → text in the assembler's own syntax, so that assemble(disassemble(p)) reproduces p.
import { bitsToF32, decodeProgram, type Instruction, type Program } from './encoding.js';
import { type FieldSpec, type OpcodeSpec, opcodeByMnemonic, registerById, registerByName } from './table.js';

/** Shortest decimal text that reads back as exactly this float32. */
export function formatF32(bits: number): string {
  const x = bitsToF32(bits);
  if (!Number.isFinite(x)) return `bits(0x${(bits >>> 0).toString(16)})`;
  if (Object.is(x, -0)) return '-0.0';
  for (let p = 1; p <= 9; p++) {
    const s = x.toPrecision(p);
    if (Math.fround(Number(s)) === x) return normaliseNumber(s);
  }
  return normaliseNumber(x.toPrecision(9));
}

/** Makes toPrecision output a plain float literal ("1" → "1.0", "1.50" → "1.5", "1e+21" kept). */
function normaliseNumber(s: string): string {
  const t = String(Number(s));
  return /[.e]/.test(t) ? t : `${t}.0`;
}

function formatField(f: FieldSpec, v: number, ins: Instruction): string {
  switch (f.kind) {
    case 'enum':
      return f.values![v] ?? String(v);
    case 'register':
      return registerById(v)?.name ?? String(v);
    case 'value': {
      const reg = registerById(ins.reg as number);
      if (reg?.type === 'f32') return formatF32(v);
      if (reg?.type === 'i32') return String(v | 0);
      return String(v >>> 0);
    }
    default:
      return f.hex ? `0x${v.toString(16)}` : String(v);
  }
}

/** The instruction with its enum and register fields as numbers (a program built in memory may hold them by name). */
function numbered(spec: OpcodeSpec, ins: Instruction): Instruction {
  const out = { ...ins };
  for (const f of spec.fields) {
    const v = ins[f.name];
    if (typeof v !== 'string') continue;
    if (f.kind === 'enum' && f.values!.includes(v)) out[f.name] = f.values!.indexOf(v);
    if (f.kind === 'register' && registerByName(v)) out[f.name] = registerByName(v)!.id;
  }
  return out;
}

/**
 * One instruction as assembly text, e.g. `MATMUL ub=0, acc=0, len=16, switch`. Optional fields at
 * their default value are left out (the assembler fills them back in);
 * control instructions with few fields print them positionally (`SET act.scale, 0.25`, `TAG 3`).
 */
export function formatInstruction(named: Instruction): string {
  const spec = opcodeByMnemonic(named.op);
  if (!spec) return `; unknown instruction ${named.op}`;
  const ins = numbered(spec, named);
  const parts: string[] = [];
  const positional = spec.unit === 'control';
  for (const f of spec.fields) {
    const v = Number(ins[f.name] ?? f.default);
    if (positional) parts.push(formatField(f, v, ins));
    else if (v !== f.default || !f.optional) parts.push(`${f.name}=${formatField(f, v, ins)}`);
  }
  const set = spec.flags.filter((flag) => ins[flag.name] === true).map((flag) => flag.name);
  const alias = Object.entries(spec.flagAliases ?? {}).find(
    ([, names]) => names.length === set.length && names.every((n) => set.includes(n)),
  );
  parts.push(...(alias ? [alias[0]] : set));
  return parts.length ? `${spec.mnemonic} ${parts.join(', ')}` : spec.mnemonic;
}

/** A whole program as assembly text: instructions, then each data segment. */
export function disassembleProgram(program: Program): string {
  const lines: string[] = [`; tpusim program: ${program.instructions.length} instructions, ${program.segments.length} data segments`];
  for (const ins of program.instructions) lines.push(formatInstruction(ins));
  for (const seg of program.segments) {
    lines.push('', `.${seg.kind} 0x${seg.offset.toString(16)}`);
    for (let i = 0; i < seg.bytes.length; i += 16) {
      const chunk = Array.from(seg.bytes.subarray(i, i + 16), (b) => `0x${b.toString(16).padStart(2, '0')}`);
      lines.push(`.u8 ${chunk.join(', ')}`);
    }
  }
  return lines.join('\n') + '\n';
}

/** Decodes a program binary and returns its assembly text (DecodeError on a malformed binary). */
export function disassemble(bytes: Uint8Array): string {
  return disassembleProgram(decodeProgram(bytes));
}
