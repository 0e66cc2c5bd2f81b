// Hardware configs: presets load and validate, errors name the field, overrides are validated,
// derived timing parameters and peak numbers are exact.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  listPresets,
  loadConfig,
  parseConfig,
  peakNumbers,
  timingParams,
  transferCycles,
  withOverrides,
} from '../../sim/index.js';
import { thrown } from '../helpers/common.js';

describe('presets', () => {
  it('ships the nine presets, each valid and describing its sources', () => {
    expect(listPresets()).toEqual([
      'scalesim-google',
      'scalesim-is32',
      'scalesim-os32',
      'scalesim-ws32',
      'small-16',
      'tpu-v1',
      'tpu-v1-512',
      'tpu-v1-gddr5',
      'tpu-v1-vector',
    ]);
    for (const name of listPresets()) {
      const c = loadConfig(name);
      expect(c.name).toBe(name);
      expect(c.description.length).toBeGreaterThan(80);
    }
  });

  it('models TPU v1 as the paper gives it', () => {
    const c = loadConfig('tpu-v1');
    expect(c).toMatchObject({
      clockMHz: 700,
      matrix: { rows: 256, cols: 256, weightDoubleBuffer: true },
      unifiedBuffer: { bytes: 24 * 2 ** 20 },
      accumulators: { entries: 4096 },
      weightFifo: { depthTiles: 4 },
      weightMemory: { bandwidthGBps: 34, capacityGiB: 8, ideal: false },
    });
    // the paper's weights come only from DDR3: no path from the UB into the weight FIFO (the default);
    // only the tpu-v1-vector what-if has one
    expect(listPresets().map((n) => loadConfig(n).weightFifo.fromUnifiedBuffer)).toEqual(listPresets().map((n) => n === 'tpu-v1-vector'));
    expect(withOverrides(c, { 'weightFifo.fromUnifiedBuffer': true }).weightFifo.fromUnifiedBuffer).toBe(true);
    // peak 65536 MACs x 700 MHz = 45.9 TMAC/s = 91.8 TOPS; ridge 45.875e12 / 34e9 = 1349.3 MACs per weight byte
    const p = peakNumbers(c);
    expect(p.macsPerSecond).toBe(65536 * 700e6);
    expect(p.tops).toBeCloseTo(91.75, 2);
    expect(p.ridgeMacsPerWeightByte).toBeCloseTo(1349.27, 2);
  });

  it("gives the TPU v1 presets the vector unit the paper's LSTMs need, tpu-v1-vector every class, the others none (docs/vector-unit.md §2)", () => {
    const v1 = { lanes: 256, latencyCycles: 4, ops: ['arith', 'lookup', 'softmax'], functions: ['sigmoid', 'tanh'] };
    for (const n of ['tpu-v1', 'tpu-v1-512', 'tpu-v1-gddr5']) expect(loadConfig(n).vectorUnit).toEqual(v1);
    expect(loadConfig('tpu-v1-vector').vectorUnit).toEqual({
      lanes: 256,
      latencyCycles: 4,
      ops: ['move', 'arith', 'divide', 'minmax', 'lookup', 'reduce', 'softmax', 'norm', 'mask'],
    });
    for (const n of ['small-16', 'scalesim-ws32', 'scalesim-google']) expect(loadConfig(n).vectorUnit).toBeUndefined();
    const base = loadConfig('small-16');
    const bad = (vectorUnit: unknown) => thrown(() => parseConfig({ ...base, vectorUnit }, 'x.json'), ConfigError).message;
    expect(bad({ lanes: 16, latencyCycles: 2, ops: ['shuffle'] })).toContain('vectorUnit.ops.0: must be one of move, arith');
    expect(bad({ lanes: 0, latencyCycles: 2, ops: [] })).toContain('vectorUnit.lanes: must be an integer between 1 and 1024');
    expect(bad({ lanes: 16, latencyCycles: 2, ops: ['arith', 'arith'] })).toContain('vectorUnit.ops: lists a class twice');
    expect(bad({ lanes: 16, latencyCycles: 2, ops: [], functions: ['cosh'] })).toContain('vectorUnit.functions.0: must be one of sigmoid');
  });

  it("gives TPU' (GDDR5) a ridge point of about 250 and the 512x512 variant accumulators by the paper's rule", () => {
    expect(peakNumbers(loadConfig('tpu-v1-gddr5')).ridgeMacsPerWeightByte).toBeCloseTo(250, 0);
    const big = loadConfig('tpu-v1-512');
    // knee = 512^2 x 700e6 / 34e9 = 5397 -> next power of two 8192 -> doubled 16384
    const knee = peakNumbers(big).ridgeMacsPerWeightByte;
    expect(Math.round(knee)).toBe(5397);
    expect(big.accumulators.entries).toBe(2 * 2 ** Math.ceil(Math.log2(knee)));
    // the same rule gives TPU v1's 4096: 1349 -> 2048 -> 4096
    expect(2 * 2 ** Math.ceil(Math.log2(peakNumbers(loadConfig('tpu-v1')).ridgeMacsPerWeightByte))).toBe(4096);
  });

  it("gives the SCALE-Sim presets SCALE-Sim's assumptions", () => {
    for (const name of ['scalesim-ws32', 'scalesim-os32', 'scalesim-is32', 'scalesim-google']) {
      const c = loadConfig(name);
      expect(c.matrix.weightDoubleBuffer).toBe(false);
      expect(c.weightMemory.ideal && c.hostInterface.ideal).toBe(true);
    }
    expect(loadConfig('scalesim-ws32').matrix.rows).toBe(32);
    expect(loadConfig('scalesim-google').matrix.cols).toBe(256);
  });
});

describe('validation', () => {
  const base = loadConfig('small-16');

  it('names the field and the rule', () => {
    expect(thrown(() => withOverrides(base, { 'matrix.rows': 0 }), ConfigError).message).toContain(
      'matrix.rows: must be an integer between 1 and 1024',
    );
    expect(thrown(() => withOverrides(base, { 'matrix.rows': 2.5 }), ConfigError).message).toContain(
      'matrix.rows: must be an integer between 1 and 1024',
    );
    expect(thrown(() => withOverrides(base, { 'accumulators.entries': 2 ** 24 + 1 }), ConfigError).message).toContain(
      'accumulators.entries: must be an integer between 1 and 16777216',
    );
    // the ISA addresses 2^24 rows; the core holds entries x (cols x 4 + 20) bytes up to 2^30 - 2^16:
    // 12,000,000 x 84 = 1,008,000,000 fits with 16 columns, 2^24 x 84 does not
    expect(withOverrides(base, { 'accumulators.entries': 12_000_000 }).accumulators.entries).toBe(12_000_000);
    expect(thrown(() => withOverrides(base, { 'accumulators.entries': 2 ** 24 }), ConfigError).message).toContain(
      'accumulators.entries: 16777216 rows x (16 columns x 4 + 20 scoreboard) bytes is more than the 1073676288 bytes the core can hold (at most 12781860 rows)',
    );
    expect(thrown(() => withOverrides(base, { 'weightMemory.bandwidthGBps': -1 }), ConfigError).message).toContain(
      'weightMemory.bandwidthGBps: must be a positive number',
    );
    expect(thrown(() => withOverrides(base, { 'matrix.weightDoubleBuffer': 'yes' }), ConfigError).message).toContain(
      'matrix.weightDoubleBuffer: must be true or false',
    );
    expect(thrown(() => withOverrides(base, { 'unifiedBuffer.bytes': 1000 }), ConfigError).message).toContain(
      'unifiedBuffer.bytes: must be a multiple of the UB row width',
    );
  });

  it('rejects unknown and missing fields', () => {
    const raw = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
    (raw.matrix as Record<string, unknown>).depth = 3;
    expect(thrown(() => parseConfig(raw, 'x.json'), ConfigError).message).toBe(
      'x.json: invalid hardware config: matrix.depth: unknown field',
    );
    const missing = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
    delete missing.clockMHz;
    expect(thrown(() => parseConfig(missing, 'y.json'), ConfigError).message).toContain('clockMHz: must be a positive number');
    expect(thrown(() => withOverrides(base, { 'matrix.depth': 3 }), ConfigError).message).toContain('matrix.depth: unknown config field');
  });

  it('loads a config file and names the file in errors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tpusim-config-'));
    const good = join(dir, 'mine.json');
    writeFileSync(good, JSON.stringify({ ...base, name: 'mine' }));
    expect(loadConfig(good).name).toBe('mine');
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{ "name": ');
    expect(thrown(() => loadConfig(bad), ConfigError).message).toContain(`${bad}: not valid JSON`);
    expect(thrown(() => loadConfig(join(dir, 'none.json')), ConfigError).message).toContain('no such file');
    expect(thrown(() => loadConfig('tpu-v9'), ConfigError).message).toContain("unknown config 'tpu-v9': not a preset");
  });

  it('applies overrides without touching the original', () => {
    const c = withOverrides(loadConfig('tpu-v1'), { 'matrix.rows': 128, 'weightMemory.bandwidthGBps': 68 });
    expect(c.matrix.rows).toBe(128);
    expect(c.weightMemory.bandwidthGBps).toBe(68);
    expect(loadConfig('tpu-v1').matrix.rows).toBe(256);
  });
});

describe('derived timing parameters', () => {
  it('keeps cycles per byte as an exact fraction and rounds latencies up', () => {
    const t = timingParams(loadConfig('tpu-v1'));
    // 700e6 / 34e9 = 7 / 340 cycles per byte; 100 ns = 70 cycles; 1 us = 700 cycles
    expect([t.weightNum, t.weightDen, t.weightLatency]).toEqual([7n, 340n, 70n]);
    // 700e6 / 14e9 = 1 / 20
    expect([t.hostNum, t.hostDen, t.hostLatency]).toEqual([1n, 20n, 700n]);
    expect(transferCycles(65536, t.weightNum, t.weightDen)).toBe(1350n); // ceil(1349.27)
    // 183.5 GB/s: 700e6 / 183.5e9 = 7000 / 1835000 = 14 / 3670 = 7 / 1835
    const g = timingParams(loadConfig('tpu-v1-gddr5'));
    expect([g.weightNum, g.weightDen]).toEqual([7n, 1835n]);
    expect(transferCycles(65536, g.weightNum, g.weightDen)).toBe(251n); // 65536 * 7 / 1835 = 250.001 -> 251
    // a latency that is not a whole number of cycles: 15 ns at 700 MHz = 10.5 -> 11
    expect(timingParams(withOverrides(loadConfig('tpu-v1'), { 'weightMemory.latencyNs': 15 })).weightLatency).toBe(11n);
  });

  it('makes ideal memories free', () => {
    const t = timingParams(loadConfig('scalesim-ws32'));
    expect([t.weightNum, t.weightLatency, t.hostNum, t.hostLatency]).toEqual([0n, 0n, 0n, 0n]);
    expect(transferCycles(1 << 20, t.weightNum, t.weightDen)).toBe(0n);
  });
});
