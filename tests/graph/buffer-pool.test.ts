// BufferPool: float32 arrays come back only after their last holder releases them, zero-filled,
// the smallest free one that fits, and arrays the pool did not hand out (constants, inputs) are
// never recycled.
import { describe, expect, it } from 'vitest';
import { BufferPool, allocData, withPool } from '../../graph/tensor.js';

describe('BufferPool', () => {
  it('recycles an array after its last holder, zero-filled, the smallest that fits', () => {
    const pool = new BufferPool();
    const a = pool.take(8);
    const big = pool.take(16);
    a.fill(7);
    pool.retain(a);
    pool.retain(a.subarray(2, 4)); // a second value viewing the same memory
    pool.retain(big);
    pool.release(big);
    pool.release(a);
    expect(pool.take(8).buffer).toBe(big.buffer); // a still has a holder: the larger array serves
    pool.release(a.subarray(2, 4));
    const b = pool.take(4);
    expect(b.buffer).toBe(a.buffer);
    expect([...b]).toEqual([0, 0, 0, 0]);
    expect(pool.take(8).buffer).not.toBe(a.buffer); // taken by b
    pool.retain(b);
    pool.release(b);
    const c = pool.take(8); // the whole of a again, zeros
    expect(c.buffer).toBe(a.buffer);
    expect(c).toEqual(new Float32Array(8));
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
