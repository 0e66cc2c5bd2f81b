// Model commands re-run themselves once with glibc's malloc tuned (cli/relaunch.ts): the child gets
// the setting (and --expose-gc), its exit code and output reach the caller unchanged, and no child outlives a parent
// that is killed outright. Linux only, like the relaunch itself.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { wantsRelaunch } from '../../cli/relaunch.js';
import { BIN, ROOT, tempDir, tpusim } from './helpers.js';

/** The pids of `pid`'s child processes (Linux /proc). */
function childrenOf(pid: number): number[] {
  const file = `/proc/${pid}/task/${pid}/children`;
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
}

const alive = (pid: number) => existsSync(`/proc/${pid}/status`) && !/State:\s+Z/.test(readFileSync(`/proc/${pid}/status`, 'utf8'));

/** Polls `test` every 50 ms until it holds or `ms` pass; returns whether it held. */
async function waitFor(test: () => boolean, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) if (test()) return true;
  return test();
}

describe.runIf(process.platform === 'linux')('model commands run with malloc tuned', () => {
  it('passes the run through: output, report and exit code as without the detour', () => {
    const out = tempDir();
    const ok = tpusim(['run', 'zoo:mlp', '--out', out]);
    expect(ok.code).toBe(0);
    expect(existsSync(`${out}/report.json`)).toBe(true);
    const bad = tpusim(['run', 'zoo:no-such-model']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('gives the child the malloc setting, and the child dies with its parent', async () => {
    const parent = spawn(process.execPath, [BIN, 'run', 'zoo:resnet50', '--out', tempDir()], { cwd: ROOT, stdio: 'ignore' });
    let child = 0;
    expect(await waitFor(() => (child = childrenOf(parent.pid!)[0] ?? 0) > 0, 20_000)).toBe(true);
    expect(readFileSync(`/proc/${child}/environ`, 'utf8').split('\0')).toContain('MALLOC_MMAP_THRESHOLD_=131072');
    // and --expose-gc, so runModel can free the float32 weights it released at once
    expect(readFileSync(`/proc/${child}/cmdline`, 'utf8').split('\0')).toContain('--expose-gc');
    parent.kill('SIGKILL');
    // it notices at its next event-loop turn (a synchronous compile delays that)
    expect(await waitFor(() => !alive(child), 40_000)).toBe(true);
  }, 60_000);

  it('skips the detour for timing-only topology runs, which never start onnxruntime', () => {
    const wants = (...args: string[]) => wantsRelaunch(['node', 'tpusim', ...args]);
    expect(wants('run', 'zoo:mlp')).toBe(true);
    expect(wants('run', 'model.onnx', '-o', 'out')).toBe(true);
    expect(wants('run', 'layers.csv', '--config', 'scalesim-google')).toBe(false);
    expect(wants('run', '-c', 'scalesim-ws32', 'layers.CSV')).toBe(false);
    expect(wants('scalesim', '-c', 'google.cfg', '-t', 'layers.csv')).toBe(false);
    // exact fidelity runs topologies in full, calibration on onnxruntime included
    expect(wants('run', 'layers.csv', '--fidelity', 'exact')).toBe(true);
    expect(wants('scalesim', '-c', 'ws32.cfg', '--fidelity=exact')).toBe(true);
  });
});
