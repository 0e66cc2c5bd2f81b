// ONNX import: bytes -> ModelProto (onnx-buf) -> Graph, then opset normalisation, validation,
// constant folding / shape inference and the support check against the op registry.
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import type { GraphProto, ModelProto, TensorProto, ValueInfoProto } from 'onnx-buf';
import { GraphError, GraphValidationError, OnnxImportError, type UnsupportedNode, UnsupportedOpsError } from '../errors.js';
import { type Dim, Graph, type Node, type ValueInfo, subgraphsOf } from '../ir.js';
import type { DType } from '../tensor.js';
import { getOp } from '../ops/index.js';
import { pruneUnused, propagate } from '../passes.js';
import { bindInputs } from '../shape.js';
import { nameNodes, validate } from '../validate.js';
import { attrFromProto } from './attributes.js';
import { type CompactModel, type RawCut, compactOnnx, readAt } from './file-walk.js';
import { MAX_OPSET, MIN_OPSET, normaliseOpsets } from './normalise.js';
import { proto } from './proto.js';
import { dtypeOfCode, hasExternalData, tensorFromProto } from './tensor-proto.js';

/** Oldest and newest ONNX IR versions the importer accepts. */
export const MIN_IR_VERSION = 3;
export const MAX_IR_VERSION = 11;

/** Options of `importOnnx`. */
export interface ImportOptions {
  /** Name of the model in error messages and metadata (loadOnnxFile passes the path). */
  file?: string;
  /** Bind symbolic input dims (e.g. `{ batch: 1 }`) before folding and inference. */
  bind?: Record<string, number>;
  /** Fold constant subgraphs (Shape-derived values, weight transforms) into initializers (default true). */
  fold?: boolean;
  /**
   * Check every node against the op registry and throw one UnsupportedOpsError listing all
   * (default true). With false, ops without an implementation are kept, untyped.
   */
  checkSupport?: boolean;
  /** Copy tensor data instead of viewing the model bytes (default false: tensors may share memory with `bytes`). */
  copy?: boolean;
}

/**
 * Imports an ONNX model (IR 3-11, ai.onnx opsets 7-21, no external data). The graph is normalised
 * to opset 21 forms (see graph/onnx/NORMALISE.md), validated, constant-folded and typed.
 * Throws OnnxImportError (naming the file) for unreadable models and UnsupportedOpsError listing
 * every unsupported node.
 */
export function importOnnx(bytes: Uint8Array, opts: ImportOptions = {}): Graph {
  return importModel(parseModel(bytes, opts.file ?? 'model.onnx'), opts);
}

/** importOnnx on a decoded model; `rawData` supplies raw data cut out of its bytes (see loadOnnxFile). */
function importModel(model: ModelProto, opts: ImportOptions, rawData?: ReadContext['rawData']): Graph {
  const file = opts.file ?? 'model.onnx';
  const opset = checkVersions(model, file);
  checkExternalData(model, file);

  const problems: UnsupportedNode[] = [];
  const nodeProblem = (node: { name: string; op: string; domain?: string }, reason: string) => {
    const known = problems.find((p) => p.node === node.name);
    if (known) known.reason += `; ${reason}`;
    else problems.push({ node: node.name, op: node.op, domain: node.domain ?? '', opset: opsetOf(model, node.domain ?? ''), reason });
  };
  const opsets: Record<string, number> = {};
  for (const o of model.opsetImport) opsets[domainOf(o.domain)] = Number(o.version);
  const graph = readGraph(model.graph!, '', { file, copy: opts.copy ?? false, nodeProblem, opsets, rawData });
  // The model's own metadata, then where it came from (which replaces provenance a previous
  // tpusim export wrote, so import -> export -> import does not pile it up).
  graph.metadata = {
    ...Object.fromEntries(model.metadataProps.map((p) => [p.key, p.value])),
    source: file,
    'onnx.irVersion': String(model.irVersion),
    'onnx.opset': String(opset),
    ...(model.producerName ? { 'onnx.producer': `${model.producerName} ${model.producerVersion}`.trim() } : {}),
  };
  const local = new Set(model.functions.map((f) => `${domainOf(f.domain)}:${f.name}`));

  for (const p of normaliseOpsets(graph, opset)) nodeProblem(p.node, p.reason);
  try {
    // readGraph named every node and normalisation adds uniquely named ones: nothing to rename.
    validate(graph, { nameNodes: false });
  } catch (e) {
    if (e instanceof GraphValidationError) throw new OnnxImportError(file, e.message, { cause: e });
    throw e;
  }
  const checkSupport = opts.checkSupport ?? true;
  if (checkSupport) {
    forEachNode(graph, (node) => {
      if (getOp(node.op, node.domain ?? '')) return;
      const isLocal = local.has(`${node.domain ?? ''}:${node.op}`);
      nodeProblem(node, isLocal ? 'model-local functions are not supported' : 'no implementation of this op');
    });
  }

  const failures: { node: Node; reason: string }[] = [];
  try {
    if (opts.bind) bindInputs(graph, opts.bind, { infer: false });
    const result = propagate(graph, { fold: opts.fold ?? true, checkSupport, failures });
    if (result.folded > 0) pruneUnused(graph);
  } catch (e) {
    if (e instanceof GraphError && !(e instanceof OnnxImportError)) throw new OnnxImportError(file, e.message, { cause: e });
    throw e;
  }
  // One problem per node: a node already reported (e.g. an unconvertible attribute) is not
  // reported again for the shape rule that then fails on it.
  const listed = new Set(problems.map((p) => p.node));
  for (const f of failures) if (!listed.has(f.node.name)) nodeProblem(f.node, f.reason);
  if (problems.length > 0) {
    const order = new Map<string, number>();
    forEachNode(graph, (n) => order.set(n.name, order.size));
    problems.sort((a, b) => (order.get(a.node) ?? -1) - (order.get(b.node) ?? -1));
    throw new UnsupportedOpsError(file, problems);
  }
  return graph;
}

/** Raw data from this size up is read from an ONNX file apart from the rest of the model. */
const MIN_CUT = 64 * 1024;

/** Reads and imports an ONNX file; errors name the path. */
export function loadOnnxFile(path: string, opts: Omit<ImportOptions, 'file'> = {}): Graph {
  return loadOnnxFileCutting(path, opts, MIN_CUT);
}

/**
 * loadOnnxFile, reading each initializer's raw data of at least `minCut` bytes straight from the
 * file into an array of its own (tests lower `minCut`). The rest of the model is decoded from a
 * copy of the file without those bytes, so the file is never held whole beside the tensors
 * (a torchvision vgg16_bn export's 553 MB were). A file the walk does not handle is read whole.
 */
export function loadOnnxFileCutting(path: string, opts: Omit<ImportOptions, 'file'>, minCut: number): Graph {
  // tensors are copied out of the file's bytes (copy: true), so the bytes are freed after import:
  // views would keep the whole file alive, beside the copies of unaligned tensors
  const full = { copy: true, ...opts, file: path };
  const compact = openCompact(path, minCut);
  if (!compact) return importOnnx(readWhole(path), full);
  try {
    return importModel(checkModel(compact.model, path), full, (tp) => compact.read(tp, path));
  } finally {
    closeSync(compact.fd);
  }
}

function readWhole(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new OnnxImportError(path, code === 'ENOENT' ? 'file not found' : `cannot read file (${code ?? String(e)})`, {
      cause: e,
    });
  }
}

interface CompactFile {
  fd: number;
  model: ModelProto;
  read: (tp: TensorProto, path: string) => Uint8Array<ArrayBuffer> | undefined;
}

/** The file open, decoded without its large raw data; undefined if it is to be read whole. */
function openCompact(path: string, minCut: number): CompactFile | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined; // readWhole reports the error
  }
  const model = decodeCompact(fd, minCut);
  if (model) return { fd, ...model };
  closeSync(fd);
  return undefined;
}

function decodeCompact(fd: number, minCut: number): Omit<CompactFile, 'fd'> | undefined {
  let compact: CompactModel | undefined;
  let model: ModelProto;
  const { fromBinary, ModelProtoSchema } = proto();
  try {
    const stat = fstatSync(fd);
    compact = stat.isFile() && stat.size >= minCut ? compactOnnx(fd, stat.size, minCut) : undefined;
    if (!compact) return undefined;
    model = fromBinary(ModelProtoSchema, compact.bytes);
  } catch {
    return undefined; // the file read whole imports (or fails) as the decoder has it
  }
  const inits = model.graph?.initializer ?? [];
  const cuts = new Map<TensorProto, RawCut>();
  for (const cut of compact.cuts) {
    const tp = inits[cut.index];
    if (!tp || tp.rawData.byteLength > 0) return undefined;
    cuts.set(tp, cut);
  }
  const read = (tp: TensorProto, path: string) => {
    const cut = cuts.get(tp);
    if (!cut) return undefined;
    try {
      return readAt(fd, cut.offset, cut.length);
    } catch (e) {
      throw new OnnxImportError(path, `cannot read file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, { cause: e });
    }
  };
  return { model, read };
}

function parseModel(bytes: Uint8Array, file: string): ModelProto {
  if (bytes.byteLength === 0) throw new OnnxImportError(file, 'empty file, not an ONNX model');
  // A plain Uint8Array view (not a Buffer) so that sub-views the parser makes are plain too.
  const plain = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let model: ModelProto;
  const { fromBinary, ModelProtoSchema } = proto();
  try {
    model = fromBinary(ModelProtoSchema, plain);
  } catch (e) {
    throw new OnnxImportError(
      file,
      `not an ONNX model, or truncated (protobuf decoding failed: ${e instanceof Error ? e.message : String(e)})`,
      { cause: e },
    );
  }
  return checkModel(model, file);
}

function checkModel(model: ModelProto, file: string): ModelProto {
  if (model.irVersion <= 0n || !model.graph) {
    throw new OnnxImportError(file, 'not an ONNX model (no IR version or no graph), or truncated');
  }
  return model;
}

function domainOf(domain: string): string {
  return domain === 'ai.onnx' ? '' : domain;
}

function opsetOf(model: ModelProto, domain: string): number {
  const o = model.opsetImport.find((x) => domainOf(x.domain) === domainOf(domain));
  return o ? Number(o.version) : 0;
}

function checkVersions(model: ModelProto, file: string): number {
  const ir = Number(model.irVersion);
  if (ir < MIN_IR_VERSION || ir > MAX_IR_VERSION) {
    throw new OnnxImportError(file, `ONNX IR version ${ir} is not supported (supported: ${MIN_IR_VERSION} to ${MAX_IR_VERSION})`);
  }
  const opset = opsetOf(model, '');
  if (opset === 0) throw new OnnxImportError(file, 'the model imports no ai.onnx opset');
  if (opset < MIN_OPSET || opset > MAX_OPSET) {
    throw new OnnxImportError(file, `ai.onnx opset ${opset} is not supported (supported: ${MIN_OPSET} to ${MAX_OPSET})`);
  }
  return opset;
}

function checkExternalData(model: ModelProto, file: string): void {
  const names: string[] = [];
  const visitTensor = (t: TensorProto | undefined, where: string) => {
    if (t && hasExternalData(t)) names.push(t.name || where);
  };
  const visitGraph = (g: GraphProto) => {
    for (const t of g.initializer) visitTensor(t, 'initializer');
    for (const n of g.node) {
      for (const a of n.attribute) {
        visitTensor(a.t, `attribute ${a.name} of node ${n.name}`);
        for (const t of a.tensors) visitTensor(t, `attribute ${a.name} of node ${n.name}`);
        if (a.g) visitGraph(a.g);
        for (const sub of a.graphs) visitGraph(sub);
      }
    }
  };
  visitGraph(model.graph!);
  if (names.length > 0) {
    const shown = names.slice(0, 10).join(', ') + (names.length > 10 ? `, ... (${names.length} in all)` : '');
    throw new OnnxImportError(
      file,
      `tensors are stored in external data files (${shown}); external data is not supported: ` +
        'save the model as one file (onnx.save(model, path, save_as_external_data=False))',
    );
  }
}

interface ReadContext {
  file: string;
  copy: boolean;
  nodeProblem: (node: { name: string; op: string; domain?: string }, reason: string) => void;
  opsets: Record<string, number>;
  /** Raw data of an initializer cut out of the model's bytes, read from the file on demand. */
  rawData?: (tp: TensorProto) => Uint8Array<ArrayBuffer> | undefined;
}

/** Converts a GraphProto; `where` prefixes names of unnamed nodes in subgraphs. */
function readGraph(gp: GraphProto, where: string, rc: ReadContext): Graph {
  const graph = new Graph(gp.name || (where ? where : 'main'));
  graph.opsets = { ...rc.opsets };
  const fileProblems: string[] = [];
  const inGraph = where ? ` in subgraph ${where}` : '';
  for (const tp of gp.initializer) {
    // read here, one tensor at a time, so a float16 tensor's raw bits are freed once widened
    const raw = rc.rawData?.(tp);
    if (raw) tp.rawData = raw;
    try {
      // raw data read from the file is an aligned array of its own: viewed, not copied again
      graph.initializers.set(tp.name, tensorFromProto(tp, { copy: rc.copy && !raw }));
      if (raw) tp.rawData = new Uint8Array(0);
    } catch (e) {
      fileProblems.push(`initializer "${tp.name}"${inGraph}: ${(e as Error).message}`);
    }
  }
  if (gp.sparseInitializer.length > 0) fileProblems.push(`sparse initializers${inGraph} are not supported`);
  const readValue = (v: ValueInfoProto, what: string): ValueInfo | undefined => {
    const r = valueInfoFromProto(v);
    if (typeof r === 'string') fileProblems.push(`${what} "${v.name}"${inGraph}: ${r}`);
    return typeof r === 'string' ? undefined : r;
  };
  // Before IR 4 every initializer was also listed as a graph input; they are constants here.
  for (const v of gp.input) {
    if (graph.initializers.has(v.name)) continue;
    const info = readValue(v, 'graph input');
    if (info) graph.inputs.push(info);
  }
  for (const v of gp.output) {
    const info = readValue(v, 'graph output');
    if (info) graph.outputs.push(info);
  }
  for (const v of gp.valueInfo) {
    const r = valueInfoFromProto(v);
    if (typeof r !== 'string') graph.valueInfo.set(v.name, r);
  }
  if (fileProblems.length > 0) {
    throw new OnnxImportError(rc.file, fileProblems.length === 1 ? fileProblems[0]! : `\n  - ${fileProblems.join('\n  - ')}`);
  }
  gp.node.forEach((np) => {
    const node: Node = {
      name: np.name,
      op: np.opType,
      inputs: [...np.input],
      outputs: [...np.output],
      attrs: {},
    };
    const domain = domainOf(np.domain);
    if (domain) node.domain = domain;
    graph.nodes.push(node);
  });
  nameNodes(graph, where ? `${where}/` : '');
  gp.node.forEach((np, i) => {
    const node = graph.nodes[i]!;
    for (const a of np.attribute) {
      try {
        const { value, kind } = attrFromProto(a, (g, w) => readGraph(g, w, rc), node.name);
        node.attrs[a.name] = value;
        if (kind) (node.attrKinds ??= {})[a.name] = kind;
      } catch (e) {
        if (e instanceof OnnxImportError) throw e;
        rc.nodeProblem(node, `attribute "${a.name}": ${(e as Error).message}`);
      }
    }
  });
  return graph;
}

function valueInfoFromProto(v: ValueInfoProto): ValueInfo | string {
  const type = v.type?.value;
  if (type?.case !== 'tensorType') return `type ${type?.case ?? 'missing'} is not supported (tensors only)`;
  const tt = type.value;
  let dtype: DType;
  try {
    dtype = dtypeOfCode(tt.elemType);
  } catch (e) {
    return (e as Error).message;
  }
  if (!tt.shape) return { name: v.name, dtype };
  const shape: Dim[] = tt.shape.dim.map((d, i) => {
    if (d.value.case === 'dimValue') return Number(d.value.value);
    if (d.value.case === 'dimParam' && d.value.value) return d.value.value;
    return `${v.name}_dim${i}`; // an unnamed unknown dim: give it a unique symbol
  });
  return { name: v.name, dtype, shape };
}

function forEachNode(graph: Graph, f: (n: Node) => void): void {
  for (const n of graph.nodes) {
    f(n);
    for (const g of subgraphsOf(n)) forEachNode(g, f);
  }
}
