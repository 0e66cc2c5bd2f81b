// The CPU: a fallback device working in host memory (no link to cross). Default model: the TPU
// paper's Haswell die.
import type { Device } from './device.js';
import { fallbackDevice } from './fallback.js';
import { DEVICE_PRESETS, type DeviceModel } from './roofline.js';

/** The CPU device with its roofline model. */
export function cpuDevice(model: DeviceModel = DEVICE_PRESETS.cpu): Device {
  return fallbackDevice('cpu', model);
}
