/* eslint-disable @typescript-eslint/no-explicit-any -- the tests break events on purpose */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenEvents } from './screenEvents';
import type { EventsFile, SourcePageWithText } from './types';

const root = join(import.meta.dirname, '..', '..', '..');
const bundled = JSON.parse(
  readFileSync(join(root, 'events.json'), 'utf8'),
) as EventsFile<SourcePageWithText>;

/** The problems found after `edit` changes a copy of the bundled file. */
function problemsAfter(edit: (file: any) => void) {
  const copy = structuredClone(bundled);
  edit(copy);
  return screenEvents(copy, []);
}

function reasonsOf(edit: (file: any) => void): string[] {
  return problemsAfter(edit).problems.flatMap((p) => p.reasons);
}

describe('screenEvents', () => {
  it('keeps every event of the bundled file and finds no problem', () => {
    expect(screenEvents(bundled, [])).toEqual({ events: bundled.events, problems: [] });
  });

  it('leaves out an event whose date does not exist, naming why', () => {
    const { events, problems } = problemsAfter(
      (f) => (f.events[0].date.window.start.earliest = '1917-02-30T10:00'),
    );
    expect(events).toHaveLength(bundled.events.length - 1);
    expect(problems).toEqual([
      {
        id: bundled.events[0]!.id,
        index: 0,
        leftOut: true,
        reasons: [
          expect.stringMatching(
            /^date\/window\/start\/earliest: "1917-02-30T10:00" is not a real date and time \(.*February.*\)$/,
          ),
        ],
      },
    ]);
    expect(reasonsOf((f) => (f.events[0].date.own.end.latest = '1917-11-07T25:00'))).toEqual([
      expect.stringMatching(
        /^date\/own\/end\/latest: "1917-11-07T25:00" is not a real date and time/,
      ),
    ]);
  });

  it('leaves out an event dated outside the years the calendars cover', () => {
    expect(reasonsOf((f) => (f.events[0].date.own.start.earliest = '1066-10-14T09:00'))).toEqual([
      expect.stringMatching(
        /^date\/own\/start\/earliest: "1066-10-14T09:00" is not a real date and time \(.*outside the supported range.*\)$/,
      ),
    ]);
    expect(reasonsOf((f) => (f.events[0].date.window.end.latest = '9999-12-31T23:59'))).toEqual([
      expect.stringMatching(
        /^date\/window\/end\/latest: "9999-12-31T23:59" is not a real date and time \(.*supported range/,
      ),
    ]);
  });

  it('leaves out an event whose window ends before it starts, or whose bounds are reversed', () => {
    const congress = bundled.events.findIndex((e) => e.id === 'winter-palace-invaded');
    const date = bundled.events[congress]!.date;
    expect(reasonsOf((f) => (f.events[congress].date.own.end.latest = '1917-11-01T00:00'))).toEqual(
      [
        `date/own/end/latest: 1917-11-01T00:00 is before date/own/end/earliest ${date.own.end.earliest}`,
        `date/own/end/latest: 1917-11-01T00:00 is before date/own/start/earliest ${date.own.start.earliest}`,
        `date/window/end/earliest: ${date.window.end.earliest} lies outside the own window's end (${date.own.end.earliest} to 1917-11-01T00:00)`,
        `date/window/end/latest: ${date.window.end.latest} lies outside the own window's end (${date.own.end.earliest} to 1917-11-01T00:00)`,
      ],
    );
  });

  it('leaves out an event whose tightened window is wider than its own', () => {
    const index = bundled.events.findIndex((e) => e.id === 'both-sides-call-on-army');
    const { own } = bundled.events[index]!.date;
    expect(
      reasonsOf((f) => (f.events[index].date.window.start.earliest = '1917-11-01T00:00')),
    ).toEqual([
      `date/window/start/earliest: 1917-11-01T00:00 lies outside the own window's start (${own.start.earliest} to ${own.start.latest})`,
    ]);
  });

  it('leaves out an instant whose end is not its start', () => {
    const index = bundled.events.findIndex((e) => e.id === 'echelons-leave-ostrov');
    expect(
      reasonsOf((f) => {
        const { date } = f.events[index];
        date.window.end = { ...date.window.end, latest: date.window.start.earliest };
      }),
    ).toEqual(['date/window/end: an instant ends where it starts, but its end differs']);
  });

  it('leaves out an event whose passage is not what its offsets point at', () => {
    const length = bundled.sources[0]!.readingText.length;
    expect(reasonsOf((f) => (f.events[0].anchor.quote.exact = 'Something else'))).toEqual([
      expect.stringMatching(
        /^anchor\/quote\/exact: the reading text at \[\d+, \d+\) does not say "Something else"$/,
      ),
    ]);
    expect(reasonsOf((f) => (f.events[0].anchor.position = { start: 5, end: length + 1 }))).toEqual(
      [
        `anchor/position: [5, ${length + 1}) is not a passage of the reading text (${length} characters)`,
      ],
    );
    expect(reasonsOf((f) => (f.events[0].anchor.raw = { start: 9, end: 3 }))).toEqual([
      expect.stringMatching(/^anchor\/raw: \[9, 3\) is not a passage of the raw text/),
    ]);
  });

  it('leaves out an event on an unknown lane or source page', () => {
    expect(reasonsOf((f) => (f.events[0].lane = 'nowhere'))).toEqual([
      'lane: no lane has the id "nowhere"',
    ]);
    expect(reasonsOf((f) => (f.events[0].anchor.source = 'another-page'))).toEqual([
      'anchor/source: no source page has the id "another-page"',
    ]);
  });

  it('keeps the first event with an id and leaves out the later ones', () => {
    const { events, problems } = problemsAfter((f) => f.events.push({ ...f.events[3] }));
    expect(events).toEqual(bundled.events);
    expect(problems).toEqual([
      {
        id: bundled.events[3]!.id,
        index: bundled.events.length,
        leftOut: true,
        reasons: [`id: "${bundled.events[3]!.id}" is already the id of event no. 4`],
      },
    ]);
  });

  it('gives an id to the first event that can be shown, when an earlier one cannot', () => {
    const { events, problems } = problemsAfter((f) => {
      f.events.push({ ...f.events[3] });
      f.events[3].lane = 'nowhere';
    });
    expect(events.map((e) => e.id).filter((id) => id === bundled.events[3]!.id)).toHaveLength(1);
    expect(problems.map((p) => p.index)).toEqual([3]);
  });

  it('keeps an event with an unknown person, place or related event, saying they are ignored', () => {
    const { events, problems } = problemsAfter((f) => {
      f.events[0].people = ['trotsky'];
      f.events[0].places = ['kremlin'];
      f.events[0].relations = [{ kind: 'after', event: 'the-flood' }];
    });
    expect(events).toHaveLength(bundled.events.length);
    expect(problems).toEqual([
      {
        id: bundled.events[0]!.id,
        index: 0,
        leftOut: false,
        reasons: [
          'people/0: no person has the id "trotsky"; it is ignored',
          'places/0: no place has the id "kremlin"; it is ignored',
          'relations/0/event: no event has the id "the-flood"; it is ignored',
        ],
      },
    ]);
  });

  it('keeps an event whose prose has a date mark it cannot write, showing it as written', () => {
    const { events, problems } = problemsAfter((f) => {
      f.events[0].summary = 'Stormed on {{1917-11-31}}.';
      f.events[0].date.citations[0].note = 'Arrested on {{8 November}}.';
    });
    expect(events).toHaveLength(bundled.events.length);
    expect(problems).toEqual([
      {
        id: bundled.events[0]!.id,
        index: 0,
        leftOut: false,
        reasons: [
          'summary: "{{1917-11-31}}": 1917-11-31 is not a real day: November has 30 days; it is shown as written',
          expect.stringMatching(
            /^date\/citations\/0\/note: "\{\{8 November\}\}": "8 November" is not a Gregorian day written YYYY-MM-DD; it is shown as written$/,
          ),
        ],
      },
    ]);
  });

  it('leaves out the events with schema issues, naming their fields', () => {
    const { events, problems } = screenEvents(bundled, [
      { path: '/events/2/date/start', message: 'must be a date' },
      { path: '/events/2', message: 'is missing "title"' },
    ]);
    expect(events).toHaveLength(bundled.events.length - 1);
    expect(problems).toEqual([
      {
        id: bundled.events[2]!.id,
        index: 2,
        leftOut: true,
        reasons: ['date/start: must be a date', 'is missing "title"'],
      },
    ]);
  });
});
