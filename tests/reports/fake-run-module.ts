// A stand-in for the runtime's runModel in sweep-pool tests: busy-waits (CPU-bound, so only real
// parallelism overlaps points), then returns the runtime's real report of the config it was given.
// Arrays wider than 512 columns are rejected, standing in for a run that fails.
import type { Report } from '../../reports/index.js';
import { runModel as runtimeRunModel } from '../../runtime/index.js';
import { parseConfig } from '../../sim/index.js';

/** How long each fake run keeps its thread busy. */
export const FAKE_RUN_MS = 400;

/** Same signature as the runtime's runModel. */
export async function runModel(
  model: string,
  config: Record<string, unknown>,
  opts: { batch?: number; device?: 'cpu' | 'gpu' },
): Promise<Report> {
  const end = Date.now() + FAKE_RUN_MS;
  while (Date.now() < end) {
    // busy: a sleeping fake would overlap even on one thread
  }
  const cols = (config['matrix'] as { cols: number }).cols;
  if (cols > 512) throw new Error(`matrix.cols = ${cols}: the fake runtime cannot place a layer on an array this wide`);
  return runtimeRunModel(model, parseConfig(config), opts);
}
