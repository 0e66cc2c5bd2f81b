// Measures the numerics findings docs/vector-unit.md rests on, against onnxruntime on this machine:
//   npx tsx scripts/vector-evidence.ts
// 1. how often a plain float32 implementation (correctly rounded libm) differs from onnxruntime's
//    Sigmoid/Tanh/Exp/Erf, against isa/vector.ts's MLAS replicas (with and without fused multiply-adds);
// 2. how many lookup tables built from the plain float32 functions differ from onnxruntime's
//    DequantizeLinear → f → QuantizeLinear (so the replica is needed for bit-exact tables);
// 3. that onnxruntime's graph optimizations fuse DequantizeLinear → Add → QuantizeLinear into its
//    QLinearAdd kernel, which rounds ties differently (level 'basic' keeps the graph as written);
// 4. how the com.microsoft QLinearAdd / QLinearMul kernels compare with DequantizeLinear → op → QuantizeLinear;
// 5. how the vector unit's integer softmax compares with com.microsoft QLinearSoftmax and with
//    DequantizeLinear → Softmax → QuantizeLinear, and its layer norm with DequantizeLinear →
//    LayerNormalization → QuantizeLinear.
// Not a test: it prints counts. The bit-exactness itself is asserted in tests/isa/vector-numerics.test.ts.
import * as ort from 'onnxruntime-node';
import { type DType, Graph, type Node, Rng, type Tensor, exportOnnx, tensor } from '../graph/index.js';
import { vector as V } from '../isa/index.js';

const f32 = Math.fround;
const rng = new Rng(2024);
type Level = 'disabled' | 'basic' | 'extended' | 'all';

interface Case {
  nodes: Node[];
  inits: Record<string, Tensor>;
  inputs: Record<string, Tensor>;
  output: string;
  dtype: DType;
  opsets?: Record<string, number>;
}

async function runCase(c: Case, level: Level = 'basic'): Promise<ArrayLike<number>> {
  const g = new Graph('evidence');
  g.opsets = c.opsets ?? { '': 17, 'com.microsoft': 1 };
  for (const [name, t] of Object.entries(c.inputs)) g.inputs.push({ name, dtype: t.dtype, shape: [...t.shape] });
  for (const [name, t] of Object.entries(c.inits)) g.initializers.set(name, t);
  g.nodes = c.nodes;
  g.outputs = [{ name: c.output, dtype: c.dtype }];
  const s = await ort.InferenceSession.create(exportOnnx(g), { intraOpNumThreads: 1, graphOptimizationLevel: level });
  const feeds: Record<string, ort.Tensor> = {};
  for (const [name, t] of Object.entries(c.inputs)) feeds[name] = new ort.Tensor(t.dtype as 'uint8', t.data as Uint8Array, [...t.shape]);
  const r = await s.run(feeds);
  await s.release();
  return r[c.output]!.data as ArrayLike<number>;
}

const node = (op: string, inputs: string[], output: string, attrs: Node['attrs'] = {}, domain?: string): Node => ({
  name: `${output}_node`,
  op,
  inputs,
  outputs: [output],
  attrs,
  ...(domain ? { domain } : {}),
});
const qInits = (p: string, q: V.QParams) => ({
  [`${p}s`]: tensor('float32', [], Float32Array.of(q.scale)),
  [`${p}z`]: q.signed ? tensor('int8', [], Int8Array.of(q.zeroPoint)) : tensor('uint8', [], Uint8Array.of(q.zeroPoint)),
});
const randQ = (): V.QParams => ({ scale: f32(rng.uniform(0.005, 0.1)), zeroPoint: rng.int(0, 255), signed: false });
const bytes = (n: number) => Uint8Array.from({ length: n }, () => rng.int(0, 255));
const diffCount = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let n = 0;
  for (let i = 0; i < b.length; i++) if (!Object.is(a[i], b[i])) n++;
  return n;
};
const maxDiff = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let m = 0;
  for (let i = 0; i < b.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!));
  return m;
};

async function floatFunctions(): Promise<void> {
  console.log('1. float32 functions vs onnxruntime, 200,000 random inputs in [-20, 20], [-4, 4], [-0.5, 0.5]');
  const N = 200000;
  const xs = Float32Array.from({ length: N }, (_, i) => f32(rng.uniform(-1, 1) * [20, 4, 0.5][i % 3]!));
  const plain: Record<string, (x: number) => number> = {
    Sigmoid: (x) => f32(1 / (1 + Math.exp(-x))),
    Tanh: (x) => f32(Math.tanh(x)),
    Exp: (x) => f32(Math.exp(x)),
    Erf: (x) => f32(erf64(x)),
  };
  const replica: Record<string, (x: number) => number> = { Sigmoid: V.sigmoidF32, Tanh: V.tanhF32, Exp: V.expF32, Erf: V.erfF32 };
  for (const op of Object.keys(plain)) {
    const y = await runCase({
      nodes: [node(op, ['x'], 'y')],
      inits: {},
      inputs: { x: tensor('float32', [N], xs) },
      output: 'y',
      dtype: 'float32',
    });
    const p = diffCount(Array.from(xs, plain[op]!), y);
    const r = diffCount(Array.from(xs, replica[op]!), y);
    console.log(`   ${op.padEnd(8)} plain float (libm, rounded to float32): ${p} differ; isa/vector.ts replica: ${r} differ`);
  }
}

/** erf in double precision (Abramowitz-Stegun 7.1.26 is too coarse; use the series/continued fraction). */
function erf64(x: number): number {
  const a = Math.abs(x);
  let r: number;
  if (a < 3) {
    let term = a;
    let sum = a;
    for (let k = 1; k < 200; k++) {
      term *= (-a * a) / k;
      sum += term / (2 * k + 1);
    }
    r = (2 / Math.sqrt(Math.PI)) * sum;
  } else {
    let cf = 0;
    for (let k = 60; k >= 1; k--) cf = k / 2 / (a + cf);
    r = 1 - Math.exp(-a * a) / Math.sqrt(Math.PI) / (a + cf);
  }
  return x < 0 ? -r : r;
}

async function tables(): Promise<void> {
  console.log(
    '2. lookup tables (all 256 inputs) from plain float32 functions vs onnxruntime DequantizeLinear → f → QuantizeLinear, 200 random (qa, qy)',
  );
  const plain: [string, (x: number) => number, (x: number) => number][] = [
    ['Sigmoid', (x) => f32(1 / (1 + Math.exp(-x))), V.sigmoidF32],
    ['Tanh', (x) => f32(Math.tanh(x)), V.tanhF32],
    ['Exp', (x) => f32(Math.exp(x)), V.expF32],
  ];
  for (const [op, f, g] of plain) {
    let tablesOff = 0;
    let entriesOff = 0;
    let replicaOff = 0;
    for (let t = 0; t < 200; t++) {
      const qa = randQ();
      // output scale from the function's range over the inputs, as calibration would choose it
      const ys = Array.from({ length: 256 }, (_, j) => g(V.dequantize(j, qa)));
      const lo = Math.min(0, ...ys);
      const hi = Math.max(0, ...ys);
      const sy = f32((hi - lo) / 255);
      const qy: V.QParams = { scale: sy, zeroPoint: Math.min(255, Math.max(0, V.roundHalfEven(-lo / sy))), signed: false };
      const got = await runCase({
        nodes: [node('DequantizeLinear', ['x', 'as', 'az'], 'd'), node(op, ['d'], 'f'), node('QuantizeLinear', ['f', 'ys', 'yz'], 'y')],
        inits: { ...qInits('a', qa), ...qInits('y', qy) },
        inputs: {
          x: tensor(
            'uint8',
            [256],
            Uint8Array.from({ length: 256 }, (_, i) => i),
          ),
        },
        output: 'y',
        dtype: 'uint8',
      });
      const n = diffCount(V.lookupTable(f, qa, qy), got);
      if (n) tablesOff++;
      entriesOff += n;
      replicaOff += diffCount(V.lookupTable(g, qa, qy), got);
    }
    console.log(
      `   ${op.padEnd(8)} plain float: ${tablesOff}/200 tables differ (${entriesOff} of ${200 * 256} entries); replica: ${replicaOff} entries differ`,
    );
  }
}

function addCase(op: string, a: Uint8Array, b: Uint8Array, qa: V.QParams, qb: V.QParams, qy: V.QParams, contrib: boolean): Case {
  const inits = { ...qInits('a', qa), ...qInits('b', qb), ...qInits('y', qy) };
  const inputs = { a: tensor('uint8', [a.length], a), b: tensor('uint8', [b.length], b) };
  if (contrib)
    return {
      nodes: [node(`QLinear${op}`, ['a', 'as', 'az', 'b', 'bs', 'bz', 'ys', 'yz'], 'y', {}, 'com.microsoft')],
      inits,
      inputs,
      output: 'y',
      dtype: 'uint8',
    };
  return {
    nodes: [
      node('DequantizeLinear', ['a', 'as', 'az'], 'da'),
      node('DequantizeLinear', ['b', 'bs', 'bz'], 'db'),
      node(op, ['da', 'db'], 'c'),
      node('QuantizeLinear', ['c', 'ys', 'yz'], 'y'),
    ],
    inits,
    inputs,
    output: 'y',
    dtype: 'uint8',
  };
}

async function fusionAndContrib(): Promise<void> {
  console.log('3. DequantizeLinear → Add → QuantizeLinear on exact ties (scales 1/8, 1/8, 1/4), by graph optimization level');
  const N = 4096;
  const a = bytes(N);
  const b = bytes(N);
  const tie = {
    a: { scale: 0.125, zeroPoint: 100, signed: false },
    b: { scale: 0.125, zeroPoint: 7, signed: false },
    y: { scale: 0.25, zeroPoint: 3, signed: false },
  };
  const ours = new Uint8Array(N);
  V.binaryRow('add', a, tie.a, { kind: 'bytes', bytes: b, q: tie.b }, tie.y, ours);
  for (const level of ['disabled', 'basic', 'extended', 'all'] as Level[]) {
    const got = await runCase(addCase('Add', a, b, tie.a, tie.b, tie.y, false), level);
    console.log(`   level ${level.padEnd(8)}: ${diffCount(ours, got)}/${N} differ from isa/vector.ts`);
  }
  console.log(
    '4. com.microsoft QLinearAdd / QLinearMul vs DequantizeLinear → op → QuantizeLinear (level basic), 100 random scale sets x 4096 values',
  );
  for (const op of ['Add', 'Mul']) {
    let off = 0;
    let worst = 0;
    for (let t = 0; t < 100; t++) {
      const [qa, qb, qy] = [randQ(), randQ(), randQ()];
      const x = bytes(N);
      const y = bytes(N);
      const want = await runCase(addCase(op, x, y, qa, qb, qy, false));
      const got = await runCase(addCase(op, x, y, qa, qb, qy, true));
      off += diffCount(got, want);
      worst = Math.max(worst, maxDiff(got, want));
    }
    console.log(`   QLinear${op}: ${off} of ${100 * N} values differ (largest difference ${worst})`);
  }
}

async function softmaxAndNorm(): Promise<void> {
  console.log(
    '5. integer softmax (output scale 1/256, zero point 0) vs com.microsoft QLinearSoftmax and DequantizeLinear → Softmax → QuantizeLinear',
  );
  for (const len of [10, 256, 1000, 13000]) {
    const rows = 8;
    let offC = 0;
    let offF = 0;
    let worstC = 0;
    let worstF = 0;
    for (let t = 0; t < 5; t++) {
      const qa: V.QParams = { scale: f32(rng.uniform(0.02, 0.1)), zeroPoint: 128, signed: false };
      const qy: V.QParams = { scale: 1 / 256, zeroPoint: 0, signed: false };
      const x = Uint8Array.from({ length: rows * len }, () => Math.min(255, Math.max(0, V.roundHalfEven(128 + rng.normal(0, 40)))));
      const ours: number[] = [];
      for (let r = 0; r < rows; r++) ours.push(...V.softmaxValues(x.subarray(r * len, (r + 1) * len), V.softmaxTable(qa.scale), 256, qy));
      const inits = { ...qInits('a', qa), ...qInits('y', qy) };
      const inputs = { x: tensor('uint8', [rows, len], x) };
      const contrib = await runCase({
        nodes: [node('QLinearSoftmax', ['x', 'as', 'az', 'ys', 'yz'], 'y', { axis: -1, opset: 13 }, 'com.microsoft')],
        inits,
        inputs,
        output: 'y',
        dtype: 'uint8',
      });
      const float = await runCase({
        nodes: [
          node('DequantizeLinear', ['x', 'as', 'az'], 'd'),
          node('Softmax', ['d'], 's', { axis: -1 }),
          node('QuantizeLinear', ['s', 'ys', 'yz'], 'y'),
        ],
        inits,
        inputs,
        output: 'y',
        dtype: 'uint8',
      });
      offC += diffCount(ours, contrib);
      offF += diffCount(ours, float);
      worstC = Math.max(worstC, maxDiff(ours, contrib));
      worstF = Math.max(worstF, maxDiff(ours, float));
    }
    console.log(
      `   ${String(len).padStart(5)} classes: vs QLinearSoftmax ${offC}/${5 * rows * len} differ (max ${worstC}); vs DQ→Softmax→Q ${offF} differ (max ${worstF})`,
    );
  }
  console.log('   layer norm (hidden 768, eps 1e-5) vs DequantizeLinear → LayerNormalization → QuantizeLinear');
  let off = 0;
  let worst = 0;
  const len = 768;
  const rows = 16;
  for (let t = 0; t < 5; t++) {
    const qa: V.QParams = { scale: f32(rng.uniform(0.02, 0.1)), zeroPoint: rng.int(100, 150), signed: false };
    const qy: V.QParams = { scale: f32(rng.uniform(0.02, 0.05)), zeroPoint: 128, signed: false };
    const gamma = Float32Array.from({ length: len }, () => f32(rng.uniform(0.5, 1.5)));
    const beta = Float32Array.from({ length: len }, () => f32(rng.uniform(-0.5, 0.5)));
    const x = Uint8Array.from({ length: rows * len }, () => Math.min(255, Math.max(0, V.roundHalfEven(qa.zeroPoint + rng.normal(0, 30)))));
    const { g, b } = V.normParams(gamma, beta, qy.scale);
    const ours: number[] = [];
    for (let r = 0; r < rows; r++) ours.push(...V.layerNormValues(x.subarray(r * len, (r + 1) * len), qa, 1e-5, g, b, qy));
    const got = await runCase({
      nodes: [
        node('DequantizeLinear', ['x', 'as', 'az'], 'd'),
        node('LayerNormalization', ['d', 'gamma', 'beta'], 'n', { axis: -1, epsilon: 1e-5 }),
        node('QuantizeLinear', ['n', 'ys', 'yz'], 'y'),
      ],
      inits: { ...qInits('a', qa), ...qInits('y', qy), gamma: tensor('float32', [len], gamma), beta: tensor('float32', [len], beta) },
      inputs: { x: tensor('uint8', [rows, len], x) },
      output: 'y',
      dtype: 'uint8',
    });
    off += diffCount(ours, got);
    worst = Math.max(worst, maxDiff(ours, got));
  }
  console.log(`   ${off}/${5 * rows * len} differ (max ${worst})`);
}

await floatFunctions();
await tables();
await fusionAndContrib();
await softmaxAndNorm();
