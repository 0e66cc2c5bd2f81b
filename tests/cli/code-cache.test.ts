// cli/code-cache.ts: a CommonJS file run with V8's code cache. The cache must be used when it was
// made for this very file, never for another build of it (V8 itself checks only the source's
// length), and the module must behave as `require` would make it. And the CLI's own cache, made by
// `npm run build`, must be one this Node accepts. Nothing here is timed.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireWithCodeCache } from '../../cli/code-cache.js';
import { ROOT, tempDir } from './helpers.js';

/** A module whose length is the same for every one-digit `value`: V8 alone would take one's cache for another's. */
function writeModule(dir: string, value: number): string {
  const file = join(dir, 'm.cjs');
  writeFileSync(
    file,
    `const { sep } = require('node:path');\n` +
      `exports.value = ${value};\n` +
      `exports.double = (x) => 2 * x;\n` +
      `exports.here = [__filename, __dirname, sep, module.id === __filename || module.filename === __filename];\n`,
  );
  return file;
}

describe('requireWithCodeCache', () => {
  it('runs the module as require would, with no cache at first, then with the one it wrote', () => {
    const dir = tempDir('tpusim-code-cache-');
    const file = writeModule(dir, 1);
    const cacheFile = join(dir, 'm.cjs.cache');
    const first = requireWithCodeCache(file, cacheFile);
    expect(first.cache).toBe('none');
    expect(first.exports['value']).toBe(1);
    expect((first.exports['double'] as (x: number) => number)(21)).toBe(42);
    expect(first.exports['here']).toEqual([file, dir, '/', true]);
    first.writeCache();
    const second = requireWithCodeCache(file, cacheFile);
    expect(second.cache).toBe('accepted');
    expect(second.exports['value']).toBe(1);
    expect((second.exports['double'] as (x: number) => number)(4)).toBe(8);
  });

  it('never uses a cache made for another build of the file, even of the same length (V8 would run the old code)', () => {
    const dir = tempDir('tpusim-code-cache-');
    const cacheFile = join(dir, 'm.cjs.cache');
    const old = writeModule(dir, 1);
    requireWithCodeCache(old, cacheFile).writeCache();
    const rebuilt = writeModule(dir, 7); // same length, new content
    const run = requireWithCodeCache(rebuilt, cacheFile);
    expect(run.cache).toBe('stale');
    expect(run.exports['value']).toBe(7);
  });

  it('compiles from source when the cache file is damaged', () => {
    const dir = tempDir('tpusim-code-cache-');
    const file = writeModule(dir, 3);
    const cacheFile = join(dir, 'm.cjs.cache');
    writeFileSync(cacheFile, 'not a cache');
    const run = requireWithCodeCache(file, cacheFile);
    expect(run.cache).toBe('stale');
    expect(run.exports['value']).toBe(3);
  });
});

describe("the CLI's code cache (npm run build)", () => {
  it('is one this Node accepts for dist/bundle/main.cjs', () => {
    const script = `
      const { requireWithCodeCache } = await import(${JSON.stringify(join(ROOT, 'cli', 'code-cache.ts'))});
      const file = ${JSON.stringify(join(ROOT, 'dist', 'bundle', 'main.cjs'))};
      const { cache, exports } = requireWithCodeCache(file, file + '.cache');
      console.log(JSON.stringify({ cache, main: typeof exports.main }));
    `;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ cache: 'accepted', main: 'function' });
  });
});
