// SCALE-Sim v2 `.cfg` files as tpusim configs. The file is read with Python configparser's rules
// (what SCALE-Sim uses) and SCALE-Sim v2's keys (scale_config.read_conf_file, scale-sim-v2 22f88b1);
// how each key maps onto the hardware config, and why, is in sim/README.md ("SCALE-Sim configs").
import { readFileSync } from 'node:fs';
import { ACC_ROW_OVERHEAD_BYTES, DATAFLOWS, type Dataflow, MAX_ACC_BYTES, type HardwareConfig, loadConfig, parseConfig } from './config.js';
import { ConfigError } from './errors.js';

/** What a SCALE-Sim v2 config says, key by key (sizes in kB, offsets in words). */
export interface ScaleSimCfg {
  /** `[general] run_name`: the output sub-folder and the config's name. */
  runName: string;
  /** `ArrayHeight` (R, rows of PEs) and `ArrayWidth` (C, columns). */
  arrayHeight: number;
  arrayWidth: number;
  /** `IfmapSramSzkB`, `FilterSramSzkB`, `OfmapSramSzkB`. */
  sramKB: { ifmap: number; filter: number; ofmap: number };
  /** `IfmapOffset`, `FilterOffset`, `OfmapOffset`: base addresses in SCALE-Sim's traces. */
  offsets: { ifmap: number; filter: number; ofmap: number };
  dataflow: Dataflow;
  /** `[run_presets] InterfaceBandwidth`. */
  interfaceBandwidth: 'CALC' | 'USER';
  /** `Bandwidth` in words per cycle (read only in USER mode, as SCALE-Sim does). */
  bandwidth?: number[];
  /** `[network_presets] TopologyCsvLoc`, quotes removed. */
  topologyCsvLoc?: string;
}

/** A SCALE-Sim config read from a file, and the tpusim config it maps onto. */
export interface LoadedScaleSimCfg {
  file: string;
  cfg: ScaleSimCfg;
  config: HardwareConfig;
}

/** The tpusim preset a SCALE-Sim config is laid over: SCALE-Sim's own assumptions (see its description). */
const BASE_PRESET = 'scalesim-ws32';
/** UB capacity given to a SCALE-Sim config (the scalesim-google preset's), so no layer is split: CALC mode assumes memory never limits. */
const SCALESIM_UB_BYTES = 32 * 1024 * 1024;

// Keys SCALE-Sim v2 reads, by section (configparser lower-cases keys; sections are case-sensitive).
const V2_KEYS: Record<string, string[]> = {
  general: ['run_name'],
  architecture_presets: [
    'ArrayHeight',
    'ArrayWidth',
    'IfmapSramSzkB',
    'FilterSramSzkB',
    'OfmapSramSzkB',
    'IfmapOffset',
    'FilterOffset',
    'OfmapOffset',
    'Dataflow',
    'Bandwidth',
    'MemoryBanks',
  ],
  run_presets: ['InterfaceBandwidth'],
  network_presets: ['TopologyCsvLoc'],
};
// Keys only SCALE-Sim v3 reads (it requires them; v2 configs do not have them).
const V3_KEYS: Record<string, string[]> = {
  architecture_presets: ['ReadRequestBuffer', 'WriteRequestBuffer'],
  run_presets: ['UseRamulatorTrace'],
  layout: [
    'IfmapCustomLayout',
    'IfmapSRAMBankBandwidth',
    'IfmapSRAMBankNum',
    'IfmapSRAMBankPort',
    'FilterCustomLayout',
    'FilterSRAMBankBandwidth',
    'FilterSRAMBankNum',
    'FilterSRAMBankPort',
  ],
  sparsity: ['SparsitySupport', 'SparseRep', 'OptimizedMapping', 'BlockSize', 'RandomNumberGeneratorSeed'],
};

/** One `key: value` of an INI file, with the line it starts on. */
interface IniValue {
  key: string;
  value: string;
  line: number;
}

/**
 * Parses INI text the way Python's configparser does by default: `[section]` headers (case-sensitive),
 * `key = value` or `key: value` split at the first delimiter, keys lower-cased, values trimmed,
 * indented lines continuing the previous value, `#`/`;` comment lines, a `[DEFAULT]` section whose
 * keys every section inherits, and duplicate sections or keys as errors. (Hand-written because
 * SCALE-Sim's exact rules and line numbers for messages matter; the `ini` package has no `:` keys.)
 */
export function parseIni(text: string, file: string): Map<string, Map<string, IniValue>> {
  const sections = new Map<string, Map<string, IniValue>>();
  let current: Map<string, IniValue> | undefined;
  let last: IniValue | undefined;
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';')) {
      if (trimmed === '') last = undefined;
      return;
    }
    if (/^\s/.test(raw) && last) {
      last.value = `${last.value}\n${trimmed}`;
      return;
    }
    const header = /^\[([^\]]+)\]/.exec(raw);
    if (header) {
      const name = header[1]!;
      if (sections.has(name)) throw new ConfigError(`${file}:${line}: section [${name}] appears twice`);
      current = new Map();
      sections.set(name, current);
      last = undefined;
      return;
    }
    const at = raw.search(/[=:]/);
    if (!current) throw new ConfigError(`${file}:${line}: "${trimmed}" comes before any [section] header`);
    if (at <= 0 || raw.slice(0, at).trim() === '')
      throw new ConfigError(`${file}:${line}: expected "key = value" or "key: value", found "${trimmed}"`);
    const key = raw.slice(0, at).trim().toLowerCase();
    if (current.has(key)) throw new ConfigError(`${file}:${line}: key ${raw.slice(0, at).trim()} appears twice in its section`);
    last = { key, value: raw.slice(at + 1).trim(), line };
    current.set(key, last);
  });
  return sections;
}

/** Reads a SCALE-Sim v2 config's keys, naming the section and key of anything wrong. */
export function parseScaleSimCfg(text: string, file = '<cfg>'): ScaleSimCfg {
  const sections = parseIni(text, file);
  rejectForeignKeys(sections, file);
  const defaults = sections.get('DEFAULT');
  const lookup = (section: string, key: string): IniValue | undefined =>
    sections.get(section)?.get(key.toLowerCase()) ?? (sections.has(section) ? defaults?.get(key.toLowerCase()) : undefined);
  const where = (section: string, key: string, v?: IniValue) => `${file}${v ? `:${v.line}` : ''}: [${section}] ${key}`;
  const text_ = (section: string, key: string): string => {
    const v = lookup(section, key);
    if (!sections.has(section)) throw new ConfigError(`${file}: section [${section}] is missing (SCALE-Sim v2 needs its ${key})`);
    if (!v) throw new ConfigError(`${where(section, key)}: missing (SCALE-Sim v2 needs it)`);
    if (v.value.includes('%')) throw new ConfigError(`${where(section, key, v)}: "%" (configparser interpolation) is not supported`);
    return v.value;
  };
  const integer = (section: string, key: string, min: number): number => {
    const value = text_(section, key);
    const n = Number(value.replace(/_/g, ''));
    if (!/^[+-]?\d+(_\d+)*$/.test(value) || !Number.isSafeInteger(n))
      throw new ConfigError(`${where(section, key, lookup(section, key))}: "${value}" is not an integer`);
    if (n < min) throw new ConfigError(`${where(section, key, lookup(section, key))}: ${n} must be at least ${min}`);
    return n;
  };

  const runName = text_('general', 'run_name');
  if (runName === '' || /[\\/]/.test(runName) || runName === '.' || runName === '..') {
    throw new ConfigError(`${where('general', 'run_name', lookup('general', 'run_name'))}: "${runName}" cannot name an output folder`);
  }
  const mode = text_('run_presets', 'InterfaceBandwidth');
  if (mode !== 'CALC' && mode !== 'USER') {
    throw new ConfigError(
      `${where('run_presets', 'InterfaceBandwidth', lookup('run_presets', 'InterfaceBandwidth'))}: "${mode}" must be CALC or USER`,
    );
  }
  const A = 'architecture_presets';
  const dataflow = text_(A, 'Dataflow');
  if (!(DATAFLOWS as readonly string[]).includes(dataflow)) {
    // SCALE-Sim v2 only warns and then runs anything but ws/is as output stationary
    throw new ConfigError(
      `${where(A, 'Dataflow', lookup(A, 'Dataflow'))}: "${dataflow}" must be ws, os or is (lower case, as SCALE-Sim compares it)`,
    );
  }
  const cfg: ScaleSimCfg = {
    runName,
    arrayHeight: integer(A, 'ArrayHeight', 1),
    arrayWidth: integer(A, 'ArrayWidth', 1),
    sramKB: { ifmap: integer(A, 'IfmapSramSzkB', 1), filter: integer(A, 'FilterSramSzkB', 1), ofmap: integer(A, 'OfmapSramSzkB', 1) },
    offsets: { ifmap: integer(A, 'IfmapOffset', 0), filter: integer(A, 'FilterOffset', 0), ofmap: integer(A, 'OfmapOffset', 0) },
    dataflow: dataflow as Dataflow,
    interfaceBandwidth: mode,
  };
  if (mode === 'USER') {
    const v = lookup(A, 'Bandwidth');
    const items = text_(A, 'Bandwidth')
      .split(',')
      .map((s) => s.trim());
    if (items.some((s) => !/^\d+$/.test(s) || Number(s) < 1))
      throw new ConfigError(`${where(A, 'Bandwidth', v)}: "${v!.value}" must be positive integers (words per cycle), comma separated`);
    cfg.bandwidth = items.map(Number);
  }
  const topology = lookup('network_presets', 'TopologyCsvLoc');
  if (topology) cfg.topologyCsvLoc = topology.value.replace(/^"(.*)"$/, '$1');
  return cfg;
}

/** Every key outside SCALE-Sim v2's set is an error: v3-only keys named as such, others as unknown. */
function rejectForeignKeys(sections: Map<string, Map<string, IniValue>>, file: string): void {
  const spelled = (table: Record<string, string[]>, section: string, key: string) => table[section]?.find((k) => k.toLowerCase() === key);
  const v3: string[] = [],
    unknown: string[] = [];
  for (const [section, values] of sections) {
    if (section === 'DEFAULT') continue;
    if (!V2_KEYS[section] && !V3_KEYS[section]) {
      unknown.push(`[${section}]`);
      continue;
    }
    for (const v of values.values()) {
      const v3Key = spelled(V3_KEYS, section, v.key);
      if (v3Key) v3.push(`[${section}] ${v3Key}`);
      else if (!spelled(V2_KEYS, section, v.key)) unknown.push(`[${section}] ${v.key} (line ${v.line})`);
    }
  }
  if (v3.length > 0) {
    throw new ConfigError(
      `${file}: SCALE-Sim v3 keys are not supported (tpusim reads SCALE-Sim v2 configs): ${v3.join(', ')}; remove them to run the file as a v2 config`,
    );
  }
  if (unknown.length > 0) throw new ConfigError(`${file}: unknown in a SCALE-Sim v2 config: ${unknown.join(', ')}`);
}

/**
 * The tpusim config a SCALE-Sim config maps onto: the scalesim-ws32 preset (SCALE-Sim's assumptions:
 * no weight double buffering, ideal memory) with the array's shape and dataflow, named after
 * run_name. What tpusim cannot honour is an error naming the key.
 */
export function scaleSimCfgToConfig(cfg: ScaleSimCfg, file = '<cfg>'): HardwareConfig {
  if (cfg.interfaceBandwidth === 'USER') {
    throw new ConfigError(
      `${file}: [run_presets] InterfaceBandwidth = USER is not supported: SCALE-Sim's USER mode stalls each of IFMAP, Filter and OFMAP on its own DRAM at Bandwidth words per cycle, a memory system tpusim does not have (weights stream from weight memory through the FIFO, activations stay in the Unified Buffer); use CALC, or a JSON config with weightMemory.bandwidthGBps to study bandwidth`,
    );
  }
  const base = loadConfig(BASE_PRESET);
  const width = Math.max(cfg.arrayHeight, cfg.arrayWidth);
  const config = {
    ...base,
    name: cfg.runName,
    description:
      `SCALE-Sim v2 config ${file} (run_name ${cfg.runName}): a ${cfg.arrayHeight}x${cfg.arrayWidth} ${cfg.dataflow} array in CALC mode, ` +
      `on the ${BASE_PRESET} preset's assumptions (no weight double buffering, ideal memory); SRAM sizes ${cfg.sramKB.ifmap}/${cfg.sramKB.filter}/${cfg.sramKB.ofmap} kB ` +
      "enter only the DRAM columns of the SCALE-Sim report files, as in SCALE-Sim's CALC mode.",
    matrix: { ...base.matrix, rows: cfg.arrayHeight, cols: cfg.arrayWidth, dataflow: cfg.dataflow },
    unifiedBuffer: { bytes: Math.floor(SCALESIM_UB_BYTES / width) * width },
    // the preset's accumulators, or the largest power of two the core can hold for a wider array
    // (scalesim-google's 2^19 for 256 columns): SCALE-Sim streams a whole layer's M rows per fold
    accumulators: { entries: Math.min(base.accumulators.entries, accumulatorRowsFor(cfg.arrayWidth)) },
  };
  return parseConfig(config, `${file} (as a tpusim config)`);
}

/** The largest power-of-two accumulator row count the core can hold for `cols` columns. */
function accumulatorRowsFor(cols: number): number {
  return 2 ** Math.floor(Math.log2(MAX_ACC_BYTES / (cols * 4 + ACC_ROW_OVERHEAD_BYTES)));
}

/** Reads a SCALE-Sim v2 `.cfg` file and maps it onto a tpusim config. */
export function loadScaleSimCfg(path: string): LoadedScaleSimCfg {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ConfigError(`${path}: ${code === 'ENOENT' ? 'no such file' : `cannot read (${(e as Error).message})`}`);
  }
  const cfg = parseScaleSimCfg(text, path);
  return { file: path, cfg, config: scaleSimCfgToConfig(cfg, path) };
}
