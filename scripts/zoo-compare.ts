// Compares two zoo snapshots (scripts/zoo-snapshot.ts OUT_DIR) the way a speed change must be
// judged: everything in report.json but host timings (already stripped by the snapshot) and the
// float32 comparison (`numerics`), plus the programs' disassembly, must be identical; the
// quantization parameters (parameter blocks) and the float32 comparison are listed where they
// differ, since a float32 executor that differs in the last bit moves a calibrated range by an ulp
// and with it a scale.
//
//   npx tsx scripts/zoo-compare.ts BASE_DIR NEW_DIR
//
// Prints one line per model ("identical", "same cycles and counters; quantization differs: …",
// or what differs) and exits 1 when any model's cycles, counters, placement or programs differ.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const [base, next] = process.argv.slice(2);
if (!base || !next) {
  process.stderr.write('usage: npx tsx scripts/zoo-compare.ts BASE_DIR NEW_DIR (snapshots of scripts/zoo-snapshot.ts)\n');
  process.exit(2);
}

interface Hashes {
  weights: string;
  params: string[];
  programs: string[];
}
type Json = Record<string, unknown>;

const read = (dir: string, model: string, file: string): unknown => JSON.parse(readFileSync(join(dir, model, file), 'utf8'));

/** Paths (a.b[3].c) where two JSON values differ, at most `limit` of them. */
function differences(a: unknown, b: unknown, path: string, out: string[], limit = 8): void {
  if (out.length >= limit) return;
  if (typeof a !== typeof b || Array.isArray(a) !== Array.isArray(b) || a === null || b === null || typeof a !== 'object') {
    if (a !== b) out.push(`${path}: ${JSON.stringify(a)?.slice(0, 60)} -> ${JSON.stringify(b)?.slice(0, 60)}`);
    return;
  }
  const keys = new Set([...Object.keys(a as Json), ...Object.keys(b as Json)]);
  for (const k of keys) differences((a as Json)[k], (b as Json)[k], Array.isArray(a) ? `${path}[${k}]` : `${path}.${k}`, out, limit);
}

/** The float32 comparison's largest change of cosine similarity, and of max abs error relative to its value. */
function numericsChange(a: Json, b: Json): string {
  const outs = (r: Json) => ((r.numerics as Json | undefined)?.outputs ?? []) as Json[];
  const [oa, ob] = [outs(a), outs(b)];
  let cos = 0;
  let worseCos = 0;
  oa.forEach((o, i) => {
    const ca = o.cosineSimilarity as number | null;
    const cb = ob[i]?.cosineSimilarity as number | null;
    if (ca !== null && cb !== null && cb !== undefined) {
      cos = Math.max(cos, Math.abs(ca - cb));
      worseCos = Math.max(worseCos, ca - cb);
    }
  });
  return `cosine similarity moves by at most ${cos.toExponential(1)} (worst loss ${worseCos > 0 ? worseCos.toExponential(1) : 'none'})`;
}

const models = readdirSync(base, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
let bad = 0;
for (const model of models) {
  if (!existsSync(join(next, model, 'report.json'))) {
    console.log(`${model}: missing in ${next}`);
    bad++;
    continue;
  }
  const [ra, rb] = [read(base, model, 'report.json') as Json, read(next, model, 'report.json') as Json];
  const [ha, hb] = [read(base, model, 'hashes.json') as Hashes, read(next, model, 'hashes.json') as Hashes];
  const { numerics: _na, ...restA } = ra;
  const { numerics: _nb, ...restB } = rb;
  const diffs: string[] = [];
  differences(restA, restB, 'report', diffs);
  if (ha.weights !== hb.weights) diffs.push('weight image differs');
  if (JSON.stringify(ha.programs) !== JSON.stringify(hb.programs)) diffs.push('program disassembly differs');
  if (diffs.length) {
    bad++;
    console.log(`${model}: DIFFERS\n  ${diffs.join('\n  ')}`);
    continue;
  }
  const params = ha.params.filter((p, i) => p !== hb.params[i]).length;
  const numerics = JSON.stringify(ra.numerics) !== JSON.stringify(rb.numerics);
  console.log(
    params || numerics
      ? `${model}: same cycles, counters, placement and programs; quantization differs in ${params} of ${ha.params.length} parameter blocks; ${numericsChange(ra, rb)}`
      : `${model}: identical`,
  );
}
console.log(`${models.length - bad} of ${models.length} models keep their cycles, counters, placement and programs`);
process.exit(bad ? 1 : 0);
