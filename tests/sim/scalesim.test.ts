// SCALE-Sim agreement: with the scalesim presets (no weight double buffering, ideal memory), a
// weight-stationary GEMM run fold by fold takes exactly folds x (2R + C + M - 2) cycles — found by
// simulating the program, compared with numbers worked out by hand below. The results are also
// checked against a plain GEMM.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTopologyFile } from '../../graph/index.js';
import { Simulator, buildFoldedGemm, type Fidelity, type HardwareConfig } from '../../sim/index.js';
import { TOPOLOGIES } from '../helpers/common.js';
import { config, randomInt8 } from './helpers.js';

/** Plain int32 GEMM: C = A (M x K) . B (K x N). */
function gemm(a: Int8Array, b: Int8Array, M: number, K: number, N: number): Int32Array {
  const c = new Int32Array(M * N);
  for (let i = 0; i < M; i++) {
    for (let k = 0; k < K; k++) {
      const x = a[i * K + k]!;
      if (x === 0) continue;
      const row = k * N;
      for (let n = 0; n < N; n++) c[i * N + n] += x * b[row + n]!;
    }
  }
  return c;
}

/** Simulates the fold-by-fold GEMM; checks every column fold's accumulators; returns the cycles. */
function simulateGemm(cfg: HardwareConfig, M: number, K: number, N: number, fidelity: Fidelity, seed: number): number {
  const a = randomInt8(M * K, seed);
  const b = randomInt8(K * N, seed + 1);
  const built = buildFoldedGemm(cfg, { M, K, N, a, b });
  // every column fold keeps its own accumulator rows when they fit, so all results can be checked
  expect(built.colFolds * M).toBeLessThanOrEqual(cfg.accumulators.entries);
  const sim = Simulator.create(cfg);
  sim.load({ program: built.program, host: built.host, weights: built.weights });
  const result = sim.run({ fidelity });
  const want = gemm(a, b, M, K, N);
  const C = cfg.matrix.cols;
  for (let c = 0; c < built.colFolds; c++) {
    const got = sim.readAccumulators(built.accBase(c), M);
    const cols = Math.min(C, N - c * C);
    let bad = 0;
    for (let i = 0; i < M; i++) for (let n = 0; n < cols; n++) if (got[i * C + n] !== want[i * N + c * C + n]) bad++;
    expect(bad, `column fold ${c}: wrong accumulators`).toBe(0);
  }
  // compute cycles are the whole run: the host reads and weight fetches take no time (ideal memory)
  expect(result.counters.activeCycles).toBe(built.rowFolds * built.colFolds * M);
  return result.totalCycles;
}

// mini.csv, im2col: M = Eh * Ew with E = floor((H - F) / S) + 1, K = Fh * Fw * C, N = filters
//   L1: 10x10, 3x3, C 4, 20 filters, S 1: E = 8       -> M 64, K 36,  N 20
//   L2:  9x9,  3x3, C 3,  8 filters, S 2: E = 3 + 1   -> M 16, K 27,  N 8
//   FC:  1x1,  1x1, C 100, 10 filters                  -> M 1,  K 100, N 10
//   L4:  7x9,  3x1, C 5, 13 filters, S 2: Eh 3, Ew 5  -> M 15, K 15,  N 13
// On 32x32 (R = C = 32), fold length 2R + C + M - 2 = 94 + M:
//   L1: ceil(36/32) = 2 row folds x 1 col fold x (94 + 64) = 316
//   L2: 1 x 1 x (94 + 16) = 110
//   FC: ceil(100/32) = 4 x 1 x (94 + 1) = 380
//   L4: 1 x 1 x (94 + 15) = 109
const MINI_WS32: Record<string, { m: number; k: number; n: number; cycles: number }> = {
  L1: { m: 64, k: 36, n: 20, cycles: 316 },
  L2: { m: 16, k: 27, n: 8, cycles: 110 },
  FC: { m: 1, k: 100, n: 10, cycles: 380 },
  L4: { m: 15, k: 15, n: 13, cycles: 109 },
};

describe('SCALE-Sim agreement, scalesim-ws32', () => {
  const ws32 = config('scalesim-ws32');
  const layers = loadTopologyFile(join(TOPOLOGIES, 'local', 'mini.csv')).layers;

  it('reads the four mini.csv layers with the shapes worked out by hand', () => {
    expect(layers.map((l) => [l.name, l.m, l.k, l.n])).toEqual(Object.entries(MINI_WS32).map(([name, s]) => [name, s.m, s.k, s.n]));
  });

  for (const fidelity of ['fast', 'exact'] as const) {
    it(`runs every mini.csv layer in folds x (2R + C + M - 2) cycles (${fidelity})`, () => {
      for (const layer of layers) {
        const expected = MINI_WS32[layer.name]!;
        expect(simulateGemm(ws32, layer.m, layer.k, layer.n, fidelity, layer.index + 1), layer.name).toBe(expected.cycles);
      }
    });
  }

  it('runs AlexNet Conv1 in 112,284 cycles: SCALE-Sim reports 112,283, its 0-based last cycle', () => {
    // 224x224x3, 11x11, 96 filters, stride 4: E = floor(213/4) + 1 = 54 + 1 = 55, M = 3025,
    // K = 363, N = 96; row folds ceil(363/32) = 12, col folds 3; fold = 64 + 32 + 3025 - 2 = 3119;
    // 36 x 3119 = 112,284
    const [conv1] = loadTopologyFile(join(TOPOLOGIES, 'v2', 'conv_nets', 'alexnet_part.csv')).layers;
    expect([conv1!.m, conv1!.k, conv1!.n]).toEqual([3025, 363, 96]);
    expect(simulateGemm(ws32, 3025, 363, 96, 'fast', 11)).toBe(112_284);
    expect(simulateGemm(ws32, 3025, 363, 96, 'exact', 11)).toBe(112_284);
  });
});

describe('SCALE-Sim agreement at large M (24-bit accumulator addresses)', () => {
  it("holds every SCALE-Sim v2 topology layer's M rows in scalesim-ws32's accumulators", () => {
    const files = readdirSync(join(TOPOLOGIES, 'v2', 'conv_nets')).filter((f) => f.endsWith('.csv'));
    let largest = 0;
    for (const f of files) {
      let layers;
      try {
        layers = loadTopologyFile(join(TOPOLOGIES, 'v2', 'conv_nets', f)).layers;
      } catch {
        continue; // files SCALE-Sim v2 itself cannot parse (MANIFEST.md lists them)
      }
      for (const l of layers) largest = Math.max(largest, l.m);
    }
    expect(largest).toBe(4_186_116); // UNet_2d Conv1a
    expect(config('scalesim-ws32').accumulators.entries).toBeGreaterThanOrEqual(largest);
  });

  it('runs yolo_tiny layer 1 (M = 171,396) as one fold of 2R + C + M - 2 cycles: SCALE-Sim reports 171,489', () => {
    const [layer] = loadTopologyFile(join(TOPOLOGIES, 'v2', 'conv_nets', 'yolo_tiny_layer1.csv')).layers;
    expect(layer!.m).toBe(171_396);
    expect(layer!.k).toBeLessThanOrEqual(32);
    expect(layer!.n).toBeLessThanOrEqual(32);
    // one row fold, one column fold: 64 + 32 + 171,396 - 2 = 171,490 (SCALE-Sim's last cycle index is one less)
    expect(simulateGemm(config('scalesim-ws32'), layer!.m, layer!.k, layer!.n, 'fast', 31)).toBe(171_490);
  });
});

describe('SCALE-Sim agreement, scalesim-google (256x256)', () => {
  const google = config('scalesim-google');
  it('runs mini.csv L1 and FC, and AlexNet Conv1, fold by fold', () => {
    // fold length 2R + C + M - 2 = 766 + M with R = C = 256
    //   L1: 1 fold x (766 + 64) = 830;  FC: 1 x (766 + 1) = 767
    //   AlexNet Conv1: ceil(363/256) = 2 row folds x 1 x (766 + 3025) = 7582
    expect(simulateGemm(google, 64, 36, 20, 'fast', 21)).toBe(830);
    expect(simulateGemm(google, 1, 100, 10, 'fast', 22)).toBe(767);
    expect(simulateGemm(google, 3025, 363, 96, 'fast', 23)).toBe(7582);
  });
});
