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
    rationale: 'On November 9, in the morning.',
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

  it('sorts events by start and fills in both calendars', () => {
    const { events } = extract(fixtureProject([gatchina, fixtureEvent()]));
    expect(events.events.map((e) => e.id)).toEqual(['echelons-leave', 'gatchina']);
    expect(events.events[1]!.date).toMatchObject({
      start: '1917-11-09T06:00',
      end: '1917-11-09T12:00',
      julian: { start: '1917-10-27T06:00', end: '1917-10-27T12:00' },
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
        /^sources\/memoir\/pages\/12\.json: "echelons-leave": anchor: .*occurs 2 times/,
      ),
    ]);
  });

  it('reports an anchor copied from the OCR instead of the reading text, with the nearest match', () => {
    const problems = problemsOf(() =>
      extract(fixtureProject([fixtureEvent({ id: 'agreed', anchor: 'The gen- eral agreed. On' })])),
    );
    expect(problems[0]).toMatch(/"agreed": anchor: .*nearest match at \d+/);
  });

  it('reports a stated date that disagrees with the text', () => {
    const problems = problemsOf(() =>
      extract(
        fixtureProject([
          fixtureEvent({ date: { edtf: '1917-11-09', basis: 'stated', rationale: 'x' } }),
        ]),
      ),
    );
    expect(problems[0]).toMatch(/"echelons-leave": date: .*"On November 8" \(1917-11-08\)/);
  });

  it('reports a stated part of day that disagrees with the passage', () => {
    const problems = problemsOf(() =>
      extract(fixtureProject([{ ...gatchina, date: { ...gatchina.date, partOfDay: 'evening' } }])),
    );
    expect(problems[0]).toMatch(/"gatchina": date: .*"in the morning" \(morning\), not evening/);
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
      /"echelons-leave": date\.edtf: 1917-11-31 is not a date: November has 30 days$/,
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
      expect.stringContaining('"echelons-leave": people/0: unknown person id "trotsky"'),
      expect.stringContaining('"echelons-leave": places/0: unknown place id "moscow"'),
      expect.stringContaining('"echelons-leave": lane: unknown lane id "nowhere"'),
      expect.stringContaining('"echelons-leave": relations/0/event: unknown event id "missing"'),
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
        '"krasnov": people/0/otherNames/1: "Gatchina" is written on page 12 (memoir-p12): move it to aliases',
      ),
      expect.stringContaining(
        '"krasnov": people/0/otherNames/2: "Krasnov" is already the name or an alias',
      ),
    ]);
  });

  it('passes other names on to events.json, for search', () => {
    const project = fixtureProject();
    project.people.data.people[0] = { ...project.people.data.people[0]!, otherNames: ['Краснов'] };
    expect(extract(project).events.people[0]?.otherNames).toEqual(['Краснов']);
  });

  it('reports duplicate event ids', () => {
    const problems = problemsOf(() => extract(fixtureProject([fixtureEvent(), fixtureEvent()])));
    expect(problems[0]).toMatch(/"echelons-leave": events\/1\/id: duplicate event id/);
  });

  it('reports a relation that contradicts the dates', () => {
    const problems = problemsOf(() =>
      extract(
        fixtureProject([
          fixtureEvent({ relations: [{ kind: 'after', event: 'gatchina' }] }),
          gatchina,
        ]),
      ),
    );
    expect(problems[0]).toMatch(
      /"echelons-leave": relations\/0: "after gatchina" contradicts the dates/,
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
});
