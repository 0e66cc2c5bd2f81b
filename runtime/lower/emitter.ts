// What a layer emitter is. An emitter owns one family of layers on the TPU: it recognises the
// graph nodes it can lower (fusing what follows them) or says why it cannot, describes the layers
// for the placement report, estimates their matrix-unit cycles, quantizes them and emits their
// instructions. Adding an operation to the TPU means adding or extending an emitter here (and
// listing it in ./index.ts); placement, the session and the report need no change.
import type { Graph, Node, Tensor } from '../../graph/index.js';
import type { VectorClass } from '../../isa/index.js';
import type { HardwareConfig } from '../../sim/index.js';
import type { Frame } from '../frame.js';
import type { Activation, Layer } from '../layers.js';
import type { LoweringContext } from './context.js';
import type { HardwareShape, QuantLayer } from './types.js';

/** An emitter's refusal of a node: the reason, in the TPU's words (it goes into the report). */
export interface Refusal {
  refused: string;
}

/** Whether a recogniser's answer is a refusal. */
export function isRefusal(x: Layer | Refusal): x is Refusal {
  return 'refused' in x;
}

/** What recognising a node sees: the graph, the layer being built, the fusion helpers. */
export interface RecogniseContext {
  graph: Graph;
  /** The nodes of the layer being built: the recognised node first, then what is fused into it. */
  nodes: Node[];
  /** The constant (initializer) a value name stands for. */
  constant(name: string | undefined): Tensor | undefined;
  /** The single consumer of a value, when it has exactly one, not yet taken, and is not a graph output. */
  soleConsumer(value: string): Node | undefined;
  /** Takes a following node into the layer being built. */
  absorb(node: Node): void;
  /** Fuses the activation that follows `value` when it can (see ./activation.ts); returns it and the new output. */
  takeActivation(value: string): { act: Activation; output: string };
  /** The layer that produces a value (layers come in topological order), undefined for inputs and constants. */
  producer(value: string): Layer | undefined;
  /** Whether a value is a graph output. */
  isGraphOutput(value: string): boolean;
  /** The nodes reading a value. */
  consumers(value: string): readonly Node[];
  /** The refusal of an earlier recogniser of the same op, when one refused the node. */
  earlierRefusal?: string;
}

/** Recognises graph nodes as TPU layers. */
export interface Recogniser {
  /** Short name, for messages. */
  readonly name: string;
  /** ONNX ops whose nodes it recognises (recognisers of one op are tried in the order of lower/index.ts). */
  readonly ops: readonly string[];
  /** The layer `node` starts (with what follows it fused), or why the TPU cannot lower it. */
  recognise(node: Node, ctx: RecogniseContext): Layer | Refusal;
}

/** A layer quantized, its parameter blocks placed, ready to emit. */
export interface PreparedLayer<L extends Layer = Layer> {
  layer: L;
  quant: QuantLayer;
  /** Per output block: UB row of its parameter block. */
  params: number[];
  /** How the layer is mapped onto the array (the report's `mapping`). */
  mapping: string;
}

/** Lowers one or more kinds of layer. */
export interface LayerEmitter<L extends Layer = Layer> extends Recogniser {
  /** The layer kinds it lowers (each kind belongs to one emitter). */
  readonly kinds: readonly L['kind'][];
  /** The layer's output is its input's UB rows under another shape: no frame of its own, freed with its input. */
  readonly aliasesInput?: boolean;
  /**
   * Whether the layer may write its output over its first input's UB rows when that input dies
   * here and the UB cannot hold both: a VECTOR reads all a step reads before it writes (isa/ISA.md).
   */
  overwritesInput?(layer: L): boolean;
  /**
   * Whether the layer walks its output's channel blocks in step with its first input's (one block
   * stride for both): an input that is a row slice of a larger frame then gives the output its stride.
   */
  walksWithInput?(layer: L): boolean;
  /** The vector-unit class (or classes) the layer needs (placement refuses it on a config without one of them). */
  vectorClass?(layer: L): VectorClass | readonly VectorClass[];
  /** What the TPU does with the layer, for the placement report (e.g. "convolution with Relu fused"). */
  describe(layer: L): string;
  /** What a hardware config lacks to run this emitter's layers (its refusal), undefined when it has it all; absent: any config. */
  missing?(config: HardwareConfig): string | undefined;
  /** Estimated matrix-unit cycles (multiplies only: no fill/drain, no weight-memory stalls). */
  estimateCycles(graph: Graph, layer: L, hw: HardwareShape): number;
  /** Quantizes the layer and adds its parameter blocks (before any instruction is emitted). */
  prepare(ctx: LoweringContext, layer: L): PreparedLayer<L>;
  /** Emits the layer's instructions; `y` is its output frame, allocated with its border filled (undefined for views). */
  emit(ctx: LoweringContext, p: PreparedLayer<L>, y: Frame | undefined): void;
}
