// Reading a program file (binary or assembly text) for `asm`, `disasm` and `exec`; imported by
// their actions, so that the assembler (isa/) loads only when a program is read.
import { AsmError, DecodeError, assemble, decodeProgram, isProgramBinary, type Program, type SourceLine } from '../isa/index.js';
import { InputError } from './errors.js';
import { readBytes } from './files.js';

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
