// The zoo's NetBuilder: releasing calibration values after their last reader and carving the
// weights from one slab (both planned on the network's weightless structure) change nothing in
// the built graph, and a structure that does not match the network fails loudly instead of
// calibrating with missing values.
import { describe, expect, it } from 'vitest';
import { type Graph, exportOnnx } from '../../graph/index.js';
import { NetBuilder } from '../../graph/zoo/net.js';
import { sameBytes } from '../helpers/common.js';

/** A small residual CNN: x is read by the branch's conv and again by the Add after it. */
function residualNet(opts: { materialize?: boolean; structure?: () => Graph } = {}): Graph {
  const net = new NetBuilder('residual', { seed: 3, ...opts });
  const x = net.input('x', 'float32', [2, 4, 12, 12], { shape: [2, 4, 12, 12] });
  let y = net.relu(net.batchNorm(net.conv(x, 4, 4, 3), 4, { beta: 1 }));
  y = net.batchNorm(net.conv(y, 4, 4, 3), 4, { gamma: 0.25 });
  const z = net.relu(net.add(y, x));
  net.output(net.linear(net.flatten(net.globalAvgPool(z)), 4, 3, { centre: true }));
  return net.build();
}

describe('NetBuilder calibration values', () => {
  it('released after their last reader, weights carved from one slab: the same graph, byte for byte', () => {
    const structure = () => residualNet({ materialize: false });
    const planned = residualNet({ structure });
    expect(sameBytes(exportOnnx(residualNet()), exportOnnx(planned))).toBe(true);
    const convWeights = planned.nodes
      .filter((n) => n.op === 'Conv')
      .map((n) => planned.initializers.get(n.inputs[1]!)!.data as Float32Array);
    expect(convWeights[1]!.buffer).toBe(convWeights[0]!.buffer);
  });

  it('a structure that undercounts readers is an error, not a default statistic', () => {
    // a plain chain whose ReLU output nobody reads: the residual net's next conv finds it released
    const structure = () => {
      const net = new NetBuilder('chain', { materialize: false });
      const x = net.input('x', 'float32', [2, 4, 12, 12]);
      net.output(net.relu(net.batchNorm(net.conv(x, 4, 4, 3), 4)));
      return net.build();
    };
    expect(() => residualNet({ structure })).toThrow('no calibration value for "Relu_0" (input of Conv)');
  });
});
