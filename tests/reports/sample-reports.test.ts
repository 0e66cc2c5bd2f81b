// The sample generator stands in for the runtime, so it must keep the report's invariants.
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../reports/index.js';
import { sampleReport } from './sample-reports.js';

const CLASSES = ['activeCycles', 'weightStallCycles', 'weightShiftCycles', 'nonMatrixCycles'] as const;

describe('sample reports', () => {
  it.each([
    ['resnet on tpu-v1', sampleReport({ batch: 8 })],
    ['mlp on tpu-v1-512', sampleReport({ model: 'mlp', config: 'tpu-v1-512' })],
    ['resnet whole on cpu', sampleReport({ target: 'cpu' })],
  ])('%s is a valid report whose counters add up', (_name, report) => {
    expect(parseReport(report)).toEqual(report);
    const R = (report.config['matrix'] as { rows: number; cols: number }).rows;
    const C = (report.config['matrix'] as { rows: number; cols: number }).cols;
    for (const l of report.layers) {
      if (!l.counters) continue;
      expect(CLASSES.reduce((s, k) => s + l.counters![k], 0), l.name).toBe(l.cycles);
      expect(l.counters.usefulMacs + l.counters.unusedMacs).toBe(l.counters.activeCycles * R * C);
      expect(l.utilization).toBeCloseTo(l.counters.usefulMacs / (l.cycles * R * C), 12);
    }
    for (const k of [...CLASSES, 'usefulMacs', 'unusedMacs'] as const) {
      expect(report.totals.counters[k]).toBe(report.layers.reduce((s, l) => s + (l.counters?.[k] ?? 0), 0));
    }
    expect(report.totals.macs).toBe(report.layers.reduce((s, l) => s + l.macs, 0));
    const last = Math.max(...report.timeline.entries.map((e) => e.end));
    expect(last).toBeLessThanOrEqual(report.totals.cycles);
    expect(Object.keys(report.totals.counters).every((k) => k in report.counterDefinitions)).toBe(true);
  });
});
