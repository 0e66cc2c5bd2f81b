// SCALE-Sim topology import: every shipped file SCALE-Sim v2 parses gives the layer count and MAC
// total SCALE-Sim's own parser gave (topologies/MANIFEST.md); hand-computed M/N/K; the format
// quirks; clear file:line errors where SCALE-Sim crashes.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GraphError, TopologyError, type Topology, loadTopologyFile, ofmapSize, parseTopology } from '../../graph/index.js';
import { CONV_HEADER, TOPOLOGIES, thrown } from '../helpers/common.js';

interface ManifestRow {
  file: string;
  format: string;
  loads: boolean;
  layers: number;
  macs: number;
}

function manifest(): ManifestRow[] {
  return readFileSync(join(TOPOLOGIES, 'MANIFEST.md'), 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('| ') && l.includes('.csv'))
    .map((l) => {
      const c = l.split('|').map((s) => s.trim());
      return { file: c[1]!, format: c[2]!, loads: c[3] === 'yes', layers: Number(c[4]), macs: Number(c[5]) };
    });
}

function conv(rows: string[], opts: Parameters<typeof parseTopology>[1] = {}): Topology {
  return parseTopology([CONV_HEADER, ...rows].join('\n'), { file: 'x.csv', ...opts });
}

describe('shipped topologies against SCALE-Sim v2 (MANIFEST.md)', () => {
  const rows = manifest();
  it('lists the files the manifest describes', () => {
    expect(rows.filter((r) => r.loads).length).toBe(129);
    expect(rows.filter((r) => !r.loads).length).toBeGreaterThan(20);
  });

  it.each(rows.filter((r) => r.loads).map((r) => [r.file, r] as const))('%s: format, layers and MACs match', (_f, row) => {
    const t = loadTopologyFile(join(TOPOLOGIES, row.file));
    expect(t.format).toBe(row.format);
    expect(t.layers.length).toBe(row.layers);
    expect(t.macs).toBe(row.macs);
    expect(t.layers.reduce((s, l) => s + l.m * l.n * l.k * l.groups, 0)).toBe(row.macs);
  });

  it.each(rows.filter((r) => !r.loads).map((r) => [r.file, r] as const))(
    '%s (SCALE-Sim v2 fails): reads it or names file:line',
    (file, row) => {
      const path = join(TOPOLOGIES, file);
      try {
        const t = loadTopologyFile(path);
        // Read where SCALE-Sim crashes: the reason is a warning, or (vit_bg.csv) the format
        // detected from the header differs from the manifest's default of conv.
        expect(t.layers.length).toBeGreaterThan(0);
        expect(t.warnings.length > 0 || t.format !== row.format).toBe(true);
      } catch (e) {
        expect(e).toBeInstanceOf(TopologyError);
        const err = e as TopologyError;
        expect(err.problems.length).toBeGreaterThan(0);
        for (const p of err.problems) expect(p.line).toBeGreaterThan(0);
        expect(err.message.split('\n')[0]).toMatch(new RegExp(`^${path.replace(/[.]/g, '\\.')}:\\d+: `));
      }
    },
  );

  it('names the symbolic sizes of LSTM.csv', () => {
    const err = thrown(() => loadTopologyFile(join(TOPOLOGIES, 'v2/CSV/LSTM.csv')), TopologyError);
    expect(err.problems[0]).toEqual({ line: 2, message: 'column 3 (IFMAP Width) is "B", not a positive integer' });
    expect(err.message).toContain('LSTM.csv:2: column 6 (Channels) is "H", not a positive integer');
  });

  it('names the model-title rows of MLPERF.csv (several networks in one file), all of them', () => {
    const err = thrown(() => loadTopologyFile(join(TOPOLOGIES, 'v2/CSV/MLPERF.csv')), TopologyError);
    expect(err.problems[0]!.line).toBe(3);
    expect(err.problems[0]!.message).toMatch(/expected a layer name and 7 integers .* found 1 field \("AlphaGoZero"\)/);
    expect(err.problems.filter((p) => p.message.includes('found 1 field')).map((p) => p.line)).toEqual([
      3, 51, 61, 121, 131, 187, 193, 222,
    ]);
    expect(err.problems).toContainEqual({ line: 219, message: 'column 6 (Channels) is "1 2", not a positive integer' });
  });

  it('reads Resnet50.csv (empty stride columns, computed Eh/Ew columns) and agrees with its Eh, Ew', () => {
    const t = loadTopologyFile(join(TOPOLOGIES, 'v2/conv_nets/Resnet50.csv'));
    expect(t.layers.length).toBe(54);
    const conv1 = t.layers[0]!;
    // The row is "Conv1,224,224,7,7,3,64,2,,,110,110,12100": its own Eh, Ew, Eh*Ew columns.
    expect([conv1.ofmapHeight, conv1.ofmapWidth, conv1.m]).toEqual([110, 110, 12100]);
    expect(conv1.strideWidth).toBe(2);
    expect(t.warnings.map((w) => w.message)).toContain(
      'an empty column stride (column 9) means the row stride (SCALE-Sim v2 fails on empty fields)',
    );
  });

  it('reads the tab-separated UNet_maestro.csv like the comma-separated equivalent', () => {
    const tab = loadTopologyFile(join(TOPOLOGIES, 'v2/conv_nets/UNet_maestro.csv'));
    expect(tab.layers.length).toBe(23);
    expect(tab.layers[0]).toMatchObject({ name: 'Conv1_1', ifmapHeight: 572, channels: 1, numFilters: 64, ofmapHeight: 570 });
    expect(tab.warnings[0]!.message).toMatch(/tab-separated/);
    const text = readFileSync(join(TOPOLOGIES, 'v2/conv_nets/UNet_maestro.csv'), 'utf8').replace(/\t/g, ',');
    expect(parseTopology(text).layers.map((l) => l.macs)).toEqual(tab.layers.map((l) => l.macs));
  });

  it('reads vit_bg.csv (header "L,M,N,K,") as GEMMs; forced to conv it fails, as in SCALE-Sim', () => {
    const path = join(TOPOLOGIES, 'v3-extra/ispass25_models/vit_bg.csv');
    const t = loadTopologyFile(path);
    expect(t.format).toBe('gemm');
    expect(t.layers.map((l) => [l.m, l.n, l.k])).toEqual([
      [256, 768, 768],
      [256, 3072, 768],
      [256, 768, 3072],
      [256, 1000, 768],
    ]);
    const err = thrown(() => loadTopologyFile(path, { format: 'conv' }), TopologyError);
    expect(err.problems[0]!.line).toBe(2);
    // SCALE-Sim asserts "Filter height cannot be larger than IFMAP height" on misread fields.
    expect(err.problems[0]!.message).toBe(
      'expected a layer name and 7 integers (IFMAP Height, IFMAP Width, Filter Height, Filter Width, Channels, Num Filter, Strides), found 4 fields ("L0, 256, 768, 768")',
    );
  });
});

describe('M, N, K by hand', () => {
  it('AlexNet Conv1 (224x224, 11x11, 3 ch, 96 filters, stride 4): the last window overhangs, E = 55', () => {
    const t = loadTopologyFile(join(TOPOLOGIES, 'v2/conv_nets/alexnet_part.csv'));
    const l = t.layers[0]!;
    // SCALE-Sim: E = ceil((224 - 11 + 4) / 4) = 55 (a "valid" conv would give 54).
    expect([l.ofmapHeight, l.ofmapWidth]).toEqual([55, 55]);
    expect([l.m, l.n, l.k]).toEqual([3025, 96, 363]);
    expect(l.macs).toBe(3025 * 96 * 363);
  });

  it('ResNet18 Conv1 (224, 7x7, stride 2): E = 110; 3x3 stride-1 layers shrink 56 -> 54', () => {
    const t = loadTopologyFile(join(TOPOLOGIES, 'v2/conv_nets/Resnet18.csv'));
    expect(t.layers[0]).toMatchObject({ name: 'Conv1', ofmapHeight: 110, m: 12100, n: 64, k: 147 });
    expect(t.layers[1]).toMatchObject({ ofmapHeight: 54, m: 2916, n: 64, k: 576 });
  });

  it('GEMM rows map to M, N, K directly (gpt2 QKT 1024 x 1024 x 64)', () => {
    const t = loadTopologyFile(join(TOPOLOGIES, 'v2/GEMM_mnk/gpt2.csv'));
    expect(t.layers[0]).toMatchObject({ name: 'QKT', m: 1024, n: 1024, k: 64, source: 'gemm' });
    // SCALE-Sim's equivalent conv: ifmap M x K, filter 1 x K, 1 channel, N filters.
    expect(t.layers[0]).toMatchObject({
      ifmapHeight: 1024,
      ifmapWidth: 64,
      filterHeight: 1,
      filterWidth: 64,
      channels: 1,
      numFilters: 1024,
    });
  });

  it('a column stride differs from the row stride', () => {
    // E_h = ceil((10 - 3) / 2) + 1 = 5, E_w = ceil((20 - 5) / 3) + 1 = 6
    const l = conv(['L, 10, 20, 3, 5, 2, 4, 2, 3,']).layers[0]!;
    expect([l.strideHeight, l.strideWidth, l.ofmapHeight, l.ofmapWidth]).toEqual([2, 3, 5, 6]);
    expect([l.m, l.n, l.k, l.macs]).toEqual([30, 4, 30, 3600]);
  });

  it('ofmapSize is floor((H - F) / S) + 1 when S divides H - F, one more otherwise', () => {
    expect(ofmapSize(56, 3, 1)).toBe(54);
    expect(ofmapSize(224, 7, 2)).toBe(110);
    expect(ofmapSize(9, 3, 2)).toBe(4);
    expect(ofmapSize(10, 3, 2)).toBe(5);
    expect(ofmapSize(5, 5, 3)).toBe(1);
  });
});

describe('format quirks', () => {
  it('rows with and without the trailing comma give the same layer; the missing comma is a warning', () => {
    const a = conv(['A, 8, 8, 3, 3, 2, 4, 1,']);
    const b = conv(['A, 8, 8, 3, 3, 2, 4, 1']);
    expect(b.layers).toEqual(a.layers);
    expect(a.warnings).toEqual([]);
    expect(b.warnings).toEqual([
      {
        lines: [2],
        message:
          'the row does not end with ",": SCALE-Sim drops the last field of every row and would lose "1"; tpusim reads it as column 8 (Strides)',
      },
    ]);
  });

  it('a column stride without a trailing comma is kept (SCALE-Sim would silently use the row stride)', () => {
    const t = conv(['A, 8, 9, 3, 3, 2, 4, 1, 2']);
    expect(t.layers[0]!.strideWidth).toBe(2);
    expect(t.warnings[0]!.message).toMatch(/would lose "2"; tpusim reads it as column 9 \(column stride\)/);
  });

  it('skips blank lines, whitespace, a BOM and CRLF line ends', () => {
    const t = parseTopology(`\uFEFF${CONV_HEADER}\r\n\r\n   \r\n\tA,8,8,3,3,2,4,1,\r\nB , 8 , 8 , 1 , 1 , 2 , 4 , 1 ,\r\n\r\n`);
    expect(t.layers.map((l) => [l.name, l.line, l.m])).toEqual([
      ['A', 4, 36],
      ['B', 5, 64],
    ]);
    expect(t.warnings).toEqual([]);
  });

  it('drops a non-numeric last field (a "#dw" comment) as SCALE-Sim does, with a warning', () => {
    const t = conv(['Conv2_dw, 112, 112, 3, 3, 1, 1, 1,#dw']);
    expect(t.layers[0]!.strideHeight).toBe(1);
    expect(t.warnings[0]!.message).toBe('text after the last delimiter ("#dw") is ignored, as SCALE-Sim does');
  });

  it('skips rows of empty fields and ignores extra columns, with warnings', () => {
    const t = conv([',,,,,,,,', 'A,8,8,3,3,2,4,2,,,7,7,49,']);
    expect(t.layers.length).toBe(1);
    expect(t.layers[0]!.strideWidth).toBe(2);
    expect(t.warnings.map((w) => [w.lines, w.message])).toEqual([
      [[2], 'rows with only empty fields are skipped (SCALE-Sim v2 fails on them)'],
      [[3], 'an empty column stride (column 9) means the row stride (SCALE-Sim v2 fails on empty fields)'],
      [[3], 'columns after column 9 are ignored (SCALE-Sim v2 fails on their empty or non-integer values)'],
    ]);
  });

  it('a 9th column the header names otherwise (v3 Batch Size) is not a stride', () => {
    const header = `${CONV_HEADER} Batch Size,`;
    const same = parseTopology(`${header}\nA, 8, 8, 1, 1, 2, 4, 1, 1,`);
    expect(same.layers[0]!.strideWidth).toBe(1);
    expect(same.warnings).toEqual([]);
    const differs = parseTopology(`${header}\nA, 8, 8, 1, 1, 2, 4, 1, 16,`);
    expect(differs.layers[0]!.strideWidth).toBe(1);
    expect(differs.warnings[0]!.message).toMatch(
      /column 9 \("Batch Size"\) is not a stride and is ignored, but SCALE-Sim v2 reads column 9 as the column stride \(here "16"\)/,
    );
  });

  it('GEMM format: detected from the header, extra columns ignored, trailing comma optional', () => {
    const t = parseTopology('Layer Name, M, N, K, Sparsity,\nG1, 3, 5, 16, 3:4,\nG2, 1, 5, 16', { file: 'g.csv' });
    expect(t.format).toBe('gemm');
    expect(t.layers.map((l) => [l.name, l.m, l.n, l.k, l.macs])).toEqual([
      ['G1', 3, 5, 16, 240],
      ['G2', 1, 5, 16, 80],
    ]);
    expect(t.warnings.map((w) => w.message)).toEqual([
      'columns after K (Sparsity) are ignored, as SCALE-Sim v2 does',
      'the row does not end with ",": SCALE-Sim drops the last field of every row and would lose "16"; tpusim reads it as column 4 (K)',
    ]);
  });

  it('the format can be forced (SCALE-Sim -i) when the header does not say', () => {
    const text = 'name,a,b,c,\nX,4,8,16,';
    expect(thrown(() => parseTopology(text, { file: 'f.csv' }), TopologyError).message).toMatch(
      /^f\.csv:1: cannot tell the topology format: the header "name,a,b,c," names neither format/,
    );
    expect(parseTopology(text, { format: 'gemm' }).layers[0]).toMatchObject({ m: 4, n: 8, k: 16 });
  });

  it('DP rows: expanded per channel (SCALE-Sim) or one grouped conv, same MACs', () => {
    const rows = ['Conv_DP1, 10, 10, 3, 3, 4, 1, 1,', 'PW, 8, 8, 1, 1, 4, 8, 1,'];
    const expanded = conv(rows);
    expect(expanded.layers.map((l) => l.name)).toEqual([
      'Conv_DP1Channel_0',
      'Conv_DP1Channel_1',
      'Conv_DP1Channel_2',
      'Conv_DP1Channel_3',
      'PW',
    ]);
    expect(expanded.layers[2]).toMatchObject({
      channels: 1,
      numFilters: 1,
      m: 64,
      n: 1,
      k: 9,
      index: 2,
      depthwiseOf: { row: 'Conv_DP1', channel: 2 },
    });
    const grouped = conv(rows, { depthwise: 'grouped' });
    expect(grouped.layers.length).toBe(2);
    expect(grouped.layers[0]).toMatchObject({ channels: 4, groups: 4, m: 64, n: 1, k: 9, macs: 4 * 64 * 9 });
    expect(grouped.macs).toBe(expanded.macs);
    // "dp" in lower case is not SCALE-Sim's marker.
    expect(conv(['conv_dp, 10, 10, 3, 3, 4, 1, 1,']).layers.length).toBe(1);
  });
});

describe('errors name the file and line', () => {
  it('reports every bad row at once', () => {
    const err = thrown(
      () =>
        conv([
          'A, 8, 8, 3, 3, 2, 4, 1,',
          'B, 8, 8.5, 3, 3, 2, 4, 1,',
          'C, 8, 8, 3, 3, 0, 4, 1,',
          'D, 8, 8, 9, 3, 2, 4, 1,',
          'E, 8, 8, 3,',
          ', 8, 8, 3, 3, 2, 4, 1,',
          'F, 8, 8, 3, 3, 2, -4, 1,',
        ]),
      TopologyError,
    );
    expect(err.problems).toEqual([
      { line: 3, message: 'column 3 (IFMAP Width) is "8.5", not a positive integer' },
      { line: 4, message: 'column 6 (Channels) is "0", not a positive integer' },
      {
        line: 5,
        message:
          'layer "D": the filter (9x3) is larger than the ifmap (8x8); SCALE-Sim models no padding, so put the padded ifmap size in the CSV',
      },
      {
        line: 6,
        message:
          'expected a layer name and 7 integers (IFMAP Height, IFMAP Width, Filter Height, Filter Width, Channels, Num Filter, Strides), found 4 fields ("E, 8, 8, 3")',
      },
      { line: 7, message: 'the layer name (column 1) is empty' },
      { line: 8, message: 'column 7 (Num Filter) is "-4", not a positive integer' },
    ]);
    expect(err.message.split('\n')[0]).toBe('x.csv:3: column 3 (IFMAP Width) is "8.5", not a positive integer');
  });

  it('a first line that is a layer, an empty file, a header alone', () => {
    expect(
      thrown(() => parseTopology('Conv1,224,224,7,7,3,64,2,\nConv2,56,56,3,3,64,64,1,', { file: 'h.csv' }), TopologyError).message,
    ).toMatch(
      /^h\.csv:1: line 1 looks like a layer \("Conv1,224,224,7,7,3,64,2,"\), but SCALE-Sim always skips the first line as the header; add a header line/,
    );
    expect(thrown(() => parseTopology('', { file: 'e.csv' }), TopologyError).message).toMatch(
      /^e\.csv:1: cannot tell the topology format: line 1 \(the header\) is empty/,
    );
    expect(thrown(() => parseTopology(`${CONV_HEADER}\n\n`, { file: 'o.csv' }), TopologyError).message).toBe(
      'o.csv: has no layers (only a header line)',
    );
  });

  it('GEMM rows need a name and three positive integers', () => {
    const err = thrown(() => parseTopology('Layer, M, N, K,\nA, 4, 4,\nB, 4, x, 4,', { file: 'g.csv' }), TopologyError);
    expect(err.problems).toEqual([
      { line: 2, message: 'expected a layer name and M, N, K, found 3 fields ("A, 4, 4")' },
      { line: 3, message: 'column 3 (N) is "x", not a positive integer' },
    ]);
  });

  it('a missing file, a directory, a binary file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tpusim-topo-'));
    expect(thrown(() => loadTopologyFile(join(dir, 'nope.csv')), TopologyError).message).toBe(
      `${join(dir, 'nope.csv')}: cannot read the topology file: no such file`,
    );
    expect(thrown(() => loadTopologyFile(dir), TopologyError).message).toMatch(/cannot read the topology file: is a directory/);
    const bin = join(dir, 'model.onnx');
    writeFileSync(bin, Uint8Array.from([8, 7, 0, 18, 3]));
    expect(thrown(() => loadTopologyFile(bin), TopologyError).message).toBe(`${bin}: is not a text CSV file (it contains NUL bytes)`);
    expect(thrown(() => loadTopologyFile(bin), TopologyError)).toBeInstanceOf(GraphError);
  });
});
