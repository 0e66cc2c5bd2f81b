// `tpusim configs [NAME]`: the preset table and one config as JSON, through the built binary.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listPresets, loadConfig } from '../../sim/index.js';
import { BIN, tempDir, tpusim } from './helpers.js';

describe('tpusim configs', () => {
  it('lists every preset with its key parameters', () => {
    const r = tpusim(['configs']);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^name\s+array\s+MHz/);
    for (const name of listPresets()) expect(r.stdout).toMatch(new RegExp(`^${name}\\s`, 'm'));
    expect(r.stdout).toMatch(/^tpu-v1\s+256x256\s+700\s+yes\s+24 MiB\s+4096\s+4\s+34\s+14\s+91\.8\s+1349$/m);
    expect(r.stdout).toMatch(/^tpu-v1-gddr5\s.*\s250$/m);
  });

  it('prints one preset, or a config file, as JSON', () => {
    const r = tpusim(['configs', 'tpu-v1']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(loadConfig('tpu-v1'));
    const dir = tempDir();
    const file = join(dir, 'mine.json');
    writeFileSync(file, JSON.stringify({ ...loadConfig('small-16'), name: 'mine' }));
    expect((JSON.parse(tpusim(['configs', file]).stdout) as { name: string }).name).toBe('mine');
  });

  it('exits 2 with one line naming the problem', () => {
    const unknown = tpusim(['configs', 'tpu-v9']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^tpusim: unknown config 'tpu-v9': not a preset \(.*tpu-v1.*\) and not a JSON file\n$/);
    const dir = tempDir();
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ ...loadConfig('small-16'), matrix: { rows: 0, cols: 16, weightDoubleBuffer: true } }));
    const bad = tpusim(['configs', file]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(`tpusim: ${file}: invalid hardware config: matrix.rows: must be an integer between 1 and 1024\n`);
  });

  it('stops quietly when the reader closes the pipe early (no EPIPE stack trace)', () => {
    // `true` exits at once, so every write of the table goes to a closed pipe
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" configs | true; echo "exit=\${PIPESTATUS[0]}"`], {
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('exit=0\n');
  });
});
