// The lowering pass over a whole model: each TPU segment becomes one program sharing one weight
// image (its programs share tiles, and it is loaded once). A segment that does not fit the Unified
// Buffer is split where it ran out (the tensors crossing the cut go through host memory).
import { type Graph, madeUpWeightsOf } from '../../graph/index.js';
import type { HardwareConfig } from '../../sim/index.js';
import type { Step, UbOverflow } from '../compiled-model.js';
import { CapacityError, CompileError } from '../errors.js';
import type { Layer } from '../layers.js';
import { type ConvMapping, type TileEntry, hardwareShape, lowerSegment } from '../lower/index.js';
import { WeightImage } from '../program.js';
import type { QParams } from '../quantize.js';
import { unloweredTpuStep } from './segments.js';
import { programSplitOverflow } from './ub-overflow.js';

/** What lowering needs besides the steps. */
export interface LowerModelOptions {
  config: HardwareConfig;
  convMapping: ConvMapping;
  /** Write every TPU layer's output back to host memory. */
  exposeAllLayers: boolean;
  /** A timing-only compile: the weight image places tiles but keeps none of their bytes (WeightImage). */
  timingOnly?: boolean;
}

/** Values a segment produces that layers outside it, or the graph outputs, read. */
function consumersOutside(graph: Graph, layers: readonly Layer[], segLayers: Layer[]): string[] {
  const inside = new Set(segLayers.map((l) => l.name));
  const produced = new Set(segLayers.map((l) => l.output));
  const needed = new Set<string>();
  for (const l of layers) if (!inside.has(l.name)) for (const i of l.inputs) if (produced.has(i)) needed.add(i);
  for (const o of graph.outputs) if (produced.has(o.name)) needed.add(o.name);
  return [...needed];
}

/**
 * Lowers every TPU step of `steps` in place (splitting those that do not fit, and numbering the
 * TPU steps); returns the weight image, and a note and an overflow record per split.
 */
export function lowerSteps(
  graph: Graph,
  layers: readonly Layer[],
  steps: Step[],
  qparams: Map<string, QParams>,
  opts: LowerModelOptions,
): { weights: Uint8Array; notes: string[]; overflows: UbOverflow[] } {
  const hw = hardwareShape(opts.config);
  const tags = new Map<string, number>();
  layers.forEach((l, i) => tags.set(l.name, i + 1));
  // made-up weights (a SCALE-Sim topology's): no sharing by content in either kind of compile, so a
  // timing-only one can skip their values and still place every tile and block as a full one does
  const madeUp = madeUpWeightsOf(graph);
  if (madeUp === 'none' && !opts.timingOnly)
    throw new CompileError(`graph "${graph.name}" was built without weight values: it compiles for timing only`);
  const madeUpWeights = madeUp === undefined ? undefined : { values: !opts.timingOnly };
  const image = new WeightImage(hw.rows * hw.cols, !opts.timingOnly, madeUp === undefined);
  const tileCache = new Map<string, TileEntry>();
  const notes: string[] = [];
  const overflows: UbOverflow[] = [];
  for (let si = 0; si < steps.length; si++) {
    const step = steps[si]!;
    if (step.kind !== 'tpu') continue;
    const produced = new Set(step.layers.map((l) => l.output));
    const inputs = [...new Set(step.layers.flatMap((l) => l.inputs).filter((i) => !produced.has(i)))];
    const outputs = new Set(consumersOutside(graph, layers, step.layers));
    if (opts.exposeAllLayers) for (const l of step.layers) if (l.kind !== 'view') outputs.add(l.output);
    try {
      step.segment = lowerSegment({
        graph,
        layers: step.layers,
        qparams,
        inputs,
        outputs: [...outputs],
        hw,
        weights: image,
        tags,
        convMapping: opts.convMapping,
        tileCache,
        madeUpWeights,
      });
      notes.push(...(step.segment.overwrites ?? []));
    } catch (e) {
      if (!(e instanceof CapacityError)) throw e;
      if (e.layerIndex === 0 || step.layers.length === 1) {
        e.layer = step.layers[e.layerIndex]?.name;
        throw e;
      }
      const cut = e.layerIndex;
      notes.push(`the TPU program was split before layer "${step.layers[cut]!.name}": ${e.message}`);
      overflows.push(programSplitOverflow(e, opts.config, graph, step.layers.slice(0, cut), step.layers.slice(cut)));
      steps.splice(si + 1, 0, unloweredTpuStep(0, step.layers.slice(cut)));
      step.layers = step.layers.slice(0, cut);
      si--;
    }
  }
  let tpuIndex = 0;
  for (const st of steps) if (st.kind === 'tpu') st.index = tpuIndex++;
  return { weights: image.bytes(), notes, overflows };
}
