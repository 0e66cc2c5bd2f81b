// The Unified Buffer's rows during lowering: a first-fit allocator (rows are freed after the last
// layer that reads them, so later tensors reuse them).
import { CapacityError } from '../errors.js';

/** First-fit allocator over UB rows. */
export class RowAllocator {
  private free: { start: number; size: number }[];
  peak = 0;
  private used = 0;
  constructor(start: number, end: number) {
    this.free = [{ start, size: end - start }];
  }
  /** `layer`: index of the layer being lowered (for CapacityError). */
  alloc(size: number, what: string, total: number, layer: number): number {
    const i = this.free.findIndex((f) => f.size >= size);
    if (i < 0) {
      const largest = Math.max(0, ...this.free.map((f) => f.size));
      throw new CapacityError(
        `the Unified Buffer cannot hold ${what}: it needs ${size} rows but the largest free range is ${largest} rows (${total} rows in all, ${this.used} in use); use a smaller --batch or a config with a larger unifiedBuffer.bytes`,
        layer,
        { what, rows: size, largestFreeRows: largest, totalRows: total },
      );
    }
    const f = this.free[i]!;
    const start = f.start;
    f.start += size;
    f.size -= size;
    if (f.size === 0) this.free.splice(i, 1);
    this.used += size;
    this.peak = Math.max(this.peak, this.used);
    return start;
  }
  release(start: number, size: number): void {
    this.used -= size;
    this.free.push({ start, size });
    this.free.sort((a, b) => a.start - b.start);
    for (let i = 0; i + 1 < this.free.length;) {
      const a = this.free[i]!,
        b = this.free[i + 1]!;
      if (a.start + a.size === b.start) {
        a.size += b.size;
        this.free.splice(i + 1, 1);
      } else i++;
    }
  }
}
