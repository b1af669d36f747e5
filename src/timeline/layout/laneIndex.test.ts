import { describe, expect, it } from 'vitest';
import { windowDate } from '../../lib/events/fixtures/windowDate';
import { markShape } from './eventGeometry';
import type { TimelineEvent } from '../../lib/events/types';
import { sampleFile } from '../../lib/events/fixtures/sampleEvents';
import { eventSpan } from '../../lib/events/eventSpan';
import { EventSpans } from '../../lib/events/eventSpans';
import { extentOf as fitWindowExtent, fitWindow } from '../view/fitDomain';
import { drawnLanes, drawnLanesFromIndex } from './lanes';
import { layoutMarks, occupiedExtent, type PlacedNode } from './packRows';
import {
  buildMarkIndex,
  candidateRange,
  firstInOrder,
  lowerBound,
  navigationOrderOf,
} from './laneIndex';
import { DETAIL_LIMIT, layoutIndexed } from './windowItems';
import { createTextMeasurer } from './measureText';
import { HOUR, MINUTE } from '../view/window';

const measure = createTextMeasurer('500 13px sans-serif', 13);
const base = sampleFile.events[0]!;

/** `count` copies of a sample event, `stepMinutes` apart from 1 November 1917, in `lanes` lanes. */
function many(count: number, stepMinutes: number, lanes = 2): TimelineEvent[] {
  const start = Date.UTC(1917, 10, 1);
  return Array.from({ length: count }, (_, i) => {
    const iso = new Date(start + i * stepMinutes * MINUTE).toISOString().slice(0, 16);
    return {
      ...base,
      id: `e-${i}`,
      title: `Event number ${i}`,
      lane: `lane-${i % lanes}`,
      date: { ...base.date, ...windowDate(iso) },
    };
  });
}

function setUp(events: TimelineEvent[]) {
  const spans = new Map(events.map((e) => [e.id, eventSpan(e)]));
  const index = buildMarkIndex(events, new EventSpans(events));
  const lanes = drawnLanes([], events, spans);
  return { spans, index, lanes };
}

function expectNoOverlaps(nodes: PlacedNode[]) {
  const rows = new Map<string, PlacedNode[]>();
  for (const node of nodes)
    rows.set(`${node.lane}/${node.row}`, [...(rows.get(`${node.lane}/${node.row}`) ?? []), node]);
  for (const row of rows.values()) {
    row.sort((a, b) => occupiedExtent(a)[0] - occupiedExtent(b)[0]);
    for (let i = 1; i < row.length; i++)
      expect(occupiedExtent(row[i]!)[0] - occupiedExtent(row[i - 1]!)[1]).toBeGreaterThanOrEqual(
        10 - 1e-9,
      );
  }
}

describe('buildMarkIndex', () => {
  it('sorts each lane by start, keeping input order on ties', () => {
    const events = many(6, 30, 1).reverse();
    const { index } = setUp(events);
    const lane = index.lanes.get('lane-0')!;
    expect(lane.ids).toEqual(['e-0', 'e-1', 'e-2', 'e-3', 'e-4', 'e-5']);
    expect([...lane.order]).toEqual([5, 4, 3, 2, 1, 0]);
    expect([...lane.starts]).toEqual([...lane.starts].sort((a, b) => a - b));
  });

  it('finds by binary search the events that can show in a window', () => {
    const { index } = setUp(many(100, 60, 1));
    const lane = index.lanes.get('lane-0')!;
    const start = Date.UTC(1917, 10, 2);
    const { from, to } = candidateRange(lane, { start, end: start + 5 * HOUR }, 0);
    expect(lane.ids.slice(from, to)).toEqual(['e-24', 'e-25', 'e-26', 'e-27', 'e-28', 'e-29']);
    expect(lowerBound(lane.starts, start, true)).toBe(25);
  });
});

describe('layoutIndexed', () => {
  it('lays out the sample events exactly as layoutMarks does over all of them', () => {
    const events = sampleFile.events;
    const { spans, index } = setUp(events);
    const lanes = drawnLanes(sampleFile.lanes, events, spans);
    const fitted = fitWindow([...spans.values()]);
    for (const [window, width] of [
      [fitted, 1440],
      [fitted, 375],
      [{ start: fitted.start + 20 * HOUR, end: fitted.start + 30 * HOUR }, 900],
    ] as const) {
      const pxPerMs = width / (window.end - window.start);
      const items = events.map((event, at) => ({
        id: event.id,
        at,
        lane: event.lane,
        shape: markShape(event),
        x0: (spans.get(event.id)!.start - window.start) * pxPerMs,
        x1: (spans.get(event.id)!.end - window.start) * pxPerMs,
        labelWidth: measure(event.title),
      }));
      const rowsPerLane = Object.fromEntries(lanes.map((lane) => [lane.id, lane.rows]));
      const expected = layoutMarks(items, { width, rowsPerLane });
      const got = layoutIndexed(index, lanes, window, width, measure);
      expect(got.nodes).toEqual(expected.nodes);
      expect(got.offscreen).toEqual(expected.offscreen);
    }
  });

  it('sums a crowded lane into clusters that hold every event in view, none overlapping', () => {
    const events = many(20_000, 2);
    const { spans, index, lanes } = setUp(events);
    const window = fitWindow([...spans.values()]);
    const { nodes, offscreen } = layoutIndexed(index, lanes, window, 1280, measure);
    expect(nodes.length).toBeLessThan(200);
    expect(nodes.some((node) => node.kind === 'cluster')).toBe(true);
    expectNoOverlaps(nodes);
    const shown = nodes.flatMap((node) => (node.kind === 'cluster' ? node.ids : [node.id]));
    expect(new Set(shown).size).toBe(shown.length);
    expect(shown.length + offscreen.length).toBe(events.length);
  });

  it('shows each event on its own once zoomed in far enough', () => {
    const events = many(20_000, 2);
    const { index, lanes } = setUp(events);
    const start = Date.UTC(1917, 10, 5);
    const { nodes } = layoutIndexed(
      index,
      lanes,
      { start, end: start + 40 * MINUTE },
      1280,
      measure,
    );
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.length).toBeLessThanOrEqual(2 * DETAIL_LIMIT);
    expect(nodes.filter((node) => node.kind === 'event').length).toBeGreaterThanOrEqual(10);
  });

  it('keeps the clusters of a pan where they were on the axis', () => {
    const events = many(20_000, 2);
    const { index, lanes } = setUp(events);
    const start = Date.UTC(1917, 10, 5);
    const span = 3 * 24 * HOUR;
    const a = layoutIndexed(index, lanes, { start, end: start + span }, 1280, measure);
    const b = layoutIndexed(
      index,
      lanes,
      { start: start + HOUR, end: start + span + HOUR },
      1280,
      measure,
    );
    const ids = (nodes: PlacedNode[]) => new Set(nodes.map((node) => node.id));
    const kept = [...ids(a.nodes)].filter((id) => ids(b.nodes).has(id));
    expect(kept.length).toBeGreaterThan(a.nodes.length / 2);
  });
});

describe('navigationOrderOf', () => {
  it("walks the events in the order given, the file's time order, not by their starts", () => {
    const events = [...sampleFile.events].reverse();
    const { spans, index } = setUp(events);
    const given = events.map((event) => event.id);
    const byStart = [...given].sort((a, b) => spans.get(a)!.start - spans.get(b)!.start);
    // The reversed sample starts out of order, so the two orders differ.
    expect(byStart).not.toEqual(given);
    expect(navigationOrderOf(index)).toEqual(given);
    expect(index.extent).toEqual(fitWindowExtent([...spans.values()]));
  });
});

describe('the index in place of a span per event', () => {
  it('reads the same spans from the events as from the file’s spans, by position or by id', () => {
    const events = [...sampleFile.events].reverse();
    const { index } = setUp(events);
    expect(buildMarkIndex(events)).toEqual(index);
    // The file's spans are in the file's order; these events are not.
    expect(buildMarkIndex(events, new EventSpans(sampleFile.events))).toEqual(index);
  });

  it('gives the first event in keyboard order without sorting them all', () => {
    for (const events of [sampleFile.events, [...sampleFile.events].reverse(), many(500, 7, 3)]) {
      const { index } = setUp(events);
      expect(firstInOrder(index)).toBe(navigationOrderOf(index)[0]);
    }
    expect(firstInOrder(buildMarkIndex([]))).toBeNull();
  });

  it('draws the same lanes, colours and rows as drawnLanes', () => {
    for (const events of [sampleFile.events, many(300, 9, 4)]) {
      const { spans, index } = setUp(events);
      const named = [...sampleFile.lanes, { id: 'lane-1', label: 'One', description: '' }];
      expect(drawnLanesFromIndex(named, index)).toEqual(drawnLanes(named, events, spans));
      expect(drawnLanesFromIndex([], index, 3)).toEqual(drawnLanes([], events, spans, 3));
    }
  });
});
