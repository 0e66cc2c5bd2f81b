// The TPU (the simulated ASIC) as a device: it answers from its emitters (lower/). A layer of a
// kind some emitter lowers can run (its cost: the emitter's matrix-cycle estimate at the clock); a
// layout-only view only where its input already is on the TPU; a single-node layer could not be
// lowered, for the reason its emitter gave when it refused the node, or — for ops no emitter
// recognises — because the chip has no unit for them (below).
import type { VectorClass } from '../../isa/index.js';
import type { HardwareConfig } from '../../sim/index.js';
import type { Layer } from '../layers.js';
import { emitterFor, hardwareShape, vectorRefusal } from '../lower/index.js';
import type { Capability, Device, PlacementContext } from './device.js';

/** Why the TPU cannot run an op that none of its emitters recognises: the unit it lacks. */
export function missingUnit(op: string): string {
  switch (op) {
    case 'Softmax':
    case 'LogSoftmax':
      return `${op} needs exponentials and a sum along a row; the activation unit has neither`;
    case 'LayerNormalization':
    case 'ReduceMean':
    case 'ReduceSum':
    case 'ReduceMax':
    case 'ReduceMin':
      return `${op} reduces along a row of an activation; the TPU only reduces inside the matrix unit against weights`;
    case 'Mul':
    case 'Div':
    case 'Sub':
    case 'Pow':
      return `element-wise ${op} of activations: the TPU has no element-wise arithmetic unit`;
    case 'Erf':
    case 'Gelu':
    case 'Sqrt':
    case 'Exp':
    case 'Log':
    case 'LeakyRelu':
    case 'HardSigmoid':
    case 'HardSwish':
      return `${op} is not an activation-unit function (identity, relu, relu6, sigmoid, tanh)`;
    case 'LSTM':
      return 'the LSTM could not be unrolled into matrix-unit layers (see notes)';
    default:
      return `${op} has no TPU lowering (data movement and shape ops run on the host)`;
  }
}

/** What an op would need of the vector unit (docs/vector-unit.md §8): its class, and for a lookup the table's function. */
const VECTOR_NEEDS: Readonly<Record<string, { cls: VectorClass; fn?: string }>> = {
  Softmax: { cls: 'softmax' },
  LogSoftmax: { cls: 'softmax' },
  LayerNormalization: { cls: 'norm' },
  ReduceMean: { cls: 'reduce' },
  ReduceSum: { cls: 'reduce' },
  ReduceMax: { cls: 'reduce' },
  Add: { cls: 'arith' },
  Sub: { cls: 'arith' },
  Mul: { cls: 'arith' },
  Div: { cls: 'divide' },
  Max: { cls: 'minmax' },
  Min: { cls: 'minmax' },
  Sigmoid: { cls: 'lookup', fn: 'sigmoid' },
  Tanh: { cls: 'lookup', fn: 'tanh' },
  Exp: { cls: 'lookup', fn: 'exp' },
  Erf: { cls: 'lookup', fn: 'erf' },
  Gelu: { cls: 'lookup', fn: 'gelu' },
  HardSigmoid: { cls: 'lookup', fn: 'hardsigmoid' },
  HardSwish: { cls: 'lookup', fn: 'hardswish' },
  LeakyRelu: { cls: 'lookup', fn: 'leakyrelu' },
  // data movement (Slice, Concat, Pad, Transpose, Reshape, Gather …) has an emitter (lower/movement.ts)
  // that declares the class 'move': placement checks it before this table is consulted
};

/**
 * Why the TPU of `config` cannot run an op no emitter recognises. Without a vector unit: the unit
 * it lacks (missingUnit). With one: the vector-unit class or lookup function the config lacks, or,
 * when it has them, that the compiler does not lower the op to the vector unit yet.
 */
export function missingCapability(op: string, config: HardwareConfig): string {
  const need = VECTOR_NEEDS[op];
  const unit = config.vectorUnit;
  if (!need || !unit) return missingUnit(op);
  if (!unit.ops.includes(need.cls)) return `${op} needs the vector-unit class '${need.cls}', which config ${config.name} lacks`;
  if (need.fn && unit.functions && !unit.functions.includes(need.fn as never)) {
    return `${op} needs a lookup table of ${need.fn}, which config ${config.name}'s vector unit does not hold (vectorUnit.functions: ${unit.functions.join(', ')})`;
  }
  return `${op} needs the vector-unit class '${need.cls}', which config ${config.name} has, but the compiler does not lower ${op} to the vector unit yet`;
}

/** The TPU device of a hardware config. */
export function tpuDevice(config: HardwareConfig): Device {
  const hw = hardwareShape(config);
  const clockHz = config.clockMHz * 1e6;
  return {
    name: 'tpu',
    capability(layer: Layer, ctx: PlacementContext): Capability {
      const emitter = emitterFor(layer);
      if (!emitter)
        return { supported: false, why: layer.kind === 'node' && layer.refusal ? layer.refusal : missingCapability(layer.op, config) };
      const classes = [emitter.vectorClass?.(layer) ?? []].flat();
      const cls = classes.find((c) => !config.vectorUnit?.ops.includes(c));
      if (cls) {
        // ops the table knows name the unit the chip lacks; the rest (data movement, a further class
        // such as a masked softmax's 'mask') the class, named after the layer's nodes
        const what = cls === classes[0] ? layer.op : layer.nodes.map((n) => n.op).join(' → ');
        const why =
          VECTOR_NEEDS[layer.op] && cls === classes[0]
            ? missingCapability(layer.op, config)
            : `${what} needs the vector-unit class '${cls}', which config ${config.name} lacks`;
        return { supported: false, why };
      }
      const missing = emitter.missing?.(config);
      if (missing) return { supported: false, why: missing };
      if (layer.kind === 'vector') {
        const why = config.vectorUnit ? vectorRefusal(layer, config) : (layer.otherwise ?? missingCapability(layer.op, config));
        if (why) return { supported: false, why };
      }
      // a row slice of a graph input reads it from the UB, where the segment loads it once
      const hostInput = layer.kind === 'view' && layer.rowSlice && ctx.graph.inputs.some((i) => i.name === layer.inputs[0]);
      if (emitter.aliasesInput && ctx.deviceOf(layer.inputs[0]!) !== 'tpu' && !hostInput) {
        return { supported: false, why: 'a reshape of a value that is not on the TPU is done by the host' };
      }
      return { supported: true, how: emitter.describe(layer), seconds: emitter.estimateCycles(ctx.graph, layer, hw) / clockHz };
    },
  };
}
