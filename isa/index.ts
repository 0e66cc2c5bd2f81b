// Public face of isa/: the instruction table, binary encoding, assembler and disassembler.
export * from './table.js';
export * from './encoding.js';
export { assemble, AsmError, formatDiagnostic, type AssembledProgram, type Diagnostic, type SourceLine } from './assembler.js';
export { disassemble, disassembleProgram, formatInstruction, formatF32 } from './disassembler.js';
export { evaluate, ExprError, type ExprMode } from './expr.js';
export { renderIsaTables, updateIsaDoc, GENERATED_BEGIN, GENERATED_END } from './doc.js';
