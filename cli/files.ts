// Reading and writing the user's files with errors that name the file.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { AsmError, DecodeError, assemble, decodeProgram, isProgramBinary, type Program, type SourceLine } from '../isa/index.js';
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

/** A program read from disk: binary (by its magic) or assembly text. */
export interface LoadedProgram extends Program {
  /** Source lines per instruction when the program was assembled from text. */
  source?: SourceLine[];
  binary: boolean;
}

/** Loads a program file, assembling it if it is text; assembly/decoding problems become InputErrors. */
export function loadProgramFile(path: string): LoadedProgram {
  const bytes = readBytes(path);
  try {
    if (isProgramBinary(bytes)) return { ...decodeProgram(bytes), binary: true };
    if (looksBinary(bytes)) {
      decodeProgram(bytes); // throws the "not a tpusim program" error with details
    }
    const text = new TextDecoder('utf-8').decode(bytes);
    return { ...assemble(text, path), binary: false };
  } catch (e) {
    if (e instanceof AsmError) throw new InputError(e.message);
    if (e instanceof DecodeError) throw new InputError(`${path}: ${e.message}`);
    throw e;
  }
}

/** Heuristic: a file with NUL bytes or invalid UTF-8 is not assembly text. */
function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return true;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return false;
  } catch {
    return true;
  }
}
