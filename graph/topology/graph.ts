// A SCALE-Sim topology as a graph: one independent layer per row (its own input, as SCALE-Sim
// runs them), Conv without padding (but see `overhang`) or MatMul, with seeded int8-range data, and each layer's
// SCALE-Sim M/N/K in the graph metadata so per-layer cycles can be compared with SCALE-Sim's.
import { GraphBuilder } from '../builder.js';
import { GraphError } from '../errors.js';
import { type Graph, uniqueNamer } from '../ir.js';
import { Rng } from '../random.js';
import { type Tensor, sizeOf, tensor } from '../tensor.js';
import { TopologyTooLargeError } from './errors.js';
import type { Topology, TopologyLayer } from './parse.js';

/** Options of `topologyToGraph`. */
export interface TopologyGraphOptions {
  /** Seed of the random weights and inputs (default 0). A layer's data depends only on the seed and its index. */
  seed?: number;
  /** Layers to include, by index or name (default: all). */
  layers?: readonly (number | string)[];
  /** Refuse to build when the selected layers hold more weight elements than this (default 2^27, 512 MiB of float32). */
  maxWeightElements?: number;
  /**
   * false: weights of the right shapes holding no values (zeros that nothing reads, so they cost
   * no memory), for a timing-only compile, which takes only the layers' structure from them; the
   * graph's metadata says so (`madeUpWeightsOf`). Default true.
   */
  weights?: boolean;
}

/** What the graph metadata records about each layer (key `scalesim.layers`, a JSON array). */
export interface ScaleSimLayerInfo {
  /** SCALE-Sim's LayerID (index in the topology). */
  index: number;
  /** Layer name in the CSV. */
  name: string;
  /** Graph node computing the layer, its input (fed) and output. */
  node: string;
  input: string;
  output: string;
  /** Source line in the CSV. */
  line: number;
  m: number;
  n: number;
  k: number;
  groups: number;
  macs: number;
}

/** Metadata keys written by `topologyToGraph`. */
export const SCALESIM_METADATA = {
  layers: 'scalesim.layers',
  format: 'scalesim.format',
  seed: 'scalesim.seed',
  /** 'none' when built with `weights: false`. */
  weights: 'scalesim.weights',
} as const;

/** Data values are integers in the int8 range, stored as float32 (exact), so quantizing them at scale 1 loses nothing. */
const INT8_MIN = -128;
const INT8_MAX = 127;

/**
 * Builds a graph with one independent layer per topology row: conv rows become Conv (no
 * padding except SCALE-Sim's overhanging last window; grouped for `DP` rows read as grouped), GEMM rows become
 * MatMul [M, K] x [K, N]. Weights are seeded random integers in [-128, 127], never 0 (so every
 * weight of a layer is one the matrix unit streams, as SCALE-Sim's dense filters are, and a
 * timing-only compile can take the layer's shape for its values: `madeUpWeightsOf`); make inputs
 * with `topologyFeeds`.
 */
export function topologyToGraph(topology: Topology, opts: TopologyGraphOptions = {}): Graph {
  const seed = opts.seed ?? 0;
  const layers = selectLayers(topology, opts.layers);
  const limit = opts.maxWeightElements ?? 2 ** 27;
  const weightElements = layers.reduce((s, l) => s + l.k * l.n * l.groups, 0);
  if (weightElements > limit) {
    const biggest = [...layers].sort((a, b) => b.k * b.n * b.groups - a.k * a.n * a.groups).slice(0, 3);
    throw new TopologyTooLargeError(
      `${topology.file}: the selected layers hold ${weightElements} weight elements, more than the limit of ${limit} ` +
        `(largest: ${biggest.map((l) => `"${l.name}" ${l.k * l.n * l.groups}`).join(', ')}); select fewer layers or raise maxWeightElements`,
    );
  }

  const b = new GraphBuilder(topology.name);
  const info: ScaleSimLayerInfo[] = [];
  const withValues = opts.weights ?? true;
  const weights = new Slab(weightElements);
  const filter = (rng: Rng, shape: readonly number[]) =>
    withValues ? nonzeroInt8RangeTensor(rng, shape, weights) : tensor('float32', shape, weights.take(sizeOf(shape)));
  // Graph-safe, unique base names (CSV names may repeat or contain '/').
  const fresh = uniqueNamer(new Set());
  for (const layer of layers) {
    const base = fresh(layer.name.replace(/[/\s]+/g, '_') || 'layer');
    const rng = new Rng(layerSeed(seed, layer.index, 0));
    let input: string;
    let out: string;
    if (layer.source === 'gemm') {
      input = b.input(`${base}/ifmap`, 'float32', [layer.m, layer.k]);
      const w = b.constant(filter(rng, [layer.k, layer.n]), `${base}/filter`);
      out = b.op('MatMul', [input, w], {}, { name: base })[0]!;
    } else {
      input = b.input(`${base}/ifmap`, 'float32', [1, layer.channels, layer.ifmapHeight, layer.ifmapWidth]);
      const w = b.constant(
        filter(rng, [layer.numFilters * layer.groups, layer.channels / layer.groups, layer.filterHeight, layer.filterWidth]),
        `${base}/filter`,
      );
      out = b.op(
        'Conv',
        [input, w],
        {
          kernel_shape: [layer.filterHeight, layer.filterWidth],
          strides: [layer.strideHeight, layer.strideWidth],
          pads: [
            0,
            0,
            overhang(layer.ifmapHeight, layer.filterHeight, layer.strideHeight, layer.ofmapHeight),
            overhang(layer.ifmapWidth, layer.filterWidth, layer.strideWidth, layer.ofmapWidth),
          ],
          group: layer.groups === 1 ? undefined : layer.groups,
        },
        { name: base },
      )[0]!;
    }
    b.output(out);
    info.push({
      index: layer.index,
      name: layer.name,
      node: base,
      input,
      output: out,
      line: layer.line,
      m: layer.m,
      n: layer.n,
      k: layer.k,
      groups: layer.groups,
      macs: layer.macs,
    });
  }
  const graph = b.build();
  graph.metadata = {
    ...graph.metadata,
    source: `scalesim:${topology.file}`,
    [SCALESIM_METADATA.format]: topology.format,
    [SCALESIM_METADATA.seed]: String(seed),
    [SCALESIM_METADATA.layers]: JSON.stringify(info),
    ...(withValues ? {} : { [SCALESIM_METADATA.weights]: 'none' }),
  };
  return graph;
}

/**
 * Whether a graph's weights are made up: 'values' for a topology's seeded weights (never 0),
 * 'none' for a topology built without them, undefined for any other graph (real weights, whose
 * zeros and repeated tiles the compiler must see).
 */
export function madeUpWeightsOf(graph: Graph): 'values' | 'none' | undefined {
  if (graph.metadata[SCALESIM_METADATA.layers] === undefined) return undefined;
  return graph.metadata[SCALESIM_METADATA.weights] === 'none' ? 'none' : 'values';
}

/** The per-layer SCALE-Sim records of a graph made by `topologyToGraph` (also after an ONNX round trip). */
export function scaleSimLayersOf(graph: Graph): ScaleSimLayerInfo[] {
  const raw = graph.metadata[SCALESIM_METADATA.layers];
  if (raw === undefined)
    throw new GraphError(`graph "${graph.name}" was not made from a SCALE-Sim topology (no "${SCALESIM_METADATA.layers}" metadata)`);
  try {
    const parsed = JSON.parse(raw) as ScaleSimLayerInfo[];
    if (!Array.isArray(parsed)) throw new Error('not an array');
    return parsed;
  } catch (e) {
    throw new GraphError(`graph "${graph.name}": metadata "${SCALESIM_METADATA.layers}" is not valid JSON (${(e as Error).message})`);
  }
}

/** Options of `topologyFeeds`. */
export interface TopologyFeedsOptions {
  /** Seed (default: the one the graph was built with). */
  seed?: number;
  /** Refuse to make more input elements than this (default 2^27). */
  maxInputElements?: number;
  /**
   * false: zeros, drawn from no random stream (a timing-only run never reads its inputs' values;
   * a zero array is never touched, so it costs no memory). Default true.
   */
  values?: boolean;
}

/** Seeded int8-range inputs for every layer of a graph made by `topologyToGraph` (a layer's input depends only on the seed and its index). */
export function topologyFeeds(graph: Graph, opts: TopologyFeedsOptions = {}): Record<string, Tensor> {
  const layers = scaleSimLayersOf(graph);
  const seed = opts.seed ?? Number(graph.metadata[SCALESIM_METADATA.seed] ?? 0);
  const limit = opts.maxInputElements ?? 2 ** 27;
  const shapes = new Map(graph.inputs.map((v) => [v.name, v.shape as number[]]));
  const total = layers.reduce((s, l) => s + sizeOf(shapes.get(l.input) ?? []), 0);
  if (total > limit) {
    throw new TopologyTooLargeError(
      `graph "${graph.name}": its inputs hold ${total} elements, more than the limit of ${limit}; build a graph of fewer layers`,
    );
  }
  const feeds: Record<string, Tensor> = {};
  for (const l of layers) {
    const shape = shapes.get(l.input);
    if (!shape) throw new GraphError(`graph "${graph.name}": layer "${l.name}" reads "${l.input}", which is not a graph input`);
    feeds[l.input] =
      opts.values === false
        ? tensor('float32', shape, new Float32Array(sizeOf(shape)))
        : int8RangeTensor(new Rng(layerSeed(seed, l.index, 1)), shape);
  }
  return feeds;
}

/**
 * Zeros to pad at the end of an axis so Conv gives SCALE-Sim's output size: its last window
 * may hang over the edge (see `ofmapSize`); 0 whenever the stride divides H - F.
 */
function overhang(ifmap: number, filter: number, stride: number, ofmap: number): number {
  return (ofmap - 1) * stride + filter - ifmap;
}

function selectLayers(topology: Topology, wanted: TopologyGraphOptions['layers']): TopologyLayer[] {
  if (!wanted) return topology.layers;
  const missing: string[] = [];
  const picked = new Set<TopologyLayer>();
  for (const w of wanted) {
    const found = typeof w === 'number' ? topology.layers.filter((l) => l.index === w) : topology.layers.filter((l) => l.name === w);
    if (found.length === 0) missing.push(typeof w === 'number' ? `index ${w}` : `"${w}"`);
    for (const l of found) picked.add(l);
  }
  if (missing.length > 0) {
    throw new GraphError(
      `${topology.file}: no layer ${missing.join(', ')} (the topology has ${topology.layers.length} layers, indices 0-${topology.layers.length - 1})`,
    );
  }
  return topology.layers.filter((l) => picked.has(l));
}

/** Independent stream per (seed, layer, purpose): selecting layers does not change any layer's data. */
function layerSeed(seed: number, index: number, purpose: number): number {
  let h = Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b) ^ Math.imul(purpose + 1, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  return h >>> 0;
}

/**
 * One Float32Array carved into consecutive tensors. A topology's weights are tens of MB written
 * once: in one large allocation they land on transparent huge pages (malloc's large blocks, see
 * cli/relaunch.ts), where an array per layer is page-faulted 4 KiB at a time at its unaligned ends
 * and whole below 2 MiB (Resnet18: 725 faults instead of ~5,000 for its 47 MB).
 */
class Slab {
  private readonly data: Float32Array;
  private used = 0;

  constructor(elements: number) {
    this.data = new Float32Array(elements);
  }

  take(n: number): Float32Array {
    if (this.used + n > this.data.length) throw new GraphError(`internal: the weight slab of ${this.data.length} elements is too small`);
    const view = this.data.subarray(this.used, this.used + n);
    this.used += n;
    return view;
  }
}

/** Seeded integers in [-128, 127] without 0: drawn from [-128, 126], and 0 and up moved up by one. */
function nonzeroInt8RangeTensor(rng: Rng, shape: readonly number[], slab: Slab): Tensor {
  const data = slab.take(sizeOf(shape));
  rng.fillInt(data, INT8_MIN, INT8_MAX - 1);
  for (let i = 0; i < data.length; i++) if (data[i]! >= 0) data[i]! += 1;
  return tensor('float32', shape, data);
}

function int8RangeTensor(rng: Rng, shape: readonly number[]): Tensor {
  const data = new Float32Array(sizeOf(shape));
  rng.fillInt(data, INT8_MIN, INT8_MAX);
  return tensor('float32', shape, data);
}
