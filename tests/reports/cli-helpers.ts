// Runs the compare/sweep command modules in-process with captured output.
import { Command } from 'commander';
import type { CommandIo } from '../../cli/commands/run-deps.js';
import { tempDir } from '../cli/helpers.js';

/** Output of one command run; `error` is what the action threw (the CLI maps it to an exit code). */
export interface CommandRun {
  stdout: string;
  stderr: string;
  error: unknown;
}

/** A fresh temporary directory for a command's --out. */
export function outDir(): string {
  return tempDir('tpusim-reports-');
}

/** Registers a command on a fresh program, runs `tpusim ...args`, and captures stdout and stderr. */
export async function runCommand(register: (program: Command, io: CommandIo) => void, args: string[]): Promise<CommandRun> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIo = {
    stdout: { write: (s: string) => out.push(s), isTTY: false },
    stderr: { write: (s: string) => err.push(s), isTTY: false },
  };
  const program = new Command()
    .name('tpusim')
    .exitOverride()
    .configureOutput({ writeOut: (s) => out.push(s), writeErr: (s) => err.push(s) });
  register(program, io);
  for (const c of program.commands) c.exitOverride();
  let error: unknown;
  try {
    await program.parseAsync(['node', 'tpusim', ...args]);
  } catch (e) {
    error = e;
  }
  return { stdout: out.join(''), stderr: err.join(''), error };
}
