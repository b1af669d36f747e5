import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../events/types';
import { sampleFile } from '../events/fixtures/sampleEvents';
import { createEventLookup } from './eventLookup';
import { fitWindow } from './fitDomain';
import { drawnLanesFromIndex } from './lanes';
import type { PlacedEvent } from './layoutMarks';
import { buildMarkIndex } from './markIndex';
import { layoutIndexed } from './markItems';
import { createTextMeasurer } from './measureText';
import { DAY, MINUTE } from './window';

const measure = createTextMeasurer('500 13px sans-serif', 13);
const base = sampleFile.events[0]!;

/** `count` events `stepMinutes` apart in three lanes, listed in a shuffled order. */
function shuffledEvents(count: number, stepMinutes: number): TimelineEvent[] {
  const start = Date.UTC(1917, 10, 1);
  const events = Array.from({ length: count }, (_, i): TimelineEvent => {
    const iso = new Date(start + i * stepMinutes * MINUTE).toISOString().slice(0, 16);
    return {
      ...base,
      id: `e-${i}`,
      title: `Event number ${i}`,
      lane: `lane-${i % 3}`,
      date: { ...base.date, precision: 'minute', start: iso, end: iso },
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
    for (const window of [fitted, { start, end: start + DAY / 2 }]) {
      const { nodes } = layoutIndexed(index, lanes, window, 1280, measure);
      expect(nodes.length).toBeGreaterThan(0);
      for (const node of nodes) {
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
