// A snapshot of every zoo model at its default batch on a config (default tpu-v1): report.json
// without timestamps and host timings, and sha256s of each compiled program's disassembly, of its
// parameter block and of the weight image. Too slow for CI (the paper's workloads take minutes);
// it is how a compiler change proves it changed nothing for any zoo model:
//
//   npx tsx scripts/zoo-snapshot.ts OUT_DIR                       # take a snapshot
//   npx tsx scripts/zoo-snapshot.ts OUT_DIR --against BASE_DIR    # take one and compare with BASE_DIR
//   options: --config NAME (default tpu-v1), --models a,b (default: every zoo model)
//
// With --against it prints, per model, "same" or a short diff, and exits 1 when any differs.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { modelNames } from '../graph/index.js';
import { loadConfig } from '../sim/index.js';
import { captureModel } from '../tests/golden/capture.js';
import { goldenDiff, stableJson } from '../tests/golden/golden.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { against: { type: 'string' }, config: { type: 'string', default: 'tpu-v1' }, models: { type: 'string' } },
});
const out = positionals[0];
if (!out) {
  process.stderr.write('usage: npx tsx scripts/zoo-snapshot.ts OUT_DIR [--against BASE_DIR] [--config NAME] [--models a,b]\n');
  process.exit(2);
}
const config = loadConfig(values.config!);
const models = values.models ? values.models.split(',') : modelNames();
let differing = 0;
for (const [i, name] of models.entries()) {
  const t0 = performance.now();
  process.stderr.write(`[${i + 1}/${models.length}] zoo:${name} on ${config.name} ...`);
  const cap = await captureModel(`zoo:${name}`, config);
  const files: Record<string, string> = {
    'report.json': stableJson(cap.report),
    'hashes.json': stableJson(cap.hashes),
  };
  const dir = join(out, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  const diffs: string[] = [];
  if (values.against) {
    for (const [file, text] of Object.entries(files)) {
      const base = join(values.against, name, file);
      if (!existsSync(base)) diffs.push(`${base}: missing in the baseline`);
      else {
        const d = goldenDiff(join(name, file), readFileSync(base, 'utf8'), text);
        if (d) diffs.push(d);
      }
    }
    if (diffs.length) differing++;
  }
  const verdict = values.against ? (diffs.length ? ' DIFFERS' : ' same') : '';
  process.stderr.write(`${verdict} (${((performance.now() - t0) / 1000).toFixed(1)} s, ${cap.programs.length} programs)\n`);
  for (const d of diffs) process.stderr.write(`${d}\n`);
}
if (values.against) {
  process.stderr.write(`${models.length - differing} of ${models.length} models identical to ${values.against}\n`);
  if (differing) process.exit(1);
}
