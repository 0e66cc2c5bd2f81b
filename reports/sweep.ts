// Sweeps over hardware parameters: parsing `--set key=v1,v2`, the cartesian product of the values
// (with a limit), the result written to sweep.json / sweep.csv, and the sweep page.
import type { Data } from 'plotly.js-dist-min';
import { toCsv } from './csv.js';
import { escapeHtml, formatInt, formatPercent, formatSeconds, formatSpeedup, formatTops } from './format.js';
import { configEssentials, flattenConfig } from './hardware.js';
import { type Cell, type ChartSpec, type Column, chartBlock, chartLayout, html, htmlTable, kpi, renderPage, section } from './page.js';
import { CYCLE_CLASSES, cycleClassTotal, seriesColor } from './palette.js';
import type { Report } from './schema.js';

export const SWEEP_SCHEMA_ID = 'tpusim-sweep';
export const SWEEP_VERSION = 1;
/** Sweeps larger than this are refused unless forced. */
export const DEFAULT_SWEEP_LIMIT = 256;
/** Sweeps larger than this are refused even when forced (a typo, not a plan). */
export const HARD_SWEEP_LIMIT = 100_000;

/** A problem with a sweep's specification (bad --set, unknown field, too many points). */
export class SweepSpecError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SweepSpecError';
  }
}

/** A value a swept config field takes. */
export type SweepValue = number | boolean | string;

/** One swept field and the values it takes, in the order given. */
export interface SweepParameter {
  key: string;
  values: SweepValue[];
}

/** One point of the cartesian product. */
export interface SweepPoint {
  index: number;
  /** The value of every swept field at this point, keyed by field path. */
  values: Record<string, SweepValue>;
}

const KEY_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
const NUMBER_PATTERN = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Parses one value of `--set`: "true"/"false" are booleans, decimal numbers are numbers, the rest strings. */
export function parseSetValue(text: string): SweepValue {
  const t = text.trim();
  if (t === 'true') return true;
  if (t === 'false') return false;
  if (NUMBER_PATTERN.test(t)) return Number(t);
  return t;
}

/** Parses `--set key=v1,v2,...`; errors quote the option. */
export function parseSetOption(text: string): SweepParameter {
  const where = `--set ${text}`;
  const eq = text.indexOf('=');
  if (eq < 0) throw new SweepSpecError(`${where}: expected key=value[,value...] (e.g. --set matrix.rows=64,128,256)`);
  const key = text.slice(0, eq).trim();
  if (!key) throw new SweepSpecError(`${where}: the field name before '=' is empty`);
  if (!KEY_PATTERN.test(key))
    throw new SweepSpecError(`${where}: '${key}' is not a config field path (dot-separated names, e.g. weightMemory.bandwidthGBps)`);
  const raw = text.slice(eq + 1).split(',');
  const values: SweepValue[] = [];
  raw.forEach((item, i) => {
    if (item.trim() === '') throw new SweepSpecError(`${where}: value ${i + 1} of ${raw.length} is empty`);
    const v = parseSetValue(item);
    if (values.some((x) => x === v)) throw new SweepSpecError(`${where}: the value ${item.trim()} is listed twice`);
    values.push(v);
  });
  return { key, values };
}

/** Number of points of the product of the parameters' values. */
export function sweepSize(params: readonly SweepParameter[]): number {
  return params.reduce((n, p) => n * p.values.length, 1);
}

/**
 * Expands the cartesian product (the first parameter varies slowest, so point 0 takes every first
 * value). Refuses more than `limit` points unless `force`, and more than HARD_SWEEP_LIMIT always.
 */
export function expandSweep(params: readonly SweepParameter[], opts: { limit?: number; force?: boolean } = {}): SweepPoint[] {
  if (params.length === 0) throw new SweepSpecError('a sweep needs at least one --set key=v1,v2,...');
  const seen = new Set<string>();
  for (const p of params) {
    if (seen.has(p.key)) throw new SweepSpecError(`--set ${p.key}: the field is swept twice; give all its values in one --set`);
    seen.add(p.key);
    if (p.values.length === 0) throw new SweepSpecError(`--set ${p.key}: no values`);
  }
  const size = sweepSize(params);
  const shape = params.map((p) => p.values.length).join(' × ');
  const limit = opts.limit ?? DEFAULT_SWEEP_LIMIT;
  if (size > HARD_SWEEP_LIMIT) {
    throw new SweepSpecError(
      `the sweep has ${formatInt(size)} points (${shape} values), more than tpusim runs even with --force (${formatInt(HARD_SWEEP_LIMIT)})`,
    );
  }
  if (size > limit && !opts.force) {
    throw new SweepSpecError(
      `the sweep has ${formatInt(size)} points (${shape} values), more than the limit of ${formatInt(limit)}; pass --force to run it anyway`,
    );
  }
  const points: SweepPoint[] = [];
  for (let index = 0; index < size; index++) {
    const values: Record<string, SweepValue> = {};
    let rest = index;
    for (let i = params.length - 1; i >= 0; i--) {
      const p = params[i]!;
      values[p.key] = p.values[rest % p.values.length]!;
      rest = Math.floor(rest / p.values.length);
    }
    // keep the parameters' order in the record
    points.push({ index, values: Object.fromEntries(params.map((p) => [p.key, values[p.key]!])) });
  }
  return points;
}

/** Checks that every swept key is a field of the base config and that its values have the field's type. */
export function checkSweepKeys(params: readonly SweepParameter[], base: Record<string, unknown>): void {
  const fields = flattenConfig(base);
  const byPath = new Map(fields.map((f) => [f.path, f.value]));
  for (const p of params) {
    if (!byPath.has(p.key)) {
      const children = fields.filter((f) => f.path.startsWith(`${p.key}.`)).map((f) => f.path);
      if (children.length) throw new SweepSpecError(`--set ${p.key}: is a group of fields; set one of ${children.join(', ')}`);
      throw new SweepSpecError(`--set ${p.key}: the config has no such field (fields: ${fields.map((f) => f.path).join(', ')})`);
    }
    const current = byPath.get(p.key);
    for (const v of p.values) {
      if (typeof v !== typeof current) {
        throw new SweepSpecError(
          `--set ${p.key}=${String(v)}: the field holds a ${typeof current} (it is ${JSON.stringify(current)} in the base config), not a ${typeof v}`,
        );
      }
    }
  }
}

/** The key totals of one run that a sweep keeps. */
export interface SweepTotals {
  cycles: number;
  seconds: number;
  macs: number;
  tops: number;
  utilization: number;
  tpuCycles: number;
  fallbackSeconds: number;
  transferSeconds: number;
  clockMHz: number;
  activeCycles: number;
  weightStallCycles: number;
  weightShiftCycles: number;
  nonMatrixCycles: number;
  rawStallCycles: number;
  inputStallCycles: number;
}

/** The key totals of a report. */
export function sweepTotals(report: Report): SweepTotals {
  const t = report.totals;
  return {
    cycles: t.cycles,
    seconds: t.seconds,
    macs: t.macs,
    tops: t.tops,
    utilization: t.utilization,
    tpuCycles: t.tpuCycles,
    fallbackSeconds: t.fallbackSeconds,
    transferSeconds: t.transferSeconds,
    clockMHz: configEssentials(report.config, 'report.config').clockMHz,
    activeCycles: t.counters.activeCycles,
    weightStallCycles: t.counters.weightStallCycles,
    weightShiftCycles: t.counters.weightShiftCycles,
    nonMatrixCycles: t.counters.nonMatrixCycles,
    rawStallCycles: t.counters.rawStallCycles,
    inputStallCycles: t.counters.inputStallCycles,
  };
}

/** How one point ended. */
export type SweepOutcome =
  { status: 'ok'; totals: SweepTotals; wallMs: number } | { status: 'failed'; error: string; wallMs: number | null };

/** One point of a finished sweep. */
export type SweepPointResult = SweepPoint &
  SweepOutcome & {
    /** The baseline's seconds over this point's seconds; null for failed points or without a baseline. */
    speedup: number | null;
  };

/** The content of sweep.json. */
export interface SweepResult {
  schema: typeof SWEEP_SCHEMA_ID;
  version: typeof SWEEP_VERSION;
  createdAt: string;
  model: string;
  baseConfig: string;
  parameters: SweepParameter[];
  /** Index of the point speedups are relative to: point 0 (every first value), or the first that succeeded. */
  baselineIndex: number | null;
  /** Worker threads used and the sweep's wall-clock milliseconds. */
  jobs: number;
  wallMs: number;
  points: SweepPointResult[];
}

/** Assembles a sweep's result from its points and their outcomes (in any order). */
export function buildSweepResult(args: {
  model: string;
  baseConfig: string;
  parameters: SweepParameter[];
  points: readonly SweepPoint[];
  outcomes: ReadonlyMap<number, SweepOutcome>;
  jobs: number;
  wallMs: number;
}): SweepResult {
  const merged = args.points.map((p) => {
    const o = args.outcomes.get(p.index);
    if (!o) throw new RangeError(`sweep point ${p.index} has no outcome`);
    return { ...p, ...o };
  });
  const baseline = merged.find((p) => p.status === 'ok');
  const baseSeconds = baseline?.status === 'ok' ? baseline.totals.seconds : null;
  return {
    schema: SWEEP_SCHEMA_ID,
    version: SWEEP_VERSION,
    createdAt: new Date().toISOString(),
    model: args.model,
    baseConfig: args.baseConfig,
    parameters: args.parameters,
    baselineIndex: baseline ? baseline.index : null,
    jobs: args.jobs,
    wallMs: args.wallMs,
    points: merged.map((p) => ({ ...p, speedup: p.status === 'ok' && baseSeconds !== null ? baseSeconds / p.totals.seconds : null })),
  };
}

// clockMHz is left out: it is either swept (a parameter column already) or the base config's
const TOTAL_COLUMNS: readonly (keyof SweepTotals)[] = [
  'cycles',
  'seconds',
  'tops',
  'utilization',
  'macs',
  'tpuCycles',
  'fallbackSeconds',
  'transferSeconds',
  ...CYCLE_CLASSES,
  'rawStallCycles',
  'inputStallCycles',
];

/** sweep.csv: one row per point with the swept values, status, error, speedup and key totals. */
export function sweepCsv(result: SweepResult): string {
  const header = ['index', ...result.parameters.map((p) => p.key), 'status', 'error', 'speedup', ...TOTAL_COLUMNS, 'wallMs'];
  const rows = result.points.map((p) => [
    p.index,
    ...result.parameters.map((q) => p.values[q.key] ?? null),
    p.status,
    p.status === 'failed' ? p.error : null,
    p.speedup,
    ...TOTAL_COLUMNS.map((k) => (p.status === 'ok' ? p.totals[k] : null)),
    p.wallMs,
  ]);
  return toCsv(header, rows);
}

/** Lines drawn per parameter chart before they collapse into a scatter of all points plus the best line. */
const MAX_LINES = 8;

function axisType(values: readonly SweepValue[]): 'log' | 'linear' | 'category' {
  if (!values.every((v) => typeof v === 'number')) return 'category';
  const nums = values as number[];
  const min = Math.min(...nums);
  return min > 0 && Math.max(...nums) / min >= 8 ? 'log' : 'linear';
}

function describe(values: Record<string, SweepValue>, keys: readonly string[]): string {
  return keys.map((k) => `${k}=${String(values[k])}`).join(', ');
}

/** The plotly charts of a sweep page: speedup against each parameter, and a heat map for two. */
export function sweepCharts(result: SweepResult): ChartSpec[] {
  const ok = result.points.filter((p) => p.status === 'ok' && p.speedup !== null);
  const charts: ChartSpec[] = result.parameters.map((param, i) => {
    const others = result.parameters.filter((q) => q.key !== param.key).map((q) => q.key);
    const type = axisType(param.values);
    const xOf = (v: SweepValue): string | number => (typeof v === 'number' && type !== 'category' ? v : String(v));
    const groups = new Map<string, typeof ok>();
    for (const p of ok) {
      const g = describe(p.values, others);
      groups.set(g, [...(groups.get(g) ?? []), p]);
    }
    const order = (list: typeof ok): typeof ok =>
      [...list].sort((a, b) => param.values.indexOf(a.values[param.key]!) - param.values.indexOf(b.values[param.key]!));
    let data: Data[];
    if (groups.size <= MAX_LINES) {
      data = [...groups.entries()].map(([g, list], j) => {
        const sorted = order(list);
        return {
          type: 'scatter',
          mode: 'lines+markers',
          name: escapeHtml(g || 'speedup'),
          x: sorted.map((p) => xOf(p.values[param.key]!)),
          y: sorted.map((p) => p.speedup),
          marker: { color: seriesColor(j), size: 8 },
          line: { color: seriesColor(j) },
          hovertemplate: `${escapeHtml(param.key)}=%{x}${g ? `<br>${escapeHtml(g)}` : ''}<br>speedup %{y:.3~g}×<extra></extra>`,
        };
      });
    } else {
      const best = param.values
        .map((v) => ({ v, s: Math.max(...ok.filter((p) => p.values[param.key] === v).map((p) => p.speedup!)) }))
        .filter((b) => Number.isFinite(b.s));
      data = [
        {
          type: 'scatter',
          mode: 'markers',
          name: 'every point',
          x: ok.map((p) => xOf(p.values[param.key]!)),
          y: ok.map((p) => p.speedup),
          text: ok.map((p) => escapeHtml(describe(p.values, others))),
          marker: { color: '#9aa5b1', size: 7, opacity: 0.7 },
          hovertemplate: `${escapeHtml(param.key)}=%{x}<br>%{text}<br>speedup %{y:.3~g}×<extra></extra>`,
        },
        {
          type: 'scatter',
          mode: 'lines+markers',
          name: 'best of the other parameters',
          x: best.map((b) => xOf(b.v)),
          y: best.map((b) => b.s),
          marker: { color: seriesColor(0), size: 8 },
          line: { color: seriesColor(0) },
          hovertemplate: `${escapeHtml(param.key)}=%{x}<br>best speedup %{y:.3~g}×<extra></extra>`,
        },
      ];
    }
    return {
      id: `chart-param-${i}`,
      data,
      layout: chartLayout({
        xaxis: {
          title: { text: escapeHtml(param.key) },
          type,
          ...(type === 'category' ? { categoryorder: 'array', categoryarray: param.values.map(String) } : {}),
        },
        yaxis: { title: { text: 'speedup' }, rangemode: 'tozero' },
        showlegend: data.length > 1,
      }),
    };
  });
  if (result.parameters.length === 2) {
    const [a, b] = result.parameters as [SweepParameter, SweepParameter];
    const at = (va: SweepValue, vb: SweepValue) => result.points.find((p) => p.values[a.key] === va && p.values[b.key] === vb);
    const z = a.values.map((va) => b.values.map((vb) => at(va, vb)?.speedup ?? null));
    charts.push({
      id: 'chart-heatmap',
      data: [
        {
          type: 'heatmap',
          x: b.values.map(String),
          y: a.values.map(String),
          z,
          text: z.map((row) => row.map((v) => (v === null ? 'failed' : formatSpeedup(v)))),
          colorscale: 'Viridis',
          texttemplate: '%{text}',
          hovertemplate: `${escapeHtml(a.key)}=%{y}<br>${escapeHtml(b.key)}=%{x}<br>speedup %{z:.3~g}×<extra></extra>`,
          colorbar: { title: { text: 'speedup' } },
          hoverongaps: false,
        },
      ],
      layout: chartLayout({
        xaxis: { title: { text: escapeHtml(b.key) }, type: 'category' },
        yaxis: { title: { text: escapeHtml(a.key) }, type: 'category' },
      }),
    });
  }
  return charts;
}

/** Renders the sweep page. */
export function renderSweepHtml(result: SweepResult): string {
  const charts = sweepCharts(result);
  const ok = result.points.filter((p) => p.status === 'ok');
  const failed = result.points.filter((p) => p.status === 'failed');
  const keys = result.parameters.map((p) => p.key);
  const baseline = result.baselineIndex === null ? undefined : result.points[result.baselineIndex];
  const best = ok.reduce<(typeof ok)[number] | undefined>((b, p) => (!b || (p.speedup ?? 0) > (b.speedup ?? 0) ? p : b), undefined);
  const summary = `<div class="summary"><div class="kpis">${[
    kpi('Points', formatInt(result.points.length), `${formatInt(ok.length)} ok, ${formatInt(failed.length)} failed`),
    kpi(
      'Baseline',
      baseline?.status === 'ok' ? formatSeconds(baseline.totals.seconds) : 'none',
      baseline ? `point ${baseline.index}: ${describe(baseline.values, keys)}` : 'no point succeeded',
    ),
    kpi('Best', best ? formatSpeedup(best.speedup) : '–', best ? `point ${best.index}: ${describe(best.values, keys)}` : ''),
    kpi('Sweep wall-clock', formatSeconds(result.wallMs / 1000), `${formatInt(result.jobs)} worker threads`),
  ].join('')}</div></div>`;

  const paramCharts = result.parameters
    .map((p, i) =>
      chartBlock(
        charts.find((c) => c.id === `chart-param-${i}`)!,
        `Speedup against ${escapeHtml(p.key)} (values ${p.values.map((v) => escapeHtml(String(v))).join(', ')}); one line per combination of the other parameters.`,
        { size: 'short' },
      ),
    )
    .join('');
  const heat = charts.find((c) => c.id === 'chart-heatmap');
  const sections = [
    section(
      'speedup',
      'Speedup against each parameter',
      paramCharts,
      `Speedup is the baseline point's time over each point's time; the baseline is ${escapeHtml(baseline ? describe(baseline.values, keys) : 'missing')}.`,
    ),
    heat
      ? section(
          'heatmap',
          'Heat map',
          chartBlock(heat, 'Speedup at every combination of the two swept parameters; cells marked failed did not run.', { size: 'tall' }),
        )
      : '',
    section('failed', 'Failed points', failed.length ? failedTable(result) : '<p>Every point ran.</p>'),
    section('points', 'All points', pointsTable(result)),
  ].filter((s) => s !== '');
  return renderPage({
    title: `${result.model} sweep over ${keys.join(', ')} — tpusim`,
    heading: `${result.model}: sweep over ${keys.join(' × ')}`,
    subheading: `model <b>${escapeHtml(result.model)}</b> · base config <b>${escapeHtml(result.baseConfig)}</b> · ${formatInt(result.points.length)} points`,
    summary,
    nav: [
      { id: 'speedup', label: 'Speedup' },
      ...(heat ? [{ id: 'heatmap', label: 'Heat map' }] : []),
      { id: 'failed', label: `Failed (${failed.length})` },
      { id: 'points', label: 'All points' },
    ],
    sections,
    charts,
    data: result,
    footer: `Generated by tpusim at ${escapeHtml(result.createdAt)} from sweep.json (schema ${SWEEP_SCHEMA_ID} v${SWEEP_VERSION}).`,
  });
}

function failedTable(result: SweepResult): string {
  const columns: Column[] = [
    { label: '#', numeric: true },
    ...result.parameters.map((p) => ({ label: p.key })),
    { label: 'error', wrap: true },
  ];
  const rows = result.points
    .filter((p) => p.status === 'failed')
    .map((p) => [p.index, ...result.parameters.map((q) => String(p.values[q.key])), p.status === 'failed' ? p.error : null]);
  return htmlTable(columns, rows);
}

function pointsTable(result: SweepResult): string {
  const columns: Column[] = [
    { label: '#', numeric: true },
    ...result.parameters.map((p) => ({ label: p.key, numeric: p.values.every((v) => typeof v === 'number') })),
    { label: 'status' },
    { label: 'speedup', numeric: true },
    { label: 'time', numeric: true },
    { label: 'cycles', numeric: true },
    { label: 'achieved', numeric: true },
    { label: 'utilization', numeric: true },
    { label: 'weight stall', numeric: true },
    { label: 'host time', numeric: true },
  ];
  const rows = result.points.map((p): Cell[] => {
    const values = result.parameters.map((q) => {
      const v = p.values[q.key]!;
      return typeof v === 'number' ? v.toLocaleString('en-US') : String(v);
    });
    const status = html(`<span class="status-${p.status}">${p.status}</span>`);
    if (p.status === 'failed')
      return [p.index, ...values, status, null, null, null, null, null, null, p.wallMs === null ? null : formatSeconds(p.wallMs / 1000)];
    const t = p.totals;
    const classes = cycleClassTotal(t);
    return [
      p.index,
      ...values,
      status,
      formatSpeedup(p.speedup),
      formatSeconds(t.seconds),
      t.cycles,
      formatTops(t.tops),
      formatPercent(t.utilization),
      classes > 0 ? formatPercent(t.weightStallCycles / classes) : null,
      formatSeconds(p.wallMs / 1000),
    ];
  });
  return htmlTable(columns, rows, { scroll: true });
}
