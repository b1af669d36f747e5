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
    expect(progress.fraction).toBe(0);
    expect(progress.position).toEqual(file.places.find((p) => p.id === 'ostrov')!.coordinates);
    expect(progress.summary).toBe('The Cossack echelons have not yet left Ostrov.');
  });

  it('is under way, estimated, between the departure and the morning at Gatchina', () => {
    const progress = marchProgress(file.places, file.events, at(8, 18));
    expect(progress.stage).toBe('under-way');
    expect(progress.estimated).toBe(true);
    expect(progress.fraction).toBeGreaterThan(0);
    expect(progress.travelled[0]).toEqual(progress.stops[0]!.coordinates);
    expect(progress.travelled.at(-1)).toEqual(progress.position);
    expect(progress.ahead[0]).toEqual(progress.position);
    expect(progress.summary).toMatch(/^The echelons are on their way between \w+ and \w+/);
  });

  it('moves forward as the window ends later', () => {
    const times = [at(8, 1), at(8, 6), at(8, 12), at(8, 18), at(9, 0), at(9, 5)];
    const fractions = times.map((t) => marchProgress(file.places, file.events, t).fraction);
    for (let i = 1; i < fractions.length; i++) {
      expect(fractions[i]).toBeGreaterThan(fractions[i - 1]!);
    }
  });

  it('passes Pskov on the way: the stop before the position is Pskov late on 8 November', () => {
    const progress = marchProgress(file.places, file.events, at(8, 23));
    expect(progress.stops[progress.lastStop]!.id).toBe('pskov');
  });

  it('reaches Gatchina on the morning of 9 November and goes no further', () => {
    for (const time of [at(9, 6), at(9, 12), at(10), null]) {
      const progress = marchProgress(file.places, file.events, time);
      expect(progress.stage).toBe('arrived');
      expect(progress.estimated).toBe(false);
      expect(progress.stops[progress.lastStop]!.id).toBe('gatchina');
      expect(progress.fraction).toBeLessThan(1);
      expect(progress.ahead.at(-1)).toEqual(progress.stops.at(-1)!.coordinates);
      expect(progress.summary).toBe(
        'The head echelons have reached Gatchina, on the way towards Petrograd.',
      );
    }
  });

  it('splits the line so that travelled and ahead together follow every stop', () => {
    const progress = marchProgress(file.places, file.events, at(8, 20));
    const joined = [...progress.travelled, ...progress.ahead.slice(1)];
    for (const stop of progress.stops) expect(joined).toContainEqual(stop.coordinates);
  });

  it('says the march cannot be placed when the dating events are missing', () => {
    const progress = marchProgress(file.places, [], at(9));
    expect(progress.stage).toBe('unknown');
    expect(progress.position).toBeNull();
    expect(progress.ahead).toHaveLength(4);
  });
});
