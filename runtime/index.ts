// Public face of runtime/: the compiler (graph → ISA programs), placement and fallback, the
// Session that runs models on the simulated TPU, and report assembly.
export { BadInputError, CompileError, RuntimeError } from './errors.js';
export { DEFAULT_MODEL, loadModel, readInputsFile, runModel, runModelDetailed, type LoadedModel, type ModelRun, type RunModelOptions } from './run-model.js';
export { Session, normaliseGraph, randomInputs, type SessionOptions, type RunSessionOptions, type SessionRun, type Step, type StepResult } from './session.js';
export { buildReport, parameterCount, type ModelSource, type ReportOptions } from './report.js';
export { DEVICE_NAMES, DEVICE_PRESETS, placeLayers, tpuBlocker, type DeviceModel, type DeviceName, type PlacementDecision } from './devices.js';
export { buildLayers, layerMacs, type Layer, type Activation } from './layers.js';
export { lowerSegment, estimateConv, type CompiledSegment, type ConvMapping, type QuantLayer, type LoweredLayer } from './lower.js';
export { activationParams, quantizeWeights, type QParams } from './quantize.js';
export { unrollLstms } from './lstm.js';
export { exportQuantizedSegment, type ExportedSegment } from './export-quantized.js';
export { packFrame, unpackFrame, quantizeArray, dequantizeArray } from './hostio.js';
