// Batches of static-shape models: a batch that does not fit the Unified Buffer runs as
// micro-batches, and --batch rebinds a model exported for another batch. Both compare the
// TPU's outputs with the float32 executor on the unchanged source graph.
import { describe, expect, it } from 'vitest';
import { GraphBuilder, Rng, type Graph, type Tensor, execute, randomTensor } from '../../graph/index.js';
import { Session } from '../../runtime/index.js';
import { loadConfig } from '../../sim/index.js';

/** x [batch, 256] -> dense 256 -> ReLU -> dense 64, every shape static (as torch exports them). */
function denseModel(batch: number): Graph {
  const rng = new Rng(3);
  const b = new GraphBuilder(`dense-b${batch}`);
  const x = b.input('x', 'float32', [batch, 256]);
  const w1 = b.constant(randomTensor(rng, [256, 256], { kind: 'normal', std: 1 / 16 }));
  const w2 = b.constant(randomTensor(rng, [256, 64], { kind: 'normal', std: 1 / 16 }));
  const h = b.relu(b.matmul(x, w1, { name: 'dense1' }));
  b.output(b.matmul(h, w2, { name: 'dense2' }));
  return b.build();
}

function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0,
    na = 0,
    nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return dot / Math.sqrt(na * nb);
}

async function runAndCompare(source: Graph, session: Session, x: Tensor): Promise<void> {
  const name = source.outputs[0]!.name;
  const run = await session.run({ x });
  const got = run.outputs[name]!;
  const want = execute(source.clone(), { x })[name]!;
  expect(got.shape).toEqual(want.shape);
  expect(cosine(got.data as Float32Array, want.data as Float32Array)).toBeGreaterThan(0.99);
}

describe('batches of static-shape models', () => {
  it('a batch too big for the Unified Buffer runs as micro-batches with the full batch out', async () => {
    // small-16: 4096 UB rows of 16 bytes; at batch 200, x and the hidden layer take 2 x 200 x 16 rows
    const source = denseModel(200);
    const x = randomTensor(new Rng(5), [200, 256], { kind: 'normal', std: 1 });
    const session = Session.create(source, { config: loadConfig('small-16'), calibration: [{ x }] });
    try {
      expect(session.microBatch).toBeLessThan(200);
      expect(session.notes.join('\n')).toMatch(/batch 200 runs as \d+ micro-batches/);
      await runAndCompare(source, session, x);
    } finally {
      await session.close();
    }
  });

  it('--batch rebinds a model exported with another static batch, its declared outputs included', async () => {
    const source = denseModel(1);
    const x = randomTensor(new Rng(6), [3, 256], { kind: 'normal', std: 1 });
    const session = Session.create(source, { config: loadConfig('small-16'), batch: 3, calibration: [{ x }] });
    try {
      expect(session.graph.outputs[0]!.shape).toEqual([3, 64]);
      // the source graph declares batch 1; the reference runs the same layers on batch 3
      const rebound = denseModel(3);
      await runAndCompare(rebound, session, x);
    } finally {
      await session.close();
    }
  });
});

describe('everything stays on chip when it fits', () => {
  it('a working set that fits runs as one TPU segment: only the graph input goes in and only the output comes out', () => {
    // small-16 at batch 16: x and the hidden layer take 2 x 16 x 16 rows of 4096
    const source = denseModel(16);
    const x = randomTensor(new Rng(5), [16, 256], { kind: 'normal', std: 1 });
    const session = Session.create(source, { config: loadConfig('small-16'), calibration: [{ x }] });
    const tpu = session.steps.filter((s) => s.kind === 'tpu');
    expect(session.microBatch).toBe(16);
    expect(tpu).toHaveLength(1);
    const seg = tpu[0]!.kind === 'tpu' ? tpu[0]!.segment : undefined;
    expect(seg!.inputs.map((i) => i.tensor)).toEqual(['x']);
    expect(seg!.outputs.map((o) => o.tensor)).toEqual([source.outputs[0]!.name]);
    expect(session.notes.join('\n')).not.toMatch(/micro-batches|split/);
  });

  it('one that does not fit says so, naming what the Unified Buffer could not hold', () => {
    const source = denseModel(200);
    const x = randomTensor(new Rng(5), [200, 256], { kind: 'normal', std: 1 });
    const session = Session.create(source, { config: loadConfig('small-16'), calibration: [{ x }] });
    expect(session.notes.join('\n')).toMatch(
      /batch 200 runs as \d+ micro-batches .*round trip through host memory: the working set does not fit the Unified Buffer at batch 200 \(the Unified Buffer cannot hold .* it needs \d+ rows/,
    );
  });
});
