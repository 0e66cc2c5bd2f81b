// When the Unified Buffer cannot hold the working set (issue 9, item 3), report.json's ubOverflows,
// its notes and the placement table (terminal and HTML) say so: which tensor, its bytes against the
// UB's size, how many micro-batches, or which tensors cross a split program through host memory.
import { describe, expect, it } from 'vitest';
import { GraphBuilder, Rng, type Graph, randomTensor } from '../../graph/index.js';
import { renderReportHtml, renderReportSummary } from '../../reports/index.js';
import { runModelDetailed } from '../../runtime/index.js';
import { loadConfig } from '../../sim/index.js';

/** x [batch, 256] -> dense 256 -> ReLU -> dense 256, or with `residual` three dense layers and + x; static shapes. */
function denseModel(batch: number, residual: boolean): Graph {
  const rng = new Rng(3);
  const b = new GraphBuilder(`dense-b${batch}`);
  const x = b.input('x', 'float32', [batch, 256]);
  const w = () => b.constant(randomTensor(rng, [256, 256], { kind: 'normal', std: 1 / 16 }));
  const h = b.relu(b.matmul(x, w(), { name: 'dense1' }));
  if (!residual) {
    b.output(b.matmul(h, w(), { name: 'dense2' }));
  } else {
    const h2 = b.relu(b.matmul(h, w(), { name: 'dense2' }));
    b.output(b.add(b.matmul(h2, w(), { name: 'dense3' }), x));
  }
  return b.build();
}

async function reportOf(graph: Graph, batch: number) {
  const x = randomTensor(new Rng(5), [batch, 256], { kind: 'normal', std: 1 });
  const loaded = { graph, source: { name: graph.name, source: 'graph' as const, path: null }, isolateLayers: false };
  const { report } = await runModelDetailed(loaded, loadConfig('small-16'), { inputs: { x } });
  return report;
}

describe('Unified Buffer overflows are reported', () => {
  it('a batch run as micro-batches: the tensor, its bytes against the UB, how many micro-batches', async () => {
    // small-16: 4096 UB rows of 16 bytes (64 KiB). At batch 200 a [200, 256] int8 tensor takes
    // 200 x 256 / 16 = 3200 rows = 51,200 bytes; x and dense1's output cannot both be held.
    const report = await reportOf(denseModel(200, false), 200);
    const o = report.ubOverflows!.find((x) => x.kind === 'micro-batches')!;
    const microBatch = o.microBatch!;
    expect(microBatch).toBeLessThan(200);
    expect(o).toMatchObject({ batch: 200, microBatch, microBatches: Math.ceil(200 / microBatch), ubBytes: 65536, bytes: 3200 * 16 });
    expect(o.what).toMatch(/^tensor "/);
    expect(o.freeBytes).toBeLessThan(o.bytes);
    expect(report.notes.join('\n')).toMatch(/batch 200 runs as \d+ micro-batches/);
    const text = renderReportSummary(report);
    const placement = text.slice(text.indexOf('Placement'));
    expect(placement).toContain(
      `host memory: batch 200 runs as ${o.microBatches} micro-batches of at most ${microBatch}, each a round trip through host memory: at batch 200, ${o.what} needs 0.05 MiB, the 0.06 MiB Unified Buffer`,
    );
    const html = renderReportHtml(report);
    expect(html).toContain('Through host memory: the Unified Buffer could not hold the working set');
    expect(html).toContain(`batch 200 runs as ${o.microBatches} micro-batches of at most ${microBatch}`);
  }, 120_000);

  it('a split TPU program: the tensor that did not fit, and the tensors crossing the cut through host memory', async () => {
    // At batch 80 each layer fits alone (an [80, 256] int8 tensor is 80 x 256 / 16 = 1280 rows), but
    // with x held for the residual Add, x and Relu_0 in the UB, the largest free range left is short
    // of Relu_1's 1280 rows: the program is cut before dense2, and Relu_0 (80 x 256 int8 = 20,480
    // bytes) leaves the chip and comes back.
    const report = await reportOf(denseModel(80, true), 80);
    expect(report.ubOverflows?.some((o) => o.kind === 'micro-batches')).toBe(false);
    const o = report.ubOverflows!.find((x) => x.layer === 'dense2')!;
    expect(o).toMatchObject({
      kind: 'program-split',
      bytes: 1280 * 16,
      ubBytes: 65536,
      hostTensors: [{ name: 'Relu_0', bytes: 80 * 256 }],
    });
    expect(o.what).toMatch(/^tensor "Relu_1"/);
    expect(o.freeBytes).toBeLessThan(o.bytes);
    const text = renderReportSummary(report);
    expect(text.slice(text.indexOf('Placement'))).toContain(
      'host memory: the TPU program is split before layer "dense2", "Relu_0" (0.02 MiB) going through host memory: tensor "Relu_1"',
    );
    expect(renderReportHtml(report)).toContain('the TPU program is split before layer &quot;dense2&quot;');
  }, 120_000);

  it('a working set that fits reports none', async () => {
    const report = await reportOf(denseModel(16, false), 16);
    expect(report.ubOverflows).toBeUndefined();
    expect(renderReportSummary(report)).not.toContain('host memory:');
    expect(renderReportHtml(report)).not.toContain('Through host memory');
  }, 120_000);

  it('a softmax the UB cannot hold beside its input writes over it: no split, outputs as with room for both', async () => {
    // x [150, 64] -> dense 256 -> Softmax on small-16 with tpu-v1's vector unit: the logits take
    // 150 x 256 / 16 = 2400 of the 4096 UB rows, so a second 2400-row frame for the softmax
    // cannot be held; softmax reads each row's group whole before writing it, so it takes the
    // logits' rows. With twice the UB the same program keeps them apart; the int8 results agree.
    const rng = new Rng(7);
    const b = new GraphBuilder('dense-softmax');
    const x = b.input('x', 'float32', [150, 64]);
    b.output(b.softmax(b.matmul(x, b.constant(randomTensor(rng, [64, 256], { kind: 'normal', std: 0.5 })), { name: 'logits' })));
    const graph = b.build();
    const inputs = { x: randomTensor(new Rng(9), [150, 64], { kind: 'normal', std: 1 }) };
    const loaded = { graph, source: { name: graph.name, source: 'graph' as const, path: null }, isolateLayers: false };
    const small = loadConfig('small-16');
    const vectorUnit = { lanes: 16, latencyCycles: 4, ops: ['arith', 'lookup', 'softmax'], functions: ['sigmoid', 'tanh'] };
    const tight = await runModelDetailed(loaded, { ...small, vectorUnit }, { inputs });
    const roomy = await runModelDetailed(
      loaded,
      { ...small, vectorUnit, unifiedBuffer: { ...small.unifiedBuffer, bytes: 2 * small.unifiedBuffer.bytes } },
      { inputs },
    );
    for (const run of [tight, roomy]) expect(run.report.placement.every((p) => p.device === 'tpu')).toBe(true);
    expect(tight.report.ubOverflows).toBeUndefined();
    expect(tight.report.notes).toContain('"Softmax_0" writes its output over its input "logits" (2400 UB rows): the UB cannot hold both');
    expect(roomy.report.notes.join('\n')).not.toContain('writes its output over its input');
    const [name] = Object.keys(tight.outputs);
    expect(tight.outputs[name!]!.data).toEqual(roomy.outputs[name!]!.data);
  }, 120_000);

  it('a layer whose input the UB cannot hold even alone runs on a fallback device, the reason naming the shortfall', async () => {
    // x [1, 70000] is 70000 / 16 = 4375 rows of small-16's 4096: no batch to split, so dense1 goes
    // to the GPU; dense2 reads its 16 values and stays on the TPU
    const rng = new Rng(11);
    const b = new GraphBuilder('too-wide');
    const x = b.input('x', 'float32', [1, 70000]);
    const h = b.relu(b.matmul(x, b.constant(randomTensor(rng, [70000, 16], { kind: 'normal', std: 0.004 })), { name: 'dense1' }));
    b.output(b.matmul(h, b.constant(randomTensor(rng, [16, 16], { kind: 'normal', std: 0.25 })), { name: 'dense2' }));
    const graph = b.build();
    const loaded = { graph, source: { name: graph.name, source: 'graph' as const, path: null }, isolateLayers: false };
    const inputs = { x: randomTensor(new Rng(13), [1, 70000], { kind: 'normal', std: 1 }) };
    const { report } = await runModelDetailed(loaded, loadConfig('small-16'), { inputs });
    const where = Object.fromEntries(report.placement.map((p) => [p.node, p]));
    expect(where['dense1']).toMatchObject({ device: 'gpu' });
    expect(where['dense1']!.reason).toContain(
      'the Unified Buffer cannot hold its working set even in a TPU program of its own at the smallest batch: tensor "x" (1x70000, 4375 rows of 16 bytes) needs 4375 rows',
    );
    expect(where['dense2']).toMatchObject({ device: 'tpu' });
    expect(report.numerics!.outputs[0]!.cosineSimilarity).toBeGreaterThan(0.99);
  }, 120_000);
});
