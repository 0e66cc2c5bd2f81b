// Layout-only reshapes the TPU gets for free: Flatten of NCHW (the dense layer that reads it takes
// the feature order from the frame) and reshapes that only merge or split leading dimensions of a
// rows x features tensor. The output is the input's UB rows under another shape.
import type { Node } from '../../graph/index.js';
import { blockRows } from '../frame.js';
import { type MoveLayer, type ViewLayer, shapeOf } from '../layers.js';
import type { LayerEmitter, RecogniseContext, Refusal } from './emitter.js';
import { recogniseMove } from './movement.js';

const refuse = (refused: string): Refusal => ({ refused });

/** A Flatten or Reshape that moves no data, as a view. */
function recogniseView(n: Node, ctx: RecogniseContext): ViewLayer | MoveLayer | Refusal {
  const { graph } = ctx;
  const x = n.inputs[0]!;
  if (graph.initializers.has(x)) return refuse(`${n.op} of a constant`);
  const from = shapeOf(graph, x);
  const to = shapeOf(graph, n.outputs[0]!);
  const base = { kind: 'view' as const, name: n.name, op: n.op, nodes: ctx.nodes, inputs: [x], output: n.outputs[0]! };
  // NCHW -> [N, C*H*W]: the dense consumer reads the feature order from the frame
  if (from.length === 4 && to.length === 2 && to[0] === from[0] && to[1] === from[1]! * from[2]! * from[3]!) return base;
  // rows x features -> rows' x features with the same feature size: leading dims merge or split
  if (from.length >= 2 && to.length >= 2 && from.length !== 4 && to.length !== 4 && from[from.length - 1] === to[to.length - 1])
    return base;
  // anything else moves data: the vector unit's copies (placement refuses it without the 'move' class)
  return recogniseMove(n, ctx);
}

export const viewEmitter: LayerEmitter<ViewLayer> = {
  name: 'view',
  ops: ['Flatten', 'Reshape'],
  kinds: ['view'],
  aliasesInput: true,
  recognise: recogniseView,
  describe: (l) =>
    l.rowSlice
      ? `rows ${l.rowSlice.start}..${l.rowSlice.start + l.rowSlice.rows - 1} of its input: no data moves`
      : 'layout only: no data moves',
  estimateCycles: () => 0,
  prepare: (_ctx, l) => ({
    layer: l,
    params: [],
    mapping: 'layout',
    quant: { kind: l.kind, name: l.name, inputs: [], output: { tensor: l.output, q: { scale: 1, zeroPoint: 0 } }, act: 'identity' },
  }),
  emit: (ctx, p) => {
    const f = ctx.frames.get(p.layer.inputs[0]!)!;
    const s = p.layer.rowSlice;
    // a row slice keeps its input's block stride
    ctx.frames.set(p.layer.output, s ? { ...f, n: s.rows, base: f.base + s.start, blockStride: f.blockStride ?? blockRows(f) } : f);
  },
};
