// Downsampling of the unit timeline so a page stays small and fast however long the run was.
import type { Lane, Timeline, TimelineEntry } from './schema.js';

/**
 * Returns the timeline with at most `maxEntries` intervals: within each lane, intervals closer than
 * the resolution are merged (the resolution doubles until the cap holds). A merged interval is
 * labelled with the layer that was busy longest inside it and how many intervals it stands for.
 */
export function capTimeline(timeline: Timeline, maxEntries: number): Timeline {
  if (!(maxEntries >= 1)) throw new RangeError(`maxEntries must be at least 1 (got ${maxEntries})`);
  if (timeline.entries.length <= maxEntries) return timeline;
  const byLane = new Map<Lane, TimelineEntry[]>();
  for (const e of timeline.entries) {
    const list = byLane.get(e.lane) ?? [];
    list.push(e);
    byLane.set(e.lane, list);
  }
  for (const list of byLane.values()) list.sort((a, b) => a.start - b.start || a.end - b.end);
  // the finest power-of-two resolution (from the report's own) that meets the cap
  let resolution = Math.max(1, timeline.resolution);
  // started from the gaps, counted once, rather than by merging at each resolution in turn (zoo:cnn1:
  // ~0.2 s): laneGaps' gaps are never wider than those mergeLane splits at, so the resolution they
  // give is never coarser than the one sought; the loop goes on from it, and merges once when no
  // interval ends before it starts
  const gaps = new Float64Array([...byLane.values()].flatMap(laneGaps)).sort();
  const keptAtLeast = (r: number): number => byLane.size + gaps.length - lowerBound(gaps, r);
  while (keptAtLeast(resolution) > maxEntries && keptAtLeast(resolution) > byLane.size) resolution *= 2;
  for (;;) {
    const merged = [...byLane.values()].flatMap((list) => mergeLane(list, resolution));
    // a lane always keeps at least one interval, so the loop ends once every lane is one interval
    if (merged.length <= maxEntries || merged.length === byLane.size) {
      merged.sort((a, b) => a.start - b.start);
      return { cycles: timeline.cycles, entries: merged, downsampled: true, resolution };
    }
    resolution *= 2;
  }
}

/**
 * The gaps of one lane (sorted by start): from the latest end so far to each next start. Merged at
 * resolution r, the lane keeps at least one interval, and one more for each gap of r or more
 * (exactly that many when no interval ends before it starts, as in every simulated timeline).
 */
function laneGaps(list: readonly TimelineEntry[]): number[] {
  const gaps: number[] = [];
  let end = list[0]!.end;
  for (let i = 1; i < list.length; i++) {
    gaps.push(list[i]!.start - end);
    end = Math.max(end, list[i]!.end);
  }
  return gaps;
}

/** The index of the first value of `sorted` (ascending) that is at least `x`. */
function lowerBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Merges intervals of one lane (sorted by start) whose gap is below `resolution`. */
function mergeLane(list: readonly TimelineEntry[], resolution: number): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  let group: TimelineEntry[] = [];
  let end = -Infinity;
  const flush = (): void => {
    if (group.length === 0) return;
    out.push(mergeGroup(group, end));
    group = [];
  };
  for (const e of list) {
    if (group.length > 0 && e.start - end >= resolution) flush();
    group.push(e);
    end = group.length === 1 ? e.end : Math.max(end, e.end);
  }
  flush();
  return out;
}

function mergeGroup(group: readonly TimelineEntry[], end: number): TimelineEntry {
  const first = group[0]!;
  if (group.length === 1) return first;
  const busy = new Map<string, number>();
  for (const e of group) busy.set(baseLayer(e.layer), (busy.get(baseLayer(e.layer)) ?? 0) + (e.end - e.start));
  let dominant = first.layer;
  let most = -1;
  for (const [layer, cycles] of busy) {
    if (cycles > most) {
      dominant = layer;
      most = cycles;
    }
  }
  const others = busy.size - 1;
  const layer = others > 0 ? `${dominant} (+${others} more)` : dominant;
  return { lane: first.lane, start: first.start, end, layer };
}

/** Strips a previous merge's "(+N more)" suffix so repeated capping does not stack suffixes. */
function baseLayer(label: string): string {
  return label.replace(/ \(\+\d+ more\)$/, '');
}
