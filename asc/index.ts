// The simulated ASIC, compiled to build/tpu.wasm. The host (sim/) configures it, loads memories
// and a program, runs one of the two engines and reads back memories, timing and counters.
export {
  configure, allocHost, allocWeights, allocProgram, loadProgram, resetMemories, resetRun,
} from './state';
