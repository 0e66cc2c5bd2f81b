// The vector unit's arithmetic (isa/vector.ts) against onnxruntime, bit for bit: the float32
// functions its lookup tables are built from, the tables themselves (DequantizeLinear → f →
// QuantizeLinear and com.microsoft QLinearSigmoid), binary ops with every broadcast form,
// reductions (QLinearGlobalAveragePool and integer-exact ONNX), softmax and layer normalization
// (integer-exact ONNX expressions), lane permutations; plus the cosine of each quantized result to
// the float32 op. Random inputs, many scales and zero points (0, 255, int8), saturation and ties.
import { describe, expect, it } from 'vitest';
import { type DType, Graph, type Node, Rng, type Tensor, exportOnnx, tensor } from '../../graph/index.js';
import * as V from '../../isa/vector.js';
import * as ort from 'onnxruntime-node';
import { runOrt } from '../fixtures/onnx/ort.js';

const rng = new Rng(0x7ec70);
const f32 = Math.fround;

// ---------------------------------------------------------------------------------------------
// building and running small ONNX graphs

interface Net {
  nodes: Node[];
  inits: Map<string, Tensor>;
  fresh: (base: string) => string;
  node: (op: string, inputs: string[], attrs?: Node['attrs'], domain?: string) => string;
  init: (t: Tensor) => string;
}

function net(): Net {
  let k = 0;
  const nodes: Node[] = [];
  const inits = new Map<string, Tensor>();
  const fresh = (base: string) => `${base}_${k++}`;
  return {
    nodes,
    inits,
    fresh,
    node: (op, inputs, attrs = {}, domain) => {
      const out = fresh(op);
      nodes.push({ name: fresh(`${op}_node`), op, inputs, outputs: [out], attrs, ...(domain ? { domain } : {}) });
      return out;
    },
    init: (t) => {
      const name = fresh('c');
      inits.set(name, t);
      return name;
    },
  };
}

const scalarOf = (dtype: DType, v: number): Tensor => {
  if (dtype === 'float32') return tensor('float32', [], Float32Array.of(v));
  if (dtype === 'uint8') return tensor('uint8', [], Uint8Array.of(v));
  if (dtype === 'int8') return tensor('int8', [], Int8Array.of(v));
  if (dtype === 'int32') return tensor('int32', [], Int32Array.of(v));
  return tensor('int64', [], BigInt64Array.of(BigInt(v)));
};
const qType = (signed: boolean): DType => (signed ? 'int8' : 'uint8');
const qTensor = (signed: boolean, shape: number[], bytes: Uint8Array): Tensor =>
  signed ? tensor('int8', shape, new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length)) : tensor('uint8', shape, bytes);
const bytesOf = (t: Tensor): Uint8Array =>
  new Uint8Array((t.data as Uint8Array | Int8Array).buffer, (t.data as Uint8Array).byteOffset, t.data.length);

/**
 * Runs the net on the given inputs in onnxruntime and returns its single output. Graph
 * optimizations stay at 'basic': from 'extended' on, onnxruntime fuses DequantizeLinear → Add →
 * QuantizeLinear into its QLinearAdd kernel, which rounds ties differently (docs/vector-unit.md).
 */
async function runNet(
  n: Net,
  inputs: Record<string, Tensor>,
  output: string,
  dtype: DType,
  opsets: Record<string, number> = { '': 17 },
): Promise<Tensor> {
  const g = new Graph('vector-case');
  g.opsets = opsets;
  for (const [name, t] of Object.entries(inputs)) g.inputs.push({ name, dtype: t.dtype, shape: [...t.shape] });
  for (const [name, t] of n.inits) g.initializers.set(name, t);
  g.nodes = n.nodes;
  g.outputs = [{ name: output, dtype }];
  const session = await ort.InferenceSession.create(exportOnnx(g), { intraOpNumThreads: 1, graphOptimizationLevel: 'basic' });
  const res = await runOrt(session, inputs);
  await session.release();
  return res.get(output)!;
}

const dq = (n: Net, x: string, q: V.QParams) =>
  n.node('DequantizeLinear', [x, n.init(scalarOf('float32', q.scale)), n.init(scalarOf(qType(q.signed), q.zeroPoint))]);
const qz = (n: Net, x: string, q: V.QParams) =>
  n.node('QuantizeLinear', [x, n.init(scalarOf('float32', q.scale)), n.init(scalarOf(qType(q.signed), q.zeroPoint))]);

function randomBytes(count: number): Uint8Array {
  const b = new Uint8Array(count);
  for (let i = 0; i < count; i++) b[i] = rng.int(0, 255);
  return b;
}

function firstMismatch(ours: ArrayLike<number>, theirs: ArrayLike<number>): string | undefined {
  let bad = 0;
  let first = '';
  for (let i = 0; i < theirs.length; i++) {
    if (!Object.is(ours[i], theirs[i])) {
      if (!bad) first = `[${i}] ours ${ours[i]} vs onnxruntime ${theirs[i]}`;
      bad++;
    }
  }
  return bad ? `${bad}/${theirs.length} differ, first ${first}` : undefined;
}

function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < a.length; i++) {
    ab += a[i]! * b[i]!;
    aa += a[i]! * a[i]!;
    bb += b[i]! * b[i]!;
  }
  return ab / Math.sqrt(aa * bb);
}

/** Quantization parameters: typical, zero points at the ends of the range, int8, power-of-two scales (exact ties). */
function qCases(): V.QParams[] {
  return [
    { scale: f32(rng.uniform(0.01, 0.08)), zeroPoint: rng.int(60, 200), signed: false },
    { scale: f32(rng.uniform(0.01, 0.08)), zeroPoint: 0, signed: false },
    { scale: f32(rng.uniform(0.01, 0.08)), zeroPoint: 255, signed: false },
    { scale: f32(rng.uniform(0.01, 0.08)), zeroPoint: rng.int(-100, 100), signed: true },
    { scale: f32(rng.uniform(0.01, 0.08)), zeroPoint: 0, signed: true },
    { scale: 2 ** -4, zeroPoint: 128, signed: false },
    { scale: 2 ** -3, zeroPoint: 0, signed: true },
  ];
}

// ---------------------------------------------------------------------------------------------

describe('float32 functions are onnxruntime kernels, bit for bit', () => {
  const N = 30000;
  const xs = new Float32Array(N);
  for (let i = 0; i < N; i++) xs[i] = f32(rng.uniform(-1, 1) * [24, 6, 1, 100][i % 4]!);
  // range ends and branch points of the MLAS algorithms
  const special = [
    17.482065200805664, 0, -0, 1e-30, -1e-30, 0.921875, -0.921875, 3.725, -3.725, 9, -9, 18, -18, 88.7, -88.3, -103.9, 120, -120,
  ];
  xs.set(special.map(f32), 0);

  const cases: [string, (x: number) => number, Node['attrs'], number][] = [
    ['Sigmoid', V.sigmoidF32, {}, 17],
    ['Tanh', V.tanhF32, {}, 17],
    ['Exp', V.expF32, {}, 17],
    ['Erf', V.erfF32, {}, 17],
    ['HardSigmoid', (x) => V.hardSigmoidF32(x), {}, 17],
    ['HardSigmoid', (x) => V.hardSigmoidF32(x, 0.3, 0.45), { alpha: 0.3, beta: 0.45 }, 17],
    ['HardSwish', V.hardSwishF32, {}, 17],
    ['Gelu', V.geluF32, {}, 20],
  ];
  for (const [op, f, attrs, opset] of cases) {
    it(`${op} ${JSON.stringify(attrs)}`, async () => {
      const n = net();
      const y = n.node(op, ['x'], attrs);
      const got = await runNet(n, { x: tensor('float32', [N], xs) }, y, 'float32', { '': opset });
      expect(firstMismatch(Array.from(xs, f), got.data as Float32Array)).toBeUndefined();
    });
  }

  it('fmaF32 rounds once: a case where multiply-then-add rounds differently', () => {
    // (1 + 2^-23)^2 = 1 + 2^-22 + 2^-46: the product alone rounds to 1 + 2^-22, the fused result keeps 2^-46
    const a = f32(1 + 2 ** -23);
    const c = -f32(1 + 2 ** -22);
    expect(V.fmaF32(a, a, c)).toBe(2 ** -46);
    expect(f32(f32(a * a) + c)).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------

/** The 256 byte values as a tensor of A's type. */
const allBytes = (signed: boolean): Tensor =>
  qTensor(
    signed,
    [256],
    Uint8Array.from({ length: 256 }, (_, i) => i),
  );

/** A unary chain written as ONNX nodes from a float value (what the exporter writes between DequantizeLinear and QuantizeLinear). */
type Chain = (n: Net, x: string) => string;
const one =
  (op: string, attrs: Node['attrs'] = {}): Chain =>
  (n, x) =>
    n.node(op, [x], attrs);
const fconst = (n: Net, v: number) => n.init(scalarOf('float32', v));

const LUT_FUNCTIONS: { name: string; f: (x: number) => number; chain: Chain; opset?: number }[] = [
  { name: 'sigmoid', f: V.sigmoidF32, chain: one('Sigmoid') },
  { name: 'tanh', f: V.tanhF32, chain: one('Tanh') },
  { name: 'exp', f: V.expF32, chain: one('Exp') },
  { name: 'erf', f: V.erfF32, chain: one('Erf') },
  { name: 'hardsigmoid', f: (x) => V.hardSigmoidF32(x), chain: one('HardSigmoid') },
  { name: 'hardswish', f: V.hardSwishF32, chain: one('HardSwish') },
  { name: 'gelu (Gelu op)', f: V.geluF32, chain: one('Gelu'), opset: 20 },
  // SiLU / Swish as torch exports it: x * Sigmoid(x)
  { name: 'silu', f: (x) => f32(x * V.sigmoidF32(x)), chain: (n, x) => n.node('Mul', [x, n.node('Sigmoid', [x])]) },
  // GELU as torch exports it at opset 17: x / sqrt(2) → Erf → + 1 → * x → * 0.5
  {
    name: 'gelu (decomposed erf form)',
    f: (x) => f32(f32(x * f32(1 + V.erfF32(f32(x / f32(Math.SQRT2))))) * 0.5),
    chain: (n, x) =>
      n.node('Mul', [
        n.node('Mul', [x, n.node('Add', [n.node('Erf', [n.node('Div', [x, fconst(n, Math.SQRT2)])]), fconst(n, 1)])]),
        fconst(n, 0.5),
      ]),
  },
  // Clip(0, 6) and a constant multiply: exact IEEE ops folded into one table
  {
    name: 'clip(0, 6) * 0.5',
    f: (x) => f32(Math.min(Math.max(x, 0), 6) * 0.5),
    chain: (n, x) => n.node('Mul', [n.node('Clip', [x, fconst(n, 0), fconst(n, 6)]), fconst(n, 0.5)]),
  },
];

describe('lookup tables equal onnxruntime DequantizeLinear → f → QuantizeLinear on all 256 inputs', () => {
  for (const fn of LUT_FUNCTIONS) {
    it(fn.name, async () => {
      for (const qa of qCases()) {
        for (const qy of qCases()) {
          const n = net();
          const y = qz(n, fn.chain(n, dq(n, 'x', qa)), qy);
          const got = await runNet(n, { x: allBytes(qa.signed) }, y, qType(qy.signed), { '': fn.opset ?? 17 });
          const table = V.lookupTable(fn.f, qa, qy);
          const out = new Uint8Array(256);
          V.lookupRow(bytesOf(allBytes(qa.signed)), table, out);
          expect(firstMismatch(out, bytesOf(got)), `${fn.name} qa=${JSON.stringify(qa)} qy=${JSON.stringify(qy)}`).toBeUndefined();
        }
      }
    });
  }

  it('the sigmoid table is the one com.microsoft QLinearSigmoid builds (uint8 and int8)', async () => {
    for (const qa of qCases()) {
      const qy = { ...qCases()[qa.signed ? 3 : 0]!, signed: qa.signed };
      const n = net();
      const T = qType(qa.signed);
      const y = n.node(
        'QLinearSigmoid',
        [
          'x',
          n.init(scalarOf('float32', qa.scale)),
          n.init(scalarOf(T, qa.zeroPoint)),
          n.init(scalarOf('float32', qy.scale)),
          n.init(scalarOf(T, qy.zeroPoint)),
        ],
        {},
        'com.microsoft',
      );
      const got = await runNet(n, { x: allBytes(qa.signed) }, y, T, { '': 17, 'com.microsoft': 1 });
      const out = new Uint8Array(256);
      V.lookupRow(bytesOf(allBytes(qa.signed)), V.lookupTable(V.sigmoidF32, qa, qy), out);
      expect(firstMismatch(out, bytesOf(got)), JSON.stringify({ qa, qy })).toBeUndefined();
    }
  });

  it('quantized tables stay within cosine 0.999 of the float32 function (calibrated output range)', () => {
    for (const fn of LUT_FUNCTIONS) {
      const qa: V.QParams = { scale: f32(16 / 255), zeroPoint: 128, signed: false }; // inputs in [-8, 8]
      const xs = Array.from({ length: 256 }, (_, j) => V.dequantize(j, qa));
      const ys = xs.map((x) => fn.f(x));
      const lo = Math.min(0, ...ys);
      const hi = Math.max(0, ...ys);
      const qy: V.QParams = { scale: f32((hi - lo) / 255), zeroPoint: V.roundHalfEven(-lo / f32((hi - lo) / 255)), signed: false };
      const table = V.lookupTable(fn.f, qa, qy);
      const back = Array.from(table, (q) => V.dequantize(q, qy));
      expect(cosine(back, ys), fn.name).toBeGreaterThan(0.999);
    }
  });
});

// ---------------------------------------------------------------------------------------------

describe('binary ops equal DequantizeLinear → op → QuantizeLinear in onnxruntime', () => {
  const OPS: [V.BinaryOp, string][] = [
    ['add', 'Add'],
    ['sub', 'Sub'],
    ['mul', 'Mul'],
    ['div', 'Div'],
    ['max', 'Max'],
    ['min', 'Min'],
  ];
  const R = 6;
  const C = 40;

  /** Runs one case: A [R, C]; B full [R, C], a row [C] (per-channel), a column [R, 1] (lane broadcast) or float32 constants [C]. */
  async function check(
    op: V.BinaryOp,
    onnxOp: string,
    form: 'full' | 'row' | 'column' | 'f32',
    qa: V.QParams,
    qb: V.QParams,
    qy: V.QParams,
  ) {
    const a = randomBytes(R * C);
    const bShape = form === 'full' ? [R, C] : form === 'column' ? [R, 1] : [C];
    const bBytes = randomBytes(bShape.reduce((x, y) => x * y, 1));
    const bF32 = Float32Array.from({ length: C }, () => f32(rng.uniform(-3, 3)));
    if (op === 'div') bF32[0] = 0; // division by zero: inf / NaN saturate as QuantizeLinear does
    const n = net();
    const inputs: Record<string, Tensor> = { a: qTensor(qa.signed, [R, C], a) };
    let bv: string;
    if (form === 'f32') bv = n.init(tensor('float32', [C], bF32));
    else {
      inputs.b = qTensor(qb.signed, bShape, bBytes);
      bv = dq(n, 'b', qb);
    }
    const y = qz(n, n.node(onnxOp, [dq(n, 'a', qa), bv]), qy);
    const got = await runNet(n, inputs, y, qType(qy.signed));
    const ours = new Uint8Array(R * C);
    for (let r = 0; r < R; r++) {
      const b: V.BinaryOperandB =
        form === 'f32'
          ? { kind: 'f32', values: bF32 }
          : form === 'full'
            ? { kind: 'bytes', bytes: bBytes.subarray(r * C, r * C + C), q: qb }
            : form === 'row'
              ? { kind: 'bytes', bytes: bBytes, q: qb }
              : { kind: 'bytes', bytes: bBytes.subarray(r, r + 1), q: qb, lane: 0 };
      V.binaryRow(op, a.subarray(r * C, r * C + C), qa, b, qy, ours.subarray(r * C, r * C + C));
    }
    expect(
      firstMismatch(ours, bytesOf(got)),
      `${op} ${form} qa=${JSON.stringify(qa)} qb=${JSON.stringify(qb)} qy=${JSON.stringify(qy)}`,
    ).toBeUndefined();
  }

  for (const [op, onnxOp] of OPS) {
    it(`${op}: full, per-channel row, lane broadcast and float32 constants`, async () => {
      const qs = qCases();
      for (let i = 0; i < qs.length; i++) {
        const qa = qs[i]!;
        const qb = qs[(i + 3) % qs.length]!;
        for (const qy of [qs[(i + 1) % qs.length]!, { scale: f32(qa.scale / 16), zeroPoint: 128, signed: false }]) {
          for (const form of ['full', 'row', 'column', 'f32'] as const) await check(op, onnxOp, form, qa, qb, qy);
        }
      }
    });
  }

  it('ties round half to even (power-of-two scales)', async () => {
    const qa = { scale: 2 ** -3, zeroPoint: 100, signed: false };
    const qb = { scale: 2 ** -3, zeroPoint: 7, signed: false };
    const qy = { scale: 2 ** -2, zeroPoint: 3, signed: false };
    for (const [op, onnxOp] of OPS) await check(op, onnxOp, 'full', qa, qb, qy);
  });

  it('an LSTM cell update c = f*c + i*g stays within cosine 0.999 of float32', () => {
    const H = 512;
    const qg: V.QParams = { scale: f32(1 / 255), zeroPoint: 0, signed: false }; // sigmoid outputs in [0, 1]
    const qt: V.QParams = { scale: f32(2 / 255), zeroPoint: 128, signed: false }; // tanh outputs in [-1, 1]
    const qc: V.QParams = { scale: f32(8 / 255), zeroPoint: 128, signed: false }; // cell state in [-4, 4]
    const [f, i, g, c] = [randomBytes(H), randomBytes(H), randomBytes(H), randomBytes(H)];
    const fc = new Uint8Array(H);
    const ig = new Uint8Array(H);
    const cNext = new Uint8Array(H);
    V.binaryRow('mul', f, qg, { kind: 'bytes', bytes: c, q: qc }, qc, fc);
    V.binaryRow('mul', i, qg, { kind: 'bytes', bytes: g, q: qt }, qc, ig);
    V.binaryRow('add', fc, qc, { kind: 'bytes', bytes: ig, q: qc }, qc, cNext);
    const want = Array.from(
      { length: H },
      (_, k) => V.dequantize(f[k]!, qg) * V.dequantize(c[k]!, qc) + V.dequantize(i[k]!, qg) * V.dequantize(g[k]!, qt),
    );
    expect(
      cosine(
        Array.from(cNext, (q) => V.dequantize(q, qc)),
        want,
      ),
    ).toBeGreaterThan(0.999);
  });
});

// ---------------------------------------------------------------------------------------------

describe('reductions', () => {
  const toInts = (bytes: Uint8Array, signed: boolean) => Array.from(bytes, (b) => V.byteValue(b, signed));

  it('mean equals com.microsoft QLinearGlobalAveragePool over the reduced elements (1 to 13,000 of them)', async () => {
    for (const len of [1, 7, 256, 600, 13000]) {
      for (const qa of qCases().filter((q) => !q.signed)) {
        const qy: V.QParams = { scale: f32(qa.scale * rng.uniform(0.2, 1.5)), zeroPoint: rng.int(0, 255), signed: false };
        const rows = 3;
        const x = randomBytes(rows * len);
        const n = net();
        const y = n.node(
          'QLinearGlobalAveragePool',
          [
            'x',
            n.init(scalarOf('float32', qa.scale)),
            n.init(scalarOf('uint8', qa.zeroPoint)),
            n.init(scalarOf('float32', qy.scale)),
            n.init(scalarOf('uint8', qy.zeroPoint)),
          ],
          {},
          'com.microsoft',
        );
        // [rows, 1, len]: one channel per row, the reduced elements as its spatial extent
        const got = await runNet(n, { x: tensor('uint8', [rows, 1, len], x) }, y, 'uint8', { '': 17, 'com.microsoft': 1 });
        const ours = Array.from({ length: rows }, (_, r) =>
          V.reduceValues('mean', toInts(x.subarray(r * len, (r + 1) * len), false), qa, qy),
        );
        expect(firstMismatch(ours, bytesOf(got)), `len ${len} ${JSON.stringify({ qa, qy })}`).toBeUndefined();
      }
    }
  });

  /** The integer-exact ONNX form of sum (and mean): Cast → Sub zp → ReduceSum (int32) → Cast → Mul M → Round → Add zp → Clip → Cast. */
  async function integerReduce(
    kind: 'sum' | 'mean',
    x: Uint8Array,
    rows: number,
    len: number,
    qa: V.QParams,
    qy: V.QParams,
  ): Promise<Uint8Array> {
    const n = net();
    const xi = n.node('Sub', [n.node('Cast', ['x'], { to: 6 }), n.init(scalarOf('int32', qa.zeroPoint))]);
    const s = n.node('ReduceSum', [xi, n.init(tensor('int64', [1], BigInt64Array.of(1n)))], { keepdims: 1 });
    const v = n.node('Round', [
      n.node('Mul', [n.node('Cast', [s], { to: 1 }), fconst(n, V.reduceMultiplier(kind, qa.scale, qy.scale, len))]),
    ]);
    const [lo, hi] = V.qRange(qy.signed);
    const y = n.node('Cast', [n.node('Clip', [n.node('Add', [v, fconst(n, qy.zeroPoint)]), fconst(n, lo), fconst(n, hi)])], {
      to: qy.signed ? 3 : 2,
    });
    return bytesOf(await runNet(n, { x: qTensor(qa.signed, [rows, len], x) }, y, qType(qy.signed)));
  }

  it('sum and mean equal their integer-exact ONNX expression (uint8 and int8, saturating outputs)', async () => {
    for (const kind of ['sum', 'mean'] as const) {
      for (const len of [5, 256, 13000]) {
        for (const qa of qCases()) {
          for (const qy of [
            { scale: f32(qa.scale * (kind === 'sum' ? 40 : 0.7)), zeroPoint: 128, signed: false },
            { scale: qa.scale, zeroPoint: 0, signed: true },
          ]) {
            const rows = 4;
            const x = randomBytes(rows * len);
            const got = await integerReduce(kind, x, rows, len, qa, qy);
            const ours = Array.from(
              { length: rows },
              (_, r) => V.reduceValues(kind, toInts(x.subarray(r * len, (r + 1) * len), qa.signed), qa, qy) & 0xff,
            );
            expect(firstMismatch(ours, got), `${kind} len ${len} ${JSON.stringify({ qa, qy })}`).toBeUndefined();
          }
        }
      }
    }
  });

  it('max equals DequantizeLinear → ReduceMax → QuantizeLinear', async () => {
    for (const len of [3, 256, 13000]) {
      for (const qa of qCases()) {
        const qy = qCases()[rng.int(0, 6)]!;
        const rows = 3;
        const x = randomBytes(rows * len);
        const n = net();
        const y = qz(n, n.node('ReduceMax', [dq(n, 'x', qa)], { axes: [1], keepdims: 1 }), qy);
        const got = await runNet(n, { x: qTensor(qa.signed, [rows, len], x) }, y, qType(qy.signed));
        const ours = Array.from(
          { length: rows },
          (_, r) => V.reduceValues('max', toInts(x.subarray(r * len, (r + 1) * len), qa.signed), qa, qy) & 0xff,
        );
        expect(firstMismatch(ours, bytesOf(got)), `len ${len} ${JSON.stringify({ qa, qy })}`).toBeUndefined();
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------

describe('softmax', () => {
  /** The integer-exact ONNX form: Cast → ReduceMax → Sub → Gather(E) → ReduceSum → (2·e·one + S) / (2·S) → + zp → Clip → Cast. */
  async function integerSoftmax(x: Uint8Array, rows: number, len: number, qa: V.QParams, one: number, qy: V.QParams): Promise<Uint8Array> {
    const n = net();
    const xi = n.node('Cast', ['x'], { to: 6 });
    const k = n.node('Sub', [n.node('ReduceMax', [xi], { axes: [1], keepdims: 1 }), xi]);
    const e = n.node('Gather', [n.init(tensor('int64', [256], BigInt64Array.from(V.softmaxTable(qa.scale), BigInt))), k], { axis: 0 });
    const s = n.node('ReduceSum', [e, n.init(tensor('int64', [1], BigInt64Array.of(1n)))], { keepdims: 1 });
    const i64 = (v: number) => n.init(scalarOf('int64', v));
    const q = n.node('Div', [n.node('Add', [n.node('Mul', [e, i64(2 * one)]), s]), n.node('Mul', [s, i64(2)])]);
    const [lo, hi] = V.qRange(qy.signed);
    const y = n.node('Cast', [n.node('Min', [n.node('Max', [n.node('Add', [q, i64(qy.zeroPoint)]), i64(lo)]), i64(hi)])], {
      to: qy.signed ? 3 : 2,
    });
    return bytesOf(await runNet(n, { x: qTensor(qa.signed, [rows, len], x) }, y, qType(qy.signed)));
  }

  it('equals its integer-exact ONNX expression (10 to 13,000 classes, uint8 and int8)', async () => {
    for (const len of [10, 256, 1000, 13000]) {
      for (const qa of qCases()) {
        for (const [one, qy] of [
          [255, { scale: f32(1 / 255), zeroPoint: 0, signed: false }],
          [256, { scale: f32(1 / 256), zeroPoint: -128, signed: true }],
        ] as [number, V.QParams][]) {
          const rows = 3;
          const x = randomBytes(rows * len);
          const got = await integerSoftmax(x, rows, len, qa, one, qy);
          const ours: number[] = [];
          for (let r = 0; r < rows; r++)
            ours.push(
              ...V.softmaxValues(
                Array.from(x.subarray(r * len, (r + 1) * len), (b) => V.byteValue(b, qa.signed)),
                V.softmaxTable(qa.scale),
                one,
                qy,
              ).map((v) => v & 0xff),
            );
          expect(firstMismatch(ours, got), `len ${len} ${JSON.stringify({ qa, one, qy })}`).toBeUndefined();
        }
      }
    }
  });

  it('is as close to float32 softmax as quantizing the float32 result itself (cosine within 0.01)', () => {
    const qa: V.QParams = { scale: f32(12 / 255), zeroPoint: 128, signed: false };
    const qy = { scale: f32(1 / 255), zeroPoint: 0, signed: false };
    for (const [len, spread] of [
      [10, 30],
      [100, 30],
      [1000, 25],
      [13000, 20],
    ]) {
      const q = Array.from({ length: len }, () => Math.min(255, Math.max(0, V.roundHalfEven(128 + rng.normal(0, spread)))));
      q[rng.int(0, len - 1)] = 255; // a classifier's winning class
      const xs = q.map((v) => V.dequantize(v, qa));
      const m = Math.max(...xs);
      const ex = xs.map((x) => Math.exp(x - m));
      const sum = ex.reduce((a, b) => a + b, 0);
      const want = ex.map((v) => v / sum);
      const ours = V.softmaxValues(q, V.softmaxTable(qa.scale), 255, qy).map((v) => v / 255);
      const ideal = want.map((v) => V.dequantize(V.quantize(f32(v), qy), qy));
      const c = cosine(ours, want);
      expect(c, `len ${len}`).toBeGreaterThan(cosine(ideal, want) - 0.01);
      // over 13,000 classes most probabilities are below half a uint8 step: only the relative bound holds
      if (len <= 1000) expect(c, `len ${len}`).toBeGreaterThan(0.9);
    }
  });
});

// ---------------------------------------------------------------------------------------------

describe('layer normalization', () => {
  /** The exact ONNX form of isa/vector.ts layerNormValues (integer statistics, float32 steps in the same order). */
  async function exactLayerNorm(
    x: Uint8Array,
    rows: number,
    len: number,
    qa: V.QParams,
    eps: number,
    g: Float32Array,
    b: Float32Array,
    qy: V.QParams,
  ): Promise<Uint8Array> {
    const n = net();
    const axes = n.init(tensor('int64', [1], BigInt64Array.of(1n)));
    const d = n.node('Sub', [n.node('Cast', ['x'], { to: 6 }), n.init(scalarOf('int32', qa.zeroPoint))]);
    const dl = n.node('Cast', [d], { to: 7 });
    const s1 = n.node('ReduceSum', [dl, axes], { keepdims: 1 });
    const s2 = n.node('ReduceSum', [n.node('Mul', [dl, dl]), axes], { keepdims: 1 });
    const v = n.node('Sub', [n.node('Mul', [s2, n.init(scalarOf('int64', len))]), n.node('Mul', [s1, s1])]);
    const nf = fconst(n, len);
    const mu = n.node('Div', [n.node('Cast', [s1], { to: 1 }), nf]);
    const variance = n.node('Div', [n.node('Div', [n.node('Cast', [v], { to: 1 }), nf]), nf]);
    const den = n.node('Sqrt', [n.node('Add', [n.node('Mul', [variance, fconst(n, f32(qa.scale * qa.scale))]), fconst(n, eps)])]);
    const r = n.node('Div', [fconst(n, qa.scale), den]);
    const t = n.node('Mul', [n.node('Sub', [n.node('Cast', [d], { to: 1 }), mu]), r]);
    const u = n.node('Add', [n.node('Mul', [t, n.init(tensor('float32', [len], g))]), n.init(tensor('float32', [len], b))]);
    const [lo, hi] = V.qRange(qy.signed);
    const y = n.node(
      'Cast',
      [n.node('Clip', [n.node('Add', [n.node('Round', [u]), fconst(n, qy.zeroPoint)]), fconst(n, lo), fconst(n, hi)])],
      { to: qy.signed ? 3 : 2 },
    );
    return bytesOf(await runNet(n, { x: qTensor(qa.signed, [rows, len], x) }, y, qType(qy.signed)));
  }

  it('equals its exact ONNX expression (hidden 8 to 4,096, several scales, per-channel gamma and beta)', async () => {
    for (const len of [8, 128, 768, 4096]) {
      for (const qa of qCases()) {
        const qy: V.QParams = { scale: f32(rng.uniform(0.01, 0.05)), zeroPoint: rng.int(0, 255), signed: false };
        const gamma = Array.from({ length: len }, () => rng.uniform(0.5, 1.5));
        const beta = Array.from({ length: len }, () => rng.uniform(-0.5, 0.5));
        const { g, b } = V.normParams(gamma, beta, qy.scale);
        const rows = 3;
        const x = randomBytes(rows * len);
        const eps = 1e-5;
        const got = await exactLayerNorm(x, rows, len, qa, eps, g, b, qy);
        const ours: number[] = [];
        for (let r = 0; r < rows; r++)
          ours.push(
            ...V.layerNormValues(
              Array.from(x.subarray(r * len, (r + 1) * len), (v) => V.byteValue(v, qa.signed)),
              qa,
              eps,
              g,
              b,
              qy,
            ).map((v) => v & 0xff),
          );
        expect(firstMismatch(ours, got), `len ${len} ${JSON.stringify({ qa, qy })}`).toBeUndefined();
      }
    }
  });

  it('stays within cosine 0.99 of float32 LayerNormalization', async () => {
    const len = 256;
    const qa: V.QParams = { scale: f32(6 / 255), zeroPoint: 128, signed: false };
    const qy: V.QParams = { scale: f32(8 / 255), zeroPoint: 128, signed: false };
    const gamma = Float32Array.from({ length: len }, () => f32(rng.uniform(0.5, 1.5)));
    const beta = Float32Array.from({ length: len }, () => f32(rng.uniform(-0.5, 0.5)));
    const x = Uint8Array.from({ length: len }, () => Math.min(255, Math.max(0, V.roundHalfEven(128 + rng.normal(0, 25)))));
    const n = net();
    const y = n.node(
      'LayerNormalization',
      [dq(n, 'x', qa), n.init(tensor('float32', [len], gamma)), n.init(tensor('float32', [len], beta))],
      { axis: -1, epsilon: 1e-5 },
    );
    const want = (await runNet(n, { x: tensor('uint8', [1, len], x) }, y, 'float32')).data as Float32Array;
    const { g, b } = V.normParams(gamma, beta, qy.scale);
    const ours = V.layerNormValues(Array.from(x), qa, 1e-5, g, b, qy).map((q) => V.dequantize(q, qy));
    expect(cosine(ours, want)).toBeGreaterThan(0.99);
  });
});

// ---------------------------------------------------------------------------------------------

describe('data movement', () => {
  it('a channel shuffle is one permute per row: equal to Reshape → Transpose → Reshape on uint8', async () => {
    const rows = 5;
    const groups = 4;
    const C = 48;
    const x = randomBytes(rows * C);
    const n = net();
    const shape = (s: number[]) => n.init(tensor('int64', [s.length], BigInt64Array.from(s.map(BigInt))));
    const y = n.node('Reshape', [
      n.node('Transpose', [n.node('Reshape', ['x', shape([rows, groups, C / groups])])], { perm: [0, 2, 1] }),
      shape([rows, C]),
    ]);
    const got = await runNet(n, { x: tensor('uint8', [rows, C], x) }, y, 'uint8');
    // output channel j = (j mod groups) * (C / groups) + floor(j / groups)
    const idx = Uint16Array.from({ length: C }, (_, j) => (j % groups) * (C / groups) + Math.floor(j / groups));
    const ours = new Uint8Array(rows * C);
    for (let r = 0; r < rows; r++) V.permuteRow(x.subarray(r * C, (r + 1) * C), idx, ours.subarray(r * C, (r + 1) * C));
    expect(firstMismatch(ours, bytesOf(got))).toBeUndefined();
  });

  it('permute keeps the lanes marked KEEP and rejects an index outside the source row', () => {
    const out = Uint8Array.of(9, 9, 9);
    V.permuteRow(Uint8Array.of(1, 2), Uint16Array.of(1, V.PERMUTE_KEEP, 0), out);
    expect([...out]).toEqual([2, 9, 1]);
    expect(() => V.permuteRow(Uint8Array.of(1, 2), Uint16Array.of(2), new Uint8Array(1))).toThrow(/permute index 2 at lane 0/);
  });

  it('groups of no elements or more than MAX_GROUP_ELEMENTS are errors', () => {
    const qa: V.QParams = { scale: 0.1, zeroPoint: 0, signed: false };
    expect(() => V.reduceValues('sum', [], qa, qa)).toThrow(/no elements/);
    const big = new Uint8Array(V.MAX_GROUP_ELEMENTS + 1);
    expect(() => V.softmaxValues(big, V.softmaxTable(0.1), 255, qa)).toThrow(/VECTOR_GROUP/);
    expect(() => V.layerNormValues(big, qa, 1e-5, new Float32Array(big.length), new Float32Array(big.length), qa)).toThrow(/VECTOR_GROUP/);
  });

  it('patternRow walks contiguous, broadcast and grouped row patterns', () => {
    expect([0, 1, 2].map((i) => V.patternRow(i, 10, 0, 1, 0))).toEqual([10, 11, 12]);
    expect([0, 1, 2].map((i) => V.patternRow(i, 10, 0, 0, 0))).toEqual([10, 10, 10]);
    // SE broadcast: one row per image of 4 pixels
    expect([0, 3, 4, 9].map((i) => V.patternRow(i, 7, 4, 0, 1))).toEqual([7, 7, 8, 9]);
    // stride-2 window walk over a padded image 9 wide: 3 outputs per row
    expect([0, 1, 2, 3].map((i) => V.patternRow(i, 0, 3, 2, 18))).toEqual([0, 2, 4, 18]);
  });
});
