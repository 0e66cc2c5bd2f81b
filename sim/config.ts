// The hardware configuration: one validated type, JSON presets in sim/presets/, overrides for
// sweeps, and the integer timing parameters the core uses (exact rationals, no float rounding).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
// a namespace import, not { z }: esbuild then bundles only the parts of zod used (with { z }, all
// of it: its 64 locales were half of the CLI's zod chunk, which took 57 ms to compile)
import * as z from 'zod';
import { VECTOR_CLASSES } from '../isa/index.js';
import { ConfigError } from './errors.js';
import { packageRoot } from './paths.js';
import { loadScaleSimCfg } from './scalesim-cfg.js';

/** Largest matrix-unit side; the ISA's 16-bit usedRows/usedCols and UB row width allow more, wasm memory does not. */
export const MAX_ARRAY_SIDE = 1024;
/** The ISA's accumulator address field is 24 bits (the core's memory bounds entries x cols x 4 bytes further). */
export const MAX_ACCUMULATORS = 2 ** 24;
/** The ISA's UB row field is 24 bits. */
export const MAX_UB_ROWS = 2 ** 24;
/** Largest UB the core will allocate (wasm memory is 32-bit and shared with everything else). */
export const MAX_UB_BYTES = 1024 * 1024 * 1024;
/** Bytes per accumulator row besides its C int32: the hazard scoreboard's last writer and last reader per unit. */
export const ACC_ROW_OVERHEAD_BYTES = 20;
/** Largest block the core's allocator hands out (just under 1 GiB): the accumulators and their scoreboard are one block. */
export const MAX_ACC_BYTES = 2 ** 30 - 2 ** 16;

/** Functions a vector unit's lookup tables may hold (vectorUnit.functions; docs/vector-unit.md §2). */
export const VECTOR_FUNCTIONS = [
  'sigmoid',
  'tanh',
  'exp',
  'erf',
  'gelu',
  'hardsigmoid',
  'hardswish',
  'silu',
  'relu',
  'clip',
  'leakyrelu',
] as const;

/** Systolic dataflows: weight stationary (the TPU's), output stationary, input stationary (SCALE-Sim's three). */
export const DATAFLOWS = ['ws', 'os', 'is'] as const;
/** A systolic dataflow. */
export type Dataflow = (typeof DATAFLOWS)[number];

const int = (min: number, max: number) =>
  z
    .number({ error: `must be an integer between ${min} and ${max}` })
    .refine((v) => Number.isInteger(v) && v >= min && v <= max, { message: `must be an integer between ${min} and ${max}` });
const positive = () =>
  z.number({ error: 'must be a positive number' }).refine((v) => Number.isFinite(v) && v > 0, { message: 'must be a positive number' });
const nonNegative = () =>
  z.number({ error: 'must be a number >= 0' }).refine((v) => Number.isFinite(v) && v >= 0, { message: 'must be a number >= 0' });
const bool = () => z.boolean({ error: 'must be true or false' });

const memorySchema = {
  bandwidthGBps: positive(),
  latencyNs: nonNegative(),
  ideal: bool(),
};

/** zod schema of a hardware config; unknown keys are rejected. */
export const HardwareConfigSchema = z
  .strictObject(
    {
      name: z.string({ error: 'must be a non-empty string' }).min(1, { message: 'must be a non-empty string' }),
      description: z.string({ error: 'must be a string' }),
      clockMHz: positive(),
      matrix: z.strictObject(
        {
          rows: int(1, MAX_ARRAY_SIDE),
          cols: int(1, MAX_ARRAY_SIDE),
          weightDoubleBuffer: bool(),
          dataflow: z.enum(DATAFLOWS, { error: `must be one of ${DATAFLOWS.join(', ')}` }).default('ws'),
        },
        { error: 'must be an object' },
      ),
      unifiedBuffer: z.strictObject(
        {
          bytes: int(1, MAX_UB_BYTES),
        },
        { error: 'must be an object' },
      ),
      accumulators: z.strictObject(
        {
          entries: int(1, MAX_ACCUMULATORS),
        },
        { error: 'must be an object' },
      ),
      weightFifo: z.strictObject(
        {
          depthTiles: int(1, 1024),
          /** READ_WEIGHTS may read tiles from the Unified Buffer (flag ub); TPU v1's weights come only from DRAM */
          fromUnifiedBuffer: bool().default(false),
        },
        { error: 'must be an object' },
      ),
      weightMemory: z.strictObject(
        {
          ...memorySchema,
          capacityGiB: positive(),
        },
        { error: 'must be an object' },
      ),
      hostInterface: z.strictObject(memorySchema, { error: 'must be an object' }),
      activation: z.strictObject(
        {
          latencyCycles: int(0, 1_000_000),
        },
        { error: 'must be an object' },
      ),
      /** Choices of the compiler that shape the program (not the hardware); see sim/TIMING.md "Layer boundaries". */
      compiler: z
        .strictObject(
          {
            /**
             * false (the paper's behaviour): the first multiply of a layer that reads an earlier layer's
             * output carries `fence`, so it waits for every earlier ACTIVATE (RAW stalls). true: a what-if
             * where dependent layers overlap band by band, ordered by row hazards only.
             */
            layerOverlap: bool().default(false),
          },
          { error: 'must be an object' },
        )
        .default({ layerOverlap: false }),
      /** The vector unit beside the activation unit (docs/vector-unit.md §2); absent: the chip has none. */
      vectorUnit: z
        .strictObject(
          {
            /** elements processed per cycle: a row of w lanes takes ceil(w / lanes) cycles */
            lanes: int(1, MAX_ARRAY_SIDE),
            latencyCycles: int(0, 1_000_000),
            /** operation classes the unit has */
            ops: z.array(z.enum(VECTOR_CLASSES, { error: `must be one of ${VECTOR_CLASSES.join(', ')}` }), {
              error: 'must be a list of operation classes',
            }),
            /** functions the compiler may put in a lookup table (absent: any) */
            functions: z
              .array(z.enum(VECTOR_FUNCTIONS, { error: `must be one of ${VECTOR_FUNCTIONS.join(', ')}` }), {
                error: 'must be a list of function names',
              })
              .optional(),
          },
          { error: 'must be an object' },
        )
        .optional(),
    },
    { error: 'must be an object' },
  )
  .superRefine((c, ctx) => {
    if (c.vectorUnit && new Set(c.vectorUnit.ops).size !== c.vectorUnit.ops.length) {
      ctx.addIssue({ code: 'custom', path: ['vectorUnit', 'ops'], message: 'lists a class twice' });
    }
    const width = ubRowBytes(c);
    if (c.unifiedBuffer.bytes % width !== 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['unifiedBuffer', 'bytes'],
        message: `must be a multiple of the UB row width max(matrix.rows, matrix.cols) = ${width}`,
      });
    } else if (c.unifiedBuffer.bytes / width > MAX_UB_ROWS) {
      ctx.addIssue({
        code: 'custom',
        path: ['unifiedBuffer', 'bytes'],
        message: `gives ${c.unifiedBuffer.bytes / width} rows; the ISA addresses at most ${MAX_UB_ROWS}`,
      });
    }
    const accBytes = c.accumulators.entries * (c.matrix.cols * 4 + ACC_ROW_OVERHEAD_BYTES);
    if (accBytes > MAX_ACC_BYTES) {
      ctx.addIssue({
        code: 'custom',
        path: ['accumulators', 'entries'],
        message: `${c.accumulators.entries} rows x (${c.matrix.cols} columns x 4 + ${ACC_ROW_OVERHEAD_BYTES} scoreboard) bytes is more than the ${MAX_ACC_BYTES} bytes the core can hold (at most ${Math.floor(MAX_ACC_BYTES / (c.matrix.cols * 4 + ACC_ROW_OVERHEAD_BYTES))} rows)`,
      });
    }
  });

/**
 * A hardware configuration (see sim/README.md for every field). Fields with a default
 * (`matrix.dataflow`, `compiler`) may be left out of a literal; `parseConfig` always fills them in.
 */
export type HardwareConfig = z.input<typeof HardwareConfigSchema>;

/** Whether the compiler overlaps dependent layers (false, the paper's fence, when a literal config leaves it out). */
export function layerOverlapOf(config: HardwareConfig): boolean {
  return config.compiler?.layerOverlap ?? false;
}

/** The config's dataflow (`ws` when a literal config leaves it out). */
export function dataflowOf(config: HardwareConfig): Dataflow {
  return config.matrix.dataflow ?? 'ws';
}

/** Formats zod issues as `field.path: message` lines. */
function formatIssues(error: z.ZodError, where: string): string {
  const lines = error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      const keys = (issue as { keys: string[] }).keys;
      const prefix = path ? `${path}.` : '';
      return `${keys.map((k) => prefix + k).join(', ')}: unknown field${keys.length > 1 ? 's' : ''}`;
    }
    return `${path || '(config)'}: ${issue.message}`;
  });
  return `${where}: invalid hardware config: ${lines.join('; ')}`;
}

/** Validates a parsed config object; `where` names its source in errors. */
export function parseConfig(value: unknown, where = 'config'): HardwareConfig {
  const r = HardwareConfigSchema.safeParse(value);
  if (!r.success) throw new ConfigError(formatIssues(r.error, where));
  return r.data;
}

/** Directory of the preset JSON files. */
export function presetDir(): string {
  return join(packageRoot(), 'sim', 'presets');
}

/** Names of the shipped presets, sorted. */
export function listPresets(): string[] {
  return readdirSync(presetDir())
    .filter((f) => f.endsWith('.json'))
    .map((f) => basename(f, '.json'))
    .sort();
}

function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ConfigError(`${path}: ${code === 'ENOENT' ? 'no such file' : `cannot read (${(e as Error).message})`}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ConfigError(`${path}: not valid JSON (${(e as Error).message})`);
  }
}

/** Loads a preset by name (`tpu-v1`), a config from a JSON file path, or a SCALE-Sim v2 `.cfg` file. */
export function loadConfig(nameOrFile: string): HardwareConfig {
  if (/\.cfg$/i.test(nameOrFile)) return loadScaleSimCfg(nameOrFile).config;
  const presets = listPresets();
  if (presets.includes(nameOrFile)) {
    const path = join(presetDir(), `${nameOrFile}.json`);
    return parseConfig(readJson(path), `preset ${nameOrFile}`);
  }
  if (nameOrFile.endsWith('.json') || nameOrFile.includes('/') || existsSync(nameOrFile)) {
    return parseConfig(readJson(nameOrFile), nameOrFile);
  }
  throw new ConfigError(`unknown config '${nameOrFile}': not a preset (${presets.join(', ')}) and not a JSON file`);
}

/** Config field paths (dot-separated) with their current values, for sweeps and error hints. */
export function configPaths(config: HardwareConfig): string[] {
  const out: string[] = [];
  const walk = (v: unknown, prefix: string) => {
    if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, prefix ? `${prefix}.${k}` : k);
    else out.push(prefix);
  };
  walk(config, '');
  return out;
}

/**
 * A copy of `config` with fields replaced, e.g. `{ 'matrix.rows': 64, 'weightMemory.bandwidthGBps': 68 }`,
 * validated as a whole. Unknown paths are errors.
 */
export function withOverrides(config: HardwareConfig, overrides: Record<string, unknown>): HardwareConfig {
  const copy = structuredClone(config) as Record<string, unknown>;
  const known = new Set(configPaths(config));
  for (const [path, value] of Object.entries(overrides)) {
    if (!known.has(path)) {
      throw new ConfigError(`${path}: unknown config field (known: ${[...known].join(', ')})`);
    }
    const keys = path.split('.');
    let obj = copy;
    for (const k of keys.slice(0, -1)) obj = obj[k] as Record<string, unknown>;
    obj[keys[keys.length - 1]!] = value;
  }
  return parseConfig(copy, `config ${config.name} with overrides`);
}

// ---------------------------------------------------------------------------------------------
// Derived timing parameters

/** An exact rational number p / q (q > 0). */
interface Rational {
  p: bigint;
  q: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y) [x, y] = [y, x % y];
  return x;
}

/** The exact value of a JS number's shortest decimal representation. */
function decimal(x: number): Rational {
  const s = x.toString();
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/.exec(s);
  if (!m) throw new ConfigError(`cannot use ${s} as an exact decimal`);
  const frac = m[2] ?? '';
  let p = BigInt(m[1]! + frac);
  let q = 10n ** BigInt(frac.length);
  const e = Number(m[3] ?? 0);
  if (e > 0) p *= 10n ** BigInt(e);
  if (e < 0) q *= 10n ** BigInt(-e);
  const g = gcd(p, q);
  return { p: p / g, q: q / g };
}

/** Integer timing parameters of the core, as used by sim/TIMING.md's formulas. */
export interface TimingParams {
  /** transfer of n weight bytes = ceil(n * num / den) cycles; num 0 = ideal memory */
  weightNum: bigint;
  weightDen: bigint;
  weightLatency: bigint;
  hostNum: bigint;
  hostDen: bigint;
  hostLatency: bigint;
  activationLatency: bigint;
}

/** Cycles per byte f / BW as a reduced fraction (f = clockMHz * 1e6, BW = GBps * 1e9). */
function cyclesPerByte(clockMHz: number, gbps: number, field: string): { num: bigint; den: bigint } {
  const f = decimal(clockMHz);
  const b = decimal(gbps);
  // (fp/fq * 1e6) / (bp/bq * 1e9) = fp * bq / (fq * bp * 1000)
  let num = f.p * b.q;
  let den = f.q * b.p * 1000n;
  const g = gcd(num, den);
  num /= g;
  den /= g;
  // the core multiplies a byte count (< 2^31) by num in 64 bits
  if (num >= 2n ** 32n || den >= 2n ** 62n) {
    throw new ConfigError(
      `${field}: clockMHz / bandwidth ${clockMHz} / ${gbps} has too many significant digits to time exactly; round one of them`,
    );
  }
  return { num, den };
}

/** ceil(latencyNs * clockMHz / 1000) cycles, exactly. */
function latencyCycles(latencyNs: number, clockMHz: number): bigint {
  const l = decimal(latencyNs);
  const f = decimal(clockMHz);
  const p = l.p * f.p;
  const q = l.q * f.q * 1000n;
  return (p + q - 1n) / q;
}

/** The integer timing parameters of a config (see the notation table of sim/TIMING.md). */
export function timingParams(config: HardwareConfig): TimingParams {
  const w = config.weightMemory.ideal
    ? { num: 0n, den: 1n }
    : cyclesPerByte(config.clockMHz, config.weightMemory.bandwidthGBps, 'weightMemory.bandwidthGBps');
  const h = config.hostInterface.ideal
    ? { num: 0n, den: 1n }
    : cyclesPerByte(config.clockMHz, config.hostInterface.bandwidthGBps, 'hostInterface.bandwidthGBps');
  return {
    weightNum: w.num,
    weightDen: w.den,
    weightLatency: config.weightMemory.ideal ? 0n : latencyCycles(config.weightMemory.latencyNs, config.clockMHz),
    hostNum: h.num,
    hostDen: h.den,
    hostLatency: config.hostInterface.ideal ? 0n : latencyCycles(config.hostInterface.latencyNs, config.clockMHz),
    activationLatency: BigInt(config.activation.latencyCycles),
  };
}

/** Transfer cycles of `bytes` with a (num, den) cycles-per-byte fraction: ceil(bytes * num / den). */
export function transferCycles(bytes: number | bigint, num: bigint, den: bigint): bigint {
  if (num === 0n) return 0n;
  return (BigInt(bytes) * num + den - 1n) / den;
}

/** UB row width in bytes, W = max(rows, cols). */
export function ubRowBytes(config: HardwareConfig): number {
  return Math.max(config.matrix.rows, config.matrix.cols);
}

/** Peak figures of a config, for reports. */
export interface PeakNumbers {
  /** multiply-accumulates per second with every cell busy */
  macsPerSecond: number;
  /** TOPS counting a MAC as 2 operations */
  tops: number;
  /** bytes per second of the weight memory (Infinity when ideal) */
  weightBytesPerSecond: number;
  /** roofline ridge point in MACs per weight byte (the paper's "ops per weight byte"); 0 when ideal */
  ridgeMacsPerWeightByte: number;
}

/** Peak MAC/s, TOPS and the roofline ridge point of a config. */
export function peakNumbers(config: HardwareConfig): PeakNumbers {
  const macsPerSecond = config.matrix.rows * config.matrix.cols * config.clockMHz * 1e6;
  const weightBytesPerSecond = config.weightMemory.ideal ? Infinity : config.weightMemory.bandwidthGBps * 1e9;
  return {
    macsPerSecond,
    tops: (2 * macsPerSecond) / 1e12,
    weightBytesPerSecond,
    ridgeMacsPerWeightByte: config.weightMemory.ideal ? 0 : macsPerSecond / weightBytesPerSecond,
  };
}
