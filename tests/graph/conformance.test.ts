// ONNX's operator conformance suite (Debian's libonnx-testdata) against the reference kernels:
// every node case of every supported op must pass within onnx's tolerance, or be listed in
// conformance-exceptions.json with a reason. An exception that now passes fails the suite, so
// the list stays honest. Writes test-output/conformance.json and prints one summary line.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { getOp } from '../../graph/ops/index.js';
import { type ConformanceCase, NODE_TEST_DIR, listCases, runCase } from './conformance-runner.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
const EXCEPTIONS_FILE = join(HERE, 'conformance-exceptions.json');
const REPORT_FILE = join(ROOT, 'test-output', 'conformance.json');

const exceptions = (JSON.parse(readFileSync(EXCEPTIONS_FILE, 'utf8')) as { exceptions: Record<string, string> }).exceptions;

if (!existsSync(NODE_TEST_DIR)) {
  describe('ONNX conformance', () => {
    it('has the ONNX test data', () => {
      throw new Error(
        process.env['CI']
          ? `CI must install libonnx-testdata: ${NODE_TEST_DIR} is missing (apt-get install -y libonnx-testdata)`
          : `ONNX conformance data not found at ${NODE_TEST_DIR}: run apt-get install libonnx-testdata`,
      );
    });
  });
} else {
  const all = listCases();
  const cases = all.filter((c) => getOp(c.op, c.domain));
  const byOp = new Map<string, ConformanceCase[]>();
  for (const c of cases) {
    const key = c.domain ? `${c.domain}.${c.op}` : c.op;
    byOp.set(key, [...(byOp.get(key) ?? []), c]);
  }
  type Outcome = 'passed' | 'excepted' | 'failed';
  const results = new Map<string, { op: string; outcome: Outcome; detail?: string }>();

  afterAll(() => {
    const counts = { passed: 0, excepted: 0, failed: 0 };
    const perOp: Record<string, { passed: number; excepted: number; failed: number }> = {};
    for (const r of results.values()) {
      counts[r.outcome]++;
      perOp[r.op] ??= { passed: 0, excepted: 0, failed: 0 };
      perOp[r.op]![r.outcome]++;
    }
    const failures = [...results].filter(([, r]) => r.outcome === 'failed').map(([name, r]) => ({ case: name, op: r.op, detail: r.detail }));
    mkdirSync(dirname(REPORT_FILE), { recursive: true });
    writeFileSync(REPORT_FILE, JSON.stringify({ source: NODE_TEST_DIR, ...counts, ops: byOp.size, perOp, failures }, null, 1));
    console.log(`ONNX conformance: ${counts.passed} passed, ${counts.excepted} excepted, ${counts.failed} failed (ops: ${byOp.size})`);
  });

  describe('ONNX conformance', () => {
    it('finds the node cases', () => {
      // libonnx-testdata 1.12 ships about 930 node cases; far fewer means a broken install or listing.
      expect(all.length).toBeGreaterThan(800);
      expect(byOp.size).toBeGreaterThan(100);
    });

    it('lists exceptions only for existing cases of supported ops', () => {
      const known = new Set(cases.map((c) => c.name));
      const stale = Object.keys(exceptions).filter((name) => !known.has(name));
      expect(stale, 'exceptions naming cases that do not exist or whose op is not supported').toEqual([]);
      for (const [name, reason] of Object.entries(exceptions)) expect(reason.length, `reason for ${name}`).toBeGreaterThan(10);
    });

    for (const [op, list] of [...byOp].sort(([a], [b]) => a.localeCompare(b))) {
      describe(op, () => {
        for (const c of list) {
          it(c.name, () => {
            const failure = runCase(c);
            const excepted = exceptions[c.name];
            if (excepted !== undefined) {
              results.set(c.name, { op, outcome: failure ? 'excepted' : 'failed', detail: failure ? excepted : 'passes but is listed as an exception' });
              expect(failure, `${c.name} now passes: remove it from conformance-exceptions.json`).toBeDefined();
            } else {
              results.set(c.name, { op, outcome: failure ? 'failed' : 'passed', ...(failure ? { detail: failure } : {}) });
              expect(failure, `${c.name} (${op})`).toBeUndefined();
            }
          });
        }
      });
    }
  });
}
