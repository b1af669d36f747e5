/**
 * Which page of the built site the app is on, and how it reads and writes its link.
 *
 * The build writes three kinds of page (see `src/prerender/`): the explorer at the
 * site's root, the same explorer for an <iframe> at `embed/`, and one page per event
 * at `events/<id>/`, prerendered with that event chosen. All of them are the one app;
 * the path says only which page it starts as, and every URL is relative to the root,
 * so the site works from any folder (`/`, `/timeline/`, `/~user/nov1917/`).
 */
import type { HistoryMode } from '../state/explorer.svelte';

export type AppPage = { kind: 'explorer' } | { kind: 'embed' } | { kind: 'event'; id: string };

/** An event page's path ends `events/<id>/`; an id is lower-case words and hyphens. */
const EVENT_PATH = /(?:^|\/)events\/([a-z0-9]+(?:-[a-z0-9]+)*)\/(?:index\.html)?$/;
const EMBED_PATH = /(?:^|\/)embed\/(?:index\.html)?$/;

/** The page a path is, by how it ends. */
export function pageOfPath(pathname: string): AppPage {
  const event = EVENT_PATH.exec(pathname);
  if (event) return { kind: 'event', id: event[1]! };
  if (EMBED_PATH.test(pathname)) return { kind: 'embed' };
  return { kind: 'explorer' };
}

/** The path of the site's root (the explorer) seen from a page's path. */
export function rootPathOf(pathname: string): string {
  const match = EVENT_PATH.exec(pathname) ?? EMBED_PATH.exec(pathname);
  const root = match
    ? pathname.slice(0, match.index + (match[0].startsWith('/') ? 1 : 0))
    : pathname;
  // `/timeline/index.html` and `/timeline/` are the same page.
  return root.replace(/index\.html$/, '');
}

/**
 * The explorer's full address (origin and root path, no query) seen from the page the
 * reader is on: the same from the root, `embed/` or `events/<id>/`, so a link made from
 * it (a citation's) opens the explorer, not the page it was made on.
 */
export function appUrlOf(location: Pick<Location, 'origin' | 'pathname'>): string {
  return `${location.origin}${rootPathOf(location.pathname)}`;
}

/**
 * The way back from a page to the site's root, as a relative URL: `./` at the root,
 * `../` from `embed/`, `../../` from `events/<id>/`.
 */
export function rootPrefix(page: AppPage): string {
  return page.kind === 'event' ? '../../' : page.kind === 'embed' ? '../' : './';
}

/** A page's own path below the root: `''`, `embed/`, `events/<id>/`. */
export function pagePath(page: AppPage): string {
  return page.kind === 'event' ? `events/${page.id}/` : page.kind === 'embed' ? 'embed/' : '';
}

/**
 * The query string the explorer opens with on `page`: an event's page chooses its
 * event unless the link chooses another (`events/a/?event=b` shows b).
 */
export function searchForPage(page: AppPage, search: string): string {
  if (page.kind !== 'event') return search;
  const params = new URLSearchParams(search);
  if (params.has('event')) return search;
  params.set('event', page.id);
  return `?${params.toString()}`;
}

/** How the explorer reads and writes its link on the page it is on. */
export interface AppAddress {
  page: AppPage;
  /** The query string the explorer should show now. */
  read(): string;
  /** Writes the explorer's query string to the history, as a new entry or in place. */
  write(search: string, mode: HistoryMode): void;
}

/** The address of a page rendered at build time: it reads its own query and writes nothing. */
export function staticAddress(page: AppPage): AppAddress {
  return { page, read: () => searchForPage(page, ''), write: () => {} };
}

/**
 * The address in a browser. On the explorer and the embed the link's path stays and
 * its query changes. On an event's page the first change goes to the explorer's own
 * address (`../../?event=…`), so the page's path never names an event the query has
 * left; Back returns to the event's page, which then shows its event again.
 */
export function browserAddress(
  location: Pick<Location, 'pathname' | 'search' | 'hash'>,
  history: Pick<History, 'pushState' | 'replaceState'>,
): AppAddress {
  return {
    page: pageOfPath(location.pathname),
    read: () => searchForPage(pageOfPath(location.pathname), location.search),
    write(search, mode) {
      const { pathname } = location;
      const path = pageOfPath(pathname).kind === 'event' ? rootPathOf(pathname) : pathname;
      const url = `${path}${search}${location.hash}`;
      if (mode === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    },
  };
}
