// The folder boundaries of docs/DESIGN.md, enforced: the "Layout" table says which folders each
// folder may import, every import of another folder goes through its index.ts, and the table of
// deliberate exceptions below it lists what may break either rule. Imports are read with
// TypeScript's own pre-processor (static, dynamic and type-only imports, re-exports).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DESIGN = 'docs/DESIGN.md';
const CODE = /\.(ts|mts|mjs|js|cjs)$/;

/** What the design doc says: each folder's allowed dependencies, and the deliberate exceptions. */
interface Rules {
  dependsOn: Map<string, Set<string>>;
  exceptions: { importers: string[]; targets: string[] }[];
}

/** One import of another folder: the file, what it names and the repo-relative file it resolves to. */
interface CrossImport {
  file: string;
  spec: string;
  target: string;
}

/** The body rows of the markdown table whose header is exactly `header`. */
function tableRows(markdown: string, header: string[]): string[][] {
  const cells = (line: string) =>
    line
      .trim()
      .replace(/^\|/, '')
      .replace(/\|$/, '')
      .split('|')
      .map((c) => c.trim());
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => l.trim().startsWith('|') && cells(l).join('|') === header.join('|'));
  if (start < 0) throw new Error(`${DESIGN}: no table with the header | ${header.join(' | ')} |`);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.trim().startsWith('|')) break;
    rows.push(cells(line));
  }
  return rows;
}

/** The `code` spans of a table cell. */
function backticked(cell: string): string[] {
  return [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
}

/** Reads the layout table and the exceptions table of the design doc. */
function readRules(markdown: string): Rules {
  const dependsOn = new Map<string, Set<string>>();
  for (const [folder = '', , deps = ''] of tableRows(markdown, ['folder', 'holds', 'depends on'])) {
    const name = backticked(folder)[0];
    if (!name?.endsWith('/')) throw new Error(`${DESIGN}: layout row "${folder}" does not name a folder as \`name/\``);
    dependsOn.set(name.slice(0, -1), new Set(backticked(deps).map((d) => d.replace(/\/$/, ''))));
  }
  const exceptions = tableRows(markdown, ['importer', 'imports', 'why']).map(([importers = '', targets = '', why = '']) => {
    if (why.length < 10) throw new Error(`${DESIGN}: the exception for ${importers} gives no reason`);
    return { importers: backticked(importers), targets: backticked(targets) };
  });
  return { dependsOn, exceptions };
}

/** True when `path` is `pattern`, lies under it (a pattern ending in `/`), or the pattern is `*`. */
function covers(pattern: string, path: string): boolean {
  return pattern === '*' || pattern === path || (pattern.endsWith('/') && path.startsWith(pattern));
}

/** The repo-relative file an import resolves to: `x.js` names `x.ts` when that is the source. */
function resolveImport(file: string, spec: string, exists: (path: string) => boolean): string {
  const target = posix.normalize(posix.join(posix.dirname(file), spec));
  const source = target.replace(/\.js$/, '.ts');
  return source !== target && exists(source) ? source : target;
}

/** Every relative import in `files` that leaves the importing file's top-level folder. */
function crossImports(files: Map<string, string>, exists: (path: string) => boolean): CrossImport[] {
  const found: CrossImport[] = [];
  for (const [file, text] of files) {
    for (const { fileName: spec } of ts.preProcessFile(text, true, true).importedFiles) {
      if (!spec.startsWith('.')) continue;
      const target = resolveImport(file, spec, exists);
      if (target.split('/')[0] !== file.split('/')[0]) found.push({ file, spec, target });
    }
  }
  return found;
}

/** Why an import breaks the rules (undefined when it keeps them). */
function ruleBroken(imp: CrossImport, rules: Rules): string | undefined {
  const from = imp.file.split('/')[0]!;
  const to = imp.target.split('/')[0]!;
  if (!rules.dependsOn.get(from)?.has(to)) return `${from}/ may not depend on ${to}/`;
  if (!/^[^/]+\/index\.(ts|js|mjs)$/.test(imp.target)) return `reaches past ${to}/index.ts`;
  return undefined;
}

/** Imports that break the rules and no exception allows, and the exceptions no such import needs. */
function checkImports(imports: CrossImport[], rules: Rules): { violations: string[]; unusedExceptions: string[] } {
  const used = new Set<number>();
  const violations: string[] = [];
  for (const imp of imports) {
    const why = ruleBroken(imp, rules);
    if (!why) continue;
    const i = rules.exceptions.findIndex(
      (e) => e.importers.some((p) => covers(p, imp.file)) && e.targets.some((p) => covers(p, imp.target)),
    );
    if (i >= 0) used.add(i);
    else violations.push(`${imp.file} imports '${imp.spec}': ${why}`);
  }
  const unusedExceptions = rules.exceptions
    .filter((_, i) => !used.has(i))
    .map((e) => `${e.importers.join(', ')} -> ${e.targets.join(', ')}`);
  return { violations, unusedExceptions };
}

/** The repository's code files (tracked or new, not ignored), by repo-relative path. */
function repoCodeFiles(): Map<string, string> {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
  const files = new Map<string, string>();
  for (const path of listed.split('\n')) {
    if (path.includes('/') && CODE.test(path) && existsSync(join(ROOT, path))) files.set(path, readFileSync(join(ROOT, path), 'utf8'));
  }
  return files;
}

describe('folder boundaries (docs/DESIGN.md)', () => {
  const rules = readRules(readFileSync(join(ROOT, DESIGN), 'utf8'));
  const files = repoCodeFiles();
  const imports = crossImports(files, (path) => existsSync(join(ROOT, path)));

  it('has a layout row for every folder that holds code, and a folder for every row', () => {
    const folders = new Set([...files.keys()].map((p) => p.split('/')[0]!));
    expect(
      [...folders].filter((f) => !rules.dependsOn.has(f)),
      'folders missing from the layout table',
    ).toEqual([]);
    expect(
      [...rules.dependsOn.keys()].filter((f) => !folders.has(f)),
      'layout rows naming no folder of code',
    ).toEqual([]);
    for (const [folder, deps] of rules.dependsOn) {
      expect(
        [...deps].filter((d) => !rules.dependsOn.has(d)),
        `${folder}/ depends on folders the table lacks`,
      ).toEqual([]);
    }
  });

  it('finds the imports between folders', () => {
    // a parser that saw nothing would pass every rule: the CLI alone imports five folders
    expect(new Set(imports.filter((i) => i.file.startsWith('cli/')).map((i) => i.target.split('/')[0])).size).toBeGreaterThanOrEqual(5);
  });

  it('imports only allowed folders, only through their index.ts, and lists no exception that is not needed', () => {
    const { violations, unusedExceptions } = checkImports(imports, rules);
    expect(violations, `imports that break ${DESIGN}'s layout (fix them, or list a deliberate exception there)`).toEqual([]);
    expect(unusedExceptions, `exceptions in ${DESIGN} that no import needs any more`).toEqual([]);
  });

  it('flags a forbidden folder, an import past an index and an unused exception', () => {
    const sample = new Map([
      ['graph/a.ts', "import { Simulator } from '../sim/index.js';"],
      ['runtime/b.ts', "import type { X } from '../graph/ops/util.js';\nconst m = await import('../graph/index.js');"],
      ['cli/c.ts', "export { y } from '../runtime/errors.js';"],
    ]);
    const sampleRules = readRules(
      '| folder | holds | depends on |\n|---|---|---|\n| `graph/` | g | none |\n| `sim/` | s | none |\n' +
        '| `runtime/` | r | `graph/` |\n| `cli/` | c | `runtime/`, `sim/` |\n\n' +
        '| importer | imports | why |\n|---|---|---|\n| `cli/c.ts` | `runtime/errors.ts` | lazy loading, for the test |\n' +
        '| `cli/` | `sim/` | an exception nothing needs |\n',
    );
    const { violations, unusedExceptions } = checkImports(
      crossImports(sample, () => true),
      sampleRules,
    );
    expect(violations).toEqual([
      "graph/a.ts imports '../sim/index.js': graph/ may not depend on sim/",
      "runtime/b.ts imports '../graph/ops/util.js': reaches past graph/index.ts",
    ]);
    expect(unusedExceptions).toEqual(['cli/ -> sim/']);
  });
});
