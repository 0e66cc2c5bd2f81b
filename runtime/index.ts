// Public face of runtime/: running a model on the simulated TPU with fallback devices (runModel,
// runModelDetailed), and the Session and compiled model behind it. Layout: compile/ (the passes),
// lower/ (the TPU's layer emitters), devices/ (capability and placement), fallback/ (worker pool);
// see README.md.
export { BadInputError, CompileError, RuntimeError } from './errors.js';
export {
  DEFAULT_MODEL,
  loadModel,
  runModel,
  runModelDetailed,
  type LoadedModel,
  type ModelRun,
  type RunModelOptions,
} from './run-model.js';
export { Session, type SessionOptions, type RunSessionOptions, type SessionRun, type Step, type StepResult } from './session.js';
export { compileModel, type CompileOptions } from './compile/index.js';
export { DEGENERATE_COSINE, degenerateOutputNotes } from './report.js';
export type { CompiledModel } from './compiled-model.js';
