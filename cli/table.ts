// The plain aligned text tables of the CLI's listings (`configs`, `models`, `exec`'s counters).

/**
 * Lines of an aligned table: columns two spaces apart, each as wide as its widest cell, left-aligned
 * unless `right(i)` says so; trailing spaces trimmed.
 */
export function alignTable(header: readonly string[], rows: readonly (readonly string[])[], right: (column: number) => boolean = () => false): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (r: readonly string[]) => r.map((v, i) => (right(i) ? v.padStart(widths[i]!) : v.padEnd(widths[i]!))).join('  ').trimEnd();
  return [fmt(header), ...rows.map(fmt)];
}
