/**
 * A page's text when events.json keeps it apart (`SourcePage.textFile`): where its file
 * is (relative to events.json's own address, on the page's own origin only), and its
 * checks once fetched: the file is the text of that page, and every passage events.json
 * places on the page fits it. Never throws past `fetchPageText`: each failure comes
 * back as a sentence naming the page and what is wrong.
 */
import { passageParts } from './bookPages';
import type { PageText, SourcePage, TimelineEvent } from './types';

export type PageTextResult = { ok: true; text: PageText } | { ok: false; error: string };

/** A page whose text is apart, and the address of its file. */
export type PageApart = SourcePage & { textFile: string };

/**
 * The page text file's address: `textFile` read against events.json's address, itself
 * read against the page's. Null when it would leave the page's origin (the CSP would
 * refuse it anyway; this says why).
 */
export function pageTextUrl(textFile: string, eventsUrl: string, pageUrl: string): URL | null {
  const base = new URL(eventsUrl, pageUrl);
  const url = new URL(textFile, base);
  return url.origin === new URL(pageUrl).origin ? url : null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads a fetched page text file for `page`, checking it against the passages that
 * `events` place on it (their positions and quotes), so a text file that is not the
 * one events.json was extracted with is refused rather than mismarked.
 */
export function readPageText(
  body: string,
  page: PageApart,
  events: readonly TimelineEvent[],
): PageTextResult {
  const fail = (why: string): PageTextResult => ({
    ok: false,
    error: `The text of p. ${page.page} (${page.textFile}) ${why}.`,
  });
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (reason) {
    return fail(`is not JSON: ${reason instanceof Error ? reason.message : String(reason)}`);
  }
  if (!isPlainObject(json)) return fail('is not a page text file (an object)');
  if (json.formatVersion !== 1) return fail('has no format version 1');
  if (json.id !== page.id) return fail(`is the text of ${JSON.stringify(json.id)}, not ${page.id}`);
  if (typeof json.rawText !== 'string' || typeof json.readingText !== 'string')
    return fail('lacks its rawText or readingText');
  const text = { rawText: json.rawText, readingText: json.readingText };
  for (const event of events) {
    const parts = passageParts(event.anchor);
    for (const part of parts) {
      if (part.source !== page.id) continue;
      const { start, end } = part.position;
      const fits = end <= text.readingText.length && part.raw.end <= text.rawText.length;
      // The whole quote is the parts joined over the page breaks: each part is in it.
      const piece = text.readingText.slice(start, end).trim();
      if (!fits || piece === '' || !event.anchor.quote.exact.includes(piece))
        return fail(
          `is not the one events.json was made from: the passage of “${event.id}” is not in it`,
        );
    }
  }
  return { ok: true, text };
}

/**
 * Fetches and reads a page's text file. Never rejects. `events` may be given as a
 * function, read once the file has come, so the text is checked against the events as
 * they are then, not as they were when the fetch began.
 */
export async function fetchPageText(
  page: PageApart,
  events: readonly TimelineEvent[] | (() => readonly TimelineEvent[]),
  eventsUrl: string,
  pageUrl: string,
  fetcher: typeof fetch = fetch,
): Promise<PageTextResult> {
  const url = pageTextUrl(page.textFile, eventsUrl, pageUrl);
  if (!url)
    return {
      ok: false,
      error: `The text of p. ${page.page} is asked from another site (${page.textFile}); the app reads only its own.`,
    };
  let response: Response;
  try {
    response = await fetcher(url.href);
  } catch (reason) {
    return {
      ok: false,
      error: `The text of p. ${page.page} could not be loaded: ${reason instanceof Error ? reason.message : String(reason)}.`,
    };
  }
  if (!response.ok)
    return {
      ok: false,
      error: `The text of p. ${page.page} could not be loaded: the server answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
    };
  try {
    const body = await response.text();
    return readPageText(body, page, typeof events === 'function' ? events() : events);
  } catch (reason) {
    return {
      ok: false,
      error: `The text of p. ${page.page} could not be read: ${reason instanceof Error ? reason.message : String(reason)}.`,
    };
  }
}
