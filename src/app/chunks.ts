/**
 * The app's chunks: the panels under the timeline, which every page shows, and the
 * notices and panels that only some pages show, with which of those a page needs for its
 * first drawing. The app fetches those before it draws, so nothing it draws waits for
 * its chunk; the default page (a good file, a plain link) needs none of them.
 */
import { loadEventDetailsBody, loadEventTable, loadSourcePanel } from '../components/lazy/chunks';
import type { EventsFileResult } from '../lib/events/parseEventsFile';
import { knownIdsOf, parseView, readView } from '../lib/url/viewParams';
import { loadEventSearch } from '../lib/search/loadEventSearch';

/**
 * Everything under the timeline (day strip, filters, day's events, details, source, map
 * and index), drawn in the task after the timeline's first paint, or with it when the
 * link opens a panel. Every page shows it, so the app fetches it beside events.json.
 */
export const loadExplorerPanels = () => import('./ExplorerPanels.svelte');

/** Events that events.json had to leave out or show with parts ignored. */
export const loadDataProblems = () => import('./DataProblems.svelte');

/** The empty state when the file has no event to show. */
export const loadNoEvents = () => import('./NoEvents.svelte');

/** The note about the parts of the link that were ignored. */
export const loadUrlNotice = () => import('./UrlNotice.svelte');

type Loader = () => Promise<unknown>;

/**
 * What a link opens on, known before the data arrives (so fetched beside it): the
 * details of a selected event, the source, the list, the search. Ids are checked only later.
 */
export function chunksForLink(search: string): Loader[] {
  const view = parseView(search);
  const chunks: Loader[] = [];
  if (view.selected) chunks.push(loadEventDetailsBody);
  if (view.sourceOpen) chunks.push(loadSourcePanel);
  // A link that opens a panel has it drawn with the timeline (see Explorer.svelte).
  if (view.selected || view.sourceOpen) chunks.push(loadExplorerPanels);
  if (view.view === 'list') chunks.push(loadEventTable);
  // A link with a search is drawn searched, not first with every event.
  if (view.query) chunks.push(loadEventSearch);
  return chunks;
}

/**
 * What the loaded file and the link checked against it call for: the notices of
 * problems in either, the empty state. The explorer reads the link the same way.
 */
export function chunksForData(result: EventsFileResult, search: string): Loader[] {
  if (!result.ok) return [];
  const chunks: Loader[] = [];
  if (result.problems.length > 0) chunks.push(loadDataProblems);
  if (result.data.events.length === 0) chunks.push(loadNoEvents);
  if (readView(search, knownIdsOf(result.data)).ignored.length > 0) chunks.push(loadUrlNotice);
  return chunks;
}
