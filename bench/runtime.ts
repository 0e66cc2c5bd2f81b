// Runtime benchmarks (part of `npm run bench`):
//   - importing torchvision's resnet50 from ONNX (when the fixture exists: tests generate it);
//   - compiling zoo:resnet50 at batch 1 for tpu-v1 (with the calibration run broken out) and
//     simulating it in fast fidelity, and the simulate time divided by the time the raw SIMD int8
//     kernel takes on the same GEMM shapes (every conv and dense layer's), measured in the same
//     run (target: at most 1.5, issue 10), with the matrix helper thread and without it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildModel, importOnnx } from '../graph/index.js';
import { Session } from '../runtime/index.js';
import { Simulator, loadConfig } from '../sim/index.js';

/**
 * The GEMM of each conv and dense layer (M rows, K deep, N wide; a grouped convolution's groups
 * each one). Depthwise convolutions (zoo:resnet50's global average pool is lowered as one) are
 * no GEMM: left out.
 */
function layerGemms(session: Session): { M: number; K: number; N: number }[] {
  const out: { M: number; K: number; N: number }[] = [];
  for (const l of session.layers) {
    if (l.kind === 'conv' && l.groups === l.weightShape[0] && l.groups > 1) continue;
    if (l.kind === 'conv') {
      const [cout, cg, kh, kw] = l.weightShape;
      const K = cg * kh * kw;
      const M = session.macs(l) / (K * cout);
      for (let g = 0; g < l.groups; g++) out.push({ M, K, N: cout / l.groups });
    } else if (l.kind === 'dense') out.push({ M: session.macs(l) / (l.K * l.N), K: l.K, N: l.N });
  }
  return out;
}

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
    const oneThread = await withoutMatrixHelper(() => session.run(feeds));
    const macs = session.layers.reduce((a, l) => a + session.macs(l), 0);
    // the raw kernel on the same GEMM shapes (each conv and dense layer's), best of 3 over the set
    const raw = Simulator.create(config);
    // random operands: the kernel skips all-zero panels, so zeros would time nothing
    let seed = 12345;
    const fill = (a: Uint8Array, b: Uint8Array) => {
      for (const m of [a, b]) for (let i = 0; i < m.length; i++) m[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
    };
    const gemms = layerGemms(session);
    const rawSeconds = Math.min(...[0, 1, 2].map(() => gemms.reduce((t, g) => t + raw.timeRawGemm(g.M, g.K, g.N, 256, fill), 0)));
    const gemmMacs = gemms.reduce((a, g) => a + g.M * g.K * g.N, 0);
    const cycles = run.steps.reduce((a, s) => a + (s.sim?.totalCycles ?? 0), 0);
    console.log(
      `(e) zoo:resnet50, batch 1, tpu-v1: compile ${compileMs.toFixed(0)} ms (calibration run ${session.calibrationMs.toFixed(0)} ms of it; target < 2000 ms), ` +
        `simulate ${run.simulateMs.toFixed(0)} ms (${(macs / 1e9).toFixed(2)} GMAC, ${cycles} simulated cycles; whole run ${wallMs.toFixed(0)} ms)`,
    );
    console.log(
      `    raw SIMD kernel on the same GEMM shapes (${gemms.length} conv/dense layers, ${(gemmMacs / 1e9).toFixed(2)} GMAC): ` +
        `${(rawSeconds * 1e3).toFixed(0)} ms (${(gemmMacs / rawSeconds / 1e9).toFixed(1)} GMAC/s); ` +
        `ratio simulate / raw = ${(run.simulateMs / 1e3 / rawSeconds).toFixed(2)} (target <= 1.5; the raw kernel on one thread, ` +
        `the simulation with the matrix helper thread; without it: ${oneThread.simulateMs.toFixed(0)} ms, ` +
        `ratio ${(oneThread.simulateMs / 1e3 / rawSeconds).toFixed(2)})`,
    );
  } finally {
    await session.close();
  }
}

/** Runs `f` with the matrix helper thread off (sim/matrix-helper.ts reads the variable at each run). */
async function withoutMatrixHelper<T>(f: () => Promise<T>): Promise<T> {
  const before = process.env.TPUSIM_MATRIX_THREADS;
  process.env.TPUSIM_MATRIX_THREADS = '1';
  try {
    return await f();
  } finally {
    if (before === undefined) delete process.env.TPUSIM_MATRIX_THREADS;
    else process.env.TPUSIM_MATRIX_THREADS = before;
  }
}
