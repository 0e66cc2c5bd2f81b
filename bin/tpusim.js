#!/usr/bin/env -S -u NODE_EXTRA_CA_CERTS GLIBC_TUNABLES=${GLIBC_TUNABLES}:glibc.malloc.hugetlb=1:glibc.malloc.mmap_threshold=4194304:glibc.malloc.top_pad=33554432:glibc.malloc.trim_threshold=268435456 node
// The tpusim command: the compiled CLI, bundled, lives in dist/bundle/ (built by `npm ci` / `npm run build`).
// A CommonJS file (bin/package.json), as is dist/bundle/launch.cjs, which it loads first
// (cli/launch.ts says why).
// Run as a program (`npx tpusim`, `tpusim`), it starts with malloc's large blocks on transparent
// huge pages and freed memory kept for reuse (LAUNCHER_TUNABLES in cli/relaunch.ts), appended to
// the user's own glibc tunables (docs/DESIGN.md, "Command line", says why), and without extra CA
// certificates, which Node parses as it starts and tpusim never uses (UNUSED_CA_CERTS in
// cli/relaunch.ts); `node bin/tpusim.js` skips the line, and model commands then re-run themselves
// with what they lack.
const { exitWithParent, loadCli, relaunch, wantsRelaunch } = require('../dist/bundle/launch.cjs');

// A reader that stops early (`tpusim models | head -1`) closes the pipe: stop quietly, as
// shell tools do, instead of dying on an unhandled EPIPE with a stack trace.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

async function launch() {
  if (wantsRelaunch(process.argv)) {
    // model commands run with glibc's malloc tuned (cli/relaunch.ts says why)
    process.exitCode = await relaunch(process.argv);
    return;
  }
  exitWithParent();
  // model commands run a CommonJS copy of the CLI with V8's code cache, the rest its ES modules
  const main = await loadCli(process.argv);
  process.exitCode = await main(process.argv);
  // The command is done and its files are written (synchronously). With stdout and stderr drained
  // too, end here rather than tear the process down piece by piece (worker threads, onnxruntime,
  // the heap): zoo:mlp ~10-15 ms sooner (alternating runs, docs/DESIGN.md "Command line").
  if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit();
}

launch();
