// The values of one run as its steps produce them: float32 tensors (promises: fallback layers run
// on worker threads), the uint8 tensors TPU segments wrote back, which step produced what, the
// transfers the GPU's host link carries, and freeing values after their last reader.
import type { Tensor } from '../graph/index.js';
import type { CompiledModel, Step } from './compiled-model.js';
import { type DeviceName, transferSeconds } from './devices/index.js';
import { RuntimeError } from './errors.js';
import { knownSize } from './layers.js';

/** The device a step runs on. */
export function deviceOf(step: Step): DeviceName {
  return step.kind === 'tpu' ? 'tpu' : step.device;
}

/** Bytes a step's inputs move over the GPU's host link, and the modelled seconds. */
export interface StepTransfer {
  /** Bytes of the step's inputs that cross to or from the GPU, over its host link, before the step runs. */
  transferBytes: number;
  /** Modelled seconds of that transfer on the GPU's host link (latency plus bytes over bandwidth; 0 when nothing moves). */
  transferSeconds: number;
}

/** The values of one run. */
export class RunValues {
  readonly floats = new Map<string, Promise<Tensor>>();
  readonly quantized = new Map<string, Uint8Array>();
  /** The step that produced each value another step reads. */
  readonly producerStep = new Map<string, number>();
  /** The last step reading each value. */
  private readonly lastRead = new Map<string, number>();
  private readonly keep: Set<string>;
  /** Values some step reads as float32: fallback layers' inputs, and gather indices a TPU segment packs itself. */
  private readonly floatReads = new Set<string>();

  /** `recycle`: given each uint8 value `release` drops (nothing refers to it any more), for reuse. */
  constructor(
    private readonly model: CompiledModel,
    feeds: Record<string, Tensor>,
    private readonly recycle?: (bytes: Uint8Array) => void,
  ) {
    for (const [k, v] of Object.entries(feeds)) this.floats.set(k, Promise.resolve(v));
    for (const [k, v] of model.graph.initializers) this.floats.set(k, Promise.resolve(v));
    model.steps.forEach((st, i) => {
      const reads = st.kind === 'tpu' ? st.segment.inputs.map((x) => x.tensor) : st.layer.nodes.flatMap((n) => n.inputs);
      for (const r of reads) if (r) this.lastRead.set(r, i);
      if (st.kind === 'fallback') for (const r of reads) this.floatReads.add(r);
      else for (const x of st.segment.inputs) if (x.layout === 'indices') this.floatReads.add(x.tensor);
    });
    this.keep = new Set(model.graph.outputs.map((o) => o.name));
  }

  /**
   * Whether a TPU segment's output needs its float32 value: a graph output, read by a fallback
   * layer or as gather indices, or kept with every layer exposed. Otherwise only later TPU segments
   * read it, as the uint8 bytes in `quantized`, and dequantizing it would be wasted work.
   */
  readAsFloat(name: string): boolean {
    return this.model.exposeAllLayers || this.keep.has(name) || this.floatReads.has(name);
  }

  /** The float32 value of a tensor (it must have been produced or given). */
  get(name: string): Promise<Tensor> {
    const p = this.floats.get(name);
    if (!p) throw new RuntimeError(`internal: value "${name}" is not available`);
    return p;
  }

  /**
   * The step's inputs produced on another device, when the GPU is on either side, cross the GPU's
   * host link before the step runs (the CPU and the TPU's DMA work in host memory).
   */
  transfer(si: number, inputs: readonly string[]): StepTransfer {
    const steps = this.model.steps;
    const dev = deviceOf(steps[si]!);
    let bytes = 0;
    for (const name of inputs) {
      const from = this.producerStep.get(name);
      if (from === undefined) continue;
      const fromDev = deviceOf(steps[from]!);
      if (fromDev !== dev && (fromDev === 'gpu' || dev === 'gpu')) bytes += 4 * knownSize(this.model.graph, name);
    }
    return { transferBytes: bytes, transferSeconds: bytes > 0 ? transferSeconds(this.model.deviceModels.gpu, bytes) : 0 };
  }

  /**
   * Drops the values step `si` was the last to read (graph outputs are kept; everything is kept
   * for models that expose all layers, whose runs are inspected value by value).
   */
  release(si: number): void {
    if (this.model.exposeAllLayers) return;
    for (const [name, last] of this.lastRead) {
      if (last !== si || this.keep.has(name) || this.model.graph.initializers.has(name)) continue;
      this.floats.delete(name);
      const q = this.quantized.get(name);
      if (q) this.recycle?.(q);
      this.quantized.delete(name);
    }
  }
}
