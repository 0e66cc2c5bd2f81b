// The `tpusim` command. Exit codes: 0 ok, 1 a run failed, 2 bad usage or bad input.
import { Command, CommanderError } from 'commander';
import { packageVersion } from '../sim/index.js';
import { registerAsmCommands } from './commands/asm.js';
import { InputError, RunError } from './errors.js';

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
  registerAsmCommands(program);
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
    if (e instanceof InputError || e instanceof RunError) {
      // compiler-style multi-line diagnostics (file:line:col: error: ...) print as they are
      process.stderr.write(e.message.includes('\n') ? `${e.message}\n` : `tpusim: ${e.message}\n`);
      return e.exitCode;
    }
    const err = e as Error;
    process.stderr.write(`tpusim: internal error: ${err?.message ?? String(e)}\n`);
    if (process.env.TPUSIM_DEBUG) process.stderr.write(`${err?.stack ?? ''}\n`);
    else process.stderr.write('(set TPUSIM_DEBUG=1 to see the stack trace, and please report this)\n');
    return 1;
  }
}
