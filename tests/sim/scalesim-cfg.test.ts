// SCALE-Sim v2 .cfg files as tpusim configs, and the matrix.dataflow field: every config SCALE-Sim
// ships (copies in tests/fixtures/scalesim/configs) either maps onto a tpusim config or fails with
// one message naming the key tpusim cannot honour.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, loadScaleSimCfg, parseConfig, parseScaleSimCfg, withOverrides } from '../../sim/index.js';

const CONFIGS = join(import.meta.dirname, '..', 'fixtures', 'scalesim', 'configs');
const cfgFile = (name: string) => join(CONFIGS, name);

function errorOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('matrix.dataflow', () => {
  it('defaults to ws on every preset and stays ws through overrides', () => {
    expect(loadConfig('tpu-v1').matrix.dataflow).toBe('ws');
    expect(withOverrides(loadConfig('scalesim-ws32'), { 'matrix.dataflow': 'ws' }).matrix.dataflow).toBe('ws');
  });
  it('os and is are modelled dataflows; anything else is not a dataflow', () => {
    for (const df of ['os', 'is']) {
      expect(withOverrides(loadConfig('scalesim-ws32'), { 'matrix.dataflow': df }).matrix.dataflow).toBe(df);
      expect(loadConfig(`scalesim-${df}32`).matrix).toEqual({ rows: 32, cols: 32, weightDoubleBuffer: false, dataflow: df });
    }
    const bad = { ...loadConfig('tpu-v1'), matrix: { ...loadConfig('tpu-v1').matrix, dataflow: 'rs' } };
    expect(errorOf(() => parseConfig(bad))).toContain('matrix.dataflow: must be one of ws, os, is');
  });
});

describe('SCALE-Sim .cfg files shipped with SCALE-Sim', () => {
  it('ws32.cfg, ws256.cfg (google.cfg) and mini8_ws.cfg map onto the scalesim presets with their array and run_name', () => {
    for (const [file, name, rows, cols, sram] of [
      ['ws32.cfg', 'ws32', 32, 32, { ifmap: 64, filter: 64, ofmap: 64 }],
      ['ws256.cfg', 'ws256', 256, 256, { ifmap: 6144, filter: 6144, ofmap: 2048 }],
      ['mini8_ws.cfg', 'mini8_ws', 8, 8, { ifmap: 64, filter: 64, ofmap: 64 }],
    ] as const) {
      const { cfg, config } = loadScaleSimCfg(cfgFile(file));
      expect(config.name).toBe(name);
      expect(config.matrix).toEqual({ rows, cols, weightDoubleBuffer: false, dataflow: 'ws' });
      expect(config.weightMemory.ideal && config.hostInterface.ideal).toBe(true); // CALC: memory never stalls
      expect(cfg.sramKB).toEqual(sram);
      expect(cfg.offsets).toEqual({ ifmap: 0, filter: 10000000, ofmap: 20000000 });
      expect(loadConfig(cfgFile(file))).toEqual(config); // --config FILE.cfg
    }
  });
  it('os and is configs map onto configs with their dataflow', () => {
    for (const [file, df, side] of [
      ['os32.cfg', 'os', 32],
      ['is32.cfg', 'is', 32],
      ['mini8_os.cfg', 'os', 8],
      ['mini8_is.cfg', 'is', 8],
    ] as const) {
      expect(parseScaleSimCfg(readFileSync(cfgFile(file), 'utf8'), file).dataflow).toBe(df);
      expect(loadConfig(cfgFile(file)).matrix).toEqual({ rows: side, cols: side, weightDoubleBuffer: false, dataflow: df });
    }
  });
  it('USER mode is an error naming InterfaceBandwidth', () => {
    for (const file of ['user_ws32_sram64k_bw10.cfg', 'user_ws32_sram8k_bw10.cfg']) {
      expect(errorOf(() => loadConfig(cfgFile(file)))).toMatch(/\[run_presets\] InterfaceBandwidth = USER is not supported/);
    }
    expect(parseScaleSimCfg(readFileSync(cfgFile('user_ws32_sram8k_bw10.cfg'), 'utf8')).bandwidth).toEqual([10]);
  });
  it('a SCALE-Sim v3 config names every v3-only key as unsupported', () => {
    const message = errorOf(() => loadConfig(cfgFile('v3_ws32_calc.cfg')));
    expect(message).toContain('SCALE-Sim v3 keys are not supported');
    for (const key of [
      '[architecture_presets] ReadRequestBuffer',
      '[layout] IfmapCustomLayout',
      '[sparsity] SparsitySupport',
      '[run_presets] UseRamulatorTrace',
    ])
      expect(message).toContain(key);
  });
});

describe("SCALE-Sim .cfg syntax (Python configparser's rules)", () => {
  const base = (arch: string, extra = '') =>
    `[general]\nrun_name = r\n\n[architecture_presets]\n${arch}\n\n[run_presets]\nInterfaceBandwidth: CALC\n${extra}`;
  const arch =
    'ArrayHeight: 16\narrayWIDTH = 64\nIfmapSramSzkB: 1\nFilterSramSzkB: 2\nOfmapSramSzkB: 3\nIfmapOffset: 0\nFilterOffset: 0\nOfmapOffset: 0\nDataflow: ws';
  it('takes ":" and "=", keys in any case, comments, and [DEFAULT] keys', () => {
    const cfg = parseScaleSimCfg(`# a comment\n[DEFAULT]\nMemoryBanks = 1\n${base(arch)}\n; another`);
    expect([cfg.arrayHeight, cfg.arrayWidth, cfg.sramKB.ofmap, cfg.dataflow, cfg.runName]).toEqual([16, 64, 3, 'ws', 'r']);
  });
  it('names the section and key of a missing, malformed or unknown key', () => {
    expect(errorOf(() => parseScaleSimCfg(base(arch.replace('ArrayHeight: 16\n', '')), 'x.cfg'))).toBe(
      'x.cfg: [architecture_presets] ArrayHeight: missing (SCALE-Sim v2 needs it)',
    );
    expect(errorOf(() => parseScaleSimCfg(base(arch.replace('ArrayHeight: 16', 'ArrayHeight: 16x')), 'x.cfg'))).toBe(
      'x.cfg:5: [architecture_presets] ArrayHeight: "16x" is not an integer',
    );
    expect(errorOf(() => parseScaleSimCfg(base(arch.replace('ArrayHeight: 16', 'ArrayHeight: 0')), 'x.cfg'))).toContain(
      'ArrayHeight: 0 must be at least 1',
    );
    expect(errorOf(() => parseScaleSimCfg(base(arch.replace('Dataflow: ws', 'Dataflow: WS')), 'x.cfg'))).toContain(
      '[architecture_presets] Dataflow: "WS" must be ws, os or is',
    );
    expect(errorOf(() => parseScaleSimCfg(base(`${arch}\nArrayHieght: 3`), 'x.cfg'))).toContain(
      'unknown in a SCALE-Sim v2 config: [architecture_presets] arrayhieght (line 14)',
    );
    expect(errorOf(() => parseScaleSimCfg(base(arch, 'InterfaceBandwidth: USER'), 'x.cfg'))).toContain('appears twice');
    expect(errorOf(() => parseScaleSimCfg(base(arch).replace('CALC', 'calc'), 'x.cfg'))).toContain(
      '[run_presets] InterfaceBandwidth: "calc" must be CALC or USER',
    );
    expect(errorOf(() => parseScaleSimCfg('ArrayHeight: 3\n', 'x.cfg'))).toContain(
      'x.cfg:1: "ArrayHeight: 3" comes before any [section] header',
    );
    expect(errorOf(() => loadScaleSimCfg('/nonexistent/x.cfg'))).toBe('/nonexistent/x.cfg: no such file');
  });
});
