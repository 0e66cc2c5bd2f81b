// fast-check generators of valid instructions and programs, built from the instruction table.
import fc from 'fast-check';
import { OPCODES, REGISTERS, type DataSegment, type Instruction, type OpcodeSpec } from '../../isa/index.js';

/** A valid instruction of the given format, every field and flag random. */
export function instructionOf(spec: OpcodeSpec): fc.Arbitrary<Instruction> {
  const parts: Record<string, fc.Arbitrary<number | boolean>> = {};
  for (const f of spec.fields) {
    if (f.kind === 'enum') parts[f.name] = fc.integer({ min: 0, max: f.values!.length - 1 });
    else if (f.kind === 'register') parts[f.name] = fc.constantFrom(...REGISTERS.map((r) => r.id));
    else parts[f.name] = fc.bigInt({ min: 0n, max: 2n ** BigInt(f.width) - 1n }).map(Number);
  }
  for (const flag of spec.flags) parts[flag.name] = fc.boolean();
  return fc.record(parts).map((r) => ({ op: spec.mnemonic, ...r }) as Instruction);
}

/** Any valid instruction. */
export const anyInstruction: fc.Arbitrary<Instruction> = fc.oneof(...OPCODES.map(instructionOf));

/** A data segment with random placement and bytes. */
export const anySegment: fc.Arbitrary<DataSegment> = fc.record({
  kind: fc.constantFrom('host' as const, 'weights' as const),
  offset: fc.bigInt({ min: 0n, max: 2n ** 39n }).map(Number),
  bytes: fc.uint8Array({ maxLength: 70 }),
});

/** A random valid program. */
export const anyProgram = fc.record({
  instructions: fc.array(anyInstruction, { maxLength: 40 }),
  segments: fc.array(anySegment, { maxLength: 4 }),
});
