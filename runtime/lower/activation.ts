// Activation functions in the activation unit: which node after a layer fuses into it (Relu,
// Sigmoid, Tanh, Clip(0, 6) as relu6, Clip(0, ∞) as relu), and — for an activation node that did
// not fuse — why not. The activation unit applies one function per layer as it requantizes; it
// has no way to run an activation on its own.
import type { Node, Tensor } from '../../graph/index.js';
import { type Activation, type Layer, floatData } from '../layers.js';
import type { Recogniser, RecogniseContext, Refusal } from './emitter.js';

/** The bounds of a Clip node (±∞ when absent); undefined when one is not a constant. */
function clipBounds(node: Node, constant: (name: string | undefined) => Tensor | undefined): { lo: number; hi: number } | undefined {
  const [lo, hi] = [node.inputs[1], node.inputs[2]];
  const loT = constant(lo),
    hiT = constant(hi);
  if ((lo && !loT) || (hi && !hiT)) return undefined;
  return { lo: loT ? Number(floatData(loT)[0]) : -Infinity, hi: hiT ? Number(floatData(hiT)[0]) : Infinity };
}

/** The activation-unit function a node computes, when it is one (undefined otherwise). */
export function activationOf(node: Node, constant: (name: string | undefined) => Tensor | undefined): Activation | undefined {
  if (node.op === 'Relu') return 'relu';
  if (node.op === 'Sigmoid') return 'sigmoid';
  if (node.op === 'Tanh') return 'tanh';
  if (node.op === 'Clip') {
    const b = clipBounds(node, constant);
    if (b && b.lo === 0 && b.hi === 6) return 'relu6';
    if (b && b.lo === 0 && b.hi === Infinity) return 'relu';
  }
  return undefined;
}

/** Layer kinds whose ACTIVATE can apply a fused function. */
const FUSING_KINDS: ReadonlySet<Layer['kind']> = new Set(['conv', 'dense', 'add']);

const refuse = (refused: string): Refusal => ({ refused });

/** An activation node that did not fuse into the layer before it: the TPU says why. */
export const activationRecogniser: Recogniser = {
  name: 'activation',
  ops: ['Relu', 'Sigmoid', 'Tanh', 'Clip'],
  recognise(node: Node, ctx: RecogniseContext): Refusal {
    const op = node.op;
    if (op === 'Clip') {
      const b = clipBounds(node, (n) => ctx.constant(n));
      if (!b) return refuse('Clip with non-constant bounds is not an activation-unit function');
      if (!activationOf(node, (n) => ctx.constant(n))) {
        return refuse(`Clip(${b.lo}, ${b.hi}) is not an activation-unit function (identity, relu, relu6 = Clip(0, 6), sigmoid, tanh)`);
      }
    }
    const x = node.inputs[0]!;
    const producer = ctx.producer(x);
    if (!producer || producer.kind === 'node') return refuse(`this ${op} does not directly follow a TPU layer it could be fused into`);
    const readers = ctx.consumers(x).length;
    if (ctx.isGraphOutput(x))
      return refuse(`the output of "${producer.name}" is also a graph output, so this ${op} cannot be fused into it`);
    if (readers > 1) {
      const others = readers - 1;
      return refuse(
        `the output of "${producer.name}" is also read by ${others} other node${others === 1 ? '' : 's'}, so this ${op} cannot be fused into it`,
      );
    }
    if (!FUSING_KINDS.has(producer.kind)) {
      return refuse(
        `"${producer.name}" is a ${producer.kind} layer; activations fuse into convolutions, dense layers and residual adds only`,
      );
    }
    if ('act' in producer && producer.act !== 'identity') {
      return refuse(`"${producer.name}" already applies ${producer.act}; the activation unit applies one function per layer`);
    }
    return refuse(`this ${op} does not directly follow a TPU layer it could be fused into`);
  },
};
