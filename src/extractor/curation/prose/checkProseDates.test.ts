import { describe, expect, it } from 'vitest';
import { formatProblem } from '../curationError';
import { fixtureEvent, fixtureProject } from '../../testing/projectFixture';
import { checkProseDates, checkProseText } from './checkProseDates';

const year = { defaultYear: 1917 };
const check = (text: string) => checkProseText(text, 'prose', year);

/** The one problem of a text, which must have exactly one. */
function onlyProblem(text: string): string {
  const problems = check(text);
  expect(problems, text).toHaveLength(1);
  return problems[0]!;
}

describe('checkProseText: unmarked dates', () => {
  it.each([
    ['left Petrograd on 7 November', '"7 November"', '{{1917-11-07}} if it is New Style'],
    ['left on 25 October O.S.', '"25 October O.S."', 'write {{1917-11-07}}'],
    ['On November 8 they left', '"November 8"', '{{1917-11-08}} if it is New Style'],
    ['by Oct. 25 it was over', '"Oct. 25"', '{{1917-10-25}} if it is New Style'],
    ['on the 8th of November', '"8th of November"', '{{1917-11-08}}'],
    ['on November 8th, 1917', '"November 8th, 1917"', '{{1917-11-08}}'],
    ['on 8 Nov. they', '"8 Nov."', '{{1917-11-08}}'],
    ['Sept. 3', '"Sept. 3"', '{{1917-09-03}}'],
    ['on NOVEMBER 8', '"NOVEMBER 8"', '{{1917-11-08}}'],
    ['on 26 October (O.S.)', '"26 October (O.S.)"', 'write {{1917-11-08}}'],
    ['on 26 October Old Style', '"26 October Old Style"', 'write {{1917-11-08}}'],
    ['on 8 November N.S.', '"8 November N.S."', 'write {{1917-11-08}}'],
    ['the night of 7–8 November', '"7–8 November"', '{{1917-11-07/1917-11-08}}'],
    ['the night of 7-8 November', '"7-8 November"', '{{1917-11-07/1917-11-08}}'],
    ['November 7 to 8', '"November 7 to 8"', '{{1917-11-07/1917-11-08}}'],
    ['from 31 October – 1 November', '"31 October – 1 November"', '{{1917-10-31/1917-11-01}}'],
    ['on 20 December 1917 O.S.', '"20 December 1917 O.S."', 'write {{1918-01-02}}'],
    ['in 1917-11-07', '"1917-11-07"', '{{1917-11-07}}'],
    ['on 7.11.1917', '"7.11.1917"', '{{1917-11-07}}'],
    ['25 октября', '"25 октября"', '{{1917-11-07}} if Old Style'],
    ['8 нояб. 1917', '"8 нояб. 1917"', '{{1917-11-08}}'],
  ])('refuses %j, naming %s and the fix', (text, words, fix) => {
    const problem = onlyProblem(text);
    expect(problem).toContain(
      `${words} is a date written out, which cannot follow the calendar switch`,
    );
    expect(problem).toContain(fix);
  });

  it.each([
    ['Novernber 8', '{{1917-11-08}}'], // rn for m
    ['0ctober 25', '{{1917-10-25}}'], // zero for O
    ['Novembcr 8', '{{1917-11-08}}'], // c for e
    ['Octobre 25', '{{1917-10-25}}'], // letters swapped
    ['Ju1y 4', '{{1917-07-04}}'], // one for l
    ['Nov.8', '{{1917-11-08}}'], // no space
    ['l7 November', '{{1917-11-17}}'], // l for 1
    ['1O November', '{{1917-11-10}}'], // O for 0
    ['Novem- ber 8', '{{1917-11-08}}'], // broken at a line's end
    ['Nov\u00ADember 8', '{{1917-11-08}}'], // a soft hyphen
    ['8November', '{{1917-11-08}}'], // the space lost
  ])('refuses the OCR-ish %j', (text, fix) => {
    expect(onlyProblem(text)).toContain(fix);
  });

  it('reads a long text from the first digit on, however far a word broken at a line end reaches back', () => {
    const long = 'The delegates, having waited at the station for most of the day, wrote Novem-';
    expect(onlyProblem(`${long}${' '.repeat(14)}ber 8 at last.`)).toContain('{{1917-11-08}}');
    expect(onlyProblem(`${long} ber 8, and the next day left for Pskov.`)).toContain(
      '{{1917-11-08}}',
    );
  });

  it.each([
    ['8 November (26 October O.S.)', '{{1917-11-08}}'],
    ['26 October O.S. (8 November N.S.)', '{{1917-11-08}}'],
    ['26 October O.S. (8 November)', '{{1917-11-08}}'],
    ['25 October O.S., which is 7 November N.S.', '{{1917-11-07}}'],
    ['25–26 October O.S. (7–8 November N.S.)', '{{1917-11-07/1917-11-08}}'],
    ['8–9 November 1917 (26–27 October O.S.)', '{{1917-11-08/1917-11-09}}'],
    ['27 Oct/9 Nov 1917', '{{1917-11-09}}'],
    ['8 November (26 October)', '{{1917-11-08}}'],
    ['(8 November [26 October O.S.])', '{{1917-11-08}}'],
  ])('takes %j, a date and its other calendar, as one date', (text, fix) => {
    expect(onlyProblem(text)).toMatch(new RegExp(`: write ${fix.replace(/[{}/]/g, '\\$&')}$`));
  });

  it('says when the two calendars of a date name different days', () => {
    expect(onlyProblem('arrested on 8 November (27 October O.S.)')).toContain(
      'the two calendars name different days (8 November N.S. is 26 October O.S., and ' +
        '27 October O.S. is 9 November N.S.): write the days meant as a mark, {{1917-11-08}} or {{1917-11-09}}',
    );
  });

  it('says when a date written out is no day at all', () => {
    expect(onlyProblem('on 31 November')).toContain('it is not a real day (November has 30 days)');
    expect(onlyProblem('on 29 February 1917')).toContain(
      'February 1917 has 28 days in the Gregorian calendar',
    );
  });

  it('suggests the gloss for a date that glosses a quotation before it', () => {
    expect(onlyProblem('The page says "On November 8" (26 October O.S.).')).toContain(
      'write {{1917-11-08|O.S.}}, the gloss of the quotation before it (or {{1917-11-08}} to give both calendars)',
    );
  });

  it('writes YYYY for the year when the text has none and none is known', () => {
    expect(checkProseText('on 7 November', 'prose')).toEqual([
      expect.stringContaining(
        'write {{YYYY-11-07}} if it is New Style, {{YYYY-11-20}} if Old Style',
      ),
    ]);
  });
});

describe('checkProseText: what it lets be', () => {
  it.each([
    'in November 1917, the October Revolution',
    'the Congress opened at 10:40 p.m. and Krylenko spoke at 5:17 A.M.',
    'Collected Works, vol. 26, p. 247; note 99',
    'the 3rd Cavalry Corps; the 9th and 10th regiments',
    'soldiers may 8 times refuse; the march on Petrograd',
    'a March on Petrograd in 1917',
    'Wikipedia: Pskov (revision 1237620960), 59°56′25″N 30°18′50″E',
    'read on 3 May 2025 and 2025-05-03',
    'Order No. 1 of the Soviet',
    'arrested at 2:10 a.m. on {{1917-11-08}} ({{1917-11-08|O.S.}})',
  ])('%j', (text) => {
    expect(check(text)).toEqual([]);
  });

  it.each([
    '"At 2:10 at night" the ministers were arrested',
    'Lenin, Chairman "[27 Oct/9 Nov 1917 – 21 Jan 1924]".',
    'Kerensky: “On the morning of 26 October we both arrived”.',
    'Краснов: «утром 27 октября»',
  ])('keeps the dates a quotation quotes: %j', (text) => {
    expect(check(text)).toEqual([]);
  });
});

describe('checkProseText: marks and quotations', () => {
  it('passes a bad mark on with what is wrong with it', () => {
    expect(onlyProblem('on {{1917-11-31}}')).toContain(
      '"{{1917-11-31}}": 1917-11-31 is not a real day: November has 30 days',
    );
  });

  it('refuses a mark inside a quotation, which would change the source', () => {
    expect(onlyProblem('Reed: "opened on {{1917-11-07}}".')).toContain(
      '"{{1917-11-07}}" is inside a quotation, which keeps the source\'s own words',
    );
  });

  it('refuses a quotation never closed, saying where it opens', () => {
    expect(onlyProblem('Reed says "during the night, and 8 November')).toContain(
      'the quotation that begins with the words during the night, and … is never closed: end it with "',
    );
  });

  it('refuses a closing quotation mark that closes nothing', () => {
    expect(onlyProblem('during the night” says Reed')).toContain('closes no quotation');
  });

  it('refuses any date in a title, marked or not, which is shown as written', () => {
    expect(checkProseText('Echelons leave on 8 November', 'title', year)).toEqual([
      expect.stringContaining('"8 November" is a date in a title'),
    ]);
    expect(checkProseText('Echelons leave on {{1917-11-08}}', 'title', year)).toEqual([
      expect.stringContaining('a title is shown as written, so it cannot hold a date mark'),
    ]);
  });
});

describe('checkProseDates', () => {
  it('names the file, the event or entry, the field and the words', () => {
    const project = fixtureProject([
      fixtureEvent({
        summary: 'They left on 8 November.',
        date: {
          edtf: '1917-11-08',
          basis: 'stated',
          rationale: 'The text says "On November 8" ({{1917-11-08|O.S.}}).',
          citations: [{ title: 'Reed', note: 'Left on 26 October O.S.' }],
        },
      }),
    ]);
    project.people.data.people[0]!.role = 'General, from {{1917-11-31}}';
    project.lanes.data.lanes[0]!.description = 'From 8 November (26 October O.S.) on';
    expect(checkProseDates(project).map(formatProblem)).toEqual([
      'sources/memoir/pages/12.json: events[0].summary: "echelons-leave": "8 November" is a date written out, which cannot follow the calendar switch: write {{1917-11-08}} if it is New Style, {{1917-11-21}} if Old Style',
      'sources/memoir/pages/12.json: events[0].date.citations[0].note: "echelons-leave": "26 October O.S." is a date written out, which cannot follow the calendar switch: write {{1917-11-08}}',
      'curation/people.json: people[0].role: "krasnov": "{{1917-11-31}}": 1917-11-31 is not a real day: November has 30 days',
      'curation/lanes.json: lanes[0].description: "march": "8 November (26 October O.S.)" is a date written out, which cannot follow the calendar switch: write {{1917-11-08}}',
    ]);
  });

  it('checks prose fields wherever they sit, so fields added later are checked too', () => {
    const event = fixtureEvent();
    const withReading = {
      ...event,
      date: {
        ...event.date,
        readings: [
          { edtf: '1917-11-08', note: 'Reed: on 8 November', citation: { title: 'Reed' } },
        ],
      },
    };
    expect(checkProseDates(fixtureProject([withReading])).map((p) => p.field)).toEqual([
      'events/0/date/readings/0/note',
    ]);
  });

  it('passes the bundled-shaped fixture, which marks nothing and needs nothing marked', () => {
    expect(checkProseDates(fixtureProject())).toEqual([]);
  });
});
