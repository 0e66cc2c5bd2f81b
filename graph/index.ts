// Public face of graph/: the dataflow-graph IR, builders, ONNX import/export, reference kernels,
// SCALE-Sim topology import and the model zoo. Nothing here knows about hardware.
export * from './tensor.js';
export * from './ir.js';
// IR helpers, validation, passes, shape inference, builder, ONNX (graph-IR engineer)
export * from './errors.js';
export { validate, nameNodes, type ValidateOptions } from './validate.js';
export { topoOrder, foldConstants, pruneUnused, type FoldOptions } from './passes.js';
export {
  inferShapes,
  bindInputs,
  symbolicDims,
  type BindOptions,
  type InferShapesOptions,
  type InferShapesResult,
} from './shape.js';
export { Rng, randomTensor, syntheticImages, type RandomInit } from './random.js';
export {
  GraphBuilder,
  type BuilderOptions,
  type NodeOptions,
  type ConvOptions,
  type PoolOptions,
  type GemmOptions,
  type LstmOptions,
} from './builder.js';
export * from './onnx/index.js';
// Per-op definitions (reference kernels, shape rules) and the reference executor
export { getOp, allOps } from './ops/index.js';
export type { OpDef, OpContext, InferInput, OutputType } from './ops/types.js';
export { execute, runNode, ExecutionError, type ExecuteOptions, type OpsetSpec } from './executor.js';
// SCALE-Sim topology import and the model zoo (topology/zoo engineer)
export * from './topology/index.js';
export * from './zoo/index.js';
