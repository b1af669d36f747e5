import { describe, expect, it } from 'vitest';
import { sampleFile } from './fixtures/sampleEvents';
import { windowDate } from './fixtures/windowDate';
import { eventSpan } from './eventSpan';
import { EventSpans } from './eventSpans';
import { extentOf } from '../../timeline/view/fitDomain';

const events = sampleFile.events;

describe('EventSpans', () => {
  it('reads every event’s span as eventSpan does, by position and by id', () => {
    const spans = new EventSpans(events);
    events.forEach((event, i) => {
      expect({ start: spans.starts[i], end: spans.ends[i] }).toEqual(eventSpan(event));
      expect(spans.get(event.id)).toEqual(eventSpan(event));
    });
    expect(spans.get('no-such-event')).toBeUndefined();
    expect(spans.positionOf('no-such-event')).toBe(-1);
  });

  it('holds the extent of the whole file, and of any list of its events', () => {
    const spans = new EventSpans(events);
    expect(spans.extent).toEqual(extentOf(events.map(eventSpan)));
    const some = events.filter((event) => event.lane === 'pskov');
    expect(spans.extentOf(some)).toEqual(extentOf(some.map(eventSpan)));
    expect(spans.extentOf([])).toBeNull();
    expect(new EventSpans([]).extent).toBeNull();
  });

  it('never puts an end before its start', () => {
    const backwards = {
      ...events[0]!,
      date: { ...events[0]!.date, ...windowDate('1917-11-08T12:00') },
    };
    backwards.date.window = {
      start: { earliest: '1917-11-08T12:00', latest: '1917-11-08T12:00' },
      end: { earliest: '1917-11-08T11:00', latest: '1917-11-08T11:00' },
    };
    const spans = new EventSpans([backwards]);
    expect(spans.ends[0]).toBe(spans.starts[0]);
  });
});
