// Real reports for the reports tests: the runs the golden suite records
// (tests/golden/expected/models/NAME/report.json, rewritten by UPDATE_GOLDEN=1), completed with the
// fields a golden leaves out because they vary run to run (timestamp, host timings) and validated
// against the report schema.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport, type Report } from '../../reports/index.js';

/** The recorded runs (tests/golden/models.ts says what each covers). */
export type GoldenReportName =
  | 'mlp'
  | 'lenet'
  | 'lenet-small16'
  | 'smallcnn-op13'
  | 'golden-cnn'
  | 'lstm-b2'
  | 'transformer-b1'
  | 'alexnet-scalesim-ws32';

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
