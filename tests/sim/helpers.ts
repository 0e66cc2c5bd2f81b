// Shared helpers of the simulator tests: assemble a text program, run it with a preset or config
// and a fidelity, and read the results.
import { assemble } from '../../isa/index.js';
import {
  Simulator,
  loadConfig,
  withOverrides,
  type Fidelity,
  type HardwareConfig,
  type RunOptions,
  type RunResult,
} from '../../sim/index.js';

/** Both fidelities: every timing case runs on each and must give the same numbers. */
export const FIDELITIES: Fidelity[] = ['fast', 'exact'];

/** A config: a preset name, optionally with overrides. */
export function config(name: string, overrides: Record<string, unknown> = {}): HardwareConfig {
  const base = loadConfig(name);
  return Object.keys(overrides).length ? withOverrides(base, overrides) : base;
}

/** Assembles `source` and loads it into a fresh simulator. */
export function loaded(
  cfg: HardwareConfig,
  source: string,
  images: { host?: Uint8Array; weights?: Uint8Array; hostBytes?: number } = {},
): Simulator {
  const sim = Simulator.create(cfg);
  sim.load({ program: assemble(source, 'test.s'), ...images });
  return sim;
}

/** Assembles, loads and runs `source`; returns the simulator (for memories) and the result. */
export function run(
  cfg: HardwareConfig,
  source: string,
  fidelity: Fidelity,
  images: { host?: Uint8Array; weights?: Uint8Array; hostBytes?: number } = {},
  options: RunOptions = {},
): { sim: Simulator; result: RunResult } {
  const sim = loaded(cfg, source, images);
  const result = sim.run({ ...options, fidelity });
  return { sim, result };
}

/** Deterministic pseudo-random bytes (xorshift32). */
export function randomBytes(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let s = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    out[i] = s & 0xff;
  }
  return out;
}

/** Random int8 values in [lo, hi]. */
export function randomInt8(n: number, seed: number, lo = -128, hi = 127): Int8Array {
  const bytes = randomBytes(n, seed);
  const out = new Int8Array(n);
  const span = hi - lo + 1;
  for (let i = 0; i < n; i++) out[i] = lo + (bytes[i]! % span);
  return out;
}
