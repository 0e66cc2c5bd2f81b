// Errors of the compiler and the runtime.

/** The model cannot be compiled as asked (names the layer/tensor and the sizes involved). */
export class CompileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CompileError';
  }
}

/** A tensor the Unified Buffer could not hold: its allocator's name for it, its rows, the largest free range, all rows. */
export interface UbShortfall {
  what: string;
  rows: number;
  largestFreeRows: number;
  totalRows: number;
}

/** A segment does not fit the Unified Buffer; `layerIndex` is the layer being lowered when it ran out. */
export class CapacityError extends CompileError {
  constructor(
    message: string,
    readonly layerIndex: number,
    /** What did not fit, in UB rows (for the report's ubOverflows); absent for other capacity limits. */
    readonly shortfall?: UbShortfall,
  ) {
    super(message);
    this.name = 'CapacityError';
  }
  /** The layer that does not fit even as the first of its TPU program (set by the lowering pass). */
  layer?: string;
}

/** A run failed (simulator error, fallback worker failure, bad inputs). */
export class RuntimeError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RuntimeError';
  }
}

/** A file or value the user gave is malformed (an inputs file, a model spec). */
export class BadInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BadInputError';
  }
}
