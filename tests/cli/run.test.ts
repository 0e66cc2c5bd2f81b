// `tpusim run` end to end through the built binary: the default model, zoo models, an ONNX file,
// a SCALE-Sim topology (per-layer cycles equal SCALE-Sim's closed form), and bad input.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../reports/index.js';
import { ROOT, tempDir, tpusim } from './helpers.js';

const SHARED = join(ROOT, 'tests', 'fixtures', 'scalesim', 'topologies');

describe('tpusim run', () => {
  it('runs the default model on tpu-v1 and writes report.json and report.html', () => {
    const out = tempDir();
    const r = tpusim(['run', '--out', out], { timeoutMs: 300_000 });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/zoo:resnet18 on tpu-v1/);
    const report = parseReport(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')));
    expect(report.model.name).toBe('zoo:resnet18');
    expect(report.config.name).toBe('tpu-v1');
    expect(report.fidelity).toBe('fast');
    expect(report.layers.every((l) => l.device === 'tpu')).toBe(true);
    expect(report.totals.counters.activeCycles).toBeGreaterThan(0);
    expect(report.numerics!.outputs[0]!.cosineSimilarity).toBeGreaterThan(0.99);
    const phases = ['buildMs', 'compileMs', 'calibrationMs', 'simulateMs', 'fallbackMs', 'totalMs', 'referenceMs', 'peakRssBytes'];
    expect(Object.keys(report.host).sort()).toEqual(phases.sort());
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('<html');
    expect(html).not.toMatch(/<script[^>]+src=/); // self-contained
  }, 300_000);

  it("reports the run's own peak memory, not what the process that started it held", () => {
    // a child's getrusage maxRSS starts at its parent's resident memory at fork (Linux)
    const ballast = Buffer.alloc(400 * 2 ** 20, 1);
    const out = tempDir();
    const r = tpusim(['run', 'zoo:mlp', '--no-html', '--out', out], { timeoutMs: 300_000 });
    expect(r.code, r.stderr).toBe(0);
    const report = parseReport(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')));
    expect(report.host.peakRssBytes!).toBeGreaterThan(32 * 2 ** 20);
    expect(report.host.peakRssBytes!).toBeLessThan(ballast.length);
  }, 300_000);

  it('prints only the report JSON with --json, and places fallback nodes of an ONNX model with reasons', () => {
    const out = tempDir();
    const r = tpusim(['run', join('tests', 'fixtures', 'onnx', 'smallcnn-op13.onnx'), '--json', '--out', out, '--fallback', 'cpu'], {
      timeoutMs: 300_000,
    });
    expect(r.code, r.stderr).toBe(0);
    const report = parseReport(JSON.parse(r.stdout));
    expect(report.model.source).toBe('onnx');
    const fallback = report.placement.filter((p) => p.device !== 'tpu');
    expect(fallback.length).toBeGreaterThan(0);
    expect(fallback.every((p) => p.device === 'cpu' && p.reason.startsWith('tpu: '))).toBe(true);
    expect(report.layers.find((l) => l.device === 'cpu')!.measuredMs).not.toBeNull();
  }, 300_000);

  it('runs a SCALE-Sim topology layer by layer: matrix cycles equal folds x (2R + C + M - 2)', () => {
    const out = tempDir();
    const r = tpusim(['run', join(SHARED, 'local', 'mini.csv'), '--config', 'scalesim-ws32', '--json', '--out', out], {
      timeoutMs: 300_000,
    });
    expect(r.code, r.stderr).toBe(0);
    const report = parseReport(JSON.parse(r.stdout));
    const rows = report.layers.filter((l) => l.scalesim);
    expect(rows.map((l) => l.scalesim!.layer)).toEqual(['L1', 'L2', 'FC', 'L4']);
    for (const l of rows) expect(l.scalesim!.matrixCycles, l.name).toBe(l.scalesim!.formulaCycles);
    // hand-computed for L1: 10x10x4 input, 3x3 filter, 20 filters, stride 1 on 32x32:
    // M = 8*8 = 64, K = 36, N = 20: 2 row folds x 1 column fold x (64 + 32 + 64 - 2) = 316
    expect(rows[0]!.scalesim!.matrixCycles).toBe(316);
  }, 300_000);

  it('exits 2 with one line on a bad model, an unknown zoo name, a bad config or a bad option', () => {
    const dir = tempDir();
    const bad = join(dir, 'bad.onnx');
    writeFileSync(bad, 'not a model');
    for (const args of [
      ['run', bad],
      ['run', 'zoo:nosuchnet'],
      ['run', 'model.txt'],
      ['run', 'zoo:mlp', '--config', 'no-such-preset'],
      ['run', 'zoo:mlp', '--batch', '0'],
      ['run', 'zoo:mlp', '--fidelity', 'slow'],
    ]) {
      const r = tpusim([...args, '--out', dir]);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(2);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(existsSync(join(dir, 'report.json'))).toBe(false);
  }, 300_000);

  it('exits 1 when the run fails (a cycle limit)', () => {
    const r = tpusim(['run', 'zoo:mlp', '--max-cycles', '100', '--out', tempDir()]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/cycle limit of 100 cycles/);
  }, 300_000);
});
