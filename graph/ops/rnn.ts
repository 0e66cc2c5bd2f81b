// Recurrent ops: LSTM, GRU and RNN (opset 14 semantics: both layouts, all directions,
// sequence_lens, initial states, peepholes, clip, input_forget, custom activations).
// The input projection X*W^T of every time step is one GEMM; each step then does H*R^T.
import type { Attrs, Dim } from '../ir.js';
import type { Tensor } from '../tensor.js';
import { activationFn } from './elementwise.js';
import { gemmF32 } from './gemm.js';
import { transpose } from './shape.js';
import type { InferInput, OpContext, OpDef, OutputType } from './types.js';
import {
  FLOAT_TYPES,
  asF32,
  attrFloat,
  attrFloats,
  attrInt,
  attrString,
  attrStrings,
  checkEnum,
  defineOp,
  expectDType,
  fail,
  fromF32,
  inType,
  need,
  toInts,
  unknownDim,
} from './util.js';

type Kind = 'LSTM' | 'GRU' | 'RNN';
type Fn = (x: number) => number;

const GATES: Record<Kind, number> = { LSTM: 4, GRU: 3, RNN: 1 };
const DEFAULT_ACTS: Record<Kind, string[]> = { LSTM: ['Sigmoid', 'Tanh', 'Tanh'], GRU: ['Sigmoid', 'Tanh'], RNN: ['Tanh'] };
const USES_ALPHA = new Set(['affine', 'leakyrelu', 'thresholdedrelu', 'scaledtanh', 'hardsigmoid', 'elu']);
const USES_BETA = new Set(['affine', 'scaledtanh', 'hardsigmoid']);

/** Activation functions per direction; alpha/beta lists are consumed in order by the activations that take them. */
function activations(kind: Kind, attrs: Attrs, dirs: number): Fn[][] {
  const per = DEFAULT_ACTS[kind].length;
  const names = attrStrings(attrs, 'activations') ?? [];
  const all = names.length === 0 ? Array.from({ length: dirs }, () => DEFAULT_ACTS[kind]).flat() : names;
  if (all.length !== per * dirs) fail(`activations lists ${all.length} functions, expected ${per * dirs} (${per} per direction)`);
  const alphas = attrFloats(attrs, 'activation_alpha', []);
  const betas = attrFloats(attrs, 'activation_beta', []);
  let ai = 0;
  let bi = 0;
  const fns = all.map((name) => {
    const lower = name.toLowerCase();
    const alpha = USES_ALPHA.has(lower) ? alphas[ai++] : undefined;
    const beta = USES_BETA.has(lower) ? betas[bi++] : undefined;
    const f = activationFn(name, alpha, beta);
    if (!f) fail(`activation ${name} is not supported`);
    return f;
  });
  return Array.from({ length: dirs }, (_, d) => fns.slice(d * per, (d + 1) * per));
}

function unsupportedRnn(attrs: Attrs): string[] {
  const msgs = checkEnum(attrs, 'direction', 'forward', ['forward', 'reverse', 'bidirectional']);
  for (const a of attrStrings(attrs, 'activations') ?? []) if (!activationFn(a)) msgs.push(`activation ${a} is not supported`);
  return msgs;
}

function dirCount(attrs: Attrs): number {
  const d = attrString(attrs, 'direction', 'forward');
  if (d !== 'forward' && d !== 'reverse' && d !== 'bidirectional') fail(`direction=${d} is not supported`);
  return d === 'bidirectional' ? 2 : 1;
}

function inferRnn(kind: Kind, inputs: readonly InferInput[], attrs: Attrs, ctx: OpContext): OutputType[] {
  const x = inType(inputs, 0, 'X');
  expectDType('input X', x.dtype, FLOAT_TYPES);
  const dirs = dirCount(attrs);
  const layout = attrInt(attrs, 'layout', 0);
  let H: Dim | undefined = attrInt(attrs, 'hidden_size');
  const r = inType(inputs, 2, 'R');
  if (H === undefined) H = r.shape?.[2] ?? unknownDim(ctx, 0, 3);
  const n = kind === 'LSTM' ? 3 : 2;
  if (!x.shape) return Array.from({ length: n }, () => ({ dtype: x.dtype }));
  const [a, b] = x.shape as [Dim, Dim];
  const [seq, batch] = layout === 0 ? [a, b] : [b, a];
  const y: Dim[] = layout === 0 ? [seq, dirs, batch, H] : [batch, seq, dirs, H];
  const yh: Dim[] = layout === 0 ? [dirs, batch, H] : [batch, dirs, H];
  const outs: OutputType[] = [
    { dtype: x.dtype, shape: y },
    { dtype: x.dtype, shape: yh },
  ];
  if (kind === 'LSTM') outs.push({ dtype: x.dtype, shape: [...yh] });
  return outs;
}

const f32Data = (t: Tensor): Float32Array => asF32(t).data as Float32Array;

function runRnn(kind: Kind, inputs: readonly (Tensor | undefined)[], attrs: Attrs): Tensor[] {
  const x0 = need(inputs, 0, 'X');
  expectDType('input X', x0.dtype, FLOAT_TYPES);
  const w = need(inputs, 1, 'W');
  const rT = need(inputs, 2, 'R');
  const layout = attrInt(attrs, 'layout', 0);
  if (x0.shape.length !== 3) fail(`X must be 3-D, got [${x0.shape.join(', ')}]`);
  const x = layout === 0 ? x0 : transpose(x0, [1, 0, 2]);
  const [seq, batch, I] = x.shape as [number, number, number];
  const dirs = dirCount(attrs);
  const reverseOnly = attrString(attrs, 'direction', 'forward') === 'reverse';
  const G = GATES[kind];
  const H = attrInt(attrs, 'hidden_size') ?? rT.shape[2]!;
  const GH = G * H;
  if (w.shape.join() !== [dirs, GH, I].join()) fail(`W has shape [${w.shape.join(', ')}], expected [${dirs}, ${GH}, ${I}]`);
  if (rT.shape.join() !== [dirs, GH, H].join()) fail(`R has shape [${rT.shape.join(', ')}], expected [${dirs}, ${GH}, ${H}]`);
  const bT = inputs[3];
  if (bT && bT.data.length !== dirs * 2 * GH) fail(`B has ${bT.data.length} elements, expected ${dirs * 2 * GH}`);
  const lens = inputs[4] ? toInts(inputs[4], 'sequence_lens') : new Array<number>(batch).fill(seq);
  if (lens.length !== batch || lens.some((l) => l < 0 || l > seq)) fail(`sequence_lens must hold ${batch} values in [0, ${seq}]`);
  const stateIn = (i: number, what: string): Float32Array | undefined => {
    const t = inputs[i];
    if (!t) return undefined;
    const s = layout === 0 ? t : transpose(t, [1, 0, 2]);
    if (s.data.length !== dirs * batch * H) fail(`${what} has ${t.data.length} elements, expected ${dirs * batch * H}`);
    return f32Data(s);
  };
  const h0 = stateIn(5, 'initial_h');
  const c0 = kind === 'LSTM' ? stateIn(6, 'initial_c') : undefined;
  const pT = kind === 'LSTM' ? inputs[7] : undefined;
  if (pT && pT.data.length !== dirs * 3 * H) fail(`P has ${pT.data.length} elements, expected ${dirs * 3 * H}`);
  const clip = attrFloat(attrs, 'clip');
  const cl = clip === undefined ? (v: number) => v : (v: number) => (v < -clip ? -clip : v > clip ? clip : v);
  const inputForget = attrInt(attrs, 'input_forget', 0) !== 0;
  const linearBeforeReset = attrInt(attrs, 'linear_before_reset', 0) !== 0;
  const acts = activations(kind, attrs, dirs);
  const xd = f32Data(x);
  const wd = f32Data(w);
  const rd = f32Data(rT);
  const bd = bT ? f32Data(bT) : undefined;
  const pd = pT ? f32Data(pT) : undefined;

  const Y = new Float32Array(seq * dirs * batch * H);
  const Yh = new Float32Array(dirs * batch * H);
  const Yc = new Float32Array(dirs * batch * H);
  const xw = new Float32Array(seq * batch * GH);
  const hr = new Float32Array(batch * GH);
  const bias = new Float64Array(GH);
  for (let d = 0; d < dirs; d++) {
    const backward = reverseOnly || d === 1;
    const [f, g, hAct] = acts[d]!;
    // Input projection for all steps, plus the W bias (and the R bias where it simply adds).
    gemmF32(seq * batch, GH, I, xd, 0, I, wd, d * GH * I, I, true, xw, 0, GH, false);
    const wb = d * 2 * GH;
    const rb = wb + GH;
    if (bd) {
      // Wb + Rb per column (float64, as the per-element sum was); GRU's Rbh stays out with linear_before_reset.
      for (let k = 0; k < GH; k++) bias[k] = bd[wb + k]! + (kind === 'GRU' && k >= 2 * H && linearBeforeReset ? 0 : bd[rb + k]!);
      for (let row = 0; row < seq * batch; row++) for (let k = 0; k < GH; k++) xw[row * GH + k] += bias[k]!;
    }
    const h = h0 ? h0.slice(d * batch * H, (d + 1) * batch * H) : new Float32Array(batch * H);
    const c = c0 ? c0.slice(d * batch * H, (d + 1) * batch * H) : new Float32Array(batch * H);
    const rOff = d * GH * H;
    const pOff = d * 3 * H;
    const rh = new Float64Array(H);
    const zg = new Float64Array(H);
    const hn = new Float64Array(H);
    for (let s = 0; s < seq; s++) {
      gemmF32(batch, GH, H, h, 0, H, rd, rOff, H, true, hr, 0, GH, false);
      for (let b = 0; b < batch; b++) {
        const L = lens[b]!;
        if (s >= L) continue;
        const t = backward ? L - 1 - s : s;
        const xo = (t * batch + b) * GH;
        const ho = b * GH;
        const hb = b * H;
        if (kind === 'RNN') {
          for (let j = 0; j < H; j++) h[hb + j] = f!(cl(xw[xo + j]! + hr[ho + j]!));
        } else if (kind === 'GRU') {
          // Gate order z, r, h.
          for (let j = 0; j < H; j++) {
            zg[j] = f!(cl(xw[xo + j]! + hr[ho + j]!));
            const r = f!(cl(xw[xo + H + j]! + hr[ho + H + j]!));
            if (linearBeforeReset) hn[j] = g!(cl(xw[xo + 2 * H + j]! + r * (hr[ho + 2 * H + j]! + (bd ? bd[rb + 2 * H + j]! : 0))));
            else rh[j] = r * h[hb + j]!;
          }
          if (!linearBeforeReset) {
            // (r * H_prev) * Rh^T needs the whole gated row first.
            for (let j = 0; j < H; j++) {
              let acc = xw[xo + 2 * H + j]!;
              const ro = rOff + (2 * H + j) * H;
              for (let k = 0; k < H; k++) acc += rh[k]! * rd[ro + k]!;
              hn[j] = g!(cl(acc));
            }
          }
          for (let j = 0; j < H; j++) h[hb + j] = (1 - zg[j]!) * hn[j]! + zg[j]! * h[hb + j]!;
        } else {
          // LSTM gate order i, o, f, c; peepholes P in order i, o, f.
          for (let j = 0; j < H; j++) {
            const cPrev = c[hb + j]!;
            const pi = pd ? pd[pOff + j]! : 0;
            const po = pd ? pd[pOff + H + j]! : 0;
            const pf = pd ? pd[pOff + 2 * H + j]! : 0;
            const ig = f!(cl(xw[xo + j]! + hr[ho + j]! + pi * cPrev));
            const fg = inputForget ? 1 - ig : f!(cl(xw[xo + 2 * H + j]! + hr[ho + 2 * H + j]! + pf * cPrev));
            const cc = g!(cl(xw[xo + 3 * H + j]! + hr[ho + 3 * H + j]!));
            const cNew = fg * cPrev + ig * cc;
            const og = f!(cl(xw[xo + H + j]! + hr[ho + H + j]! + po * cNew));
            c[hb + j] = cNew;
            h[hb + j] = og * hAct!(cNew);
          }
        }
        Y.set(h.subarray(hb, hb + H), ((t * dirs + d) * batch + b) * H);
      }
    }
    Yh.set(h, d * batch * H);
    Yc.set(c, d * batch * H);
  }
  const wrap = (data: Float32Array, shape: number[]): Tensor => fromF32({ dtype: 'float32', shape, data }, x0.dtype);
  let yT = wrap(Y, [seq, dirs, batch, H]);
  let yhT = wrap(Yh, [dirs, batch, H]);
  let ycT = wrap(Yc, [dirs, batch, H]);
  if (layout !== 0) {
    yT = transpose(yT, [2, 0, 1, 3]);
    yhT = transpose(yhT, [1, 0, 2]);
    ycT = transpose(ycT, [1, 0, 2]);
  }
  return kind === 'LSTM' ? [yT, yhT, ycT] : [yT, yhT];
}

function rnnOp(kind: Kind): OpDef {
  return defineOp({
    op: kind,
    infer: (inputs, attrs, ctx) => inferRnn(kind, inputs, attrs, ctx),
    run: (inputs, attrs) => runRnn(kind, inputs, attrs),
    unsupported: unsupportedRnn,
  });
}

/** Recurrent op definitions. */
export const rnnOps: OpDef[] = [rnnOp('LSTM'), rnnOp('GRU'), rnnOp('RNN')];
