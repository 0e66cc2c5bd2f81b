// The shell shared by every HTML page (report, comparison, sweep): one self-contained file with
// plotly inlined, the data embedded as JSON, tables rendered here so they read without JavaScript,
// and a small boot script that draws the charts.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Config, Data, Layout } from 'plotly.js-dist-min';
import { escapeHtml, formatInt } from './format.js';
import { DEVICE_COLORS } from './palette.js';
import type { Device } from './schema.js';

/** One plotly chart: the id of its div, its traces and layout. */
export interface ChartSpec {
  id: string;
  data: Data[];
  layout: Partial<Layout>;
}

/** HTML that a table cell or page part takes as is (already escaped by whoever built it). */
export interface Html {
  readonly html: string;
}

/** Marks trusted, already-escaped markup. */
export function html(markup: string): Html {
  return { html: markup };
}

/** A device name as a badge in the device's colour. */
export function deviceTag(device: Device): Html {
  return html(`<span class="tag" style="background:${DEVICE_COLORS[device]}">${escapeHtml(device)}</span>`);
}

/** A table cell: plain text (escaped), a number (formatted as an integer), trusted HTML, or empty. */
export type Cell = string | number | Html | null;

/** A table column; numeric columns are right-aligned with tabular figures. */
export interface Column {
  label: string;
  numeric?: boolean;
  /** Tooltip for the header (e.g. the counter's definition). */
  title?: string;
  /** Long prose (reasons, definitions, errors) that may wrap; other cells stay on one line. */
  wrap?: boolean;
}

function columnClass(c: Column | undefined): string {
  const classes = [c?.numeric ? 'num' : '', c?.wrap ? 'wrap' : ''].filter(Boolean);
  return classes.length ? ` class="${classes.join(' ')}"` : '';
}

function cellHtml(cell: Cell): string {
  if (cell === null) return '<span class="muted">–</span>';
  if (typeof cell === 'number') return formatInt(cell);
  if (typeof cell === 'string') return escapeHtml(cell);
  return cell.html;
}

/** A server-rendered table; `scroll` caps its height with a sticky header for long lists. */
export function htmlTable(
  columns: readonly Column[],
  rows: readonly (readonly Cell[])[],
  opts: { scroll?: boolean; className?: string } = {},
): string {
  const head = columns
    .map((c) => `<th${columnClass(c)}${c.title ? ` title="${escapeHtml(c.title)}"` : ''}>${escapeHtml(c.label)}</th>`)
    .join('');
  const body = rows
    .map((row) => `<tr>${row.map((cell, i) => `<td${columnClass(columns[i])}>${cellHtml(cell)}</td>`).join('')}</tr>`)
    .join('\n');
  const table = `<table${opts.className ? ` class="${opts.className}"` : ''}><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
  return opts.scroll ? `<div class="table-scroll">${table}</div>` : `<div class="table-wrap">${table}</div>`;
}

/** A chart's placeholder div with a caption; the boot script draws `spec` into it. */
export function chartBlock(spec: ChartSpec, caption: string, opts: { size?: 'short' | 'tall' } = {}): string {
  return `<figure class="chart-block">
<div class="chart${opts.size ? ` ${opts.size}` : ''}" id="${escapeHtml(spec.id)}"><noscript><p class="muted">This chart needs JavaScript; the tables on this page hold the same numbers.</p></noscript></div>
<figcaption>${caption}</figcaption>
</figure>`;
}

/** A headed section with an anchor for the page's navigation. */
export function section(id: string, title: string, body: string, intro = ''): string {
  return `<section id="${escapeHtml(id)}">
<h2>${escapeHtml(title)}</h2>
${intro ? `<p class="intro">${intro}</p>` : ''}
${body}
</section>`;
}

/** A definition list (term → one-line definition), e.g. of the counters shown on a page. */
export function definitionList(items: readonly { term: string; definition: string }[]): string {
  return `<dl class="defs">${items.map((d) => `<dt>${escapeHtml(d.term)}</dt><dd>${escapeHtml(d.definition)}</dd>`).join('')}</dl>`;
}

/** A key figure for the header: a big value, a label and an optional detail line. */
export function kpi(label: string, value: string, detail = ''): string {
  return `<div class="kpi"><div class="kpi-label">${escapeHtml(label)}</div><div class="kpi-value">${escapeHtml(value)}</div>${
    detail ? `<div class="kpi-detail">${escapeHtml(detail)}</div>` : ''
  }</div>`;
}

/** Everything a page is made of. */
export interface PageParts {
  /** The document title (plain text). */
  title: string;
  /** The page heading (plain text) and the line under it (HTML). */
  heading: string;
  subheading: string;
  /** HTML between the heading and the sections (key figures). */
  summary: string;
  nav: readonly { id: string; label: string }[];
  sections: readonly string[];
  charts: readonly ChartSpec[];
  /** The page's source data, embedded as JSON in `<script id="tpusim-data">`. */
  data: unknown;
  footer: string;
}

let plotlySource: string | undefined;

function plotlyPath(): string {
  return createRequire(import.meta.url).resolve('plotly.js-dist-min/plotly.min.js');
}

/** The minified plotly bundle, safe to inline in a <script> element. */
function plotlyBundle(): string {
  if (plotlySource === undefined) {
    // "</script" would end the inline element early; "<\/" means the same inside JS strings and regexes
    plotlySource = readFileSync(plotlyPath(), 'utf8').replace(/<\/script/gi, '<\\/script');
  }
  return plotlySource;
}

/**
 * How every page starts, the same for all: plotly comes first, in <head>, so that this start can be
 * built once (`npm run build` writes `pageHead()` to build/page-head.html) and a page written by
 * copying that file and appending the rest: the CLI's report.html is written that way, without
 * reading plotly's 4.8 MB into memory (zoo:mlp: ~22 ms read, scanned and written, ~3 ms copied).
 */
const HEAD_OPEN = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<script>`;

/** The file name under build/ of the prebuilt `pageHead()`. */
export const PAGE_HEAD_FILE = 'page-head.html';

/** The start of every page as UTF-8 bytes: `renderPage`'s text up to the end of the inlined plotly. */
export function pageHead(): Buffer {
  return Buffer.concat([Buffer.from(HEAD_OPEN), escapeScriptEnds(readFileSync(plotlyPath()))]);
}

const SCRIPT_END = Buffer.from('</script');
const ESCAPED_SCRIPT_END = Buffer.from('<\\/script');

/**
 * UTF-8 text with every "</script" (any case) replaced by "<\/script", as
 * `text.replace(/<\/script/gi, '<\\/script')` does to the decoded text: ASCII bytes never occur
 * inside a multi-byte UTF-8 sequence, so the bytes can be matched directly. Without any, it returns
 * a view of `bytes` itself, not a copy.
 */
export function escapeScriptEnds(bytes: Uint8Array): Buffer {
  const source = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks: Buffer[] = [];
  let copied = 0;
  for (let at = source.indexOf('</'); at !== -1; at = source.indexOf('</', at + 2)) {
    if (!isScriptEnd(source, at)) continue;
    chunks.push(source.subarray(copied, at), ESCAPED_SCRIPT_END);
    copied = at + SCRIPT_END.length;
  }
  if (chunks.length === 0) return source;
  chunks.push(source.subarray(copied));
  return Buffer.concat(chunks);
}

/** Whether "</script" starts at `at`, its letters in any case (ASCII only, as a non-Unicode /i regex). */
function isScriptEnd(source: Buffer, at: number): boolean {
  if (at + SCRIPT_END.length > source.length) return false;
  for (let i = 2; i < SCRIPT_END.length; i++) if ((source[at + i]! | 0x20) !== SCRIPT_END[i]) return false;
  return true;
}

/** JSON that can sit inside a <script> element whatever strings it holds. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const PLOTLY_CONFIG: Partial<Config> = {
  displaylogo: false,
  responsive: true,
  modeBarButtonsToRemove: ['select2d', 'lasso2d'],
  toImageButtonOptions: { format: 'png', scale: 2 },
};

// Draws every chart; a chart that fails shows the error in its box (and on the console).
const BOOT_SCRIPT = `(function () {
  var specs = JSON.parse(document.getElementById('tpusim-charts').textContent);
  var config = ${JSON.stringify(PLOTLY_CONFIG)};
  specs.forEach(function (spec) {
    var el = document.getElementById(spec.id);
    function fail(e) {
      el.textContent = 'This chart could not be drawn: ' + (e && e.message ? e.message : e);
      el.className += ' chart-error';
      console.error('chart ' + spec.id + ':', e);
    }
    try { Promise.resolve(Plotly.newPlot(el, spec.data, spec.layout, config)).catch(fail); } catch (e) { fail(e); }
  });
})();`;

/** Renders a complete, self-contained HTML page. */
export function renderPage(parts: PageParts): string {
  return HEAD_OPEN + plotlyBundle() + pageTail(parts);
}

/** `renderPage`'s page after `pageHead()`, as UTF-8 bytes. */
export function renderPageTail(parts: PageParts): Uint8Array {
  return Buffer.from(pageTail(parts));
}

/** The page's markup after the inlined plotly bundle. */
function pageTail(parts: PageParts): string {
  const nav = parts.nav.map((n) => `<a href="#${escapeHtml(n.id)}">${escapeHtml(n.label)}</a>`).join('');
  return `</script>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="tpusim">
<title>${escapeHtml(parts.title)}</title>
<style>${CSS}</style>
</head>
<body>
<header class="page-header">
<div class="wrap">
<div class="brand">tpusim</div>
<h1>${escapeHtml(parts.heading)}</h1>
<p class="subheading">${parts.subheading}</p>
</div>
</header>
<nav class="page-nav"><div class="wrap">${nav}</div></nav>
<main class="wrap">
${parts.summary}
${parts.sections.join('\n')}
</main>
<footer class="wrap">${parts.footer}</footer>
<script type="application/json" id="tpusim-data">${scriptJson(parts.data)}</script>
<script type="application/json" id="tpusim-charts">${scriptJson(parts.charts)}</script>
<script>${BOOT_SCRIPT}</script>
</body>
</html>
`;
}

/** Layout defaults shared by every chart, merged under each chart's own layout. */
export function chartLayout(layout: Partial<Layout>): Partial<Layout> {
  return {
    font: { family: FONT_STACK, size: 12, color: '#1f2933' },
    paper_bgcolor: '#ffffff',
    plot_bgcolor: '#ffffff',
    margin: { l: 70, r: 20, t: 40, b: 60 },
    hoverlabel: { font: { family: FONT_STACK } },
    legend: { orientation: 'h', x: 0, y: 1.02, xanchor: 'left', yanchor: 'bottom' },
    ...layout,
    xaxis: { gridcolor: '#e5e9ef', zerolinecolor: '#cbd2d9', automargin: true, ...layout.xaxis },
    yaxis: { gridcolor: '#e5e9ef', zerolinecolor: '#cbd2d9', automargin: true, ...layout.yaxis },
  };
}

const FONT_STACK = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

const CSS = `
:root { --ink: #1f2933; --muted: #616e7c; --line: #e4e7eb; --bg: #f5f7fa; --accent: #1d5f9e; --head: #0f2a44; }
* { box-sizing: border-box; }
body { margin: 0; font-family: ${FONT_STACK}; color: var(--ink); background: var(--bg); font-size: 14px; line-height: 1.45; }
.wrap { max-width: 1320px; margin: 0 auto; padding: 0 24px; }
.page-header { background: var(--head); color: #fff; padding: 18px 0 16px; }
.brand { font-size: 12px; letter-spacing: .12em; text-transform: uppercase; color: #9fb3c8; }
h1 { margin: 2px 0 4px; font-size: 26px; font-weight: 650; word-break: break-word; }
.subheading { margin: 0; color: #d9e2ec; }
.subheading b { color: #fff; font-weight: 600; }
.page-nav { background: #fff; border-bottom: 1px solid var(--line); position: sticky; top: 0; z-index: 10; }
.page-nav .wrap { display: flex; flex-wrap: wrap; gap: 4px 18px; padding-top: 8px; padding-bottom: 8px; }
.page-nav a { color: var(--accent); text-decoration: none; font-weight: 500; }
.page-nav a:hover { text-decoration: underline; }
main { padding-top: 18px; padding-bottom: 24px; }
section, .summary { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 16px 20px; margin: 0 0 18px; }
section { scroll-margin-top: 48px; }
h2 { font-size: 18px; margin: 0 0 10px; font-weight: 650; }
h3 { font-size: 15px; margin: 16px 0 8px; font-weight: 600; }
.intro { color: var(--muted); margin: -4px 0 12px; max-width: 960px; }
.muted { color: var(--muted); }
.kpis { display: grid; grid-template-columns: repeat(auto-fill, minmax(190px, 1fr)); gap: 12px; margin-bottom: 14px; }
.kpi { border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; background: #fbfcfd; }
.kpi-label { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
.kpi-value { font-size: 22px; font-weight: 650; font-variant-numeric: tabular-nums; margin-top: 2px; }
.kpi-detail { color: var(--muted); font-size: 12px; font-variant-numeric: tabular-nums; overflow-wrap: anywhere; }
.params { display: flex; flex-wrap: wrap; gap: 6px 8px; margin: 0 0 14px; padding: 0; list-style: none; }
.params li { background: #eef2f7; border-radius: 999px; padding: 3px 10px; font-size: 13px; }
.params li b { font-weight: 600; }
.breakdown { display: flex; height: 26px; border-radius: 6px; overflow: hidden; margin: 6px 0 8px; border: 1px solid var(--line); }
.breakdown span { display: block; height: 100%; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 16px; font-size: 13px; margin-bottom: 10px; }
.swatch { display: inline-block; width: 11px; height: 11px; border-radius: 2px; margin-right: 5px; vertical-align: -1px; }
.table-wrap { overflow-x: auto; }
.table-scroll { overflow: auto; max-height: 70vh; border: 1px solid var(--line); border-radius: 6px; }
.table-scroll thead th { position: sticky; top: 0; }
table { border-collapse: collapse; width: auto; min-width: 50%; font-size: 13px; }
.table-scroll table, table.wide { width: 100%; }
th, td { padding: 5px 12px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; white-space: nowrap; }
td.wrap, th.wrap { white-space: pre-line; min-width: 260px; max-width: 720px; }
th { background: #f0f3f7; font-weight: 600; white-space: nowrap; }
th[title] { text-decoration: underline dotted #9aa5b1; cursor: help; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tbody tr:nth-child(even) td { background: #fafbfc; }
tbody tr:hover td { background: #eef5fc; }
td code, li code { font-size: 12px; }
.tag { display: inline-block; border-radius: 4px; padding: 0 6px; font-size: 12px; font-weight: 600; color: #fff; }
.status-ok { color: #2f9e5b; font-weight: 600; }
.status-failed { color: #c23b3b; font-weight: 600; }
.chart-block { margin: 0 0 16px; }
.chart { width: 100%; height: 420px; }
.chart.tall { height: 520px; }
.chart.short { height: 320px; }
.chart-error { color: #c23b3b; padding: 20px; border: 1px dashed #c23b3b; height: auto; }
figcaption { color: var(--muted); font-size: 13px; margin-top: 4px; }
dl.defs { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0; }
dl.defs dt { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 12.5px; font-weight: 600; }
dl.defs dd { margin: 0; color: #3e4c59; }
details > summary { cursor: pointer; color: var(--accent); font-weight: 500; margin: 8px 0; }
.notes li { margin: 2px 0; }
.grid2 { display: grid; grid-template-columns: 1fr 1fr; gap: 18px; }
@media (max-width: 900px) { .grid2 { grid-template-columns: 1fr; } }
footer { color: var(--muted); font-size: 12px; padding-bottom: 28px; }
@media print { .page-nav { position: static; } section { break-inside: avoid; } }
`;
