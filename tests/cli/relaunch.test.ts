// Model commands re-run themselves once with glibc's malloc tuned (cli/relaunch.ts): the child gets
// the setting, its exit code and output reach the caller unchanged, and no child outlives a parent
// that is killed outright; runs of small models and timing-only topologies skip the detour. Linux
// only, like the relaunch itself.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  LARGE_MODEL_TUNABLES,
  LARGE_ZOO_MODELS,
  LAUNCHER_TUNABLES,
  TINY_ZOO_MODELS,
  UNUSED_CA_CERTS,
  relaunchEnv,
  relaunchNeed,
  wantsRelaunch,
} from '../../cli/relaunch.js';
import { listModels } from '../../graph/index.js';
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
    const ok = tpusim(['run', 'zoo:mlp', '--batch', '4', '--out', out]); // a --batch keeps the detour
    expect(ok.code).toBe(0);
    expect(existsSync(`${out}/report.json`)).toBe(true);
    const bad = tpusim(['run', 'zoo:no-such-model']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('gives the child the malloc setting, and the child dies with its parent', async () => {
    const parent = spawn(process.execPath, [BIN, 'run', 'zoo:resnet50', '--batch', '1', '--out', tempDir()], {
      cwd: ROOT,
      stdio: 'ignore',
    });
    let child = 0;
    expect(await waitFor(() => (child = childrenOf(parent.pid!)[0] ?? 0) > 0, 20_000)).toBe(true);
    const environ = readFileSync(`/proc/${child}/environ`, 'utf8').split('\0');
    // glibc cuts the variable after its first entry in /proc/PID/environ as it parses it; the
    // whole value is relaunchEnv's, checked below
    expect(environ).toContain('TPUSIM_MALLOC_TUNED=1');
    expect(environ).toContain(`GLIBC_TUNABLES=${LARGE_MODEL_TUNABLES[0]}`);
    parent.kill('SIGKILL');
    // it notices at its next event-loop turn (a synchronous compile delays that)
    expect(await waitFor(() => !alive(child), 40_000)).toBe(true);
  }, 60_000);

  const launched = `:${LAUNCHER_TUNABLES.join(':')}`; // what the launcher's first line gives a process

  it("adds malloc's tunables to the user's glibc tunables, keeping theirs", () => {
    expect(relaunchEnv({ GLIBC_TUNABLES: 'glibc.malloc.arena_max=2', HOME: '/h' })).toEqual({
      GLIBC_TUNABLES: ['glibc.malloc.arena_max=2', ...LARGE_MODEL_TUNABLES].join(':'),
      HOME: '/h',
      TPUSIM_MALLOC_TUNED: '1',
    });
    expect(relaunchEnv({}).GLIBC_TUNABLES).toBe(LARGE_MODEL_TUNABLES.join(':'));
    // run as a program, the launcher's line added the reuse settings, which a large model's replace
    expect(relaunchEnv({ GLIBC_TUNABLES: launched }).GLIBC_TUNABLES).toBe(LARGE_MODEL_TUNABLES.join(':'));
    expect(relaunchEnv({ GLIBC_TUNABLES: `glibc.malloc.arena_max=2${launched}` }, 'huge-pages').GLIBC_TUNABLES).toBe(
      ['glibc.malloc.arena_max=2', ...LAUNCHER_TUNABLES].join(':'),
    );
  });

  it("run as a program, the launcher's first line starts Node with the launcher's tunables, keeping the user's", () => {
    // the line itself, under a script that prints what Node got (the launcher runs a model, and
    // glibc rewrites the variable in /proc/PID/environ as it parses it)
    const shebang = readFileSync(BIN, 'utf8').split('\n')[0]!;
    const script = join(tempDir(), 'shebang.js');
    writeFileSync(
      script,
      `${shebang}\nconsole.log(process.env.GLIBC_TUNABLES);\nconsole.log(process.env.${UNUSED_CA_CERTS} ?? 'none');\n`,
      {
        mode: 0o755,
      },
    );
    const run = (tunables?: string) => {
      const env = { ...process.env, GLIBC_TUNABLES: tunables, [UNUSED_CA_CERTS]: '/etc/ssl/certs/ca-certificates.crt', HOME: '/h' };
      const [glibc, certs] = execFileSync(script, { encoding: 'utf8', env }).trim().split('\n');
      expect(certs).toBe('none'); // Node starts without parsing them
      return glibc!.split(':').filter(Boolean);
    };
    expect(run('glibc.malloc.arena_max=2')).toEqual(['glibc.malloc.arena_max=2', ...LAUNCHER_TUNABLES]);
    expect(run(undefined)).toEqual(LAUNCHER_TUNABLES);
  });

  it('re-runs without the extra CA certificates Node would parse as it starts (tpusim makes no TLS connection)', () => {
    const env = { [UNUSED_CA_CERTS]: '/etc/ssl/certs/ca-certificates.crt', HOME: '/h' };
    expect(relaunchEnv(env, 'huge-pages')).toEqual({ HOME: '/h', GLIBC_TUNABLES: LAUNCHER_TUNABLES.join(':'), TPUSIM_MALLOC_TUNED: '1' });
    expect(relaunchEnv(env)).not.toHaveProperty(UNUSED_CA_CERTS);
    expect(env).toHaveProperty(UNUSED_CA_CERTS); // the caller's own environment is left alone
  });

  it('glibc takes every one of the tunables it is given (a misspelt one would be ignored without a word)', () => {
    // the dynamic loader this Node runs under lists the tunables as it parsed them from the environment
    const loader = /\s(\/\S*ld-linux[^\s]*\.so[.\d]*)$/m.exec(readFileSync('/proc/self/maps', 'utf8'))?.[1];
    expect(loader).toBeDefined();
    for (const tunables of [LAUNCHER_TUNABLES, LARGE_MODEL_TUNABLES]) {
      const listed = execFileSync(loader!, ['--list-tunables'], { encoding: 'utf8', env: { GLIBC_TUNABLES: tunables.join(':') } });
      for (const t of tunables) {
        const [name, value] = t.split('=') as [string, string];
        const got = new RegExp(`^${name.replace(/\./g, '\\.')}: (0x[0-9a-f]+)`, 'm').exec(listed)?.[1];
        expect(got === undefined ? undefined : Number(got), name).toBe(Number(value));
      }
    }
  });

  // what a re-run would add, started without huge pages (`node bin/tpusim.js`) and with them (as a program)
  const need = (...args: string[]) => relaunchNeed(['node', 'tpusim', ...args], {});
  const needAsProgram = (...args: string[]) => relaunchNeed(['node', 'tpusim', ...args], { GLIBC_TUNABLES: launched });

  it('adds no fixed threshold to timing-only topology runs, which never start onnxruntime', () => {
    expect(need('run', 'zoo:cnn1')).toBe('threshold');
    expect(needAsProgram('run', 'zoo:cnn1')).toBe('threshold');
    expect(need('compare', 'zoo:mlp', '-c', 'tpu-v1,small-16')).toBe('threshold');
    expect(need('run', 'layers.csv', '--config', 'scalesim-google')).toBe('huge-pages');
    expect(need('run', '-c', 'scalesim-ws32', 'layers.CSV')).toBe('huge-pages');
    expect(need('scalesim', '-c', 'google.cfg', '-t', 'layers.csv')).toBe('huge-pages');
    expect(needAsProgram('scalesim', '-c', 'google.cfg', '-t', 'layers.csv')).toBe('none');
    // exact fidelity runs topologies in full, calibration on onnxruntime included
    expect(need('run', 'layers.csv', '--fidelity', 'exact')).toBe('threshold');
    expect(need('scalesim', '-c', 'ws32.cfg', '--fidelity=exact')).toBe('threshold');
    expect(relaunchEnv({}, 'huge-pages')).toEqual({ GLIBC_TUNABLES: LAUNCHER_TUNABLES.join(':'), TPUSIM_MALLOC_TUNED: '1' });
    // huge pages alone, from a user's own tunables, are not all the launcher gives
    expect(relaunchNeed(['node', 'tpusim', 'run', 'zoo:resnet50'], { GLIBC_TUNABLES: 'glibc.malloc.hugetlb=1' })).toBe('huge-pages');
  });

  it('adds none to small models at their own batch, and no re-run at all to tiny ones', () => {
    expect(need('run', 'zoo:mlp')).toBe('none');
    expect(need('run')).toBe('huge-pages'); // the default model, zoo:resnet18
    expect(needAsProgram('run')).toBe('none');
    expect(need('run', 'zoo:resnet50')).toBe('huge-pages');
    expect(need('run', 'zoo:mlp', '--batch', '64')).toBe('threshold');
    expect(need('run', 'zoo:mlp', '-b8')).toBe('threshold');
    expect(need('run', 'zoo:lstm0', '-o', 'out')).toBe('threshold');
    expect(need('models')).toBe('none');
    expect(need('run', 'zoo:resnet50', '--help')).toBe('none');
    expect(relaunchNeed(['node', 'tpusim', 'run', 'zoo:cnn1'], { TPUSIM_MALLOC_TUNED: '1' })).toBe('none'); // the re-run itself
    const dir = tempDir();
    writeFileSync(join(dir, 'tiny.onnx'), new Uint8Array(1024));
    expect(need('run', join(dir, 'tiny.onnx'))).toBe('none');
    writeFileSync(join(dir, 'small.onnx'), '');
    truncateSync(join(dir, 'small.onnx'), 4 * 2 ** 20); // sparse: the size is what counts
    expect(need('run', join(dir, 'small.onnx'))).toBe('huge-pages');
    writeFileSync(join(dir, 'large.onnx'), '');
    truncateSync(join(dir, 'large.onnx'), 128 * 2 ** 20);
    expect(need('run', join(dir, 'large.onnx'))).toBe('threshold');
    expect(wantsRelaunch(['node', 'tpusim', 'run', join(dir, 'large.onnx')])).toBe(true);
  });

  it('counts as tiny exactly the zoo models below 1 M parameters', () => {
    const tiny = listModels()
      .filter((m) => m.parameters < 1e6)
      .map((m) => m.name);
    expect([...TINY_ZOO_MODELS].sort()).toEqual(tiny.sort());
  });

  it('counts as large exactly the zoo models of 32 M parameters or more', () => {
    const large = listModels()
      .filter((m) => m.parameters >= 32e6)
      .map((m) => m.name);
    expect([...LARGE_ZOO_MODELS].sort()).toEqual(large.sort());
  });
});
