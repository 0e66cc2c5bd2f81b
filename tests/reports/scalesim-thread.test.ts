// SCALE-Sim's memory bookkeeping on a worker thread (reports/scalesim-thread.ts) gives what
// computing it in-thread gives, layer by layer, errors included. The worker exists only compiled,
// so this loads the build's module (as `tpusim run` and `tpusim scalesim` do); from the TypeScript
// sources there is no worker and the caller computes in-thread.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as source from '../../reports/scalesim-thread.js';
import { loadTopologyFile } from '../../graph/index.js';
import { type ScaleSimArraySpec, scaleSimMemory } from '../../reports/index.js';
import { TOPOLOGIES } from '../helpers/common.js';
import { ROOT } from '../cli/helpers.js';

const built = (await import(pathToFileURL(join(ROOT, 'dist', 'reports', 'scalesim-thread.js')).href)) as typeof source;
const layers = loadTopologyFile(join(TOPOLOGIES, 'v2', 'conv_nets', 'alexnet.csv')).layers;

/** Each layer's in-thread result, or its error. */
function inThread(array: ScaleSimArraySpec) {
  return layers.map((l) => {
    try {
      return scaleSimMemory(l, array);
    } catch (e) {
      return e;
    }
  });
}

describe('SCALE-Sim bookkeeping on a worker thread', () => {
  it.each(['ws', 'os', 'is'] as const)('equals the in-thread bookkeeping (%s)', async (dataflow) => {
    const array: ScaleSimArraySpec = { rows: 16, cols: 32, dataflow, sramKB: { ifmap: 8, filter: 16, ofmap: 2 } };
    const want = inThread(array);
    expect(want.every((m) => !(m instanceof Error))).toBe(true);
    expect(await built.startScaleSimMemory(layers, array)()).toEqual(want);
  });

  it("passes each layer's error back as the same class with the same message", async () => {
    const array: ScaleSimArraySpec = { rows: 8, cols: 8, dataflow: 'ws', sramKB: { ifmap: 0.05, filter: 64, ofmap: 64 } };
    const got = await built.startScaleSimMemory(layers, array)();
    expect(got).toHaveLength(layers.length);
    for (const e of got!) {
      expect(e).toBeInstanceOf(RangeError);
      expect((e as Error).message).toBe("IFMAP SRAM of 0.05 kB is smaller than SCALE-Sim's 100 sets");
    }
  });

  it('keeps the process alive only while awaited, so a failed run exits without waiting for it', async () => {
    const ports = () => process.getActiveResourcesInfo().filter((r) => r === 'MessagePort').length;
    const array: ScaleSimArraySpec = { rows: 8, cols: 8, dataflow: 'os', sramKB: { ifmap: 64, filter: 64, ofmap: 64 } };
    const before = ports();
    const pending = built.startScaleSimMemory(layers, array);
    expect(ports()).toBe(before);
    const result = pending();
    expect(ports()).toBe(before + 1);
    expect(await result).toHaveLength(layers.length);
  });

  it('from the TypeScript sources there is no worker: the caller computes in-thread', async () => {
    const array: ScaleSimArraySpec = { rows: 8, cols: 8, dataflow: 'ws', sramKB: { ifmap: 64, filter: 64, ofmap: 64 } };
    expect(await source.startScaleSimMemory(layers, array)()).toBeUndefined();
  });
});
