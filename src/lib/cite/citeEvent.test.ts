import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EventsFile, SourcePageWithText } from '../events/types';
import { passagePageSpan } from '../events/bookPages';
import { appUrlOf } from '../url/address';
import { parseView } from '../url/viewParams';
import { citeEvent, citeSourcePage, eventLink } from './citeEvent';

const file = JSON.parse(readFileSync('events.json', 'utf8')) as EventsFile<SourcePageWithText>;
const source = file.sources[0]!;
const event = (id: string) => file.events.find((e) => e.id === id)!;
const APP = 'https://example.org/november-1917/';
const pagesById = new Map(file.sources.map((page) => [page.id, page]));
const cite = (id: string, app = APP) =>
  citeEvent(event(id), source, passagePageSpan(event(id).anchor, pagesById)!, app);

describe('citeEvent', () => {
  it('cites the Gatchina passage at pp. 376–77 with its quotation cut by an ellipsis', () => {
    const subject = cite('gatchina-occupied');
    expect(subject.pages).toEqual({ first: 376, last: 377 });
    expect(subject.book.page).toBe('376-377');
    expect(subject.quotation).toMatch(/had occupied the\u00a0\.\u00a0\.\u00a0\.$/);
    expect(subject.filename).toBe('stormy-passage-p376-377');
  });

  it('cites a passage that stays on its page at that page', () => {
    const subject = cite('krasnov-telegram');
    expect(subject.book.page).toBe('376');
    expect(subject.quotation).toBe('On November 9 I received a telegram from General Krasnov.');
    expect(subject.filename).toBe('stormy-passage-p376');
  });

  it('links to the explorer, not the page it is cited from (an event’s own, the embed)', () => {
    const from = (pathname: string) =>
      cite('gatchina-occupied', appUrlOf({ origin: 'https://example.org', pathname })).link;
    const explorer = `${APP}?event=gatchina-occupied`;
    expect(from('/november-1917/events/krasnov-telegram/')).toBe(explorer);
    expect(from('/november-1917/embed/')).toBe(explorer);
    expect(from('/november-1917/')).toBe(explorer);
    expect(
      citeSourcePage(
        source,
        appUrlOf({ origin: 'https://example.org', pathname: '/november-1917/embed/' }),
      ).link,
    ).toBe(APP);
  });

  it('links to the event with the parameter the app reads back, dropping the rest', () => {
    const { link } = cite('gatchina-occupied', `${APP}?person=lenin#x`);
    expect(link).toBe(`${APP}?event=gatchina-occupied`);
    expect(parseView(new URL(link).search).selected).toBe('gatchina-occupied');
  });
});

describe('citeSourcePage', () => {
  it('cites the page without a quotation, with a link to the app', () => {
    const subject = citeSourcePage(source, `${APP}?event=x#y`);
    expect(subject.book.page).toBe('376');
    expect(subject.quotation).toBeUndefined();
    expect(subject.link).toBe(APP);
  });
});

describe('eventLink', () => {
  it('drops the query and hash of the app address', () => {
    expect(eventLink('http://localhost:5173/?from=x#top', 'congress-opens')).toBe(
      'http://localhost:5173/?event=congress-opens',
    );
  });
});
