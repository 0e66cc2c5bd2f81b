// Comparisons of one model across hardware configs (and, whole, on the modelled CPU/GPU): the data
// written to compare.json and the page built from it.
import type { Data } from 'plotly.js-dist-min';
import {
  escapeHtml,
  formatInt,
  formatNumber,
  formatPercent,
  formatSeconds,
  formatSi,
  formatSpeedup,
  formatTops,
  uniqueLabels,
} from './format.js';
import { ReportDataError, configEssentials, deviceRoofline, flattenConfig, tpuRoofline, type Roofline } from './hardware.js';
import { LOG_AXIS, roofTraces, rooflineAxes } from './charts.js';
import {
  type Cell,
  type ChartSpec,
  type Column,
  chartBlock,
  chartLayout,
  deviceTag,
  html,
  htmlTable,
  kpi,
  renderPage,
  section,
} from './page.js';
import { COUNTER_COLORS, COUNTER_LABELS, CYCLE_CLASSES, DEVICE_COLORS, cycleClassTotal, seriesColor } from './palette.js';
import type { Device, Report } from './schema.js';

export const COMPARISON_SCHEMA_ID = 'tpusim-compare';
export const COMPARISON_VERSION = 1;

/** One column of a comparison: a TPU run of a config, or the whole model on a fallback device. */
export interface ComparisonEntry {
  /** Unique display name: the config name, or e.g. "cpu (haswell)". */
  label: string;
  kind: 'tpu' | 'device';
  /** 'tpu' for TPU runs; the fallback device of a whole-model device run. */
  device: Device;
  configName: string;
  clockMHz: number;
  fidelity: 'fast' | 'exact';
  /** The run's totals, as in its report. */
  totals: Report['totals'];
  /** The first entry's seconds over this entry's seconds (> 1: faster than the first). */
  speedup: number;
  /** The roofline of the entry's device: the config's TPU, or the fallback device model. */
  roofline: Roofline;
  /** The whole model's MACs per weight byte; null when it has no weights. */
  intensity: number | null;
  /** Layers that ran off the TPU. */
  fallbackLayers: number;
  /** The full hardware config of the run. */
  config: Record<string, unknown>;
}

/** A layer's time in each entry (null where that run has no layer of this name). */
export interface ComparisonLayer {
  name: string;
  op: string;
  perEntry: ({ device: Device; cycles: number; seconds: number } | null)[];
}

/** The content of compare.json. */
export interface Comparison {
  schema: typeof COMPARISON_SCHEMA_ID;
  version: typeof COMPARISON_VERSION;
  createdAt: string;
  model: { name: string; batch: number; macs: number; parameters: number };
  /** Label of the entry speedups are relative to (the first). */
  baseline: string;
  entries: ComparisonEntry[];
  layers: ComparisonLayer[];
}

/** Builds a comparison from reports of the same model and batch; speedups are relative to the first. */
export function buildComparison(reports: readonly Report[]): Comparison {
  if (reports.length === 0) throw new ReportDataError('a comparison needs at least one report');
  const first = reports[0]!;
  reports.forEach((r, i) => {
    if (r.model.name !== first.model.name || r.model.batch !== first.model.batch) {
      throw new ReportDataError(
        `report ${i + 1} is of ${r.model.name} at batch ${r.model.batch}, report 1 of ${first.model.name} at batch ${first.model.batch}: a comparison needs one model at one batch`,
      );
    }
    if (!(r.totals.seconds > 0))
      throw new ReportDataError(`report ${i + 1}: totals.seconds must be positive to compare (got ${r.totals.seconds})`);
  });
  const rawLabels = reports.map((r, i) => entryLabel(r, i));
  const labels = uniqueLabels(rawLabels);
  const entries = reports.map((r, i) => entryOf(r, i, labels[i]!, first.totals.seconds));

  const names: string[] = [];
  const ops = new Map<string, string>();
  for (const r of reports) {
    for (const l of r.layers) {
      if (!ops.has(l.name)) {
        names.push(l.name);
        ops.set(l.name, l.op);
      }
    }
  }
  const byName = reports.map((r) => new Map(r.layers.map((l) => [l.name, l])));
  const layers = names.map((name) => ({
    name,
    op: ops.get(name)!,
    perEntry: byName.map((m) => {
      const l = m.get(name);
      return l ? { device: l.device, cycles: l.cycles, seconds: l.seconds } : null;
    }),
  }));
  return {
    schema: COMPARISON_SCHEMA_ID,
    version: COMPARISON_VERSION,
    createdAt: new Date().toISOString(),
    model: { name: first.model.name, batch: first.model.batch, macs: first.model.macs, parameters: first.model.parameters },
    baseline: labels[0]!,
    entries,
    layers,
  };
}

function entryLabel(r: Report, i: number): string {
  const device = r.target ?? 'tpu';
  if (device === 'tpu') return configEssentials(r.config, `report ${i + 1} config`).name;
  const model = r.fallback.devices[device];
  return model ? `${device} (${model.name})` : device;
}

function entryOf(r: Report, i: number, label: string, baselineSeconds: number): ComparisonEntry {
  const where = `report ${i + 1} config`;
  const c = configEssentials(r.config, where);
  const device = r.target ?? 'tpu';
  let roofline: Roofline;
  if (device === 'tpu') roofline = tpuRoofline(r.config, where);
  else {
    const model = r.fallback.devices[device];
    if (!model) throw new ReportDataError(`report ${i + 1}: fallback.devices.${device} is missing, but the run targeted ${device}`);
    roofline = deviceRoofline(model);
  }
  const weightBytes = r.layers.reduce((s, l) => s + l.bytes.weights, 0);
  const t = r.totals;
  return {
    label,
    kind: device === 'tpu' ? 'tpu' : 'device',
    device,
    configName: c.name,
    clockMHz: c.clockMHz,
    fidelity: r.fidelity,
    totals: t,
    speedup: baselineSeconds / t.seconds,
    roofline,
    intensity: weightBytes > 0 ? t.macs / weightBytes : null,
    fallbackLayers: r.layers.filter((l) => l.device !== 'tpu').length,
    config: r.config,
  };
}

/** The seconds of each cycle class of a TPU entry (cycles / clock). */
function classSeconds(e: ComparisonEntry, k: (typeof CYCLE_CLASSES)[number]): number {
  return e.kind === 'tpu' ? e.totals.counters[k] / (e.clockMHz * 1e6) : 0;
}

/** The plotly charts of a comparison page. */
export function comparisonCharts(c: Comparison): ChartSpec[] {
  const labels = c.entries.map((e) => escapeHtml(e.label));
  const colors = c.entries.map((e, i) => (e.kind === 'device' ? DEVICE_COLORS[e.device] : seriesColor(i)));
  const speedup: ChartSpec = {
    id: 'chart-speedup',
    data: [
      {
        type: 'bar',
        name: 'speedup',
        x: labels,
        y: c.entries.map((e) => e.speedup),
        marker: { color: colors },
        text: c.entries.map((e) => formatSpeedup(e.speedup)),
        textposition: 'outside',
        hovertemplate: `%{x}: %{y:.3~g}× the speed of ${escapeHtml(c.baseline)}<extra></extra>`,
      },
    ],
    layout: chartLayout({
      showlegend: false,
      yaxis: { title: { text: `speedup vs ${escapeHtml(c.baseline)}` }, rangemode: 'tozero' },
      shapes: [{ type: 'line', xref: 'paper', x0: 0, x1: 1, y0: 1, y1: 1, line: { color: '#616e7c', dash: 'dot', width: 1 } }],
    }),
  };

  const breakdownTraces: Data[] = CYCLE_CLASSES.map((k) => ({
    type: 'bar',
    name: COUNTER_LABELS[k],
    x: labels,
    y: c.entries.map((e) => classSeconds(e, k) * 1e6),
    marker: { color: COUNTER_COLORS[k] },
    hovertemplate: `%{x}<br>${COUNTER_LABELS[k]}: %{y:,.4~g} µs<extra></extra>`,
  }));
  breakdownTraces.push(
    {
      type: 'bar',
      name: 'fallback devices',
      x: labels,
      y: c.entries.map((e) => e.totals.fallbackSeconds * 1e6),
      marker: { color: DEVICE_COLORS.cpu, pattern: { shape: '/' } },
      hovertemplate: '%{x}<br>fallback devices: %{y:,.4~g} µs<extra></extra>',
    },
    {
      type: 'bar',
      name: 'transfers',
      x: labels,
      y: c.entries.map((e) => e.totals.transferSeconds * 1e6),
      marker: { color: '#6c7a89' },
      hovertemplate: '%{x}<br>transfers: %{y:,.4~g} µs<extra></extra>',
    },
  );
  const breakdown: ChartSpec = {
    id: 'chart-breakdown',
    data: breakdownTraces,
    layout: chartLayout({ barmode: 'stack', yaxis: { title: { text: 'µs' } } }),
  };

  const layerNames = uniqueLabels(c.layers.map((l) => l.name)).map(escapeHtml);
  const hasDevices = c.entries.some((e) => e.kind === 'device');
  const layers: ChartSpec = {
    id: 'chart-layers',
    data: labels.map((label, i) => ({
      type: 'bar',
      name: label,
      x: layerNames,
      y: c.layers.map((l) => (l.perEntry[i] ? l.perEntry[i]!.seconds * 1e6 : null)),
      marker: { color: colors[i] },
      hovertemplate: `%{x}<br>${label}: %{y:,.4~g} µs<extra></extra>`,
    })),
    layout: chartLayout({
      barmode: 'group',
      xaxis: { tickangle: -45 },
      // whole-model CPU/GPU runs are orders of magnitude slower: a log axis keeps TPU bars visible
      yaxis: hasDevices ? { ...LOG_AXIS, title: { text: 'µs' } } : { title: { text: 'µs' } },
      margin: { l: 70, r: 20, t: 40, b: 110 },
    }),
  };

  const points = c.entries.filter((e) => e.intensity !== null && e.totals.tops > 0);
  const { xmin, xmax, yrange } = rooflineAxes(
    c.entries.map((e) => e.roofline),
    c.entries.map((e) => e.intensity ?? 0),
    points.map((e) => e.totals.tops),
  );
  const roofData = roofTraces(
    c.entries.map((e, i) => ({ roof: e.roofline, color: colors[i]!, name: `${labels[i]} roofline` })),
    xmin,
    xmax,
  );
  roofData.push({
    type: 'scatter',
    mode: 'markers',
    name: 'whole model',
    x: points.map((e) => e.intensity!),
    y: points.map((e) => e.totals.tops),
    text: points.map((e) => escapeHtml(e.label)),
    marker: { size: 11, color: points.map((e) => colors[c.entries.indexOf(e)]!), line: { color: '#fff', width: 1 } },
    hovertemplate: '<b>%{text}</b><br>%{x:,.4~g} MACs per weight byte<br>%{y:.3~g} TOPS<extra></extra>',
  });
  const roofline: ChartSpec = {
    id: 'chart-roofline',
    data: roofData,
    layout: chartLayout({
      xaxis: { ...LOG_AXIS, title: { text: 'operational intensity (MACs per weight byte)' } },
      yaxis: { ...LOG_AXIS, title: { text: 'TOPS (2 ops per MAC)' }, range: yrange },
    }),
  };
  return [speedup, breakdown, layers, roofline];
}

/** Renders the comparison page. */
export function renderCompareHtml(c: Comparison): string {
  const charts = comparisonCharts(c);
  const chart = (id: string): ChartSpec => charts.find((s) => s.id === id)!;
  const fastest = c.entries.reduce((best, e) => (e.totals.seconds < best.totals.seconds ? e : best), c.entries[0]!);
  const summary = `<div class="summary"><div class="kpis">${[
    kpi('Entries', formatInt(c.entries.length), c.entries.map((e) => e.label).join(', ')),
    kpi('Baseline', c.baseline, formatSeconds(c.entries[0]!.totals.seconds)),
    kpi('Fastest', fastest.label, `${formatSeconds(fastest.totals.seconds)} · ${formatSpeedup(fastest.speedup)} vs ${c.baseline}`),
    kpi('Model work', formatSi(c.model.macs, 'MAC'), `batch ${formatInt(c.model.batch)}`),
  ].join('')}</div></div>`;

  const sections = [
    section(
      'totals',
      'Totals side by side',
      totalsTable(c),
      `Speedup is the baseline's time over each entry's time (${escapeHtml(c.baseline)} = 1×).`,
    ),
    section(
      'speedup',
      'Speedup',
      chartBlock(chart('chart-speedup'), `Relative to ${escapeHtml(c.baseline)}; the dotted line marks 1×.`) +
        chartBlock(
          chart('chart-breakdown'),
          "Time of each entry split into matrix-unit cycle classes (at that config's clock), fallback-device time and Send/Recv transfers. Overlap between units can make the parts add to more than the end-to-end time.",
        ),
    ),
    section(
      'per-layer',
      'Per layer',
      chartBlock(chart('chart-layers'), 'Modelled time of each layer in each entry.', { size: 'tall' }) + layersTable(c),
    ),
    section(
      'roofline',
      'Rooflines',
      chartBlock(
        chart('chart-roofline'),
        "Each entry's roofline (ceiling and weight-memory slope) with the whole model as a point at its intensity and achieved TOPS.",
        { size: 'tall' },
      ) + rooflineTable(c),
    ),
    section(
      'configs',
      'Config differences',
      configDiffTable(c),
      'Fields whose values differ between the TPU configs; the full configs are in compare.json.',
    ),
  ];
  return renderPage({
    title: `${c.model.name}: ${c.entries.map((e) => e.label).join(' vs ')} — tpusim comparison`,
    heading: `${c.model.name}: ${c.entries.map((e) => e.label).join(' vs ')}`,
    subheading: `model <b>${escapeHtml(c.model.name)}</b> · batch <b>${formatInt(c.model.batch)}</b> · baseline <b>${escapeHtml(c.baseline)}</b>`,
    summary,
    nav: [
      { id: 'totals', label: 'Totals' },
      { id: 'speedup', label: 'Speedup' },
      { id: 'per-layer', label: 'Per layer' },
      { id: 'roofline', label: 'Rooflines' },
      { id: 'configs', label: 'Configs' },
    ],
    sections,
    charts,
    data: c,
    footer: `Generated by tpusim at ${escapeHtml(c.createdAt)} from compare.json (schema ${COMPARISON_SCHEMA_ID} v${COMPARISON_VERSION}).`,
  });
}

function totalsTable(c: Comparison): string {
  const columns: Column[] = [{ label: '' }, ...c.entries.map((e) => ({ label: e.label, numeric: true }))];
  const classShare = (e: ComparisonEntry, k: (typeof CYCLE_CLASSES)[number]): string | null => {
    const sum = cycleClassTotal(e.totals.counters);
    return e.kind === 'tpu' && sum > 0 ? formatPercent(e.totals.counters[k] / sum) : null;
  };
  const row = (label: string, f: (e: ComparisonEntry) => Cell): Cell[] => [label, ...c.entries.map(f)];
  const rows: Cell[][] = [
    row('runs on', (e) => deviceTag(e.device)),
    row('time', (e) => formatSeconds(e.totals.seconds)),
    row('speedup', (e) => html(`<b>${escapeHtml(formatSpeedup(e.speedup))}</b>`)),
    row('cycles', (e) => e.totals.cycles),
    row('clock', (e) => formatSi(e.clockMHz * 1e6, 'Hz')),
    row('achieved', (e) => formatTops(e.totals.tops)),
    row('of peak', (e) => formatPercent(e.totals.tops / e.roofline.peakTops)),
    row('utilization', (e) => (e.kind === 'tpu' ? formatPercent(e.totals.utilization) : null)),
    ...CYCLE_CLASSES.map((k) => row(COUNTER_LABELS[k]!, (e) => classShare(e, k))),
    row('RAW stalls', (e) => (e.kind === 'tpu' ? e.totals.counters.rawStallCycles : null)),
    row('input stalls', (e) => (e.kind === 'tpu' ? e.totals.counters.inputStallCycles : null)),
    row('layers off the TPU', (e) => e.fallbackLayers),
    row('fallback time', (e) => formatSeconds(e.totals.fallbackSeconds)),
    row('transfers', (e) => formatSeconds(e.totals.transferSeconds)),
    row('fidelity', (e) => e.fidelity),
  ];
  return htmlTable(columns, rows);
}

function layersTable(c: Comparison): string {
  const columns: Column[] = [
    { label: 'layer' },
    { label: 'op' },
    ...c.entries.flatMap((e) => [
      { label: `${e.label} cycles`, numeric: true },
      { label: `${e.label} time`, numeric: true },
    ]),
  ];
  const rows = c.layers.map((l) => [
    l.name,
    l.op,
    ...l.perEntry.flatMap((p) =>
      p ? [p.cycles, `${formatSeconds(p.seconds)}${p.device !== 'tpu' ? ` (${p.device})` : ''}`] : [null, null],
    ),
  ]);
  return `<details><summary>Per-layer cycles and time of every entry (${formatInt(c.layers.length)} layers)</summary>${htmlTable(columns, rows, { scroll: true })}</details>`;
}

function rooflineTable(c: Comparison): string {
  return htmlTable(
    [
      { label: 'entry' },
      { label: 'roofline of' },
      { label: 'peak', numeric: true },
      { label: 'memory bandwidth', numeric: true },
      { label: 'ridge (MACs/B)', numeric: true },
      { label: 'model intensity (MACs/B)', numeric: true },
      { label: 'achieved', numeric: true },
    ],
    c.entries.map((e) => [
      e.label,
      e.roofline.label,
      formatTops(e.roofline.peakTops),
      Number.isFinite(e.roofline.bandwidthGBps) ? `${formatNumber(e.roofline.bandwidthGBps)} GB/s` : 'ideal',
      e.roofline.ridgeIntensity > 0 ? formatNumber(e.roofline.ridgeIntensity) : null,
      e.intensity === null ? null : formatNumber(e.intensity),
      formatTops(e.totals.tops),
    ]),
  );
}

function configDiffTable(c: Comparison): string {
  // whole-model device runs do not use the TPU config
  const tpuEntries = c.entries.filter((e) => e.kind === 'tpu');
  const flat = tpuEntries.map((e) => new Map(flattenConfig(e.config).map((f) => [f.path, f.value])));
  const paths: string[] = [];
  for (const m of flat) for (const p of m.keys()) if (!paths.includes(p)) paths.push(p);
  const differing = paths.filter((p) => new Set(flat.map((m) => JSON.stringify(m.get(p) ?? null))).size > 1);
  if (differing.length === 0)
    return `<p>${tpuEntries.length > 1 ? 'All TPU runs used the same hardware config.' : 'Only one TPU config was run.'}</p>`;
  return htmlTable(
    [{ label: 'field' }, ...tpuEntries.map((e) => ({ label: e.label, wrap: true }))],
    differing.map((p) => [html(`<code>${escapeHtml(p)}</code>`), ...flat.map((m) => (m.has(p) ? String(m.get(p)) : null))]),
  );
}
