// Exact-fidelity speed: a 1024 x 256 x 256 int8 GEMM (M x K x N), fold by fold, on a 32x32
// double-buffered array (the small-16 preset scaled to 32x32, with an ideal host link so that the
// array, not the DMA, sets the pace), measured in cell updates per second: simulated cycles x
// 1024 cells / seconds. The array is busy in almost every cycle (the run checks that more than 95%
// of the cycles issue a vector), so the figure is not inflated by idle cycles, which the engine
// skips. Called by bench/index.ts; `npx tsx bench/exact.ts` runs it alone.
import { pathToFileURL } from 'node:url';
import { Simulator, buildFoldedGemm, loadConfig, withOverrides } from '../sim/index.js';

const M = 1024;
const SIZE = 256; // K and N
const ROUNDS = 3;

// arbitrary int8 operands (a multiplicative hash of the index)
const hashedInt8 = (n: number, seed: number) => Int8Array.from({ length: n }, (_, i) => Math.imul(i + seed, 0x9e3779b1) >> 24);

/** Runs the exact-fidelity GEMM (best of 3) and returns its speed; checks the result against the fast fidelity. */
export async function benchExact(): Promise<{ cellUpdatesPerSecond: number; cycles: number; seconds: number }> {
  const config = withOverrides(loadConfig('small-16'), {
    'matrix.rows': 32,
    'matrix.cols': 32,
    'unifiedBuffer.bytes': 1 << 20,
    'hostInterface.ideal': true,
    'accumulators.entries': 8192, // every column fold its own accumulators: no waiting for ACTIVATE
  });
  const gemm = buildFoldedGemm(config, {
    M,
    K: SIZE,
    N: SIZE,
    a: hashedInt8(M * SIZE, 3),
    b: hashedInt8(SIZE * SIZE, 4),
    activate: { scale: 1 / 4096 },
  });
  const sim = Simulator.create(config);
  sim.load({ program: gemm.program, host: gemm.host, weights: gemm.weights });

  let seconds = Infinity;
  let cycles = 0;
  let active = 0;
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = performance.now();
    const run = sim.run({ fidelity: 'exact' });
    seconds = Math.min(seconds, (performance.now() - t0) / 1000);
    cycles = run.totalCycles;
    active = run.counters['activeCycles']!;
  }
  if (active < 0.95 * cycles) throw new Error(`the benchmark GEMM keeps the array busy in only ${active} of ${cycles} cycles`);
  const exactHost = sim.readHost();
  const fast = sim.run({ fidelity: 'fast' });
  const fastHost = sim.readHost();
  if (fast.totalCycles !== cycles || exactHost.some((v, i) => v !== fastHost[i])) {
    throw new Error(`exact and fast fidelities disagree on the benchmark GEMM (cycles ${cycles} vs ${fast.totalCycles})`);
  }
  const cells = config.matrix.rows * config.matrix.cols;
  return { cellUpdatesPerSecond: (cycles * cells) / seconds, cycles, seconds };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = await benchExact();
  console.log(
    `exact fidelity, 32x32, ${M}x${SIZE}x${SIZE} GEMM: ${(r.cellUpdatesPerSecond / 1e6).toFixed(1)} M cell-updates/s ` +
      `(${r.cycles} cycles in ${(r.seconds * 1e3).toFixed(0)} ms, best of ${ROUNDS})`,
  );
}
