// Models the reference executor is cross-checked on against onnxruntime. To add one (e.g. a
// model-zoo builder), append a CrossCheckModel to MODELS: `load` returns ONNX bytes or a Graph
// (exported to ONNX for onnxruntime), `inputs` the feeds. ort-crosscheck.test.ts picks them up.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { Graph, type Tensor, execute, exportOnnx, importOnnx } from '../../graph/index.js';
import { ensureFixture, fixtureEntries } from '../fixtures/onnx/fixtures.js';
import { runOrt } from '../fixtures/onnx/ort.js';
import { maxAbs, relDiff } from './ops-helpers.js';

/** One model to run through both our executor and onnxruntime. */
export interface CrossCheckModel {
  name: string;
  /** Test timeout in ms (default 300 s). */
  timeoutMs?: number;
  /** ONNX bytes (imported by our importer) or a Graph (exported for onnxruntime). */
  load(): Uint8Array | Graph;
  /** Feeds for the graph inputs. */
  inputs(): Record<string, Tensor>;
}

/** Agreement required: max |ours - ort| <= REL_TOL * max |ort| per output, i.e. 1e-4 relative to the output's range. */
export const REL_TOL = 1e-4;

// Heavy torchvision exports (hundreds of MB, seconds of compute each) get a longer timeout.
const HEAVY = new Set(['resnet50', 'squeezenet1_0', 'vgg11']);

/** Every model of the cross-check: the ONNX fixtures (torch exports), then anything appended. */
export const MODELS: CrossCheckModel[] = fixtureEntries().map((e) => ({
  name: e.name,
  timeoutMs: HEAVY.has(e.model) ? 600_000 : 300_000,
  load: () => new Uint8Array(readFileSync(ensureFixture(e.name).onnxPath)),
  inputs: () => Object.fromEntries(ensureFixture(e.name).inputs),
}));

/** What a cross-check measured. */
export interface CrossCheckResult {
  /** Worst max|ours - ort| / max|ort| over the outputs. */
  worst: number;
}

/** Runs one model through both engines and asserts agreement to REL_TOL; returns the measurements. */
export async function crossCheck(m: CrossCheckModel): Promise<CrossCheckResult> {
  const loaded = m.load();
  const bytes = loaded instanceof Graph ? exportOnnx(loaded) : loaded;
  const graph = loaded instanceof Graph ? loaded : importOnnx(bytes, { file: m.name });
  const feeds = m.inputs();
  const ours = execute(graph, feeds);
  const theirs = await runOrt(bytes, feeds);
  let worst = 0;
  for (const out of graph.outputs) {
    const a = ours[out.name]!;
    const b = theirs.get(out.name);
    expect(b, `${m.name}: onnxruntime has no output "${out.name}"`).toBeDefined();
    expect(a.dtype, `${m.name}: output "${out.name}" dtype`).toBe(b!.dtype);
    expect(a.shape, `${m.name}: output "${out.name}" shape`).toEqual(b!.shape);
    if (a.dtype !== 'float32' && a.dtype !== 'float64') {
      expect(Array.from(a.data as ArrayLike<number>), `${m.name}: output "${out.name}"`).toEqual(Array.from(b!.data as ArrayLike<number>));
      continue;
    }
    const scale = maxAbs(b!);
    let diff = 0;
    const x = a.data as ArrayLike<number>;
    const y = b!.data as ArrayLike<number>;
    for (let i = 0; i < y.length; i++) diff = Math.max(diff, Math.abs(x[i]! - y[i]!));
    const rel = scale > 0 ? diff / scale : diff;
    worst = Math.max(worst, rel);
    expect(rel, `${m.name}: output "${out.name}" max|diff| / max|ort|`).toBeLessThanOrEqual(REL_TOL);
    // Elements that carry the output (at least a tenth of its largest value) agree elementwise too.
    expect(relDiff(a, b!, 0.1 * scale), `${m.name}: output "${out.name}" elementwise relative`).toBeLessThanOrEqual(REL_TOL);
  }
  return { worst };
}
