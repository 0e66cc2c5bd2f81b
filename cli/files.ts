// Reading and writing the user's files with errors that name the file (no tpusim module loads:
// program files, which need the assembler, are read by program-file.ts).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { InputError } from './errors.js';

/** Reads a file as bytes (a private copy, never a view into Node's shared pool). */
export function readBytes(path: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${path}: no such file`);
    if (code === 'EISDIR') throw new InputError(`${path}: is a directory, expected a file`);
    throw new InputError(`${path}: cannot read (${(e as Error).message})`);
  }
}

/** Writes a file, creating its directory, with an error that names it. */
export function writeOutput(path: string, data: Uint8Array | string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, data);
  } catch (e) {
    throw new InputError(`${path}: cannot write (${(e as Error).message})`);
  }
}
