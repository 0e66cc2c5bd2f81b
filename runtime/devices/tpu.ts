// The TPU (the simulated ASIC) as a device: it answers from its emitters (lower/). A layer of a
// kind some emitter lowers can run (its cost: the emitter's matrix-cycle estimate at the clock); a
// layout-only view only where its input already is on the TPU; a single-node layer could not be
// lowered, for the reason its emitter gave when it refused the node, or — for ops no emitter
// recognises — because the chip has no unit for them (below).
import type { HardwareConfig } from '../../sim/index.js';
import type { Layer } from '../layers.js';
import { emitterFor, hardwareShape } from '../lower/index.js';
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

/** The TPU device of a hardware config. */
export function tpuDevice(config: HardwareConfig): Device {
  const hw = hardwareShape(config);
  const clockHz = config.clockMHz * 1e6;
  return {
    name: 'tpu',
    capability(layer: Layer, ctx: PlacementContext): Capability {
      const emitter = emitterFor(layer);
      if (!emitter) return { supported: false, why: layer.kind === 'node' && layer.refusal ? layer.refusal : missingUnit(layer.op) };
      if (emitter.aliasesInput && ctx.deviceOf(layer.inputs[0]!) !== 'tpu') {
        return { supported: false, why: 'a reshape of a value that is not on the TPU is done by the host' };
      }
      return { supported: true, how: emitter.describe(layer), seconds: emitter.estimateCycles(ctx.graph, layer, hw) / clockHz };
    },
  };
}
