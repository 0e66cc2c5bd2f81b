// A program builder for one GEMM run fold by fold on the matrix unit (weight stationary):
// C (M x N) = A (M x K) . B (K x N), with K split into row folds of R and N into column folds of C,
// column folds outer and row folds inner, accumulating across row folds — SCALE-Sim's loop order.
// Used by the SCALE-Sim agreement tests and the benchmark; the runtime's compiler does the same
// tiling for real layers.
import type { Instruction, Program } from '../isa/index.js';
import { f32ToBits } from '../isa/index.js';
import { ubRowBytes, type HardwareConfig } from './config.js';

/** What to build. `a` and `b` (int8, row-major) default to all zeros (timing only). */
export interface FoldedGemmSpec {
  M: number;
  K: number;
  N: number;
  a?: Int8Array;
  b?: Int8Array;
  /**
   * After each column fold, requantize its accumulators to int8 (`act.scale` = `scale`) into the UB
   * and write them to host memory: fold c's M rows of min(C, N - c*C) bytes at
   * `outputHostOffset + c*M*C`.
   */
  activate?: { scale: number };
}

/** A built program with its memory images and where the results land. */
export interface FoldedGemm {
  program: Program;
  host: Uint8Array;
  weights: Uint8Array;
  rowFolds: number;
  colFolds: number;
  /** accumulator row holding row 0 of column fold `c`'s results (valid until a later fold reuses it) */
  accBase: (c: number) => number;
  /** host offset of the int8 outputs (with `activate`), column fold by column fold */
  outputHostOffset: number;
}

/** Error for a GEMM that does not fit the config (names the limit). */
export class GemmFitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GemmFitError';
  }
}

/** Builds the fold-by-fold program for `spec` on `config`. */
export function buildFoldedGemm(config: HardwareConfig, spec: FoldedGemmSpec): FoldedGemm {
  const { M, K, N } = spec;
  const R = config.matrix.rows;
  const C = config.matrix.cols;
  const W = ubRowBytes(config);
  if (![M, K, N].every((v) => Number.isInteger(v) && v >= 1))
    throw new GemmFitError(`M, K, N must be positive integers (got ${M}, ${K}, ${N})`);
  if (spec.a && spec.a.length !== M * K) throw new GemmFitError(`a has ${spec.a.length} elements, expected M*K = ${M * K}`);
  if (spec.b && spec.b.length !== K * N) throw new GemmFitError(`b has ${spec.b.length} elements, expected K*N = ${K * N}`);
  const rowFolds = Math.ceil(K / R);
  const colFolds = Math.ceil(N / C);
  const entries = config.accumulators.entries;
  if (M > entries) throw new GemmFitError(`M = ${M} rows do not fit the ${entries} accumulator rows of ${config.name}`);
  const ubRows = config.unifiedBuffer.bytes / W;
  const outUb = rowFolds * M;
  const needUb = outUb + (spec.activate ? 2 * M : 0);
  if (needUb > ubRows) throw new GemmFitError(`the inputs need ${needUb} UB rows; ${config.name} has ${ubRows}`);
  const accBlocks = Math.floor(entries / M);
  const accBase = (c: number) => (c % accBlocks) * M;

  // Host: row fold r of A at r*M*R, one R-byte row per input vector; then the outputs
  const host = new Uint8Array(rowFolds * M * R + (spec.activate ? M * N : 0));
  if (spec.a) {
    for (let r = 0; r < rowFolds; r++) {
      const k0 = r * R;
      const width = Math.min(R, K - k0);
      for (let i = 0; i < M; i++) {
        const src = new Uint8Array(spec.a.buffer, spec.a.byteOffset + i * K + k0, width);
        host.set(src, (r * M + i) * R);
      }
    }
  }
  const outputHostOffset = rowFolds * M * R;

  // Weights: tile (c, r) is tile number c*rowFolds + r, R x C bytes, zero padded
  const tileBytes = R * C;
  const weights = new Uint8Array(rowFolds * colFolds * tileBytes);
  if (spec.b) {
    const bBytes = new Uint8Array(spec.b.buffer, spec.b.byteOffset, spec.b.length);
    for (let c = 0; c < colFolds; c++) {
      for (let r = 0; r < rowFolds; r++) {
        const base = (c * rowFolds + r) * tileBytes;
        const rows = Math.min(R, K - r * R);
        const cols = Math.min(C, N - c * C);
        for (let k = 0; k < rows; k++) {
          const src = (r * R + k) * N + c * C;
          weights.set(bBytes.subarray(src, src + cols), base + k * C);
        }
      }
    }
  }

  const ins: Instruction[] = [];
  const add = (op: string, fields: Record<string, number | boolean | string> = {}) => ins.push({ op, ...fields } as Instruction);
  for (let c = 0; c < colFolds; c++) {
    for (let r = 0; r < rowFolds; r++) {
      add('READ_WEIGHTS', {
        addr: (c * rowFolds + r) * tileBytes,
        tiles: 1,
        usedRows: Math.min(R, K - r * R),
        usedCols: Math.min(C, N - c * C),
      });
    }
  }
  for (let r = 0; r < rowFolds; r++) {
    add('READ_HOST', { ub: r * M, host: r * M * R, rows: M, rowBytes: R === W ? 0 : R });
  }
  if (spec.activate) add('SET', { reg: 'act.scale', value: f32ToBits(spec.activate.scale) });
  for (let c = 0; c < colFolds; c++) {
    for (let r = 0; r < rowFolds; r++) {
      add('MATMUL', { ub: r * M, acc: accBase(c), len: M, switch: true, accumulate: r > 0 });
    }
    if (spec.activate) {
      const ub = outUb + (c % 2) * M;
      const cols = Math.min(C, N - c * C);
      add('ACTIVATE', { acc: accBase(c), ub, len: M });
      add('WRITE_HOST', { ub, host: outputHostOffset + c * M * C, rows: M, rowBytes: cols === W ? 0 : cols });
    }
  }
  add('HALT');
  return { program: { instructions: ins, segments: [] }, host, weights, rowFolds, colFolds, accBase, outputHostOffset };
}
