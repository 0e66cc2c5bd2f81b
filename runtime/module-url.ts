// Where the runtime's entry module is, for code that imports it by URL on another thread or in
// another process (sweep and queue workers): next to this file in dist/runtime/, and in the CLI
// bundle, where every output sits in dist/bundle/ and the runtime's entry is named index.js too
// (scripts/bundle.ts). It imports nothing, so the CLI can name it at start.
export const RUNTIME_MODULE = new URL('./index.js', import.meta.url);
