// Errors of the simulator's TypeScript side. Each message names the place: the config field, or
// the instruction (index plus its source line or disassembly).

/** A hardware config that is malformed or does not validate; the message names the field. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/**
 * A problem the simulated machine reports. `phase` says whether the program was rejected when
 * loading (bad program: out-of-range addresses, missing HALT, ...) or failed while running
 * (cycle limit, deadlock, internal error). `code` is the CORE_ERRORS name, `pc` the instruction
 * (-1 when none applies).
 */
export class SimError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly phase: 'load' | 'run',
    readonly pc: number,
    readonly args: readonly bigint[] = [],
  ) {
    super(message);
    this.name = 'SimError';
  }
}
