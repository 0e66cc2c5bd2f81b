import { describe, expect, it } from 'vitest';
import { capTimeline, parseReport, type Timeline, type TimelineEntry } from '../../reports/index.js';
import { goldenReport } from './golden-reports.js';

function lanesOf(entries: readonly TimelineEntry[]): string[] {
  return [...new Set(entries.map((e) => e.lane))].sort();
}

describe('capTimeline', () => {
  // a recorded LeNet run on a 16x16 array: many short tile loads and matrix passes, on four lanes
  const report = goldenReport('lenet-small16');
  const timeline = report.timeline;

  it('the recorded run has a full timeline of over a thousand intervals', () => {
    expect(timeline.downsampled).toBe(false);
    expect(timeline.entries.length).toBeGreaterThan(1000);
    expect(lanesOf(timeline.entries)).toEqual(['activate', 'host', 'matrix', 'weights']);
  });

  it('leaves a timeline under the cap unchanged', () => {
    expect(capTimeline(timeline, timeline.entries.length)).toBe(timeline);
  });

  it.each([1000, 300, 50])('merges down to at most %i intervals, keeping every lane and every busy cycle covered', (cap) => {
    const capped = capTimeline(timeline, cap);
    expect(capped.entries.length).toBeLessThanOrEqual(cap);
    expect(capped.downsampled).toBe(true);
    expect(capped.resolution).toBeGreaterThanOrEqual(1);
    expect(capped.cycles).toBe(timeline.cycles);
    expect(lanesOf(capped.entries)).toEqual(lanesOf(timeline.entries));
    // every original interval lies inside a merged interval of its lane
    for (const e of timeline.entries) {
      expect(capped.entries.some((m) => m.lane === e.lane && m.start <= e.start && m.end >= e.end)).toBe(true);
    }
    // merged intervals of one lane do not overlap
    for (const lane of lanesOf(capped.entries)) {
      const ms = capped.entries.filter((m) => m.lane === lane).sort((a, b) => a.start - b.start);
      for (let i = 1; i < ms.length; i++) expect(ms[i]!.start).toBeGreaterThan(ms[i - 1]!.end);
    }
    expect(() => parseReport({ ...report, timeline: capped })).not.toThrow();
  });

  it('uses the finest power-of-two resolution that meets the cap', () => {
    // independent count of the intervals left when gaps below `res` are closed
    const countAt = (res: number): number =>
      lanesOf(timeline.entries).reduce((n, lane) => {
        const es = timeline.entries.filter((e) => e.lane === lane).sort((a, b) => a.start - b.start);
        let groups = 1;
        let end = es[0]!.end;
        for (const e of es.slice(1)) {
          if (e.start - end >= res) groups++;
          end = Math.max(end, e.end);
        }
        return n + groups;
      }, 0);
    const cap = 50;
    const capped = capTimeline(timeline, cap);
    expect(capped.entries.length).toBe(countAt(capped.resolution));
    expect(countAt(capped.resolution / 2)).toBeGreaterThan(cap);
  });

  it('names a merged interval after the layer busy longest in it', () => {
    const t: Timeline = {
      cycles: 100,
      downsampled: false,
      resolution: 1,
      entries: [
        { lane: 'matrix', start: 0, end: 10, layer: 'a' },
        { lane: 'matrix', start: 12, end: 40, layer: 'b' },
        { lane: 'matrix', start: 41, end: 45, layer: 'a' },
        { lane: 'weights', start: 0, end: 5, layer: 'a' },
      ],
    };
    const capped = capTimeline(t, 2);
    expect(capped.entries).toEqual([
      { lane: 'matrix', start: 0, end: 45, layer: 'b (+1 more)' },
      { lane: 'weights', start: 0, end: 5, layer: 'a' },
    ]);
  });

  it('rejects a cap below one', () => {
    expect(() => capTimeline(timeline, 0)).toThrow(/at least 1/);
  });
});
