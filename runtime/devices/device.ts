// What a device is to the compiler: it answers, for each layer, whether it can run it, at what
// estimated cost, and if not, why (onnxruntime's GetCapability is the model). Placement asks the
// devices in the user's priority order and records the answer; the reasons in the report are
// the devices' own words.
import type { Graph } from '../../graph/index.js';
import type { Layer } from '../layers.js';

export type DeviceName = 'tpu' | 'gpu' | 'cpu';

/** A device's answer about one layer. */
export type Capability =
  /**
   * It can run the layer, in modelled or estimated `seconds`. `how`: what it does with the layer,
   * for a device that maps layers specially (the TPU: "convolution with Relu fused"); a
   * general-purpose device leaves it out and is chosen by its place in the priority order.
   */
  | { supported: true; how?: string; seconds: number }
  /** It cannot, and why (its own words: they go into the report). */
  | { supported: false; why: string };

/** What a capability query sees besides the layer: the graph, and where earlier layers went. */
export interface PlacementContext {
  graph: Graph;
  /** The device of the layer producing a value, when that layer is already placed. */
  deviceOf(value: string): DeviceName | undefined;
}

/** A device that can be asked about layers. */
export interface Device {
  readonly name: DeviceName;
  capability(layer: Layer, ctx: PlacementContext): Capability;
}
