// Quantizing a layer with weights (convolution or dense) for the matrix unit: int8 weights per
// output channel (shared between layers that share the tensor), int32 bias with the zero-point
// term folded in, and the requantization scale of each output channel, in parameter blocks.
import { outputScale } from '../../graph/index.js';
import { type ConvLayer, type DenseLayer, shapeOf } from '../layers.js';
import { biasScaleFloor, quantizeBias, quantizeWeights } from '../quantize.js';
import type { LoweringContext } from './context.js';
import type { PreparedLayer } from './emitter.js';
import { type QuantizedWithSums, quantizedWeights } from './tiles.js';

const f32 = Math.fround;

/** foldScale's array, reused from layer to layer (weakly held: it serves a synchronous lowering pass). */
let foldScratch: WeakRef<Float32Array> | undefined;

/**
 * Conv weights with a batch-norm scale folded in, in an array reused from call to call (the graph's
 * are left alone): the folded copy lives only while quantizeWeights reads it, which keeps no
 * reference to it. A fresh copy per layer was first-touched page by page (zoo:cnn1 folds 104 MB).
 */
function foldScale(weight: Float32Array, scale: Float32Array): Float32Array {
  let buf = foldScratch?.deref();
  if (!buf || buf.length < weight.length) foldScratch = new WeakRef((buf = new Float32Array(weight.length)));
  const w = buf.subarray(0, weight.length);
  w.set(weight);
  const per = weight.length / scale.length;
  for (let m = 0; m < scale.length; m++) for (let i = 0; i < per; i++) w[m * per + i]! *= scale[m]!;
  return w;
}

/** Ones, shared by every layer whose weights are not read (grown to the largest). */
let ones = new Int8Array(0);

/**
 * What a layer with made-up weights that are not read quantizes to: a one for every weight (a tile
 * then holds ones exactly where real weights are, all its timing needs), scale 1, sums 0.
 */
function structuralWeights(n: number, outCh: number): QuantizedWithSums {
  if (ones.length < n) ones = new Int8Array(n).fill(1);
  return { q: ones.subarray(0, n), scale: new Float32Array(outCh).fill(1), sums: new Int32Array(outCh) };
}

/** Quantizes a convolution or dense layer and adds its parameter blocks; `mapping` is the report's. */
export function prepareWeighted<L extends ConvLayer | DenseLayer>(ctx: LoweringContext, l: L, mapping: string): PreparedLayer<L> {
  const yq = ctx.qOf(l.output);
  const act = l.act;
  const clipHigh = act === 'relu6' ? Math.min(255, yq.zeroPoint + Math.round(6 / yq.scale)) : undefined;
  const xq = ctx.qOf(l.inputs[0]!);
  let outCh: number, make: (floor?: Float32Array) => ReturnType<typeof quantizeWeights>, layout: string;
  let shape: number[];
  if (l.kind === 'conv') {
    outCh = l.weightShape[0];
    const fold = l.weightScale;
    layout = `conv ${l.weightShape.join('x')}${fold ? ` scaled ${fold.key}` : ''}`;
    // the folded float32 copy lives only while it is quantized
    make = (floor) =>
      quantizeWeights(fold ? foldScale(l.weight, fold.scale) : l.weight, outCh, floor, ctx.quantArena.take(l.weight.length));
    shape = [...l.weightShape];
  } else {
    outCh = l.N;
    // quantized per output channel: [K][N] weights (MatMul) are transposed once per tensor
    layout = `dense ${l.K}x${l.N}${l.outputMajor ? ' output-major' : ''}`;
    make = (floor) => {
      const q = ctx.quantArena.take(l.K * l.N);
      if (l.outputMajor) return quantizeWeights(l.weight, outCh, floor, q);
      const t = new Float32Array(l.K * l.N);
      for (let k = 0; k < l.K; k++) for (let n = 0; n < l.N; n++) t[n * l.K + k] = l.weight[k * l.N + n]!;
      return quantizeWeights(t, outCh, floor, q);
    };
    shape = [l.N, l.K];
  }
  let wq = ctx.weightValues ? quantizedWeights(l.weight, layout, () => make()) : structuralWeights(l.weight.length, outCh);
  // a bias too large for int32 at this input scale raises the channel's weight scale (biasScaleFloor)
  const floor = biasScaleFloor(l.bias, xq.scale);
  if (ctx.weightValues && floor.some((f, c) => f > wq.scale[c]!))
    wq = quantizedWeights(l.weight, `${layout} bias floor at x scale ${xq.scale}`, () => make(floor));
  const bias = new Int32Array(outCh);
  const hwBias = new Int32Array(outCh);
  const scale = new Float32Array(outCh);
  // (outputScale rounds only its results to float32: every scale here is float32 already)
  for (let c = 0; c < outCh; c++) {
    bias[c] = quantizeBias(l.bias[c]!, xq.scale, wq.scale[c]!);
    hwBias[c] = bias[c]! - xq.zeroPoint * wq.sums[c]!; // the zero-point term folds into the bias
    scale[c] = act === 'sigmoid' || act === 'tanh' ? f32(f32(xq.scale) * f32(wq.scale[c]!)) : outputScale(xq.scale, wq.scale[c]!, yq.scale);
  }
  return {
    layer: l,
    params: ctx.params.addPerChunk(hwBias, scale, ctx.outputChunks(shapeOf(ctx.graph, l.output))),
    mapping,
    quant: {
      kind: l.kind,
      name: l.name,
      inputs: [{ tensor: l.inputs[0]!, q: xq }],
      output: { tensor: l.output, q: yq },
      weights: { q: wq.q, shape, scale: wq.scale },
      bias,
      act,
      clipHigh,
    },
  };
}
