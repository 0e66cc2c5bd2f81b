// Shared checks of the runtime tests: numerics against a float32 reference, and bit-exactness of
// every TPU layer against onnxruntime running the exported quantized graph.
import * as ort from 'onnxruntime-node';
import { expect } from 'vitest';
import type { Tensor } from '../../graph/index.js';
import { exportQuantizedSegment } from '../../runtime/export-quantized.js';
import { quantizeArray } from '../../runtime/hostio.js';
import type { Session, SessionRun } from '../../runtime/index.js';

/** Cosine similarity and max abs error of two float tensors. */
export function compare(a: Tensor, b: Tensor): { cosine: number; maxAbs: number } {
  const x = a.data as Float32Array,
    y = b.data as Float32Array;
  expect(x.length).toBe(y.length);
  let dot = 0,
    nx = 0,
    ny = 0,
    maxAbs = 0;
  for (let i = 0; i < x.length; i++) {
    dot += x[i]! * y[i]!;
    nx += x[i]! * x[i]!;
    ny += y[i]! * y[i]!;
    maxAbs = Math.max(maxAbs, Math.abs(x[i]! - y[i]!));
  }
  return { cosine: nx === 0 && ny === 0 ? 1 : dot / Math.sqrt(nx * ny), maxAbs };
}

/**
 * Checks that every TPU layer's uint8 output (the run must come from a session compiled with
 * `exposeAllLayers`) equals onnxruntime's on the exported quantized graph, segment by segment,
 * feeding onnxruntime exactly the uint8 inputs the TPU got. Returns how many layers were checked
 * and how many could not be exported (sigmoid/tanh layers, and what reads them).
 */
export async function expectBitExact(
  session: Session,
  run: SessionRun,
  feeds: Record<string, Tensor>,
): Promise<{ checked: number; skipped: number }> {
  let checked = 0;
  let skipped = 0;
  const segments = session.steps.filter((s) => s.kind === 'tpu').length;
  for (let i = 0; i < segments; i++) {
    const seg = exportQuantizedSegment(session, i);
    skipped += seg.skipped.length;
    if (seg.outputs.size === 0) continue;
    const ortFeeds: Record<string, ort.Tensor> = {};
    for (const name of seg.inputs) {
      const dtype = session.graph.typeOf(name)!.dtype;
      if (dtype === 'int64' || dtype === 'int32') {
        // gather indices go in as they are
        const t = feeds[name] ?? (await run.values.get(name));
        ortFeeds[name] = new ort.Tensor(dtype, t!.data as BigInt64Array | Int32Array, t!.shape as number[]);
        continue;
      }
      const known = run.quantized.get(name);
      const values =
        known ?? quantizeArray((feeds[name] ?? (await run.values.get(name)))!.data as Float32Array, session.qparams.get(name)!);
      ortFeeds[name] = new ort.Tensor('uint8', values, session.graph.typeOf(name)!.shape as number[]);
    }
    // level 'basic': from 'extended' up onnxruntime fuses DQ → Add → Q into QLinearAdd, which rounds ties differently
    const sess = await ort.InferenceSession.create(seg.onnx, { graphOptimizationLevel: 'basic' });
    const out = await sess.run(ortFeeds);
    for (const [layer, value] of seg.outputs) {
      const l = session.layers.find((x) => x.name === layer)!;
      if (l.kind === 'view') continue;
      const tpu = run.quantized.get(l.output);
      expect(tpu, `TPU value of ${layer}`).toBeDefined();
      const want = out[value]!.data as Uint8Array;
      let mismatches = 0;
      for (let k = 0; k < want.length; k++) if (want[k] !== tpu![k]) mismatches++;
      expect(mismatches, `${layer}: ${mismatches} of ${want.length} uint8 values differ from onnxruntime`).toBe(0);
      checked++;
    }
    await sess.release();
  }
  return { checked, skipped };
}
