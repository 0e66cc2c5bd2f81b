// Bundles the compiled CLI (dist/, from tsc) into dist/bundle/ with esbuild, which `bin/tpusim.js`
// runs. Node 20 has no compile cache, and resolving, reading and linking some 360 ES modules one
// by one was a large part of a short run (zoo:mlp: ~0.17 s of ~0.73 s): bundled, a command loads a
// handful of files. Run by `npm run build` after tsc; docs/DESIGN.md ("The CLI bundle") says more.
//
// Every output lands flat in dist/bundle/, so a module that finds a sibling file by a relative URL
// (`new URL('./worker.js', import.meta.url)`) finds it in the bundle too: each such file is an
// entry point of its own, under the same name. meta.json (esbuild's metafile) records which
// source modules each output holds (tests/cli/startup.test.ts reads it).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BuildOptions, type Plugin, build } from 'esbuild';

const OUT = join('dist', 'bundle');

/** Output name → compiled module. */
const ENTRIES = {
  main: 'dist/cli/main.js', // the CLI
  index: 'dist/runtime/index.js', // runtime/module-url.ts: what sweep and queue workers import
  worker: 'dist/runtime/fallback/worker.js', // runtime/fallback/pool.ts: the fallback devices' piscina workers
  'sweep-worker': 'dist/cli/commands/sweep-worker.js', // cli/commands/sweep-pool.ts
  'scalesim-worker': 'dist/reports/scalesim-worker.js', // reports/scalesim-thread.ts
  'sample-worker': 'dist/graph/zoo/sample-worker.js', // graph/zoo/sample-thread.ts
  'proto-modules': 'dist/graph/onnx/proto-modules.js', // graph/onnx/proto.ts: required on first use
};

/**
 * Packages loaded from node_modules as they are: onnxruntime-node (a native addon), piscina (starts
 * its own worker file), and bullmq with ioredis (queue sweeps only; bullmq reads files beside its
 * own modules), and tsx (a sweep worker's TypeScript model module; it brings esbuild). Packages the
 * CLI loads with createRequire (cli-progress, csv-stringify, plotly's file) are never bundled
 * either. commander is: bundled, `tpusim --help` spent 13 ms less CPU (`perf stat -r 20`).
 */
const EXTERNAL = ['onnxruntime-node', 'piscina', 'bullmq', 'ioredis', 'tsx'];

/**
 * commander requires node:child_process as it loads, for subcommands run as executables of their
 * own, which tpusim has none of; loading it costs every command ~5 ms (`tpusim --help` included:
 * `node -e "require('node:child_process')"`). Inside commander it becomes a module that requires
 * it on first use.
 */
const lazyChildProcessInCommander: Plugin = {
  name: 'lazy-child-process-in-commander',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "module.exports = { spawn: (...args) => require('node:child_process').spawn(...args) };",
      loader: 'js',
    }));
  },
};

/**
 * The CommonJS copy's only top-level await: graph/onnx/proto.ts imports the protobuf modules at
 * once when it runs from TypeScript sources (or a Node without require() of ES modules), which the
 * copy never does (cli/code-cache.ts loads it only where it can require them). esbuild refuses
 * top-level await in CommonJS output, so the copy holds `undefined` there instead.
 */
const noProtoPreload: Plugin = {
  name: 'no-proto-preload',
  setup(b) {
    b.onLoad({ filter: /[\\/]graph[\\/]onnx[\\/]proto\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const preload = "await import('./proto-modules.js')";
      if (!source.includes(preload)) throw new Error(`${args.path}: no \`${preload}\` to leave out of the CommonJS copy`);
      return { contents: source.replace(preload, 'undefined'), loader: 'js' };
    });
  },
};

/**
 * Escapes what is left of non-ASCII text in an output: esbuild escapes it in code (its default
 * charset) but not in the comments it keeps. A file with none is read into a one-byte string; the
 * eight comments with a "§" or "∈" took reading main.cjs as UTF-8 from ~3 to ~30 ms, and V8 then
 * parses two-byte source.
 */
function asciiOnly(file: string): void {
  const text = readFileSync(file, 'utf8');
  // eslint-disable-next-line no-control-regex -- the complement of ASCII
  const escaped = text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (escaped !== text) writeFileSync(file, escaped);
}

rmSync(OUT, { recursive: true, force: true }); // no chunk of an earlier build stays behind
const result = await build({
  entryPoints: ENTRIES,
  outdir: OUT,
  bundle: true,
  splitting: true, // a command loads only the chunks its code needs (tests/cli/startup.test.ts)
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: EXTERNAL,
  // bundled CommonJS packages (cli-table3) call require(); ES module output has none of its own
  banner: {
    js: "import { createRequire as __tpusimCreateRequire } from 'node:module'; const require = __tpusimCreateRequire(import.meta.url);",
  },
  plugins: [lazyChildProcessInCommander],
  metafile: true,
  logLevel: 'warning',
});

/** Bundles `entry` as one CommonJS file, `dist/bundle/NAME.cjs`, whose import.meta.url is its own file's URL. */
function commonJs(name: string, entry: string, options: Partial<BuildOptions> = {}) {
  return build({
    entryPoints: { [name]: entry },
    outdir: OUT,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: EXTERNAL,
    define: { 'import.meta.url': '__tpusimModuleUrl' },
    banner: { js: "const __tpusimModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
    metafile: true,
    logLevel: 'warning',
    ...options,
  });
}

// The launcher's first steps (launch.cjs, which bin/tpusim.js requires; its import() of main.js
// stays one), and the copy of the CLI (main.cjs) that model commands run with V8's code cache
// (cli/launch.ts and cli/code-cache.ts say why). A script compiled by node:vm has no import() of
// its own without an experimental option that warns on stderr, so the copy requires its external
// packages instead (esbuild writes an import() it is told the target lacks as a require()).
const launch = await commonJs('launch', 'dist/cli/launch.js');
const cli = await commonJs('main', ENTRIES.main, {
  supported: { 'dynamic-import': false },
  plugins: [lazyChildProcessInCommander, noProtoPreload],
});
const meta = result.metafile!;
Object.assign(meta.outputs, launch.metafile!.outputs, cli.metafile!.outputs);
for (const output of Object.keys(meta.outputs)) asciiOnly(output);
writeFileSync(join(OUT, 'meta.json'), JSON.stringify(meta));
