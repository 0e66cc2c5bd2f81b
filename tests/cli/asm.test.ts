import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir, tpusim } from './helpers.js';

const examples = readdirSync(join(ROOT, 'isa', 'examples')).filter((f) => f.endsWith('.s'));

describe('tpusim asm / disasm', () => {
  it('prints help and version', () => {
    const help = tpusim(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: tpusim/);
    expect(help.stdout).toMatch(/asm/);
    const version = tpusim(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });

  it.each(examples)('round-trips %s through asm, disasm and asm again', (file) => {
    const dir = tempDir();
    const bin = join(dir, 'x.bin');
    const a = tpusim(['asm', join('isa', 'examples', file), '-o', bin]);
    expect(a.code, a.stderr).toBe(0);
    const d = tpusim(['disasm', bin]);
    expect(d.code, d.stderr).toBe(0);
    const text = join(dir, 'x.s');
    writeFileSync(text, d.stdout);
    const bin2 = join(dir, 'y.bin');
    expect(tpusim(['asm', text, '-o', bin2]).code).toBe(0);
    expect(readFileSync(bin2).equals(readFileSync(bin))).toBe(true);
  });

  it('exits 2 with a one-line message on bad usage', () => {
    const r = tpusim(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command 'frobnicate'/);
    expect(tpusim(['asm']).code).toBe(2);
  });

  it('exits 2 naming the file on a missing file, bad assembly, or a garbage binary', () => {
    const missing = tpusim(['asm', 'no/such/file.s']);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toBe('tpusim: no/such/file.s: no such file');

    const dir = tempDir();
    const bad = join(dir, 'bad.s');
    writeFileSync(bad, 'MATMUL len=1\nMATMUL len=99999999999\nFROB\n');
    const r = tpusim(['asm', bad, '-o', join(dir, 'bad.bin')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${bad}:2:12: error: MATMUL len = 99999999999 does not fit in 24 bits`);
    expect(r.stderr).toContain(`${bad}:3:1: error: unknown instruction 'FROB'`);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace

    const garbage = join(dir, 'garbage.bin');
    writeFileSync(garbage, Buffer.from([0x54, 0x50, 0x55, 0x42, 2, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3]));
    const g = tpusim(['disasm', garbage]);
    expect(g.code).toBe(2);
    expect(g.stderr).toMatch(/garbage\.bin: truncated program: header says 5 instructions/);
    expect(g.stderr.trim().split('\n')).toHaveLength(1);

    const random = join(dir, 'random.bin');
    writeFileSync(random, Buffer.from([0, 1, 2, 3, 250, 251, 0, 7]));
    const rr = tpusim(['disasm', random]);
    expect(rr.code).toBe(2);
    expect(rr.stderr).toMatch(/not a tpusim program/);
  });
});
