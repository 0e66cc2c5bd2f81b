// SCALE-Sim topology CSV import (conv and GEMM formats), following scale-sim-v2's own parser
// (topology_utils.py) wherever it is well defined and turning its crashes into named errors.
// The rules and every deliberate difference are listed in graph/topology/README.md.
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { TopologyError, type TopologyProblem } from './errors.js';

/** The two SCALE-Sim topology formats: conv layers (`-i conv`, the default) or GEMMs (`-i gemm`). */
export type TopologyFormat = 'conv' | 'gemm';

/**
 * How a conv row whose name contains `DP` is read: `expand` splits it into `Channels`
 * single-channel layers as SCALE-Sim does; `grouped` keeps one grouped (depthwise) conv with the
 * same MAC count.
 */
export type DepthwiseMode = 'expand' | 'grouped';

/** Options of `parseTopology` / `loadTopologyFile`. */
export interface ParseTopologyOptions {
  /** File name used in messages and as the default topology name (default `<topology>`). */
  file?: string;
  /** Force a format instead of detecting it from the header (default `auto`). */
  format?: TopologyFormat | 'auto';
  /** Handling of `DP` (depthwise) rows (default `expand`, SCALE-Sim's rule). */
  depthwise?: DepthwiseMode;
  /** Topology name (default: the file's base name without extension, as SCALE-Sim names runs). */
  name?: string;
}

/** Something tpusim reads differently from SCALE-Sim v2, or that SCALE-Sim v2 would fail on; grouped by message. */
export interface TopologyWarning {
  /** 1-based source lines the warning applies to. */
  lines: number[];
  message: string;
}

/**
 * One layer as SCALE-Sim runs it. GEMM rows carry SCALE-Sim's equivalent conv (ifmap M x K,
 * filter 1 x K, 1 channel, N filters, stride 1), so every layer has both views.
 */
export interface TopologyLayer {
  /** Position in the topology (after `DP` expansion): SCALE-Sim's LayerID. */
  index: number;
  name: string;
  /** 1-based line of the CSV row the layer comes from. */
  line: number;
  /** Format of the row: a conv row or a GEMM row. */
  source: TopologyFormat;
  ifmapHeight: number;
  ifmapWidth: number;
  filterHeight: number;
  filterWidth: number;
  /** Input channels (all groups together). */
  channels: number;
  /** Filters per group (for a grouped depthwise layer: the depth multiplier). */
  numFilters: number;
  strideHeight: number;
  strideWidth: number;
  /** 1, or `channels` for a `DP` row read with `depthwise: 'grouped'`. */
  groups: number;
  /** Output size as SCALE-Sim computes it (no padding): ceil((H - F) / S) + 1, see `ofmapSize`. */
  ofmapHeight: number;
  ofmapWidth: number;
  /** SCALE-Sim's im2col GEMM (per group): M = output pixels, N = filters, K = window size. */
  m: number;
  n: number;
  k: number;
  /** Multiply-accumulates of the layer: groups * M * N * K. */
  macs: number;
  /** For a layer made from a `DP` row: that row's name, and the channel for an expanded one. */
  depthwiseOf?: { row: string; channel?: number };
}

/** A parsed topology file. */
export interface Topology {
  name: string;
  file: string;
  format: TopologyFormat;
  layers: TopologyLayer[];
  warnings: TopologyWarning[];
  /** Sum of the layers' MACs. */
  macs: number;
}

const CONV_COLUMNS = [
  'Layer name',
  'IFMAP Height',
  'IFMAP Width',
  'Filter Height',
  'Filter Width',
  'Channels',
  'Num Filter',
  'Strides',
  'column stride',
] as const;
const GEMM_COLUMNS = ['Layer', 'M', 'N', 'K'] as const;

const INTEGER = /^\+?\d+$/;

/** Reads and parses a SCALE-Sim topology CSV file. */
export function loadTopologyFile(path: string, opts: Omit<ParseTopologyOptions, 'file'> = {}): Topology {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e as Error).message;
    throw new TopologyError(path, [{ line: 0, message: `cannot read the topology file: ${why}` }]);
  }
  if (bytes.includes(0)) throw new TopologyError(path, [{ line: 0, message: 'is not a text CSV file (it contains NUL bytes)' }]);
  return parseTopology(bytes.toString('utf8'), { ...opts, file: path });
}

/** Parses the text of a SCALE-Sim topology CSV (conv or GEMM format, detected from the header unless forced). */
export function parseTopology(text: string, opts: ParseTopologyOptions = {}): Topology {
  const file = opts.file ?? '<topology>';
  const name = opts.name ?? (opts.file ? basename(file, extname(file)) : 'topology');
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const problems: TopologyProblem[] = [];
  const warnings = new WarningList();

  const headerLine = lines[0] ?? '';
  const delimiter = detectDelimiter(lines);
  if (delimiter === '\t') warnings.add(1, 'the file is tab-separated; SCALE-Sim v2 only splits on commas and cannot read it');
  const header = splitRow(headerLine, delimiter);
  while (header.length > 0 && header[header.length - 1] === '') header.pop();

  if (header.length >= 2 && INTEGER.test(header[1]!)) {
    throw new TopologyError(file, [
      {
        line: 1,
        message: `line 1 looks like a layer ("${headerLine.trim()}"), but SCALE-Sim always skips the first line as the header; add a header line such as "${CONV_COLUMNS.slice(0, 8).join(', ')},"`,
      },
    ]);
  }
  const detected = detectFormat(header);
  const forced = opts.format && opts.format !== 'auto' ? opts.format : undefined;
  const format = forced ?? detected;
  if (!format) {
    const what = headerLine.trim() === '' ? 'line 1 (the header) is empty' : `the header "${headerLine.trim()}" names neither format`;
    throw new TopologyError(file, [
      {
        line: 1,
        message: `cannot tell the topology format: ${what}; expected "${CONV_COLUMNS.slice(0, 8).join(', ')}," (conv) or "${GEMM_COLUMNS.join(', ')}," (gemm), or pass the format explicitly`,
      },
    ]);
  }

  const layers: TopologyLayer[] = [];
  const ctx: RowContext = { header, format, depthwise: opts.depthwise ?? 'expand', problems, warnings, layers };
  for (let i = 1; i < lines.length; i++) parseRow(lines[i]!, i + 1, delimiter, ctx);

  if (problems.length === 0 && layers.length === 0) problems.push({ line: 0, message: 'has no layers (only a header line)' });
  if (problems.length > 0) throw new TopologyError(file, problems);
  return { name, file, format, layers, warnings: warnings.list(), macs: layers.reduce((s, l) => s + l.macs, 0) };
}

interface RowContext {
  header: string[];
  format: TopologyFormat;
  depthwise: DepthwiseMode;
  problems: TopologyProblem[];
  warnings: WarningList;
  layers: TopologyLayer[];
}

function parseRow(raw: string, line: number, delimiter: string, ctx: RowContext): void {
  const trimmed = raw.trim();
  if (trimmed === '') return;
  const fields = splitRow(trimmed, delimiter);
  if (fields.every((f) => f === '')) {
    ctx.warnings.add(line, 'rows with only empty fields are skipped (SCALE-Sim v2 fails on them)');
    return;
  }
  // SCALE-Sim drops the last field of every row, which is empty when the row ends with the
  // delimiter. We drop it too unless it is a number, which SCALE-Sim would silently lose.
  const last = fields[fields.length - 1]!;
  const required = ctx.format === 'gemm' ? GEMM_COLUMNS.length : 8;
  if (last === '') fields.pop();
  else if (!INTEGER.test(last) && fields.length > required) {
    fields.pop();
    ctx.warnings.add(line, `text after the last delimiter ("${last}") is ignored, as SCALE-Sim does`);
  } else if (INTEGER.test(last)) {
    const column = columnLabel(ctx, fields.length - 1);
    ctx.warnings.add(
      line,
      `the row does not end with "${delimiter === '\t' ? '\\t' : delimiter}": SCALE-Sim drops the last field of every row and would lose "${last}"; tpusim reads it as ${column}`,
    );
  }
  if (ctx.format === 'gemm') parseGemmRow(fields, line, ctx);
  else parseConvRow(fields, line, ctx);
}

function parseGemmRow(fields: string[], line: number, ctx: RowContext): void {
  const errors: string[] = [];
  if (fields.length < 4) {
    ctx.problems.push({ line, message: `expected a layer name and M, N, K, found ${describeFields(fields)}` });
    return;
  }
  const [m, n, k] = [1, 2, 3].map((i) => positiveInt(fields[i]!, `column ${i + 1} (${GEMM_COLUMNS[i]})`, errors));
  if (fields.length > 4) {
    const extra = ctx.header.slice(4).filter((h) => h !== '');
    ctx.warnings.add(line, `columns after K${extra.length > 0 ? ` (${extra.join(', ')})` : ''} are ignored, as SCALE-Sim v2 does`);
  }
  const name = fields[0]!;
  if (name === '') errors.push('the layer name (column 1) is empty');
  if (errors.length > 0) {
    for (const e of errors) ctx.problems.push({ line, message: e });
    return;
  }
  addLayer(ctx, line, errors, {
    name,
    source: 'gemm',
    ifmapHeight: m!,
    ifmapWidth: k!,
    filterHeight: 1,
    filterWidth: k!,
    channels: 1,
    numFilters: n!,
    strideHeight: 1,
    strideWidth: 1,
    groups: 1,
  });
}

function parseConvRow(fields: string[], line: number, ctx: RowContext): void {
  const errors: string[] = [];
  if (fields.length < 8) {
    ctx.problems.push({
      line,
      message: `expected a layer name and 7 integers (${CONV_COLUMNS.slice(1, 8).join(', ')}), found ${describeFields(fields)}`,
    });
    return;
  }
  const v = [1, 2, 3, 4, 5, 6, 7].map((i) => positiveInt(fields[i]!, `column ${i + 1} (${CONV_COLUMNS[i]})`, errors));
  const [ifmapHeight, ifmapWidth, filterHeight, filterWidth, channels, numFilters, strideHeight] = v;
  let strideWidth = strideHeight;
  const ninthIsStride = headerNamesStride(ctx.header, 8);
  const col9 = fields[8];
  if (col9 !== undefined && ninthIsStride) {
    if (col9 === '') ctx.warnings.add(line, 'an empty column stride (column 9) means the row stride (SCALE-Sim v2 fails on empty fields)');
    else strideWidth = positiveInt(col9, `column 9 (${CONV_COLUMNS[8]})`, errors);
  } else if (col9 !== undefined && !(INTEGER.test(col9) && Number(col9) === strideHeight)) {
    ctx.warnings.add(
      line,
      `column 9 ("${ctx.header[8]}") is not a stride and is ignored, but SCALE-Sim v2 reads column 9 as the column stride (here "${col9}")`,
    );
  }
  const extraFrom = 9;
  if (fields.length > extraFrom) {
    const extra = fields.slice(extraFrom);
    const bad = extra.some((f) => !INTEGER.test(f));
    ctx.warnings.add(
      line,
      `columns after column ${extraFrom} are ignored${bad ? ' (SCALE-Sim v2 fails on their empty or non-integer values)' : ''}`,
    );
  }
  const name = fields[0]!;
  if (name === '') errors.push('the layer name (column 1) is empty');
  if (errors.length > 0) {
    for (const e of errors) ctx.problems.push({ line, message: e });
    return;
  }
  if (filterHeight! > ifmapHeight! || filterWidth! > ifmapWidth!) {
    ctx.problems.push({
      line,
      message: `layer "${name}": the filter (${filterHeight}x${filterWidth}) is larger than the ifmap (${ifmapHeight}x${ifmapWidth}); SCALE-Sim models no padding, so put the padded ifmap size in the CSV`,
    });
    return;
  }
  const params = {
    name,
    source: 'conv' as const,
    ifmapHeight: ifmapHeight!,
    ifmapWidth: ifmapWidth!,
    filterHeight: filterHeight!,
    filterWidth: filterWidth!,
    channels: channels!,
    numFilters: numFilters!,
    strideHeight: strideHeight!,
    strideWidth: strideWidth!,
    groups: 1,
  };
  // SCALE-Sim: a name containing "DP" is a depthwise layer, run as `Channels` 1-channel layers.
  if (name.includes('DP')) {
    if (ctx.depthwise === 'grouped') {
      addLayer(ctx, line, errors, { ...params, groups: channels!, depthwiseOf: { row: name } });
    } else {
      for (let c = 0; c < channels!; c++) {
        addLayer(ctx, line, errors, { ...params, name: `${name}Channel_${c}`, channels: 1, depthwiseOf: { row: name, channel: c } });
      }
    }
  } else addLayer(ctx, line, errors, params);
  for (const e of errors) ctx.problems.push({ line, message: e });
}

type LayerParams = Omit<TopologyLayer, 'index' | 'line' | 'ofmapHeight' | 'ofmapWidth' | 'm' | 'n' | 'k' | 'macs'>;

function addLayer(ctx: RowContext, line: number, errors: string[], p: LayerParams): void {
  const ofmapHeight = ofmapSize(p.ifmapHeight, p.filterHeight, p.strideHeight);
  const ofmapWidth = ofmapSize(p.ifmapWidth, p.filterWidth, p.strideWidth);
  const m = ofmapHeight * ofmapWidth;
  const k = p.filterHeight * p.filterWidth * (p.channels / p.groups);
  const n = p.numFilters;
  const macs = p.groups * m * n * k;
  if (!Number.isSafeInteger(macs)) {
    if (errors.length === 0) errors.push(`layer "${p.name}" has more MACs than tpusim can count exactly (over 2^53)`);
    return;
  }
  ctx.layers.push({ index: ctx.layers.length, line, ...p, ofmapHeight, ofmapWidth, m, n, k, macs });
}

/**
 * SCALE-Sim's output size, ceil((H - F + S) / S) = ceil((H - F) / S) + 1: one more than a
 * "valid" convolution when S does not divide H - F (the last window hangs over the edge).
 */
export function ofmapSize(ifmap: number, filter: number, stride: number): number {
  return Math.floor((ifmap - filter + stride - 1) / stride) + 1;
}

/** Splits a row on the delimiter and trims each field. */
function splitRow(row: string, delimiter: string): string[] {
  return row.split(delimiter).map((f) => f.trim());
}

/** Commas unless the header (or, with an empty header, the first row) has tabs and no commas. */
function detectDelimiter(lines: string[]): string {
  const sample = lines.find((l) => l.trim() !== '') ?? '';
  return !sample.includes(',') && sample.includes('\t') ? '\t' : ',';
}

/** `gemm` for a `Layer, M, N, K` header, `conv` for one naming the ifmap/filter columns. */
function detectFormat(header: string[]): TopologyFormat | undefined {
  const h = header.map((f) => f.toLowerCase());
  if (h[1] === 'm' && h[2] === 'n' && h[3] === 'k') return 'gemm';
  if (h.slice(1).some((f) => f.includes('ifmap') || f.includes('filter'))) return 'conv';
  return undefined;
}

/** Column `i` is a stride unless the header gives it another name (v3 files put Batch Size or Sparsity there). */
function headerNamesStride(header: string[], i: number): boolean {
  const h = header[i];
  return h === undefined || h === '' || h.toLowerCase().includes('stride');
}

function columnLabel(ctx: RowContext, i: number): string {
  const names: readonly string[] = ctx.format === 'gemm' ? GEMM_COLUMNS : CONV_COLUMNS;
  if (ctx.format === 'conv' && i === 8 && !headerNamesStride(ctx.header, 8)) return `column 9 ("${ctx.header[8]}", ignored)`;
  return i < names.length ? `column ${i + 1} (${names[i]})` : `column ${i + 1} (ignored)`;
}

function positiveInt(text: string, what: string, errors: string[]): number {
  if (!INTEGER.test(text) || Number(text) < 1 || !Number.isSafeInteger(Number(text))) {
    errors.push(`${what} is ${text === '' ? 'empty' : `"${text}"`}, not a positive integer`);
    return 0;
  }
  return Number(text);
}

function describeFields(fields: string[]): string {
  return `${fields.length} field${fields.length === 1 ? '' : 's'} ("${fields.join(', ')}")`;
}

/** Warnings grouped by message, in first-seen order. */
class WarningList {
  private readonly byMessage = new Map<string, number[]>();
  add(line: number, message: string): void {
    const lines = this.byMessage.get(message);
    if (lines) lines.push(line);
    else this.byMessage.set(message, [line]);
  }
  list(): TopologyWarning[] {
    return [...this.byMessage].map(([message, lines]) => ({ lines, message }));
  }
}
