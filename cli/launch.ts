// What `bin/tpusim.js` loads first, before any of the CLI: whether to re-run with malloc tuned
// (relaunch.ts), and which copy of the CLI to load. Bundled as CommonJS (dist/bundle/launch.cjs,
// scripts/bundle.ts), like the launcher itself: a process that starts on CommonJS and runs a model
// command never starts Node's ES module loader, which took ~40 ms of a zoo:mlp run (15 alternating
// runs each, the CommonJS CLI loaded from an ES module launcher and from a CommonJS one).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { requireWithCodeCache } from './code-cache.js';
import { runsModels } from './relaunch.js';

export { exitWithParent, relaunch, wantsRelaunch } from './relaunch.js';

/** The CLI's `main`. */
type Main = (argv: string[]) => Promise<number>;

/**
 * The CLI for this command line. Model commands (not their help) run the CommonJS copy of the
 * whole CLI, main.cjs, with V8's code cache (code-cache.ts), and `TPUSIM_WRITE_CODE_CACHE=1`
 * writes that cache as the process exits (scripts/code-cache.ts). The other commands import the
 * ES modules, main.js and only the chunks they need (`tpusim --help` loads commander and the
 * CLI's own modules, tests/cli/startup.test.ts), where parsing the whole 1.4 MB copy, or reading
 * its cache, cost more than it saved. Outside the bundle (dist/cli/), or on a Node that cannot
 * require() the protobuf packages' ES modules (graph/onnx/proto.ts), the ES modules too.
 */
export async function loadCli(argv: string[]): Promise<Main> {
  const file = fileURLToPath(new URL('./main.cjs', import.meta.url));
  if (runsModels(argv) && existsSync(file) && process.features.require_module === true) {
    const { exports, writeCache } = requireWithCodeCache(file, `${file}.cache`);
    if (process.env['TPUSIM_WRITE_CODE_CACHE'] === '1') process.once('exit', writeCache);
    return exports['main'] as Main;
  }
  // a URL, not a literal path: the bundle leaves this import() to Node, in either module format
  const esm = new URL('./main.js', import.meta.url).href;
  return ((await import(esm)) as { main: Main }).main;
}
