import { describe, expect, it } from 'vitest';
import { sampleFile } from '../../lib/events/fixtures/sampleEvents';
import { eventSpan } from '../../lib/events/eventSpan';
import { EventSpans } from '../../lib/events/eventSpans';
import { fitWindow } from '../view/fitDomain';
import { drawnLanes } from './lanes';
import { buildMarkIndex } from './laneIndex';
import { fitLanesIndexed, layoutIndexed } from './windowItems';
import { createTextMeasurer } from './measureText';

const events = sampleFile.events;
const spans = new Map(events.map((e) => [e.id, eventSpan(e)]));
const lanes = drawnLanes(sampleFile.lanes, events, spans);
const measure = createTextMeasurer('500 13px sans-serif', 13);
const fitted = fitWindow([...spans.values()]);
const index = buildMarkIndex(events, new EventSpans(events));
const roomy = fitLanesIndexed(index, lanes, fitted, 1440, measure).lanes;

describe('layoutIndexed', () => {
  it('places every sample event at 1440 px, each on its own', () => {
    const { nodes, offscreen } = layoutIndexed(index, roomy, fitted, 1440, measure);
    expect(offscreen).toEqual([]);
    expect(nodes.every((n) => n.kind === 'event')).toBe(true);
    expect(nodes).toHaveLength(events.length);
  });

  it('draws the Congress opening at 22:40 as a point and the storming of the Winter Palace as a band', () => {
    const { nodes } = layoutIndexed(index, roomy, fitted, 1440, measure);
    const shape = (id: string) => nodes.find((n) => n.kind === 'event' && n.id === id);
    expect(shape('congress-opens')).toMatchObject({ shape: 'point' });
    expect(shape('winter-palace-stormed')).toMatchObject({ shape: 'band' });
  });

  it('puts later events further right', () => {
    const { nodes } = layoutIndexed(index, roomy, fitted, 1440, measure);
    const x = (id: string) => nodes.find((n) => n.kind === 'event' && n.id === id)!.markStart;
    expect(x('congress-opens')).toBeLessThan(x('gatchina-reached'));
  });
});

describe('fitLanesIndexed', () => {
  it('gives a lane at least its overlap depth and no more than the cap', () => {
    const rows = fitLanesIndexed(index, lanes, fitted, 375, measure, 4).lanes;
    for (const [i, lane] of rows.entries()) {
      expect(lane.rows).toBeGreaterThanOrEqual(Math.min(lanes[i]!.rows, 4));
      expect(lane.rows).toBeLessThanOrEqual(4);
    }
  });

  it('leaves the lanes as they are before the width is known', () => {
    expect(fitLanesIndexed(index, lanes, fitted, 0, measure)).toEqual({ lanes, layout: null });
  });

  it('gives the fitted window’s own layout when every lane takes the most rows', () => {
    const crowded = Array.from({ length: 400 }, (_, i) => ({
      ...events[0]!,
      id: `crowded-${i}`,
      title: `Crowded event ${i}`,
      lane: sampleFile.lanes[i % 2]!.id,
    }));
    const crowdedSpans = new EventSpans(crowded);
    const crowdedIndex = buildMarkIndex(crowded, crowdedSpans);
    const crowdedLanes = drawnLanes(
      sampleFile.lanes,
      crowded,
      new Map(crowded.map((e) => [e.id, eventSpan(e)])),
    );
    const window = fitWindow([crowdedSpans.extent!]);
    const fit = fitLanesIndexed(crowdedIndex, crowdedLanes, window, 800, measure, 3);
    expect(fit.lanes.filter((lane) => crowdedIndex.lanes.has(lane.id)).map((l) => l.rows)).toEqual([
      3, 3,
    ]);
    expect(fit.layout).not.toBeNull();
    expect(fit.layout!.nodes).toEqual(
      layoutIndexed(crowdedIndex, fit.lanes, window, 800, measure).nodes,
    );
  });

  it('gives no layout when a lane needs fewer rows than the most, as it was counted with more', () => {
    const fit = fitLanesIndexed(index, lanes, fitted, 1440, measure, 8);
    expect(fit.lanes.some((lane) => lane.rows < 8)).toBe(true);
    expect(fit.layout).toBeNull();
  });
});
