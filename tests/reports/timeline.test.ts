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

  // independent count of the intervals left when gaps below `res` are closed, merging as the report does
  const countAt = (t: Timeline, res: number): number =>
    lanesOf(t.entries).reduce((n, lane) => {
      const es = t.entries.filter((e) => e.lane === lane).sort((a, b) => a.start - b.start || a.end - b.end);
      let groups = 1;
      let end = es[0]!.end;
      for (const e of es.slice(1)) {
        if (e.start - end >= res) {
          groups++;
          end = e.end;
        } else end = Math.max(end, e.end);
      }
      return n + groups;
    }, 0);
  // intervals inside others (an ACTIVATE spanning shorter host transfers), and one that ends before
  // it starts (never made by the simulator, merged all the same)
  const nested = (broken: boolean): Timeline => ({
    cycles: 1000,
    downsampled: false,
    resolution: 1,
    entries: [
      { lane: 'matrix', start: 0, end: 100, layer: 'a' },
      { lane: 'matrix', start: 10, end: 20, layer: 'b' },
      { lane: 'matrix', start: 30, end: 40, layer: 'b' },
      { lane: 'matrix', start: 150, end: 160, layer: 'c' },
      { lane: 'matrix', start: 170, end: 171, layer: 'c' },
      { lane: 'matrix', start: 400, end: 410, layer: 'a' },
      { lane: 'host', start: 0, end: 5, layer: 'a' },
      { lane: 'host', start: 7, end: 9, layer: 'a' },
      { lane: 'host', start: 20, end: 100, layer: 'a' },
      { lane: 'host', start: 300, end: broken ? 50 : 310, layer: 'x' },
      { lane: 'host', start: 600, end: 610, layer: 'x' },
    ],
  });

  it.each([
    ['the recorded run', timeline, 50],
    ['the recorded run', timeline, 300],
    ['the recorded run', timeline, 3],
    ['nested intervals', nested(false), 5],
    ['nested intervals', nested(false), 3],
    ['an interval ending before it starts', nested(true), 5],
    ['an interval ending before it starts', nested(true), 3],
    ['an interval ending before it starts', nested(true), 2],
  ])('uses the finest power-of-two resolution that meets the cap (%s, cap %i)', (_what, t, cap) => {
    const capped = capTimeline(t, cap);
    expect(capped.entries.length).toBe(countAt(t, capped.resolution));
    expect(capped.entries.length <= cap || capped.entries.length === lanesOf(t.entries).length).toBe(true);
    if (capped.resolution > 1) expect(countAt(t, capped.resolution / 2)).toBeGreaterThan(cap);
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
