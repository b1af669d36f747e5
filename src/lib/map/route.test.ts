import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EventsFile } from '../events/types';
import { marchProgress, MARCH_ROUTE } from './route';

const file = JSON.parse(readFileSync('events.json', 'utf8')) as EventsFile;
const at = (day: number, hour = 0) => Date.UTC(1917, 10, day, hour);

describe('MARCH_ROUTE', () => {
  it('runs Ostrov, Pskov, Gatchina, then towards Petrograd', () => {
    expect(MARCH_ROUTE.map((s) => s.place)).toEqual(['ostrov', 'pskov', 'gatchina', 'petrograd']);
  });

  it('names places and events the bundled events.json has', () => {
    const places = new Set(file.places.map((p) => p.id));
    const events = new Set(file.events.map((e) => e.id));
    for (const stop of MARCH_ROUTE) {
      expect(places.has(stop.place)).toBe(true);
      if (stop.dated) expect(events.has(stop.dated.event)).toBe(true);
    }
  });
});

describe('marchProgress', () => {
  it('has not started before the echelons leave Ostrov on 8 November', () => {
    const progress = marchProgress(file.places, file.events, at(7, 22));
    expect(progress.stage).toBe('not-started');
    expect(progress.travelled).toEqual([]);
    expect(progress.fraction).toEqual({ least: 0, most: 0 });
    expect(progress.position).toEqual(file.places.find((p) => p.id === 'ostrov')!.coordinates);
    expect(progress.summary).toBe('The Cossack echelons have not yet left Ostrov.');
  });

  it('has not started before the day of the departure begins, though its hour is unknown', () => {
    expect(marchProgress(file.places, file.events, at(7, 23)).stage).toBe('not-started');
  });

  it('has not started in a view ending at midnight, as the day of the departure begins', () => {
    const progress = marchProgress(file.places, file.events, at(8, 0));
    expect(progress.stage).toBe('not-started');
    expect(progress.summary).toBe('The Cossack echelons have not yet left Ostrov.');
  });

  it('gives a stretch, not a point, while the departure and arrival are windows', () => {
    const progress = marchProgress(file.places, file.events, at(8, 12));
    expect(progress.stage).toBe('under-way');
    expect(progress.estimated).toBe(true);
    // The hour they left Ostrov is not known: at noon they may still be there.
    expect(progress.position).toBeNull();
    expect(progress.fraction.least).toBe(0);
    expect(progress.fraction.most).toBeGreaterThan(0);
    expect(progress.travelled).toEqual([progress.stops[0]!.coordinates]);
    expect(progress.possible[0]).toEqual(progress.stops[0]!.coordinates);
    expect(progress.possible.at(-1)).toEqual(progress.ahead[0]);
    expect(progress.summary).toBe(
      'The head echelons may be anywhere between Ostrov and Gatchina (they may not yet have left Ostrov): the dates give windows, not hours, so the position is a range estimated from them.',
    );
  });

  it('never places the echelons between Pskov and Gatchina at noon on 8 November as a fact', () => {
    const progress = marchProgress(file.places, file.events, at(8, 12));
    expect(progress.summary).not.toMatch(/on their way between Pskov and Gatchina/);
    expect(progress.summary).toMatch(/range/);
  });

  it('moves forward as the window ends later, at least and at most', () => {
    const times = [at(8, 1), at(8, 6), at(8, 12), at(8, 18), at(9, 0), at(9, 5)];
    const progress = times.map((t) => marchProgress(file.places, file.events, t).fraction);
    for (let i = 1; i < progress.length; i++) {
      expect(progress[i]!.most).toBeGreaterThan(progress[i - 1]!.most);
      expect(progress[i]!.least).toBeGreaterThanOrEqual(progress[i - 1]!.least);
    }
    expect(progress.at(-1)!.least).toBeGreaterThan(0);
  });

  it('may have passed Pskov late on 8 November, or not yet left Ostrov', () => {
    const progress = marchProgress(file.places, file.events, at(8, 23));
    expect(progress.stops[progress.lastStop]!.id).toBe('ostrov');
    expect(progress.stops[progress.lastPossibleStop]!.id).toBe('pskov');
    expect(progress.possible).toContainEqual(progress.stops[1]!.coordinates);
  });

  it('may have reached Gatchina during the morning of 9 November, and surely has by noon', () => {
    const early = marchProgress(file.places, file.events, at(9, 8));
    expect(early.stage).toBe('under-way');
    expect(early.stops[early.lastPossibleStop]!.id).toBe('gatchina');
    expect(early.summary).toMatch(/^The head echelons may be anywhere between \w+ and Gatchina:/);
    // A view ending in the arrival window's last minute has not seen that minute pass.
    expect(marchProgress(file.places, file.events, at(9, 11) + 59 * 60_000).stage).toBe(
      'under-way',
    );
    for (const time of [at(9, 12), at(10), null]) {
      const progress = marchProgress(file.places, file.events, time);
      expect(progress.stage).toBe('arrived');
      expect(progress.estimated).toBe(false);
      expect(progress.stops[progress.lastStop]!.id).toBe('gatchina');
      expect(progress.fraction.most).toBeLessThan(1);
      expect(progress.ahead.at(-1)).toEqual(progress.stops.at(-1)!.coordinates);
      expect(progress.summary).toBe(
        'The head echelons have reached Gatchina, on the way towards Petrograd.',
      );
    }
  });

  it('splits the line so that travelled and ahead together follow every stop', () => {
    const progress = marchProgress(file.places, file.events, at(8, 20));
    const joined = [...progress.travelled, ...progress.possible, ...progress.ahead];
    for (const stop of progress.stops) expect(joined).toContainEqual(stop.coordinates);
  });

  it('says the march cannot be placed when the dating events are missing', () => {
    const progress = marchProgress(file.places, [], at(9));
    expect(progress.stage).toBe('unknown');
    expect(progress.position).toBeNull();
    expect(progress.ahead).toHaveLength(4);
  });
});
