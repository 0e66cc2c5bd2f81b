// ONNX's conformance data (Debian's libonnx-testdata) against the importer and the reference
// kernels. Every case of every suite in SUITES ends in exactly one of four outcomes:
//   passed       runs and matches onnx's expected outputs within onnx's tolerance;
//   excepted     a case of supported ops that is known not to pass, listed with its reason in
//                conformance-exceptions.json ("exceptions");
//   unsupported  the model uses an ai.onnx opset the importer refuses, or an op with no
//                implementation (each such op listed with its reason under "unsupported"), and
//                the importer refuses it with an OnnxImportError;
//   failed       anything else: a wrong output, an unlisted unsupported op, an exception that
//                now passes, a model the importer should refuse but accepts.
// The last test checks that the four counts add up to the number of cases found, and prints
// them with the unsupported ops; test-output/conformance.json holds the details.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_OPSET, MIN_OPSET, OnnxImportError, importOnnx } from '../../graph/index.js';
import {
  type ConformanceCase,
  DATA_DIR,
  SUITES,
  listCases,
  modelBytes,
  opsetRefused,
  runCase,
  unsupportedOps,
} from './conformance-runner.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
const EXCEPTIONS_FILE = join(HERE, 'conformance-exceptions.json');
const REPORT_FILE = join(ROOT, 'test-output', 'conformance.json');

interface ExceptionsFile {
  unsupported: { opsets: string; ops: Record<string, string> };
  exceptions: Record<string, string>;
}
const listed = JSON.parse(readFileSync(EXCEPTIONS_FILE, 'utf8')) as ExceptionsFile;

type Outcome = 'passed' | 'excepted' | 'unsupported' | 'failed';
interface CaseResult {
  outcome: Outcome;
  /** Why the case is excepted, unsupported or failed. */
  detail?: string;
  /** For unsupported cases: the ops without an implementation, or 'opset' for a refused opset. */
  refused?: string[];
}

/** The importer must refuse a model it cannot run with its own one-line error, not crash or accept it. */
function refusal(c: ConformanceCase, why: string, refused: string[]): CaseResult {
  try {
    importOnnx(modelBytes(c), { file: `${c.id}/model.onnx` });
  } catch (e) {
    if (e instanceof OnnxImportError) return { outcome: 'unsupported', detail: why, refused };
    return { outcome: 'failed', detail: `${why}, but the importer threw ${String(e)} instead of an OnnxImportError` };
  }
  return { outcome: 'failed', detail: `${why}, but the importer accepted the model` };
}

function classify(c: ConformanceCase): CaseResult {
  if (c.unreadable !== undefined) return { outcome: 'failed', detail: `model.onnx cannot be read: ${c.unreadable}` };
  if (opsetRefused(c)) return refusal(c, `ai.onnx opset ${c.opset} (the importer accepts ${MIN_OPSET} to ${MAX_OPSET})`, ['opset']);
  const missing = unsupportedOps(c);
  if (missing.length > 0) {
    const unlisted = missing.filter((op) => listed.unsupported.ops[op] === undefined);
    if (unlisted.length > 0) {
      return {
        outcome: 'failed',
        detail: `uses ${unlisted.join(', ')}: no implementation, and not listed under "unsupported" in conformance-exceptions.json`,
      };
    }
    return refusal(c, `no implementation of ${missing.join(', ')}`, missing);
  }
  const failure = runCase(c);
  const excepted = listed.exceptions[c.id];
  if (excepted === undefined) return failure ? { outcome: 'failed', detail: failure } : { outcome: 'passed' };
  return failure
    ? { outcome: 'excepted', detail: excepted }
    : { outcome: 'failed', detail: 'passes but is listed as an exception: remove it from conformance-exceptions.json' };
}

/** Cases of one suite grouped by main op ('several ops' for models with more than one). */
function groupByOp(cases: ConformanceCase[]): [string, ConformanceCase[]][] {
  const groups = new Map<string, ConformanceCase[]>();
  for (const c of cases) {
    const key = c.op ?? 'several ops';
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups].sort(([a], [b]) => a.localeCompare(b));
}

function countOutcomes(results: Map<string, CaseResult>): Record<Outcome, number> {
  const counts: Record<Outcome, number> = { passed: 0, excepted: 0, unsupported: 0, failed: 0 };
  for (const r of results.values()) counts[r.outcome]++;
  return counts;
}

/** Unsupported cases per refused op (a case with two such ops counts for both) and per suite for refused opsets. */
function refusalCounts(all: ConformanceCase[], results: Map<string, CaseResult>) {
  const byOp: Record<string, number> = {};
  const opsetBySuite: Record<string, number> = {};
  for (const c of all) {
    const refused = results.get(c.id)?.refused ?? [];
    if (refused[0] === 'opset') opsetBySuite[c.suite] = (opsetBySuite[c.suite] ?? 0) + 1;
    else for (const op of refused) byOp[op] = (byOp[op] ?? 0) + 1;
  }
  return { byOp, opsetBySuite };
}

function summaryLines(all: ConformanceCase[], results: Map<string, CaseResult>): string[] {
  const counts = countOutcomes(results);
  const perSuite = SUITES.map((s) => `${s} ${all.filter((c) => c.suite === s).length}`).join(', ');
  const { byOp, opsetBySuite } = refusalCounts(all, results);
  const opsetCases = Object.values(opsetBySuite).reduce((a, b) => a + b, 0);
  const ops = Object.entries(byOp).sort(([a], [b]) => a.localeCompare(b));
  return [
    `ONNX conformance, ${all.length} cases (${perSuite}): ` +
      `${counts.passed} passed / ${counts.excepted} excepted / ${counts.unsupported} unsupported / ${counts.failed} failed`,
    `  unsupported: ${opsetCases} cases refused for ai.onnx opset < ${MIN_OPSET} ` +
      `(${Object.entries(opsetBySuite)
        .map(([s, n]) => `${s} ${n}`)
        .join(', ')}); ` +
      `${counts.unsupported - opsetCases} cases using ops without an implementation: ` +
      ops.map(([op, n]) => `${op} (${n})`).join(', '),
  ];
}

if (!existsSync(join(DATA_DIR, 'node'))) {
  describe('ONNX conformance', () => {
    it('has the ONNX test data', () => {
      throw new Error(
        process.env['CI']
          ? `CI must install libonnx-testdata: ${DATA_DIR} is missing (apt-get install -y libonnx-testdata)`
          : `ONNX conformance data not found at ${DATA_DIR}: run apt-get install libonnx-testdata`,
      );
    });
  });
} else {
  const all = listCases();
  const results = new Map<string, CaseResult>();

  afterAll(() => {
    const withOutcome = (o: Outcome) => [...results].filter(([, r]) => r.outcome === o).map(([id, r]) => ({ case: id, detail: r.detail }));
    const { byOp, opsetBySuite } = refusalCounts(all, results);
    mkdirSync(dirname(REPORT_FILE), { recursive: true });
    const report = {
      source: DATA_DIR,
      suites: SUITES,
      cases: all.length,
      ...countOutcomes(results),
      unsupportedOps: byOp,
      refusedOpsetsBySuite: opsetBySuite,
      exceptedCases: withOutcome('excepted'),
      failedCases: withOutcome('failed'),
    };
    writeFileSync(REPORT_FILE, JSON.stringify(report, null, 1));
  });

  describe('ONNX conformance', () => {
    it('finds the cases of every suite', () => {
      // libonnx-testdata 1.12 ships 932 node cases, 82 pytorch-converted, 35 pytorch-operator and
      // 23 simple ones; far fewer means a broken install or listing.
      const sizes = Object.fromEntries(SUITES.map((s) => [s, all.filter((c) => c.suite === s).length]));
      expect(sizes['node']).toBeGreaterThan(800);
      for (const s of SUITES) expect(sizes[s], `cases in ${s}`).toBeGreaterThan(10);
    });

    it('lists exceptions only for cases of supported ops, each with a reason', () => {
      const byId = new Map(all.map((c) => [c.id, c]));
      const stale = Object.keys(listed.exceptions).filter((id) => {
        const c = byId.get(id);
        return !c || opsetRefused(c) || unsupportedOps(c).length > 0;
      });
      expect(stale, 'exceptions naming cases that do not exist or are unsupported').toEqual([]);
      for (const [id, reason] of Object.entries(listed.exceptions)) expect(reason.length, `reason for ${id}`).toBeGreaterThan(10);
    });

    it('lists as unsupported only ops that have no implementation and appear in a case, each with a reason', () => {
      const used = new Set(all.flatMap((c) => (opsetRefused(c) ? [] : unsupportedOps(c))));
      const stale = Object.keys(listed.unsupported.ops).filter((op) => !used.has(op));
      expect(stale, 'ops listed as unsupported that are implemented now, or that no runnable case uses').toEqual([]);
      for (const [op, reason] of Object.entries(listed.unsupported.ops)) expect(reason.length, `reason for ${op}`).toBeGreaterThan(10);
      expect(listed.unsupported.opsets.length).toBeGreaterThan(10);
    });

    for (const suite of SUITES) {
      describe(suite, () => {
        for (const [op, cases] of groupByOp(all.filter((c) => c.suite === suite))) {
          describe(op, () => {
            for (const c of cases) {
              it(c.name, () => {
                const r = classify(c);
                results.set(c.id, r);
                expect(r.outcome, `${c.id}: ${r.detail ?? ''}`).not.toBe('failed');
              });
            }
          });
        }
      });
    }

    it('classifies every case exactly once', () => {
      const counts = countOutcomes(results);
      console.log(summaryLines(all, results).join('\n'));
      expect(results.size, 'cases with an outcome (run the whole file, not a filtered part)').toBe(all.length);
      expect(counts.passed + counts.excepted + counts.unsupported + counts.failed).toBe(all.length);
      expect(counts.failed).toBe(0);
    });
  });
}
