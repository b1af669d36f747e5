import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EventsFile, TimelineEvent } from '../events/types';
import { eventsInViewByPlace, isEventInWindow } from './inView';

const file = JSON.parse(readFileSync('events.json', 'utf8')) as EventsFile;
const event = (id: string) => file.events.find((e) => e.id === id)!;
const at = (day: number, hour = 0, minute = 0) => Date.UTC(1917, 10, day, hour, minute);

describe('isEventInWindow', () => {
  it('shows every event when there is no window', () => {
    expect(file.events.every((e) => isEventInWindow(e, null))).toBe(true);
  });

  it('shows an instant only when it lies inside [start, end)', () => {
    const opens = event('congress-opens'); // 22:40 on 7 November
    expect(isEventInWindow(opens, { start: at(7, 22), end: at(7, 23) })).toBe(true);
    expect(isEventInWindow(opens, { start: at(7, 22, 40), end: at(7, 23) })).toBe(true);
    expect(isEventInWindow(opens, { start: at(7, 20), end: at(7, 22, 40) })).toBe(false);
  });

  it('shows a span that overlaps the window and hides one that only touches it', () => {
    const gatchina = event('gatchina-occupied'); // 06:00–12:00 on 9 November
    expect(isEventInWindow(gatchina, { start: at(9, 11), end: at(9, 14) })).toBe(true);
    expect(isEventInWindow(gatchina, { start: at(9, 12), end: at(9, 14) })).toBe(false);
    expect(isEventInWindow(gatchina, { start: at(9), end: at(9, 6) })).toBe(false);
  });
});

describe('eventsInViewByPlace', () => {
  it('lights Gatchina only once the window reaches the morning of 9 November', () => {
    expect(eventsInViewByPlace(file.events, { start: at(8), end: at(9) }).has('gatchina')).toBe(
      false,
    );
    // In time order: the telegram after the occupation it reports.
    expect(eventsInViewByPlace(file.events, { start: at(9), end: at(10) }).get('gatchina')).toEqual(
      ['gatchina-occupied', 'krasnov-telegram'],
    );
  });

  it('lists each event once per place even if the data names the place twice', () => {
    const twice: TimelineEvent = {
      ...event('gatchina-occupied'),
      places: ['gatchina', 'gatchina'],
    };
    expect(eventsInViewByPlace([twice], null).get('gatchina')).toEqual(['gatchina-occupied']);
  });

  it('leaves out places whose events are all outside the window', () => {
    // Before the Congress opened at 22:40 only the storming of the palace was under way.
    const byPlace = eventsInViewByPlace(file.events, { start: at(7), end: at(7, 22) });
    expect([...byPlace.keys()]).toEqual(['winter-palace', 'petrograd']);
  });
});
