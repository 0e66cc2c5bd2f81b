// fast-check generators of small hardware configs and random *valid* programs for them (programs
// the core accepts at load time), with their host and weight images. Programs are built from
// random "seeds" by a deterministic builder that keeps every address in range, every tile width
// consistent and every pooling window valid, while steering addresses into a small hot region so
// that hazards in every direction between units are common (with lane registers anywhere they fit
// on rectangular arrays), and fetching many tiles so that the
// weight FIFO fills. Some programs deadlock (a SYNC waiting for a fetcher stuck on a full FIFO,
// tiles nobody switches to) or get a cycle limit below their length.
import fc from 'fast-check';
import { f32ToBits, type InstructionInput, VECTOR_OPS } from '../../isa/index.js';
import { softmaxTable } from '../../isa/vector.js';
import type { HardwareConfig } from '../../sim/index.js';
import { randomBytes } from './helpers.js';

/**
 * One random test case: a config, a program ending in HALT, the seed and size of its memory
 * images (see caseImages; seeds keep counterexamples short) and a cycle limit.
 */
export interface SimCase {
  config: HardwareConfig;
  program: InstructionInput[];
  dataSeed: number;
  weightBytes: number;
  maxCycles: number;
}

/** The host and weight-memory images of a case. */
export function caseImages(c: SimCase): { host: Uint8Array; weights: Uint8Array } {
  const host = mixedBytes(HOST_BYTES, c.dataSeed);
  // VECTOR index tables (read into the UB before a permute or gather): mostly valid indices
  const view = new DataView(host.buffer);
  const pick = randomBytes(256, c.dataSeed ^ 0x1b873593);
  for (let k = 0; k < 128; k++) view.setUint16(INDEX_BASE + 2 * k, pick[k]! < 40 ? 0xffff : pick[k]! % 17, true);
  for (let k = 0; k < 64; k++) view.setUint32(INDEX_BASE + 256 + 4 * k, pick[128 + k]! % 9, true);
  // a softmax exp table (for an input scale drawn from the seed), and norm parameters g, b in a sane range
  softmaxTable([0.05, 0.0125, 0.3, 1][c.dataSeed % 4]!).forEach((e, k) => view.setUint32(SOFTMAX_BASE + 4 * k, e, true));
  const g = randomBytes(NORM_BYTES / 4, c.dataSeed ^ 0x68e31da4);
  for (let k = 0; k < NORM_BYTES / 4; k++) view.setFloat32(NORM_BASE + 4 * k, Math.fround(((g[k]! - 128) / 16) * (k % 2 ? 8 : 1)), true);
  return { host, weights: mixedBytes(c.weightBytes, c.dataSeed ^ 0x5bd1e995) };
}

/** Options of the generators. */
export interface GenOptions {
  /** Matrix rows and columns range (default 2..16). */
  minSide?: number;
  maxSide?: number;
  /** Most random instructions before the closing ones (default 36). */
  maxInstructions?: number;
}

/** Pseudo-random bytes of which about 30% are small values in -4..4 (so some products stay small). */
export function mixedBytes(length: number, seed: number): Uint8Array {
  const out = randomBytes(length, seed);
  const pick = randomBytes(length, seed ^ 0x2545f491);
  for (let i = 0; i < length; i++) if (pick[i]! < 77) out[i] = ((pick[i]! % 9) - 4) & 0xff;
  return out;
}

/** A small hardware config, with every knob the timing rules depend on drawn at random. */
export function configArb(opts: GenOptions = {}): fc.Arbitrary<HardwareConfig> {
  const side = fc.integer({ min: opts.minSide ?? 2, max: opts.maxSide ?? 16 });
  const memory = (bandwidths: number[]) =>
    fc.record({
      ideal: fc.oneof({ weight: 1, arbitrary: fc.constant(true) }, { weight: 4, arbitrary: fc.constant(false) }),
      bandwidthGBps: fc.constantFrom(...bandwidths),
      latencyNs: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 60 })),
    });
  return fc
    .record({
      rows: side,
      cols: side,
      doubleBuffer: fc.boolean(),
      dataflow: fc.constantFrom('ws', 'os', 'is'),
      fifo: fc.integer({ min: 1, max: 4 }),
      fromUb: fc.boolean(),
      ubRows: fc.integer({ min: 40, max: 160 }),
      accRows: fc.integer({ min: 24, max: 80 }),
      weights: memory([0.5, 1, 3, 8, 16, 64, 1000]),
      host: memory([0.5, 1, 4, 16, 100]),
      actLat: fc.integer({ min: 0, max: 5 }),
      vector: fc.option(fc.record({ lanes: fc.constantFrom(1, 2, 3, 4, 16), latencyCycles: fc.integer({ min: 0, max: 5 }) }), { freq: 4 }),
    })
    .map((r): HardwareConfig => {
      const width = Math.max(r.rows, r.cols);
      return {
        name: `gen-${r.rows}x${r.cols}`,
        description: 'generated for the fast == exact property test',
        clockMHz: 1000,
        matrix: { rows: r.rows, cols: r.cols, weightDoubleBuffer: r.doubleBuffer, dataflow: r.dataflow },
        unifiedBuffer: { bytes: r.ubRows * width },
        accumulators: { entries: r.accRows },
        weightFifo: { depthTiles: r.fifo, fromUnifiedBuffer: r.fromUb },
        weightMemory: { ...r.weights, capacityGiB: 1 },
        hostInterface: r.host,
        activation: { latencyCycles: r.actLat },
        ...(r.vector
          ? { vectorUnit: { ...r.vector, ops: ['move', 'arith', 'divide', 'minmax', 'lookup', 'reduce', 'softmax', 'norm', 'mask'] } }
          : {}),
      };
    });
}

/** Random numbers one instruction is built from (the builder maps them into valid ranges). */
interface Seed {
  kind: number;
  a: number;
  b: number;
  c: number;
  d: number;
  e: number;
  f: number;
  flags: number;
}

const seedArb: fc.Arbitrary<Seed> = fc.record({
  kind: fc.nat(99),
  a: fc.nat(),
  b: fc.nat(),
  c: fc.nat(),
  d: fc.nat(),
  e: fc.nat(),
  f: fc.nat(),
  flags: fc.nat(0xffff),
});

/** Highest index of floor(i / count) * pitch + (i mod count) * step over i < n (n >= 1), by enumeration. */
export function patternMax(n: number, count: number, step: number, pitch: number): number {
  let m = 0;
  for (let i = 0; i < n; i++) m = Math.max(m, Math.floor(i / count) * pitch + (i % count) * step);
  return m;
}

const SCALES = [0.0625, 0.5, 1, 0.013, 2.5, -0.25, 0.001, 3.7, 0.125, 1 / 3];
const SYNC_UNITS = ['host', 'weights', 'matrix', 'activate', 'vector'] as const;

/** Host memory size of generated programs. */
export const HOST_BYTES = 3584;
/** Host address of the VECTOR index tables: 128 uint16 permute indices, then 64 uint32 gather indices. */
const INDEX_BASE = 1024;
/** Host address of a softmax exp table (256 uint32), then of norm parameter blocks (float32). */
const SOFTMAX_BASE = 1536;
const NORM_BASE = 2560;
const NORM_BYTES = 1024;
/** The generator draws from every VECTOR operation of the ISA. */
const VECTOR_GEN_OPS = VECTOR_OPS;
const VECTOR_GROUP_OPS: readonly string[] = ['sum', 'mean', 'rmax', 'softmax', 'norm'];
const VEC_SCALES = [0.0625, 0.5, 1, 0.013, 2.5, -0.25, 0.001, 3.7, 0, 1 / 3];

/** Highest row offset of a VECTOR row pattern over n >= 1 steps (count 0: contiguous with `step`). */
function vecPatternTop(n: number, count: number, step: number, pitch: number): number {
  return count === 0 ? (n - 1) * step : patternMax(n, count, step, pitch);
}

/**
 * Builds a valid program for `config` from seeds. `balance` appends switching multiplies so that
 * every fetched tile is used (most such programs complete); without it leftover tiles may jam the FIFO.
 */
export function buildProgram(
  config: HardwareConfig,
  seeds: readonly Seed[],
  balance: boolean,
): { program: InstructionInput[]; weightBytes: number } {
  const R = config.matrix.rows;
  const C = config.matrix.cols;
  const W = Math.max(R, C);
  const ubRows = config.unifiedBuffer.bytes / W;
  const accRows = config.accumulators.entries;
  const fifo = config.weightFifo.depthTiles;
  const tileBytes = R * C;
  const weightBytes = 8 * tileBytes;
  const hot = Math.min(ubRows, 40);
  const paramRows = Math.ceil((8 * C) / W);
  const out: InstructionInput[] = [];

  const tileW16: boolean[] = [];
  const required = new Map<number, boolean>(); // widths promised to tiles not fetched yet
  let switches = 0;
  let current: boolean | null = null; // width of the current tile (null: the zero tile after reset)
  const regs = {
    count: 0,
    step: 1,
    pitch: 0,
    ih: 1,
    iw: 1,
    kh: 1,
    kw: 1,
    sh: 1,
    sw: 1,
    pt: 0,
    pl: 0,
    oh: 1,
    ow: 1,
    inLane: 0,
    outLane: 0,
    wtLane: 0,
  };

  /** A UB start row for a span of `span` rows: mostly in the hot region, so ranges overlap. */
  const ubStart = (span: number, r: number): number => {
    const limit = (r & 7) === 0 ? ubRows : Math.max(hot, span);
    return (r >>> 3) % (Math.min(limit, ubRows) - span + 1);
  };
  const set = (reg: string, value: number) => out.push({ op: 'SET', reg, value: value >>> 0 });
  const setIfChanged = (key: keyof typeof regs, reg: string, value: number) => {
    if (regs[key] !== value) {
      set(reg, value);
      regs[key] = value;
    }
  };
  const readWeights = (count: number, w16: boolean, addrSeed: number, ur: number, uc: number) => {
    const bytes = tileBytes * (w16 ? 2 : 1);
    out.push({ op: 'READ_WEIGHTS', addr: addrSeed % (weightBytes - count * bytes + 1), tiles: count, usedRows: ur, usedCols: uc, w16 });
    for (let k = 0; k < count; k++) tileW16.push(w16);
  };
  const readWeightsFromUb = (wanted: number, s: Seed) => {
    const transpose = (s.flags & 0x80) !== 0;
    const rows = transpose ? C : R; // UB rows per tile
    const rowBytes = transpose ? R : C; // bytes of each row, from wt.lane
    const count = Math.min(wanted, Math.floor(ubRows / rows));
    if ((s.flags & 0x100) !== 0 || regs.wtLane + rowBytes > W) setIfChanged('wtLane', 'wt.lane', (s.d >>> 7) % (W - rowBytes + 1));
    out.push({
      op: 'READ_WEIGHTS',
      addr: ubStart(count * rows, s.c),
      tiles: count,
      usedRows: s.d % (R + 1),
      usedCols: s.e % (C + 1),
      ub: true,
      transpose,
    });
    for (let k = 0; k < count; k++) tileW16.push(false);
  };
  const vregs: Record<string, number> = {};
  const setVec = (reg: string, value: number) => {
    if ((vregs[reg] ?? (reg.endsWith('.step') ? 1 : 0)) !== value) {
      set(reg, value);
      vregs[reg] = value;
    }
  };
  const vreg = (reg: string) => vregs[reg] ?? (reg.endsWith('.step') ? 1 : 0);
  /** VECTOR with random quantization, lane windows, row patterns and (for permute/gather) an index table read from the host. */
  const vector = (s: Seed) => {
    const op = VECTOR_GEN_OPS[s.a % VECTOR_GEN_OPS.length]!;
    if (VECTOR_GROUP_OPS.includes(op)) return vectorGroup(s, op);
    const binary = ['add', 'sub', 'mul', 'div', 'max', 'min'].includes(op);
    if (s.flags & 1) setVec('vec.width', (s.b >>> 3) % (W + 1));
    const w = vreg('vec.width') || W;
    const bF32 = binary && (s.flags & 0x200) !== 0;
    const bLane = binary && !bF32 && (s.flags & 0x400) !== 0;
    (['a', 'b', 'y'] as const).forEach((x, k) => {
      const need = x === 'b' && bLane ? 1 : w;
      if ((s.flags >>> (1 + k)) & 1 || vreg(`vec.${x}.lane`) + need > W) setVec(`vec.${x}.lane`, (s.d >>> (4 * k)) % (W - need + 1));
      if ((s.flags >>> (4 + k)) & 1) {
        const q = (s.e >>> (5 * k)) & 31;
        setVec(`vec.${x}.count`, q % 4);
        setVec(`vec.${x}.step`, (q >>> 2) % 3);
        setVec(`vec.${x}.pitch`, (s.f >>> (4 * k)) % 5);
      }
      if ((s.flags >>> (7 + k)) & 1) {
        set(`vec.${x}.scale`, f32ToBits(VEC_SCALES[(s.c >>> (4 * k)) % VEC_SCALES.length]!));
        set(`vec.${x}.zero`, ((s.f >>> (3 * k)) % 301) - 150);
      }
    });
    if (op === 'gather') setVec('vec.gather.rows', 1 + (s.f % 8));
    const top = (x: string, n: number) => vecPatternTop(n, vreg(`vec.${x}.count`), vreg(`vec.${x}.step`), vreg(`vec.${x}.pitch`));
    const tableRows = (n: number) =>
      op === 'lookup'
        ? Math.ceil(256 / W)
        : op === 'permute'
          ? Math.ceil((2 * w) / W)
          : op === 'gather'
            ? Math.ceil((4 * n) / W)
            : bF32
              ? 4
              : 0;
    let len = s.c % 9;
    const aSteps = (n: number) => (op === 'gather' ? vreg('vec.gather.rows') : n);
    const fits = (n: number) =>
      n === 0 ||
      (top('a', aSteps(n)) < ubRows && top('y', n) < ubRows && (!binary || bF32 || top('b', n) < ubRows) && tableRows(n) <= ubRows);
    while (len > 0 && !fits(len)) len--;
    if (len > 0 && !fits(len)) return;
    const a = len ? ubStart(top('a', aSteps(len)) + 1, s.b) : 0;
    const y = len ? ubStart(top('y', len) + 1, s.e) : 0;
    // a VECTOR of no rows reads no b rows (nor a table, which may not fit: fits(0) holds always)
    const bSpan = len === 0 ? 0 : binary && !bF32 ? top('b', len) + 1 : tableRows(len);
    const b = ubStart(bSpan, s.f >>> 5);
    if ((op === 'permute' || op === 'gather') && len > 0 && (s.flags & 0x800) === 0) {
      const rows = tableRows(len);
      const host = INDEX_BASE + (op === 'gather' ? 256 : 0);
      if (host + rows * W <= HOST_BYTES) out.push({ op: 'READ_HOST', ub: b, host, rows, rowBytes: 0 });
    }
    out.push({
      op: 'VECTOR',
      a,
      b,
      y,
      len,
      operation: op,
      aSigned: (s.flags & 0x1000) !== 0,
      bSigned: (s.flags & 0x2000) !== 0,
      ySigned: (s.flags & 0x4000) !== 0,
      bF32,
      bLane,
    });
  };
  // the MATMUL a new one may continue (os/is fold chains, asc/dataflow.ts): the last one, with
  // only READ_WEIGHTS, SET or NOP after it
  const chainable = () => {
    for (let i = out.length - 1; i >= 0; i--) {
      const ins = out[i]!;
      if (ins.op === 'MATMUL') return ins;
      if (ins.op !== 'READ_WEIGHTS' && ins.op !== 'SET' && ins.op !== 'NOP') return undefined;
    }
    return undefined;
  };
  /**
   * A group op (sum, mean, rmax, softmax, norm) with random group shapes (rows, stride, a shorter last
   * row, perLane), quantization, lane windows and row patterns; softmax's table and norm's parameter
   * block usually loaded from the host first (else whatever the UB holds).
   */
  const vectorGroup = (s: Seed, op: string) => {
    if (s.flags & 1) setVec('vec.width', (s.b >>> 3) % (W + 1));
    const w = vreg('vec.width') || W;
    const reduce = op === 'sum' || op === 'mean' || op === 'rmax';
    const perLane = reduce && ((s.a >>> 12) & 1) === 1;
    const rows = 1 + ((s.e >>> 20) % 4);
    set('vec.group.rows', rows);
    set('vec.group.stride', (s.e >>> 22) % 4);
    const lastW = perLane ? 0 : (s.flags & 0x8000) !== 0 ? 1 + ((s.f >>> 20) % W) : 0;
    set('vec.lastWidth', lastW);
    const widest = Math.max(w, lastW || w);
    const yLanes = reduce ? (perLane ? w : 1) : widest;
    (['a', 'y'] as const).forEach((x, k) => {
      const need = x === 'a' ? widest : yLanes;
      if ((s.flags >>> (1 + k)) & 1 || vreg(`vec.${x}.lane`) + need > W) setVec(`vec.${x}.lane`, (s.d >>> (4 * k)) % (W - need + 1));
      if ((s.flags >>> (4 + k)) & 1) {
        const q = (s.e >>> (5 * k)) & 31;
        setVec(`vec.${x}.count`, q % 4);
        setVec(`vec.${x}.step`, (q >>> 2) % 3);
        setVec(`vec.${x}.pitch`, (s.f >>> (4 * k)) % 5);
      }
      if ((s.flags >>> (7 + k)) & 1) {
        set(`vec.${x}.scale`, f32ToBits(VEC_SCALES[(s.c >>> (4 * k)) % VEC_SCALES.length]!));
        set(`vec.${x}.zero`, ((s.f >>> (3 * k)) % 301) - 150);
      }
    });
    if (op === 'softmax') set('vec.one', [255, 256, 127, 128, 1, 1000][(s.b >>> 12) % 6]!);
    // a softmax masked by 0 to 2 patterns of whatever the UB holds (every register set: a stale block could leave the UB)
    if (op === 'softmax') {
      const patterns = (s.a >>> 14) % 3;
      const fitsMask = patterns * rows <= ubRows;
      set('vec.mask.rows', fitsMask ? patterns : 0);
      set('vec.mask.row', fitsMask && patterns > 0 ? ubStart(patterns * rows, s.d >>> 8) : 0);
    }
    if (op === 'norm' && (s.b >>> 12) % 3 === 0) set('vec.eps', f32ToBits([1e-5, 0.5, 0, 1e-3][(s.b >>> 14) % 4]!));
    const span = (rows - 1) * ((s.e >>> 22) % 4);
    const top = (x: string, n: number) => vecPatternTop(n, vreg(`vec.${x}.count`), vreg(`vec.${x}.step`), vreg(`vec.${x}.pitch`));
    const tableRows = op === 'softmax' ? Math.ceil(1024 / W) : op === 'norm' ? 8 * rows : 0;
    const ySpan = reduce ? 0 : span;
    const fits = (n: number) => n === 0 || (top('a', n) + span < ubRows && top('y', n) + ySpan < ubRows);
    if (tableRows > ubRows) return;
    let len = s.c % 7;
    while (len > 0 && !fits(len)) len--;
    const a = len ? ubStart(top('a', len) + span + 1, s.b) : 0;
    const y = len ? ubStart(top('y', len) + ySpan + 1, s.e) : 0;
    const b = ubStart(tableRows, s.f >>> 5);
    if (tableRows > 0 && len > 0 && (s.flags & 0x800) === 0) {
      const host = op === 'softmax' ? SOFTMAX_BASE : NORM_BASE;
      if (host + tableRows * W <= HOST_BYTES) out.push({ op: 'READ_HOST', ub: b, host, rows: tableRows, rowBytes: 0 });
    }
    out.push({
      op: 'VECTOR',
      a,
      b,
      y,
      len,
      operation: op,
      aSigned: (s.flags & 0x1000) !== 0,
      ySigned: (s.flags & 0x4000) !== 0,
      perLane,
    });
  };
  const matmul = (s: Seed, sw: boolean, w16: boolean) => {
    const prev = (s.f & 7) === 0 ? chainable() : undefined;
    if (prev && prev.w16 === w16 && Number(prev.len) > 0) {
      // one in eight continues it: OS-style (same rows, accumulating) or IS-style (same inputs, other rows)
      const len = Number(prev.len);
      out.push(
        (s.e & 1) !== 0
          ? { ...prev, switch: sw, accumulate: true, fence: false }
          : { ...prev, switch: sw, acc: (s.f >>> 3) % (accRows - len + 1), fence: false },
      );
      return;
    }
    const in16 = (s.flags & 32) !== 0;
    const conv = (s.flags & 0x300) === 0x300;
    const e = in16 ? 2 : 1;
    let len = s.b % 5 === 0 ? s.a % 25 : s.a % 13;
    const cols = 1 + (s.c % 4);
    const step = s.d % 4;
    const pitch = (s.d >>> 3) % 9;
    const span = (n: number) => (n === 0 ? 0 : (conv ? patternMax(n, cols, step, pitch) : n - 1) * e + e);
    while (len > 0 && span(len) > ubRows) len--;
    len = Math.min(len, accRows);
    // in.lane anywhere it fits: 0..W - R (only 0 on a square array)
    if (s.flags & 0x1000) setIfChanged('inLane', 'in.lane', (s.c >>> 5) % (W - R + 1));
    out.push({
      op: 'MATMUL',
      ub: ubStart(span(len), s.e),
      acc: s.f % (accRows - len + 1),
      len,
      cols: conv ? cols : 0,
      step: conv ? step : 0,
      pitch: conv ? pitch : 0,
      switch: sw,
      accumulate: (s.flags & 128) !== 0,
      conv,
      unsigned: (s.flags & 64) !== 0,
      in16,
      w16,
      fence: (s.flags & 0x4000) !== 0,
    });
  };

  for (const s of seeds) {
    const k = s.kind;
    if (k < 18) {
      // READ_HOST / WRITE_HOST
      const rows = s.a % 9;
      const rowBytes = s.b % 3 === 0 ? 0 : 1 + (s.c % W);
      const rb = rowBytes || W;
      out.push({
        op: k < 12 ? 'READ_HOST' : 'WRITE_HOST',
        ub: ubStart(rows, s.d),
        host: s.e % (HOST_BYTES - rows * rb + 1),
        rows,
        rowBytes,
      });
    } else if (k < 32) {
      let count = s.a % 4;
      let w16 = fifo >= 2 && (s.flags & 1) !== 0 && s.b % 3 !== 0;
      const first = tileW16.length;
      if (required.has(first)) w16 = required.get(first)!;
      for (let t = 0; t < count; t++) {
        if (required.has(first + t) && required.get(first + t) !== w16) {
          count = t;
          break;
        }
      }
      // tiles read from the UB (int8, fetched before any switch to them: not promised ones)
      const ubCount = Math.max(1, count);
      const promised = Array.from({ length: ubCount }, (_, t) => required.has(first + t)).some(Boolean);
      if (config.weightFifo.fromUnifiedBuffer && (s.flags & 0x40) !== 0 && !promised) {
        readWeightsFromUb(ubCount, s);
        continue;
      }
      readWeights(count, w16, s.c, s.d % (R + 1), s.e % (C + 1));
    } else if (k < 58 || k >= 97) {
      let sw = k >= 97 || (s.flags & 2) !== 0;
      let w16: boolean;
      if (sw && switches < tileW16.length) {
        w16 = tileW16[switches]!;
      } else if (sw && (s.flags & 4) !== 0 && s.c % 3 === 0) {
        // switch to a tile the program fetches only later
        w16 = fifo >= 2 && (s.flags & 8) !== 0;
        required.set(switches, w16);
      } else {
        sw = false;
        w16 = current ?? (fifo >= 2 && (s.flags & 16) !== 0);
      }
      if (sw) {
        switches++;
        current = w16;
      }
      matmul(s, sw, w16);
    } else if (k < 76) {
      // ACTIVATE, with the register SETs it needs
      const pool = (s.flags & 3) === 0 ? ((s.flags & 4) !== 0 ? 'max' : 'avg') : 'none';
      let len = s.a % 13;
      let outs = len;
      if (pool !== 'none') {
        const ih = 1 + (s.a % 4),
          iw = 1 + (s.b % 4);
        const kh = 1 + (s.c % 3),
          kw = 1 + (s.d % 3);
        const sh = 1 + ((s.e >>> 2) % 2),
          sw = 1 + ((s.e >>> 4) % 2);
        const pt = s.f % kh,
          pl = (s.f >>> 3) % kw;
        const ohMax = Math.floor((ih - 1 + pt) / sh) + 1;
        const owMax = Math.floor((iw - 1 + pl) / sw) + 1;
        const oh = 1 + ((s.f >>> 6) % ohMax),
          ow = 1 + ((s.f >>> 9) % owMax);
        setIfChanged('ih', 'pool.inHeight', ih);
        setIfChanged('iw', 'pool.inWidth', iw);
        setIfChanged('kh', 'pool.kh', kh);
        setIfChanged('kw', 'pool.kw', kw);
        setIfChanged('sh', 'pool.sh', sh);
        setIfChanged('sw', 'pool.sw', sw);
        setIfChanged('pt', 'pool.padTop', pt);
        setIfChanged('pl', 'pool.padLeft', pl);
        setIfChanged('oh', 'pool.outHeight', oh);
        setIfChanged('ow', 'pool.outWidth', ow);
        len = ih * iw;
        outs = oh * ow;
      }
      let out16 = (s.flags & 16) !== 0;
      let strided = (s.flags & 64) !== 0;
      if (strided && (regs.count === 0 || (s.flags & 0x400) !== 0)) {
        setIfChanged('count', 'out.count', 1 + (s.c % 4));
        setIfChanged('step', 'out.step', (s.d >>> 5) % 3);
        setIfChanged('pitch', 'out.pitch', (s.e >>> 7) % 7);
      }
      const spanOf = (n: number) => {
        const e = out16 ? 2 : 1;
        return n === 0 ? 0 : (strided ? patternMax(n, regs.count, regs.step, regs.pitch) : n - 1) * e + e;
      };
      // at most 36 outputs: contiguous 8-bit ones always fit the UB (>= 40 rows)
      if (spanOf(outs) > ubRows) strided = false;
      if (spanOf(outs) > ubRows) out16 = false;
      const perColumn = (s.flags & 32) !== 0;
      if (s.flags & 0x2000) setIfChanged('outLane', 'out.lane', (s.e >>> 11) % (W - C + 1));
      out.push({
        op: 'ACTIVATE',
        acc: (s.f >>> 12) % (accRows - len + 1),
        ub: ubStart(spanOf(outs), s.b >>> 2),
        len,
        params: perColumn ? ubStart(paramRows, s.c >>> 2) : 0,
        func: s.b % 5,
        pool,
        perColumn,
        unsigned: (s.flags & 8) !== 0,
        strided,
        out16,
      });
    } else if (k < 81) {
      const which = s.a % 6;
      if (which === 0) set('act.scale', f32ToBits(SCALES[s.b % SCALES.length]!));
      else if (which === 1) set('act.outScale', f32ToBits([1, 127, 64, 0.5, 255][s.b % 5]!));
      else if (which === 2) set('act.zeroPoint', (s.b % 41) - 20);
      else if (which === 3) set('act.clipHigh', s.b % 200);
      else if (which === 4) setIfChanged('count', 'out.count', s.b % 5);
      else setIfChanged('pitch', 'out.pitch', s.b % 9);
    } else if (k < 87) {
      const ins: InstructionInput = { op: 'SYNC' };
      SYNC_UNITS.forEach((u, bit) => {
        if ((s.a >>> bit) & 1) ins[u] = true;
      });
      out.push(ins);
    } else if (k < 91) {
      out.push({ op: 'NOP', cycles: s.b % 10 === 0 ? s.a % 200 : s.a % 21 });
    } else if (k < 92) {
      out.push({ op: 'INTERRUPT', code: s.a % 100 });
    } else if (k >= 93 && config.vectorUnit) {
      vector(s);
    } else {
      out.push({ op: 'TAG', id: s.a % 4 });
    }
  }

  // tiles promised to earlier switches must exist (NO_TILE is a load-time error)
  while (tileW16.length < switches) {
    const w16 = required.get(tileW16.length) ?? false;
    let count = 1;
    while (tileW16.length + count < switches && (required.get(tileW16.length + count) ?? false) === w16 && count < 3) count++;
    readWeights(count, w16, tileW16.length * 7919, 0, 0);
  }
  if (balance) {
    let n = 0;
    while (switches < tileW16.length) {
      const w16 = tileW16[switches]!;
      switches++;
      matmul({ kind: 97, a: 1 + (n % 3), b: 1, c: 0, d: 0, e: n * 8, f: n * 5, flags: 0 }, true, w16);
      n++;
    }
  }
  out.push({ op: 'HALT' });
  return { program: out, weightBytes };
}

/** A random case: config, program, images and a cycle limit (usually generous, sometimes too small). */
export function simCaseArb(opts: GenOptions = {}): fc.Arbitrary<SimCase> {
  return configArb(opts).chain((config) =>
    fc
      .record({
        seeds: fc.array(seedArb, { minLength: 1, maxLength: opts.maxInstructions ?? 36 }),
        balance: fc.oneof({ weight: 6, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
        dataSeed: fc.nat(),
        limit: fc.oneof({ weight: 8, arbitrary: fc.constant(10_000_000) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 600 }) }),
      })
      .map(({ seeds, balance, dataSeed, limit }): SimCase => {
        const { program, weightBytes } = buildProgram(config, seeds, balance);
        return { config, program, dataSeed, weightBytes, maxCycles: limit };
      }),
  );
}
