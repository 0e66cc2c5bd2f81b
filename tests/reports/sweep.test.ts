import { beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_SWEEP_LIMIT,
  SweepSpecError,
  buildSweepResult,
  checkSweepKeys,
  expandSweep,
  parseSetOption,
  parseSetValue,
  renderSweepHtml,
  sweepCharts,
  sweepCsv,
  sweepSize,
  sweepTotals,
  type SweepOutcome,
  type SweepTotals,
} from '../../reports/index.js';
import { runModel } from '../../runtime/index.js';
import { loadConfig, withOverrides } from '../../sim/index.js';
import { goldenReport, realSweepResult } from './golden-reports.js';

describe('--set parsing', () => {
  it('reads numbers, booleans and strings', () => {
    expect(parseSetValue('64')).toBe(64);
    expect(parseSetValue(' 1.5e3 ')).toBe(1500);
    expect(parseSetValue('-0.25')).toBe(-0.25);
    expect(parseSetValue('true')).toBe(true);
    expect(parseSetValue('false')).toBe(false);
    expect(parseSetValue('0x10')).toBe('0x10');
    expect(parseSetValue('tpu-v1')).toBe('tpu-v1');
  });

  it('parses key=v1,v2 in order', () => {
    expect(parseSetOption('matrix.rows=64,128,256')).toEqual({ key: 'matrix.rows', values: [64, 128, 256] });
    expect(parseSetOption('matrix.weightDoubleBuffer=true,false')).toEqual({ key: 'matrix.weightDoubleBuffer', values: [true, false] });
  });

  it.each([
    ['matrix.rows', /--set matrix\.rows: expected key=value/],
    ['=64', /the field name before '=' is empty/],
    ['matrix..rows=1', /'matrix\.\.rows' is not a config field path/],
    ['matrix.rows=64,,128', /value 2 of 3 is empty/],
    ['matrix.rows=', /value 1 of 1 is empty/],
    ['matrix.rows=64,64.0', /the value 64\.0 is listed twice/],
  ])('rejects %j with a message quoting it', (text, message) => {
    expect(() => parseSetOption(text)).toThrow(SweepSpecError);
    expect(() => parseSetOption(text)).toThrow(message);
  });
});

describe('expandSweep', () => {
  const rows = parseSetOption('matrix.rows=64,128,256');
  const bw = parseSetOption('weightMemory.bandwidthGBps=34,68');

  it('expands the cartesian product, the first parameter varying slowest', () => {
    const points = expandSweep([rows, bw]);
    expect(points).toHaveLength(6);
    expect(points.map((p) => p.index)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(points.map((p) => [p.values['matrix.rows'], p.values['weightMemory.bandwidthGBps']])).toEqual([
      [64, 34],
      [64, 68],
      [128, 34],
      [128, 68],
      [256, 34],
      [256, 68],
    ]);
    expect(Object.keys(points[0]!.values)).toEqual(['matrix.rows', 'weightMemory.bandwidthGBps']);
  });

  it(`refuses more than ${DEFAULT_SWEEP_LIMIT} points unless forced`, () => {
    const big = [1, 2, 3].map((i) => ({ key: `k${i}`, values: Array.from({ length: 8 }, (_, j) => j) }));
    expect(sweepSize(big)).toBe(512);
    expect(() => expandSweep(big)).toThrow(/the sweep has 512 points \(8 × 8 × 8 values\), more than the limit of 256; pass --force/);
    expect(expandSweep(big, { force: true })).toHaveLength(512);
    expect(expandSweep(big, { limit: 1000 })).toHaveLength(512);
    const huge = [1, 2, 3, 4, 5, 6].map((i) => ({ key: `k${i}`, values: Array.from({ length: 10 }, (_, j) => j) }));
    expect(() => expandSweep(huge, { force: true })).toThrow(/1,000,000 points .* even with --force/);
  });

  it('refuses a field swept twice and an empty sweep', () => {
    expect(() => expandSweep([rows, parseSetOption('matrix.rows=512')])).toThrow(/matrix\.rows: the field is swept twice/);
    expect(() => expandSweep([])).toThrow(/at least one --set/);
  });

  it('checks keys and value types against the base config', () => {
    const base = loadConfig('tpu-v1') as unknown as Record<string, unknown>;
    expect(() => checkSweepKeys([rows, bw], base)).not.toThrow();
    expect(() => checkSweepKeys([parseSetOption('matrix.rowz=1')], base)).toThrow(
      /--set matrix\.rowz: the config has no such field \(fields: name, description, clockMHz, matrix\.rows/,
    );
    expect(() => checkSweepKeys([parseSetOption('matrix=1')], base)).toThrow(
      /--set matrix: is a group of fields; set one of matrix\.rows, matrix\.cols, matrix\.weightDoubleBuffer/,
    );
    expect(() => checkSweepKeys([parseSetOption('matrix.weightDoubleBuffer=1')], base)).toThrow(/holds a boolean .* not a number/);
    expect(() => checkSweepKeys([parseSetOption('clockMHz=fast')], base)).toThrow(
      /--set clockMHz=fast: the field holds a number \(it is 700 in the base config\), not a string/,
    );
  });
});

describe('sweep results', () => {
  const parameters = [parseSetOption('matrix.rows=128,256'), parseSetOption('clockMHz=700,1000')];
  const points = expandSweep(parameters);
  // each point a real run of zoo:mlp on a square array of its size
  const runs: SweepTotals[] = [];
  beforeAll(async () => {
    for (const p of points) {
      const config = withOverrides(loadConfig('tpu-v1'), { ...p.values, 'matrix.cols': p.values['matrix.rows'] });
      runs.push(sweepTotals(await runModel('zoo:mlp', config, { batch: 8 })));
    }
  }, 120_000);
  const totals = (i: number) => runs[i]!;

  it('measures speedup against point 0, or the first point that ran', () => {
    const outcomes = new Map<number, SweepOutcome>(points.map((p) => [p.index, { status: 'ok', totals: totals(p.index), wallMs: 10 }]));
    const r = buildSweepResult({ model: 'zoo:mlp', baseConfig: 'tpu-v1', parameters, points, outcomes, jobs: 2, wallMs: 50 });
    expect(r.baselineIndex).toBe(0);
    r.points.forEach((p) => {
      expect(p.status).toBe('ok');
      if (p.status === 'ok') expect(p.speedup).toBeCloseTo(totals(0).seconds / p.totals.seconds, 12);
    });
    outcomes.set(0, { status: 'failed', error: 'boom', wallMs: null });
    const r2 = buildSweepResult({ model: 'zoo:mlp', baseConfig: 'tpu-v1', parameters, points, outcomes, jobs: 2, wallMs: 50 });
    expect(r2.baselineIndex).toBe(1);
    expect(r2.points[0]!.speedup).toBeNull();
    expect(r2.points[1]!.speedup).toBe(1);
    expect(() => buildSweepResult({ model: 'm', baseConfig: 'b', parameters, points, outcomes: new Map(), jobs: 1, wallMs: 1 })).toThrow(
      /point 0 has no outcome/,
    );
  });

  it('writes sweep.csv with the swept values, status and error (quoted)', async () => {
    const r = await realSweepResult();
    const lines = sweepCsv(r).split('\r\n');
    expect(lines[0]).toBe(
      'index,weightMemory.bandwidthGBps,clockMHz,status,error,speedup,cycles,seconds,tops,utilization,macs,tpuCycles,fallbackSeconds,transferSeconds,activeCycles,weightStallCycles,weightShiftCycles,nonMatrixCycles,rawStallCycles,inputStallCycles,wallMs',
    );
    expect(lines[1]).toMatch(/^0,34,700,ok,,1,\d+,/);
    const failed = sweepCsv(r)
      .split('\r\n')
      .find((l) => l.startsWith('8,'));
    expect(failed).toBe(
      '8,136,1000,failed,"runtime: tensor ""layer4.0.conv1, out"" needs 9,437,184 bytes,\nthe UB has 8,388,608",,,,,,,,,,,,,,,,12',
    );
  });

  it('draws speedup against each parameter, and a heat map for two', async () => {
    const r = await realSweepResult();
    const charts = sweepCharts(r);
    // one line per value of the other parameter; the heat map is one trace
    expect(charts.map((c) => [c.id, c.data.length])).toEqual([
      ['chart-param-0', 3],
      ['chart-param-1', 3],
      ['chart-heatmap', 1],
    ]);
    const heat = charts[2]!.data[0] as { z: (number | null)[][]; text: string[][] };
    expect(heat.z[2]![2]).toBeNull();
    expect(heat.text[2]![2]).toBe('failed');
    expect(heat.z[0]![0]).toBe(1);
    const page = renderSweepHtml(r);
    expect(page).toContain('>Failed points</h2>');
    expect(page).toContain('runtime: tensor &quot;layer4.0.conv1, out&quot; needs 9,437,184 bytes,\nthe UB has 8,388,608');
  });

  it('collapses many lines into every point plus the best line, and has no heat map for three parameters', () => {
    const params = [parseSetOption('a=1,2,3'), parseSetOption('b=1,2,3'), parseSetOption('c=1,2')];
    const pts = expandSweep(params);
    const base = sweepTotals(goldenReport('mlp'));
    const outcomes = new Map<number, SweepOutcome>(
      pts.map((p) => [p.index, { status: 'ok', totals: { ...base, seconds: base.seconds / (1 + p.index) }, wallMs: 1 }]),
    );
    const r = buildSweepResult({ model: 'm', baseConfig: 'b', parameters: params, points: pts, outcomes, jobs: 1, wallMs: 1 });
    const charts = sweepCharts(r);
    // 'a' has 3 x 2 = 6 combinations of the others (lines); 'c' has 9 (> 8): scatter + best line
    expect(charts.map((c) => [c.id, c.data.length])).toEqual([
      ['chart-param-0', 6],
      ['chart-param-1', 6],
      ['chart-param-2', 2],
    ]);
    const best = charts[2]!.data[1] as { x: number[]; y: number[] };
    expect(best.x).toEqual([1, 2]);
    expect(best.y).toEqual([17, 18]);
  });
});
