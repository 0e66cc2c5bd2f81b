// Topology rows as graph layers: shapes equal SCALE-Sim's (M = output pixels), data are seeded
// int8-range integers, outputs agree with a direct loop-nest convolution written here and with
// onnxruntime, and the per-layer M/N/K metadata survives ONNX export.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  GraphError,
  type Tensor,
  TopologyTooLargeError,
  execute,
  exportOnnx,
  importOnnx,
  loadTopologyFile,
  madeUpWeightsOf,
  parseTopology,
  scaleSimLayersOf,
  topologyFeeds,
  topologyToGraph,
} from '../../graph/index.js';
import { maxRelDiff, runOrt } from '../fixtures/onnx/ort.js';
import { CONV_HEADER, TOPOLOGIES, sameBytes } from '../helpers/common.js';

/**
 * Direct convolution with SCALE-Sim's geometry: output (r, c) reads ifmap rows r*Sh + i and
 * columns c*Sw + j; positions past the edge (the overhanging last window) read 0.
 */
function referenceConv(x: Tensor, w: Tensor, strides: [number, number], groups: number, out: [number, number]): Float64Array {
  const [, C, H, W] = x.shape as [number, number, number, number];
  const [N, Cg, Fh, Fw] = w.shape as [number, number, number, number];
  const [Eh, Ew] = out;
  const xd = x.data as Float32Array;
  const wd = w.data as Float32Array;
  const y = new Float64Array(N * Eh * Ew);
  const perGroup = N / groups;
  for (let n = 0; n < N; n++) {
    const g = Math.floor(n / perGroup);
    for (let r = 0; r < Eh; r++) {
      for (let c = 0; c < Ew; c++) {
        let s = 0;
        for (let ch = 0; ch < Cg; ch++) {
          for (let i = 0; i < Fh; i++) {
            for (let j = 0; j < Fw; j++) {
              const row = r * strides[0] + i;
              const col = c * strides[1] + j;
              if (row < H && col < W) s += xd[((g * Cg + ch) * H + row) * W + col]! * wd[((n * Cg + ch) * Fh + i) * Fw + j]!;
            }
          }
        }
        y[(n * Eh + r) * Ew + c] = s;
      }
    }
  }
  expect(C).toBe(Cg * groups);
  return y;
}

describe('topologyToGraph', () => {
  it('mini.csv: one Conv per row with SCALE-Sim shapes, matching a direct convolution exactly', () => {
    const topo = loadTopologyFile(join(TOPOLOGIES, 'local/mini.csv'));
    const graph = topologyToGraph(topo, { seed: 7 });
    expect(graph.nodes.map((n) => n.op)).toEqual(['Conv', 'Conv', 'Conv', 'Conv']);
    expect(graph.inputs.map((v) => v.name)).toEqual(['L1/ifmap', 'L2/ifmap', 'FC/ifmap', 'L4/ifmap']);
    const feeds = topologyFeeds(graph);
    const outs = execute(graph, feeds);
    const info = scaleSimLayersOf(graph);
    topo.layers.forEach((layer, i) => {
      const node = graph.nodes[i]!;
      const y = outs[node.outputs[0]!]!;
      expect(y.shape).toEqual([1, layer.numFilters, layer.ofmapHeight, layer.ofmapWidth]);
      expect(info[i]).toMatchObject({ index: i, name: layer.name, node: node.name, m: layer.m, n: layer.n, k: layer.k, macs: layer.macs });
      // M = output pixels of one filter, as SCALE-Sim lowers the conv.
      expect(y.shape[2]! * y.shape[3]!).toBe(layer.m);
      const w = graph.initializers.get(node.inputs[1]!)!;
      const x = feeds[node.inputs[0]!]!;
      for (const t of [w, x]) for (const v of t.data as Float32Array) expect(Number.isInteger(v) && v >= -128 && v <= 127).toBe(true);
      const want = referenceConv(x, w, [layer.strideHeight, layer.strideWidth], 1, [layer.ofmapHeight, layer.ofmapWidth]);
      // Integer sums below 2^24 are exact in float32.
      expect(Array.from(y.data as Float32Array)).toEqual(Array.from(want));
    });
    // L4 (7x9, 3x1 filter, stride 2): E = 3 x 5, both exact; L2 (9x9, 3x3, stride 2): E = 4.
    expect(topo.layers[1]!.ofmapHeight).toBe(4);
  });

  it('AlexNet Conv1: the overhanging last window is padded, giving 55x55 (M = 3025)', () => {
    const topo = parseTopology(`${CONV_HEADER}\nConv1, 27, 27, 11, 11, 3, 4, 4,`);
    // Same overhang as AlexNet Conv1 at small size: ceil((27 - 11) / 4) + 1 = 5, "valid" gives 5 too;
    // 26 gives ceil(15 / 4) + 1 = 5 where "valid" gives 4.
    const small = parseTopology(`${CONV_HEADER}\nConv1, 26, 26, 11, 11, 3, 4, 4,`);
    expect(topo.layers[0]!.ofmapHeight).toBe(5);
    expect(small.layers[0]!.ofmapHeight).toBe(5);
    const graph = topologyToGraph(small);
    // (5 - 1) * 4 + 11 - 26 = 1 zero row and column at the end.
    expect(graph.nodes[0]!.attrs.pads).toEqual([0, 0, 1, 1]);
    const feeds = topologyFeeds(graph);
    const y = execute(graph, feeds)[graph.outputs[0]!.name]!;
    expect(y.shape).toEqual([1, 4, 5, 5]);
    const want = referenceConv(feeds['Conv1/ifmap']!, graph.initializers.get('Conv1/filter')!, [4, 4], 1, [5, 5]);
    expect(Array.from(y.data as Float32Array)).toEqual(Array.from(want));

    const alex = topologyToGraph(loadTopologyFile(join(TOPOLOGIES, 'v2/conv_nets/alexnet_part.csv')));
    expect(alex.outputs[0]!.shape).toEqual([1, 96, 55, 55]);
    expect(alex.nodes[0]!.attrs.pads).toEqual([0, 0, 3, 3]);
    expect(scaleSimLayersOf(alex)[0]).toMatchObject({ m: 3025, n: 96, k: 363 });
  });

  it('GEMM rows become MatMul [M, K] x [K, N]', () => {
    const topo = parseTopology('Layer, M, N, K,\nA, 5, 3, 7,\nB, 2, 4, 6,');
    const graph = topologyToGraph(topo, { seed: 3 });
    expect(graph.nodes.map((n) => n.op)).toEqual(['MatMul', 'MatMul']);
    expect(graph.inputs.map((v) => v.shape)).toEqual([
      [5, 7],
      [2, 6],
    ]);
    const feeds = topologyFeeds(graph);
    const outs = execute(graph, feeds);
    const a = feeds['A/ifmap']!.data as Float32Array;
    const w = graph.initializers.get('A/filter')!.data as Float32Array;
    const y = outs.A!;
    expect(y.shape).toEqual([5, 3]);
    for (let i = 0; i < 5; i++) {
      for (let j = 0; j < 3; j++) {
        let s = 0;
        for (let k = 0; k < 7; k++) s += a[i * 7 + k]! * w[k * 3 + j]!;
        expect(y.data[i * 3 + j]).toBe(s);
      }
    }
  });

  it('DP rows read as grouped convs compute the same as the expanded single-channel layers', () => {
    const text = `${CONV_HEADER}\nDW_DP, 9, 9, 3, 3, 3, 2, 2,`;
    const grouped = topologyToGraph(parseTopology(text, { depthwise: 'grouped' }), { seed: 5 });
    expect(grouped.nodes[0]!.attrs.group).toBe(3);
    expect(grouped.initializers.get('DW_DP/filter')!.shape).toEqual([6, 1, 3, 3]);
    const feeds = topologyFeeds(grouped);
    const y = execute(grouped, feeds).DW_DP!;
    const want = referenceConv(feeds['DW_DP/ifmap']!, grouped.initializers.get('DW_DP/filter')!, [2, 2], 3, [4, 4]);
    expect(Array.from(y.data as Float32Array)).toEqual(Array.from(want));
    const expanded = topologyToGraph(parseTopology(text), { seed: 5 });
    expect(expanded.nodes.map((n) => n.name)).toEqual(['DW_DPChannel_0', 'DW_DPChannel_1', 'DW_DPChannel_2']);
    expect(scaleSimLayersOf(expanded).reduce((s, l) => s + l.macs, 0)).toBe(scaleSimLayersOf(grouped)[0]!.macs);
  });

  it('is deterministic per seed; a layer keeps its data when others are left out', () => {
    const topo = loadTopologyFile(join(TOPOLOGIES, 'v2/conv_nets/alexnet.csv'));
    const a = topologyToGraph(topo, { seed: 11 });
    const b = topologyToGraph(topo, { seed: 11 });
    expect(sameBytes(exportOnnx(b), exportOnnx(a))).toBe(true);
    const c = topologyToGraph(topo, { seed: 12 });
    expect(sameBytes(c.initializers.get('Conv3/filter')!.data, a.initializers.get('Conv3/filter')!.data)).toBe(false);
    const only = topologyToGraph(topo, { seed: 11, layers: ['Conv3', 4] });
    expect(only.nodes.map((n) => n.name)).toEqual(['Conv3', 'Conv5']);
    expect(sameBytes(only.initializers.get('Conv3/filter')!.data, a.initializers.get('Conv3/filter')!.data)).toBe(true);
    expect(sameBytes(topologyFeeds(only)['Conv5/ifmap']!.data, topologyFeeds(a)['Conv5/ifmap']!.data)).toBe(true);
    expect(() => topologyToGraph(topo, { layers: ['Conv9', 7] })).toThrow(GraphError);
    expect(() => topologyToGraph(topo, { layers: ['Conv9', 7] })).toThrow(
      /no layer "Conv9", index 7 \(the topology has 5 layers, indices 0-4\)/,
    );
  });

  it('repeated or awkward layer names get unique node names', () => {
    const topo = parseTopology('Layer, M, N, K,\nGEMM 1, 2, 2, 2,\nGEMM 1, 3, 3, 3,\na/b, 1, 1, 1,');
    const graph = topologyToGraph(topo);
    expect(graph.nodes.map((n) => n.name)).toEqual(['GEMM_1', 'GEMM_1_1', 'a_b']);
    expect(scaleSimLayersOf(graph).map((l) => l.name)).toEqual(['GEMM 1', 'GEMM 1', 'a/b']);
  });

  it('refuses topologies too large to hold in memory, naming the largest layers', () => {
    const big = parseTopology(`${CONV_HEADER}\nHuge, 1, 1, 1, 1, 20000, 20000, 1,\nSmall, 4, 4, 1, 1, 2, 2, 1,`, { file: 'big.csv' });
    expect(() => topologyToGraph(big)).toThrow(TopologyTooLargeError);
    expect(() => topologyToGraph(big)).toThrow(
      /big\.csv: the selected layers hold 400000004 weight elements, more than the limit of 134217728 \(largest: "Huge" 400000000/,
    );
    expect(topologyToGraph(big, { layers: ['Small'] }).nodes.length).toBe(1);
    // unet2d's weights are small but its GEMM inputs are not.
    const unet = topologyToGraph(loadTopologyFile(join(TOPOLOGIES, 'v2/GEMM_mnk/unet2d.csv')));
    expect(() => topologyFeeds(unet)).toThrow(/inputs hold \d+ elements, more than the limit/);
    expect(() => topologyFeeds(unet, { values: false })).toThrow(/inputs hold \d+ elements, more than the limit/);
  });

  it('gives zero inputs of the same shapes when no values are wanted (timing-only runs)', () => {
    const graph = topologyToGraph(loadTopologyFile(join(TOPOLOGIES, 'local/mini.csv')));
    const drawn = topologyFeeds(graph);
    const zeros = topologyFeeds(graph, { values: false });
    expect(Object.keys(zeros)).toEqual(Object.keys(drawn));
    for (const [name, t] of Object.entries(zeros)) {
      expect(t.shape).toEqual(drawn[name]!.shape);
      expect((t.data as Float32Array).every((v) => v === 0)).toBe(true);
      expect((drawn[name]!.data as Float32Array).some((v) => v !== 0)).toBe(true);
    }
  });

  it('makes weights that are never 0, or with weights: false zeros of the same shapes, and says which', () => {
    const topology = loadTopologyFile(join(TOPOLOGIES, 'local/mini.csv'));
    const made = topologyToGraph(topology);
    const none = topologyToGraph(topology, { weights: false });
    expect([madeUpWeightsOf(made), madeUpWeightsOf(none), madeUpWeightsOf(importOnnx(exportOnnx(made)))]).toEqual([
      'values',
      'none',
      'values',
    ]);
    const counts = new Map<number, number>();
    for (const [name, w] of made.initializers) {
      const data = w.data as Float32Array;
      for (const v of data) counts.set(v, (counts.get(v) ?? 0) + 1);
      expect(none.initializers.get(name)!.shape).toEqual(w.shape);
      expect((none.initializers.get(name)!.data as Float32Array).every((v) => v === 0)).toBe(true);
    }
    expect(counts.has(0)).toBe(false);
    // both ends of the range are drawn (mini.csv holds thousands of weights)
    expect([counts.has(-128), counts.has(127), counts.has(1), counts.has(-1)]).toEqual([true, true, true, true]);
  });
});

describe('topology graphs in onnxruntime', () => {
  it.each([
    'local/mini.csv',
    'v1-unit_tests/test_Googlenet.csv',
    'v3-extra/GEMM_mnk/test_mnk_input.csv',
    'v1-unit_tests/validation_csvs/test_valid_20.csv',
  ])('%s: exports to ONNX, keeps its metadata, and onnxruntime agrees with the reference executor', async (file) => {
    const graph = topologyToGraph(loadTopologyFile(join(TOPOLOGIES, file)), { seed: 1 });
    const bytes = exportOnnx(graph);
    const back = importOnnx(bytes);
    expect(scaleSimLayersOf(back)).toEqual(scaleSimLayersOf(graph));
    const feeds = topologyFeeds(graph);
    const ours = execute(graph, feeds);
    const theirs = await runOrt(bytes, feeds);
    for (const [name, t] of theirs) expect(maxRelDiff(ours[name]!, t), name).toBeLessThanOrEqual(1e-6);
  });
});
