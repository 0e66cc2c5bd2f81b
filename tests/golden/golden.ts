// Golden files: each case's expected output lives beside the suites, under tests/golden/expected/.
// `expectGolden(path, actual)` compares a text with its file; `UPDATE_GOLDEN=1 npm test` (or
// `UPDATE_GOLDEN=1 npx vitest run tests/golden`) rewrites the files instead. A mismatch fails with
// a unified diff of the first differing lines, not the whole text.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { structuredPatch } from 'diff';

/** Where the expected files live. */
export const GOLDEN_DIR = join(import.meta.dirname, 'expected');

/** Whether this run rewrites the golden files instead of checking them. */
export const UPDATING = process.env.UPDATE_GOLDEN === '1';

/** Hunks shown in a mismatch (the first differing lines are what helps; the rest is a count). */
const MAX_HUNKS = 3;
/** Removed (and, separately, added) lines shown per change inside a hunk. */
const MAX_CHANGE_LINES = 12;

/** The sha256 of bytes, hex. */
export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Values whose JSON is at most this long stay on one line. */
const INLINE_WIDTH = 120;

/**
 * JSON formatted for diffs: a value whose JSON fits in INLINE_WIDTH characters stays on one line
 * (a timeline entry, a counter set, a shape), larger ones open one member per line. Key order is
 * the object's own (the code's), so a reordering shows too.
 */
export function stableJson(value: unknown): string {
  return format(value, '') + '\n';
}

function format(value: unknown, indent: string): string {
  const flat = JSON.stringify(value);
  if (flat === undefined || flat.length <= INLINE_WIDTH || value === null || typeof value !== 'object') return flat ?? 'null';
  const inner = indent + ' ';
  if (Array.isArray(value)) return `[\n${value.map((v) => inner + format(v, inner)).join(',\n')}\n${indent}]`;
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${format(v, inner)}`).join(',\n')}\n${indent}}`;
}

/**
 * A unified diff of `expected` against `actual`, cut to the first few hunks, and inside a hunk to
 * the first lines of each change's removed and added sides; empty when equal. `name` labels the file.
 */
export function goldenDiff(name: string, expected: string, actual: string): string {
  if (expected === actual) return '';
  const patch = structuredPatch(`${name} (expected)`, `${name} (actual)`, expected, actual, '', '', { context: 3 });
  const lines = [`--- ${patch.oldFileName}`, `+++ ${patch.newFileName}`];
  for (const hunk of patch.hunks.slice(0, MAX_HUNKS)) {
    lines.push(`@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`);
    lines.push(...shortenChanges(hunk.lines.map((l) => (l.length > 200 ? `${l.slice(0, 200)}…` : l))));
  }
  if (patch.hunks.length > MAX_HUNKS) lines.push(`… and ${patch.hunks.length - MAX_HUNKS} more differing hunks`);
  return lines.join('\n');
}

/** Hunk lines with each run of removed lines, and each run of added lines, cut to MAX_CHANGE_LINES. */
function shortenChanges(hunk: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < hunk.length;) {
    const sign = hunk[i]![0];
    let j = i;
    while (j < hunk.length && hunk[j]![0] === sign) j++;
    const run = hunk.slice(i, j);
    if (sign === ' ' || run.length <= MAX_CHANGE_LINES) out.push(...run);
    else
      out.push(
        ...run.slice(0, MAX_CHANGE_LINES),
        `${sign} … ${run.length - MAX_CHANGE_LINES} more ${sign === '-' ? 'removed' : 'added'} lines`,
      );
    i = j;
  }
  return out;
}

/** Thrown when a text differs from its golden file (the message is the diff). */
export class GoldenMismatch extends Error {}

/**
 * Checks `actual` against the golden file `path` (relative to GOLDEN_DIR), or writes it when
 * UPDATE_GOLDEN=1 (`update: false` checks even then: a second run that must agree with the first). A
 * missing file is a failure that says how to create it.
 */
export function expectGolden(path: string, actual: string, opts: { update?: boolean } = {}): void {
  const file = join(GOLDEN_DIR, path);
  const shown = relative(process.cwd(), file);
  if (opts.update ?? UPDATING) {
    mkdirSync(dirname(file), { recursive: true });
    if (!existsSync(file) || readFileSync(file, 'utf8') !== actual) writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) throw new GoldenMismatch(`${shown}: no golden file; run UPDATE_GOLDEN=1 npx vitest run tests/golden to create it`);
  const diff = goldenDiff(shown, readFileSync(file, 'utf8'), actual);
  if (diff) throw new GoldenMismatch(`${shown} differs (UPDATE_GOLDEN=1 rewrites it if the change is intended):\n${diff}`);
}
