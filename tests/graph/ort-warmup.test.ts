// graph/ort-warmup.ts: onnxruntime started on a worker thread before the main thread needs it. The
// warm-up must really load onnxruntime (its library mapped while the main thread has not loaded
// the package), and the main thread's sessions must run afterwards, also once the worker has gone
// (onnxruntime's environment is the process's, made by the first thread). Nothing here is timed.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../reports/index.js';
import { tempDir, tpusim } from '../cli/helpers.js';

/** Runs `script` (an ES module, from the repository root) in a fresh node with tsx; its stdout. */
function child(script: string, env: NodeJS.ProcessEnv = {}): string {
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: process.cwd(),
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, ...env },
  });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout.trim();
}

// the main thread's own onnxruntime modules and the process's mapped libraries, after the warm-up
// worker has exited; then a session over smallcnn, against the JavaScript reference kernels
const SCRIPT = `
  import { readFileSync } from 'node:fs';
  import { createRequire } from 'node:module';
  import { warmOnnxRuntime } from './graph/ort-warmup.ts';
  import { OrtGraphSession, Rng, execute, loadOnnxFile, randomTensor } from './graph/index.ts';
  const warm = warmOnnxRuntime();
  const alive = setInterval(() => {}, 1000); // the worker is unref'd: something must keep the loop running
  if (warm) await warm;
  clearInterval(alive);
  const mainLoaded = Object.keys(createRequire(import.meta.url).cache).some((f) => f.includes('onnxruntime-node'));
  const mapped = readFileSync('/proc/self/maps', 'utf8').includes('libonnxruntime.so');
  const graph = loadOnnxFile('tests/fixtures/onnx/smallcnn-op13.onnx');
  const input = graph.inputs.find((v) => !graph.initializers.has(v.name));
  const feeds = { [input.name]: randomTensor(new Rng(7), input.shape.map((d) => (typeof d === 'number' ? d : 1)), { kind: 'uniform', lo: -1, hi: 1 }) };
  const ours = execute(graph, feeds);
  const { outputs } = OrtGraphSession.create(graph).run(feeds);
  let worst = 0;
  for (const [name, t] of Object.entries(outputs)) {
    const want = ours[name].data;
    t.data.forEach((x, i) => (worst = Math.max(worst, Math.abs(x - want[i]))));
  }
  console.log(JSON.stringify({ warmed: warm !== undefined, mainLoaded, mapped, worst }));
`;

describe('warmOnnxRuntime', () => {
  it("loads onnxruntime on its worker, and the main thread's sessions run after the worker has exited", () => {
    const got = JSON.parse(child(SCRIPT)) as { warmed: boolean; mainLoaded: boolean; mapped: boolean; worst: number };
    expect(got.warmed).toBe(true);
    // the library is in the process, while the main thread has not loaded the package itself
    expect(got.mainLoaded).toBe(false);
    expect(got.mapped).toBe(true);
    expect(got.worst).toBeLessThan(1e-4);
  });

  it('does nothing with TPUSIM_ORT_WARMUP=0 (the check above can fail)', () => {
    const got = JSON.parse(child(SCRIPT, { TPUSIM_ORT_WARMUP: '0' })) as { warmed: boolean; mapped: boolean; worst: number };
    expect(got.warmed).toBe(false);
    expect(got.mapped).toBe(false);
    expect(got.worst).toBeLessThan(1e-4);
  });
});

describe('tpusim run with the warm-up', () => {
  it('ends with its own error when it fails while the worker loads onnxruntime (20 runs)', () => {
    // stopping the worker mid-load aborted the process in about 1 run in 8 ("terminate called
    // after throwing an instance of 'Napi::Error'", exit code 134)
    for (let i = 0; i < 20; i++) {
      const r = tpusim(['run', 'zoo:mlp0', '--scalesim-reports', '--no-html', '-o', tempDir()]);
      expect(r.stderr).toBe(
        "tpusim: --scalesim-reports: SCALE-Sim's report files describe the layers of a SCALE-Sim topology (.csv); other models have none\n",
      );
      expect(r.code).toBe(2);
    }
  }, 120_000);

  it('reports what a run without it reports (zoo:mlp: every field but host times and the date)', () => {
    const withoutHost = (dir: string) => {
      const r = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as Partial<Report>;
      delete r.host;
      delete r.createdAt;
      return r;
    };
    const [warm, cold] = [tempDir('tpusim-warm-'), tempDir('tpusim-cold-')];
    expect(tpusim(['run', 'zoo:mlp', '--no-html', '-o', warm]).code).toBe(0);
    expect(tpusim(['run', 'zoo:mlp', '--no-html', '-o', cold], { env: { TPUSIM_ORT_WARMUP: '0' } }).code).toBe(0);
    expect(withoutHost(warm)).toEqual(withoutHost(cold));
  });
});
