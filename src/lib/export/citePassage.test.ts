import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EventsFile } from '../events/types';
import { parseView } from '../url/viewParams';
import { citePage, citePassage, eventLink, excerptOf } from './citePassage';

const file = JSON.parse(readFileSync('events.json', 'utf8')) as EventsFile;
const source = file.sources[0]!;
const event = (id: string) => file.events.find((e) => e.id === id)!;
const APP = 'https://example.org/november-1917/';

describe('citePassage', () => {
  it('cites the page in Chicago note style with the quoted passage and a link to the event', () => {
    const citation = citePassage(event('krasnov-telegram'), source, APP);
    expect(citation.text).toBe(
      'W. S. Woytinsky, Stormy Passage: A Personal History Through Two Russian Revolutions to ' +
        'Democracy and Freedom, 1905–1960 (New York: Vanguard Press, 1961), 376. ' +
        '“On November 9 I received a telegram from General Krasnov.” ' +
        'Event in the timeline: https://example.org/november-1917/?event=krasnov-telegram',
    );
  });

  it('italicizes the title in the Markdown form and nowhere else', () => {
    const citation = citePassage(event('krasnov-telegram'), source, APP);
    expect(citation.markdown).toMatch(
      /^W\. S\. Woytinsky, \*Stormy Passage: A Personal History [^*]+1905–1960\* \(New York: Vanguard Press, 1961\), 376\. “/,
    );
    expect(citation.text).not.toContain('*');
  });

  it('splits around the title so a component can set it in italics', () => {
    const c = citePassage(event('gatchina-occupied'), source, APP);
    expect(c.beforeTitle).toBe('W. S. Woytinsky, ');
    expect(c.title).toBe(`${source.work.title}: ${source.work.subtitle}`);
    expect(`${c.beforeTitle}${c.title}${c.afterTitle} Event in the timeline: ${c.link}`).toBe(
      c.text,
    );
  });

  it('links to the event with the app URL parameter the app reads back', () => {
    const { link } = citePassage(event('gatchina-occupied'), source, `${APP}?person=lenin#x`);
    expect(link).toBe(`${APP}?event=gatchina-occupied`);
    expect(parseView(new URL(link).search).selected).toBe('gatchina-occupied');
  });
});

describe('excerptOf', () => {
  it('keeps a short passage whole, on one line', () => {
    expect(excerptOf('He assured me\n of his  allegiance.')).toBe(
      'He assured me of his allegiance.',
    );
  });

  it('cuts a long passage at a word and ends it with an ellipsis', () => {
    const long = 'word '.repeat(100);
    const excerpt = excerptOf(long, 42);
    expect(excerpt.length).toBeLessThanOrEqual(43);
    expect(excerpt).toMatch(/word…$/);
  });
});

describe('eventLink', () => {
  it('drops the query and hash of the app address', () => {
    expect(eventLink('http://localhost:5173/?from=x#top', 'congress-opens')).toBe(
      'http://localhost:5173/?event=congress-opens',
    );
  });
});

describe('citePage', () => {
  it('cites the page without a quotation, with a link to the app', () => {
    const citation = citePage(source, `${APP}?event=x#y`);
    expect(citation.text).toBe(
      'W. S. Woytinsky, Stormy Passage: A Personal History Through Two Russian Revolutions to ' +
        'Democracy and Freedom, 1905–1960 (New York: Vanguard Press, 1961), 376. ' +
        'Timeline: https://example.org/november-1917/',
    );
    expect(citation.linkLabel).toBe('Timeline:');
    expect(`${citation.beforeTitle}${citation.title}${citation.afterTitle}`).not.toContain('“');
  });
});
