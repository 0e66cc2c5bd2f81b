// The simulator API: loads build/tpu.wasm, configures it from a HardwareConfig, loads a program
// with its host and weight images, runs it with either fidelity and reads back the results.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { instantiateSync } from '@assemblyscript/loader';
import {
  EncodeError,
  INSTRUCTION_BYTES,
  OPCODES,
  VECTOR_CLASSES,
  VECTOR_OPS,
  VECTOR_OP_CLASS,
  decodeInstruction,
  decodeProgram,
  encodeInstruction,
  formatInstruction,
  type Instruction,
  type Mnemonic,
  type Program,
  type SourceLine,
  type Unit,
  type VectorClass,
  type VectorOp,
} from '../isa/index.js';
import { DATAFLOWS, dataflowOf, ubRowBytes, timingParams, type HardwareConfig } from './config.js';
import { CORE_ERRORS, COUNTERS } from './core-table.js';
import { SimError } from './errors.js';
import { attachMatrixHelper, matrixHelperWanted } from './matrix-helper.js';
import { packageRoot } from './paths.js';

/** `fast` (event timing + SIMD arithmetic) or `exact` (every cell every cycle); both give identical results. */
export type Fidelity = 'fast' | 'exact';

/** A counter's JSON name (see COUNTERS in sim/core-table.ts). */
export type CounterName = (typeof COUNTERS)[number]['name'];
/** Values of every counter, by name. */
export type CounterValues = Record<string, number>;

/** What `Simulator.load` takes. */
export interface LoadOptions {
  /** The program: decoded (e.g. from the assembler, with `source` lines) or a program binary. */
  program: Program | Uint8Array;
  /** Source line per instruction, for error messages (taken from `program.source` when present). */
  source?: readonly SourceLine[];
  /** Initial host memory from address 0. */
  host?: Uint8Array;
  /** The weight-memory image from address 0. */
  weights?: Uint8Array;
  /** Host memory size at least this many bytes (it always covers the image and the program's host segments). */
  hostBytes?: number;
  /**
   * Writes into the host image (zeroed, with `host` and the program's host segments in place)
   * before it is loaded: a caller that builds a large image per load (a session's micro-batches)
   * writes it here instead of into an array of its own, which would be fresh memory to fault in
   * and then copy. The array is the simulator's: keep no reference to it after the call.
   */
  writeHost?: (host: Uint8Array) => void;
}

/** Progress of a run, reported between chunks of work. */
export interface Progress {
  phase: 'timing' | 'execute';
  /** 0..1 */
  fraction: number;
}

/** What `Simulator.run` takes. */
export interface RunOptions {
  fidelity?: Fidelity;
  /** Fail with CYCLE_LIMIT when the run would need more cycles (default 1e12). */
  maxCycles?: number | bigint;
  onProgress?: (p: Progress) => void;
  /** Record per-unit trace entries, at most `limit` of them (in program order). */
  trace?: { limit: number };
  /**
   * Fast fidelity only: time the program and count, but compute no values (UB, accumulators and
   * host memory keep their loaded contents). The fast engine times a program before it executes
   * it, and its timing never reads a value, so cycles and counters equal a full run's.
   */
  timingOnly?: boolean;
  /**
   * Fast fidelity only: let a helper thread take half of each large MATMUL (sim/matrix-helper.ts).
   * Results are identical either way. Default: on the main thread of a machine with two cores or
   * more, unless TPUSIM_MATRIX_THREADS=1.
   */
  matrixHelper?: boolean;
}

/** One trace entry: an instruction on its unit, busy over [start, end) and done at `ready`. */
export interface TraceEntry {
  unit: Unit;
  pc: number;
  op: Mnemonic;
  start: number;
  /** first cycle the unit could take its next instruction (issue end) */
  end: number;
  /** first cycle its results are usable */
  ready: number;
}

/** Counters of one tag. */
export interface TagCounters {
  tag: number;
  counters: CounterValues;
  /** instructions per opcode carrying this tag */
  opcodes: Partial<Record<Mnemonic, number>>;
}

/** Per-instruction and per-tile timing (cycles; see sim/TIMING.md). Tiles never shifted have shift times 0. */
export interface Timing {
  dispatch: Float64Array;
  start: Float64Array;
  issueEnd: Float64Array;
  ready: Float64Array;
  tileXstart: Float64Array;
  tileArrive: Float64Array;
  tileShiftStart: Float64Array;
  tileShiftEnd: Float64Array;
}

/** The result of a run. Memories are read through the simulator (`readHost`, `readUb`, ...). */
export interface RunResult {
  fidelity: Fidelity;
  config: string;
  totalCycles: number;
  /** totalCycles at the config's clock */
  seconds: number;
  counters: CounterValues;
  perTag: TagCounters[];
  timing: Timing;
  /** INTERRUPT instructions: their code and the cycle they signalled the host */
  interrupts: { pc: number; code: number; cycle: number }[];
  trace?: { entries: TraceEntry[]; truncated: boolean };
}

/** Bytes before the first instruction word in a program binary (isa/ISA.md, "Program files"). */
const PROGRAM_HEADER_BYTES = 16;

const I64_MAX = 2n ** 63n - 1n;

/** Default cycle limit. */
export const DEFAULT_MAX_CYCLES = 1_000_000_000_000n;
/** Largest host or weight memory the simulator allocates (wasm memory is 32-bit). */
export const MAX_MEMORY_BYTES = 2 ** 31;

// Work done per chunk between progress reports (MACs or bytes for fast, cycles for exact)
const FAST_CHUNK = 2n ** 28n;
const EXACT_CHUNK = 2n ** 16n;

/** The exports of build/tpu.wasm this file uses. */
interface CoreExports {
  memory: { buffer: ArrayBuffer };
  matrixHelperStart(): number;
  matrixHelperStop(): void;
  matrixHelperFailed(): number;
  matrixHelperJobs(): number;
  configure(
    rows: number,
    cols: number,
    ubRows: number,
    accRows: number,
    fifo: number,
    wNum: bigint,
    wDen: bigint,
    wLat: bigint,
    hNum: bigint,
    hDen: bigint,
    hLat: bigint,
    actLat: bigint,
    doubleBuffer: number,
    ubToFifo: number,
  ): void;
  configureVector(present: number, lanes: number, latency: bigint, classMask: number): void;
  setDataflow(dataflow: number): void;
  allocHost(bytes: bigint): number;
  allocWeights(bytes: bigint): number;
  allocProgram(n: number): number;
  loadProgram(): number;
  resetMemories(): void;
  fastTiming(maxCycles: bigint): number;
  fastCounters(): void;
  fastExecBegin(): void;
  fastExecStep(budget: bigint): number;
  fastExecPc(): number;
  exactBegin(): void;
  exactStep(budget: bigint, maxCycles: bigint): number;
  gemmI8(a: number, b: number, c: number, M: number, K: number, N: number, kBlock: number): void;
  __new(size: number, id: number): number;
  __pin(ptr: number): number;
  __unpin(ptr: number): void;
  [global: string]: unknown;
}

// The parts of the WebAssembly JS API used here (the project's TS lib has no DOM typings)
interface WasmGlobal {
  value: number | bigint;
}
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  RuntimeError: new (message?: string) => Error;
}
const Wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

let compiled: object | undefined;

/** The compiled core module (compiled once per process). */
function coreModule(): object {
  if (!compiled) {
    const path = join(packageRoot(), 'build', 'tpu.wasm');
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path);
    } catch {
      throw new Error(`the wasm core ${path} is missing: run \`npm run build:wasm\``);
    }
    compiled = new Wasm.Module(bytes);
  }
  return compiled;
}

/** Thrown by the core's abort() (an assertion or a failed allocation inside the wasm). */
class CoreAbort extends Error {}

/** Formats a CORE_ERRORS template with its arguments. */
function formatCoreMessage(code: number, args: readonly bigint[]): { name: string; message: string } {
  const spec = CORE_ERRORS.find((e) => e.code === code);
  if (!spec) return { name: `ERROR_${code}`, message: `core error ${code}` };
  return { name: spec.name, message: spec.message.replace(/\{(\d)\}/g, (_, d: string) => String(args[Number(d)] ?? '?')) };
}

/** A simulated ASIC with one hardware configuration. */
export class Simulator {
  readonly config: HardwareConfig;
  private readonly core: CoreExports;
  private program: Instruction[] = [];
  private source: readonly SourceLine[] | undefined;
  private hostImage: Uint8Array = new Uint8Array(0);
  /** The storage `hostImage` is the start of, kept from load to load (see hostImageOf). */
  private hostStore: Uint8Array = new Uint8Array(0);
  /** The weight image in the core's weight memory, when it came from `load({ weights })` alone. */
  private residentWeights: Uint8Array | undefined;
  private residentWeightSize = -1;
  /** Writes the weight memory allocated by the last load that changed it, until a run needs its values. */
  private pendingWeights: (() => void) | undefined;
  private loaded = false;
  /** UB, accumulators and host memory are as `load` left them (no run since): a run need not reset them. */
  private fresh = false;
  /** The last run lent half its large MATMULs to the matrix helper thread. */
  private helperUsed = false;

  private constructor(config: HardwareConfig, core: CoreExports) {
    this.config = config;
    this.core = core;
  }

  /** Creates a simulator (its own wasm instance, loaded with @assemblyscript/loader) for `config`. */
  static create(config: HardwareConfig): Simulator {
    const { exports } = instantiateSync<Record<string, unknown>>(coreModule() as never, {
      env: {
        abort(_msg: number, _file: number, line: number, col: number) {
          throw new CoreAbort(`the wasm core aborted (at ${line}:${col}), most likely out of memory`);
        },
      },
    });
    const sim = new Simulator(config, exports as unknown as CoreExports);
    sim.configure();
    return sim;
  }

  private configure(): void {
    const c = this.config;
    const t = timingParams(c);
    const width = ubRowBytes(c);
    this.guard('configuring the core', () =>
      this.core.configure(
        c.matrix.rows,
        c.matrix.cols,
        c.unifiedBuffer.bytes / width,
        c.accumulators.entries,
        c.weightFifo.depthTiles,
        t.weightNum,
        t.weightDen,
        t.weightLatency,
        t.hostNum,
        t.hostDen,
        t.hostLatency,
        t.activationLatency,
        c.matrix.weightDoubleBuffer ? 1 : 0,
        c.weightFifo.fromUnifiedBuffer ? 1 : 0,
      ),
    );
    const v = c.vectorUnit;
    this.guard('configuring the vector unit', () =>
      this.core.configureVector(v ? 1 : 0, v?.lanes ?? 1, BigInt(v?.latencyCycles ?? 0), v ? vectorClassMask(v.ops) : 0),
    );
    // the core numbers the dataflows as DATAFLOWS does: 0 ws, 1 os, 2 is
    this.core.setDataflow(DATAFLOWS.indexOf(dataflowOf(c)));
  }

  /** Runs a core call, turning a wasm trap or abort into a SimError. */
  private guard<T>(what: string, f: () => T, pc = -1): T {
    try {
      return f();
    } catch (e) {
      if (e instanceof SimError) throw e;
      if (e instanceof CoreAbort || e instanceof Wasm.RuntimeError || e instanceof RangeError) {
        const where = pc >= 0 ? ` at ${this.describe(pc)}` : '';
        throw new SimError(`internal error while ${what}${where}: ${(e as Error).message}`, 'INTERNAL', 'run', pc);
      }
      throw e;
    }
  }

  private global(name: string): number {
    const g = this.core[name] as WasmGlobal;
    return Number(g.value);
  }

  private globalBig(name: string): bigint {
    const g = this.core[name] as WasmGlobal;
    return BigInt(g.value as bigint | number);
  }

  private bytes(): Uint8Array {
    return new Uint8Array(this.core.memory.buffer);
  }

  /** `instruction 12 (line 31: MATMUL ub=0, ...)`, or with the disassembly when there is no source. */
  describe(pc: number): string {
    if (pc < 0 || pc >= this.program.length) return `instruction ${pc}`;
    const src = this.source?.[pc];
    if (src) return `instruction ${pc} (line ${src.line}: ${src.text.trim()})`;
    return `instruction ${pc} (${formatInstruction(this.program[pc]!)})`;
  }

  private coreError(phase: 'load' | 'run'): SimError {
    const code = this.global('errCode');
    const pc = this.global('errPc');
    const args = [this.globalBig('errArg0'), this.globalBig('errArg1'), this.globalBig('errArg2')];
    const { name, message } = formatCoreMessage(code, args);
    const where = pc >= 0 ? `${this.describe(pc)}: ` : '';
    return new SimError(`${where}${message}`, name, phase, pc, args);
  }

  /** Loads a program and the host and weight images; UB and accumulators start zeroed. */
  load(options: LoadOptions): void {
    this.loaded = false;
    this.fresh = false;
    const program = options.program instanceof Uint8Array ? decodeProgram(options.program) : options.program;
    const source = options.source ?? (options.program as { source?: SourceLine[] }).source;
    this.program = program.instructions;
    this.source = source;

    let hostSize = Math.max(options.hostBytes ?? 0, options.host?.length ?? 0);
    let weightSize = options.weights?.length ?? 0;
    for (const seg of program.segments) {
      const end = seg.offset + seg.bytes.length;
      if (seg.kind === 'host') hostSize = Math.max(hostSize, end);
      else weightSize = Math.max(weightSize, end);
    }
    if (hostSize > MAX_MEMORY_BYTES) {
      throw new SimError(
        `host memory of ${hostSize} bytes is larger than the ${MAX_MEMORY_BYTES} bytes the simulator can hold`,
        'HOST_TOO_LARGE',
        'load',
        -1,
      );
    }
    const capacity = Math.min(MAX_MEMORY_BYTES, this.config.weightMemory.capacityGiB * 2 ** 30);
    if (weightSize > capacity) {
      throw new SimError(
        `the weight image of ${weightSize} bytes is larger than the weight memory (${capacity} bytes)`,
        'WEIGHTS_TOO_LARGE',
        'load',
        -1,
      );
    }

    const host = this.hostImageOf(hostSize);
    if (options.host) host.set(options.host);
    for (const seg of program.segments) if (seg.kind === 'host') host.set(seg.bytes, seg.offset);
    options.writeHost?.(host);
    this.hostImage = host;

    // a binary already holds the instruction words (validated by decodeProgram) after its 16-byte header
    const count = program.instructions.length;
    const words =
      options.program instanceof Uint8Array
        ? options.program.subarray(PROGRAM_HEADER_BYTES, PROGRAM_HEADER_BYTES + count * INSTRUCTION_BYTES)
        : new Uint8Array(count * INSTRUCTION_BYTES);
    if (!(options.program instanceof Uint8Array)) {
      program.instructions.forEach((ins, i) => {
        try {
          encodeInstruction(ins, words, i * INSTRUCTION_BYTES);
        } catch (e) {
          if (e instanceof EncodeError) throw new SimError(`instruction ${i}: ${e.message}`, 'BAD_INSTRUCTION', 'load', i);
          throw e;
        }
      });
    }

    this.guard('loading the program', () => {
      this.core.resetMemories();
      const hostPtr = this.core.allocHost(BigInt(hostSize));
      this.bytes().set(host, hostPtr);
      // weight memory is read-only: the same image loaded again (a model's programs share one) stays
      const weightSegments = program.segments.some((seg) => seg.kind === 'weights');
      if (
        weightSegments ||
        options.weights === undefined ||
        options.weights !== this.residentWeights ||
        weightSize !== this.residentWeightSize
      ) {
        const weightPtr = this.core.allocWeights(BigInt(weightSize));
        // written when a run first executes data effects: a timing-only run never reads weight
        // memory, whose pages (tens of MB for a model) are then never touched
        const image = options.weights;
        this.pendingWeights = () => this.writeWeights(weightPtr, weightSize, image, program.segments);
        this.residentWeights = weightSegments ? undefined : options.weights;
        this.residentWeightSize = weightSize;
      }
      const wordsPtr = this.core.allocProgram(program.instructions.length);
      this.bytes().set(words, wordsPtr);
      return this.core.loadProgram();
    });
    if (this.global('errCode') !== 0) throw this.vectorLoadError() ?? this.coreError('load');
    this.loaded = true;
    this.fresh = true;
  }

  /** Fills the core's (uncleared) weight memory: the image, zeros after it, the program's weight segments on top. */
  private writeWeights(ptr: number, size: number, image: Uint8Array | undefined, segments: Program['segments']): void {
    const mem = this.bytes();
    const length = image?.length ?? 0;
    if (image) mem.set(image, ptr);
    mem.fill(0, ptr + length, ptr + size);
    for (const seg of segments) if (seg.kind === 'weights') mem.set(seg.bytes, ptr + seg.offset);
  }

  /** Writes the weight memory of the last load, if no run has yet (see load). */
  private writePendingWeights(): void {
    const write = this.pendingWeights;
    this.pendingWeights = undefined;
    this.guard('writing the weight memory', () => write?.());
  }

  /**
   * A zeroed host image of `size` bytes: the start of the storage the previous loads used when it
   * is large enough. A session loads images of tens of MB per micro-batch; fresh arrays would each
   * be first-touched page by page (a page fault per 4 KiB), and zeroing warm memory costs less.
   */
  private hostImageOf(size: number): Uint8Array {
    if (this.hostStore.length < size) {
      this.hostStore = new Uint8Array(size);
      return this.hostStore;
    }
    const host = this.hostStore.subarray(0, size);
    host.fill(0);
    return host;
  }

  /** A load error about VECTOR's unit or class, in words that name the op, the class and the config. */
  private vectorLoadError(): SimError | undefined {
    const code = this.global('errCode');
    const name = CORE_ERRORS.find((e) => e.code === code)?.name;
    if (name !== 'VECTOR_NO_UNIT' && name !== 'VECTOR_CLASS' && name !== 'VECTOR_UNMODELLED') return undefined;
    const pc = this.global('errPc');
    const ins = this.program[pc];
    const op = ins?.op === 'VECTOR' ? (VECTOR_OPS[decodeOp(ins)] ?? '?') : '?';
    const config = this.config.name;
    // the class the core named (a masked softmax needs 'mask' besides its op's class)
    const cls = VECTOR_CLASSES[Number(this.globalBig('errArg1'))] ?? VECTOR_OP_CLASS[op as VectorOp];
    const message =
      name === 'VECTOR_NO_UNIT'
        ? `VECTOR needs a vector unit, which config ${config} does not have (vectorUnit)`
        : name === 'VECTOR_CLASS'
          ? `VECTOR op ${op} needs the vector-unit class '${cls}', which config ${config} does not have`
          : `VECTOR op ${op} is not modelled by the simulator yet (docs/vector-unit.md §10)`;
    return new SimError(`${this.describe(pc)}: ${message}`, name, 'load', pc);
  }

  /** Runs the loaded program to HALT from a fresh chip (zeroed UB and accumulators, the loaded host image). */
  run(options: RunOptions = {}): RunResult {
    if (!this.loaded) throw new SimError('no program is loaded (call load() first)', 'NOT_LOADED', 'run', -1);
    const fidelity = options.fidelity ?? 'fast';
    const limit = options.maxCycles ?? DEFAULT_MAX_CYCLES;
    if (typeof limit === 'number' ? !Number.isSafeInteger(limit) || limit < 0 : limit < 0n) {
      throw new SimError(`maxCycles must be a non-negative integer (got ${String(limit)})`, 'BAD_OPTION', 'run', -1);
    }
    // the core takes a signed 64-bit limit
    const maxCycles = BigInt(limit) > I64_MAX ? I64_MAX : BigInt(limit);
    const core = this.core;
    // a fresh chip: load() left it so, an earlier run did not (timing, counters and errors are
    // reset by the engine as it starts)
    if (!this.fresh) {
      this.guard('resetting', () => {
        core.resetMemories();
        this.bytes().set(this.hostImage, this.global('hostMem'));
      });
    }
    this.fresh = false;
    this.helperUsed = false;

    if (fidelity === 'fast') {
      options.onProgress?.({ phase: 'timing', fraction: 0 });
      const err = this.guard('timing the program', () => core.fastTiming(maxCycles));
      if (err !== 0) throw this.coreError('run');
      this.guard('counting', () => core.fastCounters());
      if (options.timingOnly) return this.collect(fidelity, options.trace);
      this.writePendingWeights();
      this.executeFast(options);
    } else if (fidelity === 'exact') {
      if (options.timingOnly)
        throw new SimError('timingOnly needs the fast fidelity (the exact engine computes values to time them)', 'BAD_OPTION', 'run', -1);
      this.writePendingWeights();
      this.guard('starting the exact engine', () => core.exactBegin());
      for (;;) {
        const r = this.guard('stepping the exact engine', () => core.exactStep(EXACT_CHUNK, maxCycles));
        if (r === 0) break;
        if (r === 2) throw this.coreError('run');
        // the exact engine's current cycle against the cycle limit
        options.onProgress?.({ phase: 'execute', fraction: Math.min(1, this.global('exactCycle') / Number(maxCycles)) });
      }
    } else {
      throw new SimError(`unknown fidelity '${String(fidelity)}' (fast or exact)`, 'BAD_FIDELITY', 'run', -1);
    }
    return this.collect(fidelity, options.trace);
  }

  /** The fast engine's data effects in program order, with the matrix helper thread when wanted. */
  private executeFast(options: RunOptions): void {
    const core = this.core;
    const n = this.program.length;
    const helper = options.matrixHelper ?? matrixHelperWanted();
    this.helperUsed = helper;
    if (helper) attachMatrixHelper(core.memory, core.matrixHelperStart());
    try {
      core.fastExecBegin();
      for (;;) {
        const more = this.guard('executing', () => this.fastExecStep(helper), core.fastExecPc());
        if (more === 0) break;
        if (more === 2) throw this.coreError('run');
        options.onProgress?.({ phase: 'execute', fraction: n ? core.fastExecPc() / n : 1 });
      }
    } finally {
      if (helper) core.matrixHelperStop();
    }
    options.onProgress?.({ phase: 'execute', fraction: 1 });
  }

  /** One chunk of the fast engine's execution; a trap of the helper thread says so. */
  private fastExecStep(helper: boolean): number {
    try {
      return this.core.fastExecStep(FAST_CHUNK);
    } catch (e) {
      if (helper && this.core.matrixHelperFailed())
        throw new CoreAbort('the matrix helper thread failed (TPUSIM_MATRIX_THREADS=1 runs without it)');
      throw e;
    }
  }

  private i64Array(ptrName: string, count: number): Float64Array {
    const ptr = this.global(ptrName);
    const view = new BigInt64Array(this.core.memory.buffer, ptr, count);
    const out = new Float64Array(count);
    for (let i = 0; i < count; i++) out[i] = Number(view[i]!);
    return out;
  }

  private collect(fidelity: Fidelity, trace?: { limit: number }): RunResult {
    const n = this.program.length;
    const tiles = this.global('numTiles');
    const numTags = this.global('numTags');
    const tagIds = new Uint32Array(this.core.memory.buffer, this.global('tagIds'), numTags).slice();
    const raw = new BigInt64Array(this.core.memory.buffer, this.global('counters'), (numTags + 1) * COUNTERS.length).slice();
    const row = (r: number): CounterValues => {
      const out: CounterValues = {};
      COUNTERS.forEach((c, k) => (out[c.name] = Number(raw[r * COUNTERS.length + k]!)));
      return out;
    };
    const timing: Timing = {
      dispatch: this.i64Array('tDispatch', n),
      start: this.i64Array('tStart', n),
      issueEnd: this.i64Array('tIssueEnd', n),
      ready: this.i64Array('tReady', n),
      tileXstart: this.i64Array('tXstart', tiles),
      tileArrive: this.i64Array('tArrive', tiles),
      tileShiftStart: this.i64Array('tShiftStart', tiles),
      tileShiftEnd: this.i64Array('tShiftEnd', tiles),
    };

    // per-tag opcode counts, from the program (tags in order of first appearance, as in the core)
    const opcodes = new Map<number, Partial<Record<Mnemonic, number>>>();
    let tag = 0;
    for (const ins of this.program) {
      if (ins.op === 'TAG') tag = Number(ins.id);
      const m = opcodes.get(tag) ?? {};
      m[ins.op] = (m[ins.op] ?? 0) + 1;
      opcodes.set(tag, m);
    }
    const perTag: TagCounters[] = [];
    for (let t = 0; t < numTags; t++) {
      const id = tagIds[t]!;
      // tag 0 exists in the core even when the program starts with a TAG; leave it out then
      if (!opcodes.has(id)) continue;
      perTag.push({ tag: id, counters: row(1 + t), opcodes: opcodes.get(id)! });
    }

    const interrupts = [];
    for (let i = 0; i < n; i++) {
      const ins = this.program[i]!;
      if (ins.op === 'INTERRUPT') interrupts.push({ pc: i, code: Number(ins.code), cycle: timing.ready[i]! });
    }

    const totalCycles = Number(this.globalBig('totalCycles'));
    const result: RunResult = {
      fidelity,
      config: this.config.name,
      totalCycles,
      seconds: totalCycles / (this.config.clockMHz * 1e6),
      counters: row(0),
      perTag,
      timing,
      interrupts,
    };
    if (trace) {
      const units = new Map(OPCODES.map((o) => [o.mnemonic, o.unit]));
      const entries: TraceEntry[] = [];
      let total = 0;
      for (let i = 0; i < n; i++) {
        const op = this.program[i]!.op;
        const unit = units.get(op)!;
        if (unit === 'control') continue;
        total++;
        if (entries.length < trace.limit) {
          entries.push({ unit, pc: i, op, start: timing.start[i]!, end: timing.issueEnd[i]!, ready: timing.ready[i]! });
        }
      }
      result.trace = { entries, truncated: total > entries.length };
    }
    return result;
  }

  private checkRange(what: string, offset: number, length: number, size: number): void {
    if (!Number.isInteger(offset) || !Number.isInteger(length) || offset < 0 || length < 0 || offset + length > size) {
      throw new RangeError(`${what}: ${offset}..${offset + length} is outside 0..${size}`);
    }
  }

  /** MATMUL jobs the matrix helper thread ran during the last fast run (0 without the helper). */
  matrixHelperJobs(): number {
    return this.helperUsed ? this.core.matrixHelperJobs() : 0;
  }

  /** A copy of host memory (all of it, or `length` bytes from `offset`). */
  readHost(offset = 0, length?: number): Uint8Array {
    const size = Number(this.globalBig('hostBytes'));
    const len = length ?? size - offset;
    this.checkRange('host memory', offset, len, size);
    const ptr = this.global('hostMem');
    return this.bytes().slice(ptr + offset, ptr + offset + len);
  }

  /**
   * `read` applied to `length` bytes of host memory from `offset`, viewed in place rather than
   * copied (a session reads megabytes of outputs per micro-batch, once each). The view is valid
   * only during the call.
   */
  readHostWith<T>(offset: number, length: number, read: (bytes: Uint8Array) => T): T {
    const size = Number(this.globalBig('hostBytes'));
    this.checkRange('host memory', offset, length, size);
    return read(new Uint8Array(this.core.memory.buffer, this.global('hostMem') + offset, length));
  }

  /** A copy of `rows` Unified Buffer rows from `row` (each W bytes). */
  readUb(row = 0, rows?: number): Uint8Array {
    const total = this.global('UB_ROWS');
    const count = rows ?? total - row;
    this.checkRange('Unified Buffer rows', row, count, total);
    const w = this.global('W');
    const ptr = this.global('ub');
    return this.bytes().slice(ptr + row * w, ptr + (row + count) * w);
  }

  /** A copy of `rows` accumulator rows from `row` (each C int32). */
  readAccumulators(row = 0, rows?: number): Int32Array {
    const total = this.global('ACC_ROWS');
    const count = rows ?? total - row;
    this.checkRange('accumulator rows', row, count, total);
    const c = this.global('C');
    const ptr = this.global('acc');
    return new Int32Array(this.core.memory.buffer, ptr + row * c * 4, count * c).slice();
  }

  /** Runs `f` with pinned wasm buffers for A (M x K int8), B (K x N int8) and C (M x N int32), freed after. */
  private withGemmBuffers<T>(M: number, K: number, N: number, f: (pa: number, pb: number, pc: number) => T): T {
    const core = this.core;
    const pa = core.__pin(core.__new(M * K + 16, 1));
    const pb = core.__pin(core.__new(K * N + 16, 1));
    const pc = core.__pin(core.__new(M * N * 4 + 16, 1));
    try {
      return f(pa, pb, pc);
    } finally {
      core.__unpin(pa);
      core.__unpin(pb);
      core.__unpin(pc);
    }
  }

  /** Runs the raw SIMD int8 GEMM kernel on plain matrices (benchmark entry): C = A (MxK) . B (KxN). */
  rawGemm(a: Int8Array, b: Int8Array, M: number, K: number, N: number, kBlock = 256): Int32Array {
    return this.guard('running the raw kernel', () =>
      this.withGemmBuffers(M, K, N, (pa, pb, pc) => {
        this.bytes().set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), pa);
        this.bytes().set(new Uint8Array(b.buffer, b.byteOffset, b.byteLength), pb);
        this.core.gemmI8(pa, pb, pc, M, K, N, kBlock);
        return new Int32Array(this.core.memory.buffer, pc, M * N).slice();
      }),
    );
  }

  /** Times the raw kernel on matrices already in wasm memory; returns seconds (benchmark). */
  timeRawGemm(M: number, K: number, N: number, kBlock = 256, fill?: (a: Uint8Array, b: Uint8Array) => void): number {
    return this.withGemmBuffers(M, K, N, (pa, pb, pc) => {
      const mem = this.bytes();
      fill?.(mem.subarray(pa, pa + M * K), mem.subarray(pb, pb + K * N));
      const t0 = performance.now();
      this.core.gemmI8(pa, pb, pc, M, K, N, kBlock);
      return (performance.now() - t0) / 1000;
    });
  }
}

/** The core's class mask of a vector unit's operation classes (bit k = VECTOR_CLASSES[k]). */
function vectorClassMask(ops: readonly string[]): number {
  return ops.reduce((m, c) => m | (1 << VECTOR_CLASSES.indexOf(c as VectorClass)), 0);
}

/** The op index of a VECTOR instruction (normalised through the encoding: names or numbers). */
function decodeOp(ins: Instruction): number {
  return Number(decodeInstruction(encodeInstruction(ins)).operation);
}
