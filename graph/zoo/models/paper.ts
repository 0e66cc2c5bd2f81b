// Approximations of the six TPU v1 workloads (Jouppi et al., ISCA 2017, Table 1; see
// docs/reference/tpu-v1.md §2.1). The paper gives, per app, the number of layers by
// kind (FC / conv / vector / pool), the nonlinearity, the weight count, ops per weight byte and
// the batch size, and names the apps only loosely (one MLP is RankBrain, one LSTM a subset of
// GNM Translate, one CNN Inception, the other AlphaGo). Layer shapes are not published: every
// shape below is our guess, chosen so that `layerCensus` gives exactly Table 1's layer counts
// and `countParameters` its weight count within 10%. What is known and what is guessed is
// written next to each builder and in ../ZOO.md.
import type { Graph } from '../../ir.js';
import { LSTM_HIDDEN_RMS, NetBuilder, heBound } from '../net.js';
import { BN_BEFORE_RELU, type BuildContext, CALIBRATION_BATCH } from './common.js';

/**
 * MLP0 / MLP1: `widths.length - 1` FC layers with ReLU (the last one linear). Known: 5 and 4
 * FC layers, ReLU, 20M and 5M weights, batch 200 and 168, ops/weight byte = batch. Guessed:
 * equal widths (2000 and 1120), so each layer is one square weight matrix.
 */
export function buildPaperMlp(name: string, widths: number[], ctx: BuildContext): Graph {
  const net = new NetBuilder(name, ctx);
  let x = net.input('input', 'float32', [ctx.batch, widths[0]!]);
  for (let i = 1; i < widths.length; i++) {
    const last = i === widths.length - 1;
    x = net.linear(x, widths[i - 1]!, widths[i]!, { init: { kind: 'uniform', bound: heBound(widths[i - 1]!) / (last ? Math.SQRT2 : 1) } });
    if (!last) x = net.relu(x);
  }
  net.output(x);
  return net.build();
}

/** Sequence length of the paper's LSTM approximations (not published; a typical sentence). */
export const PAPER_LSTM_SEQ = 16;

/**
 * LSTM0: 6 LSTM layers of 1024 (inputs 1024) with peepholes, residual connections around
 * layers 3-6 (as GNMT adds them from the third layer on), the output sequence out. Known: 24
 * FC + 34 vector layers, sigmoid/tanh, 52M weights, batch 64. Guessed: the structure; counted
 * as in `layerCensus`, each layer is 4 FC (gates) + 5 vector (cell update, output, 3 peephole
 * products) -> 24 FC and 30 + 4 residual Adds = 34 vector; weights 6 x 8.4M = 50.4M (-3%).
 */
export function buildLstm0(ctx: BuildContext): Graph {
  const net = new NetBuilder('lstm0', ctx);
  const hidden = 1024;
  let x = net.input('input', 'float32', [PAPER_LSTM_SEQ, ctx.batch, hidden]);
  // Root-mean-square of the layer input: 1 for the N(0, 1) input, then h's, growing with each residual sum.
  let rms = 1;
  for (let l = 1; l <= 6; l++) {
    const y = net.lstm(x, hidden, hidden, { peepholes: true, inputRms: rms });
    if (l >= 3) {
      x = net.add(y, x);
      rms = Math.hypot(rms, LSTM_HIDDEN_RMS);
    } else {
      x = y;
      rms = LSTM_HIDDEN_RMS;
    }
  }
  net.output(x);
  return net.build();
}

/** Output vocabulary of LSTM1 (guessed: what brings the weights to 34M). */
export const LSTM1_VOCABULARY = 13000;

/**
 * LSTM1: 9 LSTM layers of 600 (inputs 600), then per time step an FC to a 13,000-word
 * vocabulary and a softmax. Known: 37 FC + 19 vector layers, 34M weights, batch 96, and that an
 * LSTM1 layer holds 600x600 weight matrices (the paper's 9-tile example). Guessed: 9 layers x
 * (4 FC + 2 vector) + FC + softmax = 37 FC, 19 vector; weights 9 x 2.88M + 7.8M = 33.8M (-0.6%).
 */
export function buildLstm1(ctx: BuildContext): Graph {
  const net = new NetBuilder('lstm1', ctx);
  const hidden = 600;
  let x = net.input('input', 'float32', [PAPER_LSTM_SEQ, ctx.batch, hidden]);
  for (let l = 0; l < 9; l++) x = net.lstm(x, hidden, hidden, { inputRms: l === 0 ? 1 : LSTM_HIDDEN_RMS });
  const logits = net.linear(net.reshape(x, [-1, hidden]), hidden, LSTM1_VOCABULARY, {
    init: { kind: 'uniform', bound: heBound(hidden) / Math.SQRT2 },
  });
  net.output(net.softmax(logits, -1));
  return net.build();
}

/**
 * CNN0 (AlphaGo-like policy network; Silver et al. 2016): 48 feature planes of a 19x19 board
 * -> conv 5x5 (256) -> 14 x conv 3x3 (256) -> conv 1x1 (1) -> 361 move logits, ReLU, no
 * pooling. Known: 16 conv layers, ReLU, 8M weights, batch 8, ops/weight byte 2888 = 8 x 361
 * (every weight used once per board point). Guessed: AlphaGo's published layout (5x5 first
 * layer, 3x3 after, 1x1 output, 48 input planes) with 256 filters (one of the widths the
 * AlphaGo paper reports) and 16 layers: 8.57M weights (+7%).
 */
export function buildCnn0(ctx: BuildContext): Graph {
  const net = new NetBuilder('cnn0', ctx);
  const k = 256;
  let x = net.input('input', 'float32', [ctx.batch, 48, 19, 19]);
  x = net.relu(net.conv(x, 48, k, 5, { bias: true }));
  for (let i = 0; i < 14; i++) x = net.relu(net.conv(x, k, k, 3, { bias: true }));
  x = net.conv(x, k, 1, 1, { bias: true, init: { kind: 'uniform', bound: heBound(k) / Math.SQRT2 } });
  net.output(net.flatten(x));
  return net.build();
}

/** Channel width multiplier of CNN1 over BN-Inception (guessed; see `buildCnn1`). */
export const CNN1_WIDTH = 1.5;
/** Widths of CNN1's four FC layers (guessed). */
export const CNN1_FC = [4096, 8192, 4096, 1000];

/**
 * CNN1 (Inception-like; the paper says one CNN is derived from Inception V2 = BN-Inception,
 * Ioffe & Szegedy 2015): BN-Inception's stem (its 7x7/2 conv factorized into three 3x3 convs),
 * its ten inception modules (8 with four branches and a pooling projection, 2 stride-2
 * reduction modules) with all channel counts x1.5, a 1x1 conv, global average pooling and four
 * FC layers to 1000 classes; every conv is followed by BatchNormalization (calibrated, folded
 * into the conv by `layerCensus` and by an inference compiler) and ReLU.
 * Known: 72 conv + 13 pool + 4 FC = 89 layers, ReLU, 100M weights, batch 32, ops/weight byte
 * 1750 (so about 1750 / 32 x 100M = 5.5 GMAC per image) and "4 FC layers at 32 ops/weight
 * byte". Guessed: everything else; the counts come out as 5 + 8x7 + 2x5 + 1 = 72 conv,
 * 2 + 10 + 1 = 13 pool; most weights sit in the FC head (as the FC layers' low reuse suggests).
 */
export function buildCnn1(ctx: BuildContext): Graph {
  const net = new NetBuilder('cnn1', ctx);
  const w = (c: number) => Math.round(c * CNN1_WIDTH);
  let x = net.input('input', 'float32', [ctx.batch, 3, 224, 224], { shape: [CALIBRATION_BATCH, 3, 224, 224] });
  const conv = (v: string, cin: number, cout: number, k: number, stride = 1) =>
    net.relu(net.batchNorm(net.conv(v, cin, cout, k, { stride }), cout, BN_BEFORE_RELU));
  // Stem: 224 -> 112 -> 56 -> 28.
  x = conv(x, 3, w(32), 3, 2);
  x = conv(x, w(32), w(32), 3);
  x = conv(x, w(32), w(64), 3);
  x = net.maxPool(x, 3, 2, 1);
  x = conv(x, w(64), w(64), 1);
  x = conv(x, w(64), w(192), 3);
  x = net.maxPool(x, 3, 2, 1);
  let cin = w(192);
  // Inception module: 1x1 | 1x1 -> 3x3 | 1x1 -> 3x3 -> 3x3 | pool -> 1x1 projection.
  const inception = (c1: number, c3r: number, c3: number, d3r: number, d3: number, pool: 'avg' | 'max', cp: number) => {
    const b1 = conv(x, cin, w(c1), 1);
    const b2 = conv(conv(x, cin, w(c3r), 1), w(c3r), w(c3), 3);
    const b3 = conv(conv(conv(x, cin, w(d3r), 1), w(d3r), w(d3), 3), w(d3), w(d3), 3);
    const pooled = pool === 'avg' ? net.avgPool(x, 3, 1, 1) : net.maxPool(x, 3, 1, 1);
    const b4 = conv(pooled, cin, w(cp), 1);
    x = net.concat([b1, b2, b3, b4], 1);
    cin = w(c1) + w(c3) + w(d3) + w(cp);
  };
  // Reduction module (stride 2): 1x1 -> 3x3/2 | 1x1 -> 3x3 -> 3x3/2 | max pool/2 (pass-through).
  const reduction = (c3r: number, c3: number, d3r: number, d3: number) => {
    const b1 = conv(conv(x, cin, w(c3r), 1), w(c3r), w(c3), 3, 2);
    const b2 = conv(conv(conv(x, cin, w(d3r), 1), w(d3r), w(d3), 3), w(d3), w(d3), 3, 2);
    const b3 = net.maxPool(x, 3, 2, 1);
    x = net.concat([b1, b2, b3], 1);
    cin = w(c3) + w(d3) + cin;
  };
  // BN-Inception's channel table (Ioffe & Szegedy 2015, Fig. 5).
  inception(64, 64, 64, 64, 96, 'avg', 32); // 3a, 28x28
  inception(64, 64, 96, 64, 96, 'avg', 64); // 3b
  reduction(128, 160, 64, 96); // 3c -> 14x14
  inception(224, 64, 96, 96, 128, 'avg', 128); // 4a
  inception(192, 96, 128, 96, 128, 'avg', 128); // 4b
  inception(160, 128, 160, 128, 160, 'avg', 128); // 4c
  inception(96, 128, 192, 160, 192, 'avg', 128); // 4d
  reduction(128, 192, 192, 256); // 4e -> 7x7
  inception(352, 192, 320, 160, 224, 'avg', 128); // 5a
  inception(352, 192, 320, 192, 224, 'max', 128); // 5b
  x = conv(x, cin, w(1024), 1);
  x = net.flatten(net.globalAvgPool(x));
  let features = w(1024);
  CNN1_FC.forEach((width, i) => {
    const last = i === CNN1_FC.length - 1;
    x = net.linear(x, features, width, { centre: true, init: { kind: 'uniform', bound: heBound(features) / (last ? Math.SQRT2 : 1) } });
    if (!last) x = net.relu(x);
    features = width;
  });
  net.output(x);
  return net.build();
}
