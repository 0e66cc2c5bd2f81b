// Reading an ONNX file without holding it whole: a walk over its protobuf wire format with
// positional reads copies the model's bytes with the large raw_data of the main graph's
// initializers cut out (the enclosing messages' lengths rewritten) and records where each cut
// lies, so that each large tensor is read later straight from the file into its own array.
import { readSync } from 'node:fs';

/** The raw_data of the main graph's initializer number `index` lies at `offset` in the file. */
export interface RawCut {
  index: number;
  offset: number;
  length: number;
}

/** A model's bytes without the cut raw_data, and the cuts in initializer order. */
export interface CompactModel {
  bytes: Uint8Array;
  cuts: RawCut[];
}

// Field numbers: ModelProto.graph, GraphProto.initializer, TensorProto.raw_data.
const MODEL_GRAPH = 7;
const GRAPH_INITIALIZER = 5;
const TENSOR_RAW_DATA = 9;
const WIRE_VARINT = 0;
const WIRE_FIXED64 = 1;
const WIRE_BYTES = 2;
const WIRE_FIXED32 = 5;

/** A layout the walk does not handle: the caller reads the file whole instead. */
class Unhandled extends Error {}

/**
 * Compacts the ONNX file open as `fd` (`size` bytes), cutting out every raw_data of the main
 * graph's initializers that has at least `minCut` bytes. Returns undefined when nothing is cut,
 * or when the file is not laid out as the walk expects (malformed, truncated, the graph field
 * repeated, groups, a repeated raw_data, a read error): the caller then reads the file whole.
 */
export function compactOnnx(fd: number, size: number, minCut: number): CompactModel | undefined {
  try {
    const walk = new Walk(new FileCursor(fd, size), Math.max(1, minCut));
    const out = walk.model(size);
    return walk.cuts.length > 0 ? { bytes: materialise(fd, out), cuts: walk.cuts } : undefined;
  } catch {
    // whatever went wrong, the file read whole imports (or fails) as the decoder has it
    return undefined;
  }
}

/** `length` bytes of the file at `offset`, in an array of their own; throws if the file is shorter. */
export function readAt(fd: number, offset: number, length: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(length);
  readFully(fd, bytes, offset);
  return bytes;
}

function readFully(fd: number, into: Uint8Array, offset: number): void {
  for (let done = 0; done < into.byteLength;) {
    const n = readSync(fd, into, done, into.byteLength - done, offset + done);
    if (n <= 0) throw new Error(`the file ended at byte ${offset + done}, before the tensor data it lists`);
    done += n;
  }
}

/** A window of the file for reading tags and lengths (a few bytes here and there). */
class FileCursor {
  private readonly buf = new Uint8Array(1 << 16);
  private start = 0;
  private end = 0;

  constructor(
    private readonly fd: number,
    private readonly size: number,
  ) {}

  /** The varint at `pos` (to be within `limit`) and the position after it. */
  varint(pos: number, limit: number): [number, number] {
    let value = 0;
    for (let i = 0, scale = 1; i < 10; i++, scale *= 128) {
      if (pos + i >= limit) throw new Unhandled('varint past the end of its message');
      const b = this.byte(pos + i);
      value += (b & 0x7f) * scale;
      if (b < 0x80) return [value, pos + i + 1];
    }
    throw new Unhandled('varint longer than 10 bytes');
  }

  private byte(pos: number): number {
    if (pos < this.start || pos >= this.end) {
      const n = readSync(this.fd, this.buf, 0, Math.min(this.buf.byteLength, this.size - pos), pos);
      if (n <= 0) throw new Unhandled('short read');
      this.start = pos;
      this.end = pos + n;
    }
    return this.buf[pos - this.start]!;
  }
}

/** One field: its tag at `start`, its value from `value` (after a length, if any) to `end`. */
interface Field {
  number: number;
  wire: number;
  start: number;
  tagEnd: number;
  value: number;
  end: number;
}

/** The compact bytes as pieces: literal bytes, or ranges of the file. */
class Out {
  readonly pieces: (Uint8Array | { offset: number; length: number })[] = [];
  length = 0;

  range(from: number, to: number): void {
    const last = this.pieces.at(-1);
    if (last && !(last instanceof Uint8Array) && last.offset + last.length === from) last.length += to - from;
    else this.pieces.push({ offset: from, length: to - from });
    this.length += to - from;
  }

  bytes(b: Uint8Array): void {
    this.pieces.push(b);
    this.length += b.byteLength;
  }

  append(o: Out): void {
    for (const p of o.pieces) {
      if (p instanceof Uint8Array) this.bytes(p);
      else this.range(p.offset, p.offset + p.length);
    }
  }
}

function materialise(fd: number, out: Out): Uint8Array {
  const bytes = new Uint8Array(out.length);
  let at = 0;
  for (const p of out.pieces) {
    if (p instanceof Uint8Array) {
      bytes.set(p, at);
      at += p.byteLength;
    } else {
      readFully(fd, bytes.subarray(at, at + p.length), p.offset);
      at += p.length;
    }
  }
  return bytes;
}

function varintBytes(n: number): Uint8Array {
  const b: number[] = [];
  for (; n >= 0x80; n = Math.floor(n / 128)) b.push((n % 128) | 0x80);
  b.push(n);
  return Uint8Array.from(b);
}

/** The walk: ModelProto -> its graph -> the graph's initializers -> their raw_data. */
class Walk {
  readonly cuts: RawCut[] = [];
  private initializers = 0;

  constructor(
    private readonly c: FileCursor,
    private readonly minCut: number,
  ) {}

  model(size: number): Out {
    let graphs = 0;
    return this.message(0, size, (f, out) => {
      if (f.number !== MODEL_GRAPH) return false;
      // a repeated graph field is merged by decoders: not followed here
      if (f.wire !== WIRE_BYTES || ++graphs > 1) throw new Unhandled('graph field');
      this.nested(out, f, this.graph(f.value, f.end));
      return true;
    });
  }

  private graph(start: number, end: number): Out {
    return this.message(start, end, (f, out) => {
      if (f.number !== GRAPH_INITIALIZER) return false;
      if (f.wire !== WIRE_BYTES) throw new Unhandled('initializer field');
      this.nested(out, f, this.tensor(f.value, f.end, this.initializers++));
      return true;
    });
  }

  private tensor(start: number, end: number, index: number): Out {
    let raws = 0;
    return this.message(start, end, (f) => {
      if (f.number !== TENSOR_RAW_DATA) return false;
      // the last of repeated raw_data fields wins when decoding: not followed here
      if (f.wire !== WIRE_BYTES || ++raws > 1) throw new Unhandled('raw_data field');
      const length = f.end - f.value;
      if (length < this.minCut) return false;
      this.cuts.push({ index, offset: f.value, length });
      return true;
    });
  }

  /** Walks the fields in [start, end): `handle` emits a field or returns false to copy it as is. */
  private message(start: number, end: number, handle: (f: Field, out: Out) => boolean): Out {
    const out = new Out();
    for (let pos = start; pos < end;) {
      const f = this.field(pos, end);
      if (!handle(f, out)) out.range(f.start, f.end);
      pos = f.end;
    }
    return out;
  }

  private nested(out: Out, f: Field, inner: Out): void {
    out.range(f.start, f.tagEnd);
    out.bytes(varintBytes(inner.length));
    out.append(inner);
  }

  private field(start: number, end: number): Field {
    const [tag, tagEnd] = this.c.varint(start, end);
    const number = Math.floor(tag / 8);
    const wire = tag % 8;
    if (number === 0) throw new Unhandled('field number 0');
    let value = tagEnd;
    let fieldEnd: number;
    if (wire === WIRE_VARINT) fieldEnd = this.c.varint(tagEnd, end)[1];
    else if (wire === WIRE_FIXED64) fieldEnd = tagEnd + 8;
    else if (wire === WIRE_FIXED32) fieldEnd = tagEnd + 4;
    else if (wire === WIRE_BYTES) {
      const [length, after] = this.c.varint(tagEnd, end);
      value = after;
      fieldEnd = after + length;
    } else throw new Unhandled(`wire type ${wire}`);
    if (fieldEnd > end) throw new Unhandled('field past the end of its message');
    return { number, wire, start, tagEnd, value, end: fieldEnd };
  }
}
