// Public face of isa/: the instruction table, binary encoding, assembler and disassembler, and the
// executable semantics (what every instruction computes).
export * from './table.js';
export * from './encoding.js';
export { assemble, AsmError, formatDiagnostic, type AssembledProgram, type Diagnostic, type SourceLine } from './assembler.js';
export { disassemble, disassembleProgram, formatInstruction, formatF32 } from './disassembler.js';
export { evaluate, ExprError, type ExprMode } from './expr.js';
export { renderIsaTables, updateIsaDoc, GENERATED_BEGIN, GENERATED_END } from './doc.js';
export { executeProgram, roundHalfEven, type MachineMemories, type MachineShape } from './semantics.js';
export { expf, sigmoidf, tanhf } from './float32.js';
export * as vector from './vector.js';
