import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventsFile, SourcePageWithText } from '../../lib/events/types';
import {
  draftFromCurated,
  draftFromPassage,
  idFromTitle,
  placePassage,
  toCuratedEvent,
  trimSpan,
  withEvent,
  withoutEvent,
  withProposal,
  type CuratedEventJson,
} from './eventDraft';
import { formFieldOf, problemsByField } from './problemFields';

const bundled = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', '..', 'events.json'), 'utf8'),
) as EventsFile<SourcePageWithText>;
const source = bundled.sources[0]!;

function spanOf(passage: string): [number, number] {
  const start = source.readingText.indexOf(passage);
  return [start, start + passage.length];
}

describe('draftFromPassage', () => {
  it('takes the selected words as the anchor, without the spaces at its edges', () => {
    // A selection from the paragraph break before it to the space after it.
    const [start, end] = spanOf('We still had friends in the ranks.');
    const draft = draftFromPassage(bundled, source, start - 2, end + 1);
    expect(source.readingText.slice(start - 2, end + 1)).toMatch(/^\n\n.+ $/);
    expect(draft.anchor).toBe('We still had friends in the ranks.');
  });

  it('names the people and places whose aliases the passage has', () => {
    const [start, end] = spanOf('Kerensky had asked Krasnov to let him enter Petrograd');
    const draft = draftFromPassage(bundled, source, start, end);
    expect(draft.people).toEqual(['kerensky', 'krasnov']);
    expect(draft.places).toEqual(['petrograd']);
  });

  it('guesses the lane and type of the event nearest to the passage on the page', () => {
    // The sentence right after the delegates' passage, far from the telegram's.
    const [start, end] = spanOf('Unfortunately, each company would have had to cross');
    const nearest = bundled.events.find((e) => e.id === 'company-delegates-offer-support')!;
    const draft = draftFromPassage(bundled, source, start, end);
    expect([draft.lane, draft.type]).toEqual([nearest.lane, nearest.type]);
  });
});

describe('placePassage', () => {
  it('gives a unique passage its position, prefix and suffix', () => {
    const passage = 'We still had friends in the ranks.';
    const place = placePassage(source.readingText, passage);
    expect(place).toMatchObject({ start: source.readingText.indexOf(passage) });
    if ('start' in place) {
      expect(
        source.readingText.slice(
          place.start - place.prefix.length,
          place.end + place.suffix.length,
        ),
      ).toBe(place.prefix + passage + place.suffix);
      expect(place.prefix.length).toBe(32);
    }
  });

  it('counts a passage that occurs more than once, or not at all', () => {
    expect(placePassage(source.readingText, 'echelons')).toEqual({ count: 4 });
    expect(placePassage(source.readingText, 'échelons')).toEqual({ count: 0 });
  });
});

describe('toCuratedEvent', () => {
  const [start, end] = spanOf('We still had friends in the ranks.');
  const draft = {
    ...draftFromPassage(bundled, source, start, end),
    id: 'friends',
    title: ' Friends in the ranks ',
    edtf: '1917-11-08',
    rationale: 'Follows the departure.',
  };

  it('writes the fields the curation keeps, with no unused time and no empty citation', () => {
    const event = toCuratedEvent({
      ...draft,
      citations: [{ title: ' ', url: '', note: '' }],
      relations: [{ kind: 'after', event: '' }],
    });
    expect(event.title).toBe('Friends in the ranks');
    expect(event.date).toEqual({
      edtf: '1917-11-08',
      basis: 'narrative',
      rationale: 'Follows the departure.',
    });
    expect(event.relations).toEqual([]);
  });

  it('keeps a time or a part of day only when chosen', () => {
    expect(toCuratedEvent({ ...draft, when: 'time', time: '22:40' }).date.time).toBe('22:40');
    expect(
      toCuratedEvent({ ...draft, when: 'partOfDay', partOfDay: 'evening' }).date,
    ).toMatchObject({
      partOfDay: 'evening',
    });
    expect(toCuratedEvent({ ...draft, time: '22:40' }).date.time).toBeUndefined();
  });
});

describe('withEvent and idFromTitle', () => {
  it('adds an event at the end, or replaces the one being edited in place', () => {
    const page = { page: 1, events: [{ id: 'a' }, { id: 'b' }] };
    const event = toCuratedEvent({ ...draftFromPassage(bundled, source, 0, 5), id: 'c' });
    expect(withEvent(page, event).events.map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(withEvent(page, event, 'a').events.map((e) => e.id)).toEqual(['c', 'b']);
  });

  it('makes an id of lower-case words and hyphens from a title', () => {
    expect(idFromTitle('Head échelons reach Gatchina!')).toBe('head-echelons-reach-gatchina');
    expect(idFromTitle('  ')).toBe('');
  });

  it('trims a span to the words inside it', () => {
    expect(trimSpan('  ab c  ', 0, 8)).toEqual({ start: 2, end: 6 });
    expect(trimSpan('abc', 3, 1)).toEqual({ start: 1, end: 3 });
  });
});

describe('problemsByField', () => {
  it('puts each of the extractor’s problems beside its field', () => {
    expect(formFieldOf({ field: '/events/17/date/edtf', message: 'x' })).toBe('edtf');
    expect(formFieldOf({ field: 'events[17].date.edtf', message: 'x' })).toBe('edtf');
    expect(formFieldOf({ field: 'events[17].date.shape', message: 'x' })).toBe('shape');
    expect(formFieldOf({ field: 'events[17].relations[0].event', message: 'x' })).toBe('relations');
    expect(formFieldOf({ field: 'events[17].date.readings[0].edtf', message: 'x' })).toBe('edtf');
    expect(formFieldOf({ field: 'date.edtf', message: 'x' })).toBe('edtf');
    expect(formFieldOf({ field: 'date', message: 'the page says November 9' })).toBe('edtf');
    expect(
      formFieldOf({ field: '/events/17/date', message: 'missing required field "citations"' }),
    ).toBe('citations');
    expect(formFieldOf({ field: '/events/17', message: 'missing required field "title"' })).toBe(
      'title',
    );
    expect(formFieldOf({ field: 'relations/0/event', message: 'x' })).toBe('relations');
    expect(formFieldOf({ field: 'people/1', message: 'x' })).toBe('people');
    expect(formFieldOf({ field: 'anchor', message: 'x' })).toBe('anchor');
    expect(formFieldOf({ field: '(top level)', message: 'x' })).toBe('form');
  });

  it('keeps another event’s problem apart, naming that event', () => {
    const byField = problemsByField(
      [
        { item: 'mine', field: 'lane', message: 'unknown lane id "x"' },
        { item: 'other', field: 'relations/0', message: 'contradicts the dates' },
      ],
      'mine',
    );
    expect(byField.get('lane')).toEqual(['unknown lane id "x"']);
    expect(byField.get('form')).toEqual(['"other": contradicts the dates']);
  });
});

describe('editing a curated event', () => {
  const page = JSON.parse(
    readFileSync(
      join(import.meta.dirname, '..', '..', '..', 'sources/stormy-passage/pages/376.json'),
      'utf8',
    ),
  ) as { events: CuratedEventJson[] };

  it('gives back every curated event unchanged when nothing in the form is changed', () => {
    for (const event of page.events) {
      expect(toCuratedEvent(draftFromCurated(event))).toEqual(event);
    }
  });

  it('keeps what the form has no field for (readings, an estimate) and writes the time anew', () => {
    const withReadings = page.events.find((e) => Array.isArray(e.date.readings))!;
    const draft = { ...draftFromCurated(withReadings), when: 'time' as const, time: '10:15' };
    const edited = toCuratedEvent(draft);
    expect(edited.date.readings).toEqual(withReadings.date.readings);
    expect(edited.date.time).toBe('10:15');
    expect(edited.date).not.toHaveProperty('partOfDay');
  });

  it('puts the edited event in the place of the one it was, and deletes by id', () => {
    const [first, second] = page.events;
    const renamed = { ...toCuratedEvent(draftFromCurated(first!)), id: 'renamed' };
    const edited = withEvent(page, renamed, first!.id);
    expect(edited.events.map((e) => e.id).slice(0, 2)).toEqual(['renamed', second!.id]);
    expect(edited.events).toHaveLength(page.events.length);
    expect(withoutEvent(page, second!.id).events.map((e) => e.id)).not.toContain(second!.id);
  });
});

describe('withProposal', () => {
  it('fills the date, basis and time of day the tagger proposes', () => {
    const [start, end] = spanOf('We still had friends in the ranks.');
    const draft = withProposal(draftFromPassage(bundled, source, start, end), {
      edtf: '1917-11-09',
      basis: 'stated',
      partOfDay: 'morning',
      day: { text: 'On November 9', index: 0, inPassage: true },
    });
    expect(toCuratedEvent(draft).date).toMatchObject({
      edtf: '1917-11-09',
      basis: 'stated',
      partOfDay: 'morning',
    });
  });
});
