import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MONTH_NAMES,
  formatCalendarDate,
  jdnToGregorian,
  julianToGregorian,
  MAX_SUPPORTED_JDN,
  MIN_SUPPORTED_JDN,
} from '../calendar/julianDay';
import { proseInBothCalendars, writeProse, writeProseSegments } from './writeProse';

describe('writeProse', () => {
  it('writes a day in the chosen calendar with the other in brackets, as the details do', () => {
    const role = 'Minister-Chairman, who left Petrograd for the front on {{1917-11-07}}';
    expect(writeProse(role, 'gregorian')).toBe(
      'Minister-Chairman, who left Petrograd for the front on 7 November 1917 (25 October O.S.)',
    );
    expect(writeProse(role, 'julian')).toBe(
      'Minister-Chairman, who left Petrograd for the front on 25 October 1917 O.S. (7 November N.S.)',
    );
  });

  it('writes a run of days, across a month where one calendar needs it', () => {
    const night = 'the night of {{1917-11-07/1917-11-08}}';
    expect(writeProse(night, 'gregorian')).toBe(
      'the night of 7–8 November 1917 (25–26 October O.S.)',
    );
    expect(writeProse(night, 'julian')).toBe(
      'the night of 25–26 October 1917 O.S. (7–8 November N.S.)',
    );
    expect(writeProse('{{1917-11-12/1917-11-14}}', 'julian')).toBe(
      '30 October – 1 November 1917 O.S. (12–14 November N.S.)',
    );
  });

  it('names the year at the first date and then only when it changes', () => {
    const text =
      'Stormed through {{1917-11-07/1917-11-08}}; the ministers arrested on {{1917-11-08}}; ' +
      'the Constituent Assembly dispersed on {{1918-01-19}}, a day after it met on {{1918-01-18}}.';
    expect(writeProse(text, 'gregorian')).toBe(
      'Stormed through 7–8 November 1917 (25–26 October O.S.); the ministers arrested on ' +
        '8 November (26 October O.S.); the Constituent Assembly dispersed on ' +
        '19 January 1918 (6 January O.S.), a day after it met on 18 January (5 January O.S.).',
    );
    expect(writeProse(text, 'julian')).toBe(
      'Stormed through 25–26 October 1917 O.S. (7–8 November N.S.); the ministers arrested on ' +
        '26 October O.S. (8 November N.S.); the Constituent Assembly dispersed on ' +
        '6 January 1918 O.S. (19 January N.S.), a day after it met on 5 January O.S. (18 January N.S.).',
    );
  });

  it('names both years when the calendars are in different years', () => {
    const text = 'On {{1918-01-01}}, then on {{1918-01-05}}.';
    expect(writeProse(text, 'gregorian')).toBe(
      'On 1 January 1918 (19 December 1917 O.S.), then on 5 January 1918 (23 December 1917 O.S.).',
    );
    expect(writeProse(text, 'julian')).toBe(
      'On 19 December 1917 O.S. (1 January 1918 N.S.), then on 23 December 1917 O.S. (5 January 1918 N.S.).',
    );
  });

  it('puts the other calendar in square brackets inside parentheses', () => {
    const note =
      'Arrested "at 2:10 at night" (on {{1917-11-08}}); the session (opened {{1917-11-08}}).';
    expect(writeProse(note, 'gregorian')).toBe(
      'Arrested "at 2:10 at night" (on 8 November 1917 [26 October O.S.]); ' +
        'the session (opened 8 November [26 October O.S.]).',
    );
    expect(writeProse('Done (see p. 3) on {{1917-11-08}}.', 'gregorian')).toBe(
      'Done (see p. 3) on 8 November 1917 (26 October O.S.).',
    );
  });

  it('puts the other calendar in square brackets before parentheses, never two in a row', () => {
    expect(writeProse('It is {{1917-11-08}} (by the session).', 'julian')).toBe(
      'It is 26 October 1917 O.S. [8 November N.S.] (by the session).',
    );
  });

  it('writes a gloss in its own calendar alone, whichever calendar is chosen', () => {
    const rationale = 'The page says "On November 8" ({{1917-11-08|O.S.}}); so {{1917-11-08}}.';
    expect(writeProse(rationale, 'gregorian')).toBe(
      'The page says "On November 8" (26 October O.S.); so 8 November 1917 (26 October O.S.).',
    );
    expect(writeProse(rationale, 'julian')).toBe(
      'The page says "On November 8" (26 October O.S.); so 26 October 1917 O.S. (8 November N.S.).',
    );
    expect(writeProse('"the 26th" ({{1917-11-08|N.S.}})', 'julian')).toBe(
      '"the 26th" (8 November N.S.)',
    );
    expect(writeProse('"5 January" ({{1918-01-05|O.S.}})', 'gregorian')).toBe(
      '"5 January" (23 December 1917 O.S.)',
    );
  });

  it('leaves a text without marks as it is, and a bad mark as written', () => {
    expect(writeProse('Gatchina, "in the morning".', 'julian')).toBe('Gatchina, "in the morning".');
    expect(writeProse('On {{1917-11-31}}.', 'gregorian')).toBe('On {{1917-11-31}}.');
  });

  it('writes any supported day so that both calendars name that day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: MIN_SUPPORTED_JDN, max: MAX_SUPPORTED_JDN }),
        fc.constantFrom('gregorian' as const, 'julian' as const),
        (jdn, calendar) => {
          const day = jdnToGregorian(jdn);
          const written = writeProse(`{{${formatCalendarDate(day)}}}`, calendar);
          const match =
            /^(\d+) (\w+)(?: (\d+))?( O\.S\.)? \((\d+) (\w+)(?: (\d+))?( [NO]\.S\.)\)$/.exec(
              written,
            );
          expect(match, written).not.toBeNull();
          const [, leadDay, leadMonth, leadYear, , , , followYear] = match!;
          const lead = {
            year: Number(leadYear),
            month: MONTH_NAMES.indexOf(leadMonth!) + 1,
            day: Number(leadDay),
          };
          expect(calendar === 'julian' ? julianToGregorian(lead) : lead).toEqual(day);
          // A text's first date names its year; the bracket only when its year differs.
          expect(leadYear).toBeDefined();
          if (followYear !== undefined) expect(Number(followYear)).not.toBe(lead.year);
        },
      ),
    );
  });
});

describe('writeProseSegments', () => {
  it('keeps the Gregorian days of each written date, for a <time> element', () => {
    expect(writeProseSegments('On {{1917-11-07/1917-11-08}}.', 'julian')).toEqual([
      { text: 'On ' },
      {
        text: '25–26 October 1917 O.S. (7–8 November N.S.)',
        date: { first: '1917-11-07', last: '1917-11-08' },
      },
      { text: '.' },
    ]);
  });
});

describe('proseInBothCalendars', () => {
  it('gives the text as either calendar shows it, one per line', () => {
    expect(proseInBothCalendars('arrested on {{1917-11-08}}')).toBe(
      'arrested on 8 November 1917 (26 October O.S.)\narrested on 26 October 1917 O.S. (8 November N.S.)',
    );
    expect(proseInBothCalendars('no date')).toBe('no date');
  });
});
