// Public face of sim/: the simulated ASIC's TypeScript side.
export { packageRoot, packageVersion } from './paths.js';
