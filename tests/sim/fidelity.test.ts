// fast == exact: random valid programs on random small configs run through both fidelities must give
// bit-identical memories, identical per-instruction and per-tile timing, identical counters (totals
// and per tag), identical total cycles, and identical errors (code, instruction, arguments); and a
// completed run must leave the memories the ISA's executable semantics (isa/semantics.ts) give.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeProgram, executeProgram, formatInstruction, decodeProgram } from '../../isa/index.js';
import { SimError, Simulator, type Fidelity, type RunResult } from '../../sim/index.js';
import { caseImages, simCaseArb, type SimCase } from './program-gen.js';

/** What one fidelity produced: results and memories, or the error it reported. */
type Outcome =
  | { ok: true; result: RunResult; host: Uint8Array; ub: Uint8Array; acc: Int32Array }
  | { ok: false; code: string; pc: number; args: string[]; message: string };

function runCase(c: SimCase, fidelity: Fidelity): Outcome {
  const sim = Simulator.create(c.config);
  sim.load({ program: encodeProgram({ instructions: c.program }), ...caseImages(c) });
  try {
    const result = sim.run({ fidelity, maxCycles: c.maxCycles });
    return { ok: true, result, host: sim.readHost(), ub: sim.readUb(), acc: sim.readAccumulators() };
  } catch (e) {
    if (!(e instanceof SimError) || e.phase !== 'run' || !['DEADLOCK', 'CYCLE_LIMIT', 'VECTOR_INDEX'].includes(e.code)) throw e;
    return { ok: false, code: e.code, pc: e.pc, args: e.args.map(String), message: e.message };
  }
}

/** First difference between two numeric arrays, or null. */
function firstDiff(what: string, a: ArrayLike<number>, b: ArrayLike<number>): string | null {
  if (a.length !== b.length) return `${what}: length ${a.length} (fast) vs ${b.length} (exact)`;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return `${what}[${i}]: fast ${a[i]}, exact ${b[i]}`;
  }
  return null;
}

/** Every difference between the two outcomes (empty when they agree). */
function compare(fast: Outcome, exact: Outcome): string[] {
  if (!fast.ok || !exact.ok) {
    if (fast.ok !== exact.ok) return [`fast ${fast.ok ? 'completed' : fast.message}; exact ${exact.ok ? 'completed' : exact.message}`];
    const f = fast as Extract<Outcome, { ok: false }>,
      x = exact as Extract<Outcome, { ok: false }>;
    if (f.code !== x.code || f.pc !== x.pc || f.args.join() !== x.args.join()) {
      return [`errors differ: fast ${f.code} pc ${f.pc} args ${f.args}; exact ${x.code} pc ${x.pc} args ${x.args}`];
    }
    return [];
  }
  const diffs: (string | null)[] = [];
  const f = fast.result,
    x = exact.result;
  if (f.totalCycles !== x.totalCycles) diffs.push(`totalCycles: fast ${f.totalCycles}, exact ${x.totalCycles}`);
  for (const key of Object.keys(f.timing) as (keyof RunResult['timing'])[])
    diffs.push(firstDiff(`timing.${key}`, f.timing[key], x.timing[key]));
  for (const [name, v] of Object.entries(f.counters))
    if (x.counters[name] !== v) diffs.push(`counter ${name}: fast ${v}, exact ${x.counters[name]}`);
  if (f.perTag.length !== x.perTag.length) diffs.push(`tags: fast ${f.perTag.length}, exact ${x.perTag.length}`);
  f.perTag.forEach((t, i) => {
    for (const [name, v] of Object.entries(t.counters)) {
      if (x.perTag[i]?.counters[name] !== v) diffs.push(`tag ${t.tag} counter ${name}: fast ${v}, exact ${x.perTag[i]?.counters[name]}`);
    }
  });
  diffs.push(firstDiff('host memory', fast.host, exact.host));
  diffs.push(firstDiff('UB', fast.ub, exact.ub));
  diffs.push(firstDiff('accumulators', fast.acc, exact.acc));
  return diffs.filter((d): d is string => d !== null);
}

/** Cases using each of the ISA's newer features (the property test checks the generator produces them). */
function featureCounts(): Record<string, number> {
  return {
    inLane: 0,
    outLane: 0,
    fence: 0,
    ubTiles: 0,
    ubTilesTransposed: 0,
    vector: 0,
    vectorTables: 0,
    vectorGroups: 0,
    osMatmul: 0,
    isMatmul: 0,
    foldChain: 0,
  };
}

function countFeatures(counts: Record<string, number>, c: SimCase): void {
  const has = (pred: (ins: SimCase['program'][number]) => boolean) => c.program.some(pred);
  if (has((i) => i.op === 'SET' && i.reg === 'in.lane' && i.value !== 0)) counts['inLane']!++;
  // the output- and input-stationary matrix units (matrix.dataflow) with a real multiply
  const df = c.config.matrix.dataflow;
  if ((df === 'os' || df === 'is') && has((i) => i.op === 'MATMUL' && Number(i.len) > 0)) counts[`${df}Matmul`]!++;
  // an os/is multiply that may continue the one before it (same length, only READ_WEIGHTS/SET/NOP between)
  if (df === 'os' || df === 'is') {
    let prev: SimCase['program'][number] | undefined;
    for (const ins of c.program) {
      if (ins.op === 'MATMUL') {
        if (prev && Number(ins.len) > 0 && ins.len === prev.len && (ins.acc === prev.acc || ins.ub === prev.ub)) {
          counts['foldChain']!++;
          break;
        }
        prev = ins;
      } else if (ins.op !== 'READ_WEIGHTS' && ins.op !== 'SET' && ins.op !== 'NOP') prev = undefined;
    }
  }
  if (has((i) => i.op === 'SET' && i.reg === 'out.lane' && i.value !== 0)) counts['outLane']!++;
  if (has((i) => i.op === 'MATMUL' && i.fence === true) && has((i) => i.op === 'ACTIVATE')) counts['fence']!++;
  if (has((i) => i.op === 'READ_WEIGHTS' && i.ub === true && Number(i.tiles) > 0)) counts['ubTiles']!++;
  if (has((i) => i.op === 'READ_WEIGHTS' && i.ub === true && i.transpose === true && Number(i.tiles) > 0)) counts['ubTilesTransposed']!++;
  if (has((i) => i.op === 'VECTOR' && Number(i.len) > 0)) counts['vector']!++;
  if (
    has(
      (i) => i.op === 'VECTOR' && Number(i.len) > 0 && (i.operation === 'permute' || i.operation === 'gather' || i.operation === 'lookup'),
    )
  )
    counts['vectorTables']!++;
  // sum, mean, rmax, softmax, norm (docs/vector-unit.md §3 "Groups")
  if (has((i) => i.op === 'VECTOR' && Number(i.len) > 0 && ['sum', 'mean', 'rmax', 'softmax', 'norm'].includes(String(i.operation))))
    counts['vectorGroups']!++;
}

/** Differences between a completed run's memories and the ISA's semantics of the same program. */
function compareWithSemantics(c: SimCase, run: Outcome): string[] {
  if (!run.ok) return [];
  const m = c.config;
  const images = caseImages(c);
  const shape = {
    rows: m.matrix.rows,
    cols: m.matrix.cols,
    ubBytes: m.unifiedBuffer.bytes,
    accEntries: m.accumulators.entries,
    dataflow: m.matrix.dataflow,
  };
  const want = executeProgram(decodeProgram(encodeProgram({ instructions: c.program })), shape, images.host, images.weights);
  return [
    firstDiff('host memory vs semantics', run.host, want.host),
    firstDiff('UB vs semantics', run.ub, want.ub),
    firstDiff('accumulators vs semantics', run.acc, want.acc),
  ].filter((d): d is string => d !== null);
}

function describeCase(c: SimCase): string {
  const { instructions } = decodeProgram(encodeProgram({ instructions: c.program }));
  const m = c.config;
  return [
    `config ${m.matrix.rows}x${m.matrix.cols} dataflow=${m.matrix.dataflow ?? 'ws'} doubleBuffer=${m.matrix.weightDoubleBuffer} fifo=${m.weightFifo.depthTiles} ` +
      `ub=${m.unifiedBuffer.bytes} acc=${m.accumulators.entries} weights=${JSON.stringify(m.weightMemory)} host=${JSON.stringify(m.hostInterface)} ` +
      `actLat=${m.activation.latencyCycles} maxCycles=${c.maxCycles}`,
    ...instructions.map((ins, i) => `  ${i}: ${formatInstruction(ins)}`),
  ].join('\n');
}

// FIDELITY_RUNS=5000 for a longer local search; CI runs the default
const RUNS = Number(process.env['FIDELITY_RUNS'] ?? 1000);

describe('fast and exact fidelities agree', () => {
  it(
    'on random programs and configs (memories, timing, counters, errors)',
    () => {
      const outcomes = { ok: 0, DEADLOCK: 0, CYCLE_LIMIT: 0, VECTOR_INDEX: 0 };
      let matmuls = 0;
      const features = featureCounts();
      fc.assert(
        fc.property(simCaseArb(), (c) => {
          const fast = runCase(c, 'fast');
          const exact = runCase(c, 'exact');
          const diffs = [...compare(fast, exact), ...compareWithSemantics(c, fast)];
          if (diffs.length) throw new Error(`fast, exact and the semantics differ:\n${diffs.slice(0, 12).join('\n')}\n${describeCase(c)}`);
          outcomes[fast.ok ? 'ok' : (fast.code as 'DEADLOCK' | 'CYCLE_LIMIT' | 'VECTOR_INDEX')]++;
          if (fast.ok) matmuls += fast.result.counters['activeCycles']! > 0 ? 1 : 0;
          countFeatures(features, c);
        }),
        { numRuns: RUNS },
      );
      if (process.env['FIDELITY_RUNS']) console.log(outcomes, { matmuls }, features);
      // the generator must exercise completed runs with real multiplies and both run-time errors
      // (about 93%, 75%, 4% and 3% of cases; the bounds are far below, so this does not flake)
      expect(outcomes.ok).toBeGreaterThan(RUNS / 2);
      expect(matmuls).toBeGreaterThan(RUNS * 0.4);
      expect(outcomes.DEADLOCK).toBeGreaterThan(RUNS / 200);
      expect(outcomes.CYCLE_LIMIT).toBeGreaterThan(RUNS / 200);
      // and the ISA's newer features in a good share of the cases
      // (VECTOR with a table or a group op: about 5% of cases each, hence their lower bound)
      for (const [name, count] of Object.entries(features))
        expect(count, name).toBeGreaterThan(name === 'vectorTables' || name === 'vectorGroups' ? RUNS / 100 : RUNS / 20);
    },
    Math.max(60_000, RUNS * 20),
  );

  it(
    'on larger arrays (17..32 rows and columns)',
    () => {
      fc.assert(
        fc.property(simCaseArb({ minSide: 17, maxSide: 32 }), (c) => {
          const fast = runCase(c, 'fast');
          const diffs = [...compare(fast, runCase(c, 'exact')), ...compareWithSemantics(c, fast)];
          if (diffs.length) throw new Error(`fast, exact and the semantics differ:\n${diffs.slice(0, 12).join('\n')}\n${describeCase(c)}`);
        }),
        { numRuns: Math.ceil(RUNS / 10) },
      );
    },
    Math.max(60_000, RUNS * 20),
  );
});
