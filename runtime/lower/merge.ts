// Layers that merge activations on the matrix unit. Residual add: two MATMULs with diagonal tiles
// scale each input (weights round(s_a / s), round(s_b / s), s = max(s_a, s_b) / 127) into one
// accumulator; the zero points fold into the bias. Channel concat: selection tiles (weight 1)
// move each input's channels to their offset, with a per-channel scale.
import type { Node } from '../../graph/index.js';
import { outputScale } from '../../graph/index.js';
import type { Frame } from '../frame.js';
import { type AddLayer, type ConcatLayer, shapeOf } from '../layers.js';
import { emitBands, readSameShape } from './bands.js';
import type { LoweringContext } from './context.js';
import type { LayerEmitter, PreparedLayer, RecogniseContext, Refusal } from './emitter.js';
import { setActivation } from './instructions.js';
import { selections } from './tiles.js';
import type { HardwareShape } from './types.js';

const f32 = Math.fround;
const refuse = (refused: string): Refusal => ({ refused });
const shapeText = (s: readonly number[]) => `[${s.join(', ')}]`;

/** An Add of two activations of one shape as a residual add (activation fused). */
function recogniseAdd(n: Node, ctx: RecogniseContext): AddLayer | Refusal {
  const { graph } = ctx;
  const [a, b] = n.inputs;
  if (!a || !b || graph.initializers.has(a) || graph.initializers.has(b))
    return refuse('Add with a constant operand is not a residual add the matrix unit can do');
  const sa = shapeOf(graph, a),
    sb = shapeOf(graph, b);
  if (sa.length !== sb.length || sa.some((d, i) => d !== sb[i]))
    return refuse(`Add with a broadcast (${shapeText(sa)} and ${shapeText(sb)}) is not a residual add the matrix unit can do`);
  const act = ctx.takeActivation(n.outputs[0]!);
  return { kind: 'add', name: n.name, op: 'Add', nodes: ctx.nodes, inputs: [a, b], output: act.output, act: act.act };
}

/** A Concat of activations along the channel axis. */
function recogniseConcat(n: Node, ctx: RecogniseContext): ConcatLayer | Refusal {
  const { graph } = ctx;
  if (n.inputs.some((i) => !i || graph.initializers.has(i)))
    return refuse('Concat with a constant input: the TPU concatenates activations only');
  const rank = shapeOf(graph, n.outputs[0]!).length;
  const axis = typeof n.attrs.axis === 'number' ? (n.attrs.axis < 0 ? n.attrs.axis + rank : n.attrs.axis) : -1;
  const channelAxis = rank === 4 ? 1 : rank - 1;
  // other axes: the vector unit's row concat, else its general copies (recognisers tried after this one)
  if (axis !== channelAxis || rank < 2) return refuse(`Concat along axis ${axis}: the matrix unit concatenates channels only`);
  return { kind: 'concat', name: n.name, op: 'Concat', nodes: ctx.nodes, inputs: [...n.inputs], output: n.outputs[0]! };
}

function prepareAdd(ctx: LoweringContext, l: AddLayer): PreparedLayer<AddLayer> {
  const { graph, C } = ctx;
  const yq = ctx.qOf(l.output);
  const act = l.act;
  const clipHigh = act === 'relu6' ? Math.min(255, yq.zeroPoint + Math.round(6 / yq.scale)) : undefined;
  const [aq, bq] = [ctx.qOf(l.inputs[0]!), ctx.qOf(l.inputs[1]!)];
  const ws = f32(Math.max(aq.scale, bq.scale) / 127);
  const wa = Math.round(aq.scale / ws),
    wb = Math.round(bq.scale / ws);
  const channels = shapeOf(graph, l.output)[shapeOf(graph, l.output).length === 4 ? 1 : shapeOf(graph, l.output).length - 1]!;
  const nb = ctx.outputChunks(shapeOf(graph, l.output)).length;
  const hwBias = new Int32Array(C).fill(-(wa * aq.zeroPoint + wb * bq.zeroPoint));
  const scale = new Float32Array(C).fill(act === 'sigmoid' || act === 'tanh' ? ws : outputScale(1, ws, yq.scale));
  const block = ctx.params.add(hwBias, scale);
  return {
    layer: l,
    params: new Array<number>(nb).fill(block),
    mapping: 'diagonal tiles (residual add)',
    quant: {
      kind: 'add',
      name: l.name,
      inputs: [
        { tensor: l.inputs[0]!, q: aq },
        { tensor: l.inputs[1]!, q: bq },
      ],
      output: { tensor: l.output, q: yq },
      bias: new Int32Array(channels).fill(-(wa * aq.zeroPoint + wb * bq.zeroPoint)),
      act,
      clipHigh,
      addWeights: { a: wa, b: wb, scale: ws },
    },
  };
}

/** Concat: output channel c' comes from one input channel with weight 1, rescaled per channel. */
function prepareConcat(ctx: LoweringContext, l: ConcatLayer): PreparedLayer<ConcatLayer> {
  const { graph } = ctx;
  const yq = ctx.qOf(l.output);
  const outShape = shapeOf(graph, l.output);
  const axis = outShape.length === 4 ? 1 : outShape.length - 1;
  const total = outShape[axis]!;
  const biasAll = new Int32Array(total);
  const scaleAll = new Float32Array(total);
  let off = 0;
  const ins = l.inputs.map((name) => {
    const q = ctx.qOf(name);
    const ch = shapeOf(graph, name)[axis]!;
    for (let c = 0; c < ch; c++) {
      biasAll[off + c] = -q.zeroPoint;
      scaleAll[off + c] = outputScale(1, q.scale, yq.scale);
    }
    off += ch;
    return { tensor: name, q };
  });
  return {
    layer: l,
    params: ctx.params.addPerChunk(biasAll, scaleAll, ctx.outputChunks(outShape)),
    mapping: 'selection tiles (concat)',
    quant: { kind: 'concat', name: l.name, inputs: ins, output: { tensor: l.output, q: yq }, bias: biasAll, act: 'identity' },
  };
}

function emitAdd(ctx: LoweringContext, p: PreparedLayer<AddLayer>, y: Frame): void {
  const [a, b] = [ctx.frames.get(p.layer.inputs[0]!)!, ctx.frames.get(p.layer.inputs[1]!)!];
  const { a: wa, b: wb } = p.quant.addWeights!;
  const func = setActivation(ctx, p.quant.output.q, p.quant.act, p.quant.clipHigh);
  emitBands(ctx, p, y, func, (band) => (j, _jIndex, acc) => {
    // each input's channels of chunk j through diagonal tiles of its weight
    let first = true;
    for (const [f, w] of [
      [a, wa],
      [b, wb],
    ] as const) {
      for (const sel of selections(ctx.kChunks(f), ctx.R, ctx.C, j, { weight: w })) {
        const state = ctx.tiles.load(sel.key, sel.fill);
        if (state === 'none') continue;
        readSameShape(ctx, f, sel.k, band, acc, state === 'new', !first);
        first = false;
      }
    }
  });
}

function emitConcat(ctx: LoweringContext, p: PreparedLayer<ConcatLayer>, y: Frame): void {
  const func = setActivation(ctx, p.quant.output.q, 'identity');
  const ins = p.layer.inputs.map((name) => ctx.frames.get(name)!);
  emitBands(ctx, p, y, func, (band) => (j, _jIndex, acc) => {
    let first = true;
    let off = 0;
    for (const f of ins) {
      for (const sel of selections(ctx.kChunks(f), ctx.R, ctx.C, j, { weight: 1, offset: off })) {
        const state = ctx.tiles.load(sel.key, sel.fill);
        if (state === 'none') continue;
        readSameShape(ctx, f, sel.k, band, acc, state === 'new', !first);
        first = false;
      }
      off += f.channels;
    }
  });
}

/** Pixels (rows) and channel blocks of a value, for estimates. */
function pixelsAndBlocks(shape: readonly number[], G: number): { pixels: number; blocks: number } {
  const channelAxis = shape.length === 4 ? 1 : shape.length - 1;
  const pixels = shape.reduce((a, d, i) => (i === channelAxis ? a : a * d), 1);
  return { pixels, blocks: Math.ceil(shape[channelAxis]! / G) };
}

export const addEmitter: LayerEmitter<AddLayer> = {
  name: 'add',
  ops: ['Add'],
  kinds: ['add'],
  recognise: recogniseAdd,
  describe: (l) => `residual add on the matrix unit${l.nodes.length > 1 ? `, ${l.nodes[1]!.op} fused` : ''}`,
  // both inputs pass the array once per output block
  estimateCycles: (graph, l, hw: HardwareShape) => {
    const { pixels, blocks: nb } = pixelsAndBlocks(shapeOf(graph, l.output), Math.min(hw.rows, hw.cols));
    return 2 * nb * pixels;
  },
  prepare: prepareAdd,
  emit: (ctx, p, y) => emitAdd(ctx, p, y!),
};

export const concatEmitter: LayerEmitter<ConcatLayer> = {
  name: 'concat',
  ops: ['Concat'],
  kinds: ['concat'],
  recognise: recogniseConcat,
  describe: () => 'channel concat with selection tiles',
  // every input block passes the array once (more when it straddles two output blocks)
  estimateCycles: (graph, l, hw: HardwareShape) => {
    const G = Math.min(hw.rows, hw.cols);
    return l.inputs.reduce((a, x) => {
      const { pixels, blocks: nb } = pixelsAndBlocks(shapeOf(graph, x), G);
      return a + nb * pixels;
    }, 0);
  },
  prepare: prepareConcat,
  emit: (ctx, p, y) => emitConcat(ctx, p, y!),
};
