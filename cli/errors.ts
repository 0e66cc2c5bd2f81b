// Errors the CLI turns into exit codes: 2 for bad usage or bad input, 1 for a run that failed.

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
