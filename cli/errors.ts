// Errors the CLI turns into exit codes: 2 for bad usage or bad input, 1 for a run that failed.
// The graph's and the runtime's error classes come from their own errors modules, not their
// index, so that loading the CLI does not load the runtime or the graph kernels (an exception
// listed in docs/DESIGN.md); likewise sim's errors (sim/index.ts loads zod). isa/ is loaded at start anyway.
import { ExecutionError, GraphError } from '../graph/errors.js';
import { AsmError, DecodeError } from '../isa/index.js';
import { BadInputError, CompileError, RuntimeError } from '../runtime/errors.js';
import { ConfigError, SimError } from '../sim/errors.js';

/** A problem with what the user asked for or gave us (exit code 2). */
export class InputError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** A run that started but failed (exit code 1). */
export class RunError extends Error {
  readonly exitCode = 1;
  constructor(message: string) {
    super(message);
    this.name = 'RunError';
  }
}

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
