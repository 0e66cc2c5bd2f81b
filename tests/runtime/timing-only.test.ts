// The timing-only path (SCALE-Sim topologies by default): no calibration run, no input or weight
// values, no int8 values, no reference. Its cycles, counters, timeline and every other report field
// except host times and numerics must equal a full run's on the same topology and config — checked
// here, on conv and GEMM topologies, on SCALE-Sim's arrays (all three dataflows: under os and is a
// tile streams only the extent of its weights) and on TPU v1 (double-buffered weights, finite
// bandwidths), with depthwise rows expanded and grouped (block-diagonal tiles).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../reports/index.js';
import { loadTopologyFile, topologyFeeds, topologyToGraph } from '../../graph/index.js';
import { type LoadedModel, runModelDetailed } from '../../runtime/index.js';
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
  { topology: join(TOPOLOGIES, 'reference', 'topologies', 'edge.csv'), configs: ['scalesim-os32', 'scalesim-is32'] },
];

/** A topology with its depthwise rows kept as grouped convolutions, built with or without weight values. */
function groupedModel(file: string, values: boolean): LoadedModel {
  const graph = topologyToGraph(loadTopologyFile(file, { depthwise: 'grouped' }), { seed: 0, weights: values });
  const source = { name: 'grouped', source: 'topology' as const, path: file };
  return { graph, source, feeds: topologyFeeds(graph, { values }), isolateLayers: true, convMapping: 'im2col' };
}

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

  for (const name of ['scalesim-os32', 'scalesim-is32', 'scalesim-ws32']) {
    it(`give the full run's cycles and counters with grouped depthwise layers: edge.csv on ${name}`, async () => {
      const file = join(TOPOLOGIES, 'reference', 'topologies', 'edge.csv');
      const config = loadConfig(name);
      const full = await runModelDetailed(groupedModel(file, true), config, { timingOnly: false, skipReference: true });
      const timing = await runModelDetailed(groupedModel(file, false), config);
      expect(timing.report.numerics).toBeNull();
      expect(timingFields(timing.report)).toEqual(timingFields(full.report));
    }, 600_000);
  }

  it('refuses to compute values from a topology built without them', async () => {
    const file = join(TOPOLOGIES, 'reference', 'topologies', 'edge.csv');
    await expect(runModelDetailed(groupedModel(file, false), loadConfig('scalesim-ws32'), { timingOnly: false })).rejects.toThrow(
      /was built without weight values: it compiles for timing only/,
    );
  });
});
