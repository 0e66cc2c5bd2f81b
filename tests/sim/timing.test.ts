// Hand-computed timing cases for every rule of sim/TIMING.md, each run with both fidelities.
//
// Most cases use the small-16 preset, chosen for easy arithmetic:
//   R = C = 16, W = 16, FIFO D = 4 slots, f = 1 GHz
//   weights: 16 GB/s -> xfer_w(256 B tile) = ceil(256 * 1e9 / 16e9) = 16 cycles, L_w = 10 ns = 10 cycles
//   host:     8 GB/s -> xfer_h(n) = ceil(n / 8) cycles,                           L_h = 20 ns = 20 cycles
//   activation latency L_a = 2; multiply fill/drain R + C - 2 = 30
import { describe, expect, it } from 'vitest';
import { parseConfig, withOverrides, type RunResult } from '../../sim/index.js';
import { FIDELITIES, config, run } from './helpers.js';

const small = config('small-16');

/** The counter identities that hold for every run (totals and per tag). */
function checkInvariants(r: RunResult): void {
  const rows = [r.counters, ...r.perTag.map((t) => t.counters)];
  for (const c of rows) {
    expect(c.activeCycles! + c.weightStallCycles! + c.weightShiftCycles! + c.nonMatrixCycles!).toBe(c.cycles);
  }
  expect(r.perTag.reduce((s, t) => s + t.counters.cycles!, 0)).toBe(r.totalCycles);
  expect(r.counters.cycles).toBe(r.totalCycles);
}

/** A weight image of `tiles` R x C tiles of small nonzero values. */
function weightImage(bytes: number): Uint8Array {
  return new Uint8Array(bytes).map((_, i) => (i % 7) + 1);
}

describe.each(FIDELITIES)('timing (%s fidelity)', (fidelity) => {
  it('fetches 64 KiB tiles at 34 GB/s and 700 MHz in 1350 cycles plus latency (tpu-v1)', () => {
    // xfer_w(65536) = ceil(65536 * 700e6 / 34e9) = ceil(1349.27) = 1350; L_w = ceil(100 ns * 0.7) = 70
    // tile 0: xstart 0, arrive 1350 + 70 = 1420; tile 1: xstart 1350, arrive 2700 + 70 = 2770
    const cfg = fidelity === 'exact' ? withOverrides(config('tpu-v1'), { 'matrix.rows': 32, 'matrix.cols': 32 }) : config('tpu-v1');
    if (fidelity === 'exact') {
      // the exact engine is meant for arrays up to 32x32: a 32x32 tile is 1024 B,
      // xfer_w = ceil(1024 * 700 / 34000) = ceil(21.08) = 22, arrive(0) = 22 + 70 = 92, arrive(1) = 44 + 70 = 114
      const { result } = run(cfg, 'READ_WEIGHTS addr=0, tiles=2\nHALT', fidelity, { weights: weightImage(2048) });
      expect(Array.from(result.timing.tileXstart)).toEqual([0, 22]);
      expect(Array.from(result.timing.tileArrive)).toEqual([92, 114]);
      expect(result.totalCycles).toBe(114);
      expect(result.counters.weightBusyCycles).toBe(44);
      return;
    }
    const { result } = run(cfg, 'READ_WEIGHTS addr=0, tiles=2\nHALT', fidelity, { weights: weightImage(131072) });
    expect(Array.from(result.timing.tileXstart)).toEqual([0, 1350]);
    expect(Array.from(result.timing.tileArrive)).toEqual([1420, 2770]);
    // READ_WEIGHTS: start = xstart(first), issueEnd = xstart(last) + xfer, ready = arrive(last)
    expect([result.timing.start[0], result.timing.issueEnd[0], result.timing.ready[0]]).toEqual([0, 2700, 2770]);
    expect(result.totalCycles).toBe(2770);
    expect(result.counters.weightBusyCycles).toBe(2700);
    expect(result.counters.dramToFifoBytes).toBe(131072);
    // double-buffered: tile 0 shifts into the shadow registers as soon as it arrives (256 rows);
    // tile 1 never shifts (no multiply switches to tile 0), its shift times stay 0
    expect(Array.from(result.timing.tileShiftStart)).toEqual([1420, 0]);
    expect(Array.from(result.timing.tileShiftEnd)).toEqual([1676, 0]);
    checkInvariants(result);
  });

  it('multiplies B vectors in B + R + C - 2 cycles', () => {
    // zero tile, inputs already there: start 0, issueEnd 10, ready 10 + 16 + 16 - 2 = 40
    const { result } = run(small, 'MATMUL ub=0, acc=0, len=10\nHALT', fidelity);
    expect([result.timing.start[0], result.timing.issueEnd[0], result.timing.ready[0]]).toEqual([0, 10, 40]);
    expect(result.totalCycles).toBe(40);
    expect(result.counters.activeCycles).toBe(10);
    expect(result.counters.nonMatrixCycles).toBe(30);
    checkInvariants(result);

    // with a fetched tile: arrive 16 + 10 = 26, shift 26..42, multiply 42..52, ready 52 + 30 = 82
    const t = run(small, 'READ_WEIGHTS addr=0\nMATMUL ub=0, acc=0, len=10, switch\nHALT', fidelity, { weights: weightImage(256) }).result;
    expect([t.timing.tileArrive[0], t.timing.tileShiftStart[0], t.timing.tileShiftEnd[0]]).toEqual([26, 26, 42]);
    expect([t.timing.start[1], t.timing.ready[1]]).toEqual([42, 82]);
    expect(t.totalCycles).toBe(82);
    // matrix unit waits [0, 26) for the tile to arrive and [26, 42) for it to shift
    expect(t.counters.weightStallCycles).toBe(26);
    expect(t.counters.weightShiftCycles).toBe(16);
    checkInvariants(t);
  });

  const backToBack = (b: number) =>
    `READ_WEIGHTS addr=0, tiles=3\n` +
    `MATMUL ub=0, acc=0, len=${b}, switch\nMATMUL ub=0, acc=0, len=${b}, switch\nMATMUL ub=0, acc=0, len=${b}, switch\nHALT`;

  it('hides the weight shift behind back-to-back multiplies when B >= R (double-buffered)', () => {
    // tiles arrive at 26, 42, 58. t0 shifts 26..42; M0 42..62.
    // t1 may shift once M0 started (42): 42..58; M1 starts at max(62, 58) = 62, runs to 82.
    // t2 shifts from start(M1) = 62: 62..78; M2 starts at max(82, 78) = 82, issues to 102, ready 132.
    const { result } = run(small, backToBack(20), fidelity, { weights: weightImage(768) });
    expect([1, 2, 3].map((i) => result.timing.start[i])).toEqual([42, 62, 82]);
    expect(Array.from(result.timing.tileShiftStart)).toEqual([26, 42, 62]);
    expect(result.totalCycles).toBe(132);
    expect(result.counters.activeCycles).toBe(60);
    // only the first tile's shift is exposed
    expect(result.counters.weightShiftCycles).toBe(16);
    checkInvariants(result);
  });

  it('exposes the weight shift when B < R (double-buffered)', () => {
    // B = 8: M0 42..50; t1 shifts 42..58 -> M1 58..66; t2 shifts from start(M1) = 58: 58..74 -> M2 74..82, ready 112.
    // Multiplies follow every R = 16 cycles; each waits 8 cycles for its shift.
    const { result } = run(small, backToBack(8), fidelity, { weights: weightImage(768) });
    expect([1, 2, 3].map((i) => result.timing.start[i])).toEqual([42, 58, 74]);
    expect(result.totalCycles).toBe(112);
    expect(result.counters.activeCycles).toBe(24);
    expect(result.counters.weightStallCycles).toBe(26); // [0, 26): tile 0 not arrived
    expect(result.counters.weightShiftCycles).toBe(16 + 8 + 8); // [26,42) + [50,58) + [66,74)
    expect(result.counters.nonMatrixCycles).toBe(112 - 24 - 26 - 32); // the final drain, 30
    checkInvariants(result);
  });

  it('shifts after the array drained without double buffering (2R + C + B - 2 per fold)', () => {
    const single = withOverrides(small, { 'matrix.weightDoubleBuffer': false });
    // B = 20: t0 shifts 26..42 (M0 is next and nothing ran); M0 42..62, ready 92.
    // t1 waits for the drain: shift 92..108, M1 108..128, ready 158; t2 158..174, M2 174..194, ready 224.
    // Each later fold costs 2R + C + B - 2 = 32 + 16 + 20 - 2 = 66 (92 -> 158 -> 224).
    const { result } = run(single, backToBack(20), fidelity, { weights: weightImage(768) });
    expect(Array.from(result.timing.tileShiftStart)).toEqual([26, 92, 158]);
    expect([1, 2, 3].map((i) => result.timing.ready[i])).toEqual([92, 158, 224]);
    expect(result.totalCycles).toBe(224);
    checkInvariants(result);
    // B = 8: 26 + 16 + 8 + 30 = 80, then 54 per fold: 134, 188
    const short = run(single, backToBack(8), fidelity, { weights: weightImage(768) }).result;
    expect(short.totalCycles).toBe(188);
  });

  it('stalls the fetcher on a full FIFO', () => {
    // 8 tiles, D = 4, multiplies of B = 100. Tiles 0-5 fetch back to back (xstart 0..80): t0 leaves
    // the FIFO at 42 and t1 at 58, early enough. t2 shifts from start(M1) = 142 to 158, so t6
    // (which needs t2 gone) waits: xstart(6) = max(96, 158) = 158, a 62-cycle stall; t7 needs t3
    // gone (shift 242..258): xstart(7) = max(174, 258) = 258, an 84-cycle stall.
    // Multiplies run 42..142, 142..242, ..., 742..842; ready 842 + 30 = 872.
    const src = 'READ_WEIGHTS addr=0, tiles=8\n' + 'MATMUL ub=0, acc=0, len=100, switch\n'.repeat(8) + 'HALT';
    const { result } = run(small, src, fidelity, { weights: weightImage(2048) });
    expect(Array.from(result.timing.tileXstart)).toEqual([0, 16, 32, 48, 64, 80, 158, 258]);
    expect(Array.from(result.timing.tileArrive)).toEqual([26, 42, 58, 74, 90, 106, 184, 284]);
    expect(Array.from(result.timing.tileShiftStart)).toEqual([26, 42, 142, 242, 342, 442, 542, 642]);
    expect(result.counters.fifoFullStallCycles).toBe(62 + 84);
    expect(result.timing.ready[0]).toBe(284);
    expect(result.totalCycles).toBe(872);
    checkInvariants(result);
  });

  it('makes the ACTIVATE wait for the multiply it reads and counts the RAW stall of the next multiply', () => {
    // M0 0..8, ready 38. ACTIVATE reads its rows: start 38, issue end 46, ready 38 + 8 + 2 = 48.
    // M2 reads the ACTIVATE's output: waits [8, 48) (a RAW stall of 40), runs 48..56, ready 86.
    const src = 'MATMUL ub=0, acc=0, len=8\nACTIVATE acc=0, ub=100, len=8\nMATMUL ub=100, acc=16, len=8\nHALT';
    const { result } = run(small, src, fidelity);
    expect([result.timing.start[1], result.timing.ready[1]]).toEqual([38, 48]);
    expect([result.timing.start[2], result.timing.ready[2]]).toEqual([48, 86]);
    expect(result.totalCycles).toBe(86);
    expect(result.counters.rawStallCycles).toBe(40);
    expect(result.counters.activeCycles).toBe(16);
    expect(result.counters.nonMatrixCycles).toBe(70);
    checkInvariants(result);
  });

  it('holds a fence multiply at a layer boundary until every earlier ACTIVATE is done: RAW stall cycles', () => {
    // layer 1: tile 0 arrives 26, shifts 26..42; M1 42..50, ready 80. ACTIVATE reads M1's rows:
    // [80, 88), ready 90, writing UB rows 100..107. Layer 2 reads UB rows 200..207, which nothing
    // writes, with tile 1 (arrived 42, shifted 42..58 behind M1).
    //   without fence: M3 starts at max(issueEnd(M1) = 50, shiftEnd(t1) = 58) = 58, ready 58 + 8 + 30 = 96
    //   with fence:    M3 waits for the ACTIVATE: start 90, ready 128; waiting [50, 90) of which
    //                  [50, 58) also waits for the shift; all 40 are RAW stalls, 8 of them weight-shift cycles
    const src = (fence: boolean) =>
      'READ_WEIGHTS addr=0, tiles=2\nMATMUL ub=0, acc=0, len=8, switch\n' +
      `ACTIVATE acc=0, ub=100, len=8\nMATMUL ub=200, acc=16, len=8, switch${fence ? ', fence' : ''}\nHALT`;
    const free = run(small, src(false), fidelity, { weights: weightImage(512) }).result;
    expect([free.timing.start[3], free.timing.ready[3], free.totalCycles]).toEqual([58, 96, 96]);
    expect(free.counters.rawStallCycles).toBe(0);
    const fenced = run(small, src(true), fidelity, { weights: weightImage(512) }).result;
    expect([fenced.timing.start[2], fenced.timing.ready[2]]).toEqual([80, 90]);
    expect([fenced.timing.start[3], fenced.timing.ready[3], fenced.totalCycles]).toEqual([90, 128, 128]);
    expect(fenced.counters.rawStallCycles).toBe(40);
    expect(fenced.counters.weightShiftCycles).toBe(16 + 8); // [26, 42) before M1, [50, 58) before M3
    expect(fenced.counters.nonMatrixCycles).toBe(128 - 16 - 26 - 24);
    checkInvariants(fenced);
    // a fence with no earlier ACTIVATE changes nothing
    const first = run(small, 'MATMUL ub=0, acc=0, len=8, fence\nHALT', fidelity).result;
    expect([first.timing.start[0], first.totalCycles, first.counters.rawStallCycles]).toEqual([0, 38, 0]);
  });

  const fromUb = withOverrides(small, { 'weightFifo.fromUnifiedBuffer': true });

  it('reads a tile from the UB one row per cycle, without DRAM latency, in order with DRAM tiles', () => {
    // tile 0 (DRAM): [0, 16), arrives 26. Tile 1 (UB, R = 16 rows): [16, 32), arrives 32 (no latency).
    // tile 2 (DRAM): [32, 48), arrives 58. Shifts: t0 26..42; t1 from start(M0) = 42: 42..58;
    // t2 from start(M1) = 58: 58..74. M0 42..50, M1 58..66, M2 74..82, ready 82 + 30 = 112.
    const src =
      'READ_WEIGHTS addr=0\nREAD_WEIGHTS addr=0, ub\nREAD_WEIGHTS addr=256\n' +
      'MATMUL ub=0, acc=0, len=8, switch\nMATMUL ub=0, acc=0, len=8, switch\nMATMUL ub=0, acc=0, len=8, switch\nHALT';
    const { result } = run(fromUb, src, fidelity, { weights: weightImage(512) });
    expect(Array.from(result.timing.tileXstart)).toEqual([0, 16, 32]);
    expect(Array.from(result.timing.tileArrive)).toEqual([26, 32, 58]);
    expect([result.timing.start[1], result.timing.issueEnd[1], result.timing.ready[1]]).toEqual([16, 32, 32]);
    expect(Array.from(result.timing.tileShiftStart)).toEqual([26, 42, 58]);
    expect([3, 4, 5].map((i) => result.timing.start[i])).toEqual([42, 58, 74]);
    expect(result.totalCycles).toBe(112);
    expect(result.counters).toMatchObject({ ubToFifoBytes: 256, dramToFifoBytes: 512, weightBusyCycles: 48, fifoFullStallCycles: 0 });
    checkInvariants(result);
  });

  it('orders a UB tile after the ACTIVATE writing its rows (RAW) and the next write of them after it (WAR)', () => {
    // M0 0..16, ready 46. ACTIVATE writes UB rows 100..115: [46, 62), ready 64.
    // READ_WEIGHTS ub reads rows 100..115: waits for the ACTIVATE, [64, 80), ready 80.
    // M3 switches to that tile: shift 80..96, M3 96..100, ready 130.
    // READ_HOST writes row 100: waits for the READ_WEIGHTS to have read it: [80, 82), ready 102.
    const src =
      'MATMUL ub=0, acc=0, len=16\nACTIVATE acc=0, ub=100, len=16\nREAD_WEIGHTS addr=100, ub\n' +
      'MATMUL ub=0, acc=16, len=4, switch\nREAD_HOST ub=100, host=0, rows=1\nHALT';
    const { sim, result } = run(fromUb, src, fidelity, { hostBytes: 16 });
    expect([result.timing.start[1], result.timing.ready[1]]).toEqual([46, 64]);
    expect([result.timing.start[2], result.timing.ready[2]]).toEqual([64, 80]);
    expect([result.timing.tileShiftStart[0], result.timing.tileShiftEnd[0]]).toEqual([80, 96]);
    expect([result.timing.start[3], result.timing.ready[3]]).toEqual([96, 130]);
    expect([result.timing.start[4], result.timing.ready[4]]).toEqual([80, 102]);
    expect(result.totalCycles).toBe(130);
    // the multiply waits [16, 80) for the tile to arrive and [80, 96) for its shift; the fetcher's wait
    // for the ACTIVATE is a hazard, not a full FIFO
    expect(result.counters).toMatchObject({
      activeCycles: 20,
      weightStallCycles: 64,
      weightShiftCycles: 16,
      nonMatrixCycles: 30,
      rawStallCycles: 0,
      fifoFullStallCycles: 0,
    });
    checkInvariants(result);
    expect(sim.readUb(100, 1)[0]).toBe(0); // the READ_HOST of zeros landed after the tile was read
  });

  it('takes C cycles for a transposed UB tile (C tile columns) and R for a plain one (8x16)', () => {
    const cfg = withOverrides(fromUb, { 'matrix.rows': 8 });
    // tile 0: R = 8 rows, [0, 8); tile 1 transposed: C = 16 rows, [8, 24); T = ready(last READ_WEIGHTS) = 24
    const { result } = run(cfg, 'READ_WEIGHTS addr=0, ub\nREAD_WEIGHTS addr=8, ub, transpose\nHALT', fidelity);
    expect(Array.from(result.timing.tileArrive)).toEqual([8, 24]);
    expect(result.totalCycles).toBe(24);
    expect(result.counters).toMatchObject({ weightBusyCycles: 24, ubToFifoBytes: 256 });
  });

  it('moves N bytes over the host link in ceil(N f / BW) cycles plus latency, in order', () => {
    // 50 B: ceil(50 / 8) = 7 -> [0, 7), ready 7 + 20 = 27
    // 48 B: 6 -> starts when the link is free at 7: [7, 13), ready 33
    // WRITE_HOST 50 B: [13, 20), ready 40
    const src =
      'READ_HOST ub=0, host=0, rows=5, rowBytes=10\nREAD_HOST ub=5, host=64, rows=3\n' +
      'WRITE_HOST ub=0, host=128, rows=5, rowBytes=10\nHALT';
    const host = new Uint8Array(256).map((_, i) => i + 1);
    const { sim, result } = run(small, src, fidelity, { host });
    expect([0, 1, 2].map((i) => [result.timing.start[i], result.timing.issueEnd[i], result.timing.ready[i]])).toEqual([
      [0, 7, 27],
      [7, 13, 33],
      [13, 20, 40],
    ]);
    expect(result.totalCycles).toBe(40);
    expect(result.counters.hostBusyCycles).toBe(20);
    expect(result.counters.hostToUbBytes).toBe(98);
    expect(result.counters.ubToHostBytes).toBe(50);
    expect(Array.from(sim.readHost(128, 50))).toEqual(Array.from(host.subarray(0, 50)));
    checkInvariants(result);
  });

  it('moves 1 MiB over PCIe Gen3 x16 (14 GB/s, 700 MHz) in 52429 cycles plus 700 of latency', () => {
    // ceil(1048576 * 700e6 / 14e9) = ceil(52428.8) = 52429; L_h = 1000 ns * 0.7 = 700 -> ready 53129
    const cfg = withOverrides(config('tpu-v1'), { 'matrix.rows': 16, 'matrix.cols': 16 });
    const { result } = run(cfg, 'READ_HOST ub=0, host=0, rows=65536\nHALT', fidelity, { hostBytes: 1 << 20 });
    expect([result.timing.issueEnd[0], result.timing.ready[0]]).toEqual([52429, 53129]);
    expect(result.totalCycles).toBe(53129);
  });

  it('delays issue with NOP and SYNC, and records INTERRUPT cycles', () => {
    expect(run(small, 'NOP 5\nNOP 7\nHALT', fidelity).result.totalCycles).toBe(12);
    // READ_HOST 64 B: [0, 8), ready 28. SYNC host holds the front end until 28, so the second
    // READ_HOST starts at 28 (not 8) and is ready at 28 + 8 + 20 = 56.
    const synced = run(small, 'READ_HOST ub=0, host=0, rows=4\nINTERRUPT 7\nSYNC host\nREAD_HOST ub=4, host=0, rows=4\nHALT', fidelity, {
      hostBytes: 64,
    }).result;
    expect(synced.timing.start[3]).toBe(28);
    expect(synced.totalCycles).toBe(56);
    expect(synced.interrupts).toEqual([{ pc: 1, code: 7, cycle: 28 }]);
    const free = run(small, 'READ_HOST ub=0, host=0, rows=4\nREAD_HOST ub=4, host=0, rows=4\nHALT', fidelity, { hostBytes: 64 }).result;
    expect(free.timing.start[1]).toBe(8);
    expect(free.totalCycles).toBe(36);
  });

  it('attributes cycle counters to the oldest unfinished instruction and work to its own tag', () => {
    // As the RAW case, tagged: instructions 0-2 tag 1, 3-5 tag 2.
    // Oldest unfinished: the MATMUL (ready 38) for [0, 38), the ACTIVATE (ready 48) for [38, 48),
    // then the tag-2 MATMUL (ready 86) for [48, 86): tag 1 owns 48 cycles, tag 2 owns 38.
    // The RAW stall [8, 48) falls in tag 1's cycles although the waiting multiply is tag 2's.
    const src = 'TAG 1\nMATMUL ub=0, acc=0, len=8\nACTIVATE acc=0, ub=100, len=8\nTAG 2\nMATMUL ub=100, acc=16, len=8\nHALT';
    const { result } = run(small, src, fidelity);
    const tag = (id: number) => result.perTag.find((t) => t.tag === id)!;
    expect(result.perTag.map((t) => t.tag)).toEqual([1, 2]);
    expect(tag(1).counters).toMatchObject({
      cycles: 48,
      activeCycles: 8,
      rawStallCycles: 40,
      nonMatrixCycles: 40,
      matrixBusyCycles: 8,
      activationBusyCycles: 8,
      instructions: 3,
      accToActivationBytes: 512,
      activationToUbBytes: 128,
    });
    expect(tag(2).counters).toMatchObject({
      cycles: 38,
      activeCycles: 8,
      rawStallCycles: 0,
      nonMatrixCycles: 30,
      matrixBusyCycles: 8,
      instructions: 3,
      ubToArrayBytes: 128,
    });
    expect(tag(1).opcodes).toEqual({ TAG: 1, MATMUL: 1, ACTIVATE: 1 });
    expect(tag(2).opcodes).toEqual({ TAG: 1, MATMUL: 1, HALT: 1 });
    checkInvariants(result);
  });

  it("splits active MAC slots into useful and unused by the tile's used extent", () => {
    // M0 uses the all-zero tile after reset: 2 cycles x 256 slots unused.
    // The tile has 10 x 12 real weights: 8 active cycles x 120 useful, x 136 unused.
    // Timing: M0 [0, 2); tile arrives 26, shifts 26..42; M2 42..47; M3 47..50, ready 80.
    const src =
      'MATMUL ub=0, acc=0, len=2\nREAD_WEIGHTS addr=0, usedRows=10, usedCols=12\n' +
      'MATMUL ub=0, acc=0, len=5, switch\nMATMUL ub=0, acc=8, len=3\nHALT';
    const { result } = run(small, src, fidelity, { weights: weightImage(256) });
    expect(result.counters.usefulMacs).toBe(960);
    expect(result.counters.unusedMacs).toBe(512 + 1088);
    expect(result.totalCycles).toBe(80);
    checkInvariants(result);
  });

  it('runs 8x16 multiplies at half speed and 16x16 at quarter speed', () => {
    // 16-bit tile: 512 B, xfer 32, arrive 42, shift 2R = 32: 42..74.
    // in16 + w16, p = 4: M1 74..90, M2 90..102, ready 102 + 30 = 132
    const wide = run(
      small,
      'READ_WEIGHTS addr=0, w16\nMATMUL ub=0, acc=0, len=4, switch, in16, w16\nMATMUL ub=0, acc=4, len=3, in16, w16\nHALT',
      fidelity,
      { weights: weightImage(512) },
    ).result;
    expect([wide.timing.tileArrive[0], wide.timing.tileShiftEnd[0]]).toEqual([42, 74]);
    expect([wide.timing.start[1], wide.timing.issueEnd[1], wide.timing.issueEnd[2], wide.timing.ready[2]]).toEqual([74, 90, 102, 132]);
    expect(wide.counters.matrixBusyCycles).toBe(28);
    // in16 with an 8-bit tile, p = 2: 42..50, ready 80
    const half = run(small, 'READ_WEIGHTS addr=0\nMATMUL ub=0, acc=0, len=4, switch, in16\nHALT', fidelity, {
      weights: weightImage(256),
    }).result;
    expect([half.timing.start[1], half.timing.issueEnd[1], half.totalCycles]).toEqual([42, 50, 80]);
    expect(half.counters.ubToArrayBytes).toBe(4 * 16 * 2);
  });

  it('takes one accumulator row per cycle in the activation unit, pooling included', () => {
    // ACTIVATE 10 rows: [0, 10), ready 12; the next starts at 10, ready 10 + 6 + 2 = 18
    const two = run(small, 'ACTIVATE acc=0, ub=0, len=10\nACTIVATE acc=10, ub=10, len=6\nHALT', fidelity).result;
    expect([two.timing.start[1], two.timing.ready[1], two.totalCycles]).toEqual([10, 18, 18]);
    // 4x4 image max-pooled 2x2 stride 2: still 16 rows in, ready 16 + 2 = 18
    const pooled = run(
      small,
      'SET pool.inHeight, 4\nSET pool.inWidth, 4\nSET pool.kh, 2\nSET pool.kw, 2\nSET pool.sh, 2\nSET pool.sw, 2\n' +
        'SET pool.outHeight, 2\nSET pool.outWidth, 2\nACTIVATE acc=0, ub=0, len=16, pool=max\nHALT',
      fidelity,
    ).result;
    expect(pooled.totalCycles).toBe(18);
    expect(pooled.counters.activationBusyCycles).toBe(16);
    expect(pooled.counters.activationToUbBytes).toBe(4 * 16);
  });
});

// The vector unit (sim/TIMING.md "Vector unit"): small-16 with a 16-lane vector unit of latency
// L_v = 2, so a full row (w = W = 16) takes c(w) = 1 cycle; busy = setup + len * c(w),
// ready = issueEnd + L_v. Tables take setup = ceil(tableBytes / W) cycles.
const smallVec = parseConfig(
  { ...small, vectorUnit: { lanes: 16, latencyCycles: 2, ops: ['move', 'arith', 'lookup'] } },
  'small-16 + vector',
);

describe.each(FIDELITIES)('vector unit timing (%s fidelity)', (fidelity) => {
  const times = (r: RunResult, i: number) => [r.timing.start[i], r.timing.issueEnd[i], r.timing.ready[i]];

  it('runs an element-wise op in len cycles plus the latency', () => {
    const r = run(smallVec, 'VECTOR a=0, b=10, y=20, len=5, operation=add\nHALT', fidelity).result;
    expect(times(r, 0)).toEqual([0, 5, 7]);
    expect(r.totalCycles).toBe(7);
    expect(r.counters.vectorBusyCycles).toBe(5);
    expect(r.counters.ubToVectorBytes).toBe(5 * (16 + 16)); // A and B rows
    expect(r.counters.vectorToUbBytes).toBe(5 * 16);
    checkInvariants(r);
  });

  it('reads a lookup table first: 1 + len cycles at W = 256 (tpu-v1), 16 + len at W = 16', () => {
    // tpu-v1: setup = ceil(256 / 256) = 1, busy = 1 + 100, ready + L_v = 4
    const v1 = run(config('tpu-v1'), 'VECTOR a=0, b=200, y=0, len=100, operation=lookup\nHALT', fidelity).result;
    expect(times(v1, 0)).toEqual([0, 101, 105]);
    expect(v1.counters.ubToVectorBytes).toBe(100 * 256 + 256);
    const s = run(smallVec, 'VECTOR a=0, b=100, y=0, len=3, operation=lookup\nHALT', fidelity).result;
    expect(times(s, 0)).toEqual([0, 19, 21]);
  });

  it('takes ceil(w / lanes) cycles per row when lanes < w, and one VECTOR at a time', () => {
    // 4 lanes, w = 16: 4 cycles per row; w = 6: 2 cycles per row (second VECTOR waits for the first)
    const cfg = parseConfig({ ...smallVec, vectorUnit: { ...smallVec.vectorUnit!, lanes: 4 } }, 'narrow');
    const r = run(
      cfg,
      'VECTOR a=0, y=20, len=3, operation=copy\nSET vec.width, 6\nVECTOR a=40, y=60, len=5, operation=copy\nHALT',
      fidelity,
    ).result;
    expect(times(r, 0)).toEqual([0, 12, 14]);
    expect(times(r, 2)).toEqual([12, 22, 24]);
    expect(r.counters.vectorBusyCycles).toBe(22);
    expect(r.counters.vectorToUbBytes).toBe(3 * 16 + 5 * 6);
  });

  it("orders ACTIVATE -> VECTOR -> MATMUL by hazards; the multiply's wait is a RAW stall", () => {
    // ACTIVATE [0, 8), ready 10; VECTOR reads its rows: [10, 18), ready 20;
    // MATMUL reads the VECTOR's output: start 20, issueEnd 28, ready 28 + 30 = 58; waits [0, 20)
    const r = run(
      smallVec,
      'ACTIVATE acc=0, ub=100, len=8\nVECTOR a=100, y=200, len=8, operation=copy\nMATMUL ub=200, acc=16, len=8\nHALT',
      fidelity,
    ).result;
    expect(times(r, 0)).toEqual([0, 8, 10]);
    expect(times(r, 1)).toEqual([10, 18, 20]);
    expect(times(r, 2)).toEqual([20, 28, 58]);
    expect(r.counters.rawStallCycles).toBe(20);
    checkInvariants(r);
  });

  it('holds a fence multiply until every earlier VECTOR is done, and SYNC vector waits for the unit', () => {
    // VECTOR [0, 10), ready 12; the multiply reads other rows, so only the fence holds it
    const src = (fence: boolean) => `VECTOR a=0, y=50, len=10, operation=copy\nMATMUL ub=100, acc=0, len=4${fence ? ', fence' : ''}\nHALT`;
    expect(times(run(smallVec, src(false), fidelity).result, 1)).toEqual([0, 4, 34]);
    const fenced = run(smallVec, src(true), fidelity).result;
    expect(times(fenced, 1)).toEqual([12, 16, 46]);
    expect(fenced.counters.rawStallCycles).toBe(12);
    const synced = run(smallVec, 'VECTOR a=0, y=50, len=10, operation=copy\nSYNC vector\nREAD_HOST ub=0, host=0, rows=1\nHALT', fidelity, {
      hostBytes: 16,
    }).result;
    expect(synced.timing.ready[1]).toBe(12);
    expect(synced.timing.start[2]).toBe(12);
  });
});

// The vector unit's group ops (docs/vector-unit.md §6): for a group of rows w_r,
// G = Σ_r ceil(w_r / lanes); busy = setup + len·G (sum, mean, rmax), setup + 3·len·G (softmax:
// max, sum and write passes), setup + 2·len·G (norm: statistics and write passes);
// setup = ceil(tableBytes / W) with 1024 table bytes (softmax) and 8W·group.rows (norm).
const smallGroups = parseConfig(
  { ...small, vectorUnit: { lanes: 16, latencyCycles: 2, ops: ['reduce', 'softmax', 'norm'] } },
  'small-16 + group ops',
);

describe.each(FIDELITIES)('vector unit group-op timing (%s fidelity)', (fidelity) => {
  const times = (r: RunResult, i: number) => [r.timing.start[i], r.timing.issueEnd[i], r.timing.ready[i]];
  const groups = (rows: number, stride: number, extra = '') => `SET vec.group.rows, ${rows}\nSET vec.group.stride, ${stride}\n${extra}`;

  it('sums groups of 3 full rows in 3 cycles per group, writing one byte per group', () => {
    // G = 3 * ceil(16 / 16) = 3; busy = 5 * 3 = 15; ready 15 + 2
    const r = run(smallGroups, groups(3, 2) + 'VECTOR a=0, y=40, len=5, operation=sum\nHALT', fidelity).result;
    expect(times(r, 2)).toEqual([0, 15, 17]);
    expect(r.counters.vectorBusyCycles).toBe(15);
    expect(r.counters.ubToVectorBytes).toBe(5 * 3 * 16);
    expect(r.counters.vectorToUbBytes).toBe(5);
    checkInvariants(r);
  });

  it('charges a shorter last row ceil(lastWidth / lanes) cycles (mean, 4 lanes)', () => {
    // lanes 4: c(16) = 4, c(5) = 2; 4 rows: G = 3 * 4 + 2 = 14; len 2: busy 28
    const cfg = parseConfig({ ...smallGroups, vectorUnit: { ...smallGroups.vectorUnit!, lanes: 4 } }, 'narrow');
    const r = run(cfg, groups(4, 1, 'SET vec.lastWidth, 5\n') + 'VECTOR a=0, y=40, len=2, operation=mean\nHALT', fidelity).result;
    expect(times(r, 3)).toEqual([0, 28, 30]);
    expect(r.counters.ubToVectorBytes).toBe(2 * (3 * 16 + 5));
    expect(r.counters.vectorToUbBytes).toBe(2);
  });

  it('reduces each lane over the rows with perLane, writing w bytes per group (rmax)', () => {
    // w = 8, 3 rows: G = 3; len 4: busy 12; writes 4 * 8 bytes
    const r = run(
      smallGroups,
      groups(3, 4, 'SET vec.width, 8\n') + 'VECTOR a=0, y=40, len=4, operation=rmax, perLane\nHALT',
      fidelity,
    ).result;
    expect(times(r, 3)).toEqual([0, 12, 14]);
    expect(r.counters.ubToVectorBytes).toBe(4 * 3 * 8);
    expect(r.counters.vectorToUbBytes).toBe(4 * 8);
  });

  it('softmax over 13,000 classes on tpu-v1: 4 + 3 * len * 51 cycles (51 channel blocks, the last 200 lanes)', () => {
    // setup ceil(1024 / 256) = 4; G = 51; len 2: busy 4 + 306 = 310; L_v = 4
    const r = run(
      config('tpu-v1'),
      groups(51, 2, 'SET vec.lastWidth, 200\n') + 'VECTOR a=0, b=1000, y=2000, len=2, operation=softmax\nHALT',
      fidelity,
    ).result;
    expect(times(r, 3)).toEqual([0, 310, 314]);
    expect(r.counters.ubToVectorBytes).toBe(3 * 2 * 13_000 + 1024);
    expect(r.counters.vectorToUbBytes).toBe(2 * 13_000);
  });

  it('a masked softmax takes the unmasked cycles and reads its mask bytes beside A in every pass; an ACTIVATE writing its mask rows waits', () => {
    // tpu-v1-vector: setup 4; G = 51; len 2: busy 310 as unmasked; reads 3 * 2 * 13,000 twice (A and the mask) + 1024
    const src = (extra: string) =>
      groups(51, 2, 'SET vec.lastWidth, 200\nSET vec.mask.rows, 2\nSET vec.mask.row, 3000\n') +
      'VECTOR a=0, b=1000, y=2000, len=2, operation=softmax\n' +
      extra +
      'HALT';
    const r = run(config('tpu-v1-vector'), src(''), fidelity).result;
    expect(times(r, 5)).toEqual([0, 310, 314]);
    expect(r.counters.ubToVectorBytes).toBe(2 * 3 * 2 * 13_000 + 1024);
    expect(r.counters.vectorToUbBytes).toBe(2 * 13_000);
    // an ACTIVATE writing the mask block's last row (3000 + 2 * 51 - 1) waits for the softmax (WAR); one just past it does not
    const war = (row: number) => times(run(config('tpu-v1-vector'), src(`ACTIVATE acc=0, ub=${row}, len=1\n`), fidelity).result, 6)[0];
    expect(war(3101)).toBeGreaterThanOrEqual(310);
    expect(war(3102)).toBeLessThan(310);
  });

  it('norm reads its parameter block (8 rows per group row) first, then two passes per group', () => {
    // setup = ceil(8 * 16 * 2 / 16) = 16; G = 2; len 3: busy 16 + 2 * 3 * 2 = 28
    const r = run(smallGroups, groups(2, 1) + 'VECTOR a=0, b=100, y=40, len=3, operation=norm\nHALT', fidelity).result;
    expect(times(r, 2)).toEqual([0, 28, 30]);
    expect(r.counters.ubToVectorBytes).toBe(2 * 3 * 32 + 8 * 16 * 2);
    expect(r.counters.vectorToUbBytes).toBe(3 * 32);
  });

  it("holds a multiply that reads a softmax group's last row until the softmax is done (a RAW stall)", () => {
    // softmax writes rows 20, 24, 28 (one range 20..28): setup 64 + 3 * 3 = 73, ready 75;
    // MATMUL of row 28 starts at 75 (issueEnd 76, ready 76 + 30); one of row 29 does not wait
    const src = (ub: number) => groups(3, 4) + `VECTOR a=0, b=100, y=20, len=1, operation=softmax\nMATMUL ub=${ub}, acc=0, len=1\nHALT`;
    const waits = run(smallGroups, src(28), fidelity).result;
    expect(times(waits, 2)).toEqual([0, 73, 75]);
    expect(times(waits, 3)).toEqual([75, 76, 106]);
    expect(waits.counters.rawStallCycles).toBe(75);
    expect(times(run(smallGroups, src(29), fidelity).result, 3)).toEqual([0, 1, 31]);
  });
});
