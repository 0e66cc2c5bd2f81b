// Loads the TypeScript worker when tpusim runs from source (tests, tsx): piscina cannot load
// a .ts file on Node 20, even with tsx. The compiled dist/ tree uses worker.js directly.
import { tsImport } from 'tsx/esm/api';

export default (await tsImport('./worker.ts', import.meta.url)).default;
