// The simulated ASIC, compiled to build/tpu.wasm. The host (sim/) configures it, loads memories
// and a program, runs one of the two engines and reads back memories, timing and counters.
export {
  configure, allocHost, allocWeights, allocProgram, loadProgram, resetMemories,
  // memories, program and results the host reads (pointers and sizes)
  R, C, W, UB_ROWS, ACC_ROWS, ub, acc, hostMem, hostBytes, numTiles, numTags,
  tagIds, tDispatch, tStart, tIssueEnd, tReady, tXstart, tArrive, tShiftStart, tShiftEnd, counters,
  totalCycles, errCode, errPc, errArg0, errArg1, errArg2,
} from './state';
export { fastTiming, fastCounters, fastExecBegin, fastExecStep, fastExecPc } from './fast';
export { gemmI8, matrixHelperStart, matrixHelperStop, matrixHelperFailed, matrixHelperJobs } from './kernels';
export { configureVector } from './vector';
export { setDataflow } from './dataflow';
export { activationFunctionValue } from './functional';
export { exactBegin, exactStep, exactCycle, exactCellRegister } from './exact';
