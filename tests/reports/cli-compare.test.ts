import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { registerCompareCommand } from '../../cli/commands/compare.js';
import type { RunModel } from '../../cli/commands/run-deps.js';
import { InputError, RunError } from '../../cli/errors.js';
import type { Comparison } from '../../reports/index.js';
import { loadConfig } from '../../sim/index.js';
import { outDir, runCommand } from './cli-helpers.js';
import { runModel } from '../../runtime/index.js';

/** The runtime's runModel, in-process, recording its calls. */
function recordedRun(calls: { config: string; device?: string; batch?: number }[] = []): RunModel {
  return async (model, config, opts) => {
    calls.push({
      config: String(config['name']),
      ...(opts.device ? { device: opts.device } : {}),
      ...(opts.batch ? { batch: opts.batch } : {}),
    });
    return runModel(model, config, opts);
  };
}

function compare(args: string[], run: RunModel = recordedRun()) {
  return runCommand(
    (program, io) =>
      registerCompareCommand(program, { runModel: run, loadConfig: (name) => loadConfig(name) as unknown as Record<string, unknown>, io }),
    ['compare', ...args],
  );
}

describe('tpusim compare', () => {
  it('runs each config and each device, writes compare.json and compare.html, and prints a table', async () => {
    const out = outDir();
    const calls: { config: string; device?: string; batch?: number }[] = [];
    // each run "takes" 3 s of the clock the progress display reads, so every step is shown
    let clock = 0;
    const now = vi.spyOn(Date, 'now').mockImplementation(() => (clock += 3000));
    const r = await compare(
      ['zoo:mlp', '--configs', 'tpu-v1,tpu-v1-gddr5', '--devices', 'cpu,tpu,gpu', '--batch', '4', '--out', out],
      recordedRun(calls),
    );
    now.mockRestore();
    expect(r.error).toBeUndefined();
    expect(calls).toEqual([
      { config: 'tpu-v1', device: 'cpu', batch: 4 },
      { config: 'tpu-v1', batch: 4 },
      { config: 'tpu-v1-gddr5', batch: 4 },
      { config: 'tpu-v1', device: 'gpu', batch: 4 },
    ]);
    const c = JSON.parse(readFileSync(join(out, 'compare.json'), 'utf8')) as Comparison;
    expect(c.entries.map((e) => e.label)).toEqual(['cpu (haswell)', 'tpu-v1', 'tpu-v1-gddr5', 'gpu (k80)']);
    // relative to the CPU, as in the TPU paper's relative-performance comparison
    expect(c.baseline).toBe('cpu (haswell)');
    expect(c.entries[1]!.speedup).toBeGreaterThan(1);
    expect(readFileSync(join(out, 'compare.html'), 'utf8')).toContain('zoo:mlp: cpu (haswell) vs tpu-v1 vs tpu-v1-gddr5 vs gpu (k80)');
    expect(r.stdout).toMatch(/cpu \(haswell\) +cpu .* 1×/);
    expect(r.stdout).toContain(`wrote ${join(out, 'compare.json')} and ${join(out, 'compare.html')}`);
    // progress goes to stderr, plain lines when not a terminal
    expect(r.stderr).toBe(
      ['1/4 done (cpu done)', '2/4 done (tpu-v1 done)', '3/4 done (tpu-v1-gddr5 done)', '4/4 done (gpu done)']
        .map((l) => `compare: ${l}\n`)
        .join(''),
    );
  });

  it('--json prints only the comparison on stdout', async () => {
    const out = outDir();
    const r = await compare(['zoo:mlp', '--configs', 'tpu-v1,tpu-v1-512', '--json', '--out', out]);
    expect(r.error).toBeUndefined();
    const c = JSON.parse(r.stdout) as Comparison;
    expect(c.entries.map((e) => e.label)).toEqual(['tpu-v1', 'tpu-v1-512']);
    expect(r.stdout).toBe(readFileSync(join(out, 'compare.json'), 'utf8'));
  });

  it.each([
    [['zoo:mlp', '--devices', 'tpu,fpga'], /--devices tpu,fpga: unknown device 'fpga'/],
    [['zoo:mlp', '--devices', 'cpu,cpu'], /'cpu' is listed twice/],
    [['zoo:mlp', '--configs', 'tpu-v1,,tpu-v1-512'], /--configs tpu-v1,,tpu-v1-512: empty item/],
    [['zoo:mlp', '--configs', 'tpu-v9'], /--configs tpu-v9: unknown config 'tpu-v9'/],
    [['zoo:mlp', '--batch', '0'], /--batch 0: expected a positive integer/],
    [['zoo:mlp', '--fidelity', 'slow'], /--fidelity slow: expected fast or exact/],
    [['no/such/model.onnx'], /no\/such\/model\.onnx: no such file/],
  ])('rejects bad usage %j before running anything', async (args, message) => {
    const calls: { config: string }[] = [];
    const r = await compare([...args, '--out', outDir()], recordedRun(calls));
    expect(r.error).toBeInstanceOf(InputError);
    expect((r.error as Error).message).toMatch(message);
    expect(calls).toHaveLength(0);
  });

  it('fails the run naming the config when a run throws or returns a bad report', async () => {
    const out = outDir();
    const throwing: RunModel = async (_m, config) => {
      if (config['name'] === 'tpu-v1-512') throw new Error('tensor conv1.out does not fit the UB');
      return runModel('zoo:mlp', config, {});
    };
    const r = await compare(['zoo:resnet18', '--configs', 'tpu-v1,tpu-v1-512', '--out', out], throwing);
    expect(r.error).toBeInstanceOf(RunError);
    expect((r.error as Error).message).toBe('zoo:resnet18 on config tpu-v1-512: tensor conv1.out does not fit the UB');
    expect(existsSync(join(out, 'compare.json'))).toBe(false);

    const garbage: RunModel = async () => ({ schema: 'tpusim-report' }) as never;
    const g = await compare(['zoo:resnet18', '--out', out], garbage);
    expect(g.error).toBeInstanceOf(RunError);
    expect((g.error as Error).message).toMatch(/zoo:resnet18 on config tpu-v1: the run returned not a valid tpusim report:\n {2}version:/);

    const wrongTarget: RunModel = async (_m, config) => runModel('zoo:mlp', config, {});
    const w = await compare(['zoo:resnet18', '--devices', 'gpu', '--out', out], wrongTarget);
    expect((w.error as Error).message).toBe('zoo:resnet18 run whole on gpu: the run returned a report targeting tpu, not gpu');
  });
});
