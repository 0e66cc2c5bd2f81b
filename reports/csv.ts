// CSV for spreadsheets (RFC 4180: CRLF line ends, fields with commas, quotes or line breaks quoted,
// quotes doubled), written by csv-stringify.
import { createRequire } from 'node:module';
import type * as CsvStringify from 'csv-stringify/sync';
import { NAMED_COUNTERS } from './palette.js';
import type { Report } from './schema.js';

// loaded when a CSV is written, not with reports' index (every run loads that)
let stringify: typeof CsvStringify.stringify | undefined;

/** A CSV value: numbers are written in full precision, null as an empty field. */
export type CsvValue = string | number | boolean | null;

/** Serialises a header row and data rows as RFC 4180 CSV. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  for (const [i, row] of rows.entries()) {
    if (row.length !== header.length) throw new RangeError(`CSV row ${i + 1} has ${row.length} fields, the header has ${header.length}`);
  }
  stringify ??= (createRequire(import.meta.url)('csv-stringify/sync') as typeof CsvStringify).stringify;
  return stringify([header as CsvValue[], ...(rows as CsvValue[][])], {
    record_delimiter: 'windows',
    // csv-stringify quotes only the record delimiter (CRLF); a bare CR or LF must be quoted too
    quoted_match: /[\r\n]/,
    cast: { boolean: (b) => (b ? 'true' : 'false'), number: (n) => String(n) },
  });
}

const BYTE_FIELDS = ['hostToUb', 'dramToFifo', 'ubToArray', 'accToActivation', 'activationToUb', 'ubToHost', 'weights'] as const;

/** The per-layer CSV of a report: one row per layer with its times, rates, counters and bytes. */
export function layersCsv(report: Report): string {
  // the named eight first, then every other counter any layer carries, in first-seen order
  const counterNames = [...NAMED_COUNTERS];
  for (const l of report.layers) for (const k of Object.keys(l.counters ?? {})) if (!counterNames.includes(k)) counterNames.push(k);
  const header = [
    'index',
    'name',
    'op',
    'device',
    'mapping',
    'nodes',
    'cycles',
    'seconds',
    'macs',
    'tops',
    'utilization',
    'mappingEfficiency',
    'intensity',
    'measuredMs',
    ...counterNames,
    ...BYTE_FIELDS.map((b) => `bytes.${b}`),
  ];
  const rows = report.layers.map((l, i) => [
    i + 1,
    l.name,
    l.op,
    l.device,
    l.mapping,
    l.nodes.join(' '),
    l.cycles,
    l.seconds,
    l.macs,
    l.tops,
    l.utilization,
    l.mappingEfficiency,
    l.intensity,
    l.measuredMs,
    ...counterNames.map((k) => l.counters?.[k] ?? null),
    ...BYTE_FIELDS.map((b) => l.bytes[b]),
  ]);
  return toCsv(header, rows);
}
