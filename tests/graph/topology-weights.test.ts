// A topology's weights live in one buffer (one large allocation lands on huge pages), each layer's
// a view of its own elements with the values it has when built alone.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTopologyFile, scaleSimLayersOf, topologyToGraph } from '../../graph/index.js';
import { TOPOLOGIES, sameBytes } from '../helpers/common.js';

describe('topology weights', () => {
  it('are consecutive views of one buffer, each layer as when built alone', () => {
    const topo = loadTopologyFile(join(TOPOLOGIES, 'v2/conv_nets/alexnet.csv'));
    const graph = topologyToGraph(topo, { seed: 3 });
    const layers = scaleSimLayersOf(graph);
    const filters = layers.map((l) => graph.initializers.get(`${l.node}/filter`)!.data as Float32Array);
    const buffer = filters[0]!.buffer;
    let offset = 0;
    for (const [i, f] of filters.entries()) {
      expect(f.buffer).toBe(buffer);
      expect(f.byteOffset).toBe(offset);
      offset += f.byteLength;
      const alone = topologyToGraph(topo, { seed: 3, layers: [layers[i]!.index] });
      expect(sameBytes(alone.initializers.get(`${layers[i]!.node}/filter`)!.data, f)).toBe(true);
    }
    expect(offset).toBe(buffer.byteLength);
  });
});
