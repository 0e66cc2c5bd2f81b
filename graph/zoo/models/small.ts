// Small MNIST-sized models: a 3-layer MLP and LeNet-5 (LeCun et al. 1998, with ReLU and max
// pooling as in most modern re-implementations). Inputs are standardized pixels, N(0, 1).
import type { Graph } from '../../ir.js';
import { NetBuilder, heBound } from '../net.js';
import type { BuildContext } from './common.js';

/** MLP 784 -> 512 -> 256 -> 10 with ReLU (a flattened 28x28 image in, 10 logits out). */
export function buildMlp(ctx: BuildContext): Graph {
  const net = new NetBuilder('mlp', ctx);
  let x = net.input('input', 'float32', [ctx.batch, 784]);
  x = net.relu(net.linear(x, 784, 512));
  x = net.relu(net.linear(x, 512, 256));
  net.output(net.linear(x, 256, 10, { init: { kind: 'uniform', bound: heBound(256) / Math.SQRT2 } }));
  return net.build();
}

/**
 * LeNet-5 on 1x28x28: conv 5x5 (6, padding 2) -> ReLU -> max 2x2 -> conv 5x5 (16) -> ReLU ->
 * max 2x2 -> FC 400-120 -> FC 120-84 -> FC 84-10, 61,706 parameters.
 */
export function buildLenet(ctx: BuildContext): Graph {
  const net = new NetBuilder('lenet', ctx);
  let x = net.input('input', 'float32', [ctx.batch, 1, 28, 28]);
  x = net.maxPool(net.relu(net.conv(x, 1, 6, 5, { pad: 2, bias: true })), 2, 2);
  x = net.maxPool(net.relu(net.conv(x, 6, 16, 5, { pad: 0, bias: true })), 2, 2);
  x = net.flatten(x);
  x = net.relu(net.linear(x, 400, 120));
  x = net.relu(net.linear(x, 120, 84));
  net.output(net.linear(x, 84, 10, { init: { kind: 'uniform', bound: heBound(84) / Math.SQRT2 } }));
  return net.build();
}
