// Piscina cannot load a .ts worker on Node 20, even with tsx: this shim loads sweep-worker.ts through tsx.
// From the compiled dist/ tree the pool points at sweep-worker.js instead.
import { tsImport } from 'tsx/esm/api';

export default (await tsImport('./sweep-worker.ts', import.meta.url)).default;
