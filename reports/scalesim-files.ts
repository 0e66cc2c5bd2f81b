// SCALE-Sim v2's report files — COMPUTE_REPORT.csv, BANDWIDTH_REPORT.csv, DETAILED_ACCESS_REPORT.csv —
// and its per-layer stdout lines, with its exact columns and number formatting (simulator.py,
// single_layer_sim.py). The cycle count of each layer is tpusim's simulated one; everything SCALE-Sim
// counts by convention comes from scalesim-model.ts.
import {
  type PythonSummation,
  type ScaleSimAccess,
  type ScaleSimArraySpec,
  type ScaleSimLayerShape,
  type ScaleSimMapping,
  type ScaleSimMemoryReport,
  scaleSimMapping,
  scaleSimMemory,
  scaleSimUtilizations,
} from './scalesim-model.js';

/** One layer of a SCALE-Sim-shaped run: its shape and the matrix-unit cycles tpusim simulated for it. */
export interface ScaleSimLayerRun {
  layer: ScaleSimLayerShape;
  /** Cycles from the layer's first to its last multiply, as report.json's `scalesim.matrixCycles`. */
  simulatedCycles: number;
}

/** Every number of one layer's three report rows. */
export interface ScaleSimLayerReport {
  name: string;
  mapping: ScaleSimMapping;
  totalCycles: number;
  stallCycles: number;
  overallUtil: number;
  mappingEfficiency: number;
  computeUtil: number;
  /** SRAM and DRAM bandwidths in words per cycle. */
  bandwidth: { ifmapSram: number; filterSram: number; ofmapSram: number; ifmapDram: number; filterDram: number; ofmapDram: number };
  sram: { ifmap: ScaleSimAccess; filter: ScaleSimAccess; ofmap: ScaleSimAccess };
  dram: { ifmap: ScaleSimAccess; filter: ScaleSimAccess; ofmap: ScaleSimAccess };
  /** Set when the simulated cycles differ from SCALE-Sim's demand-row count (see docs/VALIDATION.md). */
  cycleMismatch?: { simulated: number; scaleSim: number };
}

/**
 * Matrix-unit cycles SCALE-Sim's code leaves out of a layer that the hardware spends: none for
 * ws and is (its fold length 2R + C + T - 2 is the simulated one). For os its fold length R + C + T - 2
 * omits draining the R rows of stationary outputs (SCALE-Sim v3 issue #4, acknowledged), so a
 * simulation that drains them spends R more cycles per fold.
 */
export function scaleSimOmittedCycles(map: ScaleSimMapping): number {
  return map.dataflow === 'os' ? map.folds * map.rows : 0;
}

/**
 * Computes one layer's report numbers: cycles from the simulation, the rest by SCALE-Sim's
 * conventions; `memory` is the layer's `scaleSimMemory` when already computed (e.g. on another thread).
 */
export function scaleSimLayerReport(
  run: ScaleSimLayerRun,
  array: ScaleSimArraySpec,
  summation: PythonSummation = 'compensated',
  memory?: ScaleSimMemoryReport,
): ScaleSimLayerReport {
  const map = scaleSimMapping(run.layer, array);
  memory ??= scaleSimMemory(run.layer, array, map);
  // SCALE-Sim's Total Cycles is the 0-based index of the last demand row, hence the -1
  const scaleSimRows = run.simulatedCycles - scaleSimOmittedCycles(map);
  const totalCycles = scaleSimRows - 1 + memory.stallCycles;
  const { mappingEfficiency, computeUtil } = scaleSimUtilizations(map, summation);
  const dramBw = (a: ScaleSimAccess) => a.count / (a.stop - a.start + 1);
  return {
    name: run.layer.name,
    mapping: map,
    totalCycles,
    stallCycles: memory.stallCycles,
    overallUtil: (map.macs * 100) / (totalCycles * map.rows * map.cols),
    mappingEfficiency,
    computeUtil,
    bandwidth: {
      ifmapSram: memory.sramIfmap.count / totalCycles,
      filterSram: memory.sramFilter.count / totalCycles,
      ofmapSram: memory.sramOfmap.count / totalCycles,
      ifmapDram: dramBw(memory.dramIfmap),
      filterDram: dramBw(memory.dramFilter),
      ofmapDram: dramBw(memory.dramOfmap),
    },
    sram: { ifmap: memory.sramIfmap, filter: memory.sramFilter, ofmap: memory.sramOfmap },
    dram: { ifmap: memory.dramIfmap, filter: memory.dramFilter, ofmap: memory.dramOfmap },
    ...(scaleSimRows !== map.demandRows
      ? { cycleMismatch: { simulated: run.simulatedCycles, scaleSim: map.demandRows + scaleSimOmittedCycles(map) } }
      : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Python's number formatting

/** Python's repr() of a float (str(float) and numpy float64's str agree in this range): shortest round-trip digits. */
export function pythonFloat(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  // JavaScript's toExponential() gives the same shortest round-trip digits as Python's repr
  const [mantissa, exp] = x.toExponential().split('e') as [string, string];
  const e = Number(exp);
  const sign = mantissa.startsWith('-') ? '-' : '';
  const digits = mantissa.replace('-', '').replace('.', '');
  if (e < -4 || e >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${m}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  }
  if (e < 0) return `${sign}0.${'0'.repeat(-e - 1)}${digits}`;
  const int = digits.slice(0, e + 1).padEnd(e + 1, '0');
  const frac = digits.slice(e + 1);
  return `${sign}${int}.${frac === '' ? '0' : frac}`;
}

/** Python's `"{:.Nf}".format(x)`: the exact value rounded half to even (JavaScript's toFixed rounds exact ties up). */
export function pythonFixed(x: number, decimals: number): string {
  const s = x.toFixed(decimals);
  // a tie has a finite expansion ending in 5 right after the kept digits; doubles in this range
  // cannot come within 1e-25 of a tie without being one
  const exact = x.toFixed(Math.min(100, decimals + 25));
  const rest = exact.slice(exact.length - 25);
  if (rest !== `5${'0'.repeat(24)}`) return s;
  const kept = exact.slice(0, exact.length - 25);
  const lastDigit = Number(kept[kept.length - 1]);
  if (lastDigit % 2 === 0) return kept.endsWith('.') ? kept.slice(0, -1) : kept; // round down to even
  return s; // toFixed rounded the tie up, to the even digit
}

/** A cycle stamp as SCALE-Sim prints it: numpy float64, e.g. `33.0`. */
function cycle(x: number): string {
  return pythonFloat(x);
}

// ---------------------------------------------------------------------------------------------
// The files

export const COMPUTE_REPORT_HEADER = 'LayerID, Total Cycles, Stall Cycles, Overall Util %, Mapping Efficiency %, Compute Util %,';
export const BANDWIDTH_REPORT_HEADER =
  'LayerID, Avg IFMAP SRAM BW, Avg FILTER SRAM BW, Avg OFMAP SRAM BW, Avg IFMAP DRAM BW, Avg FILTER DRAM BW, Avg OFMAP DRAM BW,';
export const DETAILED_ACCESS_REPORT_HEADER = [
  'LayerID',
  'SRAM IFMAP Start Cycle, SRAM IFMAP Stop Cycle, SRAM IFMAP Reads',
  'SRAM Filter Start Cycle, SRAM Filter Stop Cycle, SRAM Filter Reads',
  'SRAM OFMAP Start Cycle, SRAM OFMAP Stop Cycle, SRAM OFMAP Writes',
  'DRAM IFMAP Start Cycle, DRAM IFMAP Stop Cycle, DRAM IFMAP Reads',
  'DRAM Filter Start Cycle, DRAM Filter Stop Cycle, DRAM Filter Reads',
  'DRAM OFMAP Start Cycle, DRAM OFMAP Stop Cycle, DRAM OFMAP Writes,',
].join(', ');

/** The three report files' text, as simulator.generate_reports() writes them (`, ` between fields, a trailing comma, LF). */
export interface ScaleSimReportFiles {
  'COMPUTE_REPORT.csv': string;
  'BANDWIDTH_REPORT.csv': string;
  'DETAILED_ACCESS_REPORT.csv': string;
}

const row = (id: number, fields: string[]) => `${id}, ${fields.join(', ')},\n`;

/** Renders the three files from per-layer reports (LayerID = position). */
export function renderScaleSimReports(layers: readonly ScaleSimLayerReport[]): ScaleSimReportFiles {
  let compute = `${COMPUTE_REPORT_HEADER}\n`,
    bandwidth = `${BANDWIDTH_REPORT_HEADER}\n`,
    detail = `${DETAILED_ACCESS_REPORT_HEADER}\n`;
  layers.forEach((l, id) => {
    compute += row(id, [
      String(l.totalCycles),
      String(l.stallCycles),
      pythonFloat(l.overallUtil),
      pythonFloat(l.mappingEfficiency),
      pythonFloat(l.computeUtil),
    ]);
    const b = l.bandwidth;
    bandwidth += row(id, [b.ifmapSram, b.filterSram, b.ofmapSram, b.ifmapDram, b.filterDram, b.ofmapDram].map(pythonFloat));
    const access = (a: ScaleSimAccess) => [cycle(a.start), cycle(a.stop), String(a.count)];
    detail += row(id, [l.sram.ifmap, l.sram.filter, l.sram.ofmap, l.dram.ifmap, l.dram.filter, l.dram.ofmap].flatMap(access));
  });
  return { 'COMPUTE_REPORT.csv': compute, 'BANDWIDTH_REPORT.csv': bandwidth, 'DETAILED_ACCESS_REPORT.csv': detail };
}

/** The lines scale.py prints for a layer (simulator.run with verbose on). */
export function scaleSimLayerLines(id: number, l: ScaleSimLayerReport): string {
  return [
    '',
    `Running Layer ${id}`,
    `Compute cycles: ${l.totalCycles}`,
    `Stall cycles: ${l.stallCycles}`,
    `Overall utilization: ${pythonFixed(l.overallUtil, 2)}%`,
    `Mapping efficiency: ${pythonFixed(l.mappingEfficiency, 2)}%`,
    `Average IFMAP DRAM BW: ${pythonFixed(l.bandwidth.ifmapDram, 3)} words/cycle`,
    `Average Filter DRAM BW: ${pythonFixed(l.bandwidth.filterDram, 3)} words/cycle`,
    `Average OFMAP DRAM BW: ${pythonFixed(l.bandwidth.ofmapDram, 3)} words/cycle`,
    '',
  ].join('\n');
}

/** The banner scale.py prints before the layers (scale_sim.print_run_configs, CALC mode). */
export function scaleSimBanner(array: ScaleSimArraySpec, topologyPath: string): string {
  const df = { ws: 'Weight Stationary', os: 'Output Stationary', is: 'Input Stationary' }[array.dataflow];
  return [
    '====================================================',
    '******************* SCALE SIM **********************',
    '====================================================',
    `Array Size: \t${array.rows}x${array.cols}`,
    `SRAM IFMAP (kB): \t${array.sramKB.ifmap}`,
    `SRAM Filter (kB): \t${array.sramKB.filter}`,
    `SRAM OFMAP (kB): \t${array.sramKB.ofmap}`,
    `Dataflow: \t${df}`,
    `CSV file path: \t${topologyPath}`,
    'Working in ESTIMATE BANDWIDTH mode.',
    '====================================================',
    '',
  ].join('\n');
}

/** The line scale.py ends with. */
export const SCALESIM_DONE_LINE = '************ SCALE SIM Run Complete ****************\n';
