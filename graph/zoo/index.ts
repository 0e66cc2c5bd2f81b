// The model zoo (public face of graph/zoo/): seeded builders of standard networks and of
// approximations of the TPU v1 paper's six workloads, a registry, and graph statistics
// (parameters, MACs, Table 1 layer kinds). Model shapes and sources: ZOO.md here.
export {
  listModels,
  buildModel,
  buildModelWithInputs,
  sampleInputs,
  modelNames,
  modelBatchAxis,
  ZooError,
  UnknownModelError,
  type ModelInfo,
  type ModelInput,
  type ModelKind,
  type PaperWorkload,
  type BuildModelOptions,
} from './registry.js';
export { clearCalibrationCache } from './net.js';
export { countParameters, countMacs, nodeMacs, layerCensus, type LayerCensus } from './stats.js';
