import { describe, expect, it } from 'vitest';
import { compareEvents, neighbours, relatedEvents } from './relations';
import { sampleEvent, sampleFile } from './fixtures/sampleEvents';

const all = sampleFile.events;

describe('relatedEvents', () => {
  it('lists the relations an event states, labelled from its side', () => {
    const related = relatedEvents(sampleEvent('krasnov-briefed'), all);
    expect(related.slice(0, 2).map((r) => [r.label, r.event.id])).toEqual([
      ['After', 'government-deposed'],
      ['Before', 'echelons-leave-ostrov'],
    ]);
  });

  it('adds relations other events state about it, read backwards, once per event', () => {
    const related = relatedEvents(sampleEvent('congress-opens'), all);
    expect(related.map((r) => [r.label, r.event.id])).toEqual([
      ['At the same time', 'winter-palace-stormed'],
      ['Followed by', 'government-deposed'],
    ]);
  });

  it('skips relations to events that do not exist', () => {
    const event = {
      ...sampleEvent('kerensky-joins'),
      relations: [{ kind: 'after' as const, event: 'nope' }],
    };
    expect(relatedEvents(event, all)).toEqual([]);
  });
});

describe('neighbours', () => {
  it('finds the events just before and after in time', () => {
    const { previous, next } = neighbours('krasnov-telegram', all, all);
    expect(previous?.id).toBe('sovnarkom-appointed');
    expect(next?.id).toBe('gatchina-reached');
  });

  it('walks only the filtered events when the event is among them', () => {
    const visible = all.filter((e) => e.people.includes('krasnov'));
    const { previous, next } = neighbours('krasnov-telegram', visible, all);
    expect(previous?.id).toBe('kerensky-joins');
    expect(next?.id).toBe('gatchina-reached');
  });

  it('walks all events when the event has been filtered out, and has no neighbours past the ends', () => {
    expect(neighbours('congress-opens', [], all).previous?.id).toBe('winter-palace-stormed');
    expect(neighbours('winter-palace-stormed', all, all).previous).toBeNull();
    expect(neighbours('missing', all, all)).toEqual({ previous: null, next: null });
  });
});

describe('compareEvents', () => {
  it('orders the sample as the extractor does: by start, then position in the source', () => {
    const sorted = [...all].sort(compareEvents).map((e) => e.id);
    expect(sorted).toEqual(all.map((e) => e.id));
  });
});
