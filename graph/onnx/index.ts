// ONNX import and export (public face of graph/onnx/).
export { importOnnx, loadOnnxFile, MIN_IR_VERSION, MAX_IR_VERSION, type ImportOptions } from './import.js';
export { exportOnnx, irVersionFor, type ExportOptions } from './export.js';
export { normaliseOpsets, NORMALISED_OPSET, MIN_OPSET, MAX_OPSET, type NormaliseProblem } from './normalise.js';
export { tensorFromProto, tensorToProto, ONNX_DTYPE, type TensorDecodeOptions } from './tensor-proto.js';
