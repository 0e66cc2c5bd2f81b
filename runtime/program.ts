// Emitting programs: an instruction list with per-instruction tags and register tracking (SET is
// only emitted when a value changes), and the model's weight image (tiles, deduplicated).
import { createHash } from 'node:crypto';
import { REGISTERS, f32ToBits, type InstructionInput } from '../isa/index.js';

/** Builds one program. */
export class ProgramBuilder {
  readonly instructions: InstructionInput[] = [];
  private readonly regs = new Map<string, number>();
  private currentTag = -1;

  constructor() {
    for (const r of REGISTERS) this.regs.set(r.name, r.type === 'f32' ? f32ToBits(r.reset) : r.reset >>> 0);
  }

  /** Starts attributing the following instructions to tag `id` (emits TAG when it changes). */
  tag(id: number): void {
    if (id === this.currentTag) return;
    this.currentTag = id;
    this.instructions.push({ op: 'TAG', id });
  }

  /** Appends an instruction. */
  emit(ins: InstructionInput): void {
    this.instructions.push(ins);
  }

  /** Sets an integer register (u32 or i32) if it does not already hold the value. */
  setInt(reg: string, value: number): void {
    this.setBits(reg, value >>> 0);
  }

  /** Sets a float32 register if it does not already hold the value (compared bit for bit). */
  setFloat(reg: string, value: number): void {
    this.setBits(reg, f32ToBits(value));
  }

  private setBits(reg: string, bits: number): void {
    if (this.regs.get(reg) === bits) return;
    this.regs.set(reg, bits);
    this.instructions.push({ op: 'SET', reg, value: bits });
  }
}

/**
 * The weight image of a model: R x C tiles of int8, deduplicated by content. One buffer that doubles
 * as it fills: `bytes()` is a view of it, not a copy, so the finished image is never held twice
 * (capacity beyond the tiles is never written, so it costs address space, not memory).
 */
export class WeightImage {
  private buffer = new Uint8Array(0);
  private readonly byContent = new Map<string, number>();
  private size = 0;

  constructor(readonly tileBytes: number) {}

  /** Adds a tile (tileBytes bytes) and returns its byte address; identical tiles share one copy. */
  addTile(tile: Int8Array | Uint8Array): number {
    const bytes = new Uint8Array(tile.buffer, tile.byteOffset, tile.byteLength);
    const key = createHash('sha1').update(bytes).digest('base64');
    const known = this.byContent.get(key);
    if (known !== undefined) return known;
    const addr = this.size;
    if (addr + bytes.length > this.buffer.length) this.grow(addr + bytes.length);
    this.buffer.set(bytes, addr);
    this.byContent.set(key, addr);
    this.size += bytes.length;
    return addr;
  }

  private grow(needed: number): void {
    const next = new Uint8Array(Math.max(needed, 2 * this.buffer.length, 1 << 20));
    next.set(this.buffer.subarray(0, this.size));
    this.buffer = next;
  }

  /** Bytes held. */
  get length(): number {
    return this.size;
  }

  /** The image (a view of the tiles added so far; at least one byte). */
  bytes(): Uint8Array {
    if (this.buffer.length === 0) this.grow(1);
    return this.buffer.subarray(0, Math.max(this.size, 1));
  }
}
