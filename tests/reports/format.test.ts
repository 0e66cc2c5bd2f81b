import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  escapeHtml,
  formatInt,
  formatNumber,
  formatPercent,
  formatSeconds,
  formatSi,
  formatSpeedup,
  formatTops,
} from '../../reports/index.js';

describe('formatting', () => {
  it('escapes every HTML special character', () => {
    expect(escapeHtml(`<img src="x" onerror='alert(1)'> & co`)).toBe('&lt;img src=&quot;x&quot; onerror=&#39;alert(1)&#39;&gt; &amp; co');
    expect(escapeHtml('plain')).toBe('plain');
  });

  it('writes integers with thousands separators', () => {
    expect(formatInt(1234567)).toBe('1,234,567');
    expect(formatInt(0)).toBe('0');
    expect(formatInt(-9876.4)).toBe('-9,876');
    expect(formatInt(Number.NaN)).toBe('–');
  });

  it('keeps three significant digits with separators', () => {
    expect(formatNumber(1349.5)).toBe('1,350');
    expect(formatNumber(0.012345)).toBe('0.0123');
    expect(formatNumber(12.7)).toBe('12.7');
    expect(formatNumber(0)).toBe('0');
  });

  it('picks SI prefixes, carrying rounding into the next prefix', () => {
    expect(formatSeconds(0.00123)).toBe('1.23 ms');
    expect(formatSeconds(4.56e-5)).toBe('45.6 µs');
    expect(formatSeconds(2)).toBe('2 s');
    expect(formatSi(999.96, 'B')).toBe('1 kB');
    expect(formatSi(91.75e12, 'OPS')).toBe('91.8 TOPS');
    expect(formatTops(0.452)).toBe('452 GOPS');
    expect(formatSi(0, 'Hz')).toBe('0 Hz');
    expect(formatSi(-2500, 'B')).toBe('-2.5 kB');
  });

  it('writes percentages and speedups', () => {
    expect(formatPercent(0.1234)).toBe('12.3 %');
    expect(formatPercent(0.000067)).toBe('0.0067 %');
    expect(formatPercent(null)).toBe('–');
    expect(formatSpeedup(2.5)).toBe('2.5×');
    expect(formatSpeedup(null)).toBe('–');
  });
});

/** What formatInt and formatNumber wrote when they were Intl.NumberFormat alone (the oracle). */
const intlInt = (n: number) =>
  Number.isFinite(n) ? new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }).format(Math.round(n)) : '–';
function intlNumber(n: number, digits: number): string {
  if (!Number.isFinite(n)) return '–';
  if (n === 0) return '0';
  const decimals = Math.max(0, digits - 1 - Math.floor(Math.log10(Math.abs(n))));
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: decimals, minimumFractionDigits: 0 }).format(
    Number(n.toPrecision(digits)),
  );
}

/** The value of `f()`, or the class and message of what it threw. */
function outcome(f: () => string): string {
  try {
    return f();
  } catch (e) {
    return `${(e as Error).constructor.name}: ${(e as Error).message}`;
  }
}

describe('formatInt and formatNumber write what Intl.NumberFormat writes', () => {
  // doubles of every magnitude (subnormal to 1e308, -0, NaN, infinities), and ones near the edges
  const value = fc.oneof(
    fc.double(),
    fc.integer({ min: -(2 ** 31), max: 2 ** 31 }),
    fc.constantFrom(-0, 0.5, -0.5, 999.95, 9.995, 1.005, 2 ** 53 - 1, 2 ** 53, 2 ** 66, 1e21, 123456789.5, 1e-7, -4.5e-6),
    fc.tuple(fc.integer({ min: -9999, max: 9999 }), fc.integer({ min: -25, max: 25 })).map(([m, e]) => m * 10 ** e),
  );

  it('formatInt', () => {
    fc.assert(
      fc.property(value, (n) => {
        expect(outcome(() => formatInt(n))).toBe(intlInt(n));
      }),
      { numRuns: 5000 },
    );
  });

  it('formatNumber, with 1 to 17 significant digits', () => {
    fc.assert(
      fc.property(value, fc.integer({ min: 1, max: 17 }), (n, digits) => {
        expect(outcome(() => formatNumber(n, digits))).toBe(outcome(() => intlNumber(n, digits)));
      }),
      { numRuns: 20000 },
    );
  });
});
