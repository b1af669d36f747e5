import { describe, expect, it } from 'vitest';
import { byTimeOrder, neighbours, relatedEvents } from './relations';
import { sampleEvent, sampleFile } from './fixtures/sampleEvents';

const all = sampleFile.events;

describe('relatedEvents', () => {
  it('lists the relations an event states, labelled from its side', () => {
    const related = relatedEvents(sampleEvent('krasnov-briefed'), all);
    expect(related.slice(0, 2).map((r) => [r.label, r.event.id])).toEqual([
      ['Preceded by', 'government-deposed'],
      ['Followed by', 'echelons-leave-ostrov'],
    ]);
  });

  it('adds relations other events state about it, read backwards, once per event', () => {
    const related = relatedEvents(sampleEvent('congress-opens'), all);
    expect(related.map((r) => [r.label, r.event.id])).toEqual([
      ['During', 'winter-palace-stormed'],
      ['Followed by', 'government-deposed'],
    ]);
    expect(
      relatedEvents(sampleEvent('winter-palace-stormed'), all).map((r) => [r.label, r.event.id]),
    ).toEqual([['At the same time', 'congress-opens']]);
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
  it('finds the events just before and after in time: the telegram after what it reports', () => {
    const { previous, next } = neighbours('krasnov-telegram', all, all);
    expect(previous?.id).toBe('gatchina-reached');
    expect(next).toBeNull();
    expect(neighbours('gatchina-reached', all, all).previous?.id).toBe('sovnarkom-appointed');
  });

  it('walks only the filtered events when the event is among them', () => {
    const visible = all.filter((e) => e.people.includes('krasnov'));
    const { previous, next } = neighbours('gatchina-reached', visible, all);
    expect(previous?.id).toBe('kerensky-joins');
    expect(next?.id).toBe('krasnov-telegram');
  });

  it("follows the file's order, never a re-sort by start", () => {
    // The telegram's window opens before the occupation's ends; the file still puts it after.
    const telegram = sampleEvent('krasnov-telegram');
    expect(
      telegram.date.own.start.earliest < sampleEvent('gatchina-reached').date.window.start.earliest,
    ).toBe(true);
    expect(neighbours('krasnov-telegram', all, all).previous?.id).toBe('gatchina-reached');
  });

  it('walks all events when the event has been filtered out, and has no neighbours past the ends', () => {
    expect(neighbours('congress-opens', [], all).previous?.id).toBe('winter-palace-stormed');
    expect(neighbours('winter-palace-stormed', all, all).previous).toBeNull();
    expect(neighbours('missing', all, all)).toEqual({ previous: null, next: null });
  });
});

describe('byTimeOrder', () => {
  it("sorts any selection of events into the file's time order", () => {
    const shuffled = [...all].reverse();
    expect(shuffled.sort(byTimeOrder(all)).map((e) => e.id)).toEqual(all.map((e) => e.id));
  });
});
