// The models the golden suite records: chosen so that together they reach every layer kind and
// mapping the compiler has (dense, convolution channels-on-rows and im2col, grouped and depthwise
// convolutions, max and average pooling in the activation unit, averages as convolutions,
// residual add, concat, views, LSTM steps), the fallback devices with the TPU's reasons for
// refusing each kind of node, micro-batches and split programs, and a SCALE-Sim topology —
// while the whole suite runs in CI in well under a minute.
import { join } from 'node:path';
import { GraphBuilder, type Graph, type Tensor, Rng, tensor } from '../../graph/index.js';
import type { LoadedModel, RunModelOptions } from '../../runtime/index.js';
import { type HardwareConfig, loadConfig } from '../../sim/index.js';
import { TOPOLOGIES } from '../helpers/common.js';

/** One recorded run. */
export interface GoldenCase {
  /** Folder under tests/golden/expected/models/. */
  name: string;
  /** What it covers (documentation only). */
  covers: string;
  model: () => string | LoadedModel;
  config: () => HardwareConfig;
  opts?: RunModelOptions;
}

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

export const GOLDEN_CASES: GoldenCase[] = [
  {
    name: 'mlp',
    covers: 'dense layers with ReLU, on tpu-v1',
    model: () => 'zoo:mlp',
    config: () => loadConfig('tpu-v1'),
  },
  {
    name: 'lenet',
    covers: 'im2col (first conv), channels-on-rows conv, max pooling, a Flatten view, dense',
    model: () => 'zoo:lenet',
    config: () => loadConfig('tpu-v1'),
  },
  {
    name: 'lenet-small16',
    covers: 'a small Unified Buffer: micro-batches and programs split where the UB runs out',
    model: () => 'zoo:lenet',
    config: () => loadConfig('small-16'),
    opts: { batch: 4 },
  },
  {
    name: 'smallcnn-op13',
    covers:
      'a torch export: standalone batch norm and averages as depthwise convs, depthwise conv, relu6, fused sigmoid, Mul and Softmax on the GPU',
    model: () => join(FIXTURES, 'onnx', 'smallcnn-op13.onnx'),
    config: () => loadConfig('tpu-v1'),
  },
  {
    name: 'golden-cnn',
    covers:
      'residual add, concat, grouped conv, average pooling with padding, global max pool, tanh, and nodes the TPU refuses for each of its reasons',
    model: () => ({
      graph: goldenCnn(),
      source: { name: 'golden-cnn', source: 'graph', path: null },
      feeds: goldenCnnInputs(),
      isolateLayers: false,
    }),
    config: () => loadConfig('small-16'),
  },
  {
    name: 'lstm-b2',
    covers: 'an unrolled LSTM (dense steps, concat of [x_t, h], gate math on the GPU, residual adds)',
    model: () => 'zoo:lstm',
    config: () => loadConfig('tpu-v1'),
    opts: { batch: 2 },
  },
  {
    name: 'transformer-b1',
    covers: 'attention MatMuls, Softmax, LayerNorm, GELU, Gather: the TPU refusing them',
    model: () => 'zoo:transformer',
    config: () => loadConfig('tpu-v1'),
    opts: { batch: 1 },
  },
  {
    name: 'alexnet-scalesim-ws32',
    // a timing-only run: its weight image is zeros of the image's size (tiles placed, bytes not
    // kept), and its parameter blocks hold the placeholders of unread weights (scale 1, sums 0)
    covers: "a SCALE-Sim topology (upstream's alexnet) on scalesim-ws32: isolated layers, im2col, the closed-form comparison",
    model: () => join(TOPOLOGIES, 'v2', 'conv_nets', 'alexnet.csv'),
    config: () => loadConfig('scalesim-ws32'),
  },
];

/**
 * A small CNN for small-16 (16x16 array) that reaches what the zoo does not: a residual add, a
 * channel concat, a grouped convolution, average pooling with padding (in the activation unit),
 * global max pooling, a tanh, and one node of each kind the TPU refuses (a Conv with auto_pad, a
 * MaxPool with dilations, an AveragePool counting padding, an Add of a broadcast constant, a
 * Concat along height, a Reshape that moves data, a MatMul of two activations, a lone Relu).
 */
export function goldenCnn(): Graph {
  const b = new GraphBuilder('golden-cnn', { seed: 7 });
  const he = (fanIn: number) => ({ kind: 'uniform' as const, lo: -Math.sqrt(6 / fanIn), hi: Math.sqrt(6 / fanIn) });
  const conv = (x: string, cin: number, cout: number, k: number, o: Parameters<GraphBuilder['conv2d']>[3] = {}) =>
    b.conv2d(
      x,
      b.param([cout, cin / (o.group ?? 1), k, k], he((cin / (o.group ?? 1)) * k * k)),
      b.param([cout], { kind: 'uniform', lo: -0.1, hi: 0.1 }),
      o,
    );
  const x = b.input('input', 'float32', [2, 8, 10, 10]);
  const c1 = b.relu(conv(x, 8, 16, 3, { pads: 1 }));
  const g = b.relu6(conv(c1, 16, 16, 3, { pads: 1, group: 4 }));
  const res = b.relu(b.add(c1, g));
  const mp = b.maxPool(res, { kernelShape: [3, 3], pads: 1, strides: [1, 1] });
  const ap = b.avgPool(res, { kernelShape: [3, 3], pads: 1, strides: [1, 1] });
  const t = b.tanh(conv(ap, 16, 8, 1));
  const cat = b.concat([mp, t], 1);
  const dw = b.relu(conv(cat, 24, 24, 3, { pads: 1, strides: [2, 2], group: 24 }));
  // refused by the TPU, each for its own reason
  const same = conv(dw, 24, 8, 3, { autoPad: 'SAME_UPPER' });
  const dil = b.op('MaxPool', [same], { kernel_shape: [2, 2], dilations: [2, 2] })[0]!;
  const incl = b.avgPool(dw, { kernelShape: [3, 3], pads: 1, strides: [1, 1], countIncludePad: true });
  const shifted = b.add(incl, b.param([1, 24, 1, 1]));
  const tall = b.concat([shifted, dw], 2);
  const lone = b.relu(tall);
  const rows = b.reshape(lone, [2, 24, 50]);
  const gram = b.matmul(rows, b.transpose(rows, [0, 2, 1]));
  const pooled = b.flatten(b.globalMaxPool(dw));
  const logits = b.gemm(pooled, b.param([24, 10], he(24)), b.param([10]));
  b.output(logits, { name: 'logits' });
  b.output(gram, { name: 'gram' });
  b.output(dil, { name: 'dilated' });
  return b.build();
}

/** Seeded N(0, 1) inputs for goldenCnn. */
export function goldenCnnInputs(): Record<string, Tensor> {
  const rng = new Rng(11);
  return {
    input: tensor(
      'float32',
      [2, 8, 10, 10],
      Float32Array.from({ length: 2 * 8 * 10 * 10 }, () => rng.normal()),
    ),
  };
}
