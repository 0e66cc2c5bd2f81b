// Opens every kind of HTML page from disk in headless Chromium (Debian's, never a downloaded one):
// no console errors, no requests beyond the file itself, every chart drawn with the traces the data
// calls for. Screenshots go to test-output/screenshots/.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildComparison, renderCompareHtml, renderReportHtml, renderSweepHtml, type Report } from '../../reports/index.js';
import { runModel } from '../../runtime/index.js';
import { loadConfig } from '../../sim/index.js';
import { goldenReport, realSweepResult } from './golden-reports.js';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = join(import.meta.dirname, '..', '..');
const SCREENSHOTS = join(ROOT, 'test-output', 'screenshots');

let context: BrowserContext;
let userDataDir: string;
let pagesDir: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: the HTML report tests need Debian's Chromium (apt-get install chromium)`);
  }
  userDataDir = mkdtempSync(join(tmpdir(), 'tpusim-chromium-'));
  pagesDir = mkdtempSync(join(tmpdir(), 'tpusim-pages-'));
  mkdirSync(SCREENSHOTS, { recursive: true });
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    viewport: { width: 1400, height: 900 },
  });
});

afterAll(async () => {
  await context?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  if (pagesDir) rmSync(pagesDir, { recursive: true, force: true });
});

interface ChartState {
  id: string;
  svgs: number;
  traces: number;
  drawnTraces: number;
}

/** Opens a page from disk, waits for its charts, and returns what the browser saw. */
async function openPage(name: string, html: string) {
  const file = join(pagesDir, `${name}.html`);
  writeFileSync(file, html);
  const url = pathToFileURL(file).href;
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on('request', (r) => {
    if (r.url() !== url && !r.url().startsWith('data:')) problems.push(`unexpected request: ${r.url()}`);
  });
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  // in-page code is given as strings: the test's tsconfig has no DOM types
  // every chart div gets plotly's SVG once drawn (or an error box)
  await page.waitForFunction(
    `[...document.querySelectorAll('.chart')].every((el) => el.querySelector('.main-svg') || el.classList.contains('chart-error'))`,
    null,
    {
      timeout: 60_000,
    },
  );
  const charts = (await page.evaluate(`[...document.querySelectorAll('.chart')].map((el) => ({
    id: el.id,
    svgs: el.querySelectorAll('.main-svg').length,
    traces: el.data ? el.data.length : 0,
    drawnTraces: el._fullData ? el._fullData.length : 0,
  }))`)) as ChartState[];
  const errorBoxes = await page.locator('.chart-error').count();
  const text = await page.locator('main').innerText();
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  await page.close();
  return { problems, charts, errorBoxes, text };
}

/** Checks every chart was drawn and has the expected number of traces. */
function expectCharts(charts: ChartState[], expected: Record<string, number>): void {
  expect(charts.map((c) => c.id).sort()).toEqual(Object.keys(expected).sort());
  for (const c of charts) {
    expect(c.svgs, c.id).toBeGreaterThan(0);
    expect(c.traces, c.id).toBe(expected[c.id]);
    expect(c.drawnTraces, c.id).toBe(expected[c.id]);
  }
}

/** The traces a report page must draw, worked out from the report itself. */
function expectedReportTraces(report: Report): Record<string, number> {
  const fallback = new Set(report.layers.filter((l) => l.device !== 'tpu').map((l) => l.device));
  const pointDevices = new Set(report.layers.filter((l) => (l.intensity ?? 0) > 0 && l.tops > 0).map((l) => l.device));
  const lanes = new Set(report.timeline.entries.map((e) => e.lane));
  return {
    'chart-cycles': 4 + fallback.size,
    'chart-stalls': 2,
    'chart-utilization': 2,
    'chart-roofline': 1 + fallback.size + pointDevices.size,
    'chart-timeline': lanes.size,
  };
}

// each page parses the 4.8 MB plotly bundle; leave room for a busy CI machine
describe('HTML pages in Chromium', { timeout: 120_000 }, () => {
  it('the report page draws every chart, offline, without errors', async () => {
    // a recorded SCALE-Sim topology run, its timeline longer than the page's cap
    const report = goldenReport('alexnet-scalesim-ws32');
    const r = await openPage('report', renderReportHtml(report));
    expect(r.problems).toEqual([]);
    expect(r.errorBoxes).toBe(0);
    expectCharts(r.charts, expectedReportTraces(report));
    expect(r.text).toContain('Where the cycles went, per layer');
  });

  it('a report with hostile layer names shows them as text and runs nothing', async () => {
    const run = goldenReport('smallcnn-op13');
    const hostile: Record<string, string> = {
      '/conv1/Conv': 'conv1 <img src=x onerror=alert(1)>',
      '/AveragePool': 'avgpool</script><script>alert(2)</script>',
    };
    const report: Report = { ...run, layers: run.layers.map((l) => ({ ...l, name: hostile[l.name] ?? l.name })) };
    const r = await openPage('report-hostile-names', renderReportHtml(report));
    // an injected <img src=x> would request x; an injected script would open a dialog
    expect(r.problems).toEqual([]);
    expectCharts(r.charts, expectedReportTraces(report));
    expect(r.text).toContain('conv1 <img src=x onerror=alert(1)>');
    expect(r.text).toContain('avgpool</script><script>alert(2)</script>');
  });

  it('the comparison page draws every chart', async () => {
    // real runs of zoo:mlp: whole on the CPU, three TPU configs, whole on the GPU
    const v1 = loadConfig('tpu-v1');
    const reports = [
      await runModel('zoo:mlp', v1, { batch: 8, device: 'cpu' }),
      await runModel('zoo:mlp', v1, { batch: 8 }),
      await runModel('zoo:mlp', loadConfig('tpu-v1-gddr5'), { batch: 8 }),
      await runModel('zoo:mlp', loadConfig('tpu-v1-512'), { batch: 8 }),
      await runModel('zoo:mlp', v1, { batch: 8, device: 'gpu' }),
    ];
    const r = await openPage('compare', renderCompareHtml(buildComparison(reports)));
    expect(r.problems).toEqual([]);
    expectCharts(r.charts, {
      'chart-speedup': 1,
      'chart-breakdown': 6,
      'chart-layers': reports.length,
      'chart-roofline': reports.length + 1,
    });
  });

  it('the sweep page draws a chart per parameter and the heat map', async () => {
    const sweep = await realSweepResult();
    const r = await openPage('sweep', renderSweepHtml(sweep));
    expect(r.problems).toEqual([]);
    // 3 x 3 sweep: each parameter chart has one line per value of the other parameter
    expectCharts(r.charts, { 'chart-param-0': 3, 'chart-param-1': 3, 'chart-heatmap': 1 });
    expect(r.text).toContain('Failed points');
  });

  it('a real run (an ONNX model with fallback layers) draws every chart, offline, without errors', async () => {
    const report = await runModel(join(ROOT, 'tests', 'fixtures', 'onnx', 'smallcnn-op13.onnx'), loadConfig('tpu-v1'));
    expect(report.layers.some((l) => l.device !== 'tpu')).toBe(true);
    const r = await openPage('real-report', renderReportHtml(report));
    expect(r.problems).toEqual([]);
    expect(r.errorBoxes).toBe(0);
    expectCharts(r.charts, expectedReportTraces(report));
  });

  it('a real comparison (two configs and the whole model on the CPU) draws every chart', async () => {
    const reports = [
      await runModel('zoo:mlp', loadConfig('tpu-v1'), { batch: 32 }),
      await runModel('zoo:mlp', loadConfig('tpu-v1-gddr5'), { batch: 32 }),
      await runModel('zoo:mlp', loadConfig('tpu-v1'), { batch: 32, device: 'cpu' }),
    ];
    const r = await openPage('real-compare', renderCompareHtml(buildComparison(reports)));
    expect(r.problems).toEqual([]);
    expect(r.charts.length).toBeGreaterThan(0);
    for (const c of r.charts) expect(c.svgs, c.id).toBeGreaterThan(0);
  });
});
