// A small deterministic generator of realistic reports: a ResNet-18-like CNN (or an MLP) timed by a
// simple analytic model of the TPU (tiles, weight fetch, shift, fill/drain) so that every counter
// relation the schema promises holds (cycle classes sum to the cycles, totals are sums of layers,
// utilization and intensity follow from MACs). It stands in for the runtime until that exists.
import {
  REPORT_SCHEMA_ID,
  REPORT_VERSION,
  type Device,
  type DeviceModel,
  type Layer,
  type Report,
  type TimelineEntry,
} from '../../reports/index.js';
import { COUNTERS, type HardwareConfig, parseConfig, withOverrides } from '../../sim/index.js';
import { config as presetConfig } from '../sim/helpers.js';

/** A shipped hardware preset (sim/presets/NAME.json), optionally with dotted-path fields replaced (validated by sim). */
export function preset(name: string, overrides?: Record<string, unknown>): Record<string, unknown> {
  return presetConfig(name, overrides) as unknown as Record<string, unknown>;
}

/** The paper's Haswell and K80-die figures as fallback device models. */
export const SAMPLE_DEVICES: Record<'cpu' | 'gpu', DeviceModel> = {
  cpu: { name: 'haswell', description: 'Intel Haswell E5-2699 v3 (fp32)', peakFlops: 1.3e12, bandwidthGBps: 51, perOpOverheadUs: 5 },
  gpu: { name: 'k80', description: 'NVIDIA K80, one die (fp32)', peakFlops: 2.8e12, bandwidthGBps: 160, perOpOverheadUs: 10 },
};

/** Options of a sample report. */
export interface SampleOptions {
  /** A preset by name (default tpu-v1), or a full config object (as a run function receives it). */
  config?: string | Record<string, unknown>;
  /** Overrides merged into the config (dotted paths), e.g. for sweep points. */
  overrides?: Record<string, unknown>;
  model?: 'resnet' | 'mlp';
  batch?: number;
  /** 'tpu' places normally (two layers fall back); 'cpu'/'gpu' runs every layer on that device. */
  target?: Device;
  /** Give some layers names full of HTML and CSV specials, to test escaping. */
  hostileNames?: boolean;
  /** Split matrix work into intervals of at most this many vectors in the timeline (more entries when smaller). */
  timelineChunk?: number;
}

interface LayerShape {
  name: string;
  op: string;
  nodes: string[];
  /** GEMM view: m input vectors, k = reduction length, n = outputs; k = n = 0 for layers without weights. */
  m: number;
  k: number;
  n: number;
  mapping: string | null;
  /** Layers the TPU cannot run go to this fallback device. */
  fallback?: 'cpu' | 'gpu';
  /** Elements touched by a layer without weights (its memory traffic on a fallback device). */
  elements?: number;
}

function resnetShapes(batch: number, hostile: boolean): LayerShape[] {
  const layers: LayerShape[] = [];
  const conv = (name: string, cin: number, cout: number, kernel: number, out: number, mapping = 'channels-on-rows'): void => {
    layers.push({
      name,
      op: 'Conv',
      nodes: [name, `${name}.bn`, `${name}.relu`],
      m: batch * out * out,
      k: cin * kernel * kernel,
      n: cout,
      mapping,
    });
  };
  conv(hostile ? 'conv1 <img src=x onerror=alert(1)>' : 'conv1', 3, 64, 7, 112, 'im2col');
  const stages = [
    [64, 56],
    [128, 28],
    [256, 14],
    [512, 7],
  ] as const;
  let cin = 64;
  stages.forEach(([c, size], s) => {
    for (let b = 0; b < 2; b++) {
      const prefix = `layer${s + 1}.${b}`;
      const first = b === 0 && s > 0;
      conv(`${prefix}.conv1`, first ? cin : c, c, 3, size);
      conv(`${prefix}.conv2`, c, c, 3, size);
      if (first) conv(`${prefix}.downsample`, cin, c, 1, size, 'dense');
    }
    cin = c;
  });
  layers.push({
    name: hostile ? 'avgpool</script><script>alert(2)</script>' : 'avgpool',
    op: 'GlobalAveragePool',
    nodes: ['avgpool'],
    m: 0,
    k: 0,
    n: 0,
    mapping: null,
    fallback: 'gpu',
    elements: batch * 512 * 49,
  });
  layers.push({ name: hostile ? 'fc "logits", final' : 'fc', op: 'Gemm', nodes: ['fc'], m: batch, k: 512, n: 1000, mapping: 'dense' });
  layers.push({ name: 'softmax', op: 'Softmax', nodes: ['softmax'], m: 0, k: 0, n: 0, mapping: null, fallback: 'cpu', elements: batch * 1000 });
  return layers;
}

function mlpShapes(batch: number): LayerShape[] {
  const widths = [784, 2048, 2048, 1024, 10];
  return widths.slice(1).map((n, i) => ({
    name: `fc${i + 1}`,
    op: 'Gemm',
    nodes: [`fc${i + 1}`, `fc${i + 1}.relu`],
    m: batch,
    k: widths[i]!,
    n,
    mapping: 'dense',
  }));
}

/** A deterministic pseudo-random fraction in [0, 1) from an integer (for small, stable variation). */
function wobble(i: number): number {
  return (((i + 1) * 2654435761) % 4294967296) / 4294967296;
}

/** Builds a report of the given sample model on a sample config. */
export function sampleReport(opts: SampleOptions = {}): Report {
  const config: HardwareConfig =
    typeof opts.config === 'object'
      ? withOverrides(parseConfig(opts.config), opts.overrides ?? {})
      : parseConfig(preset(opts.config ?? 'tpu-v1', opts.overrides));
  const batch = opts.batch ?? 1;
  const target = opts.target ?? 'tpu';
  const shapes = opts.model === 'mlp' ? mlpShapes(batch) : resnetShapes(batch, opts.hostileNames ?? false);
  const R: number = config.matrix.rows;
  const C: number = config.matrix.cols;
  const f = config.clockMHz * 1e6;
  const fetchCycles = Math.ceil((R * C * f) / (config.weightMemory.bandwidthGBps * 1e9));
  const hostCyclesPerByte = f / (config.hostInterface.bandwidthGBps * 1e9);
  const chunk = opts.timelineChunk ?? 1024;
  const inputBytes = batch * (opts.model === 'mlp' ? 784 : 3 * 224 * 224);

  const layers: Layer[] = [];
  const timeline: TimelineEntry[] = [];
  let clock = 0;
  let transferSeconds = 0;
  let previousDevice: Device = 'tpu';
  let previousOutputBytes = 0;

  shapes.forEach((s, index) => {
    const device: Device = target !== 'tpu' ? target : s.fallback ?? 'tpu';
    const macs = s.m * s.k * s.n;
    const weightBytes = s.k * s.n;
    if (device !== previousDevice) {
      // a Send/Recv pair on the host link at every device boundary
      const bytes = Math.max(1, index === 0 ? inputBytes : previousOutputBytes);
      const cycles = Math.ceil(bytes * hostCyclesPerByte) + 700;
      timeline.push({ lane: 'transfer', start: clock, end: clock + cycles, layer: s.name });
      transferSeconds += cycles / f;
      clock += cycles;
    }
    previousDevice = device;
    previousOutputBytes = s.m * s.n || (s.elements ?? 0);
    if (device === 'tpu') {
      const layer = tpuLayer(s, index, R, C, fetchCycles, hostCyclesPerByte, f, clock, chunk, timeline, index === 0 ? inputBytes : 0);
      layers.push(layer);
      clock += layer.cycles;
    } else {
      const model = SAMPLE_DEVICES[device];
      const flops = macs > 0 ? 2 * macs : 4 * (s.elements ?? 0);
      const bytes = macs > 0 ? 4 * (weightBytes + s.m * s.k + s.m * s.n) : 8 * (s.elements ?? 0);
      const seconds = model.perOpOverheadUs * 1e-6 + Math.max(flops / model.peakFlops, bytes / (model.bandwidthGBps * 1e9));
      const cycles = Math.ceil(seconds * f);
      timeline.push({ lane: device, start: clock, end: clock + cycles, layer: s.name });
      clock += cycles;
      layers.push({
        name: s.name,
        op: s.op,
        device,
        nodes: s.nodes,
        mapping: null,
        cycles,
        seconds: cycles / f,
        macs,
        counters: null,
        bytes: { hostToUb: 0, dramToFifo: 0, ubToArray: 0, accToActivation: 0, activationToUb: 0, ubToHost: 0, weights: weightBytes },
        intensity: weightBytes > 0 ? macs / weightBytes : null,
        tops: macs > 0 ? (2 * macs) / (cycles / f) / 1e12 : 0,
        utilization: null,
        mappingEfficiency: null,
        measuredMs: Number((seconds * 1e3 * (3 + 2 * wobble(index))).toFixed(3)),
      });
    }
  });

  const tpuLayers = layers.filter((l) => l.counters !== null);
  const counterNames = new Set(tpuLayers.flatMap((l) => Object.keys(l.counters!)));
  const totalCounters: Record<string, number> = {};
  for (const name of counterNames) totalCounters[name] = tpuLayers.reduce((s, l) => s + (l.counters![name] ?? 0), 0);
  const tpuCycles = tpuLayers.reduce((s, l) => s + l.cycles, 0);
  const totalMacs = layers.reduce((s, l) => s + l.macs, 0);
  const usefulMacs = totalCounters['usefulMacs'] ?? 0;
  const fallbackSeconds = layers.filter((l) => l.device !== 'tpu').reduce((s, l) => s + l.seconds, 0);
  const fallbackMs = layers.reduce((sum, l) => sum + (l.measuredMs ?? 0), 0);
  const modelName = opts.model === 'mlp' ? 'mlp-mnist' : 'resnet18';
  const outputs = opts.model === 'mlp' ? [10] : [1000];

  return {
    schema: REPORT_SCHEMA_ID,
    version: REPORT_VERSION,
    tool: { name: 'tpusim', version: '0.1.0' },
    createdAt: '2025-01-01T00:00:00.000Z',
    model: {
      name: modelName,
      source: 'zoo',
      path: null,
      batch,
      parameters: shapes.reduce((s, l) => s + l.k * l.n, 0),
      macs: totalMacs,
      inputs: [{ name: 'input', shape: opts.model === 'mlp' ? [batch, 784] : [batch, 3, 224, 224], dtype: 'float32' }],
      outputs: [{ name: 'output', shape: [batch, outputs[0]!], dtype: 'float32' }],
    },
    config,
    fidelity: 'fast',
    ...(target !== 'tpu' ? { target } : {}),
    fallback: { order: target === 'tpu' ? ['gpu', 'cpu'] : [target], devices: { ...SAMPLE_DEVICES } },
    totals: {
      cycles: clock,
      seconds: clock / f,
      macs: totalMacs,
      tops: (2 * totalMacs) / (clock / f) / 1e12,
      utilization: usefulMacs / (clock * R * C),
      tpuCycles,
      fallbackSeconds,
      transferSeconds,
      counters: {
        activeCycles: 0,
        weightStallCycles: 0,
        weightShiftCycles: 0,
        nonMatrixCycles: 0,
        rawStallCycles: 0,
        inputStallCycles: 0,
        usefulMacs: 0,
        unusedMacs: 0,
        ...totalCounters,
      },
    },
    layers,
    placement: layers.flatMap((l) =>
      l.nodes.map((node) => ({
        node,
        op: l.op,
        device: l.device,
        reason:
          target !== 'tpu'
            ? `whole model placed on ${target} (--devices ${target})`
            : l.device === 'tpu'
              ? `tpu runs ${l.op}${l.mapping ? ` (${l.mapping})` : ''}`
              : `tpu has no ${l.op}; ${l.device} is first in the fallback order that can run it`,
      })),
    ),
    numerics:
      target === 'tpu'
        ? {
            reference: 'float32',
            outputs: [
              { name: 'output', shape: [batch, outputs[0]!], maxAbsError: 0.0625, meanAbsError: 0.0071, cosineSimilarity: 0.99934, top1Agreement: 1 },
            ],
          }
        : null,
    timeline: { cycles: clock, entries: timeline.sort((a, b) => a.start - b.start), downsampled: false, resolution: 1 },
    host: { compileMs: 412.5, simulateMs: 1830.25, fallbackMs, totalMs: 412.5 + 1830.25 + fallbackMs },
    counterDefinitions: Object.fromEntries(COUNTERS.map((c) => [c.name, c.doc])),
    notes: target === 'tpu' && opts.model !== 'mlp' ? ['layer1.0.conv1: output split into 2 parts to fit the accumulators'] : [],
  };
}

/** Times one TPU layer with a simple double-buffered tile model and writes its timeline intervals. */
function tpuLayer(
  s: LayerShape,
  index: number,
  R: number,
  C: number,
  fetch: number,
  hostCyclesPerByte: number,
  f: number,
  start: number,
  chunk: number,
  timeline: TimelineEntry[],
  hostBytes: number,
): Layer {
  const rowTiles = Math.ceil(s.k / R);
  const colTiles = Math.ceil(s.n / C);
  const tiles = rowTiles * colTiles;
  const active = tiles * s.m;
  // per tile the array waits for the fetch beyond the previous tile's compute, then for the shift
  const weightStall = tiles * Math.max(0, fetch - s.m);
  const weightShift = tiles * Math.max(0, R - Math.max(s.m, fetch));
  const inputStall = Math.ceil(hostBytes * hostCyclesPerByte);
  const fillDrain = R + C - 2;
  const nonMatrix = fillDrain + 64 + Math.ceil(s.m / 16) + inputStall + Math.floor(200 * wobble(index));
  const rawStall = index === 0 ? 0 : Math.ceil(nonMatrix * (0.4 + 0.3 * wobble(index + 7)));
  const cycles = active + weightStall + weightShift + nonMatrix;
  const macs = s.m * s.k * s.n;
  const useful = macs;
  const unused = active * R * C - useful;

  // timeline: input DMA, then per tile a weight fetch and the multiplies in chunks, each followed by activation
  let t = start;
  if (hostBytes > 0) {
    timeline.push({ lane: 'host', start: t, end: t + inputStall, layer: s.name });
    t += inputStall;
  }
  const period = Math.max(s.m, fetch, R);
  for (let tile = 0; tile < tiles; tile++) {
    const tileStart = t + tile * period;
    timeline.push({ lane: 'weights', start: tileStart, end: tileStart + fetch, layer: s.name });
    const computeStart = tileStart + period - s.m;
    for (let v = 0; v < s.m; v += chunk) {
      const len = Math.min(chunk, s.m - v);
      const a = computeStart + v;
      timeline.push({ lane: 'matrix', start: a, end: a + len, layer: s.name });
      if (tile % rowTiles === rowTiles - 1) timeline.push({ lane: 'activate', start: a + len + fillDrain, end: a + 2 * len + fillDrain, layer: s.name });
    }
  }

  const counters = {
    cycles,
    activeCycles: active,
    weightStallCycles: weightStall,
    weightShiftCycles: weightShift,
    nonMatrixCycles: nonMatrix,
    rawStallCycles: rawStall,
    inputStallCycles: inputStall,
    usefulMacs: useful,
    unusedMacs: unused,
    hostBusyCycles: inputStall,
    weightBusyCycles: tiles * fetch,
    matrixBusyCycles: active,
    activationBusyCycles: s.m * colTiles,
    dramToFifoBytes: tiles * R * C,
    instructions: 4 + tiles * 3 + Math.ceil(s.m / chunk) * colTiles,
  };
  return {
    name: s.name,
    op: s.op,
    device: 'tpu',
    nodes: s.nodes,
    mapping: s.mapping,
    cycles,
    seconds: cycles / f,
    macs,
    counters,
    bytes: {
      hostToUb: hostBytes,
      dramToFifo: tiles * R * C,
      ubToArray: active * R,
      accToActivation: s.m * colTiles * C * 4,
      activationToUb: s.m * s.n,
      ubToHost: 0,
      weights: s.k * s.n,
    },
    intensity: macs / (s.k * s.n),
    tops: (2 * macs) / (cycles / f) / 1e12,
    utilization: useful / (cycles * R * C),
    mappingEfficiency: useful / (useful + unused),
    measuredMs: null,
  };
}
