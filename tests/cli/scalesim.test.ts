// `tpusim scalesim` end to end: SCALE-Sim's command line on tpusim, its report files with the cycles
// tpusim simulated, against the files SCALE-Sim v2 itself wrote for the same config and topology
// (tests/fixtures/scalesim/reference). All three dataflows, square and rectangular arrays, match end
// to end: ws (K tiled by the rows, N by the columns), os (outputs held in the cells across a fold's
// K chunks) and is (inputs held across a fold's N chunks); SCALE-Sim's os fold omits the R cycles of
// draining the outputs, which tpusim simulates and takes out of the compatibility files only
// (docs/VALIDATION.md).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir, tpusim } from './helpers.js';

const REFERENCE = join(ROOT, 'tests', 'fixtures', 'scalesim', 'reference');
const TOPOLOGIES = join(ROOT, 'tests', 'fixtures', 'scalesim', 'topologies');
const FILES = ['COMPUTE_REPORT.csv', 'BANDWIDTH_REPORT.csv', 'DETAILED_ACCESS_REPORT.csv'];

const TOPOLOGY = {
  mini: { file: join(TOPOLOGIES, 'local', 'mini.csv'), format: 'conv' },
  edge: { file: join(REFERENCE, 'topologies', 'edge.csv'), format: 'conv' },
  alexnet: { file: join(TOPOLOGIES, 'v2', 'conv_nets', 'alexnet.csv'), format: 'conv' },
  resnet18_conv1: { file: join(REFERENCE, 'topologies', 'resnet18_conv1.csv'), format: 'conv' },
  Resnet18: { file: join(TOPOLOGIES, 'v2', 'conv_nets', 'Resnet18.csv'), format: 'conv' },
  transformer_partial: { file: join(TOPOLOGIES, 'v2', 'GEMM_mnk', 'transformer_partial.csv'), format: 'gemm' },
} as const;
type Topology = keyof typeof TOPOLOGY;

/** Recorded SCALE-Sim v2 runs (reference/<topology>/<config>/) that tpusim must reproduce: config names per topology. */
const CASES: [Topology, string[]][] = [
  ['mini', ['ws_8x8', 'ws_32x32', 'os_8x8', 'os_16x64', 'is_8x8', 'is_64x16']],
  ['edge', ['ws_8x8', 'ws_32x32', 'os_8x8', 'os_8x128', 'is_8x8', 'is_16x64']],
  ['alexnet', ['ws_32x32', 'ws_16x64', 'ws_64x16', 'ws_8x128', 'os_32x32', 'os_64x16', 'is_32x32', 'is_16x64']],
  ['resnet18_conv1', ['ws_16x64', 'ws_64x16']],
  ['Resnet18', ['ws_256x256', 'os_256x256', 'is_256x256']],
  ['transformer_partial', ['ws_32x32', 'os_32x32', 'os_8x128', 'is_32x32', 'is_64x16']],
];

/** Runs `tpusim scalesim` on a recorded config (dataflow and array in its name) and topology; returns the output folder. */
function scalesim(topology: Topology, config: string, extra: string[] = []): { out: string; stdout: string } {
  const out = tempDir();
  const t = TOPOLOGY[topology];
  const r = tpusim(
    [
      'scalesim',
      '-c',
      join(REFERENCE, 'configs', `${config}.cfg`),
      '-t',
      t.file,
      '-p',
      out,
      '-i',
      t.format,
      '--summation',
      'sequential',
      ...extra,
    ],
    { timeoutMs: 600_000 },
  );
  expect(r.stderr).not.toContain('warning');
  expect(r.code, r.stderr).toBe(0);
  return { out: join(out, config), stdout: r.stdout };
}

describe('tpusim scalesim', () => {
  for (const [topology, configs] of CASES) {
    for (const config of configs) {
      it(`${topology} on ${config}: SCALE-Sim's three files and stdout, field for field, from simulated cycles`, () => {
        const { out, stdout } = scalesim(topology, config);
        for (const f of FILES)
          expect(readFileSync(join(out, f), 'utf8'), f).toBe(readFileSync(join(REFERENCE, topology, config, f), 'utf8'));
        // scale.py's stdout, but for the topology path it echoes
        const want = readFileSync(join(REFERENCE, topology, config, 'stdout.txt'), 'utf8').replace(
          /^CSV file path: \t.*$/m,
          `CSV file path: \t${TOPOLOGY[topology].file}`,
        );
        expect(stdout).toBe(want);
        const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
        expect(report.config.name).toBe(config);
        // report.json keeps the physical count: folds x (2R + C + T - 2), os with the drain SCALE-Sim omits
        const layers = (report.layers as { scalesim?: { matrixCycles: number; formulaCycles: number } }[]).filter((l) => l.scalesim);
        expect(layers.length).toBeGreaterThan(0);
        for (const l of layers) expect(l.scalesim!.matrixCycles).toBe(l.scalesim!.formulaCycles);
      }, 600_000);
    }
  }

  for (const df of ['os', 'is']) {
    it(`the exact engine, stepping the ${df} cells, writes the same files (mini on ${df}_8x8)`, () => {
      const fast = scalesim('mini', `${df}_8x8`);
      const exact = scalesim('mini', `${df}_8x8`, ['--fidelity', 'exact']);
      for (const f of FILES) expect(readFileSync(join(exact.out, f), 'utf8'), f).toBe(readFileSync(join(fast.out, f), 'utf8'));
    }, 600_000);
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
