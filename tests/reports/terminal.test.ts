import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildComparison, renderComparisonSummary, renderReportSummary, renderSweepSummary, wantsColor } from '../../reports/index.js';
import { goldenReport, realSweepResult } from './golden-reports.js';
import { runModel } from '../../runtime/index.js';
import { loadConfig } from '../../sim/index.js';

/** Whether the text carries terminal styles. */
const styled = (text: string): boolean => stripVTControlCharacters(text) !== text;

describe('terminal summaries', () => {
  const report = goldenReport('mlp');

  it('summarises a run: totals, the slowest layers first, placement', () => {
    // a recorded torch export with nodes on the GPU
    const run = goldenReport('smallcnn-op13');
    const text = renderReportSummary(run, { topLayers: 5 });
    expect(styled(text)).toBe(false);
    const lines = text.split('\n');
    expect(lines[0]).toBe('smallcnn-op13.onnx on tpu-v1 · fidelity fast · batch 2');
    expect(lines[1]).toContain(`${run.totals.cycles.toLocaleString('en-US')} cycles`);
    expect(text).toContain(`Top 5 of ${run.layers.length} layers by cycles`);
    const slowest = [...run.layers].sort((a, b) => b.cycles - a.cycles).slice(0, 5);
    const table = lines.slice(
      lines.findIndex((l) => l.startsWith('Top 5')),
      lines.indexOf('Placement'),
    );
    const rows = table.filter((l) => slowest.some((s) => l.trimStart().startsWith(`${s.name} `)));
    expect(rows.map((l) => l.trim().split(/\s+/)[0])).toEqual(slowest.map((s) => s.name));
    const nodes = (device: string) => run.placement.filter((p) => p.device === device).length;
    expect(text).toContain(`tpu ${nodes('tpu')} nodes`);
    expect(text).toContain(`gpu ${nodes('gpu')} nodes`);
    // each fallback node's line carries the refusing device's own reason
    const fallback = run.placement.filter((p) => p.device === 'gpu');
    expect(fallback.length).toBeGreaterThan(0);
    for (const p of fallback) expect(text).toContain(`${p.node} (${p.op}) → gpu: ${p.reason}`);
  });

  it('colours only when asked', () => {
    expect(styled(renderReportSummary(report, { color: true }))).toBe(true);
    expect(wantsColor({ isTTY: true }, {})).toBe(true);
    expect(wantsColor({ isTTY: false }, {})).toBe(false);
    expect(wantsColor({}, {})).toBe(false);
    expect(wantsColor({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
  });

  it('lines up comparison and sweep tables', async () => {
    // the recorded run against itself on a faster weight memory
    const gddr5 = await runModel('zoo:mlp', loadConfig('tpu-v1-gddr5'), { batch: report.model.batch });
    const c = buildComparison([report, gddr5]);
    const text = renderComparisonSummary(c);
    expect(styled(text)).toBe(false);
    const [, header, rule, ...rows] = text.trimEnd().split('\n');
    expect(rule!.trim()).toMatch(/^─+$/);
    // right-aligned numeric columns end at the same column as their header
    const end = header!.indexOf('speedup') + 'speedup'.length;
    for (const row of rows) expect(row.slice(0, end)).toMatch(/×$/);
    const sweep = renderSweepSummary(await realSweepResult());
    expect(sweep).toContain('9 points (8 ok, 1 failed)');
    expect(sweep).toMatch(/8 +136 +1000 +failed +– +– +runtime: tensor "layer4\.0\.conv1, out" needs 9,437,184 bytes,\n/);
  });
});
