// Assembles report.json (reports/schema.ts) from a compiled Session and one of its runs: the
// modelled end-to-end timeline (TPU segments, fallback layers, transfers on the GPU's host link,
// overlapped where the graph allows), per-layer rows, placement, numerics against float32.
import { readFileSync } from 'node:fs';
import { type Graph, type Tensor, sizeOf } from '../graph/index.js';
import { COUNTERS, packageVersion, peakNumbers } from '../sim/index.js';
import {
  REPORT_SCHEMA_ID,
  REPORT_VERSION,
  capTimeline,
  type Bytes,
  type Counters,
  type Lane,
  type Layer as ReportLayer,
  type Report,
  type TimelineEntry,
} from '../reports/index.js';
import { type Layer, layerMacs, shapeOf } from './layers.js';
import type { CompiledSegment } from './lower/index.js';
import type { Session, SessionRun, StepResult } from './session.js';

/** Where the model came from, for the report header. */
export interface ModelSource {
  name: string;
  source: 'onnx' | 'zoo' | 'topology' | 'graph';
  path: string | null;
}

/** Options of buildReport. */
export interface ReportOptions {
  model: ModelSource;
  /** The device a whole-model run targeted ('tpu': normal placement with fallback). */
  target?: 'tpu' | 'cpu' | 'gpu';
  fidelity: 'fast' | 'exact';
  /** Float32 reference outputs for the numerics section (null to skip). */
  reference: Record<string, Tensor> | null;
  /** Cap on timeline entries embedded in the report. */
  maxTimelineEntries?: number;
  /** The run computed timing only: its outputs hold no values, so they are not checked for degeneracy. */
  timingOnly?: boolean;
  /** Host milliseconds spent building or loading the model, and in the float32 reference pass (default 0). */
  buildMs?: number;
  referenceMs?: number;
}

const ZERO_BYTES: Bytes = { hostToUb: 0, dramToFifo: 0, ubToArray: 0, accToActivation: 0, activationToUb: 0, ubToHost: 0, weights: 0 };

/** Number of weights of a layer (the roofline denominator, one byte each in int8). */
function weightCount(layer: Layer): number {
  if (layer.kind === 'conv') return sizeOf(layer.weightShape);
  if (layer.kind === 'dense') return layer.K * layer.N;
  return 0;
}

/** Parameters (float weight elements) of a graph. */
export function parameterCount(graph: Graph): number {
  let n = 0;
  for (const t of graph.initializers.values())
    if (t.dtype === 'float32' || t.dtype === 'float16' || t.dtype === 'float64') n += sizeOf(t.shape); // not data: it may be released
  return n;
}

interface Scheduled {
  start: number;
  end: number;
  transferStart: number;
  transferEnd: number;
}

/**
 * List-schedules the steps on their devices (TPU, CPU, GPU, GPU host link) in graph order; a
 * step's transfer (see StepResult) takes the link first.
 */
function schedule(run: SessionRun): Scheduled[] {
  const free = { tpu: 0, cpu: 0, gpu: 0, link: 0 };
  const out: Scheduled[] = [];
  const deviceOf = (r: StepResult) => (r.step.kind === 'tpu' ? 'tpu' : r.step.device);
  for (const r of run.steps) {
    const dev = deviceOf(r);
    const ready = Math.max(0, ...r.dependsOn.map((d) => out[d]!.end));
    let transferStart = ready,
      transferEnd = ready;
    if (r.transferBytes > 0) {
      transferStart = Math.max(ready, free.link);
      transferEnd = transferStart + r.transferSeconds;
      free.link = transferEnd;
    }
    const start = Math.max(transferEnd, free[dev]);
    const end = start + r.seconds;
    free[dev] = end;
    out.push({ start, end, transferStart, transferEnd });
  }
  return out;
}

/** The per-layer rows, summed counters and timeline entries of a run's steps (scheduled by `sched`). */
function layerRows(session: Session, run: SessionRun, sched: ReturnType<typeof schedule>) {
  const clock = session.config.clockMHz * 1e6;
  const cells = session.config.matrix.rows * session.config.matrix.cols;
  const layers: ReportLayer[] = [];
  const totalCounters: Record<string, number> = Object.fromEntries(COUNTERS.map((c) => [c.name, 0]));
  let tpuCycles = 0;
  let fallbackSeconds = 0;
  const entries: TimelineEntry[] = [];
  run.steps.forEach((r, si) => {
    const at = Math.round(sched[si]!.start * clock);
    if (r.transferSeconds > 0) {
      entries.push({
        lane: 'transfer',
        start: Math.round(sched[si]!.transferStart * clock),
        end: Math.round(sched[si]!.transferEnd * clock),
        layer: r.step.kind === 'tpu' ? `segment ${r.step.index + 1}` : r.step.layer.name,
      });
    }
    if (r.step.kind === 'fallback') {
      fallbackSeconds += r.seconds;
      addLayer(layers, fallbackRow(session, r.step.layer, r.step.device, r, clock), cells);
      entries.push({ lane: r.step.device, start: at, end: Math.round(sched[si]!.end * clock), layer: r.step.layer.name });
      return;
    }
    const sim = r.sim!;
    tpuCycles += sim.totalCycles;
    for (const c of COUNTERS) totalCounters[c.name]! += sim.counters[c.name] ?? 0;
    const byTag = new Map(sim.perTag.map((t) => [t.tag, t.counters]));
    for (const l of r.step.layers) {
      const lowered = r.step.segment.layers.find((x) => x.name === l.name)!;
      addLayer(layers, tpuRow(session, l, lowered.mapping, byTag.get(lowered.tag), clock), cells);
    }
    for (const e of traceEntries(r.step.segment, sim, at)) entries.push(e);
  });
  return { layers, totalCounters, tpuCycles, fallbackSeconds, entries };
}

/** The row of a layer run on a fallback device (no counters: only its modelled time). */
function fallbackRow(session: Session, l: Layer, device: ReportLayer['device'], r: StepResult, clock: number): ReportLayer {
  const macs = layerMacs(session.graph, l);
  return {
    name: l.name,
    op: l.op,
    device,
    nodes: l.nodes.map((n) => n.name),
    mapping: null,
    cycles: Math.round(r.seconds * clock),
    seconds: r.seconds,
    macs,
    counters: null,
    bytes: { ...ZERO_BYTES, weights: 4 * weightCount(l) },
    intensity: weightCount(l) ? macs / (4 * weightCount(l)) : null,
    tops: r.seconds > 0 ? (2 * macs) / r.seconds / 1e12 : 0,
    utilization: null,
    mappingEfficiency: null,
    measuredMs: r.measuredMs ?? null,
  };
}

/** The row of a TPU layer, from the counters of its TAG. */
function tpuRow(session: Session, l: Layer, mapping: string, counters: Record<string, number> | undefined, clock: number): ReportLayer {
  const { rows: R, cols: C } = session.config.matrix;
  const cycles = counters?.cycles ?? 0;
  const seconds = cycles / clock;
  const macs = layerMacs(session.graph, l);
  const useful = counters?.usefulMacs ?? 0,
    unused = counters?.unusedMacs ?? 0;
  const w = weightCount(l);
  return {
    name: l.name,
    op: l.op,
    device: 'tpu',
    nodes: l.nodes.map((n) => n.name),
    mapping,
    cycles,
    seconds,
    macs,
    counters: counters ? (counters as Counters) : null,
    bytes: counters
      ? {
          hostToUb: counters.hostToUbBytes ?? 0,
          dramToFifo: counters.dramToFifoBytes ?? 0,
          ubToArray: counters.ubToArrayBytes ?? 0,
          accToActivation: counters.accToActivationBytes ?? 0,
          activationToUb: counters.activationToUbBytes ?? 0,
          ubToHost: counters.ubToHostBytes ?? 0,
          weights: w,
        }
      : { ...ZERO_BYTES, weights: w },
    intensity: w ? macs / w : null,
    tops: seconds > 0 ? (2 * macs) / seconds / 1e12 : 0,
    utilization: cycles > 0 ? useful / (cycles * R * C) : 0,
    mappingEfficiency: useful + unused > 0 ? useful / (useful + unused) : null,
    measuredMs: null,
  };
}

/** The unit timeline of a TPU segment's run, from its trace, each entry named by its layer's TAG. */
function traceEntries(segment: CompiledSegment, sim: NonNullable<StepResult['sim']>, at: number): TimelineEntry[] {
  const tagName = new Map(segment.layers.map((x) => [x.tag, x.name]));
  const tagAt: number[] = [];
  let tag = 0;
  for (const ins of segment.program) {
    if (ins.op === 'TAG') tag = Number(ins.id);
    tagAt.push(tag);
  }
  return (sim.trace?.entries ?? []).map((e) => ({
    lane: e.unit as Lane,
    start: at + e.start,
    end: at + Math.max(e.end, e.start + 1),
    layer: tagName.get(tagAt[e.pc]!) ?? '',
  }));
}

/** Builds the report of one run. */
export function buildReport(session: Session, run: SessionRun, opts: ReportOptions): Report {
  const config = session.config;
  const clock = config.clockMHz * 1e6;
  const R = config.matrix.rows,
    C = config.matrix.cols;
  const sched = schedule(run);
  const totalSeconds = Math.max(0, ...sched.map((s) => s.end));
  const totalCycles = Math.round(totalSeconds * clock);
  const { layers, totalCounters, tpuCycles, fallbackSeconds, entries } = layerRows(session, run, sched);

  const peak = peakNumbers(config);
  const macs = layers.reduce((a, l) => a + l.macs, 0);
  const useful = totalCounters.usefulMacs ?? 0;
  const timeline = capTimeline({ cycles: totalCycles, entries, downsampled: false, resolution: 1 }, opts.maxTimelineEntries ?? 6000);

  const report: Report = {
    schema: REPORT_SCHEMA_ID,
    version: REPORT_VERSION,
    tool: { name: 'tpusim', version: packageVersion() },
    createdAt: new Date().toISOString(),
    model: modelSection(session, opts, macs),
    config: config as unknown as Record<string, unknown>,
    fidelity: opts.fidelity,
    target: opts.target ?? 'tpu',
    fallback: fallbackSection(session),
    totals: {
      cycles: totalCycles,
      seconds: totalSeconds,
      macs,
      tops: totalSeconds > 0 ? (2 * macs) / totalSeconds / 1e12 : 0,
      utilization: totalCycles > 0 ? useful / (totalCycles * R * C) : 0,
      tpuCycles,
      fallbackSeconds,
      // transfers as placed on the link (the timeline's transfer lane)
      transferSeconds: sched.reduce((a, t) => a + (t.transferEnd - t.transferStart), 0),
      counters: totalCounters as Counters,
    },
    layers,
    placement: session.layers.map((l) => ({
      node: l.name,
      op: l.op,
      device: session.placement.get(l.name)!.device,
      reason: session.placement.get(l.name)!.reason,
    })),
    ...(session.compiled.ubOverflows.length > 0 ? { ubOverflows: session.compiled.ubOverflows } : {}),
    numerics: opts.reference ? numerics(run.outputs, opts.reference) : null,
    timeline,
    host: hostSection(session, run, opts),
    counterDefinitions: Object.fromEntries(COUNTERS.map((c) => [c.name, c.doc])),
    notes: [
      ...session.notes,
      ...((opts.target ?? 'tpu') === 'tpu' && !opts.timingOnly ? degenerateOutputNotes(run.outputs, opts.reference) : []),
      `peak ${peak.tops.toFixed(1)} TOPS; ridge point ${peak.ridgeMacsPerWeightByte ? peak.ridgeMacsPerWeightByte.toFixed(0) : 'none (ideal weight memory)'} MACs per weight byte`,
    ],
  };
  return report;
}

/** The report's `host` section: where the host's time went, and the process's peak memory so far. */
function hostSection(session: Session, run: SessionRun, opts: ReportOptions): Report['host'] {
  return {
    buildMs: opts.buildMs ?? 0,
    compileMs: session.compileMs,
    calibrationMs: session.calibrationMs,
    simulateMs: run.simulateMs,
    fallbackMs: run.fallbackMs,
    totalMs: run.totalMs,
    referenceMs: opts.referenceMs ?? 0,
    peakRssBytes: peakRssBytes(),
  };
}

/**
 * The process's peak resident memory so far: the whole run, unless earlier runs in the same
 * process (compare, a sweep worker) peaked higher. On Linux the memory map's own high-water mark
 * (VmHWM): getrusage's maxRSS also counts what the parent held when it forked this process (a
 * `tpusim run` spawned by a 300 MiB bench reported 322 MiB for zoo:mlp; VmHWM 129 MiB).
 */
function peakRssBytes(): number {
  try {
    const kb = /^VmHWM:\s*(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (kb !== undefined) return Number(kb) * 1024;
  } catch {
    // not Linux: getrusage below
  }
  return process.resourceUsage().maxRSS * 1024; // KiB
}

/** The report's `model` section: where it came from, its batch, size, inputs and outputs. */
function modelSection(session: Session, opts: ReportOptions, macs: number): Report['model'] {
  return {
    name: opts.model.name,
    source: opts.model.source,
    path: opts.model.path,
    batch: session.batch,
    parameters: parameterCount(session.graph),
    macs,
    inputs: session.graph.inputs
      .filter((v) => !session.graph.initializers.has(v.name))
      .map((v) => ({ name: v.name, shape: withBatch(v.shape as number[], session), dtype: v.dtype })),
    outputs: session.graph.outputs.map((v) => ({
      name: v.name,
      shape: withBatch(shapeOf(session.graph, v.name), session),
      dtype: 'float32',
    })),
  };
}

/** The report's `fallback` section: the device order and each fallback device's model. */
function fallbackSection(session: Session): Report['fallback'] {
  const device = (d: 'cpu' | 'gpu') => {
    const m = session.deviceModels[d];
    return {
      name: m.name,
      description: m.description,
      peakFlops: m.peakFlops,
      bandwidthGBps: m.bandwidthGBps,
      perOpOverheadUs: m.perOpOverheadUs,
    };
  };
  return { order: session.devices, devices: { cpu: device('cpu'), gpu: device('gpu') } };
}

/** A shape with the session's full batch as its leading dimension (the graph holds the micro-batch's). */
function withBatch(shape: number[], session: Session): number[] {
  return session.batch !== session.microBatch && shape.length > 0 ? [session.batch, ...shape.slice(1)] : shape;
}

/** Adds a layer row into the list, summing with an earlier row of the same layer (micro-batches). */
function addLayer(rows: ReportLayer[], row: ReportLayer, cells: number): void {
  const prev = rows.find((r) => r.name === row.name);
  if (!prev) {
    rows.push(row);
    return;
  }
  prev.cycles += row.cycles;
  prev.seconds += row.seconds;
  prev.macs += row.macs;
  if (prev.counters && row.counters)
    for (const k of Object.keys(prev.counters)) prev.counters[k] = (prev.counters[k] ?? 0) + (row.counters[k] ?? 0);
  for (const k of Object.keys(prev.bytes) as (keyof Bytes)[]) if (k !== 'weights') prev.bytes[k] += row.bytes[k];
  if (prev.measuredMs !== null && row.measuredMs !== null) prev.measuredMs += row.measuredMs;
  prev.tops = prev.seconds > 0 ? (2 * prev.macs) / prev.seconds / 1e12 : 0;
  if (prev.counters) {
    const useful = prev.counters.usefulMacs,
      unused = prev.counters.unusedMacs;
    prev.utilization = prev.cycles > 0 ? useful / (prev.cycles * cells) : 0;
    prev.mappingEfficiency = useful + unused > 0 ? useful / (useful + unused) : null;
  }
  if (prev.intensity !== null && prev.bytes.weights > 0) prev.intensity = prev.macs / prev.bytes.weights;
}

/** Cosine below this against float32 makes a quantized output degenerate (issue 9). */
export const DEGENERATE_COSINE = 0.9;

/**
 * Warnings for quantized outputs that carry no information: all zero, constant, or with cosine
 * below DEGENERATE_COSINE against the float32 reference (when there is one). Each starts with
 * "warning:" so the CLI also prints it on stderr.
 */
export function degenerateOutputNotes(outputs: Record<string, Tensor>, reference: Record<string, Tensor> | null | undefined): string[] {
  const notes: string[] = [];
  const cosines = new Map((reference ? numerics(outputs, reference)!.outputs : []).map((o) => [o.name, o.cosineSimilarity]));
  for (const [name, t] of Object.entries(outputs)) {
    const d = t.data as Float32Array;
    if (d.length === 0) continue;
    const constant = d.every((v) => v === d[0]);
    const cos = cosines.get(name);
    const why =
      constant && d[0] === 0
        ? 'is all zero'
        : constant && d.length > 1
          ? `is constant (${d[0]})`
          : cos !== undefined && cos < DEGENERATE_COSINE
            ? `has cosine ${cos.toFixed(3)} against float32 (< ${DEGENERATE_COSINE})`
            : '';
    if (why)
      notes.push(
        `warning: degenerate quantized output: "${name}" ${why}; its int8 scales or a layer's range may have collapsed (see numerics)`,
      );
  }
  return notes;
}

/** Numerics of the outputs against the float32 reference. */
function numerics(outputs: Record<string, Tensor>, reference: Record<string, Tensor>): Report['numerics'] {
  const list = Object.entries(reference).map(([name, ref]) => {
    const a = outputs[name]!.data as Float32Array;
    const b = ref.data as Float32Array;
    let maxAbs = 0,
      sumAbs = 0,
      dot = 0,
      na = 0,
      nb = 0;
    for (let i = 0; i < b.length; i++) {
      const d = Math.abs(a[i]! - b[i]!);
      maxAbs = Math.max(maxAbs, d);
      sumAbs += d;
      dot += a[i]! * b[i]!;
      na += a[i]! * a[i]!;
      nb += b[i]! * b[i]!;
    }
    let top1: number | null = null;
    if (ref.shape.length === 2 && ref.shape[1]! > 1) {
      const [rows, cls] = ref.shape as [number, number];
      let agree = 0;
      for (let r = 0; r < rows; r++) if (argmax(a, r * cls, cls) === argmax(b, r * cls, cls)) agree++;
      top1 = agree / rows;
    }
    const cos = na === 0 && nb === 0 ? 1 : dot / Math.sqrt(na * nb || 1);
    return {
      name,
      shape: ref.shape,
      maxAbsError: maxAbs,
      meanAbsError: sumAbs / Math.max(1, b.length),
      cosineSimilarity: cos,
      top1Agreement: top1,
    };
  });
  return { reference: 'float32', outputs: list };
}

function argmax(d: Float32Array, off: number, n: number): number {
  let best = 0;
  for (let i = 1; i < n; i++) if (d[off + i]! > d[off + best]!) best = i;
  return best;
}
