// What unrolling LSTM (./lstm.ts) and GRU (./gru.ts) nodes share: naming the new nodes and
// constants, reading x_t and the initial states, and writing the Y / Y_h / Y_c outputs — with one
// direction and layout 0, straight into the Squeezes that drop the direction axis.
import { type Graph, type Node, type Tensor, tensor } from '../graph/index.js';

/** The axes a Squeeze removes (attribute before opset 13, constant input after), undefined when not constant. */
function squeezeAxes(graph: Graph, n: Node): number[] | undefined {
  if (Array.isArray(n.attrs.axes)) return n.attrs.axes as number[];
  const t = n.inputs[1] ? graph.initializers.get(n.inputs[1]) : undefined;
  return t ? Array.from(t.data as BigInt64Array, Number) : undefined;
}

/**
 * The Squeezes that drop an LSTM or GRU output's direction axis (one direction, layout 0): the unrolled
 * form writes their outputs directly — Y as the steps' h_t concatenated along rows, Y_h as the
 * last h — so the sequence never takes the 4-D shape [T, 1, B, H] (which the TPU's frames would
 * read as an image). The Squeeze nodes are then dropped.
 */
export function squeezes(graph: Graph, n: Node, consumers: Map<string, Node[]>, outputs: Set<string>): Fold {
  const unused = (v: string | undefined) => !!v && !outputs.has(v) && !consumers.get(v)?.length;
  const dropped = { yUnused: unused(n.outputs[0]), yhUnused: unused(n.outputs[1]), ycUnused: unused(n.outputs[2]) };
  const dir = (n.attrs.direction as string | undefined) ?? 'forward';
  if (dir === 'bidirectional' || n.attrs.layout === 1) return dropped;
  const only = (v: string | undefined, axis: number): Node | undefined => {
    const cs = v ? consumers.get(v) : undefined;
    if (!v || outputs.has(v) || cs?.length !== 1 || cs[0]!.op !== 'Squeeze') return undefined;
    const axes = squeezeAxes(graph, cs[0]!);
    return axes?.length === 1 && (axes[0] === axis || axes[0] === axis - 4) ? cs[0] : undefined;
  };
  return { ...dropped, y: only(n.outputs[0], 1), yh: only(n.outputs[1], 0) };
}

/** How the unrolled LSTM writes its outputs: Squeezes it takes over, outputs nothing reads (not computed). */
export interface Fold {
  y?: Node;
  yh?: Node;
  yUnused?: boolean;
  yhUnused?: boolean;
  ycUnused?: boolean;
}

/** The state of unrolling one recurrent node: its new nodes and constants. */
export class Unroller {
  readonly nodes: Node[] = [];
  private readonly prefix: string;

  constructor(
    private readonly graph: Graph,
    private readonly n: Node,
    private readonly fresh: (base: string) => string,
  ) {
    this.prefix = n.name || n.op.toLowerCase();
  }

  /** A fresh value or node name under the node's prefix. */
  name = (s: string): string => this.fresh(`${this.prefix}/${s}`);

  /** A new initializer; returns its name. */
  constant = (base: string, t: Tensor): string => {
    const v = this.name(base);
    this.graph.initializers.set(v, t);
    return v;
  };

  /** Adds a node; returns its output names. */
  node = (op: string, inputs: string[], attrs: Node['attrs'] = {}, outputs = 1, label = op): string[] => {
    const outs = Array.from({ length: outputs }, () => this.name(label));
    this.nodes.push({ name: this.name(label), op, inputs, outputs: outs, attrs });
    return outs;
  };

  private axes(axes: number[]): string {
    return this.constant('axes', tensor('int64', [axes.length], BigInt64Array.from(axes.map(BigInt))));
  }

  private index(base: string, i: number): string {
    return this.constant(base, tensor('int64', [], BigInt64Array.from([BigInt(i)])));
  }

  /** x_t: a Gather of step `step` of the sequence input (a row slice on the TPU for layout 0). */
  step(step: number, layout: 0 | 1, label: string): string {
    return this.node('Gather', [this.n.inputs[0]!, this.index('t', step)], { axis: layout === 0 ? 0 : 1 }, 1, label)[0]!;
  }

  /**
   * The initial state of direction d from input `input`; undefined when absent or a constant of
   * zeros (exactly the same as absent: the first step then has no recurrent term, torch exports
   * its default zero state as such a constant).
   */
  initial(input: number, d: number, layout: 0 | 1): string | undefined {
    const v = this.n.inputs[input];
    if (!v) return undefined;
    const t = this.graph.initializers.get(v);
    if (t && (t.data as Float32Array).every((x) => x === 0)) return undefined;
    return this.node('Gather', [v, this.index('dir', d)], { axis: layout === 0 ? 0 : 1 }, 1, `d${d}/initial`)[0]!;
  }

  /** Writes Y (layout 0 [T, D, B, H], layout 1 [B, T, D, H]), Y_h and Y_c from the steps' h and the final states. */
  writeOutputs(
    fold: Fold,
    s: { T: number; B: number; H: number; layout: 0 | 1; ySteps: string[][]; hFinal: string[]; cFinal?: string[] },
  ): void {
    const { T, B, H, layout, ySteps } = s;
    const [y, yh, yc] = this.n.outputs;
    const dirs = ySteps.length;
    if (fold.y) {
      // [T·B, H]: step t's h in rows t·B .. t·B + B − 1, then viewed as [T, B, H]
      const rows = this.node('Concat', ySteps[0]!, { axis: 0 }, 1, 'Y_rows')[0]!;
      const shape = this.constant('shape', tensor('int64', [3], BigInt64Array.from([T, B, H].map(BigInt))));
      this.nodes.push({ name: this.name('Y'), op: 'Reshape', inputs: [rows, shape], outputs: [fold.y.outputs[0]!], attrs: {} });
    } else if (y && !fold.yUnused) {
      const perStep: string[] = [];
      for (let step = 0; step < T; step++) {
        const parts = ySteps.map(
          (ys) => this.node('Unsqueeze', [ys[step]!, this.axes(layout === 0 ? [0, 1] : [1, 2])], {}, 1, `t${step}/y`)[0]!,
        );
        perStep.push(dirs === 1 ? parts[0]! : this.node('Concat', parts, { axis: layout === 0 ? 1 : 2 }, 1, `t${step}/y`)[0]!);
      }
      this.nodes.push({ name: this.name('Y'), op: 'Concat', inputs: perStep, outputs: [y], attrs: { axis: layout === 0 ? 0 : 1 } });
    }
    const finalState = (states: string[], output: string | undefined, label: string) => {
      if (!output) return;
      const parts = states.map((st) => this.node('Unsqueeze', [st, this.axes([layout === 0 ? 0 : 1])], {}, 1, label)[0]!);
      this.nodes.push({
        name: this.name(label),
        op: parts.length === 1 ? 'Identity' : 'Concat',
        inputs: parts,
        outputs: [output],
        attrs: parts.length === 1 ? {} : { axis: layout === 0 ? 0 : 1 },
      });
    };
    if (fold.yh)
      this.nodes.push({ name: this.name('Y_h'), op: 'Identity', inputs: [s.hFinal[0]!], outputs: [fold.yh.outputs[0]!], attrs: {} });
    else if (!fold.yhUnused) finalState(s.hFinal, yh, 'Y_h');
    if (s.cFinal && !fold.ycUnused) finalState(s.cFinal, yc, 'Y_c');
  }
}
