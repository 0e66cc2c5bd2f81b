// The GPU: a fallback device with its own memory; values crossing to or from it are charged on
// its host link (see the session's transfers). Default model: the TPU paper's K80 die.
import type { Device } from './device.js';
import { fallbackDevice } from './fallback.js';
import { DEVICE_PRESETS, type DeviceModel } from './roofline.js';

/** The GPU device with its roofline model. */
export function gpuDevice(model: DeviceModel = DEVICE_PRESETS.gpu): Device {
  return fallbackDevice('gpu', model);
}
