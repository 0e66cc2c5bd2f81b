// Unrolls ONNX GRU nodes (called by ./lstm.ts's unrollLstms) into plain ops, like LSTMs: per time
// step, the update and reset gates z, r = σ([x_t, h_{t-1}] · [W_kᵀ; R_kᵀ] + Wb_k + Rb_k) (one dense
// layer each), the candidate n = tanh(x_t·W_hᵀ + Wb_h + r ⊙ (h_{t-1}·R_hᵀ + Rb_h)) (torch's
// linear_before_reset = 1: two dense layers, a product and a sum) or tanh([x_t, r ⊙ h_{t-1}] ·
// [W_hᵀ; R_hᵀ] + Wb_h + Rb_h) (linear_before_reset = 0), and h_t = (1 − z) ⊙ n + z ⊙ h_{t-1}
// (1 − z is a lookup table of z on the vector unit). Forms not covered keep the GRU node whole.
import { type Graph, type Node, type Tensor, tensor } from '../graph/index.js';
import { type Fold, Unroller } from './recurrent.js';

/** Why a GRU node cannot be unrolled (undefined when it can). */
export function gruBlocker(graph: Graph, n: Node): string | undefined {
  if (n.inputs[4]) return 'sequence_lens is given';
  if (n.attrs.clip !== undefined) return 'it uses clip';
  const acts = n.attrs.activations;
  if (Array.isArray(acts) && (acts as string[]).some((a, i) => a !== ['Sigmoid', 'Tanh'][i % 2]))
    return `it uses activations ${(acts as string[]).join(', ')}`;
  for (const i of [1, 2, 3]) if (n.inputs[i] && !graph.initializers.has(n.inputs[i]!)) return 'its weights are not constants';
  const x = graph.typeOf(n.inputs[0]!);
  if (!x?.shape || x.shape.some((d) => typeof d !== 'number')) return 'its input shape is not static';
  return undefined;
}

const f32 = (t: Tensor): Float32Array => t.data as Float32Array;

/** The unrolled nodes of a GRU node. */
export function unrollGru(graph: Graph, n: Node, fresh: (base: string) => string, fold: Fold = {}): Node[] {
  const H = n.attrs.hidden_size as number;
  const layout: 0 | 1 = n.attrs.layout === 1 ? 1 : 0;
  const lbr = n.attrs.linear_before_reset === 1;
  const direction = (n.attrs.direction as string | undefined) ?? 'forward';
  const dirs = direction === 'bidirectional' ? [0, 1] : [0];
  const xShape = graph.typeOf(n.inputs[0]!)!.shape as number[];
  const [T, B, I] = layout === 0 ? [xShape[0]!, xShape[1]!, xShape[2]!] : [xShape[1]!, xShape[0]!, xShape[2]!];
  const W = f32(graph.initializers.get(n.inputs[1]!)!);
  const R = f32(graph.initializers.get(n.inputs[2]!)!);
  const Bias = n.inputs[3] ? f32(graph.initializers.get(n.inputs[3]!)!) : new Float32Array(dirs.length * 6 * H);
  const u = new Unroller(graph, n, fresh);
  const { constant, node } = u;
  const hFinal: string[] = [];
  const ySteps: string[][] = [];
  for (const d of dirs) {
    // gate k (0 z, 1 r, 2 h) of direction d: [rows, H] weights, transposed; x rows then (optionally) h rows
    const weights = (k: number, withX: boolean, withH: boolean, label: string): string => {
      const rows = (withX ? I : 0) + (withH ? H : 0);
      const w = new Float32Array(rows * H);
      for (let j = 0; j < H; j++) {
        const g = d * 3 * H + k * H + j;
        if (withX) for (let i = 0; i < I; i++) w[i * H + j] = W[g * I + i]!;
        if (withH) for (let i = 0; i < H; i++) w[((withX ? I : 0) + i) * H + j] = R[g * H + i]!;
      }
      return constant(`d${d}/${label}`, tensor('float32', [rows, H], w));
    };
    const bias = (k: number, wb: boolean, rb: boolean): string => {
      const b = new Float32Array(H);
      for (let j = 0; j < H; j++) b[j] = (wb ? Bias[d * 6 * H + k * H + j]! : 0) + (rb ? Bias[d * 6 * H + 3 * H + k * H + j]! : 0);
      return constant(`d${d}/bias`, tensor('float32', [H], b));
    };
    const dense = (x: string, w: string, b: string, label: string): string =>
      node('Add', [node('MatMul', [x, w], {}, 1, `${label}_matmul`)[0]!, b], {}, 1, label)[0]!;
    const [wzx, wzxh, wrx, wrxh] = [
      weights(0, true, false, 'z/W_t'),
      weights(0, true, true, 'z/WR_t'),
      weights(1, true, false, 'r/W_t'),
      weights(1, true, true, 'r/WR_t'),
    ];
    const [bz, br] = [bias(0, true, true), bias(1, true, true)];
    const [whx, whxh, rh] = [weights(2, true, false, 'h/W_t'), weights(2, true, true, 'h/WR_t'), weights(2, false, true, 'h/R_t')];
    const [bhBoth, bhW, bhR] = [bias(2, true, true), bias(2, true, false), bias(2, false, true)];
    const one = constant('one', tensor('float32', [], Float32Array.of(1)));
    let h = u.initial(5, d, layout);
    const steps = new Array<string>(T);
    for (let k = 0; k < T; k++) {
      const step = direction === 'reverse' || d === 1 ? T - 1 - k : k;
      const at = (s: string) => `d${d}/t${step}/${s}`;
      const xt = u.step(step, layout, at('x'));
      const xh = h ? node('Concat', [xt, h], { axis: 1 }, 1, at('xh'))[0]! : xt;
      const z = node('Sigmoid', [dense(xh, h ? wzxh : wzx, bz, at('z_gate'))], {}, 1, at('z'))[0]!;
      const r = node('Sigmoid', [dense(xh, h ? wrxh : wrx, br, at('r_gate'))], {}, 1, at('r'))[0]!;
      let pre: string;
      if (lbr) {
        // r ⊙ (h·R_hᵀ + Rb_h); with no h, r ⊙ Rb_h (a product with per-channel constants)
        const hn = h ? dense(h, rh, bhR, at('h_gate_recurrent')) : bhR;
        pre = node('Add', [dense(xt, whx, bhW, at('h_gate_input')), node('Mul', [r, hn], {}, 1, at('r*hn'))[0]!], {}, 1, at('h_gate'))[0]!;
      } else if (h) {
        const xrh = node('Concat', [xt, node('Mul', [r, h], {}, 1, at('r*h'))[0]!], { axis: 1 }, 1, at('xrh'))[0]!;
        pre = dense(xrh, whxh, bhBoth, at('h_gate'));
      } else pre = dense(xt, whx, bhBoth, at('h_gate'));
      const cand = node('Tanh', [pre], {}, 1, at('candidate'))[0]!;
      const omz = node('Sub', [one, z], {}, 1, at('1-z'))[0]!;
      const kept = node('Mul', [omz, cand], {}, 1, at('(1-z)*n'))[0]!;
      h = h ? node('Add', [kept, node('Mul', [z, h], {}, 1, at('z*h'))[0]!], {}, 1, at('h'))[0]! : kept;
      steps[step] = h;
    }
    hFinal.push(h!);
    ySteps.push(steps);
  }
  u.writeOutputs(fold, { T, B, H, layout, ySteps, hFinal });
  return u.nodes;
}
