// cli/files.ts: the user's files, with errors that name them.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../cli/errors.js';
import { writeOutputAfterCopy } from '../../cli/files.js';
import { tempDir } from './helpers.js';

describe('writeOutputAfterCopy', () => {
  it("writes the start file's bytes, then the rest, creating the directory", () => {
    const dir = tempDir();
    const start = join(dir, 'start.bin');
    writeFileSync(start, Buffer.from([0xe2, 0x80, 0x94, 65, 0]));
    const out = join(dir, 'new', 'sub', 'page.html');
    writeOutputAfterCopy(out, start, Buffer.from('tail — é'));
    expect(readFileSync(out)).toEqual(Buffer.concat([readFileSync(start), Buffer.from('tail — é')]));
    // a second write replaces the file, not appends to it
    writeOutputAfterCopy(out, start, Buffer.from('x'));
    expect(readFileSync(out)).toEqual(Buffer.concat([readFileSync(start), Buffer.from('x')]));
  });

  it('names the output and the missing start file (a build that did not run)', () => {
    const dir = tempDir();
    const missing = join(dir, 'build', 'page-head.html');
    const out = join(dir, 'out', 'report.html');
    expect(() => writeOutputAfterCopy(out, missing, Buffer.from('x'))).toThrow(InputError);
    expect(() => writeOutputAfterCopy(out, missing, Buffer.from('x'))).toThrow(
      `${out}: cannot write: ${missing} is missing (run \`npm run build\`)`,
    );
  });

  it('names the output when it cannot be written', () => {
    const dir = tempDir();
    const start = join(dir, 'start.bin');
    writeFileSync(start, 'a');
    mkdirSync(join(dir, 'taken'));
    expect(() => writeOutputAfterCopy(join(dir, 'taken'), start, Buffer.from('x'))).toThrow(
      new RegExp(`^${join(dir, 'taken')}: cannot write \\(`),
    );
  });
});
