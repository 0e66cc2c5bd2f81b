// Golden runs of a few models (tests/golden/models.ts says what each covers): report.json without
// timestamps and host timings, the disassembly of every compiled program, and sha256s of the
// weight image and the parameter blocks. `UPDATE_GOLDEN=1` rewrites them.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureModel } from './capture.js';
import { GOLDEN_DIR, UPDATING, expectGolden, stableJson } from './golden.js';
import { GOLDEN_CASES } from './models.js';

describe('golden: models', () => {
  it.each(GOLDEN_CASES.map((c) => [c.name, c] as const))(
    '%s: report, programs and weight image as recorded',
    async (name, c) => {
      const cap = await captureModel(c.model(), c.config(), c.opts);
      const dir = join('models', name);
      // the program files this run should have, and no others
      const programFiles = cap.programs.map((_, i) => `program-${String(i + 1).padStart(3, '0')}.s`);
      const onDisk = existsSync(join(GOLDEN_DIR, dir)) ? readdirSync(join(GOLDEN_DIR, dir)).filter((f) => f.startsWith('program-')) : [];
      const stale = onDisk.filter((f) => !programFiles.includes(f));
      if (UPDATING) for (const f of stale) rmSync(join(GOLDEN_DIR, dir, f));
      else expect(stale, `${dir}: recorded programs this run did not produce`).toEqual([]);
      expectGolden(join(dir, 'hashes.json'), stableJson(cap.hashes));
      expectGolden(join(dir, 'report.json'), stableJson(cap.report));
      cap.programs.forEach((text, i) => expectGolden(join(dir, programFiles[i]!), text));
    },
    300_000,
  );
});
