import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TIMELINE_CAP,
  ReportDataError,
  parseReport,
  PAGE_HEAD_FILE,
  pageHead,
  renderReportHtml,
  renderReportHtmlTail,
  reportCharts,
  type Report,
} from '../../reports/index.js';
import { escapeScriptEnds } from '../../reports/page.js';
import { goldenReport } from './golden-reports.js';
import { tempDir, tpusim } from '../cli/helpers.js';
import { runModel } from '../../runtime/index.js';
import { loadConfig, withOverrides } from '../../sim/index.js';

const plotlyBytes = readFileSync(createRequire(import.meta.url).resolve('plotly.js-dist-min/plotly.min.js'), 'utf8').length;

/** The page without its <script> elements: what the browser parses as markup. */
function markupOf(page: string): string {
  return page.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
}

/** HTML escaping as the page must do it (an independent copy, not the code under test). */
function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** The JSON embedded in `<script type="application/json" id=ID>`. */
function embedded(page: string, id: string): unknown {
  const m = new RegExp(`<script type="application/json" id="${id}">([\\s\\S]*?)</script>`).exec(page);
  expect(m, id).not.toBeNull();
  return JSON.parse(m![1]!);
}

describe('renderReportHtml', () => {
  // a recorded torch export with GPU fallbacks, two of its layers renamed with markup
  const run = goldenReport('smallcnn-op13');
  const hostile: Record<string, string> = {
    '/conv1/Conv': 'conv1 <img src=x onerror=alert(1)>',
    '/AveragePool': 'avgpool</script><script>alert(2)</script>',
  };
  const report: Report = { ...run, layers: run.layers.map((l) => ({ ...l, name: hostile[l.name] ?? l.name })) };
  const page = renderReportHtml(report);
  const markup = markupOf(page);

  it('is one self-contained file: plotly inlined, nothing loaded from anywhere', () => {
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(page.length).toBeGreaterThan(plotlyBytes);
    expect(page).toContain('Plotly.newPlot');
    expect(markup).not.toMatch(/<link\b|<img\b|<iframe\b|@import|url\(/i);
    expect(markup).not.toMatch(/\b(src|href)="(?!#)/i);
    // every <script> element is inline
    expect(page).not.toMatch(/<script[^>]*\bsrc=/i);
  });

  it('escapes names from the report everywhere', () => {
    expect(markup).toContain('conv1 &lt;img src=x onerror=alert(1)&gt;');
    expect(markup).toContain('avgpool&lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(markup).not.toContain('<img src=x');
    // the embedded JSON cannot close its script element early: exactly one closing tag per opening tag
    expect(page.match(/<script\b/g)!.length).toBe(page.match(/<\/script>/g)!.length);
    // and the page's own data still round-trips
    const data = embedded(page, 'tpusim-data') as Report;
    expect(data.layers.map((l) => l.name)).toEqual(report.layers.map((l) => l.name));
  });

  it('embeds the report, with the timeline capped', () => {
    expect(parseReport(embedded(page, 'tpusim-data'))).toEqual(report);
    // a recorded SCALE-Sim topology run whose timeline is longer than the cap
    const alexnet = goldenReport('alexnet-scalesim-ws32');
    expect(alexnet.timeline.entries.length).toBeGreaterThan(DEFAULT_TIMELINE_CAP);
    const data = parseReport(embedded(renderReportHtml(alexnet), 'tpusim-data'));
    expect(data.timeline.entries.length).toBeLessThanOrEqual(DEFAULT_TIMELINE_CAP);
    expect(data.timeline.downsampled).toBe(true);
    expect({ ...data, timeline: alexnet.timeline }).toEqual(alexnet);
    // a huge timeline does not make a huge page
    const entries = Array.from({ length: 100_000 }, (_, i) => ({
      lane: 'matrix' as const,
      start: i * 10,
      end: i * 10 + 7,
      layer: `layer${i % 50}`,
    }));
    const big = renderReportHtml({ ...report, timeline: { cycles: 1_000_000, entries, downsampled: false, resolution: 1 } });
    expect(big.length - page.length).toBeLessThan(300_000);
  });

  it('renders the tables in the HTML itself (readable without JavaScript)', () => {
    for (const heading of [
      'Where the cycles went, per layer',
      'Utilization and mapping efficiency',
      'Roofline',
      'Unit timeline',
      'Layers',
      'Placement',
      'Numerics against float32',
      'Hardware config',
      'Counter definitions',
    ]) {
      expect(markup).toContain(`>${heading}</h2>`);
    }
    for (const l of report.layers) expect(markup).toContain(`<td>${escape(l.name)}</td>`);
    const offTpu = report.placement.filter((x) => x.device !== 'tpu');
    expect(offTpu.length).toBeGreaterThan(0);
    for (const p of offTpu) expect(markup).toContain(escape(p.reason));
    expect(markup).toContain('<code>weightMemory.bandwidthGBps</code>');
    expect(markup).toContain(report.totals.cycles.toLocaleString('en-US'));
  });

  it('defines every counter it shows', () => {
    for (const name of Object.keys(report.totals.counters)) {
      expect(markup).toContain(`<dt>${name}</dt><dd>${escape(report.counterDefinitions[name]!)}</dd>`);
    }
  });

  it('draws the charts the data calls for', () => {
    const charts = reportCharts(report);
    const byId = Object.fromEntries(charts.map((c) => [c.id, c.data.length]));
    // 4 cycle classes + one series per fallback device that ran layers (the GPU here)
    expect(new Set(report.layers.filter((l) => l.device !== 'tpu').map((l) => l.device))).toEqual(new Set(['gpu']));
    expect(byId['chart-cycles']).toBe(5);
    expect(byId['chart-stalls']).toBe(2);
    expect(byId['chart-utilization']).toBe(2);
    // roofs of the devices that ran layers (tpu, gpu); points only for the TPU (the GPU layers have no weights)
    expect(byId['chart-roofline']).toBe(3);
    expect(byId['chart-timeline']).toBe(new Set(report.timeline.entries.map((e) => e.lane)).size);
    expect(embedded(page, 'tpusim-charts')).toHaveLength(charts.length);
    for (const c of charts) expect(markup).toContain(`id="${c.id}"`);
  });

  it('puts the TPU roofline where the TPU paper has it', () => {
    const roofline = reportCharts(report).find((c) => c.id === 'chart-roofline')!;
    const roof = roofline.data[0] as { x: number[]; y: number[] };
    // 256 x 256 x 2 x 700 MHz = 91.75 TOPS; ridge = 65536 x 700e6 / 34e9 = 1349.3 MACs per weight byte
    expect(Math.max(...roof.y)).toBeCloseTo(91.75, 2);
    expect(roof.x[1]).toBeCloseTo(1349.27, 1);
    expect(roof.y[0]! / roof.x[0]!).toBeCloseTo((2 * 34e9) / 1e12, 6);
  });

  it("shows the matrix unit's dataflow (weight stationary for reports that predate matrix.dataflow)", () => {
    expect(page).toContain('<li>dataflow <b>weight stationary</b></li>');
    for (const [df, words] of [
      ['os', 'output stationary'],
      ['is', 'input stationary'],
    ] as const) {
      const r = { ...report, config: { ...report.config, matrix: { ...(report.config['matrix'] as object), dataflow: df } } };
      expect(renderReportHtml(r)).toContain(`<li>dataflow <b>${words}</b></li>`);
    }
    const { dataflow: _, ...old } = report.config['matrix'] as Record<string, unknown>;
    expect(renderReportHtml({ ...report, config: { ...report.config, matrix: old } })).toContain(
      '<li>dataflow <b>weight stationary</b></li>',
    );
  });

  it('fails clearly when the config lacks what the page needs', () => {
    const broken = { ...report, config: { ...report.config, matrix: { cols: 256 } } };
    expect(() => renderReportHtml(broken)).toThrow(ReportDataError);
    expect(() => renderReportHtml(broken)).toThrow(/report\.config\.matrix\.rows/);
    const noDevice = { ...report, fallback: { order: report.fallback.order, devices: {} } };
    expect(() => renderReportHtml(noDevice)).toThrow(/report\.fallback\.devices\.(cpu|gpu): missing, but layer .* ran on/);
  });

  it('shows SCALE-Sim topology rows against the closed form, and whole-model fallback runs', async () => {
    const mlp = goldenReport('mlp');
    const layers = mlp.layers.map((l, i) =>
      i === 0
        ? {
            ...l,
            scalesim: { layer: 'FC1', m: 1, n: 2048, k: 784, folds: 32, formulaCycles: 32 * (2 * 256 + 256 + 1 - 2), matrixCycles: 24_600 },
          }
        : l,
    );
    const page = renderReportHtml({ ...mlp, layers });
    expect(page).toContain("Against SCALE-Sim's closed form");
    expect(page).toMatch(
      /<td>Gemm_0<\/td><td>FC1<\/td><td class="num">1<\/td><td class="num">2,048<\/td><td class="num">784<\/td><td class="num">32<\/td><td class="num">24,544<\/td><td class="num">24,600<\/td><td class="num">56<\/td>/,
    );
    expect(renderReportHtml(mlp)).not.toContain('SCALE-Sim');
    const cpu = renderReportHtml(await runModel('zoo:mlp', loadConfig('tpu-v1'), { batch: 8, device: 'cpu' }));
    expect(cpu).toContain('whole model on <b>cpu</b>');
    expect(cpu).toContain('No TPU program ran');
  });

  it('handles an ideal weight memory (no memory slope) and a report without a timeline or numerics', async () => {
    const ideal = await runModel('zoo:mlp', withOverrides(loadConfig('tpu-v1'), { 'weightMemory.ideal': true }), { batch: 8 });
    const page2 = renderReportHtml({
      ...ideal,
      numerics: null,
      timeline: { cycles: ideal.totals.cycles, entries: [], downsampled: false, resolution: 1 },
    });
    expect(page2).toContain('no memory slope (ideal weight memory)');
    expect(page2).toContain('The report has no timeline entries.');
    expect(page2).toContain('did not compare its outputs');
  });
});

/** The first offset where `a` and `b` differ (-1 when they are equal), for a short failure message. */
function firstDifference(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return a.length === b.length ? -1 : n;
}

describe('pageHead and renderReportHtmlTail', () => {
  it.each(['smallcnn-op13', 'alexnet-scalesim-ws32', 'lstm-b2'] as const)(
    "make renderReportHtml's page as UTF-8, byte for byte (%s)",
    (name) => {
      // non-ASCII text in the markup and the embedded JSON as well as in the plotly bundle
      const run = goldenReport(name);
      const report: Report = { ...run, model: { ...run.model, name: `${run.model.name} — µ</SCRIPT>é` } };
      const bytes = Buffer.concat([pageHead(), renderReportHtmlTail(report)]);
      const text = Buffer.from(renderReportHtml(report), 'utf8');
      expect(bytes.length).toBeGreaterThan(plotlyBytes);
      expect(firstDifference(bytes, text)).toBe(-1);
    },
  );

  it('is what `npm run build` wrote to build/page-head.html (the CLI copies that file)', () => {
    expect(firstDifference(readFileSync(join('build', PAGE_HEAD_FILE)), pageHead())).toBe(-1);
  });
});

describe('tpusim run', () => {
  it("writes the string path's page of its report.json as report.html (the SCALE-Sim ResNet-18 run)", () => {
    const out = tempDir('tpusim-html-');
    const topology = join('tests', 'fixtures', 'scalesim', 'topologies', 'v2', 'conv_nets', 'Resnet18.csv');
    const r = tpusim(['run', topology, '--config', 'scalesim-google', '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    // JSON.parse, not parseReport: the page embeds the report with its keys in the order the run wrote them
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as Report;
    expect(firstDifference(readFileSync(join(out, 'report.html')), Buffer.from(renderReportHtml(report), 'utf8'))).toBe(-1);
  });
});

describe('escapeScriptEnds', () => {
  const escaped = (text: string) => escapeScriptEnds(Buffer.from(text, 'utf8')).toString('utf8');

  it('escapes "</script" in any case, and nothing else', () => {
    expect(escaped('a</script>b</SCRIPT>c</ScRiPt')).toBe('a<\\/script>b<\\/script>c<\\/script');
    expect(escaped('</scrip</scripz<</script')).toBe('</scrip</scripz<<\\/script');
    // non-ASCII letters that upper-case to ASCII do not match, as in a non-Unicode /i regex
    expect(escaped('</ſcript</scrİpt')).toBe('</ſcript</scrİpt');
  });

  it('does to the bytes what the regex does to the decoded text', () => {
    const piece = fc.constantFrom('</', '<', '/', 'script', 'SCRIPT', 'sCrIpT', 'scrip', 'é', '€', '😀', 'x', ' ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(escaped(text)).toBe(text.replace(/<\/script/gi, '<\\/script'));
      }),
    );
  });
});
