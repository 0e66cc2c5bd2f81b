import { describe, expect, it } from 'vitest';
import { layersCsv, toCsv } from '../../reports/index.js';
import { goldenReport } from './golden-reports.js';

/** A strict RFC 4180 reader, written independently of the writer under test. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
      } else {
        field += c;
        i++;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
      i++;
    } else if (c === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else if (c === '\n' || c === '\r' || c === '"') {
      throw new Error(`bare ${JSON.stringify(c)} at ${i}: not RFC 4180`);
    } else {
      field += c;
      i++;
    }
  }
  if (field !== '' || row.length) throw new Error('last record does not end with CRLF');
  return rows;
}

describe('CSV', () => {
  it('quotes fields with commas, quotes and line breaks, and ends records with CRLF', () => {
    const text = toCsv(
      ['name', 'value', 'flag', 'empty'],
      [
        ['plain', 1.5, true, null],
        ['a, b', -2, false, null],
        ['say "hi"', 0, true, null],
        ['two\nlines', 1e21, false, null],
      ],
    );
    expect(text).toBe(
      'name,value,flag,empty\r\nplain,1.5,true,\r\n"a, b",-2,false,\r\n"say ""hi""",0,true,\r\n"two\nlines",1e+21,false,\r\n',
    );
    expect(parseCsv(text)[4]).toEqual(['two\nlines', '1e+21', 'false', '']);
  });

  it('refuses rows whose length differs from the header', () => {
    expect(() => toCsv(['a', 'b'], [[1, 2], [3]])).toThrow(/row 2 has 1 fields, the header has 2/);
  });

  it('writes one row per layer whose counters add up to the report totals', () => {
    // a recorded run, its first layer renamed with the characters CSV must quote
    const run = goldenReport('smallcnn-op13');
    const report = { ...run, layers: run.layers.map((l, i) => (i === 0 ? { ...l, name: 'conv1, "the first"\nlayer' } : l)) };
    const rows = parseCsv(layersCsv(report));
    const [header, ...body] = rows as [string[], ...string[][]];
    expect(body).toHaveLength(report.layers.length);
    expect(body.every((r) => r.length === header.length)).toBe(true);
    const col = (name: string): number => {
      const i = header.indexOf(name);
      expect(i, name).toBeGreaterThanOrEqual(0);
      return i;
    };
    // names with commas and quotes survive the round trip
    expect(body.map((r) => r[col('name')])).toEqual(report.layers.map((l) => l.name));
    for (const counter of ['activeCycles', 'weightStallCycles', 'weightShiftCycles', 'nonMatrixCycles', 'usefulMacs', 'unusedMacs']) {
      expect(
        body.map((r) => r[col(counter)]),
        counter,
      ).toEqual(report.layers.map((l) => (l.counters ? String(l.counters[counter]) : '')));
    }
    // every multiply belongs to a layer, so these add up to the run's totals; stall classes need
    // not (in the recorded runs the layers' weight-stall cycles sum to less than the totals')
    for (const counter of ['activeCycles', 'usefulMacs', 'unusedMacs']) {
      const sum = body.reduce((s, r) => s + Number(r[col(counter)] || 0), 0);
      expect(sum, counter).toBe(report.totals.counters[counter]);
    }
    // fallback layers have no counters: empty fields, not zeros
    const clip = body.find((r) => r[col('name')] === '/Clip')!;
    expect(clip[col('device')]).toBe('gpu');
    expect(clip[col('activeCycles')]).toBe('');
    expect(Number(clip[col('cycles')])).toBeGreaterThan(0);
    expect(Number(body[0]![col('bytes.weights')])).toBe(report.layers[0]!.bytes.weights);
  });
});
