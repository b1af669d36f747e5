import { describe, expect, it } from 'vitest';
import { fetchPageText, pageTextUrl, readPageText, type PageApart } from './pageText';
import type { TimelineEvent } from './types';

const page: PageApart = {
  id: 'memoir-p3',
  work: { author: 'A', title: 'A Memoir', publisherPlace: 'X', publisher: 'Y', year: 1961 },
  page: 3,
  provenance: 'test',
  textFile: 'page-texts/memoir-p3.0123456789abcdef.json',
};
const readingText = 'Rumours came from every side.';
const body = (over: object = {}) =>
  JSON.stringify({
    formatVersion: 1,
    id: 'memoir-p3',
    rawText: `3 HEAD\n${readingText}`,
    readingText,
    ...over,
  });
const rumours = {
  id: 'rumours',
  anchor: {
    source: 'memoir-p2',
    quote: { exact: 'in haste.\n\nRumours came', prefix: '', suffix: '' },
    position: { start: 0, end: 9 },
    raw: { start: 0, end: 9 },
    continued: [
      { source: 'memoir-p3', position: { start: 0, end: 12 }, raw: { start: 7, end: 19 } },
    ],
  },
} as TimelineEvent;

describe('pageTextUrl', () => {
  it('reads the file against events.json’s own address', () => {
    expect(
      pageTextUrl(page.textFile, './assets/events-abc.json', 'https://example.org/site/?page=x')
        ?.href,
    ).toBe('https://example.org/site/assets/page-texts/memoir-p3.0123456789abcdef.json');
  });
  it('refuses an address on another origin', () => {
    expect(
      pageTextUrl('https://elsewhere.example/t.json', 'events.json', 'https://example.org/'),
    ).toBeNull();
    expect(
      pageTextUrl('page-texts/a.json', 'https://cdn.example/events.json', 'https://example.org/'),
    ).toBeNull();
  });
});

describe('readPageText', () => {
  it('takes the text of the page whose passages fit it', () => {
    expect(readPageText(body(), page, [rumours])).toEqual({
      ok: true,
      text: { rawText: `3 HEAD\n${readingText}`, readingText },
    });
  });
  it('names the page and what is wrong: not JSON, another page, no text, a passage not in it', () => {
    expect(readPageText('{', page, [])).toMatchObject({
      ok: false,
      error: expect.stringMatching(
        /^The text of p\. 3 \(page-texts\/memoir-p3\.0123456789abcdef\.json\) is not JSON/,
      ),
    });
    expect(readPageText(body({ id: 'memoir-p4' }), page, [])).toMatchObject({
      error: expect.stringContaining('is the text of "memoir-p4", not memoir-p3'),
    });
    expect(readPageText(body({ readingText: 5 }), page, [])).toMatchObject({
      error: expect.stringContaining('lacks its rawText or readingText'),
    });
    expect(
      readPageText(body({ readingText: 'Something else entirely.' }), page, [rumours]),
    ).toMatchObject({
      error: expect.stringContaining(
        'not the one events.json was made from: the passage of “rumours” is not in it',
      ),
    });
  });
});

describe('fetchPageText', () => {
  const at = 'https://example.org/';
  it('says the HTTP status when the server refuses', async () => {
    const fetcher = (async () =>
      new Response('busy', { status: 503, statusText: 'Service Unavailable' })) as typeof fetch;
    expect(await fetchPageText(page, [], 'events.json', at, fetcher)).toEqual({
      ok: false,
      error:
        'The text of p. 3 could not be loaded: the server answered HTTP 503 Service Unavailable.',
    });
  });
  it('says so when the network fails, and never rejects', async () => {
    const fetcher = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await fetchPageText(page, [], 'events.json', at, fetcher)).toEqual({
      ok: false,
      error: 'The text of p. 3 could not be loaded: Failed to fetch.',
    });
  });
  it('asks for the file beside events.json and reads it', async () => {
    const asked: string[] = [];
    const fetcher = (async (url: string) => {
      asked.push(url);
      return new Response(body());
    }) as typeof fetch;
    const result = await fetchPageText(page, [rumours], 'assets/events-x.json', at, fetcher);
    expect(result.ok).toBe(true);
    expect(asked).toEqual([
      'https://example.org/assets/page-texts/memoir-p3.0123456789abcdef.json',
    ]);
  });
  it('checks the text against the events as they are when it has come', async () => {
    let events: readonly TimelineEvent[] = [];
    const fetcher = (async () => {
      // The events change while the file is on its way: the new ones are checked.
      events = [
        {
          ...rumours,
          anchor: { ...rumours.anchor, quote: { exact: 'elsewhere', prefix: '', suffix: '' } },
        },
      ];
      return new Response(body());
    }) as typeof fetch;
    const result = await fetchPageText(page, () => events, 'events.json', at, fetcher);
    expect(result.ok).toBe(false);
  });
});
