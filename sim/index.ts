// Public face of sim/: the simulated ASIC's TypeScript side.
export { packageRoot, packageVersion } from './paths.js';
export {
  DATAFLOWS, HardwareConfigSchema, MAX_ACCUMULATORS, dataflowOf, layerOverlapOf, type Dataflow, MAX_ARRAY_SIDE, MAX_UB_BYTES, MAX_UB_ROWS,
  configPaths, listPresets, loadConfig, parseConfig, peakNumbers, presetDir, timingParams, transferCycles, ubRowBytes,
  withOverrides, type HardwareConfig, type PeakNumbers, type TimingParams,
} from './config.js';
export { COUNTERS, CORE_ERRORS, counterIndex, type CounterSpec, type CoreErrorSpec } from './core-table.js';
export { ConfigError, SimError } from './errors.js';
export { loadScaleSimCfg, parseIni, parseScaleSimCfg, scaleSimCfgToConfig, type LoadedScaleSimCfg, type ScaleSimCfg } from './scalesim-cfg.js';
export {
  DEFAULT_MAX_CYCLES, MAX_MEMORY_BYTES, Simulator,
  type CounterName, type CounterValues, type Fidelity, type LoadOptions, type Progress, type RunOptions, type RunResult,
  type TagCounters, type Timing, type TraceEntry,
} from './simulator.js';
export { GemmFitError, buildFoldedGemm, type FoldedGemm, type FoldedGemmSpec } from './gemm.js';
