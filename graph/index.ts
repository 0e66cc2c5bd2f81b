// Public face of graph/: the dataflow-graph IR, builders, ONNX import/export, reference kernels,
// SCALE-Sim topology import and the model zoo. Nothing here knows about hardware. It exports what
// other folders use (and the types of their arguments and results); graph/'s own modules import
// one another directly.

// Tensors and the graph IR
export { sizeOf, tensor, type DType, type DataFor, type Tensor, type TensorData } from './tensor.js';
export {
  Graph,
  implicitInputs,
  uniqueNamer,
  type AttrValue,
  type Attrs,
  type Dim,
  type Node,
  type NumericAttrKind,
  type ValueInfo,
} from './ir.js';
export * from './errors.js';
// Validation, graph passes, shape inference, random data, the builder API
export { validate, type ValidateOptions } from './validate.js';
export { topoOrder, foldConstants, pruneUnused, type FoldOptions } from './passes.js';
export { inferShapes, bindInputs, symbolicDims, type BindOptions, type InferShapesOptions, type InferShapesResult } from './shape.js';
export { Rng, randomTensor, type RandomInit } from './random.js';
export {
  GraphBuilder,
  type BuilderOptions,
  type NodeOptions,
  type ConvOptions,
  type PoolOptions,
  type GemmOptions,
  type LstmOptions,
} from './builder.js';
// ONNX import and export
export { importOnnx, loadOnnxFile, type ImportOptions } from './onnx/import.js';
export { exportOnnx, irVersionFor, type ExportOptions } from './onnx/export.js';
export { MIN_OPSET, MAX_OPSET } from './onnx/normalise.js';
export { tensorFromProto, tensorToProto, type TensorDecodeOptions } from './onnx/tensor-proto.js';
// Per-op definitions (reference kernels, shape rules), the quantized-arithmetic helpers the
// compiler shares with the reference kernels, and the reference executor
export { getOp, outputScale, quantizeValue, roundHalfEven } from './ops/index.js';
export { type Im2colGeometry, im2colWasm, quantizeWeightsWasm } from './ops/gemm-wasm.js';
export type { OpDef, OpContext, InferInput, OutputType } from './ops/types.js';
export { execute, runNode, type ExecuteOptions, type OpsetSpec } from './executor.js';
// The float32 executor: onnxruntime where it can run the graph, else the reference kernels
export { Float32Executor, rangeOf, type Float32Options } from './float32.js';
export { OrtGraphSession, OrtUnavailableError, type OrtSessionOptions, type ValueRange } from './ort.js';
// SCALE-Sim topology import and the model zoo
export * from './topology/index.js';
export * from './zoo/index.js';
