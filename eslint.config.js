// ESLint (flat config) for the TypeScript sources and the AssemblyScript core (asc/).
// `npm run lint` runs it and `prettier --check`; `npm run format` rewrites with prettier.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // generated or built output, and recorded data
  { ignores: ['dist/', 'build/', 'node_modules/', 'asc/generated/', 'graph/wasm/', 'test-output/', 'tpusim-out/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_name` marks a binding kept for its position (destructuring that drops fields, unused parameters)
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // the launcher is CommonJS (bin/package.json), so that a model command never starts Node's ES
    // module loader (cli/launch.ts)
    files: ['bin/tpusim.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // AssemblyScript (compiled by asc, not tsc): `@inline` on functions is AssemblyScript's
    // decorator, which TypeScript's grammar does not allow there, so the parser keeps the AST it
    // would otherwise reject. Its builtins (i32, u8, load<T>, unchecked, ...) are declared by
    // assemblyscript/std, which the TS parser does not see; no-undef is already off for TS.
    files: ['asc/**/*.ts'],
    languageOptions: { parserOptions: { allowInvalidAST: true } },
  },
);
