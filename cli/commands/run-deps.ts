// What `compare` and `sweep` need from the rest of tpusim, injected so that tests can pass a
// stand-in runtime and the CLI loads the real one only when a command runs: running a model,
// loading and overriding configs.
import { existsSync } from 'node:fs';
import type { Report } from '../../reports/index.js';
import type { RunModelOptions as RuntimeRunOptions } from '../../runtime/index.js';
import { InputError } from '../errors.js';

/** A hardware config as JSON (sim/config.ts's HardwareConfig). */
export type HardwareConfigJson = Record<string, unknown>;

/** Options of one model run that `compare` and `sweep` pass (the runtime's, type-only: nothing loads). */
export type RunModelOptions = Pick<RuntimeRunOptions, 'batch' | 'fidelity' | 'device'>;

/** Runs a model (a file path or `zoo:NAME`) on a config and returns its report: the runtime's `runModel`. */
export type RunModel = (model: string, config: HardwareConfigJson, opts: RunModelOptions) => Promise<Report>;

/** Where a command writes; defaults to the process's streams. */
export interface CommandIo {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
}

/** The process's own stdout and stderr. */
export function processIo(): CommandIo {
  return { stdout: process.stdout, stderr: process.stderr };
}

/** Loads a preset by name or a config file (sim's `loadConfig`). */
export type LoadConfig = (nameOrFile: string) => HardwareConfigJson;

/** Loads a config for an option, turning any failure into a usage error that names the option. */
export function loadConfigFor(load: LoadConfig, nameOrFile: string, option: string): HardwareConfigJson {
  try {
    return load(nameOrFile);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`${option} ${nameOrFile}: ${(e as Error).message}`);
  }
}

/** Parses a positive (or, with `min` 0, non-negative) integer option value, or fails naming the option. */
export function positiveInt(option: string, text: string, min: 0 | 1 = 1): number {
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(n) || n < min) {
    throw new InputError(`${option} ${text}: expected a ${min === 0 ? 'non-negative' : 'positive'} integer`);
  }
  return n;
}

/** Checks `--fidelity`. */
export function fidelityOption(text: string | undefined): 'fast' | 'exact' | undefined {
  if (text === undefined || text === 'fast' || text === 'exact') return text;
  throw new InputError(`--fidelity ${text}: expected fast or exact`);
}

/** The run options `--batch` and `--fidelity` give (each only when given). */
export function baseRunOptions(opts: { batch?: string; fidelity?: string }): RunModelOptions {
  return {
    ...(opts.batch !== undefined ? { batch: positiveInt('--batch', opts.batch) } : {}),
    ...(opts.fidelity !== undefined ? { fidelity: fidelityOption(opts.fidelity) } : {}),
  };
}

/** Splits a comma-separated option into trimmed, non-empty items, or fails naming the option. */
export function listOption(option: string, text: string): string[] {
  const items = text.split(',').map((s) => s.trim());
  if (items.some((s) => s === '')) throw new InputError(`${option} ${text}: empty item in the comma-separated list`);
  return items;
}

/** Checks that MODEL names a zoo model or an existing file (the runtime says more about its content). */
export function checkModelArgument(model: string): void {
  if (!model.startsWith('zoo:') && !existsSync(model))
    throw new InputError(`${model}: no such file (give an .onnx or .csv file, or zoo:NAME)`);
}
