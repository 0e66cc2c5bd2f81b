// The `tpusim` command. Exit codes: 0 ok, 1 a run failed, 2 bad usage or bad input.
import { Command, CommanderError } from 'commander';
import type * as Sim from '../sim/index.js';
// sim/paths.ts has no imports: --help and --version do not load the config schema (zod)
import { packageVersion } from '../sim/paths.js';
import { RUNTIME_MODULE } from '../runtime/module-url.js';
import { registerAsmCommands } from './commands/asm.js';
import { registerConfigsCommand } from './commands/configs.js';
import { registerExecCommand } from './commands/exec.js';
import { registerModelsCommand } from './commands/models-command.js';
import { registerRunCommand } from './commands/run.js';
import { registerCompareCommand } from './commands/compare.js';
import { registerSweepCommand } from './commands/sweep.js';
import { registerScaleSimCommand } from './commands/scalesim-command.js';
import { registerWorkerCommand } from './commands/worker.js';

/** Builds the command tree (exported for tests). */
export function buildProgram(): Command {
  const program = new Command();
  program
    .name('tpusim')
    .description('Cycle-level simulator and runtime for a TPU-style ML ASIC (Google TPU v1 by default)')
    .version(packageVersion(), '-V, --version')
    .showHelpAfterError('(run `tpusim --help` for usage)')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  // sim/ (with zod) loads before the action of compare and sweep, whose injected config loaders
  // are synchronous; every other command imports what it needs in its action (never for --help)
  let sim: typeof Sim | undefined;
  program.hook('preAction', async (_program, action) => {
    if (action.name() === 'compare' || action.name() === 'sweep') sim ??= await import('../sim/index.js');
  });
  registerRunCommand(program);
  // the runtime is loaded when a command needs it, so `tpusim --help` and `asm` start fast
  registerCompareCommand(program, {
    runModel: async (model, config, opts) => (await import('../runtime/index.js')).runModel(model, config, opts),
    loadConfig: (nameOrFile) => sim!.loadConfig(nameOrFile),
  });
  registerSweepCommand(program, {
    loadConfig: (nameOrFile) => sim!.loadConfig(nameOrFile),
    withOverrides: (c, o) => sim!.withOverrides(sim!.parseConfig(c), o),
    runModule: RUNTIME_MODULE,
  });
  registerWorkerCommand(program, { runModule: RUNTIME_MODULE });
  registerScaleSimCommand(program);
  registerModelsCommand(program);
  registerAsmCommands(program);
  registerExecCommand(program);
  registerConfigsCommand(program);
  for (const c of program.commands) c.exitOverride();
  return program;
}

/** Runs the CLI on `argv` (as process.argv) and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      // help and version exit with code 0; commander already printed usage errors
      return e.exitCode === 0 || e.code === 'commander.helpDisplayed' || e.code === 'commander.version' ? 0 : 2;
    }
    // the error classes of every layer load only when an error is to be mapped
    const { exitCodeFor } = await import('./exit-codes.js');
    const code = exitCodeFor(e);
    if (code !== undefined) {
      const message = (e as Error).message;
      // compiler-style multi-line diagnostics (file:line:col: error: ...) print as they are
      process.stderr.write(message.includes('\n') ? `${message}\n` : `tpusim: ${message}\n`);
      return code;
    }
    const err = e as Error;
    process.stderr.write(`tpusim: internal error: ${err?.message ?? String(e)}\n`);
    if (process.env.TPUSIM_DEBUG) process.stderr.write(`${err?.stack ?? ''}\n`);
    else process.stderr.write('(set TPUSIM_DEBUG=1 to see the stack trace, and please report this)\n');
    return 1;
  }
}
