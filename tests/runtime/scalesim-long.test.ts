// SCALE-Sim presets for layers of any length that fits the machine (issue 9 item 6): a compiled
// topology layer with M > 100,000 output pixels runs as SCALE-Sim folds it, each fold streaming
// all M rows through its stationary tile, so its matrix cycles equal SCALE-Sim's closed form
// folds x (2R + C + M - 2), computed by hand here, in both fidelities.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runModelDetailed } from '../../runtime/index.js';
import { loadConfig } from '../../sim/index.js';

// yolo_tiny's first two layers (SCALE-Sim v2 topologies/conv_nets/yolo_tiny.csv), im2col shapes:
//   Conv1: 416x416, 3x3, C 3, 4 filters, S 1: E = 414, M = 171,396, K = 27, N = 4
//          1 row fold x 1 col fold x (64 + 32 + 171,396 - 2) = 171,490
//   Conv2: 208x208, 3x3, C 16, 32 filters: E = 206, M = 42,436, K = 144, N = 32
//          ceil(144/32) = 5 row folds x 1 x (94 + 42,436) = 212,650
const TOPOLOGY = `Layer name, IFMAP Height, IFMAP Width, Filter Height, Filter Width, Channels, Num Filter, Strides,
Conv1,  416, 416,    3, 3,      3,      4,     1,
Conv2,  208, 208,    3, 3,      16,     32,     1,
`;

describe('SCALE-Sim presets, long layers', () => {
  for (const fidelity of ['fast', 'exact'] as const) {
    it(`runs yolo_tiny Conv1 (M = 171,396) and Conv2 on scalesim-ws32 in SCALE-Sim's closed-form cycles (${fidelity})`, async () => {
      const file = join(mkdtempSync(join(tmpdir(), 'tpusim-yolo-')), 'yolo_tiny_2.csv');
      writeFileSync(file, TOPOLOGY);
      const { report } = await runModelDetailed(file, loadConfig('scalesim-ws32'), { fidelity, skipReference: true });
      const got = report.layers.map((l) => [l.scalesim?.m, l.scalesim?.folds, l.scalesim?.formulaCycles, l.scalesim?.matrixCycles]);
      expect(got).toEqual([
        [171_396, 1, 171_490, 171_490],
        [42_436, 5, 212_650, 212_650],
      ]);
    }, 600_000);
  }
});
