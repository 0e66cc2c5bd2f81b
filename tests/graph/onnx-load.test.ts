// loadOnnxFile reads large raw data straight from the file (graph/onnx/file-walk.ts). With the cut
// size lowered so that the walk cuts every tensor, a file must import exactly as reading it whole
// does: the same initializers bit for bit, the same nodes, values and metadata, the same errors.
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { create, fromBinary, toBinary } from '@bufbuild/protobuf';
import {
  AttributeProtoSchema,
  AttributeProto_AttributeType as AT,
  GraphProtoSchema,
  ModelProtoSchema,
  NodeProtoSchema,
  OperatorSetIdProtoSchema,
  TensorProtoSchema,
  TensorProto_DataLocation,
  TensorShapeProtoSchema,
  TensorShapeProto_DimensionSchema,
  TypeProtoSchema,
  TypeProto_TensorSchema,
} from 'onnx-buf';
import { describe, expect, it } from 'vitest';
import { type Graph, type ImportOptions, Rng, importOnnx } from '../../graph/index.js';
import { type CompactModel, compactOnnx } from '../../graph/onnx/file-walk.js';
import { loadOnnxFileCutting } from '../../graph/onnx/import.js';
import { ensureFixture } from '../fixtures/onnx/fixtures.js';
import { sameBytes } from '../helpers/common.js';
import { DATA_DIR, SUITES } from './conformance-runner.js';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const TMP = mkdtempSync(join(tmpdir(), 'tpusim-onnx-load-'));

/** The other way: the whole file's bytes, the tensors copied out of them. */
function wholeWay(path: string, opts: ImportOptions): Graph {
  return importOnnx(readFileSync(path), { copy: true, ...opts, file: path });
}

function outcome(f: () => Graph): Graph | Error {
  try {
    return f();
  } catch (e) {
    return e as Error;
  }
}

/** Imports `path` both ways (cutting every raw_data of at least `minCut` bytes) and compares. */
function expectSameBothWays(path: string, minCut = 1): void {
  // as read (unsupported ops kept), and after folding and the support check
  for (const opts of [{ fold: false, checkSupport: false }, {}]) {
    expectSame(
      outcome(() => loadOnnxFileCutting(path, opts, minCut)),
      outcome(() => wholeWay(path, opts)),
    );
  }
}

const errorOf = (x: Graph | Error) => (x instanceof Error ? [x.constructor.name, x.message] : 'a graph');

function expectSame(got: Graph | Error, want: Graph | Error): void {
  expect(errorOf(got)).toEqual(errorOf(want));
  if (got instanceof Error || want instanceof Error) return;
  expect([...got.initializers.keys()]).toEqual([...want.initializers.keys()]);
  for (const [name, t] of want.initializers) {
    const u = got.initializers.get(name)!;
    expect([u.dtype, u.shape, u.data.constructor.name], name).toEqual([t.dtype, t.shape, t.data.constructor.name]);
    if (t.dtype === 'string') expect(u.data, name).toEqual(t.data);
    else expect(sameBytes(u.data, t.data), `bytes of ${name}`).toBe(true);
  }
  const rest = (g: Graph) => [g.name, g.nodes, g.inputs, g.outputs, g.valueInfo, g.metadata, g.opsets];
  expect(rest(got)).toEqual(rest(want));
}

function compactOf(path: string, minCut = 1): CompactModel | undefined {
  const fd = openSync(path, 'r');
  try {
    return compactOnnx(fd, statSync(path).size, minCut);
  } finally {
    closeSync(fd);
  }
}

/** How many of the main graph's initializers have raw data of at least `minCut` bytes. */
function rawInitializers(path: string, minCut = 1): number {
  const model = fromBinary(ModelProtoSchema, new Uint8Array(readFileSync(path)));
  return model.graph!.initializer.filter((t) => t.rawData.byteLength >= minCut).length;
}

function write(name: string, bytes: Uint8Array): string {
  const path = join(TMP, name);
  writeFileSync(path, bytes);
  return path;
}

describe('real files, every tensor cut', () => {
  const files = [
    ...readdirSync(join(FIXTURES, 'onnx'))
      .filter((f) => f.endsWith('.onnx'))
      .map((f) => join(FIXTURES, 'onnx', f)),
    join(FIXTURES, 'mnist', 'mnist-cnn.onnx'),
  ];
  it.each(files)('%s', (path) => {
    const raws = rawInitializers(path);
    expect(raws).toBeGreaterThan(0);
    expect(compactOf(path)?.cuts.length).toBe(raws);
    // the real cut size: only the large tensors, if any
    expect(compactOf(path, 64 * 1024)?.cuts.length ?? 0).toBe(rawInitializers(path, 64 * 1024));
    expectSameBothWays(path);
  });

  it.each(['resnet18-op17', 'mobilenet_v2-op13'])('torchvision export %s, at the real cut size and cutting all', (name) => {
    const path = ensureFixture(name).onnxPath;
    const large = rawInitializers(path, 64 * 1024);
    expect(large).toBeGreaterThan(10);
    expect(compactOf(path, 64 * 1024)?.cuts.length).toBe(large);
    expectSameBothWays(path, 64 * 1024);
    expectSameBothWays(path);
  });

  it.runIf(existsSync(join(DATA_DIR, 'node')))("ONNX's conformance models", () => {
    let cut = 0;
    let raws = 0;
    for (const suite of SUITES) {
      const dir = join(DATA_DIR, suite);
      for (const name of readdirSync(dir).sort()) {
        const path = join(dir, name, 'model.onnx');
        if (!existsSync(path)) continue;
        cut += compactOf(path)?.cuts.length ?? 0;
        raws += rawInitializers(path);
        expectSameBothWays(path);
      }
    }
    expect(raws).toBeGreaterThan(50);
    expect(cut).toBe(raws);
  });
});

function valueInfo(name: string, shape: number[]) {
  const dim = shape.map((d) => create(TensorShapeProto_DimensionSchema, { value: { case: 'dimValue', value: BigInt(d) } }));
  const tensorType = create(TypeProto_TensorSchema, { elemType: 1, shape: create(TensorShapeProtoSchema, { dim }) });
  return { name, type: create(TypeProtoSchema, { value: { case: 'tensorType', value: tensorType } }) };
}

/** A tensor with raw data: `code` is its ONNX element type, `bytes` its raw_data. */
function rawTensor(name: string, code: number, dims: number[], bytes: Uint8Array<ArrayBuffer>) {
  return create(TensorProtoSchema, { name, dataType: code, dims: dims.map(BigInt), rawData: bytes });
}

function randomBytes(n: number, seed: number): Uint8Array<ArrayBuffer> {
  const rng = new Rng(seed);
  return Uint8Array.from({ length: n }, () => rng.int(0, 255));
}

/** y = x + a, with tensors of several types beside it and an If whose branch holds an initializer. */
function handBuilt(extra: ReturnType<typeof rawTensor>[] = [], irVersion = 8n): Uint8Array {
  const floats = new Uint8Array(Float32Array.of(1, -2, 3.5, 0, 1e-30, 7).buffer);
  const branch = (name: string, init: ReturnType<typeof rawTensor>[]) =>
    create(GraphProtoSchema, {
      name,
      initializer: init,
      node: [create(NodeProtoSchema, { opType: 'Add', input: ['x', init[0]?.name ?? 'x'], output: [`${name}_y`] })],
      output: [valueInfo(`${name}_y`, [2, 3])],
    });
  const attr = (name: string, g: ReturnType<typeof branch>) => create(AttributeProtoSchema, { name, type: AT.GRAPH, g });
  const graph = create(GraphProtoSchema, {
    name: 'hand',
    input: [valueInfo('x', [2, 3])],
    output: [valueInfo('y', [2, 3]), valueInfo('z', [2, 3])],
    initializer: [
      rawTensor('a', 1, [2, 3], floats),
      rawTensor('an odd name', 11, [3], randomBytes(24, 1)), // float64
      rawTensor('i64', 7, [2], new Uint8Array(BigInt64Array.of(-5n, 1n << 40n).buffer)),
      rawTensor('half', 10, [5], new Uint8Array(Uint16Array.of(0x3c00, 0xc000, 0x7c00, 0x0001, 0x7e00).buffer)),
      rawTensor('bytes', 2, [7], randomBytes(7, 2)), // uint8
      rawTensor('empty', 1, [0], new Uint8Array(0)),
      create(TensorProtoSchema, { name: 'typed', dataType: 1, dims: [2n], floatData: [0.5, 2] }),
      rawTensor('cond', 9, [], Uint8Array.of(1)),
      ...extra,
    ],
    node: [
      create(NodeProtoSchema, { opType: 'Add', input: ['x', 'a'], output: ['y'] }),
      create(NodeProtoSchema, {
        opType: 'If',
        input: ['cond'],
        output: ['z'],
        attribute: [attr('then_branch', branch('then', [rawTensor('t', 1, [2, 3], floats)])), attr('else_branch', branch('else', []))],
      }),
    ],
  });
  const opsetImport = [create(OperatorSetIdProtoSchema, { domain: '', version: 17n })];
  return toBinary(ModelProtoSchema, create(ModelProtoSchema, { irVersion, producerName: 'hand', opsetImport, graph }));
}

describe('a hand-built file', () => {
  it('reads raw data at odd offsets into aligned arrays of their own, cutting only the main graph', () => {
    const path = write('hand.onnx', handBuilt());
    const compact = compactOf(path)!;
    // every main-graph tensor with raw data but "empty"; not the If branch's "t"
    expect(compact.cuts.map((c) => c.index)).toEqual([0, 1, 2, 3, 4, 7]);
    expect(compact.cuts.filter((c) => c.offset % 2 === 1).length).toBeGreaterThanOrEqual(2);
    // each cut drops its bytes, its tag and its one-byte length; the enclosing lengths stay one byte
    expect(compact.bytes.byteLength).toBe(statSync(path).size - (6 * 4 + 24 + 16 + 10 + 7 + 1) - 6 * 2);
    const g = loadOnnxFileCutting(path, { fold: false, checkSupport: false }, 1);
    expect(Array.from(g.initializers.get('a')!.data as Float32Array)).toEqual([1, -2, 3.5, 0, Math.fround(1e-30), 7]);
    expect(Array.from(g.initializers.get('half')!.data as Float32Array)).toEqual([1, -2, Infinity, 2 ** -24, NaN]);
    expect(g.initializers.get('i64')!.data).toEqual(BigInt64Array.of(-5n, 1n << 40n));
    for (const [name, t] of g.initializers) {
      const data = t.data as ArrayBufferView;
      expect([data.byteOffset, data.buffer.byteLength], name).toEqual([0, data.byteLength]);
    }
    expectSameBothWays(path);
  });

  it('gives the same error for a cut tensor whose raw data does not fit its shape', () => {
    const path = write('short.onnx', handBuilt([rawTensor('short', 1, [4], randomBytes(12, 3))]));
    expect(compactOf(path)?.cuts.at(-1)?.length).toBe(12);
    const e = outcome(() => loadOnnxFileCutting(path, { checkSupport: false }, 1));
    expect((e as Error).message).toBe(`${path}: initializer "short": raw_data has 12 bytes but shape [4] of float32 needs 16`);
    expectSameBothWays(path);
  });

  it('gives the same errors for a model without IR version and for external data beside raw data', () => {
    const noIr = write('no-ir.onnx', handBuilt([], 0n));
    expect(compactOf(noIr)?.cuts.length).toBe(6);
    expect(errorOf(outcome(() => loadOnnxFileCutting(noIr, {}, 1)))).toEqual([
      'OnnxImportError',
      `${noIr}: not an ONNX model (no IR version or no graph), or truncated`,
    ]);
    expectSameBothWays(noIr);
    const external = rawTensor('ext', 1, [2], randomBytes(8, 7));
    external.dataLocation = TensorProto_DataLocation.EXTERNAL;
    const path = write('external.onnx', handBuilt([external]));
    expect(compactOf(path)?.cuts.length).toBe(7);
    expect((outcome(() => loadOnnxFileCutting(path, {}, 1)) as Error).message).toMatch(/external data is not supported/);
    expectSameBothWays(path);
  });

  it('cuts only raw data of at least the cut size', () => {
    const path = write('hand.onnx', handBuilt());
    expect(compactOf(path, 24)?.cuts.map((c) => c.length)).toEqual([24, 24]);
    expect(compactOf(path, 25)).toBeUndefined();
    expectSameBothWays(path, 24);
  });
});

/** A length-delimited protobuf field, encoded by hand. */
function lengthField(number: number, bytes: Uint8Array): Uint8Array {
  const head: number[] = [number * 8 + 2];
  for (let n = bytes.byteLength; ; n = Math.floor(n / 128)) {
    head.push(n < 128 ? n : (n % 128) | 0x80);
    if (n < 128) break;
  }
  return Uint8Array.from([...head, ...bytes]);
}

const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

describe('files the walk does not follow are read whole', () => {
  const model = handBuilt();

  it('a truncated file, at many points', () => {
    for (let i = 1; i < 40; i++) {
      const path = write(`cut${i}.onnx`, model.subarray(0, Math.floor((model.byteLength * i) / 40)));
      expect(compactOf(path), path).toBeUndefined();
      expectSameBothWays(path);
    }
  });

  it('a second graph field (decoders merge the two)', () => {
    const more = toBinary(
      ModelProtoSchema,
      create(ModelProtoSchema, { graph: { initializer: [rawTensor('b', 1, [1], randomBytes(4, 4))] } }),
    );
    const path = write('twice.onnx', concat(model, more));
    expect(compactOf(path)).toBeUndefined();
    expect(outcome(() => wholeWay(path, { checkSupport: false }))).not.toBeInstanceOf(Error);
    expectSameBothWays(path);
  });

  it('a tensor with two raw_data fields (the last one counts)', () => {
    const tensor = toBinary(TensorProtoSchema, rawTensor('a', 1, [2, 3], randomBytes(24, 5)));
    const graph = toBinary(GraphProtoSchema, fromBinary(ModelProtoSchema, model).graph!);
    const twice = concat(tensor, lengthField(9, randomBytes(24, 6)));
    const path = write('raw-twice.onnx', lengthField(7, concat(graph, lengthField(5, twice))));
    expect(compactOf(path)).toBeUndefined();
    expectSameBothWays(path);
  });

  it('random bytes, a directory, a missing file', () => {
    for (let seed = 0; seed < 20; seed++) {
      const path = write(`noise${seed}.onnx`, randomBytes(100 + seed * 53, seed));
      expect(compactOf(path)).toBeUndefined();
      expectSameBothWays(path);
    }
    // loadOnnxFile's messages, as before the walk
    const missing = join(TMP, 'missing.onnx');
    expect(errorOf(outcome(() => loadOnnxFileCutting(missing, {}, 1)))).toEqual(['OnnxImportError', `${missing}: file not found`]);
    expect(errorOf(outcome(() => loadOnnxFileCutting(TMP, {}, 1)))).toEqual(['OnnxImportError', `${TMP}: cannot read file (EISDIR)`]);
  });
});
