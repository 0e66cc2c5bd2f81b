// `tpusim exec PROGRAM --config NAME|FILE ...`: runs a raw ISA program (text or binary) on the
// simulator and prints its cycles and counters.
import type { Command } from 'commander';
import type { HardwareConfig, RunResult } from '../../sim/index.js';
import { InputError, RunError } from '../errors.js';
import { readBytes, writeOutput } from '../files.js';
import { createProgress } from './progress.js';
import { fidelityOption, processIo } from './run-deps.js';

interface ExecOptions {
  config: string;
  host?: string;
  weights?: string;
  fidelity: string;
  maxCycles?: string;
  dumpHost?: string;
  trace?: string;
  traceLimit: string;
  json?: boolean;
}

/** Parses a positive integer option, naming the option in the error. */
function parseCount(value: string, option: string): bigint {
  if (!/^\d+$/.test(value.replace(/_/g, ''))) throw new InputError(`${option}: expected a positive integer, got '${value}'`);
  const v = BigInt(value.replace(/_/g, ''));
  if (v <= 0n) throw new InputError(`${option}: expected a positive integer, got '${value}'`);
  return v;
}

function pct(part: number, whole: number): string {
  return whole > 0 ? `${((100 * part) / whole).toFixed(1)}%` : '-';
}

/** The human-readable summary of a run; `names` lists the counters in table order (sim's COUNTERS); `textTable` is reports' (loaded lazily). */
export function formatSummary(
  file: string,
  config: HardwareConfig,
  result: RunResult,
  instructions: number,
  names: readonly string[],
  textTable: (head: string[], rows: string[][], numeric: boolean[]) => string,
): string {
  const c = result.counters;
  const lines: string[] = [];
  lines.push(
    `${file}: ${instructions} instructions on ${config.name} (${config.matrix.rows}x${config.matrix.cols}, ${config.clockMHz} MHz), ${result.fidelity} fidelity`,
  );
  lines.push(`total: ${result.totalCycles} cycles (${(result.seconds * 1e6).toFixed(3)} us)`);
  const total = result.totalCycles;
  lines.push(
    `matrix unit: active ${c.activeCycles} (${pct(c.activeCycles!, total)}), weight stall ${c.weightStallCycles} (${pct(c.weightStallCycles!, total)}), ` +
      `weight shift ${c.weightShiftCycles} (${pct(c.weightShiftCycles!, total)}), non-matrix ${c.nonMatrixCycles} (${pct(c.nonMatrixCycles!, total)})`,
  );
  lines.push(`stalls: RAW ${c.rawStallCycles}, input ${c.inputStallCycles}, FIFO full ${c.fifoFullStallCycles}`);
  if (c.vectorBusyCycles! > 0)
    lines.push(`vector unit: busy ${c.vectorBusyCycles} cycles, ${c.ubToVectorBytes} bytes read, ${c.vectorToUbBytes} written`);
  lines.push(
    `MACs: useful ${c.usefulMacs}, unused ${c.unusedMacs} (${pct(c.usefulMacs!, c.usefulMacs! + c.unusedMacs!)} of active slots useful)`,
  );
  lines.push('');
  const header = ['counter', 'total', ...result.perTag.map((t) => `tag ${t.tag}`)];
  const rows = names.map((n) => [n, String(c[n]), ...result.perTag.map((t) => String(t.counters[n]))]);
  lines.push(
    textTable(
      header,
      rows,
      header.map((_, i) => i > 0),
    ),
  );
  for (const irq of result.interrupts) lines.push(`interrupt ${irq.code} at cycle ${irq.cycle} (instruction ${irq.pc})`);
  return lines.join('\n') + '\n';
}

/** The JSON document `tpusim exec --json` prints. */
export function execJson(file: string, config: HardwareConfig, result: RunResult): object {
  return {
    program: file,
    config: config.name,
    fidelity: result.fidelity,
    totalCycles: result.totalCycles,
    seconds: result.seconds,
    counters: result.counters,
    perTag: result.perTag.map((t) => ({ tag: t.tag, counters: t.counters, instructions: t.opcodes })),
    interrupts: result.interrupts,
  };
}

export function registerExecCommand(program: Command): void {
  program
    .command('exec')
    .description('run a raw ISA program (assembly text or binary) on the simulator and print its counters')
    .argument('<program>', 'program file (.s text or binary from `tpusim asm`)')
    .requiredOption('-c, --config <name|file>', 'hardware config: a preset name (see `tpusim configs`) or a JSON file')
    .option('--host <file>', 'initial host memory image (from address 0)')
    .option('--weights <file>', 'weight-memory image (from address 0)')
    .option('--fidelity <fast|exact>', 'fast (event timing + SIMD) or exact (every cell every cycle)', 'fast')
    .option('--max-cycles <n>', 'fail if the run needs more cycles than this (default 1e12)')
    .option('--dump-host <file>', 'write host memory to this file after the run')
    .option('--trace <file>', 'write the per-unit trace (unit, pc, op, start, end, ready) as JSON')
    .option('--trace-limit <n>', 'at most this many trace entries', '100000')
    .option('--json', 'print the result as JSON (and nothing else) on stdout')
    .action(async (file: string, opts: ExecOptions) => {
      // sim/ and the progress bar load when the command runs, not at start (`tpusim --help` starts fast)
      const [{ COUNTERS, SimError, Simulator, loadConfig }, { textTable }, { loadProgramFile }] = await Promise.all([
        import('../../sim/index.js'),
        import('../../reports/index.js'),
        import('../program-file.js'),
      ]);
      const fidelity = fidelityOption(opts.fidelity);
      const maxCycles = opts.maxCycles !== undefined ? parseCount(opts.maxCycles, '--max-cycles') : undefined;
      const traceLimit = Number(parseCount(opts.traceLimit, '--trace-limit'));
      // a bad config is a ConfigError, which the CLI reports as bad input (exit 2)
      const config = loadConfig(opts.config);
      const prog = loadProgramFile(file);
      const host = opts.host ? readBytes(opts.host) : undefined;
      const weights = opts.weights ? readBytes(opts.weights) : undefined;

      const sim = Simulator.create(config);
      try {
        sim.load({ program: prog, source: prog.source, host, weights });
      } catch (e) {
        if (e instanceof SimError) throw new InputError(`${file}: ${e.message}`);
        throw e;
      }
      const progress = createProgress(processIo(), 'exec', undefined);
      let result: RunResult;
      try {
        result = sim.run({
          fidelity,
          maxCycles,
          onProgress: (p) => progress.update(p.fraction, p.phase),
          trace: opts.trace ? { limit: traceLimit } : undefined,
        });
      } catch (e) {
        if (e instanceof SimError) throw new RunError(`${file}: ${e.message}`);
        throw e;
      } finally {
        progress.stop();
      }
      if (opts.dumpHost) writeOutput(opts.dumpHost, sim.readHost());
      if (opts.trace) writeOutput(opts.trace, JSON.stringify(result.trace, null, 1) + '\n');
      if (opts.json) process.stdout.write(JSON.stringify(execJson(file, config, result), null, 2) + '\n');
      else
        process.stdout.write(
          formatSummary(
            file,
            config,
            result,
            prog.instructions.length,
            COUNTERS.map((k) => k.name),
            textTable,
          ),
        );
    });
}
