import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPCODES, REGISTERS, updateIsaDoc } from '../../isa/index.js';

const docPath = join(import.meta.dirname, '..', '..', 'isa', 'ISA.md');
const doc = readFileSync(docPath, 'utf8');

describe('isa/ISA.md', () => {
  it('has generated tables identical to the instruction table (run `npm run gen:isa-doc` if not)', () => {
    expect(updateIsaDoc(doc)).toBe(doc);
  });

  it('describes the semantics of every instruction in prose', () => {
    for (const o of OPCODES) expect(doc, o.mnemonic).toContain(`**${o.mnemonic}**`);
  });

  it('lists every field, flag and register', () => {
    for (const o of OPCODES) {
      for (const f of o.fields) expect(doc).toContain(`| \`${f.name}\` |`);
      for (const f of o.flags) expect(doc).toContain(`| \`${f.name}\` |`);
    }
    for (const r of REGISTERS) expect(doc).toContain(`\`${r.name}\``);
  });
});
