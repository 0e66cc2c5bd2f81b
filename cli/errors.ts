// The CLI's own errors: 2 for bad usage or bad input, 1 for a run that failed. This module imports
// nothing, so every command can throw them without loading anything at start (`tpusim --help`);
// the mapping of every layer's errors to exit codes is in exit-codes.ts, loaded when one happens.

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
