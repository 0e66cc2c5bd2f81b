// The report: one versioned JSON document per run, the source of every other view (HTML, CSV,
// terminal tables, comparisons). The zod schema below is the definition; reports/SCHEMA.md
// documents it for readers of report.json.
// a namespace import, as in sim/config.ts (the CLI bundle then holds only the parts of zod used)
import * as z from 'zod';

export const REPORT_SCHEMA_ID = 'tpusim-report';
export const REPORT_VERSION = 1;

/** The matrix-unit cycle classes and stalls, as named everywhere (DESIGN.md). */
export const CycleCountersSchema = z.object({
  activeCycles: z.number(),
  weightStallCycles: z.number(),
  weightShiftCycles: z.number(),
  nonMatrixCycles: z.number(),
  rawStallCycles: z.number(),
  inputStallCycles: z.number(),
  usefulMacs: z.number(),
  unusedMacs: z.number(),
});

/** All core counters (sim/core-table.ts COUNTERS) by name; the eight above are always present. */
export const CountersSchema = CycleCountersSchema.catchall(z.number());
export type Counters = z.infer<typeof CountersSchema>;

/** Bytes moved per path. */
export const BytesSchema = z.object({
  hostToUb: z.number(),
  dramToFifo: z.number(),
  ubToArray: z.number(),
  accToActivation: z.number(),
  activationToUb: z.number(),
  ubToHost: z.number(),
  /** Weight bytes the layer owns in weight memory (for its roofline point). */
  weights: z.number(),
});
export type Bytes = z.infer<typeof BytesSchema>;

export const DeviceSchema = z.enum(['tpu', 'gpu', 'cpu']);
export type Device = z.infer<typeof DeviceSchema>;

/** A roofline device model of a fallback device. */
export const DeviceModelSchema = z.object({
  name: z.string(),
  description: z.string(),
  peakFlops: z.number(),
  bandwidthGBps: z.number(),
  perOpOverheadUs: z.number(),
});
export type DeviceModel = z.infer<typeof DeviceModelSchema>;

/** One row per graph node (or fused group of nodes). */
export const LayerSchema = z.object({
  name: z.string(),
  op: z.string(),
  device: DeviceSchema,
  /** Graph nodes folded into this layer (batch-norm, bias, activation, ...). */
  nodes: z.array(z.string()),
  /** How the layer was mapped onto the array (TPU only), e.g. 'channels-on-rows', 'im2col', 'dense'. */
  mapping: z.string().nullable(),
  /** Cycles at the TPU clock attributed to the layer (TPU: its tag's cycles; fallback: modelled time x clock). */
  cycles: z.number(),
  seconds: z.number(),
  macs: z.number(),
  /** Core counters of the layer's tag (TPU layers), null for fallback layers. */
  counters: CountersSchema.nullable(),
  bytes: BytesSchema,
  /** MACs per weight byte (the roofline's x axis); null when the layer has no weights. */
  intensity: z.number().nullable(),
  /** Achieved tera-ops/s (2 ops per MAC) over the layer's time. */
  tops: z.number(),
  /** usefulMacs / (cycles x rows x cols) for TPU layers. */
  utilization: z.number().nullable(),
  /** usefulMacs / (usefulMacs + unusedMacs): how well the layer's shapes fill the array. */
  mappingEfficiency: z.number().nullable(),
  /** Fallback layers: measured host milliseconds of the real float32 kernel. */
  measuredMs: z.number().nullable(),
  /**
   * SCALE-Sim topology runs: the row's M, N, K, fold count, SCALE-Sim's closed form
   * folds x (2R + C + T - 2) (T = M, N or K for ws, is, os) and the matrix-unit cycles we simulated (program start to the
   * last multiply's result), for a direct comparison. SCALE-Sim itself reports one less.
   */
  scalesim: z
    .object({
      layer: z.string(),
      m: z.number(),
      n: z.number(),
      k: z.number(),
      folds: z.number(),
      formulaCycles: z.number(),
      matrixCycles: z.number().nullable(),
    })
    .nullable()
    .optional(),
});
export type Layer = z.infer<typeof LayerSchema>;

export const PlacementSchema = z.object({
  node: z.string(),
  op: z.string(),
  device: DeviceSchema,
  reason: z.string(),
});
export type Placement = z.infer<typeof PlacementSchema>;

/**
 * Where the Unified Buffer could not hold the working set (runtime's UbOverflow): the batch ran as
 * micro-batches, each a host round trip, or a TPU program was split with tensors crossing through
 * host memory. Bytes throughout.
 */
export const UbOverflowSchema = z.object({
  kind: z.enum(['micro-batches', 'program-split']),
  what: z.string(),
  bytes: z.number(),
  freeBytes: z.number(),
  ubBytes: z.number(),
  batch: z.number().int().optional(),
  microBatch: z.number().int().optional(),
  microBatches: z.number().int().optional(),
  layer: z.string().optional(),
  hostTensors: z.array(z.object({ name: z.string(), bytes: z.number() })).optional(),
});
export type UbOverflow = z.infer<typeof UbOverflowSchema>;

/** What the run does because of an overflow: how many micro-batches, or which tensors cross a program split. */
export function ubOverflowConsequence(o: UbOverflow): string {
  if (o.kind === 'micro-batches')
    return `batch ${o.batch} runs as ${o.microBatches} micro-batches of at most ${o.microBatch}, each a round trip through host memory`;
  const host = (o.hostTensors ?? []).map((t) => `"${t.name}" (${mib(t.bytes)})`).join(', ');
  return `the TPU program is split before layer "${o.layer}", ${host || 'no tensor'} going through host memory`;
}

/** One line saying what did not fit, its bytes against the UB's, and what the run does instead. */
export function describeUbOverflow(o: UbOverflow): string {
  const at = o.kind === 'micro-batches' ? `at batch ${o.batch}, ` : '';
  return `${ubOverflowConsequence(o)}: ${at}${o.what} needs ${mib(o.bytes)}, the ${mib(o.ubBytes)} Unified Buffer had ${mib(o.freeBytes)} free in one range`;
}

const mib = (n: number) => `${(n / 2 ** 20).toFixed(2)} MiB`;

/** Numerics of one output against the float32 reference executor. */
export const OutputNumericsSchema = z.object({
  name: z.string(),
  shape: z.array(z.number()),
  maxAbsError: z.number(),
  meanAbsError: z.number(),
  cosineSimilarity: z.number(),
  /** For classifier-like outputs ([batch, classes]): fraction of batch items whose argmax agrees. */
  top1Agreement: z.number().nullable(),
});

export const NumericsSchema = z.object({
  reference: z.literal('float32'),
  outputs: z.array(OutputNumericsSchema),
});

/** Lanes of the unit timeline. */
export const LaneSchema = z.enum(['host', 'weights', 'matrix', 'activate', 'vector', 'cpu', 'gpu', 'transfer']);
export type Lane = z.infer<typeof LaneSchema>;

/** A busy interval of one lane, in TPU cycles from the start of the run. */
export const TimelineEntrySchema = z.object({
  lane: LaneSchema,
  start: z.number(),
  end: z.number(),
  layer: z.string(),
});
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;

export const TimelineSchema = z.object({
  /** Total cycles covered. */
  cycles: z.number(),
  entries: z.array(TimelineEntrySchema),
  /** True when intervals were merged to keep the report small; `resolution` is the merge granularity in cycles. */
  downsampled: z.boolean(),
  resolution: z.number(),
});
export type Timeline = z.infer<typeof TimelineSchema>;

export const TotalsSchema = z.object({
  /** End-to-end modelled time in TPU clock cycles (TPU programs, fallback devices and transfers, overlapped where the graph allows). */
  cycles: z.number(),
  seconds: z.number(),
  macs: z.number(),
  /** Achieved tera-ops/s (2 ops per MAC) end to end. */
  tops: z.number(),
  /** Useful MACs / (cycles x rows x cols). */
  utilization: z.number(),
  /** Cycles the TPU was running programs. */
  tpuCycles: z.number(),
  fallbackSeconds: z.number(),
  transferSeconds: z.number(),
  /** Core counters summed over every TPU program. */
  counters: CountersSchema,
});

export const ModelInfoSchema = z.object({
  name: z.string(),
  source: z.enum(['onnx', 'zoo', 'topology', 'graph']),
  path: z.string().nullable(),
  batch: z.number(),
  parameters: z.number(),
  macs: z.number(),
  inputs: z.array(z.object({ name: z.string(), shape: z.array(z.number()), dtype: z.string() })),
  outputs: z.array(z.object({ name: z.string(), shape: z.array(z.number()), dtype: z.string() })),
});

/**
 * Host wall-clock time and memory of producing the report (reports/SCHEMA.md, `host`). The fields
 * marked optional were added later: reports written before them still parse.
 */
export const HostSchema = z.object({
  /** Building (zoo) or loading (ONNX, topology) the model and reading its inputs. */
  buildMs: z.number().optional(),
  /** Compiling, calibration included. */
  compileMs: z.number(),
  /** The float32 calibration passes (part of compileMs). */
  calibrationMs: z.number().optional(),
  /** Simulating the TPU programs (part of totalMs). */
  simulateMs: z.number(),
  /** The real float32 fallback kernels, summed over workers (part of totalMs, may overlap simulateMs). */
  fallbackMs: z.number(),
  /** Running the compiled model (Session.run). */
  totalMs: z.number(),
  /** The float32 reference pass of the numerics section (0 when calibration's outputs served). */
  referenceMs: z.number().optional(),
  /** The process's peak resident set size when the report was built. */
  peakRssBytes: z.number().optional(),
});

export const ReportSchema = z.object({
  schema: z.literal(REPORT_SCHEMA_ID),
  version: z.literal(REPORT_VERSION),
  tool: z.object({ name: z.literal('tpusim'), version: z.string() }),
  createdAt: z.string(),
  model: ModelInfoSchema,
  /** The full hardware config the run used. */
  config: z.record(z.string(), z.unknown()),
  fidelity: z.enum(['fast', 'exact']),
  /**
   * The device the run targeted: 'tpu' (normal placement, with fallback where needed) or a fallback
   * device running the whole model (`compare --devices`); absent means 'tpu'.
   */
  target: DeviceSchema.optional(),
  fallback: z.object({ order: z.array(DeviceSchema), devices: z.record(z.string(), DeviceModelSchema) }),
  totals: TotalsSchema,
  layers: z.array(LayerSchema),
  placement: z.array(PlacementSchema),
  /** Unified Buffer overflows (micro-batches, split programs); absent when everything fit. */
  ubOverflows: z.array(UbOverflowSchema).optional(),
  numerics: NumericsSchema.nullable(),
  timeline: TimelineSchema,
  host: HostSchema,
  /** One-line definition of every counter (from sim/core-table.ts). */
  counterDefinitions: z.record(z.string(), z.string()),
  /** Free-form notes the run wants the reader to see (e.g. a tensor split to fit the UB). */
  notes: z.array(z.string()),
});
export type Report = z.infer<typeof ReportSchema>;

/** Nodes placed on, layers run on and layer seconds spent on each device, TPU first (devices without any included). */
export function placementByDevice(report: Report): { device: Device; nodes: number; layers: number; seconds: number }[] {
  return (['tpu', 'gpu', 'cpu'] as const).map((device) => {
    const layers = report.layers.filter((l) => l.device === device);
    return {
      device,
      nodes: report.placement.filter((p) => p.device === device).length,
      layers: layers.length,
      seconds: layers.reduce((s, l) => s + l.seconds, 0),
    };
  });
}

/** Validates a parsed report.json, with field-level messages. */
export function parseReport(data: unknown): Report {
  const r = ReportSchema.safeParse(data);
  if (!r.success) {
    const lines = r.error.issues.slice(0, 10).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`not a valid tpusim report:\n  ${lines.join('\n  ')}`);
  }
  return r.data;
}
