// `tpusim configs [NAME]`: a table of the hardware presets, or one config as JSON.
import type { Command } from 'commander';
import { ConfigError, listPresets, loadConfig, peakNumbers, type HardwareConfig } from '../../sim/index.js';
import { InputError } from '../errors.js';

function bytesText(n: number): string {
  if (n >= 2 ** 20 && n % 2 ** 20 === 0) return `${n / 2 ** 20} MiB`;
  if (n >= 2 ** 10 && n % 2 ** 10 === 0) return `${n / 2 ** 10} KiB`;
  return `${n} B`;
}

/** One table row of key parameters. */
function summaryRow(c: HardwareConfig): string[] {
  const peak = peakNumbers(c);
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

/** The presets as an aligned text table. */
export function presetTable(configs: HardwareConfig[]): string {
  const header = ['name', 'array', 'MHz', 'dbl-buf', 'UB', 'acc rows', 'FIFO', 'weights GB/s', 'host GB/s', 'peak TOPS', 'ridge'];
  const rows = configs.map(summaryRow);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (r: string[]) => r.map((v, i) => v.padEnd(widths[i]!)).join('  ').trimEnd();
  return [fmt(header), ...rows.map(fmt)].join('\n') + '\n';
}

export function registerConfigsCommand(program: Command): void {
  program
    .command('configs')
    .description('list the hardware presets, or print one config (preset name or JSON file) as JSON')
    .argument('[name]', 'preset name or config file')
    .action((name: string | undefined) => {
      try {
        if (name) {
          process.stdout.write(JSON.stringify(loadConfig(name), null, 2) + '\n');
        } else {
          process.stdout.write(presetTable(listPresets().map((p) => loadConfig(p))));
          process.stdout.write('(peak TOPS counts a MAC as 2 ops; ridge = MACs per weight byte at which compute and weight bandwidth balance)\n');
        }
      } catch (e) {
        if (e instanceof ConfigError) throw new InputError(e.message);
        throw e;
      }
    });
}
