// The timing-only path (SCALE-Sim topologies by default): no calibration run, no int8 values, no
// reference. Its cycles, counters, timeline and every other report field except host times and
// numerics must equal a full run's on the same topology and config — checked here, on conv and
// GEMM topologies, on SCALE-Sim's arrays and on TPU v1 (double-buffered weights, finite bandwidths).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../reports/index.js';
import { runModelDetailed } from '../../runtime/index.js';
import { loadConfig } from '../../sim/index.js';

const TOPOLOGIES = join(import.meta.dirname, '..', 'fixtures', 'scalesim');

/** The report without what a timing-only run legitimately lacks or what is host time. */
function timingFields(report: Report): unknown {
  const { createdAt: _c, host: _h, numerics: _n, ...rest } = report as Report & Record<string, unknown>;
  return { ...rest, layers: report.layers.map(({ measuredMs: _m, ...l }) => l) };
}

const CASES = [
  { topology: join(TOPOLOGIES, 'reference', 'topologies', 'resnet18_conv1.csv'), configs: ['scalesim-ws32', 'tpu-v1'] },
  { topology: join(TOPOLOGIES, 'topologies', 'local', 'resnet18_conv3_2a.csv'), configs: ['scalesim-google', 'tpu-v1'] },
  { topology: join(TOPOLOGIES, 'topologies', 'v2', 'GEMM_mnk', 'test_mnk_input.csv'), configs: ['scalesim-ws32', 'tpu-v1'] },
];

describe('timing-only runs', () => {
  for (const c of CASES) {
    for (const name of c.configs) {
      it(`give the full run's cycles and counters: ${c.topology.replace(/^.*[\\/]/, '')} on ${name}`, async () => {
        const config = loadConfig(name);
        const full = await runModelDetailed(c.topology, config, { timingOnly: false, skipReference: true });
        const timing = await runModelDetailed(c.topology, config);
        expect(full.report.totals.cycles).toBeGreaterThan(0);
        expect(timing.report.numerics).toBeNull();
        expect(timingFields(timing.report)).toEqual(timingFields(full.report));
      }, 600_000);
    }
  }
});
