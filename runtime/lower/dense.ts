// Dense layers (Gemm, and MatMul with constant weights, with a following bias Add and activation
// fused): K in chunks of R on the array's rows, N in chunks of C on its columns. The input is flat
// ([rows, K]), a flattened NCHW frame read chunk by chunk (block, pixel) with the weights permuted
// to ONNX's feature order, or the im2col matrix of a convolution streamed from the host.
import type { Graph, Node } from '../../graph/index.js';
import { CompileError } from '../errors.js';
import { type ChannelChunk, type Frame, blockChannels, blockRows, blocks, paddedDims, rowOf } from '../frame.js';
import { type ActMatMulLayer, type DenseLayer, type Layer, floatData, shapeOf } from '../layers.js';
import { type Band, type BandPiece, activateBand, bandPieces, bands, emitBands } from './bands.js';
import { recogniseActMatMul } from './attention.js';
import type { LoweringContext } from './context.js';
import type { LayerEmitter, PreparedLayer, RecogniseContext, Refusal } from './emitter.js';
import { matmul, setActivation } from './instructions.js';
import { type TileState, idOf } from './tiles.js';
import type { HardwareShape } from './types.js';
import { prepareWeighted } from './weighted.js';

const refuse = (refused: string): Refusal => ({ refused });

/** A Gemm or MatMul node with constant 2-D weights as a dense layer (bias Add and activation fused). */
function recogniseDense(n: Node, ctx: RecogniseContext): DenseLayer | ActMatMulLayer | Refusal {
  const { graph } = ctx;
  const x = n.inputs[0]!;
  if (graph.initializers.has(x))
    return refuse(
      `the first operand of ${n.op} is a constant: the matrix unit streams activations against constant weights in the second operand`,
    );
  const w = ctx.constant(n.inputs[1]);
  if (!w) {
    if (n.op === 'MatMul') return recogniseActMatMul(n, ctx); // activations as weights: ./attention.ts
    return refuse('both operands are activations (e.g. attention): the matrix unit takes its second operand as weights from weight memory');
  }
  if (w.shape.length !== 2) return refuse(`the weights are ${w.shape.length}-D: the matrix unit takes a 2-D weight matrix`);
  const xShape = shapeOf(graph, x);
  let K: number, N: number;
  let weight: Float32Array;
  let outputMajor = false;
  let bias: Float32Array;
  let output = n.outputs[0]!;
  if (n.op === 'Gemm') {
    const alpha = typeof n.attrs.alpha === 'number' ? n.attrs.alpha : 1;
    const beta = typeof n.attrs.beta === 'number' ? n.attrs.beta : 1;
    if (n.attrs.transA === 1) return refuse('Gemm with transA=1: the matrix unit would need the activation operand transposed');
    if (xShape.length !== 2) return refuse(`Gemm of a ${xShape.length}-D input`);
    const wd = floatData(w);
    outputMajor = n.attrs.transB === 1;
    [K, N] = (outputMajor ? [w.shape[1], w.shape[0]] : w.shape) as [number, number];
    weight = alpha === 1 ? wd : Float32Array.from(wd, (v) => v * alpha);
    const c = n.inputs[2] ? ctx.constant(n.inputs[2]) : undefined;
    if (n.inputs[2] && !c) return refuse("Gemm's bias C is not a constant");
    bias = new Float32Array(N);
    if (c) {
      const cd = floatData(c);
      if (cd.length === N) for (let j = 0; j < N; j++) bias[j] = cd[j]! * beta;
      else if (cd.length === 1) bias.fill(cd[0]! * beta);
      else return refuse(`Gemm's bias C has ${cd.length} values, neither one per output column (${N}) nor one`);
    }
  } else {
    if (xShape.length < 2) return refuse('MatMul of a 1-D vector: the matrix unit multiplies rows of activations');
    // 4-D tensors live in the UB as NCHW frames (channels on dimension 1), not as rows of their last dimension
    if (xShape.length === 4)
      return refuse(
        'MatMul of a 4-D input along its last dimension (e.g. NHWC): 4-D tensors are held as NCHW frames, channels in dimension 1',
      );
    [K, N] = w.shape as [number, number];
    weight = floatData(w);
    bias = new Float32Array(N);
    // MatMul followed by Add of a constant [N] vector is a linear layer with bias
    const next = ctx.soleConsumer(output);
    if (next && next.op === 'Add') {
      const other = next.inputs[0] === output ? next.inputs[1] : next.inputs[0];
      const c = ctx.constant(other);
      if (c && c.data.length === N && (c.shape.length === 1 || c.shape.slice(0, -1).every((d) => d === 1))) {
        bias.set(floatData(c));
        ctx.absorb(next);
        output = next.outputs[0]!;
      }
    }
  }
  if (xShape[xShape.length - 1] !== K)
    return refuse(`the input's last dimension (${xShape[xShape.length - 1]}) is not the weights' ${K} rows`);
  const a = ctx.takeActivation(output);
  return {
    kind: 'dense',
    name: n.name,
    op: n.op,
    nodes: ctx.nodes,
    inputs: [x],
    output: a.output,
    weight,
    outputMajor,
    K,
    N,
    bias,
    act: a.act,
  };
}

/** Names the nodes fused after a layer's first, for the placement report ("with Add, Relu fused"). */
export function fusedSuffix(l: Layer): string {
  return l.nodes.length > 1
    ? ` with ${l.nodes
        .slice(1)
        .map((n) => n.op)
        .join(', ')} fused`
    : '';
}

/** A K chunk of a dense layer's input: channel chunk k (index ki) at pixel (yy, xx) of the input frame. */
interface KChunk {
  k: ChannelChunk;
  ki: number;
  yy: number;
  xx: number;
}

/**
 * Dense: rows of `x` times W. `x` is flat ([rows, K]), a flattened NCHW frame (K = C*H*W in
 * ONNX order), or the im2col matrix of a convolution (K = C*kh*kw).
 */
export function emitRows(ctx: LoweringContext, p: PreparedLayer, x: Frame, y: Frame): void {
  const { C } = ctx;
  const wq = p.quant.weights!;
  const N = y.channels;
  const K = wq.q.length / N;
  const func = setActivation(ctx, p.quant.output.q, p.quant.act, p.quant.clipHigh);
  const { hp, wp } = paddedDims(x);
  if (x.h * x.w * x.channels !== K)
    throw new CompileError(
      `internal: dense layer "${p.layer.name}" expects K=${K} features, its input frame holds ${x.h * x.w * x.channels}`,
    );
  const flatInput = x.h === 1 && x.w === 1;
  if (!flatInput && x.n !== y.n)
    throw new CompileError(`internal: input of "${p.layer.name}" has ${x.n} images but the layer has ${y.n} rows`);
  if (flatInput && x.n !== y.n * y.h * y.w)
    throw new CompileError(`internal: input of "${p.layer.name}" has ${x.n} rows but the layer has ${y.n * y.h * y.w}`);
  // K chunks: (channel chunk k of at most R, pixel yy, xx); feature index c*H*W + yy*W + xx (ONNX Flatten order)
  const chunks: KChunk[] = [];
  ctx.kChunks(x).forEach((k, ki) => {
    for (let yy = 0; yy < x.h; yy++) for (let xx = 0; xx < x.w; xx++) chunks.push({ k, ki, yy, xx });
  });
  const loadTile = (j: ChannelChunk, jIndex: number, ch: KChunk) =>
    ctx.tiles.load(`dense${idOf(wq.q)}/${x.h}x${x.w}x${x.channels}/${jIndex}/${ch.ki}/${ch.yy}/${ch.xx}`, (tile) => {
      const rows = ch.k.n,
        cols = j.n;
      const pixels = x.h * x.w;
      // column by column: one output's weights are contiguous in [N][K] order
      for (let c = 0; c < cols; c++) {
        let w = (j.c0 + c) * K + ch.k.c0 * pixels + ch.yy * x.w + ch.xx;
        for (let k = 0; k < rows; k++, w += pixels) tile[k * C + c] = wq.q[w]!;
      }
      return { real: rows * cols, rows };
    });
  const stream = ctx.streamed.get(p.layer.inputs[0]!);
  // the rows of x a band reads: one contiguous range (whole images, rows, or a row piece)
  const bandInput = (band: Band) => {
    const pieces = bandPieces(band);
    const m0 = y.spatial ? band.n0 * y.h * y.w + band.y0 * y.w + band.x0 : band.n0;
    const mLen = pieces.reduce((a, q) => a + q.len, 0);
    let rowOfX = (b: number, m: number) => rowOf(x, b, m, 0, 0);
    if (stream) {
      const slot = ctx.bandCounter++ % stream.slots;
      let host = stream.hostOffset;
      for (let b = 0; b < blocks(x); b++) {
        const ub0 = x.base + (slot * blocks(x) + b) * stream.bandRows;
        ctx.prog.emit({ op: 'READ_HOST', ub: ub0, host: host + m0 * blockChannels(x, b), rows: mLen, rowBytes: blockChannels(x, b) });
        host += blockRows(x) * blockChannels(x, b);
      }
      rowOfX = (b, m) => x.base + (slot * blocks(x) + b) * stream.bandRows + (m - m0);
    }
    // rows of x: one per output pixel (an im2col matrix) or one per output row (flat)
    const firstRow = (piece: BandPiece) => (y.spatial ? piece.n * y.h * y.w + band.y0 * y.w + band.x0 : piece.n);
    return { pieces, mLen, rowOfX, firstRow };
  };
  if (flatInput && ctx.hw.dataflow === 'is' && emitRowsInputStationary(ctx, p, y, func, chunks, loadTile, bandInput)) return;
  const os = flatInput && ctx.hw.dataflow === 'os';
  emitBands(ctx, p, y, func, (band) => {
    const { pieces, rowOfX, firstRow } = bandInput(band);
    return (j, jIndex, acc) => {
      if (os) {
        // output stationary, SCALE-Sim's fold order: per group of R rows, every K chunk into the
        // outputs the cells hold (a chain of multiplies, asc/dataflow.ts)
        for (const piece of pieces) {
          for (let g = 0; g < piece.len; g += ctx.R) {
            let first = true;
            for (const ch of chunks) {
              const tileState = loadTile(j, jIndex, ch);
              if (tileState === 'none') continue;
              const len = Math.min(ctx.R, piece.len - g);
              const flags = { switch: tileState === 'new', accumulate: !first };
              matmul(ctx, rowOfX(ch.k.b, firstRow(piece) + g), acc + piece.accOffset + g, len, flags, undefined, ch.k.lane);
              first = false;
            }
          }
        }
        return;
      }
      let first = true;
      for (const ch of chunks) {
        const tileState = loadTile(j, jIndex, ch);
        if (tileState === 'none') continue;
        pieces.forEach((piece, idx) => {
          const flags = { switch: tileState === 'new' && idx === 0, accumulate: !first };
          if (flatInput) {
            matmul(ctx, rowOfX(ch.k.b, firstRow(piece)), acc + piece.accOffset, piece.len, flags, undefined, ch.k.lane);
          } else {
            matmul(
              ctx,
              rowOf(x, ch.k.b, piece.n, ch.yy, ch.xx),
              acc + piece.accOffset,
              piece.len,
              flags,
              { cols: 1, step: 1, pitch: hp * wp },
              ch.k.lane,
            );
          }
        });
        first = false;
      }
    };
  });
}

/**
 * Input stationary, SCALE-Sim's fold order: per band, per group of C rows and per K chunk, the
 * rows stay loaded in the cells while every N chunk's tile streams past them (a chain of
 * multiplies, asc/dataflow.ts); each N chunk accumulates in its own region of the band's half
 * of the accumulators. Returns false (emitting nothing) when those regions do not fit the half.
 */
function emitRowsInputStationary(
  ctx: LoweringContext,
  p: PreparedLayer,
  y: Frame,
  func: string,
  chunks: readonly KChunk[],
  loadTile: (j: ChannelChunk, jIndex: number, ch: KChunk) => TileState,
  bandInput: (band: Band) => {
    pieces: BandPiece[];
    mLen: number;
    rowOfX: (b: number, m: number) => number;
    firstRow: (piece: BandPiece) => number;
  },
): boolean {
  const outChunks = ctx.nChunks(y);
  const all = bands(ctx, y);
  const rowsOf = (band: Band) => bandPieces(band).reduce((a, q) => a + q.len, 0);
  if (all.some((band) => rowsOf(band) * outChunks.length > ctx.accHalf)) return false;
  for (const band of all) {
    const { pieces, mLen, rowOfX, firstRow } = bandInput(band);
    const acc = ctx.nextAcc();
    for (const piece of pieces) {
      for (let g = 0; g < piece.len; g += ctx.C) {
        const len = Math.min(ctx.C, piece.len - g);
        const started = new Set<number>();
        for (const ch of chunks) {
          outChunks.forEach((j, jIndex) => {
            const tileState = loadTile(j, jIndex, ch);
            if (tileState === 'none') return;
            const flags = { switch: tileState === 'new', accumulate: started.has(jIndex) };
            matmul(ctx, rowOfX(ch.k.b, firstRow(piece) + g), acc + jIndex * mLen + piece.accOffset + g, len, flags, undefined, ch.k.lane);
            started.add(jIndex);
          });
        }
      }
    }
    outChunks.forEach((j, jIndex) => activateBand(ctx, y, j, band, acc + jIndex * mLen, { params: p.params[jIndex]!, func }));
  }
  return true;
}

/** Rows of the dense layer's input (every dimension but the last). */
function denseRows(graph: Graph, l: DenseLayer): number {
  return shapeOf(graph, l.inputs[0]!)
    .slice(0, -1)
    .reduce((a, b) => a * b, 1);
}

export const denseEmitter: LayerEmitter<DenseLayer> = {
  name: 'dense',
  ops: ['Gemm', 'MatMul'],
  kinds: ['dense'],
  recognise: recogniseDense,
  describe: (l) => `dense layer${fusedSuffix(l)}`,
  // one pass of every row per (K chunk of R, N chunk of C) tile, at least R cycles each (the tile's shift)
  estimateCycles: (graph, l, hw: HardwareShape) =>
    Math.ceil(l.K / hw.rows) * Math.ceil(l.N / hw.cols) * Math.max(denseRows(graph, l), hw.rows),
  prepare: (ctx, l) => prepareWeighted(ctx, l, 'dense'),
  emit: (ctx, p, y) => emitRows(ctx, p, ctx.frames.get(p.layer.inputs[0]!)!, y!),
};
