// ONNX's conformance data against the float32 executor the runtime uses (graph/float32.ts): every
// case the reference kernels pass (conformance.test.ts) is run again through Float32Executor, i.e.
// exported by our ONNX writer and executed by onnxruntime, and must match onnx's expected outputs
// within onnx's tolerance. A case onnxruntime cannot load runs on the reference kernels (the
// executor says so); the test counts those and prints them, so the exporter's gaps are visible.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Float32Executor } from '../../graph/index.js';
import { listCases, opsetRefused, runCase, unsupportedOps } from './conformance-runner.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const listed = JSON.parse(readFileSync(join(HERE, 'conformance-exceptions.json'), 'utf8')) as { exceptions: Record<string, string> };

describe('ONNX conformance through the onnxruntime executor (needs libonnx-testdata, as conformance.test.ts)', () => {
  it('matches onnx expected outputs on every case the reference kernels pass, or says why onnxruntime cannot run it', () => {
    const cases = listCases().filter(
      (c) => c.unreadable === undefined && !opsetRefused(c) && unsupportedOps(c).length === 0 && listed.exceptions[c.id] === undefined,
    );
    let onOrt = 0;
    const onJs: string[] = [];
    const failed: string[] = [];
    for (const c of cases) {
      let engine = '';
      const why = runCase(c, (g, feeds) => {
        const ex = new Float32Executor(g);
        engine = ex.engine;
        if (ex.why && !onJs.includes(c.id)) onJs.push(`${c.id}: ${ex.why.split('\n')[0]!.slice(0, 160)}`);
        try {
          return ex.run(feeds).outputs;
        } finally {
          ex.dispose();
        }
      });
      if (why) failed.push(`${c.id} (${engine}): ${why.slice(0, 300)}`);
      else if (engine === 'onnxruntime') onOrt++;
    }
    console.log(
      `ONNX conformance through Float32Executor: ${cases.length} cases, ${onOrt} passed on onnxruntime, ` +
        `${onJs.length} ran on the reference kernels (onnxruntime cannot load them), ${failed.length} failed`,
    );
    for (const j of onJs) console.log(`  reference kernels: ${j}`);
    expect(failed).toEqual([]);
  }, 1_800_000);
});
