// Golden runs of every isa/examples/*.s on the preset its "Run:" line names, under both
// fidelities: total cycles, every counter, the counters and instruction counts per tag, and a
// sha256 of host memory after the run. Both fidelities are checked against the same file (they
// must agree exactly); `UPDATE_GOLDEN=1` rewrites it from the fast run.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assemble } from '../../isa/index.js';
import { type Fidelity, Simulator, loadConfig } from '../../sim/index.js';
import { UPDATING, expectGolden, sha256, stableJson } from './golden.js';

const EXAMPLES = join(import.meta.dirname, '..', '..', 'isa', 'examples');
const FILES = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.s'))
  .sort();
const FIDELITIES: Fidelity[] = ['fast', 'exact'];

/** The preset an example says to run it on (`; Run: tpusim exec FILE --config NAME ...`). */
function presetOf(source: string, file: string): string {
  const m = /^;\s*Run:.*--config\s+(\S+)/m.exec(source);
  if (!m) throw new Error(`${file}: no "; Run: ... --config NAME" line to take the preset from`);
  return m[1]!;
}

describe('golden: isa/examples', () => {
  it('there are examples', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(4);
  });

  describe.each(FILES)('%s', (file) => {
    const source = readFileSync(join(EXAMPLES, file), 'utf8');
    // in update mode the exact run only checks against what the fast run wrote
    it.each(FIDELITIES)('%s fidelity: cycles, counters, per-tag counters and host memory as recorded', (fidelity) => {
      const preset = presetOf(source, file);
      const sim = Simulator.create(loadConfig(preset));
      sim.load({ program: assemble(source, file) });
      const r = sim.run({ fidelity });
      const host = sim.readHost();
      const record = {
        program: file,
        config: preset,
        totalCycles: r.totalCycles,
        seconds: r.seconds,
        counters: r.counters,
        perTag: r.perTag.map((t) => ({ tag: t.tag, counters: t.counters, instructions: t.opcodes })),
        interrupts: r.interrupts,
        host: { bytes: host.length, sha256: sha256(host) },
      };
      expectGolden(join('isa', file.replace(/\.s$/, '.json')), stableJson(record), { update: UPDATING && fidelity === 'fast' });
    });
  });
});
