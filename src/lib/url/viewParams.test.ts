import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sampleFile } from '../events/fixtures/sampleEvents';
import {
  DEFAULT_URL_VIEW,
  isFloatingMinute,
  knownIdsOf,
  limitQuery,
  MAX_QUERY,
  parseView,
  readView,
  serializeView,
  type KnownIds,
  type UrlView,
} from './viewParams';

const known: KnownIds = {
  events: new Set(['gatchina-reached', 'congress-opens']),
  people: new Set(['krasnov', 'kerensky']),
  places: new Set(['gatchina']),
  pages: new Set(['stormy-passage-p376', 'stormy-passage-p377']),
};

const full: UrlView = {
  selected: 'gatchina-reached',
  window: { from: '1917-11-09T00:00', to: '1917-11-10T00:00' },
  people: ['krasnov', 'kerensky'],
  places: ['gatchina'],
  types: ['movement'],
  basis: 'stated-or-narrative',
  page: 'stormy-passage-p377',
  query: 'head echelons',
  calendar: 'julian',
  sourceOpen: true,
  sourceView: 'raw',
  view: 'list',
};

describe('serializeView', () => {
  it('writes the default view as an empty string', () => {
    expect(serializeView(DEFAULT_URL_VIEW)).toBe('');
  });

  it('writes every part in a fixed order with repeated keys for lists', () => {
    expect(serializeView(full)).toBe(
      '?event=gatchina-reached&from=1917-11-09T00%3A00&to=1917-11-10T00%3A00&view=list&cal=os' +
        '&person=krasnov&person=kerensky&place=gatchina&type=movement&basis=stated-or-narrative' +
        '&q=head+echelons&source=raw&page=stormy-passage-p377',
    );
  });

  it('leaves out the source view while the source panel is closed', () => {
    expect(serializeView({ ...DEFAULT_URL_VIEW, sourceView: 'raw' })).toBe('');
    expect(serializeView({ ...DEFAULT_URL_VIEW, sourceOpen: true })).toBe('?source=reading');
  });
});

describe('parseView', () => {
  it('reads back what serializeView wrote', () => {
    expect(parseView(serializeView(full), known)).toEqual(full);
  });

  it('reads an empty or missing query string as the default view', () => {
    expect(parseView('')).toEqual(DEFAULT_URL_VIEW);
    expect(parseView('?')).toEqual(DEFAULT_URL_VIEW);
  });

  it('accepts unescaped colons and the long calendar name', () => {
    const view = parseView('?from=1917-11-08T06:00&to=1917-11-08T18:00&cal=julian');
    expect(view.window).toEqual({ from: '1917-11-08T06:00', to: '1917-11-08T18:00' });
    expect(view.calendar).toBe('julian');
  });

  it('drops ids the data does not have and repeated values', () => {
    const view = parseView(
      '?event=nope&person=krasnov&person=lenin&person=krasnov&place=moscow&type=movement&type=dance',
      known,
    );
    expect(view).toMatchObject({
      selected: null,
      people: ['krasnov'],
      places: [],
      types: ['movement'],
    });
  });

  it('ignores a window that is half given, reversed, empty or not a real date', () => {
    for (const search of [
      '?from=1917-11-09T00:00',
      '?from=1917-11-10T00:00&to=1917-11-09T00:00',
      '?from=1917-11-09T00:00&to=1917-11-09T00:00',
      '?from=1917-02-30T00:00&to=1917-03-02T00:00',
      '?from=1917-11-09&to=1917-11-10',
      '?from=1917-11-09T24:00&to=1917-11-10T01:00',
      '?from=yesterday&to=today',
    ]) {
      expect(parseView(search).window, search).toBeNull();
    }
  });

  it('ignores unknown calendars, views, bases and source values', () => {
    expect(parseView('?cal=mayan&view=grid&source=open&basis=rumour')).toEqual(DEFAULT_URL_VIEW);
  });

  it('reads each choice of the basis filter back as it was written, "all" as the default', () => {
    for (const basis of ['stated', 'stated-or-narrative', 'all'] as const) {
      const view = { ...DEFAULT_URL_VIEW, basis };
      expect(parseView(serializeView(view))).toEqual(view);
    }
    expect(serializeView({ ...DEFAULT_URL_VIEW, basis: 'all' })).toBe('');
    expect(serializeView({ ...DEFAULT_URL_VIEW, basis: 'stated' })).toBe('?basis=stated');
    expect(parseView('?basis=all')).toEqual(DEFAULT_URL_VIEW);
  });

  it('reads a search of only spaces as no search', () => {
    expect(parseView('?q=%20%20').query).toBe('');
  });

  it('cuts an absurdly long search to 200 characters', () => {
    expect(parseView(`?q=${'a'.repeat(5000)}`).query).toHaveLength(200);
  });

  it('never writes a longer search than it reads back, nor half a character', () => {
    const written = serializeView({ ...DEFAULT_URL_VIEW, query: 'a'.repeat(5400) });
    expect(new URLSearchParams(written).get('q')).toHaveLength(MAX_QUERY);
    const emoji = `${'a'.repeat(MAX_QUERY - 1)}😀`;
    expect(limitQuery(emoji)).toBe('a'.repeat(MAX_QUERY - 1));
    expect(parseView(serializeView({ ...DEFAULT_URL_VIEW, query: emoji })).query).toBe(
      limitQuery(emoji),
    );
  });

  it('never throws, whatever the query string holds', () => {
    fc.assert(
      fc.property(fc.string(), (search) => {
        const view = parseView(search, known);
        expect(parseView(serializeView(view), known)).toEqual(view);
      }),
    );
  });
});

describe('readView', () => {
  it('ignores nothing in a URL the app wrote', () => {
    expect(readView(serializeView(full), known)).toEqual({ view: full, ignored: [] });
    expect(readView('', known).ignored).toEqual([]);
  });

  it('names unknown event, person, place and type values', () => {
    expect(
      readView('?event=nope&person=lenin&place=Moscow&type=dance&person=krasnov', known).ignored,
    ).toEqual([
      'no event “nope”',
      'no person “lenin”',
      'no place “Moscow”',
      'no event type “dance”',
    ]);
  });

  it('names each way a window can be impossible', () => {
    const ignored = (search: string) => readView(search).ignored;
    expect(ignored('?from=1917-11-10T00:00&to=1917-11-09T00:00')).toEqual([
      'the window from 1917-11-10T00:00 to 1917-11-09T00:00 ends before it starts',
    ]);
    expect(ignored('?from=yesterday&to=99999-01-01T00:00')).toEqual([
      '“yesterday” is not a date and time like 1917-11-08T06:00',
      '“99999-01-01T00:00” is not a date and time like 1917-11-08T06:00',
    ]);
    expect(ignored('?to=1917-11-09T00:00')).toEqual([
      'a window needs both “from” and “to”, and only “to” was given',
    ]);
  });

  it('names a window the calendars cannot hold, or one that shows none of the events', () => {
    expect(readView('?from=1066-10-14T00:00&to=1066-10-15T00:00').ignored).toEqual([
      '“1066-10-14T00:00” lies outside the years 1582–2100 the calendars cover',
      '“1066-10-15T00:00” lies outside the years 1582–2100 the calendars cover',
    ]);
    const span = { from: '1917-11-07T00:00', to: '1917-11-10T00:00' };
    const far = readView('?from=1918-01-01T00:00&to=1918-01-02T00:00', { ...known, span });
    expect(far).toMatchObject({
      view: { window: null },
      ignored: [
        'the window from 1918-01-01T00:00 to 1918-01-02T00:00 shows none of the events, which lie between 1917-11-07T00:00 and 1917-11-10T00:00',
      ],
    });
    // A window over part of the events, or reaching past them, is kept.
    for (const search of [
      '?from=1917-11-09T12:00&to=1918-01-01T00:00',
      '?from=1917-11-01T00:00&to=1917-11-07T01:00',
    ]) {
      expect(readView(search, { ...known, span }).ignored, search).toEqual([]);
    }
  });

  it('names parameters the app does not know, once each, and repeated single values', () => {
    const { view, ignored } = readView('?utm_source=chat&fbclid=abc&utm_source=x&event=a&event=b');
    expect(ignored).toEqual(['the parameters “utm_source”, “fbclid”', 'all but the first “event”']);
    expect(view.selected).toBe('a');
  });

  it('names values that are not among the choices, and a search cut short', () => {
    expect(
      readView(`?cal=mayan&view=grid&source=open&basis=rumour&q=${'a'.repeat(300)}`).ignored,
    ).toEqual([
      'the search beyond its first 200 characters',
      'no source view “open”',
      'no basis “rumour”',
      'no calendar “mayan”',
      'no view “grid”',
    ]);
  });

  it('shows a long or hostile value cut short, as it came', () => {
    const [note] = readView(
      `?event=${encodeURIComponent(`<img src=x onerror=alert(1)>${'x'.repeat(80)}`)}`,
    ).ignored;
    expect(note).toBe(`no event “<img src=x onerror=alert(1)>${'x'.repeat(12)}…”`);
  });

  it('never throws, and reads the same view as parseView', () => {
    fc.assert(
      fc.property(fc.string(), (search) => {
        expect(readView(search, known).view).toEqual(parseView(search, known));
      }),
    );
  });
});

describe('knownIdsOf', () => {
  it('collects the ids of events, people and places', () => {
    const ids = knownIdsOf({
      events: [],
      people: [{ id: 'krasnov', name: 'Pyotr Krasnov', role: '', aliases: [] }],
      places: [],
    });
    expect([...ids.people]).toEqual(['krasnov']);
    expect(ids.events.size).toBe(0);
    expect(ids.span).toBeUndefined();
  });

  it('spans the events from the earliest start their windows allow to the latest end', () => {
    // The palace stormed from the evening of 7 November; the delegates until 9 November.
    expect(knownIdsOf(sampleFile).span).toEqual({
      from: '1917-11-07T18:00',
      to: '1917-11-10T00:00',
    });
  });
});

describe('isFloatingMinute', () => {
  it('accepts real minutes and refuses impossible dates and other formats', () => {
    expect(isFloatingMinute('1917-11-07T22:40')).toBe(true);
    expect(isFloatingMinute('1916-02-29T00:00')).toBe(true);
    expect(isFloatingMinute('1917-02-29T00:00')).toBe(false);
    expect(isFloatingMinute('1917-13-01T00:00')).toBe(false);
    expect(isFloatingMinute('1917-11-07T22:40Z')).toBe(false);
    expect(isFloatingMinute('1917-11-07T22:40:00')).toBe(false);
  });
});
