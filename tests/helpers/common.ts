// Small helpers shared by test files of several folders: the error a call throws, byte equality of
// typed arrays, and the shared SCALE-Sim topology fixtures.
import { join } from 'node:path';
import { expect } from 'vitest';

/**
 * The error `fn` throws, asserted to be an instance of `ErrorClass` (pass `Error` to accept any
 * error); fails the test with "expected X to be thrown" when `fn` returns normally.
 */
export function thrown<E>(fn: () => unknown, ErrorClass: abstract new (...args: never[]) => E): E {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ErrorClass);
    return e as E;
  }
  throw new Error(`expected ${ErrorClass.name} to be thrown`);
}

/** Byte equality of two typed arrays (vitest's deep equality is far too slow for megabytes). */
export function sameBytes(x: unknown, y: unknown): boolean {
  const [a, b] = [x as ArrayBufferView, y as ArrayBufferView];
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}

/** The SCALE-Sim topology files (upstream's, at upstream's paths, plus local/ ones; see MANIFEST.md there). */
export const TOPOLOGIES = join(import.meta.dirname, '..', 'fixtures', 'scalesim', 'topologies');

/** The header of a SCALE-Sim conv topology file. */
export const CONV_HEADER = 'Layer name, IFMAP Height, IFMAP Width, Filter Height, Filter Width, Channels, Num Filter, Strides,';
