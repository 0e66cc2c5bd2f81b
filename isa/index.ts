// Public face of isa/: the instruction table, binary encoding, assembler and disassembler, and the
// executable semantics (what every instruction computes). It exports what other folders use;
// isa/'s own modules import one another directly.
export {
  ACTIVATION_FUNCTIONS,
  FLAGS_LSB,
  INSTRUCTION_BYTES,
  OPCODES,
  POOL_MODES,
  REGISTERS,
  SYNC_UNITS,
  VECTOR_CLASSES,
  VECTOR_OPS,
  VECTOR_OP_CLASS,
  type VectorClass,
  type VectorOp,
  type FieldSpec,
  type Mnemonic,
  type OpcodeSpec,
  type Unit,
} from './table.js';
export {
  DecodeError,
  EncodeError,
  bitsToF32,
  decodeInstruction,
  decodeProgram,
  encodeInstruction,
  encodeProgram,
  f32ToBits,
  getBits,
  isProgramBinary,
  setBits,
  type DataSegment,
  type Instruction,
  type InstructionInput,
  type Program,
} from './encoding.js';
export { assemble, AsmError, type Diagnostic, type SourceLine } from './assembler.js';
export { disassemble, disassembleProgram, formatInstruction, formatF32 } from './disassembler.js';
export { updateIsaDoc } from './doc.js';
export { executeProgram, roundHalfEven, type MachineShape } from './semantics.js';
export { expf, sigmoidf, tanhf } from './float32.js';
export * as vector from './vector.js';
