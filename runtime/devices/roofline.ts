// The fallback devices' cost model: a roofline, max(FLOPs / peak, bytes / bandwidth) + a per-op
// overhead, and the cost of moving values over a device's link to host memory. Presets are the
// TPU paper's comparison platforms.
import type { Graph } from '../../graph/index.js';
import { type Layer, knownSize, layerMacs } from '../layers.js';

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
    description:
      'Intel Haswell E5-2699 v3 die: 1.3 TFLOPS fp32, 51 GB/s (TPU paper, Table 2); per-op overhead is an assumption (framework dispatch).',
    peakFlops: 1.3e12,
    bandwidthGBps: 51,
    perOpOverheadUs: 5,
    hostLinkGBps: 0,
    hostLinkLatencyUs: 0,
  },
  gpu: {
    name: 'k80',
    description:
      'NVIDIA K80, one die: 2.8 TFLOPS fp32, 160 GB/s (TPU paper, Table 2); kernel-launch overhead and the PCIe Gen3 x16 link (~12 GB/s, ~10 µs) are assumptions.',
    peakFlops: 2.8e12,
    bandwidthGBps: 160,
    perOpOverheadUs: 10,
    hostLinkGBps: 12,
    hostLinkLatencyUs: 10,
  },
};

/** FLOPs and bytes of a layer run in float32 on a fallback device (for the roofline model). */
export function fallbackCost(graph: Graph, layer: Layer): { flops: number; bytes: number } {
  const macs = layerMacs(graph, layer);
  let bytes = 0;
  let elements = 0;
  for (const n of layer.nodes) {
    for (const i of n.inputs) if (i) bytes += 4 * knownSize(graph, i);
    for (const o of n.outputs)
      if (o) {
        const s = knownSize(graph, o);
        bytes += 4 * s;
        elements += s;
      }
  }
  // element-wise work: a few FLOPs per output element (exp, division, normalisation)
  const perElement = layer.nodes.some((n) =>
    ['Softmax', 'LogSoftmax', 'LayerNormalization', 'Erf', 'Gelu', 'Sigmoid', 'Tanh'].includes(n.op),
  )
    ? 8
    : 1;
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
