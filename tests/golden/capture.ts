// What a golden records of a model run: report.json without its timestamp and host timings, the
// disassembly of every compiled TPU program, and sha256s of the weight image and of each
// program's parameter block. Shared by the golden suites and scripts/zoo-snapshot.ts.
import { join, relative } from 'node:path';
import { disassemble, encodeProgram } from '../../isa/index.js';
import type { Report } from '../../reports/index.js';
import { type LoadedModel, type RunModelOptions, Session, runModelDetailed } from '../../runtime/index.js';
import type { HardwareConfig } from '../../sim/index.js';
import { sha256 } from './golden.js';

/** The recorded form of one model run. */
export interface ModelCapture {
  /** report.json minus `createdAt`, `host` and the layers' `measuredMs` (host timings). */
  report: Record<string, unknown>;
  /** Disassembly of each TPU program, in step order. */
  programs: string[];
  /** sha256 of the model's weight image, of each program's parameter block, and of each disassembly. */
  hashes: { weights: string; weightBytes: number; params: string[]; programs: string[] };
}

/** The repository's root: model paths under it are recorded relative to it. */
const REPO_ROOT = join(import.meta.dirname, '..', '..');

/**
 * Report fields that are timestamps or measured host times (they vary run to run by nature); the
 * model's path is made relative to the repository, so a checkout elsewhere (CI's) records the same.
 */
export function stripTimings(report: Report): Record<string, unknown> {
  const { createdAt: _c, host: _h, layers, ...rest } = report;
  const path = rest.model.path === null ? null : relative(REPO_ROOT, rest.model.path);
  return { ...rest, model: { ...rest.model, path }, layers: layers.map(({ measuredMs: _m, ...l }) => l) };
}

/**
 * Compiles and runs a model as `runModelDetailed` does (so `tpusim run` is what is recorded) and
 * captures the compiled session it created, for its programs and weight image.
 */
export async function captureModel(model: string | LoadedModel, config: HardwareConfig, opts: RunModelOptions = {}): Promise<ModelCapture> {
  const create = Session.create.bind(Session);
  let session: Session | undefined;
  Session.create = (...args: Parameters<typeof Session.create>) => (session = create(...args));
  let report: Report;
  try {
    ({ report } = await runModelDetailed(model, config, opts));
  } finally {
    Session.create = create;
  }
  if (!session) throw new Error('runModelDetailed did not compile through Session.create');
  const programs: string[] = [];
  const params: string[] = [];
  for (const step of session.steps) {
    if (step.kind !== 'tpu') continue;
    programs.push(disassemble(encodeProgram({ instructions: step.segment.program })));
    params.push(sha256(step.segment.params));
  }
  return {
    report: stripTimings(report),
    programs,
    hashes: { weights: sha256(session.weights), weightBytes: session.weights.length, params, programs: programs.map((p) => sha256(p)) },
  };
}
