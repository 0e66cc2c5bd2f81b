// What the views need from a report's hardware config (the full config is an open record in the
// report; sim/config.ts owns its definition) and the roofline models built from it.
// a namespace import, as in sim/config.ts (the CLI bundle then holds only the parts of zod used)
import * as z from 'zod';
import type { DeviceModel } from './schema.js';

/** Thrown when report data lacks something a view needs; the message names the field. */
export class ReportDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReportDataError';
  }
}

const positive = z.number().positive();
const EssentialConfigSchema = z.object({
  name: z.string().min(1),
  clockMHz: positive,
  // dataflow: reports written before matrix.dataflow existed ran weight stationary
  matrix: z.object({
    rows: z.number().int().positive(),
    cols: z.number().int().positive(),
    dataflow: z.enum(['ws', 'os', 'is']).default('ws'),
  }),
  weightMemory: z.object({ bandwidthGBps: positive, ideal: z.boolean().optional() }),
});

/** The config fields every view relies on. */
export interface ConfigEssentials {
  name: string;
  clockMHz: number;
  rows: number;
  cols: number;
  /** The matrix unit's dataflow: weight, output or input stationary. */
  dataflow: 'ws' | 'os' | 'is';
  weightBandwidthGBps: number;
  /** Ideal weight memory (SCALE-Sim mode): transfers take no time, so the roofline has no memory slope. */
  weightMemoryIdeal: boolean;
}

/** Reads the key fields of a hardware config; `where` names it in errors (e.g. "report.config"). */
export function configEssentials(config: Record<string, unknown>, where = 'config'): ConfigEssentials {
  const r = EssentialConfigSchema.safeParse(config);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new ReportDataError(`${[where, ...issue.path].join('.')}: ${issue.message}`);
  }
  const c = r.data;
  return {
    name: c.name,
    clockMHz: c.clockMHz,
    rows: c.matrix.rows,
    cols: c.matrix.cols,
    dataflow: c.matrix.dataflow,
    weightBandwidthGBps: c.weightMemory.bandwidthGBps,
    weightMemoryIdeal: c.weightMemory.ideal ?? false,
  };
}

/**
 * A roofline, in the TPU paper's units: x is MACs per weight byte, y is tera-ops/s (2 ops per MAC),
 * so the memory slope is 2 x bandwidth x intensity and the ridge is peak / (2 x bandwidth).
 */
export interface Roofline {
  label: string;
  peakTops: number;
  /** Infinity for an ideal memory. */
  bandwidthGBps: number;
  /** Intensity (MACs per weight byte) where the memory slope meets the compute ceiling. */
  ridgeIntensity: number;
}

/** The TPU roofline of a config: ceiling rows x cols x 2 x clock, slope from the weight-memory bandwidth. */
export function tpuRoofline(config: Record<string, unknown>, where = 'config'): Roofline {
  const c = configEssentials(config, where);
  const peakTops = (c.rows * c.cols * 2 * c.clockMHz * 1e6) / 1e12;
  return rooflineOf(c.name, peakTops, c.weightMemoryIdeal ? Infinity : c.weightBandwidthGBps);
}

/** The roofline of a modelled fallback device (fp32 peak FLOP/s and memory bandwidth). */
export function deviceRoofline(model: DeviceModel): Roofline {
  return rooflineOf(model.name, model.peakFlops / 1e12, model.bandwidthGBps);
}

function rooflineOf(label: string, peakTops: number, bandwidthGBps: number): Roofline {
  return { label, peakTops, bandwidthGBps, ridgeIntensity: (peakTops * 1e12) / (2 * bandwidthGBps * 1e9) };
}

/** Attainable tera-ops/s at an intensity (MACs per weight byte) under a roofline. */
export function attainableTops(roof: Roofline, intensity: number): number {
  return Math.min(roof.peakTops, (2 * roof.bandwidthGBps * 1e9 * intensity) / 1e12);
}

/** One leaf of a nested config, by dotted path. */
export interface ConfigField {
  path: string;
  value: string | number | boolean | null;
}

/** Flattens a nested config into dotted paths (arrays as JSON), in declaration order. */
export function flattenConfig(config: Record<string, unknown>, prefix = ''): ConfigField[] {
  const out: ConfigField[] = [];
  for (const [key, value] of Object.entries(config)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      out.push(...flattenConfig(value as Record<string, unknown>, path));
    } else if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      out.push({ path, value });
    } else {
      out.push({ path, value: JSON.stringify(value) ?? String(value) });
    }
  }
  return out;
}
