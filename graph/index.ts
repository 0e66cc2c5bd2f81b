// Public face of graph/: the dataflow-graph IR, builders, ONNX import/export, reference kernels,
// SCALE-Sim topology import and the model zoo. Nothing here knows about hardware.
export * from './tensor.js';
export * from './ir.js';
