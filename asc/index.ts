// The simulated ASIC, compiled to build/tpu.wasm. (The hardware model arrives with the
// simulator issue; for now the core decodes instruction words with the generated table.)
import { opUnit, opcodeOf } from './generated/isa';

/** Unit that executes the instruction whose low 64 bits are `lo` (-1 for an unknown opcode). */
export function instructionUnit(lo: u64): i32 {
  return opUnit(opcodeOf(lo));
}
