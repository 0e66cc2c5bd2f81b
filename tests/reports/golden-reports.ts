// Real reports for the reports tests: the runs the golden suite records
// (tests/golden/expected/models/NAME/report.json, rewritten by UPDATE_GOLDEN=1), completed with the
// fields a golden leaves out because they vary run to run (timestamp, host timings) and validated
// against the report schema.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSweepResult,
  expandSweep,
  parseReport,
  sweepTotals,
  type Report,
  type SweepOutcome,
  type SweepParameter,
  type SweepResult,
} from '../../reports/index.js';
import { runModel } from '../../runtime/index.js';
import { loadConfig, withOverrides } from '../../sim/index.js';

/** The recorded runs (tests/golden/models.ts says what each covers). */
export type GoldenReportName =
  'mlp' | 'lenet' | 'lenet-small16' | 'smallcnn-op13' | 'golden-cnn' | 'lstm-b2' | 'transformer-b1' | 'alexnet-scalesim-ws32';

const EXPECTED = join(import.meta.dirname, '..', 'golden', 'expected', 'models');

/** The golden run's report.json as a full report (fixed timestamp, zero host timings, no measured fallback times). */
export function goldenReport(name: GoldenReportName): Report {
  const recorded = JSON.parse(readFileSync(join(EXPECTED, name, 'report.json'), 'utf8')) as { layers: object[] };
  return parseReport({
    ...recorded,
    createdAt: '2026-01-01T00:00:00.000Z',
    host: { compileMs: 0, simulateMs: 0, fallbackMs: 0, totalMs: 0 },
    layers: recorded.layers.map((l) => ({ ...l, measuredMs: null })),
  });
}

/**
 * A finished 3 x 3 sweep of weight bandwidth x clock: every point a real run of zoo:mlp at batch 8
 * on tpu-v1 with the point's values, except (136 GB/s, 1000 MHz), given a failed outcome with a
 * multi-line error full of quotes and commas (as a worker reports one) to exercise the failure display.
 */
export async function realSweepResult(): Promise<SweepResult> {
  const parameters: SweepParameter[] = [
    { key: 'weightMemory.bandwidthGBps', values: [34, 68, 136] },
    { key: 'clockMHz', values: [700, 850, 1000] },
  ];
  const points = expandSweep(parameters);
  const outcomes = new Map<number, SweepOutcome>();
  for (const p of points) {
    if (p.values['weightMemory.bandwidthGBps'] === 136 && p.values['clockMHz'] === 1000) {
      outcomes.set(p.index, {
        status: 'failed',
        error: 'runtime: tensor "layer4.0.conv1, out" needs 9,437,184 bytes,\nthe UB has 8,388,608',
        wallMs: 12,
      });
    } else {
      const report = await runModel('zoo:mlp', withOverrides(loadConfig('tpu-v1'), p.values), { batch: 8 });
      outcomes.set(p.index, { status: 'ok', totals: sweepTotals(report), wallMs: 850 + p.index });
    }
  }
  return buildSweepResult({ model: 'zoo:mlp', baseConfig: 'tpu-v1', parameters, points, outcomes, jobs: 2, wallMs: 4321 });
}
