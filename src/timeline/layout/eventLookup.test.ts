import { describe, expect, it } from 'vitest';
import { windowDate } from '../../lib/events/fixtures/windowDate';
import type { TimelineEvent } from '../../lib/events/types';
import { sampleFile } from '../../lib/events/fixtures/sampleEvents';
import { createEventLookup } from './eventLookup';
import { fitWindow } from '../view/fitDomain';
import { drawnLanesFromIndex } from './lanes';
import type { PlacedEvent } from './packRows';
import { buildMarkIndex } from './laneIndex';
import { layoutIndexed } from './windowItems';
import { createTextMeasurer } from './measureText';
import { DAY, MINUTE } from '../view/window';

const measure = createTextMeasurer('500 13px sans-serif', 13);
const base = sampleFile.events[0]!;

/**
 * `count` events `stepMinutes` apart in three lanes, every fourth a band of 3 to 9 hours
 * (so that a window shows some that started before it and clusters skip them), listed
 * in a shuffled order.
 */
function shuffledEvents(count: number, stepMinutes: number): TimelineEvent[] {
  const start = Date.UTC(1917, 10, 1);
  const iso = (time: number) => new Date(time).toISOString().slice(0, 16);
  const events = Array.from({ length: count }, (_, i): TimelineEvent => {
    const at = start + i * stepMinutes * MINUTE;
    const band = i % 4 === 0;
    return {
      ...base,
      id: `e-${i}`,
      title: `Event number ${i}`,
      lane: `lane-${i % 3}`,
      date: {
        ...base.date,
        ...windowDate(iso(at), iso(band ? at + (3 + (i % 7)) * 60 * MINUTE : at)),
      },
    };
  });
  // A fixed shuffle: positions in the list are not positions in time.
  return events.map((_, i) => events[(i * 7919) % count]!);
}

describe('createEventLookup', () => {
  const events = shuffledEvents(3000, 3);
  const index = buildMarkIndex(events);
  const lanes = drawnLanesFromIndex([], index);
  const lookup = createEventLookup(events);

  it('gives every mark and cluster a layout draws the positions of its events in the list', () => {
    const fitted = fitWindow([index.extent!]);
    const start = Date.UTC(1917, 10, 3);
    // The whole period (lanes summed per stretch of time), half a day (still summed, with
    // bands from before it), and half an hour (few enough for the detailed layout, whose
    // labels collide into clusters of their own).
    const windows = [fitted, { start, end: start + DAY / 2 }, { start, end: start + 30 * MINUTE }];
    const kinds = new Set<string>();
    for (const window of windows) {
      const { nodes } = layoutIndexed(index, lanes, window, 1280, measure);
      expect(nodes.length).toBeGreaterThan(0);
      for (const node of nodes) {
        kinds.add(node.kind);
        // The positions themselves, not only what the lookup makes of them (it falls back on ids).
        if (node.kind === 'event') {
          expect(events[node.at!]!.id).toBe(node.id);
          expect(lookup.ofNode(node)?.id).toBe(node.id);
        } else {
          expect(Array.from(node.ats!, (at) => events[at]!.id)).toEqual(node.ids);
          expect(lookup.membersOf(node, 12).map((event) => event.id)).toEqual(
            node.ids.slice(0, 12),
          );
        }
      }
    }
    expect([...kinds].sort()).toEqual(['cluster', 'event']);
  });

  it('finds an event by id when its mark was laid out from another list', () => {
    const node: PlacedEvent = {
      kind: 'event',
      id: 'e-10',
      at: 0,
      shape: 'point',
      lane: 'lane-1',
      row: 0,
      markStart: 0,
      markEnd: 12,
      labelX: 16,
      labelWidth: 80,
      truncated: false,
    };
    expect(events[0]!.id).not.toBe('e-10');
    expect(lookup.ofNode(node)?.title).toBe('Event number 10');
    expect(lookup.ofNode({ ...node, id: 'gone', at: undefined })).toBeUndefined();
  });

  it('answers by id what the list holds, and nothing else', () => {
    expect(lookup.get('e-2999')?.title).toBe('Event number 2999');
    expect(lookup.has('e-0')).toBe(true);
    expect(lookup.has('e-3000')).toBe(false);
    expect(lookup.get('constructor')).toBeUndefined();
  });
});
