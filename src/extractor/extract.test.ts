import { describe, expect, it } from 'vitest';
import { CurationError } from './curation/curationError';
import { extract } from './extract';
import { fixtureEvent, fixtureProject } from './testing/projectFixture';

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof CurationError) return error.message.split('\n');
    throw error;
  }
  return [];
}

const gatchina = fixtureEvent({
  id: 'gatchina',
  title: 'Gatchina reached',
  anchor: 'The head echelons had reached Gatchina in the morning',
  places: ['gatchina'],
  date: {
    edtf: '1917-11-09',
    partOfDay: 'morning',
    basis: 'stated',
    rationale: 'The text says "On November 9" and "in the morning".',
  },
});

describe('extract', () => {
  it('anchors each event in the reading text and maps it back to the raw OCR', () => {
    const { events } = extract(fixtureProject([fixtureEvent(), gatchina]));
    const source = events.sources[0]!;
    for (const event of events.events) {
      const { start, end } = event.anchor.position;
      expect(source.readingText.slice(start, end)).toBe(event.anchor.quote.exact);
      expect(source.rawText.slice(event.anchor.raw.start, event.anchor.raw.end)).toContain(
        event.anchor.quote.exact.split(' ').at(-1),
      );
    }
  });

  it('puts events in time order and gives each its own and tightened windows', () => {
    const { events } = extract(fixtureProject([gatchina, fixtureEvent()]));
    expect(events.events.map((e) => e.id)).toEqual(['echelons-leave', 'gatchina']);
    const morning = {
      start: { earliest: '1917-11-09T06:00', latest: '1917-11-09T11:59' },
      end: { earliest: '1917-11-09T06:00', latest: '1917-11-09T11:59' },
    };
    expect(events.events[1]!.date).toMatchObject({
      shape: 'instant',
      own: morning,
      window: morning,
      tightenedBy: [],
    });
  });

  it('gives the same output for the same input', () => {
    const once = JSON.stringify(extract(fixtureProject([fixtureEvent(), gatchina])).events);
    const twice = JSON.stringify(extract(fixtureProject([fixtureEvent(), gatchina])).events);
    expect(twice).toBe(once);
  });

  it('reports an anchor that occurs twice, naming the file, event and field', () => {
    const problems = problemsOf(() =>
      extract(fixtureProject([fixtureEvent({ anchor: 'The general agreed' })])),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^sources\/memoir\/pages\/12\.json: events\[0\]\.anchor: "echelons-leave": .*occurs 2 times/,
      ),
    ]);
  });

  it('reports an anchor copied from the OCR instead of the reading text, with the nearest match', () => {
    const problems = problemsOf(() =>
      extract(fixtureProject([fixtureEvent({ id: 'agreed', anchor: 'The gen- eral agreed. On' })])),
    );
    expect(problems[0]).toMatch(/events\[0\]\.anchor: "agreed": .*nearest match at \d+/);
  });

  it('reports a stated date that disagrees with the text', () => {
    const problems = problemsOf(() =>
      extract(
        fixtureProject([
          fixtureEvent({ date: { edtf: '1917-11-09', basis: 'stated', rationale: 'x' } }),
        ]),
      ),
    );
    expect(problems[0]).toMatch(
      /events\[0\]\.date: "echelons-leave": .*"On November 8" \(1917-11-08\)/,
    );
  });

  it('reports a stated part of day that disagrees with the passage', () => {
    const problems = problemsOf(() =>
      extract(fixtureProject([{ ...gatchina, date: { ...gatchina.date, partOfDay: 'evening' } }])),
    );
    expect(problems[0]).toMatch(
      /events\[0\]\.date: "gatchina": .*"in the morning" \(morning\), not evening/,
    );
  });

  it('reports an impossible date in the date field', () => {
    const problems = problemsOf(() =>
      extract(
        fixtureProject([
          fixtureEvent({ date: { edtf: '1917-11-31', basis: 'narrative', rationale: 'x' } }),
        ]),
      ),
    );
    expect(problems[0]).toMatch(
      /events\[0\]\.date\.edtf: "echelons-leave": 1917-11-31 is not a date: November has 30 days$/,
    );
  });

  it('reports unknown people, places, lanes and related events', () => {
    const problems = problemsOf(() =>
      extract(
        fixtureProject([
          fixtureEvent({
            people: ['trotsky'],
            places: ['moscow'],
            lane: 'nowhere',
            relations: [{ kind: 'after', event: 'missing' }],
          }),
        ]),
      ),
    );
    expect(problems).toEqual([
      expect.stringContaining('events[0].people[0]: "echelons-leave": unknown person id "trotsky"'),
      expect.stringContaining('events[0].places[0]: "echelons-leave": unknown place id "moscow"'),
      expect.stringContaining('events[0].lane: "echelons-leave": unknown lane id "nowhere"'),
      expect.stringContaining(
        'events[0].relations[0].event: "echelons-leave": unknown event id "missing"',
      ),
    ]);
  });

  it('reports an other name that the page writes, or that is already an alias', () => {
    const project = fixtureProject();
    const krasnov = project.people.data.people[0]!;
    project.people.data.people[0] = {
      ...krasnov,
      otherNames: ['Краснов', 'Gatchina', 'Krasnov', 'Krasnow'],
    };
    const problems = problemsOf(() => extract(project));
    expect(problems).toEqual([
      expect.stringContaining(
        'people[0].otherNames[1]: "krasnov": "Gatchina" is written on page 12 (memoir-p12): move it to aliases',
      ),
      expect.stringContaining(
        'people[0].otherNames[2]: "krasnov": "Krasnov" is already the name or an alias',
      ),
    ]);
  });

  it('passes other names on to events.json, for search', () => {
    const project = fixtureProject();
    project.people.data.people[0] = { ...project.people.data.people[0]!, otherNames: ['Краснов'] };
    expect(extract(project).events.people[0]?.otherNames).toEqual(['Краснов']);
  });

  it('passes the sentence-case title on, and refuses one that changes more than capitals', () => {
    const project = fixtureProject();
    const work = project.works[0]!.work;
    work.data = { ...work.data, sentenceCaseTitle: 'A memoir' };
    expect(extract(project).events.sources[0]?.work.sentenceCaseTitle).toBe('A memoir');
    work.data = { ...work.data, sentenceCaseTitle: 'A memoir of sorts' };
    expect(problemsOf(() => extract(project))).toEqual([
      'sources/memoir/work.json: sentenceCaseTitle: "A memoir of sorts" must be "A Memoir" (title and subtitle joined by ": ") with only the capitals changed',
    ]);
  });

  it('reports duplicate event ids', () => {
    const problems = problemsOf(() => extract(fixtureProject([fixtureEvent(), fixtureEvent()])));
    expect(problems[0]).toMatch(/events\[1\]\.id: "echelons-leave": duplicate event id/);
  });

  it('reports a relation that contradicts the dates, naming the chain', () => {
    const problems = problemsOf(() =>
      extract(
        fixtureProject([
          fixtureEvent({ relations: [{ kind: 'after', event: 'gatchina' }] }),
          gatchina,
        ]),
      ),
    );
    expect(problems).toEqual([
      'sources/memoir/pages/12.json: events[0].relations[0]: "echelons-leave": no dates allow this chain (short by 6 h 1 min): ' +
        '"gatchina" is no earlier than 1917-11-09T06:00 (events[1].date.partOfDay "morning"); ' +
        '"echelons-leave" after "gatchina" (events[0].relations[0]); ' +
        '"echelons-leave" is no later than 1917-11-08T23:59 (events[0].date.edtf "1917-11-08")',
    ]);
  });

  it("refuses the issue's chain that no pair shows: a telegram of 9 November before a day of November, before 22:40 on 7 November", () => {
    const telegram = fixtureEvent({
      id: 'krasnov-telegram',
      anchor: 'On November 9 I received a telegram',
      date: { edtf: '1917-11-09', basis: 'stated', rationale: 'The page says "On November 9".' },
      relations: [{ kind: 'before', event: 'some-day' }],
    });
    const someDay = fixtureEvent({
      id: 'some-day',
      anchor: 'The head echelons had reached Gatchina in the morning',
      date: { edtf: '1917-11-XX', basis: 'narrative', rationale: 'Some day in November.' },
      relations: [{ kind: 'before', event: 'congress-opens' }],
    });
    const congress = fixtureEvent({
      id: 'congress-opens',
      date: { edtf: '1917-11-07', time: '22:40', basis: 'narrative', rationale: 'Reed.' },
    });
    const problems = problemsOf(() => extract(fixtureProject([congress, someDay, telegram])));
    expect(problems).toEqual([
      'sources/memoir/pages/12.json: events[2].relations[0]: "krasnov-telegram": no dates allow this chain (short by 1 day 1 h 20 min): ' +
        '"krasnov-telegram" is no earlier than 1917-11-09T00:00 (events[2].date.edtf "1917-11-09"); ' +
        '"krasnov-telegram" before "some-day" (events[2].relations[0]); ' +
        '"some-day" before "congress-opens" (events[1].relations[0]); ' +
        '"congress-opens" is no later than 1917-11-07T22:40 (events[0].date.time "22:40")',
    ]);
  });

  it('refuses two events each said to come before the other, though both may share a moment', () => {
    const call = fixtureEvent({
      id: 'call',
      relations: [{ kind: 'before', event: 'advice' }],
    });
    const advice = fixtureEvent({
      id: 'advice',
      relations: [
        { kind: 'reports', event: 'echelons-leave' },
        { kind: 'before', event: 'call' },
      ],
    });
    expect(problemsOf(() => extract(fixtureProject([fixtureEvent(), call, advice])))).toEqual([
      'sources/memoir/pages/12.json: events[2].relations[1]: "advice": these relations go round in a circle, so none of their events can come first: ' +
        '"advice" before "call" (events[2].relations[1]); "call" before "advice" (events[1].relations[0])',
    ]);
  });

  it('names the files of a chain that runs across pages', () => {
    const project = fixtureProject([
      fixtureEvent({ relations: [{ kind: 'after', event: 'gatchina' }] }),
    ]);
    const work = project.works[0]!;
    const page = work.pages[0]!;
    work.pages.push({
      text: { file: 'sources/memoir/pages/13.txt', data: page.text.data },
      curation: {
        file: 'sources/memoir/pages/13.json',
        data: { ...page.curation.data, page: 13, events: [gatchina] },
      },
    });
    const [problem] = problemsOf(() => extract(project));
    expect(problem).toMatch(/^sources\/memoir\/pages\/12\.json: events\[0\]\.relations\[0\]: /);
    expect(problem).toContain('(sources/memoir/pages/13.json events[0].date.partOfDay "morning")');
  });

  it('tightens a report to start no earlier than what it reports, and orders it after', () => {
    const telegram = fixtureEvent({
      id: 'krasnov-telegram',
      anchor: 'On November 9 I received a telegram',
      date: { edtf: '1917-11-09', basis: 'stated', rationale: 'The page says "On November 9".' },
      relations: [{ kind: 'reports', event: 'gatchina' }],
    });
    // The telegram comes first on the page, and its own window opens earlier.
    const { events } = extract(fixtureProject([telegram, gatchina]));
    expect(events.events.map((e) => e.id)).toEqual(['gatchina', 'krasnov-telegram']);
    const date = events.events[1]!.date;
    expect(date.own.start.earliest).toBe('1917-11-09T00:00');
    expect(date.window.start.earliest).toBe('1917-11-09T06:00');
    expect(date.tightenedBy).toEqual([
      {
        bound: 'start.earliest',
        value: '1917-11-09T06:00',
        origin: { event: 'gatchina', bound: 'start.earliest' },
        chain: [{ from: 'krasnov-telegram', kind: 'reports', to: 'gatchina' }],
      },
    ]);
  });

  it('bounds an open end by the work, and lets a relation bound it tighter', () => {
    const { events } = extract(
      fixtureProject([
        fixtureEvent({
          date: { edtf: '1917-11-08/..', basis: 'stated', rationale: 'From {{1917-11-08}} on.' },
          relations: [{ kind: 'before', event: 'gatchina' }],
        }),
        gatchina,
      ]),
    );
    const date = events.events.find((e) => e.id === 'echelons-leave')!.date;
    expect(date.shape).toBe('span');
    expect(date.own.end.latest).toBe('1917-11-09T11:59');
    expect(date.window.end.latest).toBe('1917-11-09T11:59');
  });

  it('reports an open end that nothing in the work bounds', () => {
    const problems = problemsOf(() =>
      extract(
        fixtureProject([
          fixtureEvent({ date: { edtf: '../..', basis: 'narrative', rationale: 'x' } }),
        ]),
      ),
    );
    expect(problems[0]).toMatch(
      /events\[0\]\.date\.edtf: "echelons-leave": "\.\.\/\.\." has neither/,
    );
    const alone = problemsOf(() =>
      extract(
        fixtureProject([
          fixtureEvent({ date: { edtf: '1917-11-08/..', basis: 'stated', rationale: 'x' } }),
        ]),
      ),
    );
    expect(alone).toEqual([
      'sources/memoir/pages/12.json: events[0].date.edtf: "echelons-leave": "1917-11-08/.." is open and nothing bounds it: the work has no other dated event; give the day it ends (or starts)',
    ]);
  });

  it('reports an estimate the relations rule out', () => {
    const problems = problemsOf(() =>
      extract(
        fixtureProject([
          fixtureEvent({
            date: {
              edtf: '1917-11-09',
              basis: 'narrative',
              rationale: 'x',
              estimate: { time: '03:00', note: 'A late source.' },
            },
            relations: [{ kind: 'after', event: 'gatchina' }],
          }),
          gatchina,
        ]),
      ),
    );
    expect(problems).toEqual([
      'sources/memoir/pages/12.json: events[0].date.estimate.time: "echelons-leave": lies outside the window the relations leave (1917-11-09T06:00 to 1917-11-09T23:59); the estimate or a relation is wrong',
    ]);
  });

  it('refuses a date written out in prose, which could not follow the calendar switch', () => {
    const written = fixtureEvent({ summary: 'The first echelons leave on 8 November.' });
    expect(() => extract(fixtureProject([written]))).toThrow(
      'sources/memoir/pages/12.json: events[0].summary: "echelons-leave": "8 November" is a date written out, which cannot follow the calendar switch: write {{1917-11-08}} if it is New Style, {{1917-11-21}} if Old Style',
    );
    const marked = fixtureEvent({ summary: 'The first echelons leave on {{1917-11-08}}.' });
    expect(extract(fixtureProject([marked])).events.events[0]!.summary).toBe(
      'The first echelons leave on {{1917-11-08}}.',
    );
  });

  it('lists date expressions and happenings that no event covers yet', () => {
    const { works } = extract(fixtureProject([fixtureEvent()]));
    expect(works[0]!.uncoveredMentions.map((m) => [m.text, m.page])).toEqual([
      ['On November 9', 12],
      ['in the morning', 12],
    ]);
    expect(works[0]!.uncoveredSentences.map((s) => s.names)).toContainEqual(['Gatchina']);
  });

  it('no longer lists what the curator dismissed as not an event, and keeps the reason', () => {
    const project = fixtureProject([fixtureEvent()]);
    const page = project.works[0]!.pages[0]!.curation.data;
    page.notEvents = [
      {
        passage: 'On November 9 I received a telegram. The head echelons had reached Gatchina',
        reason: 'Told as the telegram, curated on another page.',
      },
    ];
    const { works } = extract(project);
    expect(works[0]!.uncoveredMentions.map((m) => m.text)).not.toContain('On November 9');
    expect(works[0]!.uncoveredSentences.flatMap((s) => s.names)).not.toContain('Gatchina');
  });

  it('refuses a dismissal whose words the page no longer has, naming it', () => {
    const project = fixtureProject([fixtureEvent()]);
    project.works[0]!.pages[0]!.curation.data.notEvents = [
      { passage: 'The telegram was burnt.', reason: 'x' },
    ];
    expect(problemsOf(() => extract(project))).toEqual([
      expect.stringMatching(
        /^sources\/memoir\/pages\/12\.json: notEvents\[0\]\.passage: "The telegram was burnt\." is not in the reading text/,
      ),
    ]);
  });
});
