// The segmenting pass: consecutive TPU layers form one segment (one program); each fallback layer
// is a step of its own. SCALE-Sim topologies isolate every TPU layer (their rows are independent
// layers). Segments that do not fit the Unified Buffer are split later, while lowering.
import type { CompiledModel, Step } from '../compiled-model.js';
import type { Layer } from '../layers.js';
import type { CompiledSegment } from '../lower/index.js';

/** A TPU step whose segment is not lowered yet. */
export function unloweredTpuStep(index: number, layers: Layer[]): Extract<Step, { kind: 'tpu' }> {
  return { kind: 'tpu', index, segment: undefined as unknown as CompiledSegment, layers };
}

/** The steps of a placed model, in graph order. */
export function formSteps(layers: readonly Layer[], placement: CompiledModel['placement'], isolateLayers: boolean): Step[] {
  const steps: Step[] = [];
  let run: Layer[] = [];
  const flush = () => {
    if (run.length) steps.push(unloweredTpuStep(steps.filter((s) => s.kind === 'tpu').length, run));
    run = [];
  };
  for (const l of layers) {
    const d = placement.get(l.name)!.device;
    if (d === 'tpu') {
      run.push(l);
      if (isolateLayers && l.kind !== 'view') flush();
    } else {
      flush();
      steps.push({ kind: 'fallback', device: d, layer: l });
    }
  }
  flush();
  return steps;
}
