// Errors the CLI turns into exit codes: 2 for bad usage or bad input, 1 for a run that failed.
// Imported when an error is to be mapped (main's catch, compare's failed runs, sweep workers), never
// at start: an error of a layer can only be thrown once that layer's module is loaded, so the
// classes checked here are the very ones thrown. The graph's, the runtime's and sim's error
// classes come from their own errors modules, not their index, so that mapping an error does not
// load the runtime, the graph kernels or sim's config schema (zod) (an exception listed in
// docs/DESIGN.md).
import { ExecutionError, GraphError } from '../graph/errors.js';
import { AsmError, DecodeError } from '../isa/index.js';
import { BadInputError, CompileError, RuntimeError } from '../runtime/errors.js';
import { ConfigError, SimError } from '../sim/errors.js';
import { InputError, RunError } from './errors.js';

/**
 * Exit code of an expected error: 2 for bad input (malformed model, topology, config, inputs,
 * assembly), 1 for a run that failed (compile limits, simulator errors, fallback failures);
 * undefined for an unexpected (internal) error.
 */
export function exitCodeFor(e: unknown): number | undefined {
  if (e instanceof InputError || e instanceof RunError) return e.exitCode;
  if (e instanceof ExecutionError) return 1;
  if (
    e instanceof GraphError ||
    e instanceof ConfigError ||
    e instanceof BadInputError ||
    e instanceof AsmError ||
    e instanceof DecodeError
  )
    return 2;
  if (e instanceof CompileError || e instanceof RuntimeError || e instanceof SimError) return 1;
  return undefined;
}
