// Renders the instruction table as the Markdown tables embedded in isa/ISA.md, so the document
// is generated from the same table as the assembler and the wasm core.
import { f32ToBits } from './encoding.js';
import { FLAGS_LSB, INSTRUCTION_BYTES, OPCODES, REGISTERS, type FieldSpec } from './table.js';

export const GENERATED_BEGIN = '<!-- BEGIN GENERATED FROM isa/table.ts: run `npm run gen:isa-doc` -->';
export const GENERATED_END = '<!-- END GENERATED -->';

const bits = (lsb: number, width: number) => (width === 1 ? `${lsb}` : `${lsb + width - 1}..${lsb}`);

function fieldKind(f: FieldSpec): string {
  if (f.kind === 'enum') return `enum: ${f.values!.map((v, i) => `${v}=${i}`).join(', ')}`;
  if (f.kind === 'register') return 'register name or id';
  if (f.kind === 'value') return '32-bit value';
  return `uint${f.width}`;
}

function defaultText(f: FieldSpec): string {
  if (f.required) return 'required';
  if (f.kind === 'enum') return f.values![f.default]!;
  return String(f.default);
}

/** The generated part of ISA.md (between the markers). */
export function renderIsaTables(): string {
  const out: string[] = [GENERATED_BEGIN, ''];
  out.push(
    `Every instruction is ${INSTRUCTION_BYTES} bytes, little-endian; bits 7..0 are the opcode and bits ${FLAGS_LSB + 7}..${FLAGS_LSB} the flags. Bits not listed are reserved and must be zero.`,
    '',
  );
  out.push('### Opcodes', '', '| mnemonic | opcode | unit | what it does |', '|---|---|---|---|');
  for (const o of OPCODES) out.push(`| \`${o.mnemonic}\` | 0x${o.opcode.toString(16).padStart(2, '0')} | ${o.unit} | ${o.doc} |`);
  out.push('');
  for (const o of OPCODES) {
    out.push(`### ${o.mnemonic} (0x${o.opcode.toString(16).padStart(2, '0')})`, '', o.doc, '');
    if (o.fields.length) {
      out.push('| field | bits | type | default | meaning |', '|---|---|---|---|---|');
      for (const f of o.fields) out.push(`| \`${f.name}\` | ${bits(f.lsb, f.width)} | ${fieldKind(f)} | ${defaultText(f)} | ${f.doc} |`);
      out.push('');
    }
    if (o.flags.length) {
      out.push('| flag | bit | meaning |', '|---|---|---|');
      for (const fl of o.flags) out.push(`| \`${fl.name}\` | ${FLAGS_LSB + fl.bit} | ${fl.doc} |`);
      for (const [alias, names] of Object.entries(o.flagAliases ?? {}))
        out.push(`| \`${alias}\` | — | shorthand for ${names.map((n) => `\`${n}\``).join(' ')} |`);
      out.push('');
    }
  }
  out.push('### Configuration registers (SET)', '', '| register | id | type | reset value | meaning |', '|---|---|---|---|---|');
  for (const r of REGISTERS) {
    const reset = r.type === 'f32' ? `${r.reset} (0x${f32ToBits(r.reset).toString(16)})` : String(r.reset);
    out.push(`| \`${r.name}\` | ${r.id} | ${r.type} | ${reset} | ${r.doc} |`);
  }
  out.push('', GENERATED_END);
  return out.join('\n');
}

/** Replaces the generated section of a document's text with the current tables. */
export function updateIsaDoc(text: string): string {
  const start = text.indexOf(GENERATED_BEGIN);
  const end = text.indexOf(GENERATED_END);
  if (start < 0 || end < start) throw new Error('ISA.md has no generated-section markers');
  return text.slice(0, start) + renderIsaTables() + text.slice(end + GENERATED_END.length);
}
