// `tpusim configs [NAME]`: a table of the hardware presets, or one config as JSON.
import type { Command } from 'commander';
import type { HardwareConfig, PeakNumbers } from '../../sim/index.js';

function bytesText(n: number): string {
  if (n >= 2 ** 20 && n % 2 ** 20 === 0) return `${n / 2 ** 20} MiB`;
  if (n >= 2 ** 10 && n % 2 ** 10 === 0) return `${n / 2 ** 10} KiB`;
  return `${n} B`;
}

/** One table row of key parameters. */
function summaryRow(c: HardwareConfig, peak: PeakNumbers): string[] {
  return [
    c.name,
    `${c.matrix.rows}x${c.matrix.cols}`,
    `${c.clockMHz}`,
    c.matrix.weightDoubleBuffer ? 'yes' : 'no',
    bytesText(c.unifiedBuffer.bytes),
    String(c.accumulators.entries),
    String(c.weightFifo.depthTiles),
    c.weightMemory.ideal ? 'ideal' : `${c.weightMemory.bandwidthGBps}`,
    c.hostInterface.ideal ? 'ideal' : `${c.hostInterface.bandwidthGBps}`,
    peak.tops.toFixed(1),
    c.weightMemory.ideal ? '-' : peak.ridgeMacsPerWeightByte.toFixed(0),
  ];
}

/** The presets as an aligned text table; `peakNumbers` is sim's, `textTable` reports' (both loaded lazily). */
export function presetTable(
  configs: HardwareConfig[],
  peakNumbers: (c: HardwareConfig) => PeakNumbers,
  textTable: (header: string[], rows: string[][], right: boolean[]) => string,
): string {
  const header = ['name', 'array', 'MHz', 'dbl-buf', 'UB', 'acc rows', 'FIFO', 'weights GB/s', 'host GB/s', 'peak TOPS', 'ridge'];
  const rows = configs.map((c) => summaryRow(c, peakNumbers(c)));
  return textTable(header, rows, [false, false, true, false, true, true, true, true, true, true, true]) + '\n';
}

export function registerConfigsCommand(program: Command): void {
  program
    .command('configs')
    .description('list the hardware presets, or print one config (preset name or JSON file) as JSON')
    .argument('[name]', 'preset name or config file')
    .action(async (name: string | undefined) => {
      // sim/ (with zod) loads when the command runs, not at start (`tpusim --help` starts fast)
      const [{ listPresets, loadConfig, peakNumbers }, { textTable }] = await Promise.all([
        import('../../sim/index.js'),
        import('../../reports/index.js'),
      ]);
      // a bad name or file is a ConfigError, which the CLI reports as bad input (exit 2)
      if (name) {
        process.stdout.write(JSON.stringify(loadConfig(name), null, 2) + '\n');
      } else {
        process.stdout.write(
          presetTable(
            listPresets().map((p) => loadConfig(p)),
            peakNumbers,
            textTable,
          ),
        );
        process.stdout.write(
          '(peak TOPS counts a MAC as 2 ops; ridge = MACs per weight byte at which compute and weight bandwidth balance)\n',
        );
      }
    });
}
