// `tpusim scalesim` end to end: SCALE-Sim's command line on tpusim, its report files with the cycles
// tpusim simulated, against the files SCALE-Sim v2 itself wrote for the same config and topology
// (tests/fixtures/scalesim/reference). Weight stationary, square and rectangular arrays (K tiled
// by the rows, N by the columns), matches end to end; the hardware runs os and is too, but the
// compiler's ws tiling gives other folds than SCALE-Sim's, so those files differ in the cycle columns
// (checked here: they run and say so) and their numbers are checked by
// tests/reports/scalesim-files.test.ts with SCALE-Sim's own cycle counts (docs/VALIDATION.md).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir, tpusim } from './helpers.js';

const REFERENCE = join(ROOT, 'tests', 'fixtures', 'scalesim', 'reference');
const TOPOLOGIES = join(ROOT, 'tests', 'fixtures', 'scalesim', 'topologies');
const FILES = ['COMPUTE_REPORT.csv', 'BANDWIDTH_REPORT.csv', 'DETAILED_ACCESS_REPORT.csv'];

const CASES: { topology: string; file: string; format: 'conv' | 'gemm'; config: string }[] = [
  { topology: 'mini', file: join(TOPOLOGIES, 'local', 'mini.csv'), format: 'conv', config: 'ws_8x8' },
  { topology: 'mini', file: join(TOPOLOGIES, 'local', 'mini.csv'), format: 'conv', config: 'ws_32x32' },
  { topology: 'edge', file: join(REFERENCE, 'topologies', 'edge.csv'), format: 'conv', config: 'ws_8x8' },
  { topology: 'edge', file: join(REFERENCE, 'topologies', 'edge.csv'), format: 'conv', config: 'ws_32x32' },
  { topology: 'alexnet', file: join(TOPOLOGIES, 'v2', 'conv_nets', 'alexnet.csv'), format: 'conv', config: 'ws_32x32' },
  { topology: 'alexnet', file: join(TOPOLOGIES, 'v2', 'conv_nets', 'alexnet.csv'), format: 'conv', config: 'ws_16x64' },
  { topology: 'alexnet', file: join(TOPOLOGIES, 'v2', 'conv_nets', 'alexnet.csv'), format: 'conv', config: 'ws_64x16' },
  { topology: 'alexnet', file: join(TOPOLOGIES, 'v2', 'conv_nets', 'alexnet.csv'), format: 'conv', config: 'ws_8x128' },
  { topology: 'resnet18_conv1', file: join(REFERENCE, 'topologies', 'resnet18_conv1.csv'), format: 'conv', config: 'ws_16x64' },
  { topology: 'resnet18_conv1', file: join(REFERENCE, 'topologies', 'resnet18_conv1.csv'), format: 'conv', config: 'ws_64x16' },
  { topology: 'Resnet18', file: join(TOPOLOGIES, 'v2', 'conv_nets', 'Resnet18.csv'), format: 'conv', config: 'ws_256x256' },
  {
    topology: 'transformer_partial',
    file: join(TOPOLOGIES, 'v2', 'GEMM_mnk', 'transformer_partial.csv'),
    format: 'gemm',
    config: 'ws_32x32',
  },
];

describe('tpusim scalesim', () => {
  for (const c of CASES) {
    it(`${c.topology} on ${c.config}: SCALE-Sim's three files and stdout, field for field, from simulated cycles`, () => {
      const out = tempDir();
      const topologyArg = c.file;
      const r = tpusim(
        [
          'scalesim',
          '-c',
          join(REFERENCE, 'configs', `${c.config}.cfg`),
          '-t',
          topologyArg,
          '-p',
          out,
          '-i',
          c.format,
          '--summation',
          'sequential',
        ],
        { timeoutMs: 600_000 },
      );
      expect(r.stderr).not.toContain('warning');
      expect(r.code, r.stderr).toBe(0);
      for (const f of FILES)
        expect(readFileSync(join(out, c.config, f), 'utf8'), f).toBe(readFileSync(join(REFERENCE, c.topology, c.config, f), 'utf8'));
      // scale.py's stdout, but for the topology path it echoes
      const want = readFileSync(join(REFERENCE, c.topology, c.config, 'stdout.txt'), 'utf8').replace(
        /^CSV file path: \t.*$/m,
        `CSV file path: \t${topologyArg}`,
      );
      expect(r.stdout).toBe(want);
      expect(JSON.parse(readFileSync(join(out, c.config, 'report.json'), 'utf8')).config.name).toBe(c.config);
    }, 600_000);
  }

  for (const df of ['os', 'is']) {
    it(`mini on ${df}_8x8 runs on the ${df} hardware; mapping efficiency as SCALE-Sim's, cycles tpusim's with a warning per layer`, () => {
      const out = tempDir();
      const r = tpusim([
        'scalesim',
        '-c',
        join(REFERENCE, 'configs', `${df}_8x8.cfg`),
        '-t',
        join(TOPOLOGIES, 'local', 'mini.csv'),
        '-p',
        out,
        '--summation',
        'sequential',
      ]);
      expect(r.code, r.stderr).toBe(0);
      const rows = (text: string) =>
        text
          .trim()
          .split('\n')
          .slice(1)
          .map((l) => l.split(', '));
      const got = rows(readFileSync(join(out, `${df}_8x8`, 'COMPUTE_REPORT.csv'), 'utf8'));
      const want = rows(readFileSync(join(REFERENCE, 'mini', `${df}_8x8`, 'COMPUTE_REPORT.csv'), 'utf8'));
      expect(got.map((c) => c[4])).toEqual(want.map((c) => c[4]));
      // one warning per layer; tpusim's (ws-tiled) count is the larger; for is the warning's SCALE-Sim count is its Total Cycles + 1
      const warned = [...r.stderr.matchAll(/tpusim simulated (\d+) matrix cycles, SCALE-Sim's model (\d+)/g)].map((m) => [
        Number(m[1]),
        Number(m[2]),
      ]);
      expect(warned).toHaveLength(want.length);
      warned.forEach(([simulated, model], i) => {
        expect(simulated).toBeGreaterThan(Number(want[i]![1]) + 1);
        if (df === 'is') expect(model).toBe(Number(want[i]![1]) + 1);
      });
      // the exact engine, stepping the os/is cells, gives the same files
      const exactOut = tempDir();
      const x = tpusim([
        'scalesim',
        '-c',
        join(REFERENCE, 'configs', `${df}_8x8.cfg`),
        '-t',
        join(TOPOLOGIES, 'local', 'mini.csv'),
        '-p',
        exactOut,
        '--summation',
        'sequential',
        '--fidelity',
        'exact',
      ]);
      expect(x.code, x.stderr).toBe(0);
      for (const f of FILES)
        expect(readFileSync(join(exactOut, `${df}_8x8`, f), 'utf8'), f).toBe(readFileSync(join(out, `${df}_8x8`, f), 'utf8'));
    });
  }

  it('a config tpusim cannot honour fails naming the key, and writes nothing', () => {
    const out = tempDir();
    const mini = join(TOPOLOGIES, 'local', 'mini.csv');
    const user = tpusim(['scalesim', '-c', join(REFERENCE, 'configs', 'user_ws32_sram8k_bw10.cfg'), '-t', mini, '-p', out]);
    expect(user.code).toBe(2);
    expect(user.stderr).toContain('[run_presets] InterfaceBandwidth = USER is not supported');
    expect(tpusim(['scalesim', '-t', mini, '-p', out]).stderr).toContain('-c CFG: a SCALE-Sim .cfg file');
    expect(tpusim(['scalesim', '-c', join(REFERENCE, 'configs', 'ws_8x8.cfg'), '-t', mini, '-i', 'mnk', '-p', out]).stderr).toContain(
      '-i mnk: expected conv or gemm',
    );
    expect(existsSync(join(out, 'user_ws32_sram8k_bw10'))).toBe(false);
  });
});

describe('tpusim run writes SCALE-Sim report files for SCALE-Sim-shaped runs', () => {
  it("a topology on a preset: OUT/<config name>/, with scale.cfg's SRAM sizes", () => {
    const out = tempDir();
    const r = tpusim(['run', join(TOPOLOGIES, 'local', 'mini.csv'), '--config', 'scalesim-ws32', '--out', out, '--no-html'], {
      timeoutMs: 300_000,
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`wrote SCALE-Sim's report files to ${join(out, 'scalesim-ws32')}/`);
    for (const f of ['BANDWIDTH_REPORT.csv', 'DETAILED_ACCESS_REPORT.csv']) {
      expect(readFileSync(join(out, 'scalesim-ws32', f), 'utf8'), f).toBe(readFileSync(join(REFERENCE, 'mini', 'ws_32x32', f), 'utf8'));
    }
  }, 300_000);
  it('a topology with a .cfg config: OUT/<run_name>/', () => {
    const out = tempDir();
    const r = tpusim(
      ['run', join(REFERENCE, 'topologies', 'edge.csv'), '--config', join(REFERENCE, 'configs', 'ws_8x8.cfg'), '--out', out, '--no-html'],
      { timeoutMs: 300_000 },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(out, 'ws_8x8', 'DETAILED_ACCESS_REPORT.csv'), 'utf8')).toBe(
      readFileSync(join(REFERENCE, 'edge', 'ws_8x8', 'DETAILED_ACCESS_REPORT.csv'), 'utf8'),
    );
  }, 300_000);
  it('--scalesim-reports on a model that is not a topology is a usage error', () => {
    const r = tpusim(['run', 'zoo:mlp0', '--scalesim-reports', '--out', tempDir(), '--no-html'], { timeoutMs: 300_000 });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--scalesim-reports: SCALE-Sim's report files describe the layers of a SCALE-Sim topology");
  }, 300_000);
});
