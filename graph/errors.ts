// Errors of the graph layer (IR checks, shape inference, constant folding, ONNX import/export).
// Each names the place (file, graph, node, value) so a user can find the problem in the model.

/** Base class of every error the graph layer (outside the op kernels) throws on bad input. */
export class GraphError extends Error {
  override name = 'GraphError';
}

/** A graph is malformed; `problems` lists every problem found, not just the first. */
export class GraphValidationError extends GraphError {
  override name = 'GraphValidationError';
  constructor(
    readonly graph: string,
    readonly problems: string[],
  ) {
    super(`graph "${graph}" is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${bullets(problems)}`);
  }
}

/** Shape inference or constant folding failed at one node. */
export class ShapeInferenceError extends GraphError {
  override name = 'ShapeInferenceError';
  constructor(
    readonly node: string,
    readonly op: string,
    readonly detail: string,
    options?: { cause?: unknown },
  ) {
    super(`shape inference failed at node "${node}" (${op}): ${detail}`, options);
  }
}

/** A model file could not be read as a supported ONNX model. */
export class OnnxImportError extends GraphError {
  override name = 'OnnxImportError';
  constructor(
    readonly file: string,
    readonly detail: string,
    options?: { cause?: unknown },
  ) {
    super(`${file}: ${detail}`, options);
  }
}

/** One node the importer cannot handle, and why. */
export interface UnsupportedNode {
  node: string;
  op: string;
  domain: string;
  opset: number;
  reason: string;
}

/**
 * A model has nodes tpusim cannot import: ops, attributes or input forms it does not support,
 * or nodes whose inputs do not fit the op. Lists every such node, not just the first.
 */
export class UnsupportedOpsError extends OnnxImportError {
  override name = 'UnsupportedOpsError';
  constructor(
    file: string,
    readonly problems: UnsupportedNode[],
  ) {
    super(
      file,
      `cannot import ${problems.length} node${problems.length === 1 ? '' : 's'} (unsupported or invalid):\n` +
        bullets(problems.map((p) => `node "${p.node}" (${p.domain ? p.domain + '.' : ''}${p.op}, opset ${p.opset}): ${p.reason}`)),
    );
  }
}

/** A graph cannot be written as ONNX; `problems` lists every reason. */
export class OnnxExportError extends GraphError {
  override name = 'OnnxExportError';
  constructor(
    readonly graph: string,
    readonly problems: string[],
  ) {
    super(`cannot export graph "${graph}" to ONNX:\n${bullets(problems)}`);
  }
}

/** Misuse of the GraphBuilder API (duplicate names, wrong arity, building twice). */
export class GraphBuilderError extends GraphError {
  override name = 'GraphBuilderError';
}

/** Execution failed: a missing or mistyped feed, an unsupported node, or a kernel error; names the node or input. */
export class ExecutionError extends GraphError {
  override name = 'ExecutionError';
  constructor(
    message: string,
    /** The node being run, when the failure is at a node. */
    readonly node?: string,
    readonly op?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

function bullets(lines: string[]): string {
  const shown = lines.slice(0, 200).map((l) => `  - ${l}`);
  if (lines.length > shown.length) shown.push(`  ... and ${lines.length - shown.length} more`);
  return shown.join('\n');
}
