// Text assembly → Program. One instruction or directive per line; `;`, `#` or `//` start a comment.
//
//   .equ N, 16                      ; a named constant
//   READ_HOST ub=0, host=0x100, rows=N
//   MATMUL ub=0, acc=0, len=N, switch, unsigned
//   ACTIVATE acc=0, ub=N, len=N, func=relu
//   SET act.scale, 0.25             ; positional operands fill fields in table order
//   SYNC all
//   HALT
//   .host 0x100                     ; data: following .i8/.u8/.i16/.u16/.i32/.u32/.f32/.zero lines fill host memory here
//   .i8 1, -2, 3
//
// Every error is collected (not just the first) with line, column and a hint.
import { type DataSegment, type Instruction, type Program, EncodeError, MAX_ADDRESS, encodeInstruction, f32ToBits } from './encoding.js';
import { ExprError, evaluate, type ExprMode } from './expr.js';
import { OPCODES, REGISTERS, registerById, registerByName, type FieldSpec, type OpcodeSpec } from './table.js';

/** One assembly problem, 1-based line and column. */
export interface Diagnostic {
  file: string;
  line: number;
  col: number;
  message: string;
  hint?: string;
}

/** Formats a diagnostic as `file:line:col: error: message (hint: ...)`. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.col}: error: ${d.message}${d.hint ? ` (hint: ${d.hint})` : ''}`;
}

/** Assembly failed; `diagnostics` lists every problem found. */
export class AsmError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
    this.name = 'AsmError';
  }
}

/** Where each instruction came from, for error messages of later stages. */
export interface SourceLine {
  line: number;
  text: string;
}

/** The result of assembling: the program and, per instruction, its source line. */
export interface AssembledProgram extends Program {
  source: SourceLine[];
}

const DATA_DIRECTIVES: Record<string, { bytes: number; mode: ExprMode; min: number; max: number; float?: boolean }> = {
  '.i8': { bytes: 1, mode: 'int', min: -128, max: 127 },
  '.u8': { bytes: 1, mode: 'int', min: 0, max: 255 },
  '.i16': { bytes: 2, mode: 'int', min: -32768, max: 32767 },
  '.u16': { bytes: 2, mode: 'int', min: 0, max: 65535 },
  '.i32': { bytes: 4, mode: 'int', min: -(2 ** 31), max: 2 ** 31 - 1 },
  '.u32': { bytes: 4, mode: 'int', min: 0, max: 2 ** 32 - 1 },
  '.f32': { bytes: 4, mode: 'float', min: -Infinity, max: Infinity, float: true },
};
const DIRECTIVES = ['.equ', '.host', '.weights', '.zero', ...Object.keys(DATA_DIRECTIVES)];

/** Levenshtein distance, for "did you mean" hints. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return d[a.length]![b.length]!;
}

/** A "did you mean" hint from the closest candidate, or a list of the candidates. */
function suggest(word: string, candidates: readonly string[], what: string): string {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const dist = distance(word.toLowerCase(), c.toLowerCase());
    if (dist < bestD) {
      bestD = dist;
      best = c;
    }
  }
  if (best !== undefined && bestD <= Math.max(2, Math.floor(word.length / 3))) return `did you mean '${best}'?`;
  return candidates.length ? `${what}: ${candidates.join(', ')}` : `${what}: none`;
}

/** True for a lone identifier (a name rather than an expression). */
function isBareName(text: string): boolean {
  return /^[A-Za-z_][\w.]*$/.test(text);
}

/** Strips a trailing comment, returning the code part. */
function stripComment(line: string): string {
  let end = line.length;
  for (const marker of [';', '#', '//']) {
    const i = line.indexOf(marker);
    if (i >= 0 && i < end) end = i;
  }
  return line.slice(0, end);
}

interface Piece {
  text: string;
  col: number; // 0-based column of text[0] in the line
}

/** Splits operand text at top-level commas, keeping columns. */
function splitOperands(text: string, col0: number): Piece[] {
  const out: Piece[] = [];
  let depth = 0;
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    out.push({ text: raw.trim(), col: col0 + start + lead });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === ',' && depth === 0) {
      push(i);
      start = i + 1;
    }
  }
  push(text.length);
  return out;
}

/** Assembles source text. Throws AsmError listing every problem. */
export function assemble(source: string, file = '<input>'): AssembledProgram {
  const diagnostics: Diagnostic[] = [];
  const constants = new Map<string, number>();
  const instructions: Instruction[] = [];
  const sourceLines: SourceLine[] = [];
  const segments: DataSegment[] = [];
  let current: { kind: DataSegment['kind']; offset: number; bytes: number[] } | undefined;
  const flush = () => {
    if (current) segments.push({ kind: current.kind, offset: current.offset, bytes: Uint8Array.from(current.bytes) });
    current = undefined;
  };

  const lines = source.split(/\r?\n/);
  lines.forEach((rawLine, index) => {
    const lineNo = index + 1;
    const error = (col: number, message: string, hint?: string) => {
      diagnostics.push({ file, line: lineNo, col: col + 1, message, hint });
    };
    const evalAt = (piece: Piece, mode: ExprMode): number | undefined => {
      try {
        return evaluate(piece.text, mode, (n) => constants.get(n));
      } catch (e) {
        if (e instanceof ExprError) {
          error(piece.col + e.col, e.message, e.hint);
          return undefined;
        }
        throw e;
      }
    };

    const code = stripComment(rawLine);
    if (code.trim() === '') return;
    const lead = code.length - code.trimStart().length;
    const m = /^\S+/.exec(code.slice(lead))!;
    const word = m[0];
    const rest = code.slice(lead + word.length);
    const operands = rest.trim() === '' ? [] : splitOperands(rest, lead + word.length);
    for (const op of operands) {
      if (op.text === '') error(op.col, 'empty operand', 'remove the extra comma');
    }
    if (operands.some((o) => o.text === '')) return;

    if (word.startsWith('.')) {
      const directive = word.toLowerCase();
      if (directive === '.equ') {
        if (operands.length !== 2) {
          error(lead, '.equ takes a name and a value', 'write `.equ NAME, VALUE`');
          return;
        }
        const name = operands[0]!.text;
        if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name)) {
          error(operands[0]!.col, `'${name}' is not a valid name`, 'names start with a letter or _ and contain letters, digits, _ and .');
          return;
        }
        if (constants.has(name)) {
          error(operands[0]!.col, `'${name}' is already defined`);
          return;
        }
        const v = evalAt(operands[1]!, 'float');
        if (v !== undefined) constants.set(name, v);
        return;
      }
      if (directive === '.host' || directive === '.weights') {
        if (operands.length !== 1) {
          error(lead, `${directive} takes one byte address`, `write \`${directive} 0x0\``);
          return;
        }
        const v = evalAt(operands[0]!, 'int');
        if (v === undefined) return;
        if (v < 0 || v >= MAX_ADDRESS) {
          error(operands[0]!.col, `address ${v} is outside the 40-bit address space`);
          return;
        }
        flush();
        current = { kind: directive === '.host' ? 'host' : 'weights', offset: v, bytes: [] };
        return;
      }
      if (directive === '.zero') {
        if (!current) {
          error(lead, 'data outside a segment', 'start one with `.host ADDR` or `.weights ADDR`');
          return;
        }
        if (operands.length !== 1) {
          error(lead, '.zero takes a byte count');
          return;
        }
        const n = evalAt(operands[0]!, 'int');
        if (n === undefined) return;
        if (n < 0 || n > 2 ** 28) {
          error(operands[0]!.col, `.zero count ${n} is out of range (0..${2 ** 28})`);
          return;
        }
        for (let i = 0; i < n; i++) current.bytes.push(0);
        return;
      }
      const data = DATA_DIRECTIVES[directive];
      if (data) {
        if (!current) {
          error(lead, 'data outside a segment', 'start one with `.host ADDR` or `.weights ADDR`');
          return;
        }
        if (operands.length === 0) {
          error(lead, `${directive} needs at least one value`);
          return;
        }
        const view = new DataView(new ArrayBuffer(4));
        for (const op of operands) {
          const v = evalAt(op, data.mode);
          if (v === undefined) continue;
          if (v < data.min || v > data.max) {
            error(op.col, `${v} does not fit ${directive} (${data.min}..${data.max})`);
            continue;
          }
          if (data.float) view.setFloat32(0, v, true);
          else if (data.bytes === 1) view.setUint8(0, v & 0xff);
          else if (data.bytes === 2) view.setUint16(0, v & 0xffff, true);
          else view.setUint32(0, v >>> 0, true);
          for (let i = 0; i < data.bytes; i++) current.bytes.push(view.getUint8(i));
        }
        return;
      }
      error(lead, `unknown directive '${word}'`, suggest(word, DIRECTIVES, 'directives'));
      return;
    }

    const spec = OPCODES.find((o) => o.mnemonic === word.toUpperCase());
    if (!spec) {
      error(
        lead,
        `unknown instruction '${word}'`,
        suggest(
          word.toUpperCase(),
          OPCODES.map((o) => o.mnemonic),
          'instructions',
        ),
      );
      return;
    }
    const ins = parseInstruction(spec, operands, lead, error, evalAt, (n) => constants.has(n));
    if (ins) {
      instructions.push(ins);
      sourceLines.push({ line: lineNo, text: rawLine.trim() });
    }
  });
  flush();
  if (diagnostics.length) throw new AsmError(diagnostics);
  return { instructions, segments, source: sourceLines };
}

function parseInstruction(
  spec: OpcodeSpec,
  operands: Piece[],
  lineCol: number,
  error: (col: number, message: string, hint?: string) => void,
  evalAt: (piece: Piece, mode: ExprMode) => number | undefined,
  isConstant: (name: string) => boolean,
): Instruction | undefined {
  const ins: Instruction = { op: spec.mnemonic };
  const given = new Map<FieldSpec, Piece>();
  let positional = 0;
  let sawNamed = false;
  let ok = true;
  const flagNames = spec.flags.map((f) => f.name);
  const aliases = spec.flagAliases ?? {};
  const fieldByName = (n: string) => spec.fields.find((f) => f.name.toLowerCase() === n.toLowerCase());

  for (const op of operands) {
    const eq = op.text.indexOf('=');
    if (eq > 0) {
      sawNamed = true;
      const name = op.text.slice(0, eq).trim();
      const f = fieldByName(name);
      if (!f) {
        error(
          op.col,
          `${spec.mnemonic} has no field '${name}'`,
          suggest(
            name,
            spec.fields.map((x) => x.name),
            'fields',
          ),
        );
        ok = false;
        continue;
      }
      if (given.has(f)) {
        error(op.col, `field '${f.name}' is given twice`);
        ok = false;
        continue;
      }
      const valueText = op.text.slice(eq + 1);
      const lead = valueText.length - valueText.trimStart().length;
      given.set(f, { text: valueText.trim(), col: op.col + eq + 1 + lead });
      continue;
    }
    const lower = op.text.toLowerCase();
    const flag = spec.flags.find((f) => f.name.toLowerCase() === lower);
    const alias = Object.keys(aliases).find((a) => a.toLowerCase() === lower);
    if (flag || alias) {
      for (const name of flag ? [flag.name] : aliases[alias!]!) ins[name] = true;
      continue;
    }
    if (sawNamed) {
      const hint = flagNames.length ? suggest(op.text, [...flagNames, ...Object.keys(aliases)], 'flags') : 'write it as NAME=VALUE';
      error(op.col, `'${op.text}' is neither a flag of ${spec.mnemonic} nor a NAME=VALUE field`, hint);
      ok = false;
      continue;
    }
    const f = spec.fields[positional++];
    if (!f) {
      const hint = flagNames.length
        ? suggest(op.text, [...flagNames, ...Object.keys(aliases)], `flags of ${spec.mnemonic}`)
        : `${spec.mnemonic} takes ${spec.fields.length} operand(s)`;
      error(op.col, `unexpected operand '${op.text}'`, hint);
      ok = false;
      continue;
    }
    given.set(f, op);
  }
  for (const flag of spec.flags) if (ins[flag.name] === undefined) ins[flag.name] = false;

  let register: ReturnType<typeof registerById>;
  for (const f of spec.fields) {
    const piece = given.get(f);
    if (!piece) {
      if (f.required) {
        error(lineCol, `${spec.mnemonic} needs field '${f.name}'`, `${f.name}: ${f.doc}`);
        ok = false;
      }
      ins[f.name] = f.default;
      continue;
    }
    const v = parseField(spec, f, piece, register, error, evalAt, isConstant);
    if (v === undefined) {
      ok = false;
      continue;
    }
    ins[f.name] = v;
    if (f.kind === 'register') register = registerById(v);
  }
  if (!ok) return undefined;
  try {
    encodeInstruction(ins);
  } catch (e) {
    if (e instanceof EncodeError) {
      error(lineCol, e.message);
      return undefined;
    }
    throw e;
  }
  return ins;
}

function parseField(
  spec: OpcodeSpec,
  f: FieldSpec,
  piece: Piece,
  register: ReturnType<typeof registerById>,
  error: (col: number, message: string, hint?: string) => void,
  evalAt: (piece: Piece, mode: ExprMode) => number | undefined,
  isConstant: (name: string) => boolean,
): number | undefined {
  const where = `${spec.mnemonic} ${f.name}`;
  if (f.kind === 'enum') {
    const i = f.values!.findIndex((v) => v === piece.text.toLowerCase());
    if (i >= 0) return i;
    if (isBareName(piece.text) && !isConstant(piece.text)) {
      error(piece.col, `${where}: '${piece.text}' is not one of ${f.values!.join(', ')}`, suggest(piece.text, f.values!, 'values'));
      return undefined;
    }
    const v = evalAt(piece, 'int');
    if (v === undefined) return undefined;
    if (v < 0 || v >= f.values!.length) {
      error(piece.col, `${where}: ${v} is not a valid value`, `one of ${f.values!.join(', ')}`);
      return undefined;
    }
    return v;
  }
  if (f.kind === 'register') {
    const r = registerByName(piece.text);
    if (r) return r.id;
    if (isBareName(piece.text) && !isConstant(piece.text)) {
      error(
        piece.col,
        `unknown register '${piece.text}'`,
        suggest(
          piece.text,
          REGISTERS.map((x) => x.name),
          'registers',
        ),
      );
      return undefined;
    }
    const v = evalAt(piece, 'int');
    if (v === undefined) return undefined;
    if (!registerById(v)) {
      error(piece.col, `no register has id ${v}`, `registers: ${REGISTERS.map((x) => `${x.name}=${x.id}`).join(', ')}`);
      return undefined;
    }
    return v;
  }
  if (f.kind === 'value') {
    if (!register) return undefined; // the register field already reported its error
    if (register.type === 'f32') {
      const bits = /^bits\s*\((.*)\)$/i.exec(piece.text);
      if (bits) {
        const inner = { text: bits[1]!, col: piece.col + piece.text.indexOf('(') + 1 };
        const v = evalAt(inner, 'int');
        if (v === undefined) return undefined;
        if (v < 0 || v > 0xffffffff) {
          error(inner.col, `bits(${v}) is not a 32-bit pattern`);
          return undefined;
        }
        return v;
      }
      const v = evalAt(piece, 'float');
      if (v === undefined) return undefined;
      if (!Number.isFinite(Math.fround(v))) {
        error(piece.col, `${v} overflows float32`, 'write bits(0x7f800000) for infinity');
        return undefined;
      }
      return f32ToBits(v);
    }
    const v = evalAt(piece, 'int');
    if (v === undefined) return undefined;
    const [lo, hi] = register.type === 'i32' ? [-(2 ** 31), 2 ** 31 - 1] : [0, 2 ** 32 - 1];
    if (v < lo || v > hi) {
      error(piece.col, `${v} does not fit ${register.name} (${register.type}: ${lo}..${hi})`);
      return undefined;
    }
    return v >>> 0;
  }
  const v = evalAt(piece, 'int');
  if (v === undefined) return undefined;
  if (v < 0 || v >= 2 ** f.width) {
    error(piece.col, `${where} = ${v} does not fit in ${f.width} bits`, `the range is 0..${2 ** f.width - 1}`);
    return undefined;
  }
  return v;
}
