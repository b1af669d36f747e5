import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import eventsSchema from '../../schema/events.schema.json' with { type: 'json' };
import { toJulianIso } from '../lib/time/floating';
import type { EventsFile, SourcePageWithText, TimelineEvent } from '../lib/events/types';
import { loadProject } from './curation/loadProject';
import { extract } from './extract';
import { serializeEvents } from './output/serializeEvents';

const root = join(import.meta.dirname, '..', '..');
const bundledText = readFileSync(join(root, 'events.json'), 'utf8');
const bundled = JSON.parse(bundledText) as EventsFile<SourcePageWithText>;
const page = bundled.sources[0]!;

function event(id: string): TimelineEvent {
  const found = bundled.events.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`events.json has no event "${id}"`);
  return found;
}

describe('the bundled events.json', () => {
  it('validates against the JSON Schema shipped beside it', () => {
    const validate = new Ajv2020({ allErrors: true }).compile(eventsSchema);
    const valid = validate(bundled);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('is what the extractor makes of the curation, byte for byte', () => {
    expect(serializeEvents(extract(loadProject(root)).events)).toBe(bundledText);
  });

  it('ships the raw OCR page byte for byte', () => {
    const raw = readFileSync(join(root, 'sources/stormy-passage/pages/376.txt'), 'utf8');
    expect(page.rawText).toBe(raw);
    expect(page).toMatchObject({
      page: 376,
      work: {
        author: 'W. S. Woytinsky',
        title: 'Stormy Passage',
        publisher: 'Vanguard Press',
        year: 1961,
      },
    });
  });

  it('quotes each passage exactly as the reading text has it at its offsets', () => {
    for (const { anchor } of bundled.events) {
      expect(page.readingText.slice(anchor.position.start, anchor.position.end)).toBe(
        anchor.quote.exact,
      );
      expect(page.readingText.slice(0, anchor.position.start).endsWith(anchor.quote.prefix)).toBe(
        true,
      );
      expect(page.readingText.slice(anchor.position.end).startsWith(anchor.quote.suffix)).toBe(
        true,
      );
    }
  });

  it('maps each passage to the raw OCR span that holds the same words', () => {
    const letters = (text: string) =>
      text
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .replace(/[^\p{L}]/gu, '')
        .toLowerCase();
    for (const { anchor } of bundled.events) {
      const raw = page.rawText.slice(anchor.raw.start, anchor.raw.end);
      // The OCR spelling differs ("govemment", "ail thèse"), so compare the first and last words.
      const words = anchor.quote.exact.split(/\s+/);
      expect(letters(raw).startsWith(letters(words[0]!).slice(0, 3))).toBe(true);
      expect(letters(raw).endsWith(letters(words.at(-1)!).slice(-3))).toBe(true);
    }
  });

  it('holds every happening the page tells', () => {
    const expected: [string, RegExp][] = [
      ['winter-palace-invaded', /crowd was invading the Winter Palace/],
      ['congress-opens', /a meeting opened at the Smolny/],
      ['government-deposed', /Provisional Government was deposed/],
      ['council-of-peoples-commissars', /Council of Peoples Commissars headed by Lenin/],
      ['power-to-local-soviets', /transfer of local authorities to the respective Soviets/],
      ['old-committee-rejects-congress', /declared all these decisions illegal/],
      ['both-sides-call-on-army', /called on the army for support/],
      ['call-to-krasnov', /I phoned to Krasnov/],
      ['krasnov-pledges-allegiance', /unshakable allegiance/],
      ['advice-to-contact-kerensky', /get in personal touch with Kerensky/],
      ['echelons-leave-ostrov', /echelons of the Cossacks left Ostrov/],
      ['kerensky-joins-echelons', /on condition that he keep clear of military operations/],
      ['woytinsky-stays-in-pskov', /I remained in Pskov/],
      ['telegrams-from-other-fronts', /Telegrams were arriving/],
      ['company-delegates-offer-support', /Delegates from individual companies/],
      ['krasnov-telegram', /received a telegram from General Krasnov/],
      ['gatchina-occupied', /reached Gatchina in the morning/],
    ];
    for (const [id, passage] of expected) expect(event(id).anchor.quote.exact).toMatch(passage);
  });

  it('dates the stated events as the page does, in both calendars', () => {
    const departure = event('echelons-leave-ostrov').date;
    expect(departure).toMatchObject({ edtf: '1917-11-08', basis: 'stated', shape: 'instant' });
    expect(toJulianIso(departure.window.start.earliest)).toBe('1917-10-26T00:00');
    const gatchina = event('gatchina-occupied').date;
    expect(gatchina).toMatchObject({ edtf: '1917-11-09', partOfDay: 'morning', basis: 'stated' });
    expect(toJulianIso(gatchina.window.start.earliest)).toBe('1917-10-27T06:00');
    expect(toJulianIso(gatchina.window.end.latest)).toBe('1917-10-27T11:59');
  });

  it('opens the Congress at 22:40 on 7 November 1917, 25 October Old Style', () => {
    const { date } = event('congress-opens');
    expect(date.shape).toBe('instant');
    expect(date.window.start).toEqual({ earliest: '1917-11-07T22:40', latest: '1917-11-07T22:40' });
    expect(toJulianIso(date.window.start.earliest)).toBe('1917-10-25T22:40');
  });

  it('has the echelons leave Ostrov at some time on 8 November, about 15:00 by other sources, not all day', () => {
    const { date } = event('echelons-leave-ostrov');
    expect(date.shape).toBe('instant');
    expect(date.window).toEqual({
      start: { earliest: '1917-11-08T00:00', latest: '1917-11-08T23:59' },
      end: { earliest: '1917-11-08T00:00', latest: '1917-11-08T23:59' },
    });
    expect(date.estimate?.time).toBe('15:00');
    expect(date.citations.map((c) => c.title).join(' ')).toMatch(/History of the Civil War/);
  });

  it('gives every event a window inside its own, each bound in order, an instant ending where it starts', () => {
    for (const { id, date } of bundled.events) {
      const { own, window } = date;
      for (const point of ['start', 'end'] as const) {
        expect(window[point].earliest <= window[point].latest, id).toBe(true);
        expect(window[point].earliest >= own[point].earliest, id).toBe(true);
        expect(window[point].latest <= own[point].latest, id).toBe(true);
      }
      expect(window.start.earliest <= window.end.earliest, id).toBe(true);
      expect(window.start.latest <= window.end.latest, id).toBe(true);
      if (date.shape === 'instant') expect(window.end, id).toEqual(window.start);
    }
  });

  it('keeps the calls on the army within 8 November, after the Congress they answer, from outside the page', () => {
    const { date } = event('both-sides-call-on-army');
    expect(date).toMatchObject({ shape: 'span', basis: 'historical' });
    // The earlier call of 7 November (page 373) is another call and no longer widens this one.
    expect(date.window).toEqual({
      start: { earliest: '1917-11-08T00:00', latest: '1917-11-08T23:59' },
      end: { earliest: '1917-11-08T00:00', latest: '1917-11-09T00:00' },
    });
    expect(date.window.start.earliest >= event('congress-opens').date.window.end.latest).toBe(true);
  });

  it("holds the stay at Pskov, whose end the page does not give, open at least until Krasnov's telegram reached it", () => {
    const { date } = event('woytinsky-stays-in-pskov');
    expect(date.edtf).toBe('1917-11-08/');
    expect(date.window.end.earliest).toBe('1917-11-09T06:00');
    expect(date.tightenedBy).toContainEqual({
      bound: 'end.earliest',
      value: '1917-11-09T06:00',
      origin: { event: 'gatchina-occupied', bound: 'start.earliest' },
      chain: [
        { from: 'krasnov-telegram', kind: 'reports', to: 'gatchina-occupied' },
        { from: 'krasnov-telegram', kind: 'during', to: 'woytinsky-stays-in-pskov' },
      ],
    });
    for (const id of ['telegrams-from-other-fronts', 'company-delegates-offer-support']) {
      expect(event(id).relations, id).toContainEqual(
        expect.objectContaining({ kind: 'during', event: 'woytinsky-stays-in-pskov' }),
      );
    }
  });

  it('tells two contacts with Krasnov: the advice in the night meeting, never made to follow the appeal the later call reports', () => {
    expect(event('krasnov-pledges-allegiance').relations).not.toContainEqual(
      expect.objectContaining({ event: 'call-to-krasnov' }),
    );
    expect(event('kerensky-joins-echelons').relations).toContainEqual(
      expect.objectContaining({ kind: 'after', event: 'advice-to-contact-kerensky' }),
    );
    expect(event('call-to-krasnov').relations).toContainEqual(
      expect.objectContaining({ kind: 'after', event: 'government-deposed' }),
    );
    // Krasnov reached Pskov at 2:15 a.m. and was at Ostrov with Kerensky by the morning.
    for (const id of ['krasnov-pledges-allegiance', 'advice-to-contact-kerensky']) {
      const { date } = event(id);
      expect(date.window.start, id).toEqual({
        earliest: '1917-11-08T00:00',
        latest: '1917-11-08T05:59',
      });
    }
    for (const id of [
      'krasnov-pledges-allegiance',
      'advice-to-contact-kerensky',
      'kerensky-joins-echelons',
      'echelons-leave-ostrov',
    ]) {
      const origins = event(id).date.tightenedBy.map((t) => t.origin.event);
      expect(origins, id).not.toContain('government-deposed');
    }
  });

  it('forms the Council in the small hours of 9 November, though the page tells it before the departure of 8 November, and keeps the dating by the sitting', () => {
    const council = event('council-of-peoples-commissars');
    const departure = event('echelons-leave-ostrov');
    expect(council.anchor.position.start).toBeLessThan(departure.anchor.position.start);
    expect(council.date).toMatchObject({ edtf: '1917-11-09', partOfDay: 'night' });
    expect(toJulianIso(council.date.window.start.earliest)).toBe('1917-10-27T00:00');
    expect(toJulianIso(council.date.window.start.latest)).toBe('1917-10-27T05:59');
    const at = (id: string) => bundled.events.findIndex((e) => e.id === id);
    expect(at('council-of-peoples-commissars')).toBeGreaterThan(at('echelons-leave-ostrov'));
    expect(council.date.readings).toContainEqual(
      expect.objectContaining({
        edtf: '1917-11-08',
        window: expect.objectContaining({
          start: { earliest: '1917-11-08T00:00', latest: '1917-11-08T23:59' },
        }),
      }),
    );
  });

  it("keeps Gatchina's witnesses beside the page's morning: Reed's and the MRC log's night, Krasnov's early morning", () => {
    const { date } = event('gatchina-occupied');
    expect(date.shape).toBe('instant');
    const witness = (pattern: RegExp) => {
      const reading = date.readings.find((r) => pattern.test(r.citation.title));
      if (!reading) throw new Error(`no reading cites ${pattern}`);
      return reading;
    };
    const night = { earliest: '1917-11-09T00:00', latest: '1917-11-09T05:59' };
    expect(witness(/Reed/)).toMatchObject({ partOfDay: 'night', window: { start: night } });
    expect(witness(/Military Revolutionary Committee/)).toMatchObject({
      partOfDay: 'night',
      window: { start: night },
    });
    expect(witness(/Krasnov/)).toMatchObject({
      partOfDay: 'morning',
      window: { start: date.own.start },
    });
    // The readings stay the witnesses' own: the chosen morning does not tighten them.
    expect(night.latest < date.window.start.earliest).toBe(true);
  });

  it('claims "stated" only for a date the page gives: its day named in the paragraph, nothing set from outside', () => {
    const months = [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ];
    const inWords = (iso: string) =>
      `${months[Number(iso.slice(5, 7)) - 1]} ${Number(iso.slice(8, 10))}`;
    const basis = new Map(bundled.events.map((e) => [e.id, e.date.basis]));
    const stated = bundled.events.filter((e) => e.date.basis === 'stated');
    expect(stated.map((e) => e.id).sort()).toEqual([
      'echelons-leave-ostrov',
      'gatchina-occupied',
      'krasnov-telegram',
    ]);
    for (const { id, anchor, date } of stated) {
      const text = page.readingText;
      const from = text.lastIndexOf('\n\n', anchor.position.start);
      const to = text.indexOf('\n\n', anchor.position.end);
      const paragraph = text.slice(from < 0 ? 0 : from + 2, to < 0 ? text.length : to);
      // A span's exclusive end at the next midnight names no day of its own.
      const days = [date.own.start.earliest, date.own.start.latest, date.own.end.latest]
        .filter((bound) => !bound.endsWith('T00:00') || bound === date.own.start.earliest)
        .map((bound) => bound.slice(0, 10));
      for (const day of days) expect(paragraph, `${id}: ${day}`).toContain(inWords(day));
      if (date.partOfDay) expect(paragraph, id).toContain(date.partOfDay);
      if (date.time) expect(paragraph, id).toContain(date.time);
      // A bound moved by a relation is the page's only if the chain starts at a stated event.
      for (const { origin } of date.tightenedBy) expect(basis.get(origin.event), id).toBe('stated');
    }
  });

  it('explains every date, and cites an outside source for every historical one', () => {
    for (const { id, date } of bundled.events) {
      expect(date.rationale.length, id).toBeGreaterThan(40);
      if (date.basis === 'historical') {
        expect(date.citations.length, id).toBeGreaterThan(0);
        for (const citation of date.citations) expect(citation.url, id).toMatch(/^https?:\/\//);
      }
    }
  });

  it('puts events in time order: whatever a relation puts first comes first', () => {
    const at = new Map(bundled.events.map((e, i) => [e.id, i]));
    for (const e of bundled.events) {
      for (const relation of e.relations) {
        const [first, then] =
          relation.kind === 'before' ? [e.id, relation.event] : [relation.event, e.id];
        expect(at.get(first)! < at.get(then)!, `${e.id} ${relation.kind} ${relation.event}`).toBe(
          true,
        );
      }
    }
    // The telegram comes after the occupation it reports, though the page tells it first.
    expect(at.get('gatchina-occupied')! < at.get('krasnov-telegram')!).toBe(true);
    expect(event('krasnov-telegram').relations).toContainEqual(
      expect.objectContaining({ kind: 'reports', event: 'gatchina-occupied' }),
    );
  });

  it('breaks ties in time order by the earliest start, then the latest, then the page', () => {
    const before = (a: TimelineEvent, b: TimelineEvent) =>
      a.date.window.start.earliest.localeCompare(b.date.window.start.earliest) ||
      a.date.window.start.latest.localeCompare(b.date.window.start.latest) ||
      a.anchor.position.start - b.anchor.position.start;
    const related = (a: TimelineEvent, b: TimelineEvent) =>
      a.relations.some((r) => r.event === b.id) || b.relations.some((r) => r.event === a.id);
    bundled.events.forEach((a, i) => {
      const b = bundled.events[i + 1];
      // Two neighbours the relations do not order are in the order of their keys.
      if (b && !related(a, b)) expect(before(a, b), `${a.id}, ${b.id}`).toBeLessThanOrEqual(0);
    });
  });

  it('names only people, places, lanes and events that exist', () => {
    const ids = (items: { id: string }[]) => new Set(items.map((item) => item.id));
    const people = ids(bundled.people);
    const places = ids(bundled.places);
    const lanes = ids(bundled.lanes);
    const events = ids(bundled.events);
    for (const e of bundled.events) {
      for (const id of e.people) expect(people.has(id), `${e.id}: ${id}`).toBe(true);
      for (const id of e.places) expect(places.has(id), `${e.id}: ${id}`).toBe(true);
      expect(lanes.has(e.lane), e.id).toBe(true);
      for (const relation of e.relations) expect(events.has(relation.event), e.id).toBe(true);
    }
  });
});
