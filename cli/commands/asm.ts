// `tpusim asm FILE [-o OUT]` and `tpusim disasm FILE [-o OUT]`.
import type { Command } from 'commander';
import { InputError } from '../errors.js';
import { writeOutput } from '../files.js';

/** Default output name for `asm`: FILE with its extension replaced by .bin. */
function defaultBinaryName(file: string): string {
  const base = file.replace(/\.(s|asm|tpu|txt)$/i, '');
  return `${base}.bin`;
}

export function registerAsmCommands(program: Command): void {
  program
    .command('asm')
    .description('assemble a text program into a binary')
    .argument('<file>', 'assembly source')
    .option('-o, --out <file>', 'output binary (default: FILE with .bin)')
    .action(async (file: string, opts: { out?: string }) => {
      // the assembler (isa/) loads when the command runs, not at start (`tpusim --help` starts fast)
      const [{ encodeProgram }, { loadProgramFile }] = await Promise.all([import('../../isa/index.js'), import('../program-file.js')]);
      const prog = loadProgramFile(file);
      if (prog.binary) throw new InputError(`${file}: is already a binary program (use \`tpusim disasm\` to read it)`);
      const out = opts.out ?? defaultBinaryName(file);
      if (out === file) throw new InputError(`${file}: refusing to overwrite the source; give -o OUT`);
      const bytes = encodeProgram(prog);
      writeOutput(out, bytes);
      process.stdout.write(
        `${out}: ${prog.instructions.length} instructions, ${prog.segments.length} data segments, ${bytes.length} bytes\n`,
      );
    });

  program
    .command('disasm')
    .description('disassemble a binary program to text (prints to stdout)')
    .argument('<file>', 'program binary')
    .option('-o, --out <file>', 'write the text here instead of stdout')
    .action(async (file: string, opts: { out?: string }) => {
      const [{ disassembleProgram }, { loadProgramFile }] = await Promise.all([import('../../isa/index.js'), import('../program-file.js')]);
      const prog = loadProgramFile(file);
      if (!prog.binary) throw new InputError(`${file}: is assembly text, not a binary (use \`tpusim asm\` first)`);
      const text = disassembleProgram(prog);
      if (opts.out) writeOutput(opts.out, text);
      else process.stdout.write(text);
    });
}
