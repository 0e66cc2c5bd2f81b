// Public face of runtime/compile/: compiling a model, pass by pass — normalise (normalise.ts),
// layers (layers.ts, with the TPU emitters' recognisers), placement (devices/), calibration and
// quantization (calibrate.ts), segmenting (segments.ts), lowering (lower-model.ts, lower/) — into
// a CompiledModel (plain data). When one layer alone does not fit the Unified Buffer at the
// requested batch, the batch is split into micro-batches that do (halving until it fits).
import type { Graph, Tensor } from '../../graph/index.js';
import type { HardwareConfig } from '../../sim/index.js';
import { batchDim, batchSplittable, concatOutputs, splitCount, splitFeeds } from '../batch.js';
import type { CompiledModel } from '../compiled-model.js';
import { DEVICE_PRESETS, type DeviceModel, type DeviceName, createDevices, placeLayers } from '../devices/index.js';
import { CapacityError } from '../errors.js';
import type { ConvMapping } from '../lower/index.js';
import type { KeptLstm } from '../lstm.js';
import { type Observed, calibrate, timingOnlyCalibration } from './calibrate.js';
import { buildLayers } from './layers.js';
import { lowerSteps } from './lower-model.js';
import { normaliseGraph, randomInputs } from './normalise.js';
import { formSteps } from './segments.js';
import { microBatchOverflow } from './ub-overflow.js';

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
  /** The calibration samples at this batch: split from the whole batch's on first use (a recompilation reusing the ranges never uses them). */
  samples: () => Record<string, Tensor>[];
  referenceParts: number;
  /** Ranges a failed attempt at a larger batch measured (set by compileMicroBatch, reused by the next attempt). */
  observed?: Observed;
  /** Layers the TPU must refuse, and why (those whose working set the UB cannot hold even alone). */
  tooLarge: Map<string, string>;
  /** Milliseconds of calibration so far, over every attempt (each calibrate call adds its own). */
  spent: { calibrationMs: number };
}

/**
 * Runs the passes after normalisation on one (micro-)batch. The result's batch fields,
 * calibration feeds and timings are the caller's to set.
 */
function compileMicroBatch(opts: CompileOptions, at: MicroBatch): CompiledModel {
  const devices = opts.devices ?? ['tpu', 'gpu', 'cpu'];
  const deviceModels = { cpu: opts.deviceModels?.cpu ?? DEVICE_PRESETS.cpu, gpu: opts.deviceModels?.gpu ?? DEVICE_PRESETS.gpu };
  const { graph, kept } = at.normalised;
  const layers = buildLayers(graph);
  const place = (refused?: Map<string, string>) => placeLayers(graph, layers, devices, createDevices(opts.config, deviceModels), refused);
  let placement = place();
  // every pass counts towards calibrationMs, re-calibrations after a placement change included
  const measure = (observed: Observed | undefined) => {
    const c = calibrate(graph, layers, placement, at.samples, at.referenceParts, observed);
    at.spent.calibrationMs += c.ms;
    return c;
  };
  let calibration = opts.timingOnly ? timingOnlyCalibration(layers, placement) : measure(at.observed);
  at.observed = calibration.observed;
  // a value calibration finds unbounded (an additive attention mask's -inf) has no uint8 parameters:
  // the TPU layers reading or writing it go to a fallback device, and placement and calibration are
  // redone (the ranges measured are reused) until every TPU value is bounded
  const refused = new Map<string, string>(at.tooLarge);
  if (refused.size > 0) {
    placement = place(refused);
    calibration = measure(calibration.observed);
  }
  while (calibration.unquantizable.size > 0) {
    const before = refused.size;
    for (const l of layers) {
      if (placement.get(l.name)!.device !== 'tpu') continue;
      const value = [...l.inputs, l.output].find((v) => calibration.unquantizable.has(v));
      if (value === undefined) continue;
      const r = calibration.unquantizable.get(value)!;
      refused.set(
        l.name,
        `"${value}" ranges over [${r.min}, ${r.max}] in calibration, which no uint8 scale covers (an infinite value such as an additive mask's -inf)`,
      );
    }
    if (refused.size === before) break;
    placement = place(refused);
    calibration = measure(calibration.observed);
  }
  const steps = formSteps(layers, placement, opts.isolateLayers ?? false);
  const exposeAllLayers = opts.exposeAllLayers ?? false;
  const lowered = lowerSteps(graph, layers, steps, calibration.qparams, {
    config: opts.config,
    convMapping: opts.convMapping ?? 'auto',
    exposeAllLayers,
    timingOnly: opts.timingOnly,
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
    ubOverflows: lowered.overflows,
    notes: [
      ...lowered.notes,
      ...kept.map((k) => `${k.op ?? 'LSTM'} "${k.node}" runs whole on a fallback device: ${k.reason}`),
      ...(calibration.observed?.why ? [`the float32 calibration ran on the JavaScript kernels: ${calibration.observed.why}`] : []),
    ],
    devices,
    deviceModels,
    batch: 0,
    microBatch: 0,
    exposeAllLayers,
    // feeds: the whole batch's first sample, which the caller sets
    calibration: { feeds: {}, outputs: refs.length <= 1 ? refs[0] : concatOutputs(graph, refs) },
    compileMs: 0,
    calibrationMs: 0,
  };
}

/** Compiles a graph for a hardware config (in micro-batches when one layer does not fit at the whole batch). */
export function compileModel(source: Graph, opts: CompileOptions): CompiledModel {
  const t0 = performance.now();
  const first = normaliseGraph(source, opts.batch);
  const axis = opts.batchAxis ?? 0;
  const batch = opts.batch ?? batchDim(first.graph, axis);
  const full = opts.calibration ?? [randomInputs(first.graph, opts.seed ?? 1)];
  let micro = batch;
  let observed: Observed | undefined; // the whole batch's ranges, measured once
  let whyNot: CapacityError | undefined; // why the whole batch did not fit (the first capacity error)
  const tooLarge = new Map<string, string>();
  const spent = { calibrationMs: 0 };
  for (;;) {
    try {
      // the first attempt compiles the graph normalised above; micro-batches re-normalise at their batch
      const at: MicroBatch = {
        normalised: micro === batch ? first : normaliseGraph(source, micro),
        samples: micro === batch ? () => full : once(() => full.flatMap((feeds) => splitFeeds(feeds, micro))),
        // the parts of the first sample: their float32 outputs are the reference for its runs
        referenceParts: micro === batch ? 1 : splitCount(full[0]!, micro),
        observed,
        tooLarge,
        spent,
      };
      let compiled: CompiledModel;
      try {
        compiled = compileMicroBatch(opts, at);
      } finally {
        observed ??= at.observed;
      }
      compiled.batch = batch;
      compiled.microBatch = micro;
      compiled.calibration.feeds = full[0]!;
      // the user waits for every attempt: failed larger batches count towards both timings
      compiled.compileMs = performance.now() - t0;
      compiled.calibrationMs = spent.calibrationMs;
      if (micro !== batch && whyNot) {
        compiled.notes.push(
          `batch ${batch} runs as ${Math.ceil(batch / micro)} micro-batches of at most ${micro}, each a round trip through host memory: the working set does not fit the Unified Buffer at batch ${batch} (${whyNot.message})`,
        );
        compiled.ubOverflows.unshift(microBatchOverflow(whyNot, opts.config, batch, micro));
      }
      return compiled;
    } catch (e) {
      if (!(e instanceof CapacityError)) throw e;
      // micro-batches split dimension 0 only
      if (micro > 1 && axis === 0 && batchSplittable(first.graph, batch)) {
        if (micro === batch) whyNot = e;
        micro = Math.ceil(micro / 2);
        continue;
      }
      // no smaller batch: the layer that does not fit even alone runs on a fallback device
      if (!e.layer || tooLarge.has(e.layer)) throw e;
      tooLarge.set(e.layer, tooLargeReason(e));
    }
  }
}

/** `f`, called at most once: later calls return its first result. */
function once<T>(f: () => T): () => T {
  let cached: { value: T } | undefined;
  return () => (cached ??= { value: f() }).value;
}

/** Why a layer whose working set the UB cannot hold even alone is refused (the placement reason). */
function tooLargeReason(e: CapacityError): string {
  const s = e.shortfall;
  if (!s) return `the TPU cannot hold its working set: ${e.message}`;
  return `the Unified Buffer cannot hold its working set even in a TPU program of its own at the smallest batch: ${s.what} needs ${s.rows} rows, the largest free range is ${s.largestFreeRows} of ${s.totalRows}`;
}
