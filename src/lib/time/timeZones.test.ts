/**
 * The floating-time code must give the same answers in every time zone.
 *
 * Setting `process.env.TZ` inside a running test is not reliable (the zone can be
 * cached once read, and a worker may be shared), so this is checked three ways:
 *   1. `npm run test:unit` runs the whole suite with TZ=America/Los_Angeles and
 *      again with TZ=Pacific/Kiritimati;
 *   2. the expectations below are plain `Date.UTC` numbers and fixed strings, never
 *      values read through local `Date` getters, so they mean the same in any zone;
 *   3. the last test runs the same samples in child `node` processes started with
 *      TZ set to zones that break local-`Date` code for November 1917, and expects
 *      the same results there.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as calendar from '../calendar/julianDay';
import type { EventDate } from '../events/types';
import * as describeDate from './describeDate';
import * as floating from './floating';

interface Lib {
  calendar: typeof calendar;
  describeDate: typeof describeDate;
  floating: typeof floating;
}

/**
 * The results to compare. Self-contained: it uses nothing but its argument, because
 * its source text is also run in the child processes.
 */
function computeSamples(lib: Lib) {
  const { addFloatingDays, floatingDayKey, formatFloating, parseFloating, startOfFloatingDay } =
    lib.floating;
  const window = {
    start: { earliest: '1917-11-07T18:00', latest: '1917-11-07T23:59' },
    end: { earliest: '1917-11-07T18:00', latest: '1917-11-07T23:59' },
  };
  const evening: EventDate = {
    edtf: '1917-11-07',
    partOfDay: 'evening',
    shape: 'instant',
    approximate: false,
    uncertain: false,
    own: window,
    window,
    tightenedBy: [],
    readings: [],
    basis: 'historical',
    rationale: '',
    citations: [],
  };
  return {
    midnight: parseFloating('1917-11-07'),
    congress: parseFloating('1917-11-07T22:40'),
    formatted: formatFloating(parseFloating('1917-11-07T22:40')),
    dayKeyOfMidnight: floatingDayKey(parseFloating('1917-11-08')),
    dayKeyBeforeMidnight: floatingDayKey(parseFloating('1917-11-07T23:59')),
    startOfDay: startOfFloatingDay(parseFloating('1917-11-07T22:40')),
    nextDay: addFloatingDays(parseFloating('1917-11-30T22:40'), 1),
    julian: lib.floating.toJulianIso('1917-11-07T22:40'),
    jdn: lib.calendar.gregorianToJdn(1917, 11, 7),
    describedGregorian: lib.describeDate.describeEventDate(evening, { primary: 'gregorian' }),
    describedJulian: lib.describeDate.describeEventDate(evening, { primary: 'julian' }),
    label: lib.describeDate.shortDayLabel('1917-11-08', 'gregorian'),
    julianLabel: lib.describeDate.shortDayLabel('1917-11-08', 'julian'),
  };
}

const EXPECTED = {
  midnight: Date.UTC(1917, 10, 7),
  congress: Date.UTC(1917, 10, 7, 22, 40),
  formatted: '1917-11-07T22:40',
  dayKeyOfMidnight: '1917-11-08',
  dayKeyBeforeMidnight: '1917-11-07',
  startOfDay: Date.UTC(1917, 10, 7),
  nextDay: Date.UTC(1917, 11, 1, 22, 40),
  julian: '1917-10-25T22:40',
  jdn: 2421540,
  describedGregorian: 'evening of 7 November 1917 (25 October O.S.)',
  describedJulian: 'evening of 25 October 1917 O.S. (7 November N.S.)',
  label: '8 Nov',
  julianLabel: '26 Oct O.S.',
};

/**
 * Zones where reading 1917 through local `Date`s goes wrong: Moscow was on local
 * mean time plus summer time (UTC+3:31:19), Kiritimati on UTC−10:29:20, and
 * Los Angeles is behind UTC, so one of "local midnight as UTC" or "UTC midnight
 * read locally" lands on 6 November in each.
 */
const ZONES = ['America/Los_Angeles', 'Europe/Moscow', 'Pacific/Kiritimati'];

const projectRoot = fileURLToPath(new URL('../../..', import.meta.url));
const moduleUrl = (path: string) => new URL(path, import.meta.url).href;

function runInZone(zone: string) {
  const script = `
    const lib = {
      calendar: await import(${JSON.stringify(moduleUrl('../calendar/julianDay.ts'))}),
      describeDate: await import(${JSON.stringify(moduleUrl('./describeDate.ts'))}),
      floating: await import(${JSON.stringify(moduleUrl('./floating.ts'))}),
    };
    const computeSamples = ${computeSamples.toString()};
    const local = new Date(1917, 10, 7);
    const utcMidnight = new Date(Date.UTC(1917, 10, 7));
    process.stdout.write(JSON.stringify({
      zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      naive: {
        localMidnightAsUtcDay: local.toISOString().slice(0, 10),
        utcMidnightLocalDate: utcMidnight.getDate(),
      },
      samples: computeSamples(lib),
    }));
  `;
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '--eval', script],
    { cwd: projectRoot, env: { ...process.env, TZ: zone }, encoding: 'utf8' },
  );
  return JSON.parse(output) as {
    zone: string;
    naive: { localMidnightAsUtcDay: string; utcMidnightLocalDate: number };
    samples: unknown;
  };
}

describe('floating times in any time zone', () => {
  it('equal Date.UTC values and fixed strings in this process', () => {
    expect(computeSamples({ calendar, describeDate, floating })).toEqual(EXPECTED);
  });

  it.each(ZONES)(
    'are the same in a node process running in %s, where local Dates would slip a day',
    (zone) => {
      const result = runInZone(zone);
      expect(result.zone).toBe(zone);
      // The zone is a hostile one: naive local-Date code would get 7 November wrong here.
      expect(
        result.naive.localMidnightAsUtcDay !== '1917-11-07' ||
          result.naive.utcMidnightLocalDate !== 7,
      ).toBe(true);
      expect(result.samples).toEqual(EXPECTED);
    },
    30_000,
  );
});
