// The protobuf packages behind ONNX import and export, loaded on first use: a SCALE-Sim topology
// or a zoo model never reads or writes ONNX, so its run does not pay for loading them at start.
import { createRequire } from 'node:module';
import type * as ProtoModules from './proto-modules.js';

/** The protobuf functions and ONNX message schemas and enums graph/onnx/ uses. */
export type Proto = typeof ProtoModules;

// require() of an ES module (Node >= 20.19) loads it synchronously, when first needed. Run from
// the TypeScript sources (tsx, vitest), whose loaders serve import() but not a plain require() of
// a .ts file, or on an older Node, the modules are imported with this one instead. In the CLI
// bundle (scripts/bundle.ts) proto-modules.js is an entry of its own beside every chunk and the
// CommonJS copy of the CLI (main.cjs), so the same relative require finds it there; that copy has
// no top-level await, and the bundle's build checks that it never reaches the import below.
const lazy = /\.c?js$/.test(import.meta.url) && process.features.require_module === true;
let modules: Proto | undefined = lazy ? undefined : await import('./proto-modules.js');

/** The protobuf modules, loaded by the first call. */
export function proto(): Proto {
  modules ??= createRequire(import.meta.url)('./proto-modules.js') as Proto;
  return modules;
}
