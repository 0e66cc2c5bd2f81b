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
