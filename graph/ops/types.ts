// The contract every operator implements: its fp32 reference kernel, its type/shape rule and
// the attribute values it does not support. One OpDef per (domain, op) is the single place that
// knows an op's semantics; the importer, shape inference and the executor all ask the registry.
import type { Attrs, Dim, ValueInfo } from '../ir.js';
import type { DType, Tensor } from '../tensor.js';

/** What an op implementation may know about where it runs. */
export interface OpContext {
  /** Opset version of the op's domain in the graph being run. */
  opset: number;
  /** Node name, for error messages. */
  node: string;
  /** How many outputs the node declares, when known (Split without sizes divides into this many). */
  numOutputs?: number;
}

/** Inferred type of one output. `shape` undefined means unknown. */
export interface OutputType {
  dtype: DType;
  shape?: Dim[];
}

/** Inputs to shape inference: each input's type, plus its value when it is a known constant. */
export interface InferInput {
  type: ValueInfo | undefined;
  constant: Tensor | undefined;
}

/** One operator's semantics. Inputs are aligned with the node's inputs; omitted optional inputs are undefined. */
export interface OpDef {
  op: string;
  /** ONNX domain; '' for the default ai.onnx domain. */
  domain: string;
  /** Runs the float32 reference kernel (integer ops compute exactly in their own types). */
  run(inputs: (Tensor | undefined)[], attrs: Attrs, ctx: OpContext): Tensor[];
  /** Output types from input types and any constant inputs. */
  infer(inputs: InferInput[], attrs: Attrs, ctx: OpContext): OutputType[];
  /** Messages for attribute values or input forms this implementation does not support (empty when fine). */
  unsupported?(attrs: Attrs, inputs: InferInput[], ctx: OpContext): string[];
}
