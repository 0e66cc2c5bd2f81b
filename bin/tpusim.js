#!/usr/bin/env node
// The tpusim command: the compiled CLI, bundled, lives in dist/bundle/ (built by `npm ci` / `npm run build`).
import { exitWithParent, relaunch, wantsRelaunch } from '../dist/bundle/relaunch.js';

// A reader that stops early (`tpusim models | head -1`) closes the pipe: stop quietly, as
// shell tools do, instead of dying on an unhandled EPIPE with a stack trace.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

if (wantsRelaunch(process.argv)) {
  // model commands run with glibc's malloc tuned (cli/relaunch.ts says why)
  process.exitCode = await relaunch(process.argv);
} else {
  exitWithParent();
  const { main } = await import('../dist/bundle/main.js');
  process.exitCode = await main(process.argv);
}
