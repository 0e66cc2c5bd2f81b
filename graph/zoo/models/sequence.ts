// Sequence models: a stacked LSTM classifier (ONNX LSTM op) and a small BERT-like encoder
// (Devlin et al. 2019, BERT's structure at toy size: token + position embeddings, post-LN
// encoder layers of multi-head self-attention with MatMul/Softmax and a GELU FFN, a tanh pooler
// on the first token and a classifier), built as torch.onnx.export writes them.
import type { Graph } from '../../ir.js';
import { Rng } from '../../random.js';
import { tensor } from '../../tensor.js';
import { LSTM_HIDDEN_RMS, NetBuilder, heBound, sampleTensor } from '../net.js';
import type { BuildContext } from './common.js';

/** Calibration sequences of the small sequence models (they centre their classifier biases on them). */
const CALIBRATION_SEQUENCES = 16;

/** Shapes of the `lstm` zoo model. */
export const LSTM_SHAPES = { seq: 16, features: 32, hidden: 128, layers: 2, classes: 10 };

/**
 * Stacked LSTM sequence classifier: x [seq 16, batch, 32] -> 2 LSTM layers of 128 -> the last
 * hidden state -> FC to 10 logits.
 */
export function buildLstm(ctx: BuildContext): Graph {
  const { seq, features, hidden, layers, classes } = LSTM_SHAPES;
  const net = new NetBuilder('lstm', ctx);
  let x = net.input('input', 'float32', [seq, ctx.batch, features], { shape: [seq, CALIBRATION_SEQUENCES, features] });
  let width = features;
  for (let l = 0; l < layers; l++) {
    x = net.lstm(x, width, hidden, { last: l === layers - 1, inputRms: l === 0 ? 1 : LSTM_HIDDEN_RMS });
    width = hidden;
  }
  net.output(net.linear(x, hidden, classes, { centre: true }));
  return net.build();
}

/** Shapes of the `transformer` zoo model. */
export const TRANSFORMER_SHAPES = { vocab: 1000, seq: 32, hidden: 128, heads: 4, ffn: 512, layers: 2, classes: 10 };

/** Glorot-uniform bound: sqrt(6 / (fan_in + fan_out)). */
function glorot(fanIn: number, fanOut: number): number {
  return Math.sqrt(6 / (fanIn + fanOut));
}

/**
 * Small BERT-like encoder: token ids [batch, 32] (vocabulary 1000) -> embeddings + learned
 * positions -> LayerNorm -> 2 encoder layers (hidden 128, 4 heads of 32, FFN 512, GELU, post-LN
 * residuals) -> tanh pooler on token 0 -> 10 logits. Glorot-uniform projections keep attention
 * scores O(1), so the softmax is neither uniform nor one-hot.
 */
export function buildTransformer(ctx: BuildContext): Graph {
  const { vocab, seq, hidden: d, heads, ffn, layers, classes } = TRANSFORMER_SHAPES;
  const dh = d / heads;
  const net = new NetBuilder('transformer', ctx);
  const calibrationIds = new Rng((ctx.seed ^ 0x70c3) >>> 0);
  const ids = net.input('input_ids', 'int64', [ctx.batch, seq], {
    shape: [CALIBRATION_SEQUENCES, seq],
    data: sampleTensor(calibrationIds, [CALIBRATION_SEQUENCES, seq], vocab),
  });
  const emb = net.weight([vocab, d], { kind: 'uniform', bound: Math.sqrt(3) });
  const pos = net.weight([seq, d], { kind: 'uniform', bound: Math.sqrt(3) });
  let x = net.layerNorm(net.add(net.gather(emb, ids), pos), d);
  const proj = (v: string, fanIn: number, fanOut: number, bound = glorot(fanIn, fanOut)) =>
    net.add(net.matmul(v, net.weight([fanIn, fanOut], { kind: 'uniform', bound })), net.weight([fanOut], { kind: 'uniform', bound: 0.02 }));
  const scale = net.scalar(1 / Math.sqrt(dh));
  for (let l = 0; l < layers; l++) {
    // [B, S, d] -> [B, heads, S, dh] (keys transposed to [B, heads, dh, S]).
    const split = (v: string, perm: number[]) => net.transpose(net.reshape(v, [0, 0, heads, dh]), perm);
    const q = split(proj(x, d, d), [0, 2, 1, 3]);
    const k = split(proj(x, d, d), [0, 2, 3, 1]);
    const v = split(proj(x, d, d), [0, 2, 1, 3]);
    const attention = net.softmax(net.mul(net.matmul(q, k), scale), -1);
    const context = net.reshape(net.transpose(net.matmul(attention, v), [0, 2, 1, 3]), [0, 0, d]);
    x = net.layerNorm(net.add(x, proj(context, d, d)), d);
    const h = net.gelu(proj(x, d, ffn, heBound(d)));
    x = net.layerNorm(net.add(x, proj(h, ffn, d)), d);
  }
  const first = net.constant(tensor('int64', [], BigInt64Array.of(0n)));
  const pooled = net.tanh(net.linear(net.gather(x, first, 1), d, d, { init: { kind: 'uniform', bound: glorot(d, d) } }));
  net.output(net.linear(pooled, d, classes, { centre: true, init: { kind: 'uniform', bound: glorot(d, classes) } }));
  return net.build();
}
