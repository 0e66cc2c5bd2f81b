// Emitting programs: an instruction list with per-instruction tags and register tracking (SET is
// only emitted when a value changes), and the model's weight image (tiles, deduplicated).
import { createHash } from 'node:crypto';
import { REGISTERS, f32ToBits, type InstructionInput } from '../isa/index.js';
import { CompileError } from './errors.js';

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

/** Bytes a weight image may reach: the simulator's memory is 32-bit (sim/simulator.ts allocates at most 2 GiB). */
const MAX_IMAGE_BYTES = 2 ** 31;

/**
 * The weight image of a model: R x C tiles of int8, deduplicated by content. One resizable buffer,
 * grown in place as tiles arrive (no copy of what it holds, so it is never held twice) and viewed,
 * not copied, by `bytes()`. Without `keepBytes` (a timing-only compile, whose runs never read a
 * weight) tiles are hashed and placed exactly as with it, so every address is the same, but their
 * bytes are not kept: `bytes()` is then zeros that nothing touches (Resnet18.csv on
 * scalesim-google: 11.7 MB never copied, ~3 k page faults fewer).
 */
export class WeightImage {
  private readonly store: ArrayBuffer;
  private readonly byContent = new Map<string, number>();
  private size = 0;

  constructor(
    readonly tileBytes: number,
    private readonly keepBytes = true,
    /** Identical tiles share one copy (off for made-up weights, whose tiles match only by chance). */
    private readonly share = true,
  ) {
    this.store = new ArrayBuffer(0, { maxByteLength: keepBytes ? MAX_IMAGE_BYTES : 0 });
  }

  /** Adds a tile (tileBytes bytes) and returns its byte address; identical tiles share one copy. */
  addTile(tile: Int8Array | Uint8Array): number {
    const bytes = new Uint8Array(tile.buffer, tile.byteOffset, tile.byteLength);
    const key = this.share ? createHash('sha1').update(bytes).digest('base64') : undefined;
    const known = key === undefined ? undefined : this.byContent.get(key);
    if (known !== undefined) return known;
    const addr = this.size;
    this.reserve(addr + bytes.length);
    if (this.keepBytes) new Uint8Array(this.store, addr, bytes.length).set(bytes);
    if (key !== undefined) this.byContent.set(key, addr);
    this.size += bytes.length;
    return addr;
  }

  /** Grows the buffer to hold `needed` bytes (doubling, so tiles are added in amortised constant time). */
  private reserve(needed: number): void {
    if (needed > MAX_IMAGE_BYTES)
      throw new CompileError(`the weight image needs more than ${MAX_IMAGE_BYTES} bytes, the most the simulator's 32-bit memory holds`);
    if (!this.keepBytes || needed <= this.store.byteLength) return;
    this.store.resize(Math.min(MAX_IMAGE_BYTES, Math.max(needed, 2 * this.store.byteLength, 1 << 20)));
  }

  /** Bytes held. */
  get length(): number {
    return this.size;
  }

  /** The image: a view of the tiles added so far (at least one byte); zeros of its size without `keepBytes`. */
  bytes(): Uint8Array {
    if (!this.keepBytes) return new Uint8Array(Math.max(this.size, 1));
    this.reserve(1);
    return new Uint8Array(this.store, 0, Math.max(this.size, 1));
  }
}
