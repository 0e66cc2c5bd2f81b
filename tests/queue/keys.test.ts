// Content addressing: equal inputs give equal keys whatever the key order; any change gives another.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson, dirResultCache, modelSource, parseQueueUrl, pointKey } from '../../queue/index.js';

describe('queue keys and cache', () => {
  it('canonical JSON ignores key order and undefined fields', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: undefined } })).toBe('{"a":{"d":[1,{"x":1,"y":2}]},"b":1}');
  });

  it('a point key changes with the model bytes, config, options and version, not with key order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tpusim-keys-'));
    writeFileSync(join(dir, 'a.onnx'), 'AAAA');
    writeFileSync(join(dir, 'b.onnx'), 'AAAB');
    const a = modelSource(join(dir, 'a.onnx'));
    expect(a.ref).toEqual({ kind: 'file', hash: createHash('sha256').update('AAAA').digest('hex'), name: 'a.onnx', ext: '.onnx' });
    const b = modelSource(join(dir, 'b.onnx')).ref;
    const cfg = { matrix: { rows: 64, cols: 64 } };
    const k = pointKey(a.ref, cfg, { batch: 1 }, '1.0.0');
    expect(pointKey(a.ref, { matrix: { cols: 64, rows: 64 } }, { batch: 1 }, '1.0.0')).toBe(k);
    const others = [
      pointKey(b, cfg, { batch: 1 }, '1.0.0'),
      pointKey(a.ref, { matrix: { rows: 128, cols: 64 } }, { batch: 1 }, '1.0.0'),
      pointKey(a.ref, cfg, { batch: 2 }, '1.0.0'),
      pointKey(a.ref, cfg, { batch: 1 }, '1.0.1'),
      pointKey({ kind: 'zoo', name: 'zoo:mlp' }, cfg, { batch: 1 }, '1.0.0'),
    ];
    expect(new Set([k, ...others]).size).toBe(6);
  });

  it('the directory cache keeps successful outcomes only', async () => {
    const cache = dirResultCache(mkdtempSync(join(tmpdir(), 'tpusim-cache-')));
    const ok = { status: 'ok' as const, totals: { cycles: 1 } as never, wallMs: 5 };
    await cache.put('k1', ok);
    await cache.put('k2', { status: 'failed', error: 'boom', wallMs: null });
    expect(await cache.get(['k1', 'k2', 'k3'])).toEqual([ok, undefined, undefined]);
  });

  it('parses redis://HOST:PORT[/DB] and names what is wrong otherwise', () => {
    expect(parseQueueUrl('redis://10.0.0.5:7000/3')).toMatchObject({ host: '10.0.0.5', port: 7000, db: 3 });
    expect(parseQueueUrl('redis://h')).toMatchObject({ host: 'h', port: 6379, db: 0 });
    expect(() => parseQueueUrl('localhost:6379')).toThrow(/--queue localhost:6379: unsupported scheme localhost:/);
    expect(() => parseQueueUrl('redis://h:1/x')).toThrow(/database "x" is not a number/);
    expect(() => parseQueueUrl('nonsense')).toThrow(/not a URL/);
  });
});
