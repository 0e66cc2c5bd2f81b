// The fast engine multiplies special weight tiles with shortcuts (all-zero rows/columns skipped,
// diagonal tiles multiplied element-wise); every sequence of tile kinds must give exactly the
// exact engine's accumulators. (Regression: a diagonal tile followed by an all-zero one.)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InstructionInput } from '../../isa/index.js';
import { Simulator, loadConfig } from '../../sim/index.js';

const N = 16;
type Kind = 'dense' | 'diagonal' | 'zero' | 'single' | 'shifted' | 'partial-diagonal';

function tile(kind: Kind, rnd: () => number): Int8Array {
  const t = new Int8Array(N * N);
  const w = () => ((rnd() * 255) | 0) - 127 || 1;
  if (kind === 'dense') for (let i = 0; i < t.length; i++) t[i] = w();
  if (kind === 'diagonal') for (let k = 0; k < N; k++) t[k * N + k] = w();
  if (kind === 'partial-diagonal') for (let k = 3; k < 11; k++) t[k * N + k] = w();
  if (kind === 'single') t[5 * N + 5] = w();
  if (kind === 'shifted') for (let k = 0; k + 2 < N; k++) t[k * N + k + 2] = w();
  return t;
}

describe('fast engine tile shortcuts', () => {
  it('agree with the exact engine for any sequence of tile kinds', () => {
    const config = loadConfig('small-16');
    const sim = Simulator.create(config);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            kind: fc.constantFrom<Kind>('dense', 'diagonal', 'zero', 'single', 'shifted', 'partial-diagonal'),
            accumulate: fc.boolean(),
            unsigned: fc.boolean(),
          }),
          { minLength: 1, maxLength: 8 },
        ),
        fc.integer({ min: 1, max: 9 }),
        fc.integer(),
        (steps, len, seed) => {
          let s = seed >>> 0 || 1;
          const rnd = () => ((s = (s * 1103515245 + 12345) >>> 0) >>> 8) / 2 ** 24;
          const weights = new Uint8Array(steps.length * N * N);
          steps.forEach((st, i) => weights.set(new Uint8Array(tile(st.kind, rnd).buffer), i * N * N));
          const host = Uint8Array.from({ length: len * N }, () => (rnd() * 256) | 0);
          const program: InstructionInput[] = [{ op: 'READ_HOST', ub: 0, host: 0, rows: len }];
          steps.forEach((st, i) => {
            program.push({ op: 'READ_WEIGHTS', addr: i * N * N, tiles: 1 });
            program.push({ op: 'MATMUL', ub: 0, acc: 0, len, switch: true, accumulate: st.accumulate, unsigned: st.unsigned });
          });
          program.push({ op: 'HALT' });
          const acc: Record<string, Int32Array> = {};
          for (const fidelity of ['fast', 'exact'] as const) {
            sim.load({ program: { instructions: program as never, segments: [] }, host, weights });
            sim.run({ fidelity });
            acc[fidelity] = sim.readAccumulators(0, len);
          }
          expect(Array.from(acc.fast!)).toEqual(Array.from(acc.exact!));
        },
      ),
      { numRuns: 300 },
    );
  });
});
