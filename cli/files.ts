// Reading and writing the user's files with errors that name the file (no tpusim module loads:
// program files, which need the assembler, are read by program-file.ts).
import { appendFileSync, closeSync, copyFileSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
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

/** Writes a file (text, bytes, or bytes in chunks written in order), creating its directory, with an error that names it. */
export function writeOutput(path: string, data: string | Uint8Array | readonly Uint8Array[]): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    if (typeof data === 'string' || data instanceof Uint8Array) writeFileSync(path, data);
    else writeChunks(path, data);
  } catch (e) {
    throw new InputError(`${path}: cannot write (${(e as Error).message})`);
  }
}

/**
 * Writes a file as a copy of `start` (a file of the package, copied by the kernel without passing
 * through this process's memory) followed by `rest`, creating its directory, with an error that names it.
 */
export function writeOutputAfterCopy(path: string, start: string, rest: Uint8Array): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    copyFileSync(start, path);
    appendFileSync(path, rest);
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException).code === 'ENOENT' && (e as NodeJS.ErrnoException).path === start;
    if (missing) throw new InputError(`${path}: cannot write: ${start} is missing (run \`npm run build\`)`);
    throw new InputError(`${path}: cannot write (${(e as Error).message})`);
  }
}

function writeChunks(path: string, chunks: readonly Uint8Array[]): void {
  const fd = openSync(path, 'w');
  try {
    for (const chunk of chunks) for (let at = 0; at < chunk.byteLength;) at += writeSync(fd, chunk, at);
  } finally {
    closeSync(fd);
  }
}
