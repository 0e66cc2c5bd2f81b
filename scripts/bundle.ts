// Bundles the compiled CLI (dist/, from tsc) into dist/bundle/ with esbuild, which `bin/tpusim.js`
// runs. Node 20 has no compile cache, and resolving, reading and linking some 360 ES modules one
// by one was a large part of a short run (zoo:mlp: ~0.17 s of ~0.73 s): bundled, a command loads a
// handful of files. Run by `npm run build` after tsc; docs/DESIGN.md ("The CLI bundle") says more.
//
// Every output lands flat in dist/bundle/, so a module that finds a sibling file by a relative URL
// (`new URL('./worker.js', import.meta.url)`) finds it in the bundle too: each such file is an
// entry point of its own, under the same name. meta.json (esbuild's metafile) records which
// source modules each output holds (tests/cli/startup.test.ts reads it).
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Plugin, build } from 'esbuild';

const OUT = join('dist', 'bundle');

/** Output name → compiled module. */
const ENTRIES = {
  main: 'dist/cli/main.js', // the CLI
  relaunch: 'dist/cli/relaunch.js', // bin/tpusim.js's first step, before the CLI loads
  index: 'dist/runtime/index.js', // runtime/module-url.ts: what sweep and queue workers import
  worker: 'dist/runtime/fallback/worker.js', // runtime/fallback/pool.ts: the fallback devices' piscina workers
  'sweep-worker': 'dist/cli/commands/sweep-worker.js', // cli/commands/sweep-pool.ts
  'scalesim-worker': 'dist/reports/scalesim-worker.js', // reports/scalesim-thread.ts
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
writeFileSync(join(OUT, 'meta.json'), JSON.stringify(result.metafile));
