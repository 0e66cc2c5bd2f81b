// Writes dist/bundle/main.cjs.cache: V8's code cache of the CommonJS copy of the CLI, as a
// `tpusim run zoo:mlp` (report.html included) compiled it, so that model commands start without
// parsing the bundle or compiling what this run compiled (cli/code-cache.ts says why). Run by
// `npm run build` after the bundle and the page head. A run that fails leaves no cache, and
// commands then compile the copy from source: the build says so and goes on.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CACHE = join('dist', 'bundle', 'main.cjs.cache');
const out = mkdtempSync(join(tmpdir(), 'tpusim-code-cache-'));
rmSync(CACHE, { force: true });
const r = spawnSync(process.execPath, [join('bin', 'tpusim.js'), 'run', 'zoo:mlp', '-o', out], {
  env: { ...process.env, TPUSIM_WRITE_CODE_CACHE: '1' },
  encoding: 'utf8',
  timeout: 120_000,
});
rmSync(out, { recursive: true, force: true });
if (r.status !== 0 || !existsSync(CACHE)) {
  const why = r.error?.message ?? r.stderr.trim().split('\n').at(-1) ?? `exit code ${r.status}`;
  process.stderr.write(`warning: no code cache for the CLI (${CACHE}): \`tpusim run zoo:mlp\` failed: ${why}\n`);
}
