/**
 * A small book for the e2e tests of a whole book: the bench's synthetic memoir, four
 * pages, extracted with one passage that runs from page 2 onto page 3, its page texts
 * kept apart as `npm run extract -- --texts apart` keeps them. `serveBook` answers the
 * app's events.json with it and the page text files from memory, and logs which text
 * files were asked for.
 */
import type { Page } from '@playwright/test';
import { generateBook } from '../../bench/generate/book';
import type { CuratedEvent } from '../../src/extractor/curation/curationTypes';
import { extract } from '../../src/extractor/extract';
import { splitPageTexts } from '../../src/extractor/output/pageTextFiles';
import type { TimelineEvent } from '../../src/lib/events/types';
import { EVENTS_URL } from './explorer';

/** The passage over the page break from p. 2 to p. 3. */
export const OVER_THE_BREAK = 'over-the-break';

function buildBook() {
  const { project } = generateBook(4);
  const curated: CuratedEvent = {
    id: OVER_THE_BREAK,
    title: 'Rumours over the page break',
    summary: 'A passage that runs from page 2 onto page 3.',
    type: 'communication',
    lane: 'march',
    people: [],
    places: [],
    anchor: 'these decisions were taken in haste.\n\nRumours came from every side',
    date: { edtf: '1917-11-21', basis: 'narrative', rationale: 'Follows the dispatch before it.' },
  };
  project.works[0]!.pages[1]!.curation.data.events.push(curated);
  return splitPageTexts(extract(project).events);
}

export const book = buildBook();

/** The book's event with this id; throws so a renamed one fails loudly. */
export function bookEvent(id: string): TimelineEvent {
  const event = book.events.events.find((e) => e.id === id);
  if (!event) throw new Error(`the test book has no event ${id}`);
  return event;
}

/** Serves the book as the app's events.json; returns the page text files asked for, in order. */
export async function serveBook(page: Page): Promise<string[]> {
  const asked: string[] = [];
  const files = new Map(book.files.map((file) => [file.path, file.content]));
  await page.route(EVENTS_URL, (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(book.events) }),
  );
  await page.route('**/assets/page-texts/*.json', (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^.*\/assets\//, '');
    asked.push(path);
    const content = files.get(path);
    return content === undefined
      ? route.fulfill({ status: 404, body: 'not found' })
      : route.fulfill({ contentType: 'application/json', body: content });
  });
  return asked;
}
