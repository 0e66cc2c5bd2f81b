import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { registerSweepCommand } from '../../cli/commands/sweep.js';
import { runSweepJobs, sweepWorkerUrl, type SweepJob } from '../../cli/commands/sweep-pool.js';
import { InputError, RunError } from '../../cli/errors.js';
import type { SweepResult } from '../../reports/index.js';
import { loadConfig, parseConfig, withOverrides } from '../../sim/index.js';
import { outDir, runCommand } from './cli-helpers.js';
import { FAKE_RUN_MS } from './fake-run-module.js';
import { runModel } from '../../runtime/index.js';
import { config as preset } from '../sim/helpers.js';

const FAKE_MODULE = new URL('./fake-run-module.ts', import.meta.url);

function job(index: number, cols: number): SweepJob {
  const config = preset('tpu-v1') as unknown as Record<string, unknown> & { matrix: { cols: number } };
  config.matrix.cols = cols;
  return { index, model: 'zoo:mlp', config, options: { batch: 2 } };
}

describe('sweep pool', () => {
  it('finds its worker next to the source (the .mjs shim under tsx/vitest)', () => {
    expect(sweepWorkerUrl().pathname).toMatch(/\/cli\/commands\/sweep-worker\.mjs$/);
    expect(existsSync(sweepWorkerUrl())).toBe(true);
  });

  it('runs points in parallel with --jobs 2, and a failing point does not stop the others', async () => {
    const settled: number[] = [];
    // six points keep both threads busy even if one worker starts well after the other
    const cols = [256, 128, 1024, 64, 512, 32];
    const runs = await runSweepJobs(
      cols.map((c, i) => job(i, c)),
      {
        jobs: 2,
        runModule: FAKE_MODULE,
        onSettled: (index) => settled.push(index),
      },
    );
    expect([...settled].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    const failed = runs.get(2)!;
    expect(failed.outcome).toEqual({
      status: 'failed',
      error: 'matrix.cols = 1024: the fake runtime cannot place a layer on an array this wide',
      wallMs: null,
    });
    const okIndexes = [0, 1, 3, 4, 5];
    const ok = okIndexes.map((i) => runs.get(i)!);
    for (const r of ok) {
      expect(r.outcome.status).toBe('ok');
      if (r.outcome.status === 'ok') {
        expect(r.outcome.wallMs).toBeGreaterThanOrEqual(FAKE_RUN_MS);
        expect(r.outcome.totals.cycles).toBeGreaterThan(0);
      }
    }
    // each worker ran its own point's config
    for (const i of okIndexes) {
      const expected = (await runModel('zoo:mlp', parseConfig(job(i, cols[i]!).config), { batch: 2 })).totals.cycles;
      expect((runs.get(i)!.outcome as { totals: { cycles: number } }).totals.cycles).toBe(expected);
    }
    expect(new Set(okIndexes.map((i) => (runs.get(i)!.outcome as { totals: { cycles: number } }).totals.cycles)).size).toBe(
      okIndexes.length,
    );
    // two busy-waiting points ran at the same time: their intervals overlap
    const intervals = okIndexes.map((i) => [runs.get(i)!.startedAt!, runs.get(i)!.finishedAt!] as const);
    const overlapping = intervals.some(([s1, e1], i) => intervals.some(([s2, e2], j) => i < j && s1 < e2 && s2 < e1));
    expect(overlapping).toBe(true);
  });

  it('reports a run module without runModel as a failed point', async () => {
    const runs = await runSweepJobs([job(0, 256)], { jobs: 1, runModule: new URL('./golden-reports.ts', import.meta.url) });
    const o = runs.get(0)!.outcome;
    expect(o.status).toBe('failed');
    expect(o.status === 'failed' && o.error).toMatch(/golden-reports\.ts does not export a runModel function/);
  });
});

describe('tpusim sweep', () => {
  function sweep(args: string[]) {
    return runCommand(
      (program, io) =>
        registerSweepCommand(program, {
          loadConfig: (name) => loadConfig(name) as unknown as Record<string, unknown>,
          withOverrides: (config, overrides) => withOverrides(parseConfig(config), overrides) as unknown as Record<string, unknown>,
          runModule: FAKE_MODULE,
          io,
        }),
      ['sweep', ...args],
    );
  }

  it('writes sweep.json, sweep.csv and sweep.html, reports failed points and exits with a run failure', async () => {
    const out = outDir();
    // the progress display's clock moves 3 s per reading, so the quick sweep shows every point
    const realNow = Date.now.bind(Date);
    let skew = 0;
    const clock = vi.spyOn(Date, 'now').mockImplementation(() => realNow() + (skew += 3000));
    const r = await sweep([
      'zoo:mlp',
      '--set',
      'matrix.cols=128,1024',
      '--set',
      'matrix.rows=0,128',
      '--jobs',
      '2',
      '--json',
      '--out',
      out,
    ]).finally(() => clock.mockRestore());
    expect(r.error).toBeInstanceOf(RunError);
    expect((r.error as Error).message).toBe(`3 of 4 sweep points failed (see ${join(out, 'sweep.html')})`);
    const result = JSON.parse(r.stdout) as SweepResult;
    expect(r.stdout).toBe(readFileSync(join(out, 'sweep.json'), 'utf8'));
    expect(result.points.map((p) => [p.values['matrix.cols'], p.values['matrix.rows'], p.status])).toEqual([
      [128, 0, 'failed'],
      [128, 128, 'ok'],
      [1024, 0, 'failed'],
      [1024, 128, 'failed'],
    ]);
    const errors = result.points.map((p) => (p.status === 'failed' ? p.error : null));
    expect(errors[0]).toMatch(/matrix\.rows: must be an integer between 1 and 1024/);
    expect(errors[3]).toMatch(/matrix\.cols = 1024: the fake runtime cannot place/);
    expect(result.baselineIndex).toBe(1);
    expect(result.jobs).toBe(2);
    expect(readFileSync(join(out, 'sweep.csv'), 'utf8').split('\r\n')[2]).toMatch(/^1,128,128,ok,,1,/);
    expect(readFileSync(join(out, 'sweep.html'), 'utf8')).toContain('>Failed points</h2>');
    expect(r.stderr).toContain('sweep: 4/4 done');
  });

  it.each([
    [['zoo:mlp'], /give at least one --set/],
    [['zoo:mlp', '--set', 'matrix.rowz=1,2'], /--set matrix\.rowz: the config has no such field/],
    [['zoo:mlp', '--set', 'matrix.rows'], /expected key=value/],
    [['zoo:mlp', '--set', 'matrix.rows=1,2', '--jobs', 'two'], /--jobs two: expected a positive integer/],
    [['zoo:mlp', '--set', 'matrix.rows=1,2', '--base', 'nope'], /--base nope: unknown config 'nope'/],
    [
      [
        'zoo:mlp',
        '--set',
        `matrix.rows=${Array.from({ length: 17 }, (_, i) => i + 1).join(',')}`,
        '--set',
        `matrix.cols=${Array.from({ length: 16 }, (_, i) => i + 1).join(',')}`,
      ],
      /272 points \(17 × 16 values\), more than the limit of 256; pass --force/,
    ],
  ])('rejects %j as bad usage', async (args, message) => {
    const r = await sweep([...args, '--out', outDir()]);
    expect(r.error).toBeInstanceOf(InputError);
    expect((r.error as Error).message).toMatch(message);
  });
});
