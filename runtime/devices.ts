// Devices and placement. The TPU (the simulated ASIC) runs the layers the compiler can lower;
// the fallback devices (a CPU and a GPU) can run any node with the float32 reference kernels,
// and their time is modelled with a roofline: max(FLOPs / peak, bytes / bandwidth) + a per-op
// overhead. Each device answers a capability query per layer; a layer goes to the first device
// in the priority order that can take it, and the reason is recorded: fallback is never silent.
import type { Graph } from '../graph/index.js';
import { type Layer, knownSize, layerMacs } from './layers.js';

export type DeviceName = 'tpu' | 'gpu' | 'cpu';
export const DEVICE_NAMES: readonly DeviceName[] = ['tpu', 'gpu', 'cpu'];

/** Roofline model of a fallback device. */
export interface DeviceModel {
  name: string;
  description: string;
  /** Peak float32 FLOP/s. */
  peakFlops: number;
  /** Memory bandwidth in GB/s. */
  bandwidthGBps: number;
  /** Fixed cost per op (kernel launch, framework dispatch) in microseconds. */
  perOpOverheadUs: number;
  /** Bandwidth of the link between this device and host memory in GB/s (0: it works in host memory). */
  hostLinkGBps: number;
  /** Latency of one transfer over that link in microseconds. */
  hostLinkLatencyUs: number;
}

/** The paper's platforms (Jouppi et al. 2017, Table 2): one Haswell die and one K80 die. */
export const DEVICE_PRESETS: Record<'cpu' | 'gpu', DeviceModel> = {
  cpu: {
    name: 'haswell',
    description: 'Intel Haswell E5-2699 v3 die: 1.3 TFLOPS fp32, 51 GB/s (TPU paper, Table 2); per-op overhead is an assumption (framework dispatch).',
    peakFlops: 1.3e12,
    bandwidthGBps: 51,
    perOpOverheadUs: 5,
    hostLinkGBps: 0,
    hostLinkLatencyUs: 0,
  },
  gpu: {
    name: 'k80',
    description: 'NVIDIA K80, one die: 2.8 TFLOPS fp32, 160 GB/s (TPU paper, Table 2); kernel-launch overhead and the PCIe Gen3 x16 link (~12 GB/s, ~10 µs) are assumptions.',
    peakFlops: 2.8e12,
    bandwidthGBps: 160,
    perOpOverheadUs: 10,
    hostLinkGBps: 12,
    hostLinkLatencyUs: 10,
  },
};

/** Why the TPU cannot run a layer (undefined when it can). */
export function tpuBlocker(graph: Graph, layer: Layer): string | undefined {
  if (layer.kind !== 'node') return undefined;
  const n = layer.nodes[0]!;
  const op = n.op;
  switch (op) {
    case 'MatMul':
    case 'Gemm':
      return 'both operands are activations (e.g. attention): the matrix unit takes its second operand as weights from weight memory';
    case 'Conv':
      return 'the convolution has non-constant weights, auto_pad, or is not 2-D';
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
    case 'Add':
      return 'Add with a broadcast or constant operand is not a residual add the matrix unit can do';
    case 'Erf':
    case 'Gelu':
    case 'Sqrt':
    case 'Exp':
    case 'Log':
    case 'LeakyRelu':
    case 'HardSigmoid':
    case 'HardSwish':
      return `${op} is not an activation-unit function (identity, relu, relu6, sigmoid, tanh)`;
    case 'Relu':
    case 'Sigmoid':
    case 'Tanh':
    case 'Clip':
      return `this ${op} does not directly follow a TPU layer it could be fused into`;
    case 'LSTM':
      return 'the LSTM could not be unrolled into matrix-unit layers (see notes)';
    case 'MaxPool':
    case 'AveragePool':
      return 'pooling with dilations, count_include_pad, auto_pad or an Indices output';
    default:
      return `${op} has no TPU lowering (data movement and shape ops run on the host)`;
  }
}

/** Where one layer runs and why. */
export interface PlacementDecision {
  device: DeviceName;
  reason: string;
}

/**
 * Places every layer on the first device in `order` that can take it. A layout-only view goes
 * where its input is (so a flatten between TPU layers stays free).
 */
export function placeLayers(graph: Graph, layers: readonly Layer[], order: readonly DeviceName[]): Map<string, PlacementDecision> {
  const out = new Map<string, PlacementDecision>();
  const producer = new Map<string, string>();
  for (const l of layers) producer.set(l.output, l.name);
  for (const l of layers) {
    const skipped: string[] = [];
    let decided: PlacementDecision | undefined;
    for (const device of order) {
      if (device === 'tpu') {
        let blocker = tpuBlocker(graph, l);
        if (!blocker && l.kind === 'view') {
          const src = producer.get(l.inputs[0]!);
          if (!src || out.get(src)?.device !== 'tpu') blocker = 'a reshape of a value that is not on the TPU is done by the host';
        }
        if (blocker) {
          skipped.push(`tpu: ${blocker}`);
          continue;
        }
        decided = { device, reason: `TPU (${describeTpu(l)})` };
        break;
      }
      decided = {
        device,
        reason: skipped.length ? `${skipped.join('; ')}; ${device} is next in the priority order` : `${device} is first in the priority order`,
      };
      break;
    }
    if (!decided) decided = { device: order[order.length - 1] ?? 'cpu', reason: skipped.join('; ') || 'no device in the priority order' };
    out.set(l.name, decided);
  }
  return out;
}

function describeTpu(l: Layer): string {
  switch (l.kind) {
    case 'conv':
      return `convolution${l.nodes.length > 1 ? ` with ${l.nodes.slice(1).map((n) => n.op).join(', ')} fused` : ''}`;
    case 'dense':
      return `dense layer${l.nodes.length > 1 ? ` with ${l.nodes.slice(1).map((n) => n.op).join(', ')} fused` : ''}`;
    case 'pool':
      return 'pooling in the activation unit';
    case 'add':
      return `residual add on the matrix unit${l.nodes.length > 1 ? `, ${l.nodes[1]!.op} fused` : ''}`;
    case 'concat':
      return 'channel concat with selection tiles';
    case 'view':
      return 'layout only: no data moves';
    default:
      return l.op;
  }
}

/** FLOPs and bytes of a layer run in float32 on a fallback device (for the roofline model). */
export function fallbackCost(graph: Graph, layer: Layer): { flops: number; bytes: number } {
  const macs = layerMacs(graph, layer);
  let bytes = 0;
  let elements = 0;
  for (const n of layer.nodes) {
    for (const i of n.inputs) if (i) bytes += 4 * knownSize(graph, i);
    for (const o of n.outputs) if (o) {
      const s = knownSize(graph, o);
      bytes += 4 * s;
      elements += s;
    }
  }
  // element-wise work: a few FLOPs per output element (exp, division, normalisation)
  const perElement = layer.nodes.some((n) => ['Softmax', 'LogSoftmax', 'LayerNormalization', 'Erf', 'Gelu', 'Sigmoid', 'Tanh'].includes(n.op)) ? 8 : 1;
  return { flops: 2 * macs + perElement * elements, bytes };
}

/** Modelled seconds of a layer on a fallback device. */
export function modelledSeconds(model: DeviceModel, cost: { flops: number; bytes: number }): number {
  return Math.max(cost.flops / model.peakFlops, cost.bytes / (model.bandwidthGBps * 1e9)) + model.perOpOverheadUs * 1e-6;
}

/** Modelled seconds to move `bytes` between host memory and a device's memory. */
export function transferSeconds(model: DeviceModel, bytes: number): number {
  if (model.hostLinkGBps <= 0) return 0;
  return bytes / (model.hostLinkGBps * 1e9) + model.hostLinkLatencyUs * 1e-6;
}
