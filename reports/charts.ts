// Chart pieces shared by the pages: rooflines and log axes.
import type { Data } from 'plotly.js-dist-min';
import { escapeHtml } from './format.js';
import { attainableTops, type Roofline } from './hardware.js';

/** A log axis labelled at powers of ten with plain numbers (plotly's default labels 2 and 5 between them). */
export const LOG_AXIS = { type: 'log', dtick: 1, tickformat: ',~g' } as const;

// roofs often share a ceiling or a slope; dashes keep coinciding segments of different roofs apart
const DASHES = ['solid', 'dash', 'dot', 'dashdot', 'longdash'] as const;

/**
 * The axes of a roofline chart: x spans the given intensities and the roofs' ridges (the positive
 * ones) with a factor 4 of room either side; the log y range reaches from half the lowest of the
 * points and the roofs at the left edge up to twice the highest ceiling.
 */
export function rooflineAxes(
  roofs: readonly Roofline[],
  intensities: readonly number[],
  tops: readonly number[],
): { xmin: number; xmax: number; yrange: [number, number] } {
  const xs = [...intensities, ...roofs.map((r) => r.ridgeIntensity)].filter((x) => x > 0);
  const xmin = xs.length ? Math.min(...xs) / 4 : 0.1;
  const xmax = xs.length ? Math.max(...xs) * 4 : 1e4;
  const lows = [...tops, ...roofs.map((r) => attainableTops(r, xmin))];
  return { xmin, xmax, yrange: [Math.log10(Math.min(...lows) / 2), Math.log10(Math.max(...roofs.map((r) => r.peakTops)) * 2)] };
}

/** Roofline traces (a polyline per roof) spanning [xmin, xmax]. */
export function roofTraces(roofs: readonly { roof: Roofline; color: string; name: string }[], xmin: number, xmax: number): Data[] {
  return roofs.map(({ roof, color, name }, i) => {
    const xs = [xmin, ...(roof.ridgeIntensity > xmin && roof.ridgeIntensity < xmax ? [roof.ridgeIntensity] : []), xmax];
    return {
      type: 'scatter',
      mode: 'lines',
      name,
      x: xs,
      y: xs.map((v) => attainableTops(roof, v)),
      line: { color, width: 2.5, dash: DASHES[i % DASHES.length] },
      hovertemplate: `${escapeHtml(roof.label)} roofline<br>%{x:,.3~g} MACs/B → %{y:.3~g} TOPS<extra></extra>`,
    };
  });
}
