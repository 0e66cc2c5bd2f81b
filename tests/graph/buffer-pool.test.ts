// BufferPool: float32 arrays come back only after their last holder releases them, zero-filled,
// and arrays the pool did not hand out (constants, inputs) are never recycled.
import { describe, expect, it } from 'vitest';
import { BufferPool, allocData, withPool } from '../../graph/tensor.js';

describe('BufferPool', () => {
  it('recycles an array after its last holder, zero-filled, by exact length', () => {
    const pool = new BufferPool();
    const a = pool.take(8);
    a.fill(7);
    pool.retain(a);
    pool.retain(a.subarray(2, 4)); // a second value viewing the same memory
    pool.release(a);
    expect(pool.take(8)).not.toBe(a); // one holder left: not recycled yet
    pool.release(a.subarray(2, 4));
    expect(pool.take(4).buffer).not.toBe(a.buffer); // another length
    const b = pool.take(8);
    expect(b.buffer).toBe(a.buffer);
    expect([...b]).toEqual(new Array(8).fill(0));
  });

  it('ignores arrays it did not hand out and arrays never retained', () => {
    const pool = new BufferPool();
    const own = new Float32Array(8);
    pool.retain(own);
    pool.release(own);
    const temp = pool.take(8);
    pool.release(temp); // a kernel's temporary, held by no value
    const c = pool.take(8);
    expect(c.buffer).not.toBe(own.buffer);
    expect(c.buffer).not.toBe(temp.buffer);
  });

  it('serves allocData(float32) only inside withPool', () => {
    const pool = new BufferPool();
    const a = withPool(pool, () => allocData('float32', 16));
    pool.retain(a);
    pool.release(a);
    expect(allocData('float32', 16).buffer).not.toBe(a.buffer);
    expect(withPool(pool, () => allocData('float32', 16)).buffer).toBe(a.buffer);
  });
});
