// The piscina worker of `tpusim sweep`: runs one point (a model on one config) with the run function
// of a given module and sends back the key totals of its report. Loaded through sweep-worker.mjs
// from the source tree (piscina cannot load .ts on Node 20) or as compiled sweep-worker.js from dist/.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseReport, sweepTotals, type SweepTotals } from '../../reports/index.js';
import { exitCodeFor } from '../exit-codes.js';
import type { HardwareConfigJson, RunModel, RunModelOptions } from './run-deps.js';

/** One point's work, as posted to the worker. */
export interface SweepWorkerTask {
  /** File URL or absolute path of a module exporting `runModel` (the runtime's index, or a test's fake). */
  runModule: string;
  model: string;
  config: HardwareConfigJson;
  options: RunModelOptions;
}

/**
 * What the worker sends back: the totals of a point that ran, or the message of a bad-input error
 * (a malformed model, topology or inputs file), which the CLI exits with 2 for. Other failures are
 * thrown; an error's class does not survive the trip to the main thread, so bad input is sent as a value.
 */
export type SweepWorkerResult =
  | {
      totals: SweepTotals;
      /** Wall-clock epoch milliseconds around the run, measured in the worker. */
      startedAt: number;
      finishedAt: number;
    }
  | { badInput: string };

const loaded = new Map<string, Promise<RunModel>>();

/** Resolves the module's URL; a `.js` path that exists only as `.ts` (the source tree) maps to the `.ts`. */
function moduleUrl(spec: string): URL {
  const url = spec.startsWith('file:') ? new URL(spec) : pathToFileURL(spec);
  const path = fileURLToPath(url);
  if (!existsSync(path) && path.endsWith('.js') && existsSync(path.slice(0, -3) + '.ts')) return new URL(url.href.slice(0, -3) + '.ts');
  return url;
}

async function importRunModel(spec: string): Promise<RunModel> {
  const url = moduleUrl(spec);
  let mod: Record<string, unknown>;
  if (url.pathname.endsWith('.ts')) {
    // only source-tree runs reach here; tsx is a dev dependency, so load it lazily
    const { tsImport } = await import('tsx/esm/api');
    mod = (await tsImport(url.href, import.meta.url)) as Record<string, unknown>;
  } else {
    mod = (await import(url.href)) as Record<string, unknown>;
  }
  const run = mod['runModel'];
  if (typeof run !== 'function') throw new Error(`${fileURLToPath(url)} does not export a runModel function`);
  return run as RunModel;
}

/** Runs one sweep point in the worker. */
export default async function runSweepPoint(task: SweepWorkerTask): Promise<SweepWorkerResult> {
  let run = loaded.get(task.runModule);
  if (!run) {
    run = importRunModel(task.runModule);
    loaded.set(task.runModule, run);
  }
  const runModel = await run;
  const startedAt = Date.now();
  let raw: unknown;
  try {
    raw = await runModel(task.model, task.config, task.options);
  } catch (e) {
    if (exitCodeFor(e) === 2) return { badInput: (e as Error).message || (e as Error).name };
    throw e;
  }
  const report = parseReport(raw);
  const finishedAt = Date.now();
  return { totals: sweepTotals(report), startedAt, finishedAt };
}
