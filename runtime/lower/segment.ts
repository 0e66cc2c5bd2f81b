// Lowering one TPU segment (consecutive TPU layers) to one program, its host-memory layout and its
// share of the model's weight image: decide each convolution's mapping and each tensor's border,
// prepare every layer (quantization, parameter blocks), then emit layer by layer through the
// layer's emitter, allocating UB rows by liveness. Hazards are left to the hardware: no NOPs, no
// SYNCs; each layer's instructions carry its TAG. The first multiply of a layer that reads an
// earlier layer's output carries `fence` (the paper's layer-boundary synchronization) unless the
// config's `compiler.layerOverlap` asks for the overlapped what-if.
import { sizeOf } from '../../graph/index.js';
import { CapacityError, CompileError } from '../errors.js';
import { type Frame, blockChannels, blockRows, blocks, frameFor, frameRows, hostFrameBytes, rowOf } from '../frame.js';
import { type ConvLayer, type Layer, shapeOf } from '../layers.js';
import { estimateHostConv } from './conv.js';
import { alignGroupBorders } from './reduce.js';
import { LoweringContext } from './context.js';
import type { LayerEmitter, PreparedLayer } from './emitter.js';
import { emitHostTransfer, fillBorders } from './instructions.js';
import type { CompiledSegment, LoweredLayer, SegmentSpec } from './types.js';

/** Chooses im2col for convolutions whose input comes from the host (when it takes less time, host link included), and each tensor's zero-point border. */
function planConvolutions(ctx: LoweringContext, spec: SegmentSpec): void {
  const { graph, layers } = spec;
  const segInputs = new Set(spec.inputs);
  const consumers = new Map<string, Layer[]>();
  for (const l of layers) for (const i of l.inputs) consumers.set(i, [...(consumers.get(i) ?? []), l]);
  for (const l of layers) {
    if (l.kind !== 'conv' || !segInputs.has(l.inputs[0]!) || consumers.get(l.inputs[0]!)!.length !== 1 || l.groups !== 1) continue;
    if (spec.convMapping === 'channels') continue;
    if (
      spec.convMapping === 'im2col' ||
      !channelsFit(ctx, l) ||
      estimateHostConv(graph, l, ctx.hw, 'im2col') < estimateHostConv(graph, l, ctx.hw, 'channels')
    )
      ctx.im2col.add(l.name);
  }
  for (const l of layers) {
    if (l.kind !== 'conv' || ctx.im2col.has(l.name)) continue;
    const x = shapeOf(graph, l.inputs[0]!);
    const y = shapeOf(graph, l.output);
    const [, , kh, kw] = l.weightShape;
    const need: [number, number, number, number] = [
      l.pads[0],
      l.pads[1],
      Math.max(0, (y[2]! - 1) * l.strides[0] - l.pads[0] + (kh - 1) * l.dilations[0] - (x[2]! - 1)),
      Math.max(0, (y[3]! - 1) * l.strides[1] - l.pads[1] + (kw - 1) * l.dilations[1] - (x[3]! - 1)),
    ];
    const old = ctx.padNeeded.get(l.inputs[0]!) ?? [0, 0, 0, 0];
    ctx.padNeeded.set(l.inputs[0]!, old.map((v, i) => Math.max(v, need[i]!)) as [number, number, number, number]);
  }
  alignGroupBorders(layers, ctx.padNeeded);
}

/**
 * Whether a host-input convolution's whole padded input and its output fit the UB together (channels
 * on rows holds both; host im2col holds only two bands of windows). Where they do not, im2col keeps
 * the batch whole instead of forcing more micro-batches.
 */
function channelsFit(ctx: LoweringContext, l: ConvLayer): boolean {
  const x = frameFor(shapeOf(ctx.graph, l.inputs[0]!), ctx.P, [l.pads[0], l.pads[1], l.pads[2], l.pads[3]]);
  return frameRows(x) + frameRows(frameFor(shapeOf(ctx.graph, l.output), ctx.P)) <= ctx.hw.ubRows;
}

/** Which UB rows hold which tensors, freed after the last layer that reads them (a view shares its input's rows). */
class Liveness {
  private readonly viewRoot = new Map<string, string>(); // view output → the tensor owning the rows
  private readonly lastRead = new Map<string, number>();
  private readonly alive = new Map<string, { start: number; size: number; users: number }>();

  constructor(layers: readonly Layer[], emitters: readonly LayerEmitter[]) {
    for (const [i, l] of layers.entries())
      if (emitters[i]?.aliasesInput) this.viewRoot.set(l.output, this.viewRoot.get(l.inputs[0]!) ?? l.inputs[0]!);
    layers.forEach((l, i) => {
      for (const x of l.inputs) this.lastRead.set(this.rootOf(x), i);
    });
  }

  rootOf(name: string): string {
    return this.viewRoot.get(name) ?? name;
  }

  /** Whether no layer after layer `index` reads `name`, and `name` owns its rows (is not a view). */
  diesAt(name: string, index: number): boolean {
    return this.rootOf(name) === name && this.alive.has(name) && (this.lastRead.get(name) ?? -1) <= index;
  }

  /** Gives the rows `from` owns to `to` (an output written over its input). */
  handOver(from: string, to: string): void {
    this.alive.set(to, this.alive.get(from)!);
    this.alive.delete(from);
  }

  /** Records that `name` owns UB rows [start, start + size). */
  hold(name: string, start: number, size: number): void {
    this.alive.set(name, { start, size, users: 0 });
  }

  /** Frees what no layer after layer `index` reads (segment outputs were already written back). */
  releaseAfter(ctx: LoweringContext, l: Layer, index: number): void {
    for (const root of new Set([...l.inputs.map((x) => this.rootOf(x)), this.rootOf(l.output)])) {
      const last = this.lastRead.get(root);
      const a = this.alive.get(root);
      if (a && (last === undefined || last <= index)) {
        ctx.ub.release(a.start, a.size);
        this.alive.delete(root);
      }
    }
  }
}

/** Allocates the frame of a tensor produced in the UB (with the border its convolution readers need). */
function allocFrame(ctx: LoweringContext, live: Liveness, name: string, shape: number[], blockStride?: number): Frame {
  const pad = ctx.padNeeded.get(name) ?? [0, 0, 0, 0];
  const f = frameFor(shape, ctx.P, shape.length === 4 ? pad : [0, 0, 0, 0]);
  // blocks `blockStride` rows apart (an output walked in step with a row-slice input), else packed
  if (blockStride !== undefined && blocks(f) > 1) f.blockStride = blockStride;
  const rows = f.blockStride === undefined ? frameRows(f) : (blocks(f) - 1) * f.blockStride + blockRows(f);
  f.base = ctx.ub.alloc(rows, `tensor "${name}" (${shape.join('x')}, ${rows} rows of ${ctx.W} bytes)`, ctx.hw.ubRows, ctx.layerIndex);
  live.hold(name, f.base, rows);
  ctx.frames.set(name, f);
  return f;
}

/**
 * The output frame of layer `index`: rows of its own, or — when the UB cannot hold them and the
 * layer may overwrite its first input, which dies here and has the same frame — the input's rows.
 */
function outputFrame(ctx: LoweringContext, live: Liveness, l: Layer, index: number, emitter: LayerEmitter): Frame {
  const shape = shapeOf(ctx.graph, l.output);
  const xStride = emitter.walksWithInput?.(l) ? ctx.frames.get(l.inputs[0]!)?.blockStride : undefined;
  try {
    return allocFrame(ctx, live, l.output, shape, xStride);
  } catch (e) {
    const x = l.inputs[0]!;
    const xf = ctx.frames.get(x);
    const same =
      xf && sameGeometry(xf, frameFor(shape, ctx.P, shape.length === 4 ? (ctx.padNeeded.get(l.output) ?? [0, 0, 0, 0]) : [0, 0, 0, 0]));
    if (!(e instanceof CapacityError) || !emitter.overwritesInput?.(l) || !same || !live.diesAt(x, index)) throw e;
    live.handOver(x, l.output);
    const y = { ...xf };
    ctx.frames.set(l.output, y);
    ctx.overwrites.push(`"${l.name}" writes its output over its input "${x}" (${frameRows(y)} UB rows): the UB cannot hold both`);
    return y;
  }
}

/** Whether two frames lay out their tensors alike (ignoring where they start). */
function sameGeometry(a: Frame, b: Frame): boolean {
  return (
    a.n === b.n &&
    a.h === b.h &&
    a.w === b.w &&
    a.channels === b.channels &&
    a.g === b.g &&
    a.spatial === b.spatial &&
    a.blockStride === b.blockStride &&
    a.pad.every((p, i) => p === b.pad[i])
  );
}

/** A segment input: DMA from the host into its frame, or (im2col) band buffers it is streamed into. */
function loadInput(ctx: LoweringContext, live: Liveness, name: string, consumer: Layer): void {
  if (ctx.frames.has(name)) return;
  const shape = shapeOf(ctx.graph, name);
  if (consumer.kind === 'gather') {
    // a gather's indices: uint32 each, packed W bytes a row (the host normalises them)
    const f = frameFor([Math.ceil((4 * sizeOf(shape)) / ctx.W), ctx.W], ctx.W);
    f.base = ctx.ub.alloc(f.n, `the indices "${name}" of "${consumer.name}"`, ctx.hw.ubRows, ctx.layerIndex);
    live.hold(name, f.base, f.n);
    ctx.frames.set(name, f);
    const hostOffset = emitHostTransfer(ctx, 'READ_HOST', f);
    ctx.host.inputs.push({ tensor: name, hostOffset, frame: f, layout: 'indices', indexRows: consumer.rows });
    return;
  }
  if (consumer.kind === 'conv' && ctx.im2col.has(consumer.name)) {
    loadIm2colInput(ctx, live, name, consumer);
    return;
  }
  const f = allocFrame(ctx, live, name, shape);
  if (f.spatial && f.pad.some((p) => p > 0)) {
    ctx.host.inputs.push({ tensor: name, hostOffset: emitInteriorRead(ctx, f), frame: f, layout: 'interior' });
    fillBorders(ctx, f, ctx.qOf(name).zeroPoint);
    return;
  }
  const offset = emitHostTransfer(ctx, 'READ_HOST', f);
  ctx.host.inputs.push({ tensor: name, hostOffset: offset, frame: f, layout: 'frame' });
}

/**
 * Host input once: the link carries the tensor's bytes only, one READ_HOST per image row into the
 * interior of its padded frame; the border is written on chip (fillBorders), as for tensors the
 * chip produces. Host layout: the frame without its border (block, n, y, x; a row per pixel).
 */
function emitInteriorRead(ctx: LoweringContext, f: Frame): number {
  const offset = ctx.host.alloc(hostFrameBytes({ ...f, pad: [0, 0, 0, 0] }));
  let p = offset;
  for (let b = 0; b < blocks(f); b++) {
    const rowBytes = blockChannels(f, b);
    for (let n = 0; n < f.n; n++) {
      for (let y = 0; y < f.h; y++) {
        ctx.prog.emit({ op: 'READ_HOST', ub: rowOf(f, b, n, y, 0), host: p, rows: f.w, rowBytes });
        p += f.w * rowBytes;
      }
    }
  }
  return offset;
}

/**
 * The im2col matrix stays in host memory and is streamed in, band by band, into two buffers (the
 * next band's DMA overlaps this band's multiplies; hazards order the reuse).
 */
function loadIm2colInput(ctx: LoweringContext, live: Liveness, name: string, consumer: ConvLayer): void {
  const { accHalf, P } = ctx;
  const y = shapeOf(ctx.graph, consumer.output);
  const [, Cg, kh, kw] = consumer.weightShape;
  const f = frameFor([y[0]! * y[2]! * y[3]!, Cg * kh * kw], P);
  const bandRows = Math.min(accHalf, f.n);
  const slots = f.n > accHalf ? 2 : 1;
  const rows = slots * blocks(f) * bandRows;
  f.base = ctx.ub.alloc(
    rows,
    `the im2col band buffers of "${consumer.name}" (${slots} x ${blocks(f)} x ${bandRows} rows)`,
    ctx.hw.ubRows,
    ctx.layerIndex,
  );
  live.hold(name, f.base, rows);
  ctx.frames.set(name, f);
  const offset = ctx.host.alloc(hostFrameBytes(f));
  ctx.streamed.set(name, { hostOffset: offset, bandRows, slots });
  ctx.host.inputs.push({
    tensor: name,
    hostOffset: offset,
    frame: f,
    layout: 'im2col',
    im2col: { kernel: [kh, kw], strides: consumer.strides, pads: consumer.pads, dilations: consumer.dilations, outH: y[2]!, outW: y[3]! },
  });
}

/** Lowers a segment; `emitterOf` gives the emitter of each layer kind. */
export function lowerSegmentWith(spec: SegmentSpec, emitterOf: (l: Layer) => LayerEmitter | undefined): CompiledSegment {
  const { layers } = spec;
  const ctx = new LoweringContext(spec);
  planConvolutions(ctx, spec);
  // Params occupy UB rows [0, P); P is known only after all layers are prepared, so layers are
  // prepared first (quantization, params), then emitted.
  const emitters = layers.map((l) => emitterOf(l));
  const prepared: (PreparedLayer | undefined)[] = layers.map((l, i) => emitters[i]?.prepare(ctx, l));
  const { paramRows, params } = ctx.startEmitting();
  const live = new Liveness(layers, emitters as LayerEmitter[]);
  const outputSet = new Set(spec.outputs);
  const lowered: LoweredLayer[] = [];
  const produced = new Set<string>(); // outputs of this segment's layers so far
  layers.forEach((l, index) => {
    ctx.layerIndex = index;
    const tag = spec.tags.get(l.name) ?? 0;
    ctx.prog.tag(tag);
    for (const x of l.inputs) if (!ctx.frames.has(x)) loadInput(ctx, live, x, l);
    const tilesBefore = ctx.tiles.bytesFetched;
    const emitter = emitters[index];
    const p = prepared[index];
    if (!emitter || !p) throw new CompileError(`internal: node "${l.name}" (${l.op}) is not a TPU layer`);
    ctx.fencePending = !spec.hw.layerOverlap && l.inputs.some((x) => produced.has(x));
    let y: Frame | undefined;
    if (!emitter.aliasesInput) {
      y = outputFrame(ctx, live, l, index, emitter);
      fillBorders(ctx, y, ctx.qOf(l.output).zeroPoint);
    }
    emitter.emit(ctx, p, y);
    produced.add(l.output);
    if (outputSet.has(l.output)) {
      const f = ctx.frames.get(l.output)!;
      ctx.host.outputs.push({ tensor: l.output, hostOffset: emitHostTransfer(ctx, 'WRITE_HOST', f), frame: f });
    }
    lowered.push({ name: l.name, tag, mapping: p.mapping, weightBytes: ctx.tiles.bytesFetched - tilesBefore, quant: p.quant });
    live.releaseAfter(ctx, l, index);
  });
  ctx.prog.emit({ op: 'HALT' });
  return {
    program: ctx.prog.instructions,
    params,
    inputs: ctx.host.inputs,
    outputs: ctx.host.outputs,
    hostBytes: ctx.host.bytes,
    layers: lowered,
    peakUbRows: ctx.ub.peak + paramRows,
    ...(ctx.overwrites.length > 0 ? { overwrites: ctx.overwrites } : {}),
  };
}
