import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sampleFile } from '../../lib/events/fixtures/sampleEvents';
import { eventSpan } from '../../lib/events/eventSpan';
import { LANE_GEOMETRY, drawnLanes, overlapDepth, overlapDepthCapped, stackLanes } from './lanes';

const spans = new Map(sampleFile.events.map((e) => [e.id, eventSpan(e)]));

describe('overlapDepth', () => {
  it('is the most spans that overlap at once', () => {
    expect(overlapDepth([])).toBe(0);
    expect(
      overlapDepth([
        { start: 0, end: 10 },
        { start: 5, end: 15 },
        { start: 20, end: 30 },
      ]),
    ).toBe(2);
  });

  it('counts spans that only touch as overlapping, since their marks need a gap', () => {
    expect(
      overlapDepth([
        { start: 0, end: 10 },
        { start: 10, end: 20 },
      ]),
    ).toBe(2);
  });

  it('counts an instant with the span that contains it, and at its edge', () => {
    expect(
      overlapDepth([
        { start: 0, end: 10 },
        { start: 10, end: 10 },
      ]),
    ).toBe(2);
  });
});

describe('overlapDepthCapped', () => {
  /** Spans on a coarse grid of minutes, so that many touch or share a start. */
  const spansArb = fc.array(
    fc
      .tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 20 }))
      .map(([start, length]) => ({ start, end: start + length })),
    { maxLength: 80 },
  );
  const byStart = (spans: { start: number; end: number }[]) => {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    return [
      Float64Array.from(sorted, (span) => span.start),
      Float64Array.from(sorted, (span) => span.end),
    ] as const;
  };

  it('is the overlap depth, up to the cap', () => {
    fc.assert(
      fc.property(spansArb, fc.integer({ min: 1, max: 12 }), (spans, cap) => {
        const [starts, ends] = byStart(spans);
        expect(overlapDepthCapped(starts, ends, cap)).toBe(Math.min(cap, overlapDepth(spans)));
      }),
    );
  });

  it('stops at the cap in a lane where every event overlaps the next', () => {
    // A lane of a large file: a thousand day-long events an hour apart.
    const spans = Array.from({ length: 1000 }, (_, i) => ({ start: i, end: i + 24 }));
    const [starts, ends] = byStart(spans);
    expect(overlapDepthCapped(starts, ends, 8)).toBe(8);
    expect(overlapDepth(spans)).toBe(25);
  });
});

describe('drawnLanes', () => {
  it('keeps the given order and gives each lane a colour and its overlap depth in rows', () => {
    const lanes = drawnLanes(sampleFile.lanes, sampleFile.events, spans);
    expect(lanes.map((l) => l.id)).toEqual(['petrograd', 'march', 'pskov']);
    expect(new Set(lanes.map((l) => l.colour)).size).toBe(3);
    // The briefing (some time on 8 November) and the telegram (from 06:00 on the 9th)
    // never overlap; each overlaps the delegates' two days.
    expect(lanes.find((l) => l.id === 'pskov')!.rows).toBe(2);
  });

  it('adds a lane that an event names but the list lacks', () => {
    const stray = { ...sampleFile.events[0]!, id: 'stray', lane: 'elsewhere' };
    const lanes = drawnLanes(
      sampleFile.lanes,
      [stray],
      new Map([['stray', spans.get(sampleFile.events[0]!.id)!]]),
    );
    expect(lanes.map((l) => l.id)).toContain('elsewhere');
  });
});

describe('stackLanes', () => {
  it('stacks the lanes below the axis with a header and their rows each', () => {
    const lanes = drawnLanes(sampleFile.lanes, sampleFile.events, spans);
    const bands = stackLanes(lanes, 60);
    expect(bands[0]!.top).toBe(60);
    expect(bands[1]!.top).toBe(60 + bands[0]!.height);
    const { headerHeight, rowHeight, padding } = LANE_GEOMETRY;
    expect(bands[0]!.height).toBe(headerHeight + lanes[0]!.rows * rowHeight + padding);
  });
});
