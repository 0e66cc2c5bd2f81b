// Unrolls ONNX LSTM nodes into plain ops so the compiler can place their parts: per time step and
// gate, the pre-activation [x_t, h_{t-1}] · [W_kᵀ; R_kᵀ] + b_k (one dense layer per gate for the
// matrix unit, with the weights of both projections stacked, as a TPU would hold them), and the
// element-wise gate math (sigmoid, tanh, products, peephole products), which the vector unit runs
// (lower/vector.ts) where the config has one. x_t is a Gather of one row block of the input (a row
// slice on the TPU); with one direction and layout 0, Y is the steps' h_t concatenated along rows
// and Y_h the last h, written straight into the Squeezes that drop the direction axis (which are
// then removed); outputs nothing reads are not computed. Forms this does not cover (sequence_lens,
// clip, input_forget, non-default activations) keep the whole LSTM node, which then runs on a
// fallback device.
import { type Graph, type Node, type Tensor, tensor, uniqueNamer } from '../graph/index.js';
import { gruBlocker, unrollGru } from './gru.js';
import { type Fold, Unroller, squeezes } from './recurrent.js';

/** An LSTM (or GRU) left whole, and why. */
export interface KeptLstm {
  node: string;
  reason: string;
  /** 'GRU' for a GRU (absent: LSTM). */
  op?: string;
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

/** Replaces every unrollable LSTM and GRU node of `graph` (in place; GRU: ./gru.ts). Returns those kept whole. */
export function unrollLstms(graph: Graph): KeptLstm[] {
  const kept: KeptLstm[] = [];
  const fresh = uniqueNamer(graph.names());
  const out: Node[] = [];
  const consumers = graph.consumers();
  const outputs = new Set(graph.outputs.map((o) => o.name));
  const folded = new Set<Node>();
  for (const n of graph.nodes) {
    if (folded.has(n)) continue;
    if (n.op !== 'LSTM' && n.op !== 'GRU') {
      out.push(n);
      continue;
    }
    const blocker = n.op === 'GRU' ? gruBlocker(graph, n) : unrollBlocker(graph, n);
    if (blocker) {
      kept.push({ node: n.name, reason: blocker, ...(n.op === 'GRU' ? { op: 'GRU' } : {}) });
      out.push(n);
      continue;
    }
    const fold = squeezes(graph, n, consumers, outputs);
    if (fold.y) folded.add(fold.y);
    if (fold.yh) folded.add(fold.yh);
    out.push(...(n.op === 'GRU' ? unrollGru(graph, n, fresh, fold) : unroll(graph, n, fresh, fold)));
  }
  graph.nodes = out;
  return kept;
}

function unroll(graph: Graph, n: Node, fresh: (base: string) => string, fold: Fold = {}): Node[] {
  const H = n.attrs.hidden_size as number;
  const layout: 0 | 1 = n.attrs.layout === 1 ? 1 : 0;
  const direction = (n.attrs.direction as string | undefined) ?? 'forward';
  const dirs = direction === 'bidirectional' ? [0, 1] : [0];
  const reverse = (d: number) => direction === 'reverse' || d === 1;
  const xShape = graph.typeOf(n.inputs[0]!)!.shape as number[];
  const [T, , I] = layout === 0 ? [xShape[0]!, xShape[1]!, xShape[2]!] : [xShape[1]!, xShape[0]!, xShape[2]!];
  const W = graph.initializers.get(n.inputs[1]!)!;
  const Rw = graph.initializers.get(n.inputs[2]!)!;
  const Bias = n.inputs[3] ? graph.initializers.get(n.inputs[3]!) : undefined;
  const u = new Unroller(graph, n, fresh);
  const { nodes, constant, node } = u;
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
    // one dense layer per gate (ONNX order i, o, f, c): each gate's output starts at lane 0 of its
    // own frame, so the vector unit reads it directly (a Split of one 4H-wide output would be a
    // view at channel offset kH, which the frames cannot express yet)
    // the first step (no h yet) multiplies by W alone: the first I rows of [W; R], a view of them
    const gateRows = [0, 1, 2, 3].map((k) => {
      const w = new Float32Array((I + H) * H);
      for (let r = 0; r < I + H; r++) for (let j = 0; j < H; j++) w[r * H + j] = wrT[r * 4 * H + k * H + j]!;
      return w;
    });
    const wOnly = gateRows.map((w, k) => constant(`d${d}/${'iofc'[k]}/W_t`, tensor('float32', [I, H], w.subarray(0, I * H))));
    const wr = gateRows.map((w, k) => constant(`d${d}/${'iofc'[k]}/WR_t`, tensor('float32', [I + H, H], w)));
    const biasOf = [0, 1, 2, 3].map((k) => constant(`d${d}/${'iofc'[k]}/bias`, tensor('float32', [H], bias.slice(k * H, (k + 1) * H))));
    // peepholes P[d] = [Pi, Po, Pf]: i and f see c_{t-1}, o sees c_t (products with per-channel constants)
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
    h = u.initial(5, d, layout);
    c = u.initial(6, d, layout);
    const steps: string[] = new Array<string>(T);
    for (let k = 0; k < T; k++) {
      const step = reverse(d) ? T - 1 - k : k;
      const xt = u.step(step, layout, `d${d}/t${step}/x`);
      const [xh] = h ? node('Concat', [xt!, h], { axis: 1 }, 1, `d${d}/t${step}/xh`) : [xt];
      const [gi, go, gf, gc] = [0, 1, 2, 3].map((k) => {
        const label = `d${d}/t${step}/${'iofc'[k]}_gate`;
        const [proj] = node('MatMul', [xh!, h ? wr[k]! : wOnly[k]!], {}, 1, `${label}_matmul`);
        return node('Add', [proj!, biasOf[k]!], {}, 1, label)[0]!;
      });
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
  u.writeOutputs(fold, { T, B: xShape[layout === 0 ? 1 : 0]!, H, layout, ySteps, hFinal, cFinal });
  return nodes;
}
