// Tables shared by the TypeScript side and the AssemblyScript core: the counters (their order is
// the layout of the core's counter arrays) and the error codes the core reports. Constants for the
// core are generated from this file at build time (scripts/gen-asc-isa.ts → asc/generated/core.ts).

/** One counter: its JSON name, how it is attributed to tags, and a one-line definition. */
export interface CounterSpec {
  name: string;
  /** 'cycle': attributed to the oldest unfinished instruction; 'work': to the instruction that did the work. */
  attribution: 'cycle' | 'work';
  doc: string;
}

/** Every counter the core keeps, totals and per tag. Names are the JSON names used everywhere. */
export const COUNTERS: readonly CounterSpec[] = [
  {
    name: 'cycles',
    attribution: 'cycle',
    doc: 'cycles of the run (per tag: cycles in which this tag held the oldest unfinished instruction)',
  },
  { name: 'activeCycles', attribution: 'cycle', doc: 'matrix-unit cycles issuing an input vector into the array' },
  { name: 'weightStallCycles', attribution: 'cycle', doc: 'matrix-unit cycles waiting for a weight tile to arrive from weight memory' },
  { name: 'weightShiftCycles', attribution: 'cycle', doc: 'matrix-unit cycles waiting for an arrived weight tile to shift into the array' },
  {
    name: 'nonMatrixCycles',
    attribution: 'cycle',
    doc: 'matrix-unit cycles with no multiply able to run for other reasons (no work, data hazards, host DMA, drain)',
  },
  {
    name: 'rawStallCycles',
    attribution: 'cycle',
    doc: 'cycles a waiting multiply spent on a read-after-write (or other data) hazard with the activation unit or the vector unit; overlaps the classes above',
  },
  {
    name: 'inputStallCycles',
    attribution: 'cycle',
    doc: 'cycles a waiting multiply spent on host DMA (PCIe) transfers of its operands; overlaps the classes above',
  },
  { name: 'usefulMacs', attribution: 'work', doc: "MAC slots of active cycles that hold a real weight (the tile's usedRows x usedCols)" },
  { name: 'unusedMacs', attribution: 'work', doc: 'MAC slots of active cycles without a real weight (tile padding)' },
  { name: 'hostBusyCycles', attribution: 'work', doc: 'cycles the host interface spent transferring (latency excluded)' },
  {
    name: 'weightBusyCycles',
    attribution: 'work',
    doc: "cycles the weight fetcher's channel spent transferring tiles (from weight memory, or from the Unified Buffer with READ_WEIGHTS ub)",
  },
  { name: 'matrixBusyCycles', attribution: 'work', doc: 'cycles the matrix unit spent issuing vectors (len x p per multiply)' },
  { name: 'activationBusyCycles', attribution: 'work', doc: 'cycles the activation unit spent taking accumulator rows' },
  { name: 'fifoFullStallCycles', attribution: 'work', doc: 'cycles the weight fetcher waited for a free FIFO slot (and nothing else)' },
  { name: 'hostToUbBytes', attribution: 'work', doc: 'bytes moved host memory -> Unified Buffer' },
  { name: 'dramToFifoBytes', attribution: 'work', doc: 'bytes moved weight memory -> weight FIFO' },
  { name: 'ubToFifoBytes', attribution: 'work', doc: 'bytes moved Unified Buffer -> weight FIFO (READ_WEIGHTS ub: R x C per tile)' },
  { name: 'ubToArrayBytes', attribution: 'work', doc: 'bytes read from the Unified Buffer into the matrix unit' },
  { name: 'accToActivationBytes', attribution: 'work', doc: 'bytes read from the accumulators by the activation unit' },
  { name: 'activationToUbBytes', attribution: 'work', doc: 'bytes written to the Unified Buffer by the activation unit' },
  {
    name: 'vectorBusyCycles',
    attribution: 'work',
    doc: 'cycles the vector unit spent on VECTOR instructions (setup + steps, latency excluded)',
  },
  {
    name: 'ubToVectorBytes',
    attribution: 'work',
    doc: 'bytes read from the Unified Buffer by the vector unit (operand rows x lanes, plus tables and parameter blocks)',
  },
  { name: 'vectorToUbBytes', attribution: 'work', doc: 'bytes written to the Unified Buffer by the vector unit' },
  { name: 'ubToHostBytes', attribution: 'work', doc: 'bytes moved Unified Buffer -> host memory' },
  { name: 'instructions', attribution: 'work', doc: 'instructions executed' },
];

/** Index of a counter in the core's arrays. */
export function counterIndex(name: string): number {
  const i = COUNTERS.findIndex((c) => c.name === name);
  if (i < 0) throw new Error(`unknown counter ${name}`);
  return i;
}

/**
 * Errors the core reports: a code, the instruction index (pc) and up to three numeric arguments.
 * `message` is a template; {0} {1} {2} are the arguments.
 */
export interface CoreErrorSpec {
  name: string;
  code: number;
  message: string;
}

export const CORE_ERRORS: readonly CoreErrorSpec[] = [
  { name: 'OK', code: 0, message: 'no error' },
  { name: 'UB_RANGE', code: 1, message: 'Unified Buffer rows {0}..{1} are out of range (the UB has {2} rows)' },
  { name: 'ACC_RANGE', code: 2, message: 'accumulator rows {0}..{1} are out of range (there are {2} accumulator rows)' },
  { name: 'HOST_RANGE', code: 3, message: 'host-memory bytes {0}..{1} are out of range (host memory is {2} bytes)' },
  { name: 'WEIGHT_RANGE', code: 4, message: 'weight-memory bytes {0}..{1} are out of range (the weight image is {2} bytes)' },
  { name: 'NO_TILE', code: 5, message: 'this multiply switches to weight tile #{0}, but the program fetches only {1} tiles' },
  { name: 'TILE_WIDTH', code: 6, message: 'this multiply says w16={0} but weight tile #{1} was fetched with w16={2}' },
  { name: 'NO_HALT', code: 7, message: 'the program does not end with HALT (it has {0} instructions)' },
  { name: 'CYCLE_LIMIT', code: 8, message: 'the run exceeded the cycle limit of {0} cycles (raise it with --max-cycles)' },
  {
    name: 'DEADLOCK',
    code: 9,
    message: 'deadlock at cycle {0}: no unit can make progress (e.g. a SYNC waits for a unit that waits on work issued after the SYNC)',
  },
  { name: 'ROW_BYTES', code: 10, message: 'rowBytes {0} is larger than a Unified Buffer row ({1} bytes)' },
  { name: 'POOL_SHAPE', code: 11, message: 'pooling reads {0} accumulator rows but pool.inHeight x pool.inWidth is {1}' },
  { name: 'POOL_WINDOW', code: 12, message: 'pooling output ({0}, {1}) has no input position inside the image' },
  { name: 'FIFO_TOO_SMALL', code: 13, message: 'a 16-bit weight tile needs 2 FIFO slots but the FIFO holds {0}' },
  { name: 'HALT_NOT_LAST', code: 14, message: 'HALT must be the last instruction (found at {0} of {1})' },
  { name: 'BAD_CONV', code: 15, message: 'convolution addressing needs cols >= 1 (got {0})' },
  { name: 'OUT_PATTERN', code: 16, message: 'strided writes need out.count >= 1 (got {0})' },
  { name: 'IN_LANE_RANGE', code: 17, message: 'in.lane {0} + {1} input elements is beyond the {2}-byte Unified Buffer row' },
  { name: 'OUT_LANE_RANGE', code: 18, message: 'out.lane {0} + {1} outputs is beyond the {2}-byte Unified Buffer row' },
  { name: 'WT_LANE_RANGE', code: 19, message: 'wt.lane {0} + {1} bytes of a tile row is beyond the {2}-byte Unified Buffer row' },
  {
    name: 'UB_WEIGHTS_DISABLED',
    code: 20,
    message:
      'reads weight tiles from the Unified Buffer (flag ub), but this config has no such path (weightFifo.fromUnifiedBuffer is false)',
  },
  { name: 'UB_WEIGHTS_W16', code: 21, message: 'tiles read from the Unified Buffer are int8: flags ub and w16 cannot go together' },
  { name: 'TRANSPOSE_NEEDS_UB', code: 22, message: 'flag transpose applies only to tiles read from the Unified Buffer (flag ub)' },
  {
    name: 'UB_TILE_ORDER',
    code: 23,
    message:
      'this multiply switches to weight tile #{0}, which READ_WEIGHTS instruction {1} reads from the Unified Buffer later in the program: a tile read from the UB must be fetched before the multiply that uses it',
  },
  { name: 'VECTOR_NO_UNIT', code: 24, message: 'VECTOR needs a vector unit, which this config does not have (vectorUnit)' },
  {
    name: 'VECTOR_CLASS',
    code: 25,
    message: 'VECTOR op #{0} needs vector-unit class #{1}, which this config does not have (vectorUnit.ops)',
  },
  { name: 'VECTOR_UNMODELLED', code: 26, message: 'VECTOR op #{0} is not modelled by the simulator yet (docs/vector-unit.md §10)' },
  { name: 'VECTOR_LANE_RANGE', code: 27, message: 'VECTOR lanes {0} + {1} are beyond the {2}-byte Unified Buffer row' },
  { name: 'VECTOR_INDEX', code: 28, message: 'VECTOR index {0} at step {1} is out of range (it must be below {2})' },
  {
    name: 'VECTOR_GROUP',
    code: 40,
    message: 'VECTOR group of {0} rows (vec.group.rows) holds {1} elements: a group holds 1 to {2} (vec.width, vec.lastWidth)',
  },
  { name: 'VECTOR_PER_LANE', code: 41, message: 'VECTOR perLane reduces whole rows: vec.lastWidth must be 0 (got {0})' },
];
