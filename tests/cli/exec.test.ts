// `tpusim exec`: runs raw programs (text or binary) as a user would, through the built binary.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COUNTERS } from '../../sim/index.js';
import { ROOT, tempDir, tpusim } from './helpers.js';

const examples = readdirSync(join(ROOT, 'isa', 'examples'))
  .filter((f) => f.endsWith('.s'))
  .sort();

interface ExecJson {
  program: string;
  config: string;
  fidelity: string;
  totalCycles: number;
  counters: Record<string, number>;
  perTag: { tag: number; counters: Record<string, number>; instructions: Record<string, number> }[];
}

describe('tpusim exec', () => {
  it.each(examples)('runs %s on small-16 with both fidelities, same cycles, counters and host memory', (file) => {
    const dir = tempDir();
    const results = (['fast', 'exact'] as const).map((fidelity) => {
      const dump = join(dir, `${fidelity}.bin`);
      const r = tpusim([
        'exec',
        join('isa', 'examples', file),
        '--config',
        'small-16',
        '--fidelity',
        fidelity,
        '--json',
        '--dump-host',
        dump,
      ]);
      expect(r.code, r.stderr).toBe(0);
      const json = JSON.parse(r.stdout) as ExecJson; // nothing but JSON on stdout
      expect(json.fidelity).toBe(fidelity);
      expect(Object.keys(json.counters)).toEqual(COUNTERS.map((c) => c.name));
      return { json, host: readFileSync(dump) };
    });
    const [fast, exact] = results;
    expect(fast!.json.totalCycles).toBeGreaterThan(0);
    expect(exact!.json.totalCycles).toBe(fast!.json.totalCycles);
    expect(exact!.json.counters).toEqual(fast!.json.counters);
    expect(exact!.json.perTag).toEqual(fast!.json.perTag);
    expect(exact!.host.equals(fast!.host)).toBe(true);
  });

  it('prints a readable summary by default and runs a binary with a trace file', () => {
    const dir = tempDir();
    const bin = join(dir, 'mm.bin');
    expect(tpusim(['asm', 'isa/examples/matmul-relu.s', '-o', bin]).code).toBe(0);
    const trace = join(dir, 'trace.json');
    const r = tpusim(['exec', bin, '--config', 'small-16', '--trace', trace]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('total: 168 cycles');
    expect(r.stdout).toMatch(/matrix unit: active 16 /);
    expect(r.stdout).toMatch(/^activeCycles\s+16\s+16$/m);
    const t = JSON.parse(readFileSync(trace, 'utf8')) as { entries: { unit: string; op: string; start: number }[]; truncated: boolean };
    expect(t.entries.map((e) => e.op)).toEqual(['READ_WEIGHTS', 'READ_HOST', 'MATMUL', 'ACTIVATE', 'WRITE_HOST']);
    expect(t.truncated).toBe(false);
  });

  it('takes host and weight images from files', () => {
    const dir = tempDir();
    const src = join(dir, 'p.s');
    // y[n] = sum_k x[k] * w[k][n], x = 1..16 from --host, w = all 2 from --weights: 2 * 136 = 272 -> saturated 127
    writeFileSync(
      src,
      'READ_WEIGHTS addr=0\nREAD_HOST ub=0, host=0, rows=1\nMATMUL ub=0, acc=0, len=1, switch\n' +
        'SET act.scale, 0.25\nACTIVATE acc=0, ub=1, len=1\nWRITE_HOST ub=1, host=16, rows=1\nHALT\n',
    );
    const host = join(dir, 'host.bin');
    writeFileSync(
      host,
      new Uint8Array(32).map((_, i) => (i < 16 ? i + 1 : 0)),
    );
    const weights = join(dir, 'w.bin');
    writeFileSync(weights, new Uint8Array(256).fill(2));
    const dump = join(dir, 'out.bin');
    const r = tpusim(['exec', src, '--config', 'small-16', '--host', host, '--weights', weights, '--dump-host', dump]);
    expect(r.code, r.stderr).toBe(0);
    // 272 * 0.25 = 68
    expect(Array.from(readFileSync(dump).subarray(16, 32))).toEqual(new Array(16).fill(68));
  });

  it('exits 2 with one line for a bad program, config or option', () => {
    const dir = tempDir();
    const src = join(dir, 'bad.s');
    writeFileSync(src, 'NOP 1\nREAD_HOST ub=4090, host=0, rows=10\nHALT\n.host 0\n.zero 160\n');
    const r = tpusim(['exec', src, '--config', 'small-16']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `tpusim: ${src}: instruction 1 (line 2: READ_HOST ub=4090, host=0, rows=10): Unified Buffer rows 4090..4099 are out of range (the UB has 4096 rows)\n`,
    );
    const noTile = join(dir, 'notile.s');
    writeFileSync(noTile, 'MATMUL ub=0, acc=0, len=1, switch\nHALT\n');
    const t = tpusim(['exec', noTile, '--config', 'small-16']);
    expect(t.code).toBe(2);
    expect(t.stderr).toMatch(/instruction 0 \(line 1: MATMUL .*\): this multiply switches to weight tile #0/);
    expect(tpusim(['exec', src]).code).toBe(2); // --config is required
    const unknown = tpusim(['exec', src, '--config', 'tpu-v9']);
    expect([unknown.code, unknown.stderr.trim().split('\n').length]).toEqual([2, 1]);
    expect(unknown.stderr).toMatch(/unknown config 'tpu-v9'/);
    expect(tpusim(['exec', 'isa/examples/mlp2.s', '--config', 'small-16', '--fidelity', 'slow']).stderr).toMatch(
      /--fidelity slow: expected fast or exact/,
    );
    expect(tpusim(['exec', 'isa/examples/mlp2.s', '--config', 'small-16', '--max-cycles', 'lots']).code).toBe(2);
    expect(tpusim(['exec', join(dir, 'none.s'), '--config', 'small-16']).stderr).toMatch(/none.s: no such file/);
  });

  it('exits 1 with one line for a run that fails: cycle limit and deadlock', () => {
    const limit = tpusim(['exec', 'isa/examples/mlp2.s', '--config', 'small-16', '--max-cycles', '100']);
    expect(limit.code).toBe(1);
    expect(limit.stderr).toBe(
      'tpusim: isa/examples/mlp2.s: instruction 5 (line 21: MATMUL ub=X_UB, acc=0, len=B, switch, unsigned): ' +
        'the run exceeded the cycle limit of 100 cycles (raise it with --max-cycles)\n',
    );
    const dir = tempDir();
    const src = join(dir, 'deadlock.s');
    writeFileSync(
      src,
      'READ_WEIGHTS addr=0, tiles=6\nSYNC weights\n' + 'MATMUL ub=0, acc=0, len=4, switch\n'.repeat(6) + 'HALT\n.weights 0\n.zero 1536\n',
    );
    for (const fidelity of ['fast', 'exact']) {
      const d = tpusim(['exec', src, '--config', 'small-16', '--fidelity', fidelity, '--json']);
      expect(d.code).toBe(1);
      expect(d.stdout).toBe('');
      expect(d.stderr).toMatch(
        /^tpusim: .*deadlock.s: instruction 0 \(line 1: READ_WEIGHTS addr=0, tiles=6\): deadlock at cycle 90: .*\n$/,
      );
    }
  });
});
