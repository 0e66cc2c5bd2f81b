// The vector unit's group ops in both engines against isa/vector.ts's reference functions
// (reduceValues, softmaxValues with softmaxTable, layerNormValues with normParams) on random bytes,
// with realistic quantization: groups across channel blocks (vec.group.stride), a short last row,
// perLane reductions, int8 and uint8, masked softmax (vec.mask.rows patterns, a wholly masked group
// among them), and one softmax over 13,000 classes on tpu-v1.
import { describe, expect, it } from 'vitest';
import { byteValue, layerNormValues, normParams, reduceValues, softmaxTable, softmaxValues, type QParams } from '../../isa/vector.js';
import { parseConfig, type HardwareConfig } from '../../sim/index.js';
import { FIDELITIES, config, randomBytes, run } from './helpers.js';

const small = parseConfig(
  { ...config('small-16'), vectorUnit: { lanes: 16, latencyCycles: 2, ops: ['reduce', 'softmax', 'norm', 'mask'] } },
  'small-16 + group ops',
);

interface GroupCase {
  op: 'sum' | 'mean' | 'rmax' | 'softmax' | 'norm';
  rows: number;
  stride: number;
  w: number;
  lastW?: number;
  len: number;
  perLane?: boolean;
  /** softmax: mask patterns (vec.mask.rows) of random bytes, about a third 0 (masked); pattern 1 masks all. */
  mask?: number;
  qa: QParams;
  qy: QParams;
}

/** Runs one group op over random bytes at UB row 0 (table or parameters at row `tableRow`); returns the UB and the inputs. */
function runGroup(cfg: HardwareConfig, c: GroupCase, fidelity: 'fast' | 'exact', seed: number) {
  const W = Math.max(cfg.matrix.rows, cfg.matrix.cols);
  const aRows = c.len - 1 + (c.rows - 1) * c.stride + 1;
  const tableRow = aRows;
  const data = randomBytes(aRows * W, seed);
  const table = softmaxTable(c.qa.scale);
  const n = (c.rows - 1) * c.w + (c.lastW ?? c.w);
  const gamma = Array.from(randomBytes(n, seed + 1), (v) => (v - 100) / 50);
  const beta = Array.from(randomBytes(n, seed + 2), (v) => (v - 128) / 10);
  const { g, b } = normParams(gamma, beta, c.qy.scale);
  const tableBytes = new Uint8Array(8 * c.rows * W + 1024);
  const view = new DataView(tableBytes.buffer);
  if (c.op === 'softmax') table.forEach((e, k) => view.setUint32(4 * k, e, true));
  for (let k = 0; k < n && c.op === 'norm'; k++) {
    const r = Math.floor(k / c.w),
      l = k % c.w;
    view.setFloat32(8 * r * W + 4 * l, g[k]!, true);
    view.setFloat32(8 * r * W + 4 * W + 4 * l, b[k]!, true);
  }
  const patterns = c.mask ?? 0;
  const maskRow = tableRow + tableBytes.length / W;
  const maskBytes = Uint8Array.from(randomBytes(Math.max(1, patterns * c.rows) * W, seed + 3), (v) => (v % 3 === 0 ? 0 : v));
  if (patterns > 1) maskBytes.fill(0, c.rows * W, 2 * c.rows * W);
  const yRow = maskRow + Math.max(1, patterns * c.rows);
  const host = new Uint8Array(data.length + tableBytes.length + maskBytes.length);
  host.set(data);
  host.set(tableBytes, data.length);
  host.set(maskBytes, data.length + tableBytes.length);
  const set = (reg: string, v: number) => `SET ${reg}, ${v}`;
  const src = [
    `READ_HOST ub=0, host=0, rows=${aRows}`,
    `READ_HOST ub=${tableRow}, host=${data.length}, rows=${tableBytes.length / W + maskBytes.length / W}`,
    set('vec.mask.rows', patterns),
    set('vec.mask.row', maskRow),
    set('vec.group.rows', c.rows),
    set('vec.group.stride', c.stride),
    set('vec.width', c.w),
    set('vec.lastWidth', c.lastW ?? 0),
    set('vec.a.scale', c.qa.scale),
    set('vec.a.zero', c.qa.zeroPoint),
    set('vec.y.scale', c.qy.scale),
    set('vec.y.zero', c.qy.zeroPoint),
    set('vec.one', 256),
    `VECTOR a=0, b=${tableRow}, y=${yRow}, len=${c.len}, operation=${c.op}${c.qa.signed ? ', aSigned' : ''}${c.qy.signed ? ', ySigned' : ''}${c.perLane ? ', perLane' : ''}`,
    'HALT',
  ].join('\n');
  const { sim } = run(cfg, src, fidelity, { host });
  const ub = sim.readUb();
  // the reference: group i, row r = rows i + r * stride
  const got: number[] = [];
  const want: number[] = [];
  for (let i = 0; i < c.len; i++) {
    const rowsOf = Array.from({ length: c.rows }, (_, r) =>
      Array.from(data.subarray((i + r * c.stride) * W, (i + r * c.stride) * W + (r === c.rows - 1 ? (c.lastW ?? c.w) : c.w)), (v) =>
        byteValue(v, c.qa.signed),
      ),
    );
    const q = rowsOf.flat();
    const kind = c.op === 'rmax' ? 'max' : c.op;
    const read = (row: number, lanes: number) => Array.from(ub.subarray(row * W, row * W + lanes), (v) => byteValue(v, c.qy.signed));
    if (c.op === 'softmax' || c.op === 'norm') {
      const m0 = patterns > 0 ? (i % patterns) * c.rows : 0;
      const mask =
        patterns > 0 ? rowsOf.flatMap((row, r) => Array.from(maskBytes.subarray((m0 + r) * W, (m0 + r) * W + row.length))) : undefined;
      want.push(...(c.op === 'softmax' ? softmaxValues(q, table, 256, c.qy, mask) : layerNormValues(q, c.qa, 1e-5, g, b, c.qy)));
      rowsOf.forEach((row, r) => got.push(...read(yRow + i + r * c.stride, row.length)));
    } else if (c.perLane) {
      want.push(
        ...Array.from({ length: c.w }, (_, l) =>
          reduceValues(
            kind as 'sum',
            rowsOf.map((row) => row[l]!),
            c.qa,
            c.qy,
          ),
        ),
      );
      got.push(...read(yRow + i, c.w));
    } else {
      want.push(reduceValues(kind as 'sum', q, c.qa, c.qy));
      got.push(...read(yRow + i, 1));
    }
  }
  return { got, want };
}

// scales are float32 registers
const u8 = (scale: number, zeroPoint: number): QParams => ({ scale: Math.fround(scale), zeroPoint, signed: false });
const i8 = (scale: number, zeroPoint: number): QParams => ({ scale: Math.fround(scale), zeroPoint, signed: true });

const CASES: GroupCase[] = [
  { op: 'sum', rows: 3, stride: 5, w: 16, lastW: 7, len: 5, qa: u8(0.02, 128), qy: u8(0.3, 100) },
  { op: 'sum', rows: 4, stride: 6, w: 9, len: 6, perLane: true, qa: i8(0.05, 0), qy: i8(0.1, -3) },
  { op: 'mean', rows: 2, stride: 3, w: 16, lastW: 1, len: 3, qa: u8(0.0123, 7), qy: u8(0.02, 0) },
  { op: 'mean', rows: 5, stride: 5, w: 16, len: 5, perLane: true, qa: u8(1 / 3, 0), qy: u8(0.25, 0) },
  { op: 'rmax', rows: 2, stride: 2, w: 16, lastW: 11, len: 4, qa: i8(0.07, 3), qy: i8(0.1, 0) },
  { op: 'rmax', rows: 3, stride: 3, w: 12, len: 3, perLane: true, qa: u8(0.1, 50), qy: u8(0.2, 10) },
  { op: 'softmax', rows: 3, stride: 4, w: 16, lastW: 5, len: 4, qa: u8(0.08, 128), qy: u8(1 / 256, 0) },
  { op: 'softmax', rows: 1, stride: 0, w: 10, len: 7, qa: i8(0.2, 0), qy: i8(1 / 256, -128) },
  { op: 'softmax', rows: 1, stride: 0, w: 7, len: 9, mask: 4, qa: u8(0.1, 100), qy: u8(1 / 256, 0) },
  { op: 'softmax', rows: 3, stride: 4, w: 16, lastW: 5, len: 4, mask: 3, qa: i8(0.08, 3), qy: i8(1 / 256, -128) },
  { op: 'norm', rows: 4, stride: 4, w: 16, lastW: 8, len: 4, qa: u8(0.03, 130), qy: u8(0.05, 128) },
  { op: 'norm', rows: 1, stride: 0, w: 16, len: 6, qa: i8(0.5, -2), qy: i8(0.02, 0) },
];

describe.each(FIDELITIES)('VECTOR group ops against isa/vector.ts (%s fidelity)', (fidelity) => {
  it.each(CASES.map((c, k) => [`${c.op}${c.perLane ? ' perLane' : ''} #${k}`, c] as const))('%s', (_, c) => {
    const { got, want } = runGroup(small, c, fidelity, 1000 + CASES.indexOf(c));
    expect(got.length).toBeGreaterThan(0);
    expect(got).toEqual(want);
    // not degenerate: the outputs take several values
    expect(new Set(got).size).toBeGreaterThan(c.perLane || ['softmax', 'norm'].includes(c.op) ? 2 : 1);
    if (c.mask) {
      // masked lanes give the zero point, and pattern 1 (all masked) does throughout
      expect(got.filter((v) => v === c.qy.zeroPoint).length).toBeGreaterThan(got.length / 4);
      expect(softmaxValues([1, 2, 3], softmaxTable(0.1), 256, c.qy, [0, 0, 0])).toEqual([c.qy.zeroPoint, c.qy.zeroPoint, c.qy.zeroPoint]);
    }
  });

  it('softmax over 13,000 classes on tpu-v1 (51 channel blocks, the last 200 lanes)', () => {
    const c: GroupCase = { op: 'softmax', rows: 51, stride: 2, w: 256, lastW: 200, len: 2, qa: u8(0.05, 0), qy: u8(1 / 256, 0) };
    const { got, want } = runGroup(config('tpu-v1'), c, fidelity, 77);
    expect(got.length).toBe(26_000);
    expect(got).toEqual(want);
  });
});
