// One colour per quantity across every chart and table, so "weight stall" is the same red in the
// stacked bars, the breakdown strip and the timeline's weight lane.
import type { Device, Lane } from './schema.js';

/** The four matrix-unit cycle classes (they sum to the cycles) in stacking order. */
export const CYCLE_CLASSES = ['activeCycles', 'weightStallCycles', 'weightShiftCycles', 'nonMatrixCycles'] as const;
/** A matrix-unit cycle class. */
export type CycleClass = (typeof CYCLE_CLASSES)[number];

/** The sum of the four cycle classes (the matrix unit's cycles) of a counter set. */
export function cycleClassTotal(counters: Readonly<Record<CycleClass, number>>): number {
  return CYCLE_CLASSES.reduce((s, k) => s + counters[k], 0);
}

/** The stall counters that overlap the cycle classes. */
export const OVERLAPPING_STALLS = ['rawStallCycles', 'inputStallCycles'] as const;

/** The eight counters DESIGN.md names (always present in a report), in display order. */
export const NAMED_COUNTERS: readonly string[] = [...CYCLE_CLASSES, ...OVERLAPPING_STALLS, 'usefulMacs', 'unusedMacs'];

/** Display names of the cycle classes and stalls. */
export const COUNTER_LABELS: Record<string, string> = {
  activeCycles: 'active',
  weightStallCycles: 'weight stall',
  weightShiftCycles: 'weight shift',
  nonMatrixCycles: 'non-matrix',
  rawStallCycles: 'RAW stall',
  inputStallCycles: 'input stall',
  usefulMacs: 'useful MACs',
  unusedMacs: 'unused MACs',
};

/** Colours of the cycle classes and stalls. */
export const COUNTER_COLORS: Record<CycleClass | (typeof OVERLAPPING_STALLS)[number], string> = {
  activeCycles: '#2f9e5b',
  weightStallCycles: '#d64541',
  weightShiftCycles: '#f0a13a',
  nonMatrixCycles: '#a3acb9',
  rawStallCycles: '#7b57b0',
  inputStallCycles: '#2f7fc9',
};

/** Colours of the devices (fallback time in the cycle chart, roofline points, placement). */
export const DEVICE_COLORS: Record<Device, string> = {
  tpu: '#1d5f9e',
  cpu: '#8c5a3c',
  gpu: '#c44f9b',
};

/** Timeline lanes top to bottom, coloured like the counter each one drives. */
export const LANES: readonly Lane[] = ['host', 'weights', 'matrix', 'activate', 'vector', 'transfer', 'cpu', 'gpu'];

/** Colours of the timeline lanes. */
export const LANE_COLORS: Record<Lane, string> = {
  host: COUNTER_COLORS.inputStallCycles,
  weights: COUNTER_COLORS.weightStallCycles,
  matrix: COUNTER_COLORS.activeCycles,
  activate: '#1a9c9c',
  vector: '#7b57b0',
  transfer: '#6c7a89',
  cpu: DEVICE_COLORS.cpu,
  gpu: DEVICE_COLORS.gpu,
};

/** Series colours for comparison entries and sweep lines (one per config or device). */
export const SERIES_COLORS: readonly string[] = [
  '#1d5f9e',
  '#e07b24',
  '#2f9e5b',
  '#c23b3b',
  '#7b57b0',
  '#8c5a3c',
  '#c44f9b',
  '#6c7a89',
  '#a8a81f',
  '#1a9c9c',
];

/** The series colour of the i-th entry. */
export function seriesColor(i: number): string {
  return SERIES_COLORS[i % SERIES_COLORS.length]!;
}
