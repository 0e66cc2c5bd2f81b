// Max and average pooling in the activation unit: an identity tile copies the input into the
// accumulators, row band by row band, and ACTIVATE pools (windows that reach into padding skip
// it; averages round half to even). An average without padding is recognised as a depthwise
// convolution instead (exact sums in the matrix unit, requantized once to the output's range).
import type { Node } from '../../graph/index.js';
import { CompileError } from '../errors.js';
import { type Frame, paddedDims, rowOf } from '../frame.js';
import { type ConvLayer, type PoolLayer, ints, shapeOf } from '../layers.js';
import type { LayerEmitter, PreparedLayer, RecogniseContext, Refusal } from './emitter.js';
import type { LoweringContext } from './context.js';
import { activate, matmul } from './instructions.js';
import { selections } from './tiles.js';
import type { HardwareShape } from './types.js';

const refuse = (refused: string): Refusal => ({ refused });

/** A 2-D pooling node as a pooling layer, or (an average without padding) as a depthwise convolution. */
function recognisePool(n: Node, ctx: RecogniseContext): PoolLayer | ConvLayer | Refusal {
  const x = n.inputs[0]!;
  const shape = shapeOf(ctx.graph, x);
  if (shape.length !== 4) return refuse(`pooling of a ${shape.length}-D tensor: the activation unit pools NCHW images`);
  const global = n.op.startsWith('Global');
  const mode = n.op === 'MaxPool' || n.op === 'GlobalMaxPool' ? 'max' : 'avg';
  if (n.outputs.filter((o) => o).length !== 1) return refuse('MaxPool with an Indices output');
  if (n.attrs.auto_pad !== undefined && n.attrs.auto_pad !== 'NOTSET')
    return refuse(`auto_pad=${String(n.attrs.auto_pad)}: the compiler lowers explicit pads only`);
  if (Array.isArray(n.attrs.dilations) && (n.attrs.dilations as number[]).some((d) => d !== 1))
    return refuse('pooling with dilations: the activation unit pools contiguous windows');
  // the activation unit averages over the inside of the image only
  if (n.attrs.count_include_pad === 1)
    return refuse('average pooling with count_include_pad=1: the activation unit averages over the inside of the image only');
  const kernel = global ? [shape[2]!, shape[3]!] : ints(n.attrs.kernel_shape, []);
  if (kernel.length !== 2) return refuse(`pooling with a ${kernel.length}-D window: the activation unit pools 2-D windows`);
  const p = global ? [0, 0, 0, 0] : ints(n.attrs.pads, [0, 0, 0, 0]);
  if (mode === 'avg' && p.every((v) => v === 0) && n.attrs.ceil_mode !== 1) {
    // An average without padding is a depthwise convolution with a constant window: the sum
    // accumulates exactly in the matrix unit and is requantized once, to the output's own
    // range (pooling in the activation unit would keep the input's range and round twice).
    const C = shape[1]!;
    const [kh, kw] = kernel as [number, number];
    return {
      kind: 'conv',
      name: n.name,
      op: n.op,
      nodes: ctx.nodes,
      inputs: [x],
      output: n.outputs[0]!,
      weight: new Float32Array(C * kh * kw).fill(1 / (kh * kw)),
      weightShape: [C, 1, kh, kw],
      bias: new Float32Array(C),
      strides: (global ? [1, 1] : ints(n.attrs.strides, [1, 1])) as [number, number],
      pads: [0, 0, 0, 0],
      dilations: [1, 1],
      groups: C,
      act: 'identity',
    };
  }
  return {
    kind: 'pool',
    name: n.name,
    op: n.op,
    nodes: ctx.nodes,
    inputs: [x],
    output: n.outputs[0]!,
    mode,
    kernel: [kernel[0]!, kernel[1]!],
    strides: (global ? [1, 1] : ints(n.attrs.strides, [1, 1])) as [number, number],
    pads: [p[0]!, p[1]!, p[2]!, p[3]!],
    global,
  };
}

/** A pooling keeps its input's quantization (the same bytes): no parameter blocks. */
function preparePool(ctx: LoweringContext, l: PoolLayer): PreparedLayer<PoolLayer> {
  const yq = ctx.qOf(l.output);
  const xq = ctx.qOf(l.inputs[0]!);
  return {
    layer: l,
    params: [],
    mapping: `${l.mode} pool (activation unit)`,
    quant: { kind: 'pool', name: l.name, inputs: [{ tensor: l.inputs[0]!, q: xq }], output: { tensor: l.output, q: yq }, act: 'identity' },
  };
}

/** The input rows [iy0, iy1) that output rows [py0, py1) read, and the window rows above the image. */
function inputRows(l: PoolLayer, inHeight: number, py0: number, py1: number): { iy0: number; iy1: number; padTop: number } {
  const [kh] = l.kernel;
  const [sh] = l.strides;
  const [pt] = l.pads;
  const top = py0 * sh - pt;
  const iy0 = Math.max(0, top);
  const iy1 = Math.min(inHeight, (py1 - 1) * sh - pt + kh);
  return { iy0, iy1, padTop: iy0 - top };
}

function emitPool(ctx: LoweringContext, p: PreparedLayer<PoolLayer>, y: Frame): void {
  const l = p.layer;
  const { prog, accHalf } = ctx;
  const x = ctx.frames.get(l.inputs[0]!)!;
  const { wp } = paddedDims(x);
  const [kh, kw] = l.kernel;
  const [sh, sw] = l.strides;
  const [, pl] = l.pads;
  if (kh * x.w > accHalf)
    throw new CompileError(`pooling "${l.name}": a window's rows (${kh} x ${x.w} pixels) exceed half the accumulators (${accHalf} rows)`);
  prog.setFloat('act.scale', 1);
  prog.setInt('act.zeroPoint', 0);
  // per N chunk of the output, the K chunks of the input holding its channels, each through a
  // shifted identity tile (input channel c to column c - first channel of the N chunk)
  const passes = ctx.nChunks(y).map((j) => ({ j, reads: selections(ctx.kChunks(x), ctx.R, ctx.C, j, { weight: 1, whole: true }) }));
  for (let n = 0; n < x.n; n++) {
    for (let py0 = 0; py0 < y.h;) {
      // as many output rows as fit: their input rows fill at most half the accumulators
      let py1 = py0 + 1;
      while (py1 < y.h) {
        const r = inputRows(l, x.h, py0, py1 + 1);
        if ((r.iy1 - r.iy0) * x.w > accHalf) break;
        py1++;
      }
      const { iy0, iy1, padTop } = inputRows(l, x.h, py0, py1);
      const len = (iy1 - iy0) * x.w;
      for (const { j, reads } of passes) {
        const acc = ctx.nextAcc();
        reads.forEach(({ k, key, fill }, i) => {
          const state = ctx.tiles.load(key, fill);
          matmul(
            ctx,
            rowOf(x, k.b, n, iy0, 0),
            acc,
            len,
            { switch: state === 'new', accumulate: i > 0 },
            { cols: x.w, step: 1, pitch: wp },
            k.lane,
          );
        });
        prog.setInt('pool.inHeight', iy1 - iy0);
        prog.setInt('pool.inWidth', x.w);
        prog.setInt('pool.kh', kh);
        prog.setInt('pool.kw', kw);
        prog.setInt('pool.sh', sh);
        prog.setInt('pool.sw', sw);
        prog.setInt('pool.padTop', padTop);
        prog.setInt('pool.padLeft', pl);
        prog.setInt('pool.outHeight', py1 - py0);
        prog.setInt('pool.outWidth', y.w);
        activate(ctx, acc, y, j.b, n, py0, 0, len, (py1 - py0) * y.w, y.w, { func: 'identity', pool: l.mode, lane: j.lane });
      }
      py0 = py1;
    }
  }
}

export const poolEmitter: LayerEmitter<PoolLayer> = {
  name: 'pool',
  ops: ['MaxPool', 'AveragePool', 'GlobalAveragePool', 'GlobalMaxPool'],
  kinds: ['pool'],
  recognise: recognisePool,
  describe: () => 'pooling in the activation unit',
  // every input pixel of every channel block passes the array once (identity tile)
  estimateCycles: (graph, l, hw: HardwareShape) => {
    const [n, c, h, w] = shapeOf(graph, l.inputs[0]!) as [number, number, number, number];
    return Math.ceil(c / Math.min(hw.rows, hw.cols)) * n * h * w;
  },
  prepare: preparePool,
  emit: (ctx, p, y) => emitPool(ctx, p, y!),
};
