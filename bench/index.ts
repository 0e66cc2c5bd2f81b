// `npm run bench`: simulator speed, in one process.
//   (a) the raw SIMD int8 GEMM kernel on 2048 x 2048 x 2048 (one thread);
//   (b) a fast-fidelity program computing the same GEMM on tpu-v1 (load once, time the run),
//       and the ratio (b)/(a) on one thread — the simulator's overhead around the kernel (target
//       >= 0.6) — and with the matrix helper thread (sim/matrix-helper.ts);
//   (c) exact-fidelity speed in cell-updates per second on a 32x32 array (bench/exact.ts);
//   (d), (e) runtime: ONNX import, compiling and simulating resnet50 (bench/runtime.ts);
//   (f) the reference executor on resnet18 (bench/executor.ts);
//   (g) fast fidelity on 10,000- and 100,000-instruction programs (bench/long-program.ts).
//   (h) tpusim scalesim against SCALE-Sim v2's recorded wall times (bench/scalesim.ts).
//   (i) queued sweeps through Redis: 1 vs 2 workers, and the per-point queue overhead (bench/queue.ts).
//   (j) seconds per network: `tpusim run` on every zoo model, wall time, peak RSS and the phases (bench/zoo.ts).
// `npm run bench -- --only zoo` (or BENCH_ONLY=zoo) runs only the named sections (comma-separated):
// gemm (a, b), exact (c), runtime (d, e), executor (f), long (g), scalesim (h), queue (i), zoo (j).
import { Simulator, buildFoldedGemm, loadConfig } from '../sim/index.js';
import { benchExact } from './exact.js';

const SIZE = 2048;
const MACS = SIZE ** 3;

/** Deterministic pseudo-random int8 values (xorshift32). */
function randomInt8(n: number, seed: number): Int8Array {
  const out = new Int8Array(n);
  let s = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    out[i] = (s & 0xff) - 128;
  }
  return out;
}

function gmacs(macs: number, seconds: number): string {
  return `${(macs / seconds / 1e9).toFixed(2)} GMAC/s`;
}

function best(times: number[]): number {
  return Math.min(...times);
}

/** (a) the raw SIMD kernel and (b) the same GEMM as a tpu-v1 program, and their ratio. */
function benchGemm(): void {
  const config = loadConfig('tpu-v1');
  const a = randomInt8(SIZE * SIZE, 1);
  const b = randomInt8(SIZE * SIZE, 2);

  // (a) raw kernel: pick its fastest K blocking first, then (a) and (b) are measured alternately,
  // best of ROUNDS each, so that load from other processes affects both alike
  const ROUNDS = 5;
  const raw = Simulator.create(config);
  const fill = (pa: Uint8Array, pb: Uint8Array) => {
    pa.set(new Uint8Array(a.buffer));
    pb.set(new Uint8Array(b.buffer));
  };
  const blockTimes: Record<string, number> = {};
  for (const kBlock of [256, 512, SIZE]) {
    blockTimes[kBlock] = best([0, 1].map(() => raw.timeRawGemm(SIZE, SIZE, SIZE, kBlock, fill)));
  }
  const bestBlock = Number(Object.entries(blockTimes).sort((x, y) => x[1] - y[1])[0]![0]);

  // (b) the same GEMM as a tpu-v1 program, fast fidelity (loaded once)
  const gemm = buildFoldedGemm(config, { M: SIZE, K: SIZE, N: SIZE, a, b, activate: { scale: 1 / 4096 } });
  const sim = Simulator.create(config);
  sim.load({ program: gemm.program, host: gemm.host, weights: gemm.weights });
  const rawTimes: number[] = [];
  const runTimes: number[] = [];
  const oneThreadTimes: number[] = [];
  let cycles = 0;
  const timeRun = (matrixHelper: boolean) => {
    const t0 = performance.now();
    cycles = sim.run({ fidelity: 'fast', matrixHelper }).totalCycles;
    return (performance.now() - t0) / 1000;
  };
  for (let i = 0; i < ROUNDS; i++) {
    rawTimes.push(raw.timeRawGemm(SIZE, SIZE, SIZE, bestBlock, fill));
    runTimes.push(timeRun(true));
    oneThreadTimes.push(timeRun(false));
  }
  const rawSeconds = best(rawTimes);
  const simSeconds = best(runTimes);
  const oneThreadSeconds = best(oneThreadTimes);
  console.log(
    `(a) raw SIMD int8 kernel, ${SIZE}x${SIZE}x${SIZE}: ${gmacs(MACS, rawSeconds)} ` +
      `(${(rawSeconds * 1e3).toFixed(0)} ms, best of ${ROUNDS}; K blocked by ${bestBlock}, the fastest of ` +
      `${Object.entries(blockTimes)
        .map(([k, t]) => `${k}: ${(t * 1e3).toFixed(0)} ms`)
        .join(', ')})`,
  );
  // sanity check: the last column fold's accumulators against the raw kernel's result
  const rawC = raw.rawGemm(a, b, SIZE, SIZE, SIZE, bestBlock);
  const lastFold = gemm.colFolds - 1;
  const accRows = sim.readAccumulators(gemm.accBase(lastFold), SIZE);
  let mismatches = 0;
  for (let i = 0; i < SIZE; i++) {
    for (let n = 0; n < config.matrix.cols; n++) {
      if (accRows[i * config.matrix.cols + n] !== rawC[i * SIZE + lastFold * config.matrix.cols + n]) mismatches++;
    }
  }
  console.log(
    `(b) fast fidelity on tpu-v1, same GEMM (${gemm.program.instructions.length} instructions, ${cycles} simulated cycles): ` +
      `${gmacs(MACS, simSeconds)} (${(simSeconds * 1e3).toFixed(0)} ms per run, best of ${ROUNDS}); ` +
      `last column fold ${mismatches === 0 ? 'matches' : `DIFFERS in ${mismatches} entries from`} the raw kernel`,
  );
  console.log(
    `    ratio (b)/(a) = ${(rawSeconds / oneThreadSeconds).toFixed(3)} on one thread (target >= 0.6; ` +
      `${(oneThreadSeconds * 1e3).toFixed(0)} ms per run), ${(rawSeconds / simSeconds).toFixed(3)} with the matrix helper thread ` +
      `(the raw kernel runs on one thread)`,
  );
}

/** The sections by name, in the order they run. */
const SECTIONS: Record<string, () => unknown> = {
  gemm: benchGemm,
  // (c) exact fidelity
  exact: async () => {
    const exact = await benchExact();
    console.log(`(c) exact fidelity, 32x32: ${(exact.cellUpdatesPerSecond / 1e6).toFixed(1)} M cell-updates/s ${JSON.stringify(exact)}`);
  },
  // (d), (e) runtime: ONNX import and compiling + simulating resnet50
  runtime: async () => (await import('./runtime.js')).benchRuntime(),
  // (f) reference executor
  executor: async () => (await import('./executor.js')).benchExecutor(),
  // (g) fast fidelity on long programs
  long: async () => (await import('./long-program.js')).benchLongProgram(),
  // (h) SCALE-Sim drop-in: tpusim scalesim against SCALE-Sim v2's recorded wall times
  scalesim: async () => (await import('./scalesim.js')).benchScaleSim(),
  // (i) queued sweeps: 1 vs 2 worker processes through Redis, and the queue's cost per point
  queue: async () => (await import('./queue.js')).benchQueue(),
  // (j) seconds per network: the whole `tpusim run` on every zoo model
  zoo: async () => (await import('./zoo.js')).benchZoo(),
};

/** The sections `--only a,b` / `--only=a,b` or BENCH_ONLY names, else all of them. */
function selectedSections(argv: string[]): string[] {
  const at = argv.findIndex((a) => a === '--only' || a.startsWith('--only='));
  const value = at < 0 ? process.env['BENCH_ONLY'] : argv[at]!.startsWith('--only=') ? argv[at]!.slice(7) : argv[at + 1];
  if (value === undefined) return Object.keys(SECTIONS);
  const names = value.split(',').filter(Boolean);
  const unknown = names.filter((n) => !(n in SECTIONS));
  if (unknown.length > 0 || names.length === 0) {
    console.error(`bench: --only ${value}: expected section names among ${Object.keys(SECTIONS).join(', ')} (comma-separated)`);
    process.exit(2);
  }
  return names;
}

for (const name of selectedSections(process.argv.slice(2))) await SECTIONS[name]!();
