// Operator registry: one OpDef per (domain, op), looked up by the importer, shape inference,
// constant folding and the executor. Families live in their own files; this is the public face.
import { convOps } from './conv.js';
import { elementwiseOps } from './elementwise.js';
import { generateOps } from './generate.js';
import { indexingOps } from './indexing.js';
import { lossOps } from './loss.js';
import { matmulOps } from './matmul.js';
import { normalizationOps } from './normalization.js';
import { poolOps } from './pool.js';
import { quantizedOps } from './quantized.js';
import { reductionOps } from './reduce.js';
import { resizeOps } from './resize.js';
import { rnnOps } from './rnn.js';
import { shapeOps } from './shape.js';
import type { OpDef } from './types.js';

export type { InferInput, OpContext, OpDef, OutputType } from './types.js';
export { OpError, KernelError, dtypeFromOnnx, float16Bits, float16FromBits, roundToFloat16, roundHalfEven, castData } from './util.js';
export { quantizeValue, requantizeValue, outputScale } from './quantized.js';
export { gemmF32 } from './gemm.js';
export { erf, erfc } from './elementwise.js';

const families: OpDef[][] = [
  elementwiseOps,
  matmulOps,
  convOps,
  poolOps,
  normalizationOps,
  reductionOps,
  shapeOps,
  indexingOps,
  generateOps,
  rnnOps,
  quantizedOps,
  resizeOps,
  lossOps,
];

const registry = new Map<string, OpDef>();
for (const def of families.flat()) {
  const key = `${def.domain}::${def.op}`;
  if (registry.has(key)) throw new Error(`operator ${key} is defined twice`);
  registry.set(key, def);
}

/** The definition of `op` in `domain` ('' or 'ai.onnx' is the default domain), if supported. */
export function getOp(op: string, domain = ''): OpDef | undefined {
  return registry.get(`${domain === 'ai.onnx' ? '' : domain}::${op}`);
}

/** Every supported operator definition. */
export function allOps(): OpDef[] {
  return [...registry.values()];
}
