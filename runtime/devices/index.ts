// Public face of runtime/devices/: the devices a model's layers can run on — the TPU (the
// simulated ASIC, answering from its emitters), a CPU and a GPU (fallbacks with roofline models)
// — and placement: each layer goes to the first device in the priority order that can run it, and
// the reason is recorded in the devices' own words (fallback is never silent).
import type { Graph } from '../../graph/index.js';
import type { HardwareConfig } from '../../sim/index.js';
import { CompileError } from '../errors.js';
import type { Layer } from '../layers.js';
import { cpuDevice } from './cpu.js';
import type { Capability, Device, DeviceName } from './device.js';
import { gpuDevice } from './gpu.js';
import { DEVICE_PRESETS, type DeviceModel } from './roofline.js';
import { tpuDevice } from './tpu.js';

export type { Capability, Device, DeviceName, PlacementContext } from './device.js';
export { DEVICE_PRESETS, fallbackCost, modelledSeconds, transferSeconds, type DeviceModel } from './roofline.js';
export { missingCapability, missingUnit, tpuDevice } from './tpu.js';
export { cpuDevice } from './cpu.js';
export { gpuDevice } from './gpu.js';

export const DEVICE_NAMES: readonly DeviceName[] = ['tpu', 'gpu', 'cpu'];

/** Where one layer runs and why. */
export interface PlacementDecision {
  device: DeviceName;
  reason: string;
}

/** The devices of a run: the TPU of `config`, and the fallbacks with their roofline models. */
export function createDevices(
  config: HardwareConfig,
  models: Partial<Record<'cpu' | 'gpu', DeviceModel>> = {},
): Record<DeviceName, Device> {
  return { tpu: tpuDevice(config), cpu: cpuDevice(models.cpu ?? DEVICE_PRESETS.cpu), gpu: gpuDevice(models.gpu ?? DEVICE_PRESETS.gpu) };
}

/**
 * Places every layer on the first device in `order` that can run it. The reason names every
 * device skipped on the way with its refusal, then how the chosen one runs the layer (or that it
 * comes next in the order). `refusedOnTpu`: layers the TPU must not run though its emitters
 * could, by name, with why (found after a placement: values calibration cannot quantize).
 */
export function placeLayers(
  graph: Graph,
  layers: readonly Layer[],
  order: readonly DeviceName[],
  devices: Record<DeviceName, Device>,
  refusedOnTpu: ReadonlyMap<string, string> = new Map(),
): Map<string, PlacementDecision> {
  const out = new Map<string, PlacementDecision>();
  const producer = new Map<string, string>();
  for (const l of layers) producer.set(l.output, l.name);
  const ctx = { graph, deviceOf: (value: string) => out.get(producer.get(value) ?? '')?.device };
  for (const l of layers) {
    const skipped: string[] = [];
    let decided: PlacementDecision | undefined;
    for (const name of order) {
      const refused = name === 'tpu' ? refusedOnTpu.get(l.name) : undefined;
      const cap: Capability = refused ? { supported: false, why: refused } : devices[name].capability(l, ctx);
      if (!cap.supported) {
        skipped.push(`${name}: ${cap.why}`);
        continue;
      }
      const chosen = skipped.length
        ? `${skipped.join('; ')}; ${name} is next in the priority order`
        : `${name} is first in the priority order`;
      decided = { device: name, reason: cap.how ? `${name.toUpperCase()} (${cap.how})` : chosen };
      break;
    }
    if (!decided) {
      throw new CompileError(
        `layer "${l.name}" (${l.op}): no device in the priority order (${order.join(', ') || 'none'}) can run it${skipped.length ? ` (${skipped.join('; ')})` : ''}`,
      );
    }
    out.set(l.name, decided);
  }
  return out;
}
