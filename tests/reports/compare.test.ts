import { beforeAll, describe, expect, it } from 'vitest';
import { ReportDataError, buildComparison, comparisonCharts, renderCompareHtml, type Report } from '../../reports/index.js';
import { runModel, type RunModelOptions } from '../../runtime/index.js';
import { loadConfig, withOverrides } from '../../sim/index.js';

/** A real run of the zoo MLP (what `tpusim compare` runs for each entry). */
function run(config: string | ReturnType<typeof loadConfig>, opts: RunModelOptions = {}): Promise<Report> {
  return runModel('zoo:mlp', typeof config === 'string' ? loadConfig(config) : config, { batch: 8, ...opts });
}

describe('buildComparison', () => {
  let v1: Report, gddr5: Report, fast: Report, big: Report, cpu: Report;
  beforeAll(async () => {
    v1 = await run('tpu-v1');
    gddr5 = await run('tpu-v1-gddr5');
    fast = await run(withOverrides(loadConfig('tpu-v1'), { name: 'tpu-v1-1ghz', clockMHz: 1000 }));
    big = await run('tpu-v1-512');
    cpu = await run('tpu-v1', { device: 'cpu' });
  }, 120_000);

  it('puts totals side by side with speedups relative to the first entry (by time, not cycles)', () => {
    const c = buildComparison([v1, gddr5, fast, cpu]);
    expect(c.baseline).toBe('tpu-v1');
    expect(c.entries.map((e) => e.label)).toEqual(['tpu-v1', 'tpu-v1-gddr5', 'tpu-v1-1ghz', 'cpu (haswell)']);
    expect(c.entries.map((e) => e.kind)).toEqual(['tpu', 'tpu', 'tpu', 'device']);
    c.entries.forEach((e, i) => {
      const r = [v1, gddr5, fast, cpu][i]!;
      expect(e.speedup).toBeCloseTo(v1.totals.seconds / r.totals.seconds, 12);
      expect(e.totals.cycles).toBe(r.totals.cycles);
    });
    expect(c.entries[0]!.speedup).toBe(1);
    // more weight bandwidth helps this weight-stalled model; the whole-model CPU run is slower
    expect(v1.totals.counters.weightStallCycles).toBeGreaterThan(v1.totals.counters.activeCycles);
    expect(c.entries[1]!.speedup).toBeGreaterThan(1);
    expect(c.entries[3]!.speedup).toBeLessThan(1);
    // at 1 GHz the same weight bandwidth costs more cycles, yet the run takes less time
    expect(fast.totals.cycles).toBeGreaterThan(v1.totals.cycles);
    expect(c.entries[2]!.speedup).toBeGreaterThan(1);
    expect(c.entries[2]!.clockMHz).toBe(1000);
  });

  it("gives each entry its device's roofline", () => {
    const c = buildComparison([v1, big, cpu]);
    const [tpu, tpu512, haswell] = c.entries.map((e) => e.roofline) as [
      (typeof c.entries)[0]['roofline'],
      (typeof c.entries)[0]['roofline'],
      (typeof c.entries)[0]['roofline'],
    ];
    expect(tpu.peakTops).toBeCloseTo(91.75, 2);
    expect(tpu.ridgeIntensity).toBeCloseTo(1349.27, 1);
    // 512 x 512 x 2 x 700 MHz = 367 TOPS; ridge 262144 x 700e6 / 34e9 = 5397 (the preset's own comment)
    expect(tpu512.peakTops).toBeCloseTo(367.0, 1);
    expect(tpu512.ridgeIntensity).toBeCloseTo(5397.0, 0);
    // the paper's Haswell ridge: 1.3 TFLOPS / 2 / 51 GB/s = 12.7
    expect(haswell.label).toBe('haswell');
    expect(haswell.ridgeIntensity).toBeCloseTo(12.75, 2);
  });

  it('lists per-layer cycles of every entry, matched by layer name', () => {
    const mlp = v1;
    const names = mlp.layers.map((l) => l.name);
    expect(names.length).toBeGreaterThanOrEqual(3);
    const renamed = { ...mlp, layers: mlp.layers.map((l, i) => (i === 1 ? { ...l, name: 'fc2-fused' } : l)) };
    const c = buildComparison([mlp, renamed]);
    expect(c.layers.map((l) => l.name)).toEqual([...names, 'fc2-fused']);
    expect(c.layers[0]!.perEntry.map((p) => p?.cycles)).toEqual([mlp.layers[0]!.cycles, mlp.layers[0]!.cycles]);
    expect(c.layers[1]!.perEntry[1]).toBeNull();
    expect(c.layers[names.length]!.perEntry[0]).toBeNull();
    expect(c.layers[names.length]!.perEntry[1]).toEqual({ device: 'tpu', cycles: mlp.layers[1]!.cycles, seconds: mlp.layers[1]!.seconds });
  });

  it('keeps labels unique when a config appears twice', () => {
    expect(buildComparison([v1, v1]).entries.map((e) => e.label)).toEqual(['tpu-v1', 'tpu-v1 #2']);
  });

  it('refuses reports of different models or batches, and empty input', () => {
    const other = { ...v1, model: { ...v1.model, name: 'zoo:lenet' } };
    expect(() => buildComparison([v1, other])).toThrow(/report 2 is of zoo:lenet at batch 8, report 1 of zoo:mlp at batch 8/);
    expect(() => buildComparison([v1, { ...v1, model: { ...v1.model, batch: 2 } }])).toThrow(ReportDataError);
    expect(() => buildComparison([])).toThrow(/at least one report/);
  });

  it('renders a page with one series per entry and the config differences', () => {
    const c = buildComparison([cpu, v1, gddr5]);
    const charts = Object.fromEntries(comparisonCharts(c).map((s) => [s.id, s.data.length]));
    expect(charts).toEqual({ 'chart-speedup': 1, 'chart-breakdown': 6, 'chart-layers': 3, 'chart-roofline': 4 });
    const page = renderCompareHtml(c);
    expect(page).toContain('speedup vs cpu (haswell)');
    // only the TPU configs' differing fields are listed
    expect(page).toMatch(/<code>weightMemory\.bandwidthGBps<\/code><\/td><td class="wrap">34<\/td><td class="wrap">183\.5<\/td>/);
    expect(page).not.toMatch(/<code>clockMHz<\/code>/);
  });
});
