// A fallback device (CPU or GPU): runs any layer's original nodes with the float32 reference
// kernels on worker threads (runtime/fallback/); its time is its roofline model's.
import type { Layer } from '../layers.js';
import type { Capability, Device, PlacementContext } from './device.js';
import { type DeviceModel, fallbackCost, modelledSeconds } from './roofline.js';

/** A fallback device named `name` with roofline `model`. */
export function fallbackDevice(name: 'cpu' | 'gpu', model: DeviceModel): Device {
  return {
    name,
    capability(layer: Layer, ctx: PlacementContext): Capability {
      return { supported: true, seconds: modelledSeconds(model, fallbackCost(ctx.graph, layer)) };
    },
  };
}
