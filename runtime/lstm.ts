// Unrolls ONNX LSTM nodes into plain ops so the compiler can place their parts: per time step,
// the gate pre-activations [x_t, h_{t-1}] · [Wᵀ; Rᵀ] + b (one dense layer for the matrix unit,
// with the weights of both projections stacked, as a TPU would hold them), and the element-wise
// gate math (sigmoid, tanh, products), which goes wherever placement finds it cheapest — the
// fallback devices, as the activation unit has no element-wise product. Forms this does not cover (peepholes, sequence_lens, clip, input_forget,
// non-default activations) keep the whole LSTM node, which then runs on a fallback device.
import { type Graph, type Node, type Tensor, tensor, uniqueNamer } from '../graph/index.js';

/** An LSTM left whole, and why. */
export interface KeptLstm {
  node: string;
  reason: string;
}

/** Why an LSTM node cannot be unrolled (undefined when it can). */
function unrollBlocker(graph: Graph, n: Node): string | undefined {
  if (n.inputs[4]) return 'sequence_lens is given';
  if (n.attrs.clip !== undefined) return 'it uses clip';
  if (n.attrs.input_forget === 1) return 'it uses input_forget';
  const acts = n.attrs.activations;
  if (Array.isArray(acts)) {
    const want = ['Sigmoid', 'Tanh', 'Tanh'];
    if ((acts as string[]).some((a, i) => a !== want[i % 3])) return `it uses activations ${(acts as string[]).join(', ')}`;
  }
  for (const i of [1, 2, 3, 7]) if (n.inputs[i] && !graph.initializers.has(n.inputs[i]!)) return 'its weights are not constants';
  const x = graph.typeOf(n.inputs[0]!);
  if (!x?.shape || x.shape.some((d) => typeof d !== 'number')) return 'its input shape is not static';
  return undefined;
}

const f32 = (t: Tensor): Float32Array => t.data as Float32Array;

/** Replaces every unrollable LSTM node of `graph` (in place). Returns the LSTMs kept whole. */
export function unrollLstms(graph: Graph): KeptLstm[] {
  const kept: KeptLstm[] = [];
  const fresh = uniqueNamer(graph.names());
  const out: Node[] = [];
  for (const n of graph.nodes) {
    if (n.op !== 'LSTM') {
      out.push(n);
      continue;
    }
    const blocker = unrollBlocker(graph, n);
    if (blocker) {
      kept.push({ node: n.name, reason: blocker });
      out.push(n);
      continue;
    }
    out.push(...unroll(graph, n, fresh));
  }
  graph.nodes = out;
  return kept;
}

function unroll(graph: Graph, n: Node, fresh: (base: string) => string): Node[] {
  const nodes: Node[] = [];
  const H = n.attrs.hidden_size as number;
  const layout = n.attrs.layout === 1 ? 1 : 0;
  const direction = (n.attrs.direction as string | undefined) ?? 'forward';
  const dirs = direction === 'bidirectional' ? [0, 1] : [0];
  const reverse = (d: number) => direction === 'reverse' || d === 1;
  const xShape = graph.typeOf(n.inputs[0]!)!.shape as number[];
  const [T, , I] = layout === 0 ? [xShape[0]!, xShape[1]!, xShape[2]!] : [xShape[1]!, xShape[0]!, xShape[2]!];
  const W = graph.initializers.get(n.inputs[1]!)!;
  const Rw = graph.initializers.get(n.inputs[2]!)!;
  const Bias = n.inputs[3] ? graph.initializers.get(n.inputs[3]!) : undefined;
  const prefix = n.name || 'lstm';
  const name = (s: string) => fresh(`${prefix}/${s}`);
  const constant = (base: string, t: Tensor): string => {
    const v = name(base);
    graph.initializers.set(v, t);
    return v;
  };
  const node = (op: string, inputs: string[], attrs: Node['attrs'] = {}, outputs = 1, label = op): string[] => {
    const outs = Array.from({ length: outputs }, () => name(label));
    nodes.push({ name: name(label), op, inputs, outputs: outs, attrs });
    return outs;
  };
  const axesConst = (axes: number[]) => constant('axes', tensor('int64', [axes.length], BigInt64Array.from(axes.map(BigInt))));

  const hFinal: string[] = [];
  const cFinal: string[] = [];
  const ySteps: string[][] = [];
  for (const d of dirs) {
    // per step, one dense layer: gates = [x_t, h_{t-1}] · [W[d]ᵀ; R[d]ᵀ] + (Wb[d] + Rb[d])
    // (one requantization per step; the first step without an initial h uses W alone)
    const wd = f32(W);
    const rd = f32(Rw);
    const wrT = new Float32Array((I + H) * 4 * H);
    for (let g = 0; g < 4 * H; g++) {
      for (let i = 0; i < I; i++) wrT[i * 4 * H + g] = wd[(d * 4 * H + g) * I + i]!;
      for (let i = 0; i < H; i++) wrT[(I + i) * 4 * H + g] = rd[(d * 4 * H + g) * H + i]!;
    }
    const bias = new Float32Array(4 * H);
    if (Bias) {
      const bd = f32(Bias);
      for (let g = 0; g < 4 * H; g++) bias[g] = bd[d * 8 * H + g]! + bd[d * 8 * H + 4 * H + g]!;
    }
    const wOnly = constant(`d${d}/W_t`, tensor('float32', [I, 4 * H], wrT.slice(0, I * 4 * H)));
    const wr = constant(`d${d}/WR_t`, tensor('float32', [I + H, 4 * H], wrT));
    const biasName = constant(`d${d}/bias`, tensor('float32', [4 * H], bias));
    const splitSizes = constant('split', tensor('int64', [4], BigInt64Array.from([H, H, H, H].map(BigInt))));
    // peepholes P[d] = [Pi, Po, Pf]: i and f see c_{t-1}, o sees c_t (element-wise, on a fallback device)
    const P = n.inputs[7] ? graph.initializers.get(n.inputs[7]!) : undefined;
    const peep = (k: number): string | undefined =>
      P ? constant(`d${d}/P${'iof'[k]}`, tensor('float32', [H], f32(P).slice((d * 3 + k) * H, (d * 3 + k + 1) * H))) : undefined;
    const [pi, po, pf] = [peep(0), peep(1), peep(2)];
    const withPeephole = (pre: string, p: string | undefined, cell: string | undefined, label: string): string => {
      if (!p || !cell) return pre;
      const [pc] = node('Mul', [p, cell], {}, 1, `${label}_peephole`);
      return node('Add', [pre, pc!], {}, 1, `${label}_pre`)[0]!;
    };

    let h: string | undefined;
    let c: string | undefined;
    const initial = (input: number): string | undefined => {
      if (!n.inputs[input]) return undefined;
      const [v] = node(
        'Gather',
        [n.inputs[input]!, constant('dir', tensor('int64', [], BigInt64Array.from([BigInt(d)])))],
        { axis: layout === 0 ? 0 : 1 },
        1,
        `d${d}/initial`,
      );
      return v;
    };
    h = initial(5);
    c = initial(6);
    const steps: string[] = new Array<string>(T);
    for (let k = 0; k < T; k++) {
      const step = reverse(d) ? T - 1 - k : k;
      const [xt] = node(
        'Gather',
        [n.inputs[0]!, constant('t', tensor('int64', [], BigInt64Array.from([BigInt(step)])))],
        { axis: layout === 0 ? 0 : 1 },
        1,
        `d${d}/t${step}/x`,
      );
      const [xh] = h ? node('Concat', [xt!, h], { axis: 1 }, 1, `d${d}/t${step}/xh`) : [xt];
      const [proj] = node('MatMul', [xh!, h ? wr : wOnly], {}, 1, `d${d}/t${step}/gates_matmul`);
      const [gates] = node('Add', [proj!, biasName], {}, 1, `d${d}/t${step}/gates`);
      const [gi, go, gf, gc] = node('Split', [gates!, splitSizes], { axis: 1 }, 4, `d${d}/t${step}/split`);
      const [i] = node('Sigmoid', [withPeephole(gi!, pi, c, `d${d}/t${step}/i`)], {}, 1, `d${d}/t${step}/i`);
      const [f] = node('Sigmoid', [withPeephole(gf!, pf, c, `d${d}/t${step}/f`)], {}, 1, `d${d}/t${step}/f`);
      const [cc] = node('Tanh', [gc!], {}, 1, `d${d}/t${step}/candidate`);
      const [ic] = node('Mul', [i!, cc!], {}, 1, `d${d}/t${step}/i*candidate`);
      if (c) {
        const [fc] = node('Mul', [f!, c], {}, 1, `d${d}/t${step}/f*c`);
        [c] = node('Add', [fc!, ic!], {}, 1, `d${d}/t${step}/c`);
      } else c = ic!;
      const [o] = node('Sigmoid', [withPeephole(go!, po, c, `d${d}/t${step}/o`)], {}, 1, `d${d}/t${step}/o`);
      const [tc] = node('Tanh', [c!], {}, 1, `d${d}/t${step}/tanh_c`);
      [h] = node('Mul', [o!, tc!], {}, 1, `d${d}/t${step}/h`);
      steps[step] = h!;
    }
    hFinal.push(h!);
    cFinal.push(c!);
    ySteps.push(steps);
  }
  // Y: layout 0 [T, D, B, H], layout 1 [B, T, D, H]
  const [y, yh, yc] = n.outputs;
  if (y) {
    const perStep: string[] = [];
    for (let step = 0; step < T; step++) {
      const parts = dirs.map((d) => {
        const [u] = node('Unsqueeze', [ySteps[d]![step]!, axesConst(layout === 0 ? [0, 1] : [1, 2])], {}, 1, `t${step}/y`);
        return u!;
      });
      if (parts.length === 1) perStep.push(parts[0]!);
      else perStep.push(node('Concat', parts, { axis: layout === 0 ? 1 : 2 }, 1, `t${step}/y`)[0]!);
    }
    nodes.push({ name: name('Y'), op: 'Concat', inputs: perStep, outputs: [y], attrs: { axis: layout === 0 ? 0 : 1 } });
  }
  const finalState = (states: string[], output: string | undefined, label: string) => {
    if (!output) return;
    const parts = states.map((s) => node('Unsqueeze', [s, axesConst([layout === 0 ? 0 : 1])], {}, 1, label)[0]!);
    nodes.push({
      name: name(label),
      op: parts.length === 1 ? 'Identity' : 'Concat',
      inputs: parts,
      outputs: [output],
      attrs: parts.length === 1 ? {} : { axis: layout === 0 ? 0 : 1 },
    });
  };
  finalState(hFinal, yh, 'Y_h');
  finalState(cFinal, yc, 'Y_c');
  return nodes;
}
