// Convolutions (Conv with constant weights, batch-norm and activation fused; a standalone
// BatchNormalization as a 1x1 depthwise convolution). Channels on rows: for each tap (r, s) and
// input-channel block, one weight tile; a MATMUL per tap reads the (zero-point padded) input frame
// with convolution addressing and accumulates. Grouped and depthwise convolutions use
// block-diagonal tiles (all-zero tiles skipped). A convolution whose input comes from the host
// may instead run im2col: the host lays out every output pixel's window as one row and the layer
// runs as a dense layer (see ./segment.ts for the choice).
import type { Graph, Node } from '../../graph/index.js';
import { type ChannelChunk, type Frame, paddedDims, rowOf } from '../frame.js';
import { type ConvLayer, floatData, ints, shapeOf } from '../layers.js';
import { type Band, bandPieces, emitBands } from './bands.js';
import type { LoweringContext } from './context.js';
import type { LayerEmitter, PreparedLayer, RecogniseContext, Refusal } from './emitter.js';
import { emitRows, fusedSuffix } from './dense.js';
import { matmul, setActivation } from './instructions.js';
import { type TileState, idOf } from './tiles.js';
import type { HardwareShape } from './types.js';
import { prepareWeighted } from './weighted.js';

const refuse = (refused: string): Refusal => ({ refused });

/** An inference BatchNormalization with constant parameters as y = x * scale + shift per channel; `key` names its parameters. */
function bnScaleShift(
  bn: Node,
  channels: number,
  ctx: RecogniseContext,
): { scale: Float32Array; shift: Float32Array; key: string } | undefined {
  const [gamma, beta, mean, variance] = [1, 2, 3, 4].map((i) => ctx.constant(bn.inputs[i]));
  if (!gamma || !beta || !mean || !variance) return undefined;
  const eps = typeof bn.attrs.epsilon === 'number' ? bn.attrs.epsilon : 1e-5;
  const [g, b, m, v] = [gamma, beta, mean, variance].map(floatData) as [Float32Array, Float32Array, Float32Array, Float32Array];
  const scale = new Float32Array(channels);
  const shift = new Float32Array(channels);
  for (let c = 0; c < channels; c++) {
    const s = g[c]! / Math.sqrt(v[c]! + eps);
    scale[c] = s;
    shift[c] = b[c]! - m[c]! * s;
  }
  return { scale, shift, key: `${[g, b, m, v].map(idOf).join('/')}/${eps}` };
}

/** A following inference BatchNormalization as per-output-channel scale and shift (not yet absorbed). */
function followingBatchNorm(
  value: string,
  channels: number,
  ctx: RecogniseContext,
): { scale: Float32Array; shift: Float32Array; key: string; node: Node; output: string } | undefined {
  const next = ctx.soleConsumer(value);
  if (!next || next.op !== 'BatchNormalization' || next.outputs.filter((o) => o).length !== 1) return undefined;
  if (ctx.constant(next.inputs[1])?.data.length !== channels) return undefined;
  const bn = bnScaleShift(next, channels, ctx);
  return bn && { ...bn, node: next, output: next.outputs[0]! };
}

/** A Conv node with constant 2-D weights as a convolution layer (batch-norm and activation fused). */
function recogniseConv(n: Node, ctx: RecogniseContext): ConvLayer | Refusal {
  const { graph } = ctx;
  const w = ctx.constant(n.inputs[1]);
  if (!w) return refuse("the convolution's weights are not a constant: the matrix unit takes its weights from weight memory");
  if (w.shape.length !== 4) return refuse(`a ${w.shape.length - 2}-D convolution: the TPU lowers 2-D convolutions only`);
  if (n.inputs[0] === undefined || graph.initializers.has(n.inputs[0]))
    return refuse("the convolution's input is a constant, not an activation");
  if (shapeOf(graph, n.inputs[0]).length !== 4) return refuse('the input is not an NCHW tensor');
  if (n.attrs.auto_pad !== undefined && n.attrs.auto_pad !== 'NOTSET')
    return refuse(`auto_pad=${String(n.attrs.auto_pad)}: the compiler lowers explicit pads only`);
  const b = ctx.constant(n.inputs[2]);
  const [M, Cg, kh, kw] = w.shape as [number, number, number, number];
  // the graph's own weights (layers sharing one weight tensor share its quantization and tiles);
  // a following batch-norm's scale is folded in when they are quantized (weighted.ts)
  const weight = floatData(w);
  const bias = b ? Float32Array.from(floatData(b)) : new Float32Array(M);
  let output = n.outputs[0]!;
  const bn = followingBatchNorm(output, M, ctx);
  if (bn) {
    ctx.absorb(bn.node);
    for (let m = 0; m < M; m++) bias[m] = bias[m]! * bn.scale[m]! + bn.shift[m]!;
    output = bn.output;
  }
  const p = ints(n.attrs.pads, [0, 0, 0, 0]);
  const a = ctx.takeActivation(output);
  return {
    kind: 'conv',
    name: n.name,
    op: 'Conv',
    nodes: ctx.nodes,
    inputs: [n.inputs[0]],
    output: a.output,
    weight,
    ...(bn ? { weightScale: { scale: bn.scale, key: bn.key } } : {}),
    weightShape: [M, Cg, kh, kw],
    bias,
    strides: ints(n.attrs.strides, [1, 1]) as [number, number],
    pads: [p[0]!, p[1]!, p[2]!, p[3]!],
    dilations: ints(n.attrs.dilations, [1, 1]) as [number, number],
    groups: typeof n.attrs.group === 'number' ? n.attrs.group : 1,
    act: a.act,
  };
}

/** A BatchNormalization that follows no convolution: a 1x1 depthwise convolution with its scale and shift. */
function recogniseBatchNorm(n: Node, ctx: RecogniseContext): ConvLayer | Refusal {
  const x = n.inputs[0]!;
  const shape = shapeOf(ctx.graph, x);
  if (shape.length !== 4)
    return refuse(`batch normalization of a ${shape.length}-D tensor: the TPU lowers it as a 1x1 convolution of NCHW images`);
  if (n.outputs.filter((o) => o).length !== 1) return refuse('BatchNormalization in training mode (running statistics as outputs)');
  const C = shape[1]!;
  const bn = bnScaleShift(n, C, ctx);
  if (!bn) return refuse('its scale, bias, mean or variance is not a constant');
  const a = ctx.takeActivation(n.outputs[0]!);
  return {
    kind: 'conv',
    name: n.name,
    op: 'BatchNormalization',
    nodes: ctx.nodes,
    inputs: [x],
    output: a.output,
    weight: bn.scale,
    weightShape: [C, 1, 1, 1],
    bias: bn.shift,
    strides: [1, 1],
    pads: [0, 0, 0, 0],
    dilations: [1, 1],
    groups: C,
    act: a.act,
  };
}

/**
 * Estimated matrix-unit cycles of a convolution under a mapping (for choosing one): K tiled by the
 * array's rows R, N by its columns C.
 */
export function estimateConv(graph: Graph, l: ConvLayer, C: number, R: number, mapping: 'channels' | 'im2col'): number {
  const y = shapeOf(graph, l.output);
  const pixels = y[0]! * y[2]! * y[3]!;
  const [M, Cg, kh, kw] = l.weightShape;
  const nbo = Math.ceil(M / C);
  if (mapping === 'im2col') {
    const kb = Math.ceil((Cg * kh * kw) / R);
    return nbo * kb * Math.max(pixels, R);
  }
  const nbi = Math.ceil((Cg * l.groups) / R);
  return nbo * kh * kw * nbi * Math.max(pixels, R);
}

/**
 * Bytes the host link carries for a convolution whose input comes from the host: the tensor once
 * (channels on rows: one pixel per UB row, the windows gathered on chip by convolution addressing),
 * or one window per output pixel (host-side im2col).
 */
export function hostConvBytes(graph: Graph, l: ConvLayer, mapping: 'channels' | 'im2col'): number {
  if (mapping === 'channels') return shapeOf(graph, l.inputs[0]!).reduce((a, b) => a * b, 1);
  const y = shapeOf(graph, l.output);
  const [, Cg, kh, kw] = l.weightShape;
  return y[0]! * y[2]! * y[3]! * Cg * kh * kw;
}

/**
 * Estimated cycles of a host-input convolution under a mapping, counting the host link as well as
 * the matrix unit (sim/TIMING.md "Choosing a host-input convolution's mapping"): channels on rows
 * needs its whole tensor before the first tap, then runs the taps (link + matrix); host im2col
 * streams bands that double-buffer against the matrix unit (max of the two).
 */
export function estimateHostConv(graph: Graph, l: ConvLayer, hw: HardwareShape, mapping: 'channels' | 'im2col'): number {
  const matrix = estimateConv(graph, l, hw.cols, hw.rows, mapping);
  const num = hw.hostNum ?? 0n,
    den = hw.hostDen ?? 1n;
  const link = Number(num === 0n ? 0n : (BigInt(hostConvBytes(graph, l, mapping)) * num + den - 1n) / den);
  return mapping === 'channels' ? link + matrix : Math.max(link, matrix);
}

/** The report's name for how a convolution is mapped. */
function convMapping(ctx: LoweringContext, l: ConvLayer): string {
  if (ctx.im2col.has(l.name)) return 'im2col';
  if (l.groups === 1) return 'channels-on-rows';
  return l.groups === l.weightShape[0] && l.weightShape[1] === 1 ? 'depthwise (diagonal tiles)' : 'grouped (block-diagonal tiles)';
}

/** Builds tile (j, r, s, i) of a convolution: input channels of K chunk i on rows, output channels of N chunk j on columns. */
function fillConvTile(
  tile: Int8Array,
  l: ConvLayer,
  wq: Int8Array,
  C: number,
  j: ChannelChunk,
  r: number,
  s: number,
  i: ChannelChunk,
): { real: number; rows: number } {
  const [M, Cg, kh, kw] = l.weightShape;
  if (l.groups === 1) {
    const rows = i.n,
      cols = j.n;
    const taps = kh * kw;
    // column by column: the weights of one output channel are contiguous in ONNX order
    for (let c = 0; c < cols; c++) {
      let w = ((j.c0 + c) * Cg + i.c0) * taps + r * kw + s;
      for (let k = 0; k < rows; k++, w += taps) tile[k * C + c] = wq[w]!;
    }
    return { real: rows * cols, rows };
  }
  // grouped: input channel ci feeds only its group's output channels (block diagonal)
  const outPerGroup = M / l.groups;
  let real = 0;
  let rows = 0;
  for (let k = 0; k < i.n; k++) {
    const ci = i.c0 + k;
    const grp = Math.floor(ci / Cg);
    const ciLocal = ci - grp * Cg;
    const lo = Math.max(grp * outPerGroup, j.c0),
      hi = Math.min((grp + 1) * outPerGroup, j.c0 + j.n, M);
    for (let co = lo; co < hi; co++) tile[k * C + (co - j.c0)] = wq[((co * Cg + ciLocal) * kh + r) * kw + s]!;
    if (hi > lo) {
      real += hi - lo;
      rows++;
    }
  }
  return { real, rows };
}

/** Channels on rows: per tap and input block, one tile and one accumulating MATMUL with convolution addressing. */
function emitChannelsOnRows(ctx: LoweringContext, p: PreparedLayer<ConvLayer>, y: Frame): void {
  const l = p.layer;
  const x = ctx.frames.get(l.inputs[0]!)!;
  const wq = p.quant.weights!;
  const [, , kh, kw] = l.weightShape;
  const { wp } = paddedDims(x);
  const func = setActivation(ctx, p.quant.output.q, p.quant.act, p.quant.clipHigh);
  const inChunks = ctx.kChunks(x);
  const tile = (j: ChannelChunk, jIndex: number, r: number, s: number, iIndex: number, i: ChannelChunk) =>
    ctx.tiles.load(`conv${idOf(wq.q)}g${l.groups}/${jIndex}/${r}/${s}/${iIndex}`, (t) => fillConvTile(t, l, wq.q, ctx.C, j, r, s, i));
  emitBands(ctx, p, y, func, (band) => (j, jIndex, acc) => {
    if (ctx.hw.dataflow === 'os') return emitOutputStationary(ctx, l, x, band, j, jIndex, acc, tile);
    let first = true;
    for (let r = 0; r < kh; r++) {
      for (let s = 0; s < kw; s++) {
        for (const [iIndex, i] of inChunks.entries()) {
          const tileState = tile(j, jIndex, r, s, iIndex, i);
          if (tileState === 'none') continue;
          const iy = band.y0 * l.strides[0] - l.pads[0] + r * l.dilations[0];
          const ix = band.x0 * l.strides[1] - l.pads[1] + s * l.dilations[1];
          bandPieces(band).forEach((piece, idx) => {
            matmul(
              ctx,
              rowOf(x, i.b, piece.n, iy, ix),
              acc + piece.accOffset,
              piece.len,
              { switch: tileState === 'new' && idx === 0, accumulate: !first },
              {
                cols: band.x1 - band.x0,
                step: l.strides[1],
                pitch: l.strides[0] * wp,
              },
              i.lane,
            );
          });
          first = false;
        }
      }
    }
  });
}

/**
 * Output stationary (matrix.dataflow os): per piece of at most R output pixels of one output row,
 * every tap and input block accumulates into the outputs the cells hold (one chain of multiplies
 * per fold, asc/dataflow.ts), instead of one multiply per tap over the whole band.
 */
function emitOutputStationary(
  ctx: LoweringContext,
  l: ConvLayer,
  x: Frame,
  band: Band,
  j: ChannelChunk,
  jIndex: number,
  acc: number,
  tile: (j: ChannelChunk, jIndex: number, r: number, s: number, iIndex: number, i: ChannelChunk) => TileState,
): void {
  const [, , kh, kw] = l.weightShape;
  const { wp } = paddedDims(x);
  const inChunks = ctx.kChunks(x);
  const width = band.x1 - band.x0;
  for (const piece of bandPieces(band)) {
    for (let yy = band.y0; yy < band.y1; yy++) {
      for (let xx = band.x0; xx < band.x1; xx += ctx.R) {
        const len = Math.min(ctx.R, band.x1 - xx);
        let first = true;
        for (let r = 0; r < kh; r++) {
          for (let s = 0; s < kw; s++) {
            for (const [iIndex, i] of inChunks.entries()) {
              const tileState = tile(j, jIndex, r, s, iIndex, i);
              if (tileState === 'none') continue;
              const iy = yy * l.strides[0] - l.pads[0] + r * l.dilations[0];
              const ix = xx * l.strides[1] - l.pads[1] + s * l.dilations[1];
              matmul(
                ctx,
                rowOf(x, i.b, piece.n, iy, ix),
                acc + piece.accOffset + (yy - band.y0) * width + (xx - band.x0),
                len,
                { switch: tileState === 'new', accumulate: !first },
                { cols: len, step: l.strides[1], pitch: l.strides[0] * wp },
                i.lane,
              );
              first = false;
            }
          }
        }
      }
    }
  }
}

export const convEmitter: LayerEmitter<ConvLayer> = {
  name: 'conv',
  ops: ['Conv', 'BatchNormalization'],
  kinds: ['conv'],
  recognise: (n, ctx) => (n.op === 'Conv' ? recogniseConv(n, ctx) : recogniseBatchNorm(n, ctx)),
  describe: (l) => `convolution${fusedSuffix(l)}`,
  estimateCycles: (graph, l, hw: HardwareShape) => {
    const channels = estimateConv(graph, l, hw.cols, hw.rows, 'channels');
    return l.groups === 1 ? Math.min(channels, estimateConv(graph, l, hw.cols, hw.rows, 'im2col')) : channels;
  },
  prepare: (ctx, l) => prepareWeighted(ctx, l, convMapping(ctx, l)),
  emit: (ctx, p, y) => {
    if (ctx.im2col.has(p.layer.name)) emitRows(ctx, p, ctx.frames.get(p.layer.inputs[0]!)!, y!);
    else emitChannelsOnRows(ctx, p, y!);
  },
};
