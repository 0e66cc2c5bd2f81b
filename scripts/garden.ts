// The model garden (`npm run garden`): every torchvision classification model, exported with random
// weights (batch 1, opset 17) by scripts/garden-export.py, run through `tpusim run` on each preset.
// Each run either runs or refuses with a one-line error; an internal error, a stack trace, a crash
// or a timeout is a finding. Models are exported and run one by one, in the order given (default:
// torchvision's list); exports and results are cached per model and preset, so an interrupted garden
// resumes where it stopped.
//
//   npm run garden                                   # every model, on tpu-v1 and tpu-v1-vector
//   npm run garden -- resnet18 mobilenet_v3_small    # a subset
//   options: --presets a,b   --out DIR (default test-output/garden)   --timeout S (per run, default 1800)
//            --max-params M (only models with at most M million parameters)   --rerun (ignore cached runs)
//            --cached (export and run nothing: tabulate what earlier runs recorded, '–' for the rest)
//
// Writes OUT/garden.md (the table) and OUT/garden.json (every record); exit 1 if any run is a finding.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type ExportRecord, type RunRecord, exportModels, gardenTable, listModels, runModel } from './garden-lib.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    presets: { type: 'string', default: 'tpu-v1,tpu-v1-vector' },
    out: { type: 'string', default: join('test-output', 'garden') },
    timeout: { type: 'string', default: '1800' },
    'max-params': { type: 'string' },
    rerun: { type: 'boolean', default: false },
    cached: { type: 'boolean', default: false },
  },
});
const presets = values.presets!.split(',');
const out = values.out!;
const known = listModels();
const unknown = positionals.filter((m) => !known.includes(m));
if (unknown.length > 0) {
  process.stderr.write(`garden: unknown model(s) ${unknown.join(', ')}; known: ${known.join(', ')}\n`);
  process.exit(2);
}
const timeout = Number(values.timeout);
const maxParams = values['max-params'] === undefined ? Infinity : Number(values['max-params']) * 1e6;

// Export and run model by model, so a long garden yields results from the start.
const selected = positionals.length > 0 ? positionals : known;
const exports = new Map<string, ExportRecord>();
const runs: RunRecord[] = [];
for (const [i, model] of selected.entries()) {
  if (values.cached) {
    tabulateCached(model);
    continue;
  }
  const e = exportModels([model], join(out, 'models')).get(model)!;
  exports.set(model, e);
  if (e.status === 'skipped') {
    process.stderr.write(`[${i + 1}/${selected.length}] ${model}: not exported: ${e.reason}\n`);
    continue;
  }
  if (e.parameters > maxParams) continue;
  for (const preset of presets) runs.push(runOne(`[${i + 1}/${selected.length}] ${model} on ${preset}`, model, preset));
}
const models = selected.filter((m) => (exports.get(m)?.parameters ?? 0) <= maxParams);

/** --cached: the model's recorded export and runs, if any. */
function tabulateCached(model: string): void {
  const record = join(out, 'models', `${model}.json`);
  if (!existsSync(record)) return;
  exports.set(model, JSON.parse(readFileSync(record, 'utf8')) as ExportRecord);
  for (const preset of presets) {
    const cached = join(out, 'runs', `${model}@${preset}`, 'record.json');
    if (existsSync(cached)) runs.push(JSON.parse(readFileSync(cached, 'utf8')) as RunRecord);
  }
}

/** Runs one model on one preset, or reads its cached record. */
function runOne(tag: string, model: string, preset: string): RunRecord {
  const dir = join(out, 'runs', `${model}@${preset}`);
  const cached = join(dir, 'record.json');
  if (!values.rerun && existsSync(cached)) {
    const r = JSON.parse(readFileSync(cached, 'utf8')) as RunRecord;
    process.stderr.write(`${tag}: cached, ${r.outcome}\n`);
    return r;
  }
  process.stderr.write(`${tag} ...\n`);
  const r = runModel(model, join(out, 'models', `${model}.onnx`), preset, dir, timeout);
  writeFileSync(cached, JSON.stringify(r, null, 1) + '\n');
  const figures =
    r.outcome === 'ran' ? `${r.nodes!.tpu}/${r.nodes!.total} nodes on TPU, cosine ${r.cosine?.toFixed(4) ?? '–'}` : (r.message ?? '');
  process.stderr.write(`${tag}: ${r.outcome}, ${figures} (${r.wallSeconds.toFixed(1)} s)\n`);
  return r;
}

mkdirSync(out, { recursive: true });
const table = gardenTable(models, presets, exports, runs);
writeFileSync(join(out, 'garden.md'), table);
writeFileSync(join(out, 'garden.json'), JSON.stringify({ presets, exports: [...exports.values()], runs }, null, 1) + '\n');
process.stdout.write(table);
const findings = runs.filter((r) => r.outcome !== 'ran' && r.outcome !== 'refused');
process.stderr.write(
  `\nwrote ${join(out, 'garden.md')}; ${runs.length} runs, ${findings.length} findings (internal error, stack trace, crash or timeout)\n`,
);
process.exitCode = findings.length > 0 ? 1 : 0;
