import ts from 'typescript';
const file = process.argv[2];
const program = ts.createProgram([file], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, allowJs: false, noEmit: true });
const checker = program.getTypeChecker();
const sym = checker.getSymbolAtLocation(program.getSourceFile(file));
for (const e of checker.getExportsOfModule(sym)) console.log(e.name);
