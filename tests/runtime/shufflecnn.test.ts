// A torch export of a channel-shuffle CNN (ShuffleNet-v2 units: chunk → Slice, channel concat,
// view → transpose → view; scripts/export-fixtures.py `shufflecnn`) on the preset with a general
// vector unit and on tpu-v1 (issue 11): on tpu-v1-vector the data movement runs on the chip
// (≥ 90 % of the graph's nodes, ≥ 95 % of its MACs), int8 output within cosine 0.99 of torch's
// float32, every TPU layer bit-exact against onnxruntime; on tpu-v1 the moves go to a fallback
// device with a reason naming the vector-unit class the config lacks.
import { describe, expect, it } from 'vitest';
import { loadOnnxFile } from '../../graph/index.js';
import { Session } from '../../runtime/index.js';
import { layerMacs } from '../../runtime/layers.js';
import { loadConfig } from '../../sim/index.js';
import { ensureFixture } from '../fixtures/onnx/fixtures.js';
import { compare, expectBitExact } from './helpers.js';

async function runOn(preset: string) {
  const fx = ensureFixture('shufflecnn-op17');
  const feeds = Object.fromEntries(fx.inputs);
  const session = Session.create(loadOnnxFile(fx.onnxPath), { config: loadConfig(preset), calibration: [feeds], exposeAllLayers: true });
  try {
    const run = await session.run(feeds);
    const onTpu = session.layers.filter((l) => session.placement.get(l.name)!.device === 'tpu');
    const nodes = (ls: typeof onTpu) => ls.reduce((a, l) => a + l.nodes.length, 0);
    const macs = (ls: typeof onTpu) => ls.reduce((a, l) => a + layerMacs(session.graph, l), 0);
    const [torchOut] = [...fx.outputs.values()];
    return {
      session,
      nodeShare: nodes(onTpu) / nodes(session.layers),
      macShare: macs(onTpu) / macs(session.layers),
      cosine: compare(run.outputs[[...fx.outputs.keys()][0]!]!, torchOut!).cosine,
      bitExact: await expectBitExact(session, run, feeds),
      tpuLayers: onTpu.filter((l) => l.kind !== 'view').length,
    };
  } finally {
    await session.close();
  }
}

describe('shufflecnn-op17 (channel shuffle CNN)', () => {
  it('on tpu-v1-vector: >= 90 % of nodes and >= 95 % of MACs on the TPU, cosine >= 0.99 to torch, TPU layers bit-exact', async () => {
    const r = await runOn('tpu-v1-vector');
    expect(r.nodeShare).toBeGreaterThanOrEqual(0.9);
    expect(r.macShare).toBeGreaterThanOrEqual(0.95);
    expect(r.cosine).toBeGreaterThanOrEqual(0.99);
    expect(r.bitExact.skipped).toBe(0);
    expect(r.bitExact.checked).toBe(r.tpuLayers);
    // the four shuffles and the two channel splits (as Slices) are vector-unit layers
    const moves = r.session.layers.filter((l) => l.kind === 'move');
    expect(moves.map((l) => l.op).sort()).toEqual(['Reshape', 'Reshape', 'Reshape', 'Reshape', 'Slice', 'Slice', 'Slice', 'Slice']);
  }, 600_000);

  it("on tpu-v1: runs within cosine 0.99, the moves off chip with reasons naming the missing class 'move'", async () => {
    const r = await runOn('tpu-v1');
    expect(r.cosine).toBeGreaterThanOrEqual(0.99);
    const off = r.session.layers.filter((l) => r.session.placement.get(l.name)!.device !== 'tpu');
    expect(off.length).toBe(8);
    for (const l of off) {
      expect(r.session.placement.get(l.name)!.reason, l.name).toBe(
        `tpu: ${l.op} needs the vector-unit class 'move', which config tpu-v1 lacks; gpu is next in the priority order`,
      );
    }
    expect(r.bitExact.checked + r.bitExact.skipped).toBe(r.tpuLayers);
    expect(r.nodeShare).toBeLessThan(0.9);
  }, 600_000);
});
