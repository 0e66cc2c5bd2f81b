// Public face of sim/: the simulated ASIC's TypeScript side. It exports what other folders use;
// sim/'s own modules import one another directly.
export { packageRoot, packageVersion } from './paths.js';
export {
  dataflowOf,
  layerOverlapOf,
  type Dataflow,
  listPresets,
  loadConfig,
  parseConfig,
  peakNumbers,
  timingParams,
  transferCycles,
  ubRowBytes,
  withOverrides,
  type HardwareConfig,
  type PeakNumbers,
} from './config.js';
export { COUNTERS, CORE_ERRORS } from './core-table.js';
export { ConfigError, SimError } from './errors.js';
export { loadScaleSimCfg, parseScaleSimCfg, type LoadedScaleSimCfg } from './scalesim-cfg.js';
export { Simulator, type Fidelity, type RunOptions, type RunResult, type Timing } from './simulator.js';
export { GemmFitError, buildFoldedGemm } from './gemm.js';
