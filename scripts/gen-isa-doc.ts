// Rewrites the generated tables in isa/ISA.md from isa/table.ts. Run by `npm run gen:isa-doc`.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { updateIsaDoc } from '../isa/index.js';

const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'isa', 'ISA.md');
writeFileSync(file, updateIsaDoc(readFileSync(file, 'utf8')));
console.log(`updated ${file}`);
