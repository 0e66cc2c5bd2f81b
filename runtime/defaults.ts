// Defaults of the runtime that the CLI needs before it loads the runtime itself (a module with no
// imports, so `tpusim --help` stays fast).

/** The model `tpusim run` uses when none is given. */
export const DEFAULT_MODEL = 'zoo:resnet18';
