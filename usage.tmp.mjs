import ts from 'typescript';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
const root = process.cwd();
const target = process.argv[2]; // e.g. graph
const tops = ['isa','asc','sim','graph','runtime','reports','cli','bench','scripts','bin','tests'];
function walk(d, out) { for (const e of readdirSync(d, { withFileTypes: true })) { const p = join(d, e.name); if (e.isDirectory()) { if (e.name === 'node_modules') continue; walk(p, out); } else if (/\.(ts|mts|mjs)$/.test(e.name)) out.push(p); } return out; }
const used = new Map();
for (const t of tops) { if (t === target) continue; for (const f of walk(join(root, t), [])) {
  const text = readFileSync(f, 'utf8');
  const sf = ts.createSourceFile(f, text, ts.ScriptTarget.Latest, true);
  const isIdx = (spec) => spec.startsWith('.') && relative(root, resolve(dirname(f), spec)).replace(/\.ts$/, '.js') === `${target}/index.js`;
  const add = (n) => { used.set(n, [...(used.get(n) ?? []), relative(root, f)]); };
  const visit = (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && isIdx(node.moduleSpecifier.text)) {
      const b = ts.isImportDeclaration(node) ? node.importClause?.namedBindings : node.exportClause;
      if (b && (ts.isNamedImports(b) || ts.isNamedExports(b))) for (const e of b.elements) add((e.propertyName ?? e.name).text);
      else if (b && ts.isNamespaceImport(b)) add('*ns*');
      else if (!b) add('*all*');
    }
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && ts.isStringLiteral(node.arguments[0]) && isIdx(node.arguments[0].text)) {
      // (await import(x)).name  or  const { a, b } = await import(x)
      let p = node.parent; if (ts.isAwaitExpression(p)) p = p.parent; while (ts.isParenthesizedExpression(p)) p = p.parent;
      if (ts.isPropertyAccessExpression(p)) add(p.name.text);
      else if (ts.isVariableDeclaration(p) && ts.isObjectBindingPattern(p.name)) for (const e of p.name.elements) add((e.propertyName ?? e.name).text);
      else add('*dyn*@' + relative(root, f));
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}}
for (const [n, fs] of [...used].sort()) console.log(n, [...new Set(fs.map(x=>x.split('/')[0]))].join(','));
