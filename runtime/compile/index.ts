// Public face of runtime/compile/: compiling a model, pass by pass — normalise (normalise.ts),
// layers (layers.ts, with the TPU emitters' recognisers), placement (devices/), calibration and
// quantization (calibrate.ts), segmenting (segments.ts), lowering (lower-model.ts, lower/) — into
// a CompiledModel (plain data). When one layer alone does not fit the Unified Buffer at the
// requested batch, the batch is split into micro-batches that do (halving until it fits).
import type { Graph, Tensor } from '../../graph/index.js';
import type { HardwareConfig } from '../../sim/index.js';
import { batchDim, batchSplittable, concatOutputs, splitFeeds } from '../batch.js';
import type { CompiledModel } from '../compiled-model.js';
import { DEVICE_PRESETS, type DeviceModel, type DeviceName, createDevices, placeLayers } from '../devices/index.js';
import { CapacityError } from '../errors.js';
import type { ConvMapping } from '../lower/index.js';
import type { KeptLstm } from '../lstm.js';
import { calibrate, timingOnlyCalibration } from './calibrate.js';
import { buildLayers } from './layers.js';
import { lowerSteps } from './lower-model.js';
import { normaliseGraph, randomInputs } from './normalise.js';
import { formSteps } from './segments.js';

export { buildLayers } from './layers.js';
export { normaliseGraph, randomInputs } from './normalise.js';

/** How to compile. */
export interface CompileOptions {
  config: HardwareConfig;
  /** Batch size: binds symbolic batch dims, or replaces the leading dim of every input. */
  batch?: number;
  /** Device priority order (default tpu, gpu, cpu). */
  devices?: DeviceName[];
  /** Roofline models of the fallback devices (default: the paper's Haswell and K80). */
  deviceModels?: Partial<Record<'cpu' | 'gpu', DeviceModel>>;
  /** Mapping of convolutions whose input comes from the host (default auto: fewer estimated cycles). */
  convMapping?: ConvMapping;
  /** Calibration inputs (default: one seeded random batch, see `randomInputs`). */
  calibration?: Record<string, Tensor>[];
  /** Seed for generated inputs. */
  seed?: number;
  /** Make every TPU layer its own program (SCALE-Sim topologies: independent layers). */
  isolateLayers?: boolean;
  /** Write every TPU layer's output back to host memory (to inspect or check each layer). */
  exposeAllLayers?: boolean;
  /** Axis of the batch dimension in the inputs and outputs (default 0; 1 for sequence-major models). */
  batchAxis?: number;
  /** Compile for timing only (SCALE-Sim topologies, whose weights are made up): no float32 calibration run. */
  timingOnly?: boolean;
}

/** The batch a compilation runs at: the micro-batch, its calibration samples, how many of them make up the first batch. */
interface MicroBatch {
  normalised: { graph: Graph; kept: KeptLstm[] };
  samples: Record<string, Tensor>[];
  referenceParts: number;
}

/**
 * Runs the passes after normalisation on one (micro-)batch. `t0`: when compiling started
 * (normalisation included). The result's batch fields and calibration feeds are the caller's to set.
 */
function compileMicroBatch(opts: CompileOptions, at: MicroBatch, t0: number): CompiledModel {
  const devices = opts.devices ?? ['tpu', 'gpu', 'cpu'];
  const deviceModels = { cpu: opts.deviceModels?.cpu ?? DEVICE_PRESETS.cpu, gpu: opts.deviceModels?.gpu ?? DEVICE_PRESETS.gpu };
  const { graph, kept } = at.normalised;
  const layers = buildLayers(graph);
  const placement = placeLayers(graph, layers, devices, createDevices(opts.config, deviceModels));
  const calibration = opts.timingOnly
    ? timingOnlyCalibration(layers, placement)
    : calibrate(graph, layers, placement, at.samples, at.referenceParts);
  const steps = formSteps(layers, placement, opts.isolateLayers ?? false);
  const exposeAllLayers = opts.exposeAllLayers ?? false;
  const lowered = lowerSteps(graph, layers, steps, calibration.qparams, {
    config: opts.config,
    convMapping: opts.convMapping ?? 'auto',
    exposeAllLayers,
  });
  const refs = calibration.referenceOutputs;
  return {
    config: opts.config,
    graph,
    layers,
    placement,
    steps,
    qparams: calibration.qparams,
    weights: lowered.weights,
    notes: [...lowered.notes, ...kept.map((k) => `LSTM "${k.node}" runs whole on a fallback device: ${k.reason}`)],
    devices,
    deviceModels,
    batch: 0,
    microBatch: 0,
    exposeAllLayers,
    calibration: { feeds: at.samples[0]!, outputs: refs.length <= 1 ? refs[0] : concatOutputs(graph, refs) },
    compileMs: performance.now() - t0,
    calibrationMs: calibration.ms,
  };
}

/** Compiles a graph for a hardware config (in micro-batches when one layer does not fit at the whole batch). */
export function compileModel(source: Graph, opts: CompileOptions): CompiledModel {
  let t0 = performance.now();
  const first = normaliseGraph(source, opts.batch);
  const axis = opts.batchAxis ?? 0;
  const batch = opts.batch ?? batchDim(first.graph, axis);
  const full = opts.calibration ?? [randomInputs(first.graph, opts.seed ?? 1)];
  let micro = batch;
  let whyNot = ''; // why the whole batch did not fit (the first capacity error)
  for (;;) {
    try {
      // the first attempt compiles the graph normalised above; micro-batches re-normalise at their batch
      const compiled = compileMicroBatch(
        opts,
        {
          normalised: micro === batch ? first : normaliseGraph(source, micro),
          samples: micro === batch ? full : full.flatMap((feeds) => splitFeeds(feeds, micro)),
          // the parts of the first sample: their float32 outputs are the reference for its runs
          referenceParts: micro === batch ? 1 : splitFeeds(full[0]!, micro).length,
        },
        t0,
      );
      compiled.batch = batch;
      compiled.microBatch = micro;
      compiled.calibration.feeds = full[0]!;
      if (micro !== batch)
        compiled.notes.push(
          `batch ${batch} runs as ${Math.ceil(batch / micro)} micro-batches of at most ${micro}, each a round trip through host memory: the working set does not fit the Unified Buffer at batch ${batch} (${whyNot})`,
        );
      return compiled;
    } catch (e) {
      // micro-batches split dimension 0 only
      if (!(e instanceof CapacityError) || micro <= 1 || axis !== 0 || !batchSplittable(first.graph, batch)) throw e;
      if (micro === batch) whyNot = e.message;
      micro = Math.ceil(micro / 2);
      t0 = performance.now();
    }
  }
}
