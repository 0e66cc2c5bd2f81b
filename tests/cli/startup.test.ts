// What `tpusim --help` and `--version` load: commander and the CLI's own small modules, never the
// simulator, the runtime, the reports (zod), the assembler or the heavy packages (onnxruntime-node,
// piscina, cli-progress, ...): every command loads those in its action. The child records every
// file it loads (an ESM resolve hook, and the CommonJS cache at exit); a file of the CLI bundle
// (dist/bundle/, scripts/bundle.ts) stands for the modules esbuild put in it, which its metafile
// lists. Nothing here is timed.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, tempDir } from './helpers.js';

// hooks run on their own thread: a synchronous write, so that nothing is lost when the process exits
const HOOK = `
import { writeSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  writeSync(2, 'LOADED ' + resolved.url + '\\n');
  return resolved;
}
`;

const REGISTER = `
import { createRequire, register } from 'node:module';
import { pathToFileURL } from 'node:url';
register('./hook.mjs', import.meta.url);
const cache = createRequire(import.meta.url).cache;
process.on('exit', () => {
  for (const file of Object.keys(cache)) process.stderr.write('LOADED ' + pathToFileURL(file).href + '\\n');
});
`;

/** The file URLs `node bin/tpusim.js ...args` loads, and its exit code. */
function loadedBy(args: string[]): { code: number | null; urls: string[] } {
  const dir = tempDir('tpusim-startup-');
  writeFileSync(join(dir, 'hook.mjs'), HOOK);
  writeFileSync(join(dir, 'register.mjs'), REGISTER);
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(join(dir, 'register.mjs')).href, BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (r.error) throw r.error;
  const urls = r.stderr
    .split('\n')
    .filter((l) => l.startsWith('LOADED '))
    .map((l) => l.slice('LOADED '.length))
    .filter((u) => u.startsWith('file:') && !u.startsWith(pathToFileURL(dir).href));
  return { code: r.status, urls: [...new Set(urls.flatMap(withBundledModules))] };
}

/** esbuild's metafile of the bundle: each output file and the modules (paths from the repository) in it. */
const BUNDLE_META = JSON.parse(readFileSync(join(ROOT, 'dist', 'bundle', 'meta.json'), 'utf8')) as {
  outputs: Record<string, { inputs: Record<string, unknown> }>;
};

/** `url`, and when it is a file of the bundle, the file URL of every module in it. */
function withBundledModules(url: string): string[] {
  const relative = url.slice(pathToFileURL(ROOT).href.length + 1);
  const output = BUNDLE_META.outputs[relative];
  return [url, ...Object.keys(output?.inputs ?? {}).map((m) => pathToFileURL(join(ROOT, m)).href)];
}

/** The packages (node_modules/NAME or node_modules/@scope/NAME) among `urls`. */
function packages(urls: string[]): string[] {
  const names = urls.map((u) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(u)?.[1]).filter((n): n is string => n !== undefined);
  return [...new Set(names)].sort();
}

/** The repository's own modules among `urls`, relative to the repository. */
function ownModules(urls: string[]): string[] {
  const root = pathToFileURL(ROOT).href + '/';
  return urls.filter((u) => u.startsWith(root) && !u.includes('/node_modules/')).map((u) => u.slice(root.length));
}

describe('tpusim start-up', () => {
  it.each(['--help', '--version', 'run --help', 'asm --help'])('`tpusim %s` loads only commander and the CLI', (command) => {
    const { code, urls } = loadedBy(command.split(' '));
    expect(code).toBe(0);
    // the hook saw the launcher and the CLI (a hook that saw nothing would pass every check below)
    expect(ownModules(urls)).toEqual(expect.arrayContaining(['bin/tpusim.js', 'dist/bundle/main.js', 'dist/cli/main.js']));
    // the ES modules, not the CommonJS copy of the whole CLI that model commands run (cli/launch.ts)
    expect(ownModules(urls)).not.toContain('dist/bundle/main.cjs');
    expect(packages(urls)).toEqual(['commander']);
    // outside dist/cli/, only the import-free modules main.ts and run.ts need at start
    expect(
      ownModules(urls)
        .filter((m) => m.startsWith('dist/') && !m.startsWith('dist/cli/') && !m.startsWith('dist/bundle/'))
        .sort(),
    ).toEqual(['dist/runtime/defaults.js', 'dist/runtime/module-url.js', 'dist/sim/paths.js']);
    // the CLI modules that import the rest of tpusim load with their command's action
    const heavy = ['exit-codes.js', 'program-file.js', 'commands/models.js', 'commands/scalesim.js', 'commands/sweep-pool.js'];
    expect(ownModules(urls).filter((m) => heavy.some((h) => m === `dist/cli/${h}`))).toEqual([]);
  });

  it("`tpusim --help` never loads node:child_process (commander's is required on first use) or node:crypto (the code cache's hash, on first use); a model run does", () => {
    const builtinsLoaded = (args: string[]) => {
      const dir = tempDir('tpusim-builtins-');
      const probe = join(dir, 'probe.mjs');
      // the probe runs in a re-run's parent (which spawns the child) and in the child
      writeFileSync(
        probe,
        "process.on('exit', () => { for (const m of ['child_process', 'crypto']) if (process.moduleLoadList.includes('NativeModule ' + m)) process.stderr.write('LOADED ' + m + '\\n'); });",
      );
      const r = spawnSync(process.execPath, ['--import', pathToFileURL(probe).href, BIN, ...args], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(r.status).toBe(0);
      return [...new Set([...r.stderr.matchAll(/^LOADED (\S+)$/gm)].map((m) => m[1]))].sort();
    };
    expect(builtinsLoaded(['--help'])).toEqual([]);
    const topology = join('tests', 'fixtures', 'scalesim', 'reference', 'topologies', 'resnet18_conv1.csv');
    expect(builtinsLoaded(['run', topology, '--config', 'scalesim-ws32', '--no-html', '-o', tempDir()])).toEqual([
      'child_process',
      'crypto',
    ]);
  });

  it('an error still maps to its exit code (the error classes load when it happens)', () => {
    const { code, urls } = loadedBy(['asm', join('no', 'such', 'file.s')]);
    expect(code).toBe(2);
    expect(ownModules(urls)).toContain('dist/cli/exit-codes.js');
  });
});

describe('a SCALE-Sim topology run', () => {
  const topology = join('tests', 'fixtures', 'scalesim', 'topologies', 'v2', 'conv_nets', 'Resnet18.csv');
  // onnx-buf and @bufbuild/protobuf are loaded only by proto-modules.js, on first use (graph/onnx/proto.ts)
  const PROTO = 'dist/graph/onnx/proto-modules.js';

  it.each([
    ['run', topology, '--config', 'scalesim-google'],
    ['scalesim', '-c', join('tests', 'fixtures', 'scalesim', 'configs', 'ws32.cfg'), '-t', topology],
  ])('`tpusim %s …` never loads the ONNX protobuf modules', (...args) => {
    const { code, urls } = loadedBy([...args, ...(args[0] === 'run' ? ['-o'] : ['-p']), tempDir('tpusim-startup-out-')]);
    expect(code).toBe(0);
    // the hook saw the run load the graph's ONNX code and other packages, in the CommonJS copy of the CLI
    expect(ownModules(urls)).toContain('dist/graph/onnx/proto.js');
    expect(ownModules(urls)).toContain('dist/bundle/main.cjs');
    expect(ownModules(urls)).not.toContain('dist/bundle/main.js');
    expect(packages(urls)).toContain('zod');
    expect(ownModules(urls)).not.toContain(PROTO);
    // SCALE-Sim's memory bookkeeping ran on its thread: the worker module is beside the CLI's (when
    // it is missing, the run does the bookkeeping itself, slower, and says nothing)
    expect(ownModules(urls)).toContain('dist/reports/scalesim-worker.js');
    expect(packages(urls)).not.toContain('onnx-buf');
    expect(packages(urls)).not.toContain('@bufbuild/protobuf');
  });

  it('while an ONNX model loads them (the check above can fail)', () => {
    const onnx = join('tests', 'fixtures', 'onnx', 'smallcnn-op13.onnx');
    const { code, urls } = loadedBy(['run', onnx, '--no-html', '-o', tempDir('tpusim-startup-out-')]);
    expect(code).toBe(0);
    expect(ownModules(urls)).toContain(PROTO);
  });
});
