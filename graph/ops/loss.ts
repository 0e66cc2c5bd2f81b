// Loss ops (inference of the loss value; no gradients): NegativeLogLikelihoodLoss and
// SoftmaxCrossEntropyLoss, with class weights, ignore_index and none/sum/mean reductions.
import type { Attrs } from '../ir.js';
import { type Tensor, allocData, sizeOf } from '../tensor.js';
import type { InferInput, OpDef, OutputType } from './types.js';
import { type AnyArray, FLOAT_TYPES, attrInt, attrString, checkEnum, defineOp, expectDType, fail, inType, need, sameAs } from './util.js';

const REDUCTIONS = ['none', 'sum', 'mean'] as const;

/**
 * Loss from log-probabilities `logp` [N, C, d...] and integer targets [N, d...]:
 * -logp[n, t, d] * weight[t], 0 where t == ignore_index; 'mean' divides by the summed weights.
 */
function nll(logp: Tensor, target: Tensor, weight: Tensor | undefined, attrs: Attrs): Tensor {
  expectDType('target', target.dtype, ['int32', 'int64']);
  if (logp.shape.length < 2) fail(`input must be [N, C, ...], got [${logp.shape.join(', ')}]`);
  const [N, C] = logp.shape as [number, number];
  const rest = logp.shape.slice(2);
  const D = sizeOf(rest);
  if (target.shape.join() !== [N, ...rest].join())
    fail(`target has shape [${target.shape.join(', ')}], expected [${[N, ...rest].join(', ')}]`);
  if (weight && weight.data.length !== C) fail(`weight has ${weight.data.length} elements, expected ${C}`);
  const ignore = attrInt(attrs, 'ignore_index');
  const reduction = attrString(attrs, 'reduction', 'mean');
  if (!(REDUCTIONS as readonly string[]).includes(reduction)) fail(`reduction=${reduction} is not supported`);
  const ld = logp.data as AnyArray;
  const td = target.data as AnyArray;
  const wd = weight?.data as AnyArray | undefined;
  const losses = new Float64Array(N * D);
  let weightSum = 0;
  for (let n = 0; n < N; n++)
    for (let d = 0; d < D; d++) {
      const t = Number(td[n * D + d]);
      if (t === ignore) continue;
      if (t < 0 || t >= C) fail(`target value ${t} is out of range [0, ${C})`);
      const w = wd ? (wd[t] as number) : 1;
      losses[n * D + d] = -(ld[(n * C + t) * D + d] as number) * w;
      weightSum += w;
    }
  if (reduction === 'none') {
    const out = allocData(logp.dtype, N * D) as AnyArray;
    for (let i = 0; i < losses.length; i++) out[i] = losses[i];
    return { dtype: logp.dtype, shape: [N, ...rest], data: out as Tensor['data'] };
  }
  let s = 0;
  for (const v of losses) s += v;
  const out = allocData(logp.dtype, 1) as AnyArray;
  out[0] = reduction === 'sum' ? s : s / weightSum;
  return { dtype: logp.dtype, shape: [], data: out as Tensor['data'] };
}

function lossShape(inputs: readonly InferInput[], attrs: Attrs): OutputType {
  const x = inType(inputs, 0, 'input');
  expectDType('input', x.dtype, FLOAT_TYPES);
  if (attrString(attrs, 'reduction', 'mean') !== 'none') return { dtype: x.dtype, shape: [] };
  return x.shape ? { dtype: x.dtype, shape: [x.shape[0]!, ...x.shape.slice(2)] } : { dtype: x.dtype };
}

const nllLoss = defineOp({
  op: 'NegativeLogLikelihoodLoss',
  infer: (inputs, attrs) => [lossShape(inputs, attrs)],
  run(inputs, attrs) {
    const x = need(inputs, 0, 'input');
    expectDType('input', x.dtype, FLOAT_TYPES);
    return [nll(x, need(inputs, 1, 'target'), inputs[2], attrs)];
  },
  unsupported: (attrs) => checkEnum(attrs, 'reduction', 'mean', REDUCTIONS),
});

/** log_softmax over axis 1 of [N, C, d...]. */
function logSoftmaxAxis1(x: Tensor): Tensor {
  const [N, C] = x.shape as [number, number];
  const D = sizeOf(x.shape.slice(2));
  const xd = x.data as AnyArray;
  const out = allocData(x.dtype, xd.length) as AnyArray;
  for (let n = 0; n < N; n++)
    for (let d = 0; d < D; d++) {
      let mx = -Infinity;
      for (let c = 0; c < C; c++) mx = Math.max(mx, xd[(n * C + c) * D + d] as number);
      let s = 0;
      for (let c = 0; c < C; c++) s += Math.exp((xd[(n * C + c) * D + d] as number) - mx);
      const ls = Math.log(s) + mx;
      for (let c = 0; c < C; c++) out[(n * C + c) * D + d] = (xd[(n * C + c) * D + d] as number) - ls;
    }
  return { dtype: x.dtype, shape: [...x.shape], data: out as Tensor['data'] };
}

const sceLoss = defineOp({
  op: 'SoftmaxCrossEntropyLoss',
  infer(inputs, attrs) {
    const x = sameAs(inputs, 0, 'scores');
    return [lossShape(inputs, attrs), x];
  },
  run(inputs, attrs) {
    const x = need(inputs, 0, 'scores');
    expectDType('scores', x.dtype, FLOAT_TYPES);
    if (x.shape.length < 2) fail(`scores must be [N, C, ...], got [${x.shape.join(', ')}]`);
    const logp = logSoftmaxAxis1(x);
    return [nll(logp, need(inputs, 1, 'labels'), inputs[2], attrs), logp];
  },
  unsupported: (attrs) => checkEnum(attrs, 'reduction', 'mean', REDUCTIONS),
});

/** Loss op definitions. */
export const lossOps: OpDef[] = [nllLoss, sceLoss];
