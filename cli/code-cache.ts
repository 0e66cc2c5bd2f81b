// Loads a CommonJS file of the CLI bundle with V8's code cache: the bytecode of its functions as a
// run compiled them, so a later run neither parses the 1.4 MB bundle nor compiles what the cached
// run compiled. Node 20 has no compile cache of its own (module.enableCompileCache is Node 22) and
// none for ES modules, which is why model commands run a CommonJS copy of the CLI
// (scripts/bundle.ts, cli/launch.ts). `npm run build` makes the cache with a zoo:mlp run (scripts/code-cache.ts);
// V8 rejects it when this Node's version or flags differ, and the file is then compiled from
// source, as without a cache.
import { isAscii } from 'node:buffer';
import { readFileSync, writeFileSync } from 'node:fs';
import { Module, createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

/** What became of the cache: used, rejected by V8, made for another build of the file, or none there. */
export type CodeCacheUse = 'accepted' | 'rejected' | 'stale' | 'none';

/** A cache file: the SHA-256 of the source the cache was made from (32 bytes), then V8's data. */
const HEADER_BYTES = 32;

/**
 * The source's identity. V8 checks only the source's length, so a cache made for another build of
 * the file would run stale code; a file's times change when a package is packed and installed.
 * Hashing main.cjs takes ~1 ms. node:crypto is required here, on first use: loading it took
 * ~7 ms of every command's start-up (`--help` too), and only model commands hash.
 */
function sourceHash(bytes: Buffer): Buffer {
  const { createHash } = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return createHash('sha256').update(bytes).digest();
}

/** The cached data for the source in `cacheFile`, or why there is none. */
function readCache(hash: Buffer, cacheFile: string): Buffer | 'stale' | 'none' {
  let data: Buffer;
  try {
    data = readFileSync(cacheFile);
  } catch {
    return 'none';
  }
  return data.length > HEADER_BYTES && data.subarray(0, HEADER_BYTES).equals(hash) ? data.subarray(HEADER_BYTES) : 'stale';
}

/**
 * The source's text. Node 20 decodes UTF-8 at ~16 ms for main.cjs's 1.4 MB even when all of it is
 * ASCII, and latin1 at ~3 ms, which for ASCII is the same text (the bundle's build escapes what
 * esbuild leaves, scripts/bundle.ts).
 */
function sourceText(bytes: Buffer): string {
  return bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
}

/**
 * Runs the CommonJS module `file` (as `require` would, and registered in its cache) with the code
 * cache in `cacheFile`; returns its exports, what became of the cache, and a function that writes
 * the cache of what has been compiled so far (after a run, so that it holds the functions the run
 * compiled). The module may not use import(): node:vm gives a script one only through an
 * experimental option, which warns on stderr (main.cjs requires its packages instead).
 */
export function requireWithCodeCache(
  file: string,
  cacheFile: string,
): { exports: Record<string, unknown>; cache: CodeCacheUse; writeCache: () => void } {
  const bytes = readFileSync(file);
  const hash = sourceHash(bytes);
  const cached = readCache(hash, cacheFile);
  const script = new Script(Module.wrap(sourceText(bytes)), {
    filename: file,
    cachedData: typeof cached === 'string' ? undefined : cached,
  });
  const mod = new Module(file);
  mod.filename = file;
  mod.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(dirname(file));
  (Module as unknown as { _cache: Record<string, Module> })._cache[file] = mod;
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(mod.exports, mod.exports, createRequire(file), mod, file, dirname(file));
  mod.loaded = true;
  const cache: CodeCacheUse = typeof cached === 'string' ? cached : script.cachedDataRejected ? 'rejected' : 'accepted';
  const writeCache = () => writeFileSync(cacheFile, Buffer.concat([hash, script.createCachedData()]));
  return { exports: mod.exports as Record<string, unknown>, cache, writeCache };
}
