// report.host: every phase is recorded, and the phases nest as the code runs them. No timing
// thresholds (speed is measured by `npm run bench`, never asserted): only bounds that follow
// from one interval containing another, so they hold on any machine under any load.
import { describe, expect, it } from 'vitest';
import { GraphBuilder, Rng, randomTensor } from '../../graph/index.js';
import { Session, runModelDetailed } from '../../runtime/index.js';
import { loadConfig } from '../../sim/index.js';

const FIELDS = ['buildMs', 'compileMs', 'calibrationMs', 'simulateMs', 'fallbackMs', 'totalMs', 'referenceMs', 'peakRssBytes'] as const;

describe('report.host', () => {
  it('records every phase of a run, each within the interval that contains it', async () => {
    const rssBefore = process.memoryUsage().rss;
    const t0 = performance.now();
    const { report } = await runModelDetailed('zoo:mlp', loadConfig('tpu-v1'));
    const wallMs = performance.now() - t0;
    const h = report.host;
    for (const f of FIELDS) {
      expect(h[f], f).toBeTypeOf('number');
      expect(h[f]! >= 0 && Number.isFinite(h[f]), `${f} = ${h[f]}`).toBe(true);
    }
    // calibration runs inside compileModel's clock, the TPU programs inside Session.run's
    expect(h.calibrationMs!).toBeLessThanOrEqual(h.compileMs);
    expect(h.simulateMs).toBeLessThanOrEqual(h.totalMs);
    // build, compile, run and reference are disjoint intervals inside the call timed here
    expect(h.buildMs! + h.compileMs + h.totalMs + h.referenceMs!).toBeLessThanOrEqual(wallMs);
    // every layer of the MLP runs on the TPU: no fallback kernel ran
    expect(report.layers.every((l) => l.device === 'tpu')).toBe(true);
    expect(h.fallbackMs).toBe(0);
    // the peak (KiB from the OS, reported in bytes) is at least the resident size before the run
    // and at most the peak after it
    expect(h.peakRssBytes!).toBeGreaterThanOrEqual(rssBefore);
    expect(h.peakRssBytes!).toBeLessThanOrEqual(process.resourceUsage().maxRSS * 1024);
  });

  it('a compile that falls back to micro-batches counts every attempt and every calibration pass', async () => {
    // x [200, 256] -> dense 256 -> ReLU -> dense 64 does not fit small-16's UB at batch 200
    const rng = new Rng(3);
    const b = new GraphBuilder('dense-b200');
    const x = b.input('x', 'float32', [200, 256]);
    const w1 = b.constant(randomTensor(rng, [256, 256], { kind: 'normal', std: 1 / 16 }));
    const w2 = b.constant(randomTensor(rng, [256, 64], { kind: 'normal', std: 1 / 16 }));
    b.output(b.matmul(b.relu(b.matmul(x, w1)), w2));
    const feeds = { x: randomTensor(new Rng(5), [200, 256], { kind: 'normal', std: 1 }) };
    const t0 = performance.now();
    const session = Session.create(b.build(), { config: loadConfig('small-16'), calibration: [feeds] });
    const wallMs = performance.now() - t0;
    try {
      expect(session.microBatch).toBeLessThan(200);
      expect(session.calibrationMs).toBeGreaterThan(0);
      expect(session.calibrationMs).toBeLessThanOrEqual(session.compileMs);
      expect(session.compileMs).toBeLessThanOrEqual(wallMs);
    } finally {
      await session.close();
    }
  });
});
