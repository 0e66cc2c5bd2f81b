// Runtime benchmarks (part of `npm run bench`):
//   - importing torchvision's resnet50 from ONNX (when the fixture exists: tests generate it);
//   - compiling zoo:resnet50 at batch 1 for tpu-v1 (with the calibration run broken out) and
//     simulating it in fast fidelity, and the simulate time divided by the time the raw SIMD int8
//     kernel needs for the model's MAC count, measured in the same run (target: at most 2).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildModel, importOnnx } from '../graph/index.js';
import { Session } from '../runtime/index.js';
import { Simulator, loadConfig } from '../sim/index.js';

/** Runs the runtime benchmarks and prints their figures. */
export async function benchRuntime(): Promise<void> {
  const fixture = join(import.meta.dirname, '..', 'test-output', 'fixtures', 'resnet50-op17.onnx');
  if (existsSync(fixture)) {
    const bytes = new Uint8Array(readFileSync(fixture));
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      importOnnx(bytes);
      times.push(performance.now() - t0);
    }
    console.log(
      `(d) import torchvision resnet50 (${(bytes.length / 1e6).toFixed(1)} MB ONNX): ${Math.min(...times).toFixed(0)} ms (best of 3)`,
    );
  } else {
    console.log(
      '(d) import resnet50: test-output/fixtures/resnet50-op17.onnx is missing (run `npx vitest run tests/graph/fixtures-large.test.ts` to export it)',
    );
  }

  const config = loadConfig('tpu-v1');
  const graph = buildModel('resnet50', { batch: 1 });
  const t0 = performance.now();
  const session = Session.create(graph, { config });
  const compileMs = performance.now() - t0;
  try {
    const feeds = session.calibrationFeeds;
    await session.run(feeds); // warm-up: loads the wasm core, JIT
    const t1 = performance.now();
    const run = await session.run(feeds);
    const wallMs = performance.now() - t1;
    const macs = session.layers.reduce((a, l) => a + session.macs(l), 0);
    // the raw kernel on a GEMM of about the same MAC count, best of 3
    const M = 1024,
      K = 2048;
    const N = Math.max(256, Math.round(macs / (M * K) / 256) * 256);
    const raw = Simulator.create(config);
    // random operands: the kernel skips all-zero panels, so zeros would time nothing
    let seed = 12345;
    const fill = (a: Uint8Array, b: Uint8Array) => {
      for (const m of [a, b]) for (let i = 0; i < m.length; i++) m[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
    };
    const rawSeconds = Math.min(...[0, 1, 2].map(() => raw.timeRawGemm(M, K, N, 256, fill)));
    const rawForModel = (rawSeconds * macs) / (M * K * N);
    const cycles = run.steps.reduce((a, s) => a + (s.sim?.totalCycles ?? 0), 0);
    console.log(
      `(e) zoo:resnet50, batch 1, tpu-v1: compile ${compileMs.toFixed(0)} ms (calibration run ${session.calibrationMs.toFixed(0)} ms of it; target < 2000 ms), ` +
        `simulate ${run.simulateMs.toFixed(0)} ms (${(macs / 1e9).toFixed(2)} GMAC, ${cycles} simulated cycles; whole run ${wallMs.toFixed(0)} ms)`,
    );
    console.log(
      `    raw SIMD kernel for the same MAC count: ${(rawForModel * 1e3).toFixed(0)} ms (${((M * K * N) / rawSeconds / 1e9).toFixed(1)} GMAC/s); ` +
        `ratio simulate / raw = ${(run.simulateMs / 1e3 / rawForModel).toFixed(2)} (target <= 2)`,
    );
  } finally {
    await session.close();
  }
}
