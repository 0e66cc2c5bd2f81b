// Layer-boundary synchronization (issue 9 item 4; reference/tpu-v1.md §1.6): the first multiply of a
// layer that reads the previous layer's activations carries `fence`, so it waits for every
// earlier ACTIVATE and the wait shows as RAW stalls. `compiler.layerOverlap` keeps the overlapped
// schedule as a what-if. Cycles are hand-computed from sim/TIMING.md.
import { describe, expect, it } from 'vitest';
import { GraphBuilder, tensor } from '../../graph/index.js';
import { Session, compileModel } from '../../runtime/index.js';
import { type Fidelity, loadConfig, withOverrides } from '../../sim/index.js';
import { sameBytes } from '../helpers/common.js';

/** A two-layer MLP on 48 rows: three bands of 16 per layer (32 accumulators, half per band). */
function mlp() {
  const b = new GraphBuilder('mlp', { seed: 3 });
  const x = b.input('x', 'float32', [48, 16]);
  const h = b.relu(b.gemm(x, b.param([16, 16], { kind: 'uniform', lo: -0.3, hi: 0.3 })));
  b.output(b.gemm(h, b.param([16, 16], { kind: 'uniform', lo: -0.3, hi: 0.3 })));
  return b.build();
}

const feeds = {
  x: tensor(
    'float32',
    [48, 16],
    Float32Array.from({ length: 768 }, (_, i) => Math.sin(i)),
  ),
};

async function runMlp(layerOverlap: boolean, fidelity: Fidelity) {
  // small-16 (16x16, 2-cycle activation) with ideal memories so only the matrix and activation units shape time
  const config = withOverrides(loadConfig('small-16'), {
    'weightMemory.ideal': true,
    'hostInterface.ideal': true,
    'accumulators.entries': 32,
    'compiler.layerOverlap': layerOverlap,
  });
  const compiled = compileModel(mlp(), { config, calibration: [feeds] });
  const session = new Session(compiled);
  try {
    const run = await session.run(feeds, { fidelity });
    const step = compiled.steps.find((s) => s.kind === 'tpu');
    if (step?.kind !== 'tpu') throw new Error('no TPU step');
    return {
      program: step.segment.program,
      sim: run.steps.find((s) => s.sim)!.sim!,
      out: run.outputs[compiled.graph.outputs[0]!.name]!.data,
    };
  } finally {
    await session.close();
  }
}

describe('layer boundaries', () => {
  for (const fidelity of ['fast', 'exact'] as const) {
    it(`fences the first multiply of a dependent layer: its wait is RAW stall cycles (${fidelity})`, async () => {
      const fenced = await runMlp(false, fidelity);
      const overlapped = await runMlp(true, fidelity);
      const matmuls = (p: typeof fenced.program) => p.map((ins, i) => ({ ins, i })).filter(({ ins }) => ins.op === 'MATMUL');
      // exactly one fence: the second layer's first multiply (the first layer reads the host input)
      const fm = matmuls(fenced.program);
      expect(fm.map(({ ins }) => ins.op === 'MATMUL' && ins.fence === true)).toEqual([false, false, false, true, false, false]);
      expect(matmuls(overlapped.program).some(({ ins }) => ins.op === 'MATMUL' && ins.fence === true)).toBe(false);
      // Hand-computed (TIMING.md; R = C = 16, a MATMUL's ready = issueEnd + R + C - 2, an ACTIVATE's
      // ready = start + len + 2). Layer 1: M1 [16, 32) ready 62; A1 [62, 78) ready 80; M2 [32, 48)
      // ready 78; A2 [78, 94) ready 96; M3 waits for A1 to free its accumulator half: [80, 96)
      // ready 126; A3 [126, 142) ready 144.
      // Layer 2's first multiply reads rows A1 wrote. Overlapped: it starts when the matrix unit is
      // free, at 96 (A1 is ready at 80). Fenced: it waits for A3, the last ACTIVATE: start 144, so
      // 144 - 96 = 48 more RAW-stall cycles, and the whole run is 48 cycles longer.
      const l2 = fm[3]!.i;
      expect(overlapped.sim.timing.start[l2]).toBe(96);
      expect(fenced.sim.timing.start[l2]).toBe(144);
      expect(fenced.sim.counters.rawStallCycles - overlapped.sim.counters.rawStallCycles).toBe(48);
      expect(fenced.sim.totalCycles - overlapped.sim.totalCycles).toBe(48);
      // synchronization shapes timing only
      expect(sameBytes(fenced.out, overlapped.out)).toBe(true);
    });
  }
});
