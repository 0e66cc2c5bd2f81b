// Number and text formatting shared by every view (HTML, terminal, comparisons, sweeps), so the
// same quantity reads the same way everywhere.

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: unknown): string {
  return String(text).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!);
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** An integer with thousands separators: 1234567 → "1,234,567". */
export function formatInt(n: number): string {
  return Number.isFinite(n) ? decimal(Math.round(n), 0) : '–';
}

/** A number with `digits` significant digits and thousands separators: 1349.5 → "1,350". */
export function formatNumber(n: number, digits = 3): string {
  if (!Number.isFinite(n)) return '–';
  if (n === 0) return '0';
  const magnitude = Math.floor(Math.log10(Math.abs(n)));
  const decimals = Math.max(0, digits - 1 - magnitude);
  const rounded = Number(n.toPrecision(digits));
  // toPrecision has already rounded: with at most 15 significant digits, Intl would not round again
  return digits <= 15 ? decimal(rounded, decimals) : decimalsFormat(decimals).format(rounded);
}

/**
 * `x` as en-US Intl.NumberFormat writes it with at most `decimals` fraction digits, for an `x` whose
 * shortest form has no more: toFixed's digits, thousands grouped, trailing zeros dropped. Not Intl
 * itself, whose first use in a process costs 20-30 ms on a 2-vCPU VM (ICU loading its data), more than
 * all the formatting of a report. From 2^53 on, toFixed writes x's exact value and Intl its shortest
 * form, so Intl writes those (and refuses what it refuses).
 */
function decimal(x: number, decimals: number): string {
  if (Math.abs(x) >= 2 ** 53 || decimals > 20) return decimalsFormat(decimals).format(x);
  if (Object.is(x, -0)) return '-0';
  const [integer, fraction = ''] = x.toFixed(decimals).split('.') as [string, string?];
  const digits = fraction.replace(/0+$/, '');
  return integer.replace(/\B(?=(\d{3})+$)/g, ',') + (digits ? `.${digits}` : '');
}

// constructing an Intl.NumberFormat costs far more than formatting with one: keep one per count of
// decimals (which Intl bounds)
const DECIMALS_FORMATS = new Map<number, Intl.NumberFormat>();

/** The en-US format with at most `decimals` fraction digits. */
function decimalsFormat(decimals: number): Intl.NumberFormat {
  let format = DECIMALS_FORMATS.get(decimals);
  if (format === undefined) {
    format = new Intl.NumberFormat('en-US', { maximumFractionDigits: decimals, minimumFractionDigits: 0 });
    DECIMALS_FORMATS.set(decimals, format);
  }
  return format;
}

const SI_PREFIXES: readonly [number, string][] = [
  [1e24, 'Y'],
  [1e21, 'Z'],
  [1e18, 'E'],
  [1e15, 'P'],
  [1e12, 'T'],
  [1e9, 'G'],
  [1e6, 'M'],
  [1e3, 'k'],
  [1, ''],
  [1e-3, 'm'],
  [1e-6, 'µ'],
  [1e-9, 'n'],
  [1e-12, 'p'],
];

/** A quantity with an SI prefix and 3 significant digits: (0.00123, 's') → "1.23 ms"; (9.2e13, 'OPS') → "92 TOPS". */
export function formatSi(value: number, unit: string, digits = 3): string {
  if (!Number.isFinite(value)) return '–';
  if (value === 0) return `0 ${unit}`;
  const abs = Math.abs(value);
  // rounding can carry into the next prefix (999.9 → 1000): pick the prefix after rounding
  const rounded = Number(abs.toPrecision(digits));
  const [scale, prefix] = SI_PREFIXES.find(([s]) => rounded >= s) ?? SI_PREFIXES[SI_PREFIXES.length - 1]!;
  return `${formatNumber(Math.sign(value) * (rounded / scale), digits)} ${prefix}${unit}`;
}

/** Seconds in SI units: 0.0000456 → "45.6 µs". */
export function formatSeconds(seconds: number): string {
  return formatSi(seconds, 's');
}

/** Tera-ops per second as SI ops/s: 0.452 → "452 GOPS". */
export function formatTops(tops: number): string {
  return formatSi(tops * 1e12, 'OPS');
}

/** Bytes in SI units (as bandwidths are quoted in GB/s): 1500000 → "1.5 MB". */
export function formatBytes(bytes: number): string {
  return formatSi(bytes, 'B');
}

/** A fraction as a percentage: 0.1234 → "12.3 %"; null → "–". */
export function formatPercent(fraction: number | null, digits = 3): string {
  if (fraction === null || !Number.isFinite(fraction)) return '–';
  if (fraction === 0) return '0 %';
  const pct = fraction * 100;
  // small shares keep a visible digit instead of collapsing to "0 %"
  return `${Math.abs(pct) >= 1 ? formatNumber(pct, digits) : formatNumber(pct, 2)} %`;
}

/** A speedup factor: 2.5 → "2.5×". */
export function formatSpeedup(factor: number | null): string {
  return factor === null || !Number.isFinite(factor) ? '–' : `${formatNumber(factor, 3)}×`;
}

/** Makes labels unique (plotly merges equal category labels) by suffixing repeats with " #2", " #3", .... */
export function uniqueLabels(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  const taken = new Set(names);
  return names.map((name) => {
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    if (count === 1) return name;
    let n = count;
    while (taken.has(`${name} #${n}`)) n++;
    const label = `${name} #${n}`;
    taken.add(label);
    return label;
  });
}
