// `tpusim compare` and `tpusim sweep` with the real runtime, through the built binary.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir, tpusim } from './helpers.js';

describe('tpusim sweep and compare on real runs', () => {
  it('sweeps a 2 x 2 grid on 2 workers: every point runs, a bigger array or more bandwidth is never slower', () => {
    const out = tempDir();
    const r = tpusim(
      [
        'sweep',
        'zoo:mlp1',
        '--set',
        'matrix.rows=64,128',
        '--set',
        'weightMemory.bandwidthGBps=34,68',
        '--jobs',
        '2',
        '--out',
        out,
        '--json',
      ],
      { timeoutMs: 600_000 },
    );
    expect(r.code, r.stderr).toBe(0);
    const sweep = JSON.parse(readFileSync(join(out, 'sweep.json'), 'utf8'));
    expect(JSON.parse(r.stdout)).toEqual(sweep);
    const points = sweep.points as { values: Record<string, number>; status: string; totals: { seconds: number } }[];
    expect(points).toHaveLength(4);
    expect(points.every((p) => p.status === 'ok')).toBe(true);
    const time = (rows: number, bw: number) =>
      points.find((p) => p.values['matrix.rows'] === rows && p.values['weightMemory.bandwidthGBps'] === bw)!.totals.seconds;
    expect(time(128, 34)).toBeLessThanOrEqual(time(64, 34));
    expect(time(64, 68)).toBeLessThanOrEqual(time(64, 34));
    expect(readFileSync(join(out, 'sweep.csv'), 'utf8').split('\n')[0]).toMatch(/matrix\.rows/);
    expect(readFileSync(join(out, 'sweep.html'), 'utf8')).toContain('<html');
  }, 600_000);

  it('sweeps matrix.dataflow=ws,os,is: every point runs, records its dataflow, and takes the cycles of a run on that config', () => {
    const out = tempDir();
    const r = tpusim(['sweep', 'zoo:mlp1', '--set', 'matrix.dataflow=ws,os,is', '--jobs', '2', '--out', out], { timeoutMs: 600_000 });
    expect(r.code, r.stderr).toBe(0);
    const points = JSON.parse(readFileSync(join(out, 'sweep.json'), 'utf8')).points as {
      values: Record<string, string>;
      status: string;
      totals: { cycles: number };
    }[];
    expect(points.map((p) => p.values['matrix.dataflow']).sort()).toEqual(['is', 'os', 'ws']);
    expect(points.every((p) => p.status === 'ok')).toBe(true);
    // each point against `tpusim run` on tpu-v1 with that dataflow written into the config file
    const preset = JSON.parse(readFileSync(join(ROOT, 'sim', 'presets', 'tpu-v1.json'), 'utf8'));
    const cycles = new Set<number>();
    for (const df of ['ws', 'os', 'is']) {
      const dir = tempDir();
      const file = join(dir, `tpu-v1-${df}.json`);
      writeFileSync(file, JSON.stringify({ ...preset, name: `tpu-v1-${df}`, matrix: { ...preset.matrix, dataflow: df } }));
      const run = tpusim(['run', 'zoo:mlp1', '--config', file, '--out', dir, '--no-html'], { timeoutMs: 600_000 });
      expect(run.code, run.stderr).toBe(0);
      const want = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).totals.cycles as number;
      expect(points.find((p) => p.values['matrix.dataflow'] === df)!.totals.cycles, df).toBe(want);
      cycles.add(want);
    }
    // the three dataflows time the layers differently (sim/TIMING.md)
    expect(cycles.size).toBe(3);
  }, 600_000);

  it('reports a failed point and still finishes the others (exit 1)', () => {
    const out = tempDir();
    const r = tpusim(['sweep', 'zoo:mlp', '--set', 'accumulators.entries=4096,1', '--jobs', '2', '--out', out], { timeoutMs: 600_000 });
    expect(r.code, r.stderr).toBe(1);
    const sweep = JSON.parse(readFileSync(join(out, 'sweep.json'), 'utf8'));
    const statuses = (sweep.points as { status: string }[]).map((p) => p.status);
    expect(statuses.sort()).toEqual(['failed', 'ok']);
  }, 600_000);

  it('compares configs and the whole model on the modelled CPU and GPU', () => {
    const out = tempDir();
    const r = tpusim(['compare', 'zoo:mlp1', '--configs', 'tpu-v1,tpu-v1-gddr5', '--devices', 'tpu,cpu,gpu', '--out', out], {
      timeoutMs: 600_000,
    });
    expect(r.code, r.stderr).toBe(0);
    const cmp = JSON.parse(readFileSync(join(out, 'compare.json'), 'utf8'));
    expect(cmp.entries).toHaveLength(4);
    // MLP1 is weight-bandwidth bound (the paper's roofline): GDDR5 is faster than DDR3
    const seconds = (label: string) => cmp.entries.find((e: { label: string }) => e.label.startsWith(label)).totals.seconds;
    expect(seconds('tpu-v1-gddr5')).toBeLessThan(seconds('tpu-v1'));
  }, 600_000);

  it('exits 2 on a garbage .onnx like `tpusim run`: compare names the run, sweep still reports its points', () => {
    const dir = tempDir();
    const bad = join(dir, 'bad.onnx');
    writeFileSync(bad, 'not a model');
    const c = tpusim(['compare', bad, '--configs', 'tpu-v1,tpu-v1-gddr5', '--out', dir]);
    expect(c.code, c.stderr).toBe(2);
    expect(c.stderr.trim().split('\n')).toHaveLength(1);
    expect(c.stderr).toMatch(/^tpusim: .*bad\.onnx on config tpu-v1: .*bad\.onnx: not an ONNX model/);

    const out = tempDir();
    const s = tpusim(['sweep', bad, '--set', 'matrix.rows=64,128', '--jobs', '2', '--out', out]);
    expect(s.code, s.stderr).toBe(2);
    expect(s.stderr).toMatch(/tpusim: 2 of 2 sweep points failed \(see .*sweep\.html\): .*bad\.onnx: not an ONNX model/);
    const sweep = JSON.parse(readFileSync(join(out, 'sweep.json'), 'utf8'));
    expect((sweep.points as { status: string; error: string }[]).map((p) => [p.status, /not an ONNX model/.test(p.error)])).toEqual([
      ['failed', true],
      ['failed', true],
    ]);
  }, 600_000);
});
