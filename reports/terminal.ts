// Compact plain-text summaries for stdout; colour only when the caller says the stream is a terminal.
import { stripVTControlCharacters, styleText } from 'node:util';
import Table from 'cli-table3';
import type { Comparison } from './compare.js';
import { formatInt, formatNumber, formatPercent, formatSeconds, formatSpeedup, formatTops } from './format.js';
import { configEssentials, tpuRoofline } from './hardware.js';
import { COUNTER_LABELS, CYCLE_CLASSES, cycleClassTotal } from './palette.js';
import { describeUbOverflow, placementByDevice, type Report } from './schema.js';
import type { SweepResult } from './sweep.js';

/** Options of the terminal views. */
export interface TerminalOptions {
  /** Use ANSI styles (only for a TTY, and not when NO_COLOR is set). */
  color?: boolean;
  /** How many layers the report summary lists (the slowest first). */
  topLayers?: number;
}

/** Whether to colour output to a stream: a TTY, with NO_COLOR unset. */
export function wantsColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  return stream.isTTY === true && !env['NO_COLOR'] && env['TERM'] !== 'dumb';
}

type Style = Parameters<typeof styleText>[0];

function styler(color: boolean): (style: Style, text: string) => string {
  return color ? (style, text) => styleText(style, text, { validateStream: false }) : (_style, text) => text;
}

const NO_BORDERS = {
  top: '',
  'top-mid': '',
  'top-left': '',
  'top-right': '',
  bottom: '',
  'bottom-mid': '',
  'bottom-left': '',
  'bottom-right': '',
  left: '',
  'left-mid': '',
  mid: '',
  'mid-mid': '',
  right: '',
  'right-mid': '',
  middle: '  ',
};

/**
 * The one text table of the terminal views and the CLI's listings: borderless, columns two spaces
 * apart, a rule under the header, `numeric` columns right-aligned; trailing spaces trimmed.
 */
export function textTable(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  numeric: readonly boolean[] = [],
  color = false,
): string {
  const s = styler(color);
  const table = new Table({
    head: head.map((h) => s('bold', h)),
    colAligns: head.map((_, i) => (numeric[i] ? 'right' : 'left')),
    chars: NO_BORDERS,
    style: { 'padding-left': 0, 'padding-right': 0, head: [], border: [] },
  });
  table.push(...rows.map((r) => [...r]));
  const lines = table
    .toString()
    .split('\n')
    .map((l) => l.trimEnd());
  const width = Math.max(...lines.map((l) => stripVTControlCharacters(l).length));
  lines.splice(1, 0, s('dim', '─'.repeat(width)));
  return lines.join('\n');
}

/** A table set under a heading line. */
function indented(table: string): string {
  return table
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
}

/** The stdout summary of one run: totals, the cycle breakdown, the slowest layers and placement. */
export function renderReportSummary(report: Report, opts: TerminalOptions = {}): string {
  const color = opts.color ?? false;
  const s = styler(color);
  const c = configEssentials(report.config, 'report.config');
  const roof = tpuRoofline(report.config, 'report.config');
  const t = report.totals;
  const lines: string[] = [];
  lines.push(
    `${s('bold', report.model.name)} on ${s('bold', c.name)} · fidelity ${report.fidelity} · batch ${formatInt(report.model.batch)}`,
  );
  lines.push(
    `  ${formatInt(t.cycles)} cycles · ${formatSeconds(t.seconds)} at ${formatNumber(c.clockMHz)} MHz · ${formatTops(t.tops)} (${formatPercent(
      t.tops / roof.peakTops,
    )} of ${formatTops(roof.peakTops)} peak) · utilization ${formatPercent(t.utilization)}`,
  );
  const classTotal = cycleClassTotal(t.counters);
  if (classTotal > 0) {
    const parts = CYCLE_CLASSES.map((k) => `${COUNTER_LABELS[k]} ${formatPercent(t.counters[k] / classTotal)}`);
    lines.push(
      `  matrix unit: ${parts.join(' · ')} (RAW stalls ${formatInt(t.counters.rawStallCycles)}, input stalls ${formatInt(t.counters.inputStallCycles)} cycles)`,
    );
  }
  const top = opts.topLayers ?? 10;
  const layers = [...report.layers].sort((a, b) => b.cycles - a.cycles).slice(0, top);
  if (layers.length > 0) {
    lines.push('', s('bold', `Top ${layers.length} of ${formatInt(report.layers.length)} layers by cycles`));
    const share = (l: Report['layers'][number], k: (typeof CYCLE_CLASSES)[number]): string =>
      l.counters && l.cycles > 0 ? formatPercent(l.counters[k] / l.cycles) : '–';
    // the vector unit's busy cycles, as a column only when some layer used it
    const vector = report.layers.some((l) => (l.counters?.['vectorBusyCycles'] ?? 0) > 0);
    lines.push(
      indented(
        textTable(
          ['layer', 'op', 'device', 'cycles', 'share', 'util.', 'active', 'w.stall', 'w.shift', 'non-mx', ...(vector ? ['vector'] : [])],
          layers.map((l) => [
            l.name,
            l.op,
            l.device,
            formatInt(l.cycles),
            t.cycles > 0 ? formatPercent(l.cycles / t.cycles) : '–',
            formatPercent(l.utilization),
            ...CYCLE_CLASSES.map((k) => share(l, k)),
            ...(vector ? [l.counters ? formatInt(l.counters['vectorBusyCycles'] ?? 0) : '–'] : []),
          ]),
          [false, false, false, true, true, true, true, true, true, true, ...(vector ? [true] : [])],
          color,
        ),
      ),
    );
  }
  lines.push('', s('bold', 'Placement'));
  const placed = placementByDevice(report).filter((p) => p.nodes > 0);
  lines.push(
    `  ${placed.map((p) => `${p.device} ${formatInt(p.nodes)} node${p.nodes === 1 ? '' : 's'} (${formatSeconds(p.seconds)})`).join(' · ') || 'no nodes'}`,
  );
  if (t.fallbackSeconds > 0 || t.transferSeconds > 0) {
    lines.push(`  fallback devices ${formatSeconds(t.fallbackSeconds)} · transfers ${formatSeconds(t.transferSeconds)}`);
  }
  for (const o of report.ubOverflows ?? []) lines.push(`  host memory: ${describeUbOverflow(o)}`);
  for (const p of report.placement.filter((x) => x.device !== 'tpu').slice(0, 5))
    lines.push(`  ${p.node} (${p.op}) → ${p.device}: ${p.reason}`);
  const offTpu = report.placement.filter((x) => x.device !== 'tpu').length;
  if (offTpu > 5) lines.push(`  ... and ${formatInt(offTpu - 5)} more nodes off the TPU (see the HTML report)`);
  for (const n of report.notes) lines.push(`  note: ${n}`);
  return lines.join('\n') + '\n';
}

/** The stdout summary of a comparison: one row per entry. */
export function renderComparisonSummary(c: Comparison, opts: TerminalOptions = {}): string {
  const color = opts.color ?? false;
  const s = styler(color);
  const rows = c.entries.map((e) => [
    e.label,
    e.device,
    formatSeconds(e.totals.seconds),
    formatSpeedup(e.speedup),
    formatInt(e.totals.cycles),
    formatTops(e.totals.tops),
    e.kind === 'tpu' ? formatPercent(e.totals.utilization) : '–',
    formatInt(e.fallbackLayers),
  ]);
  return `${s('bold', c.model.name)} · batch ${formatInt(c.model.batch)} · speedup vs ${c.baseline}\n${indented(
    textTable(
      ['entry', 'device', 'time', 'speedup', 'cycles', 'achieved', 'util.', 'off-TPU layers'],
      rows,
      [false, false, true, true, true, true, true, true],
      color,
    ),
  )}\n`;
}

/** The stdout summary of a sweep: one row per point, failures with their message. */
export function renderSweepSummary(result: SweepResult, opts: TerminalOptions = {}): string {
  const color = opts.color ?? false;
  const s = styler(color);
  const keys = result.parameters.map((p) => p.key);
  const rows = result.points.map((p) => [
    String(p.index),
    ...keys.map((k) => String(p.values[k])),
    p.status === 'ok' ? s('green', 'ok') : s('red', 'failed'),
    p.status === 'ok' ? formatSpeedup(p.speedup) : '–',
    p.status === 'ok' ? formatSeconds(p.totals.seconds) : '–',
    p.status === 'ok' ? formatPercent(p.totals.utilization) : p.error.split('\n')[0]!,
  ]);
  const ok = result.points.filter((p) => p.status === 'ok').length;
  return `${s('bold', result.model)} on ${result.baseConfig} · ${formatInt(result.points.length)} points (${formatInt(ok)} ok, ${formatInt(
    result.points.length - ok,
  )} failed) · ${formatSeconds(result.wallMs / 1000)} on ${formatInt(result.jobs)} threads\n${indented(
    textTable(
      ['#', ...keys, 'status', 'speedup', 'time', 'util. / error'],
      rows,
      [true, ...keys.map(() => true), false, true, true, false],
      color,
    ),
  )}\n`;
}
