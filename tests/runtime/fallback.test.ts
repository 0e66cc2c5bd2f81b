// Fallback work runs for real on worker threads: a kernel that throws and a worker that dies
// each fail the run with an error naming the node, and nothing hangs.
import { afterEach, describe, expect, it } from 'vitest';
import { GraphBuilder, tensor } from '../../graph/index.js';
import { RuntimeError, Session } from '../../runtime/index.js';
import { loadConfig } from '../../sim/index.js';

/** x -> dense (TPU) -> Gather by runtime indices (fallback) -> output. */
function model() {
  const b = new GraphBuilder('gather-after-dense');
  const x = b.input('x', 'float32', [4, 8]);
  const idx = b.input('idx', 'int64', [2]);
  const w = b.constant(
    tensor(
      'float32',
      [8, 8],
      Float32Array.from({ length: 64 }, (_, i) => ((i * 7) % 11) / 10 - 0.5),
    ),
  );
  const h = b.matmul(x, w, { name: 'dense' });
  const y = b.gather(h, idx, 0, { name: 'pick' });
  b.output(y);
  return b.build();
}

const feeds = (indices: bigint[]) => ({
  x: tensor(
    'float32',
    [4, 8],
    Float32Array.from({ length: 32 }, (_, i) => Math.sin(i)),
  ),
  idx: tensor('int64', [2], BigInt64Array.from(indices)),
});

describe('fallback workers', () => {
  afterEach(() => {
    delete process.env.TPUSIM_TEST_CRASH_NODE;
  });

  it('run the fallback node for real and place it with its reason', async () => {
    const session = Session.create(model(), { config: loadConfig('small-16'), calibration: [feeds([0n, 3n])] });
    try {
      expect(session.placement.get('dense')!.device).toBe('tpu');
      expect(session.placement.get('pick')).toMatchObject({
        device: 'gpu',
        reason: expect.stringMatching(/^tpu: Gather from an activation by computed indices/),
      });
      const run = await session.run(feeds([3n, 1n]));
      const ref = session.reference(feeds([3n, 1n]));
      const a = run.outputs[session.graph.outputs[0]!.name]!.data as Float32Array;
      const b = ref[session.graph.outputs[0]!.name]!.data as Float32Array;
      for (let i = 0; i < b.length; i++) expect(Math.abs(a[i]! - b[i]!)).toBeLessThan(0.05);
      expect(run.steps.find((s) => s.step.kind === 'fallback')!.measuredMs).toBeGreaterThanOrEqual(0);
    } finally {
      await session.close();
    }
  });

  it('a kernel that throws fails the run with an error naming the node', async () => {
    const session = Session.create(model(), { config: loadConfig('small-16'), calibration: [feeds([0n, 3n])] });
    try {
      await expect(session.run(feeds([0n, 99n]))).rejects.toThrow(RuntimeError);
      await expect(session.run(feeds([0n, 99n]))).rejects.toThrow(/fallback worker failed on node "pick" \(Gather\)/);
    } finally {
      await session.close();
    }
  });

  it('a worker that dies fails the run with an error naming the node', async () => {
    process.env.TPUSIM_TEST_CRASH_NODE = 'pick';
    const session = Session.create(model(), { config: loadConfig('small-16'), calibration: [feeds([0n, 3n])] });
    try {
      await expect(session.run(feeds([1n, 2n]))).rejects.toThrow(/fallback worker failed on node "pick" \(Gather\)/);
    } finally {
      await session.close();
    }
  }, 60_000);
});
