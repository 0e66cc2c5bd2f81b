// Devices answer capability queries per layer in their own words: the TPU from its emitters (a
// layer it lowers, with an estimated cost; or the reason its emitter refused the node, or the unit
// it lacks), the fallbacks from their roofline models. Placement takes the first device in the
// priority order that can run a layer and fails clearly when none can.
import { describe, expect, it } from 'vitest';
import { GraphBuilder, tensor } from '../../graph/index.js';
import { buildLayers, normaliseGraph } from '../../runtime/compile/index.js';
import { DEVICE_PRESETS, createDevices, fallbackCost, modelledSeconds, placeLayers } from '../../runtime/devices/index.js';
import { CompileError } from '../../runtime/index.js';
import type { Layer } from '../../runtime/layers.js';
import { TPU_EMITTERS, emitterFor } from '../../runtime/lower/index.js';
import { loadConfig } from '../../sim/index.js';
import { thrown } from '../helpers/common.js';

const config = loadConfig('small-16'); // 16x16 array, 1 GHz
const w = (shape: number[]) =>
  tensor(
    'float32',
    shape,
    Float32Array.from({ length: shape.reduce((a, b) => a * b, 1) }, (_, i) => ((i % 7) - 3) / 10),
  );

/** Normalised graph and layers of a builder's graph. */
function layersOf(build: (b: GraphBuilder) => void): { graph: ReturnType<typeof normaliseGraph>['graph']; layers: Layer[] } {
  const b = new GraphBuilder('t');
  build(b);
  const { graph } = normaliseGraph(b.build());
  return { graph, layers: buildLayers(graph) };
}

const byName = (layers: Layer[], name: string) => layers.find((l) => l.name === name)!;
const ctxOf = (graph: ReturnType<typeof normaliseGraph>['graph']) => ({ graph, deviceOf: () => 'tpu' as const });

describe('the TPU device', () => {
  const devices = createDevices(config);

  it('runs a dense layer, describing it and estimating ceil(K/G) x ceil(N/G) x max(rows, R) cycles', () => {
    const { graph, layers } = layersOf((b) => {
      const x = b.input('x', 'float32', [40, 20]);
      b.output(b.relu(b.matmul(x, b.constant(w([20, 33])), { name: 'fc' })));
    });
    const cap = devices.tpu.capability(byName(layers, 'fc'), ctxOf(graph));
    // K = 20 -> 2 blocks of 16, N = 33 -> 3 blocks, 40 rows >= R = 16: 2 * 3 * 40 cycles at 1 GHz
    expect(cap).toEqual({ supported: true, how: 'dense layer with Relu fused', seconds: (2 * 3 * 40) / 1e9 });
  });

  it('refuses nodes for the reason their emitter gives', () => {
    const { graph, layers } = layersOf((b) => {
      const x = b.input('x', 'float32', [1, 4, 6, 6]);
      const y = b.conv2d(x, b.constant(w([4, 4, 3, 3])), undefined, { autoPad: 'SAME_UPPER', name: 'same' });
      const q = b.input('q', 'float32', [8, 8]);
      const k = b.input('k', 'float32', [8, 8]);
      b.output(b.matmul(q, k, { name: 'qk' }));
      b.output(b.add(y, b.constant(w([1, 4, 1, 1])), { name: 'bias' }));
      b.output(b.clip(b.relu(b.matmul(q, b.constant(w([8, 8])), { name: 'fc' })), -1, 1, { name: 'clip' }));
      b.output(b.gemm(q, b.constant(w([8, 8])), undefined, { transA: true, name: 'gt' }));
    });
    const why = (name: string) => {
      const cap = devices.tpu.capability(byName(layers, name), ctxOf(graph));
      return cap.supported ? 'supported' : cap.why;
    };
    expect(why('same')).toBe('auto_pad=SAME_UPPER: the compiler lowers explicit pads only');
    expect(why('qk')).toBe(
      'both operands are activations (e.g. attention): the matrix unit takes its second operand as weights, and config small-16 has no path from the Unified Buffer to the weight FIFO (weightFifo.fromUnifiedBuffer)',
    );
    expect(why('bias')).toBe('Add with a constant operand is not a residual add the matrix unit can do');
    expect(why('clip')).toBe('Clip(-1, 1) is not an activation-unit function (identity, relu, relu6 = Clip(0, 6), sigmoid, tanh)');
    expect(why('gt')).toBe('Gemm with transA=1: the matrix unit would need the activation operand transposed');
  });

  it('says why an activation did not fuse into the layer before it', () => {
    const { graph, layers } = layersOf((b) => {
      const x = b.input('x', 'float32', [4, 8]);
      const h = b.relu(b.matmul(x, b.constant(w([8, 8])), { name: 'fc1' }));
      b.output(b.sigmoid(h, { name: 'again' }));
      const g = b.matmul(x, b.constant(w([8, 8])), { name: 'fc2' });
      b.output(b.tanh(g, { name: 'shared' }));
      b.output(b.add(g, x, { name: 'other' }));
    });
    const why = (name: string) => {
      const cap = devices.tpu.capability(byName(layers, name), ctxOf(graph));
      return cap.supported ? 'supported' : cap.why;
    };
    expect(why('again')).toBe('"fc1" already applies relu; the activation unit applies one function per layer');
    expect(why('shared')).toBe('the output of "fc2" is also read by 1 other node, so this Tanh cannot be fused into it');
  });

  it('does not fuse a Clip whose bound is computed (it would not be a relu)', () => {
    const { graph, layers } = layersOf((b) => {
      const x = b.input('x', 'float32', [4, 8]);
      const hi = b.input('hi', 'float32', []);
      b.output(b.op('Clip', [b.matmul(x, b.constant(w([8, 8])), { name: 'fc' }), b.scalar(0), hi], {}, { name: 'clip' })[0]!);
    });
    expect(byName(layers, 'fc')).toMatchObject({ kind: 'dense', act: 'identity' });
    expect(devices.tpu.capability(byName(layers, 'clip'), ctxOf(graph))).toEqual({
      supported: false,
      why: 'Clip with non-constant bounds is not an activation-unit function',
    });
  });

  it('names the unit it lacks for ops no emitter recognises', () => {
    const { graph, layers } = layersOf((b) => {
      const x = b.input('x', 'float32', [4, 8]);
      b.output(b.softmax(x, -1, { name: 'sm' }));
    });
    const cap = devices.tpu.capability(byName(layers, 'sm'), ctxOf(graph));
    expect(cap).toEqual({ supported: false, why: 'Softmax needs exponentials and a sum along a row; the activation unit has neither' });
  });

  it('with a vector unit, names the class or lookup function the config lacks, or that the op is not lowered yet, or takes it', () => {
    const { graph, layers } = layersOf((b) => {
      const x = b.input('x', 'float32', [4, 8]);
      b.output(b.softmax(x, -1, { name: 'sm' }));
      b.output(b.erf(x, { name: 'erf' }));
      b.output(b.div(x, x, { name: 'div' }));
      b.output(b.transpose(x, [1, 0], { name: 'tr' }));
    });
    const why = (cfg: string, name: string) => {
      const cap = createDevices(loadConfig(cfg)).tpu.capability(byName(layers, name), ctxOf(graph));
      return cap.supported ? 'supported' : cap.why;
    };
    expect(why('tpu-v1', 'erf')).toBe(
      "Erf needs a lookup table of erf, which config tpu-v1's vector unit does not hold (vectorUnit.functions: sigmoid, tanh)",
    );
    expect(why('tpu-v1', 'div')).toBe("Div needs the vector-unit class 'divide', which config tpu-v1 lacks");
    // Softmax is lowered (runtime/lower/reduce.ts): tpu-v1 has the class, small-16 no vector unit
    expect(why('tpu-v1', 'sm')).toBe('supported');
    expect(why('small-16', 'sm')).toBe('Softmax needs exponentials and a sum along a row; the activation unit has neither');
    // element-wise ops are lowered to the vector unit (lower/vector.ts) where the config has the class and table
    expect(why('tpu-v1-vector', 'erf')).toBe('supported');
    expect(why('tpu-v1-vector', 'div')).toBe('supported');
    // data movement has an emitter declaring the class 'move'
    expect(why('tpu-v1', 'tr')).toBe("Transpose needs the vector-unit class 'move', which config tpu-v1 lacks");
    expect(why('small-16', 'tr')).toBe("Transpose needs the vector-unit class 'move', which config small-16 lacks");
    expect(why('tpu-v1-vector', 'tr')).toBe('supported');
    // no vector unit: the unit the chip lacks, as before
    expect(why('small-16', 'div')).toBe('element-wise Div of activations: the TPU has no element-wise arithmetic unit');
  });

  it('takes a view only where its input already is', () => {
    const { graph, layers } = layersOf((b) => {
      const x = b.input('x', 'float32', [2, 4, 3, 3]);
      b.output(b.flatten(b.relu(b.conv2d(x, b.constant(w([4, 4, 1, 1])))), 1, { name: 'flat' }));
    });
    const flat = byName(layers, 'flat');
    expect(devices.tpu.capability(flat, { graph, deviceOf: () => 'tpu' })).toEqual({
      supported: true,
      how: 'layout only: no data moves',
      seconds: 0,
    });
    expect(devices.tpu.capability(flat, { graph, deviceOf: () => 'gpu' })).toEqual({
      supported: false,
      why: 'a reshape of a value that is not on the TPU is done by the host',
    });
  });

  it('has one emitter for every kind of layer but single nodes', () => {
    const kinds = TPU_EMITTERS.flatMap((e) => e.kinds).sort();
    expect(kinds).toEqual(['actmatmul', 'add', 'concat', 'conv', 'dense', 'gather', 'move', 'pool', 'reduce', 'vector', 'view']);
    expect(emitterFor({ kind: 'node' } as Layer)).toBeUndefined();
  });
});

describe('fallback devices and placement', () => {
  const { graph, layers } = layersOf((b) => {
    const x = b.input('x', 'float32', [4, 8]);
    b.output(b.softmax(b.matmul(x, b.constant(w([8, 8])), { name: 'fc' }), -1, { name: 'sm' }));
  });
  const devices = createDevices(config);

  it('run any layer at their roofline cost', () => {
    const sm = byName(layers, 'sm');
    expect(devices.gpu.capability(sm, ctxOf(graph))).toEqual({
      supported: true,
      seconds: modelledSeconds(DEVICE_PRESETS.gpu, fallbackCost(graph, sm)),
    });
    expect(devices.cpu.capability(sm, ctxOf(graph))).toEqual({
      supported: true,
      seconds: modelledSeconds(DEVICE_PRESETS.cpu, fallbackCost(graph, sm)),
    });
  });

  it("places each layer on the first device that can run it, with the skipped devices' reasons", () => {
    const placement = placeLayers(graph, layers, ['tpu', 'cpu', 'gpu'], devices);
    expect(placement.get('fc')).toEqual({ device: 'tpu', reason: 'TPU (dense layer)' });
    expect(placement.get('sm')).toEqual({
      device: 'cpu',
      reason: 'tpu: Softmax needs exponentials and a sum along a row; the activation unit has neither; cpu is next in the priority order',
    });
    expect(placeLayers(graph, layers, ['gpu', 'tpu'], devices).get('fc')).toEqual({
      device: 'gpu',
      reason: 'gpu is first in the priority order',
    });
  });

  it('fails naming the layer when no device in the order can run it', () => {
    const e = thrown(() => placeLayers(graph, layers, ['tpu'], devices), CompileError);
    expect(e.message).toBe(
      'layer "sm" (Softmax): no device in the priority order (tpu) can run it (tpu: Softmax needs exponentials and a sum along a row; the activation unit has neither)',
    );
  });
});
