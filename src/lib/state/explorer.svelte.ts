/**
 * What the reader is looking at: the selected event, the filters, the calendar,
 * the timeline's window (its `ViewState`, the one owner of it) and the source panel.
 * One instance per app, shared through `createContext`. Everything else (filtered
 * events, day counts, the URL) is derived from these few fields.
 *
 * The URL is written through the `writeUrl` callback at the end of each action and
 * of each move of the timeline: a new history entry when the selection changes or the
 * source opens or closes (so Back walks through them), a replaced one for everything else.
 */
import { createContext } from 'svelte';
import { summarizeDays, dayInWindow, type DaySummary } from '../events/days';
import {
  basisOptions,
  facetOptions,
  type BasisOption,
  type FacetName,
  type FacetOption,
} from '../events/facets';
import {
  clearedFilters,
  filtersFromLists,
  onlyFacetValue,
  toggleFacetValue,
  withBasis,
  withQuery,
} from '../events/filterChanges';
import {
  hasActiveFilters,
  matchesFilters,
  type BasisFilter,
  type EventFilters,
} from '../events/filterEvents';
import { indexById, neighbours } from '../events/relations';
import { buildSearchIndex, searchEvents } from '../search/eventSearch';
import type { EventsFile, SourcePage, SourcePageWithText, TimelineEvent } from '../events/types';
import {
  bookOfPage,
  booksOf,
  pageNumbered,
  passagePageSpan,
  turnPage,
  type Book,
} from '../events/bookPages';
import type { PageSpan } from '../cite/passagePages';
import type { PageApart, PageTextResult } from '../events/pageText';
import { PageTexts } from './pageTexts.svelte';
import { describeEventDate } from '../time/describeDate';
import { formatFloating, parseFloating } from '../time/floating';
import { EventSpans } from '../events/eventSpans';
import { toWholeMinute, type TimeWindow } from '../../timeline/view/window';
import { ViewState } from '../../timeline/view/viewState.svelte';
import {
  knownIdsOf,
  parseView,
  readView,
  serializeView,
  type Calendar,
  type ExplorerView,
  type IsoWindow,
  type KnownIds,
  type SourceView,
  type UrlView,
} from '../url/viewParams';

/** How a URL change enters the history: a new entry, or in place of the current one. */
export type HistoryMode = 'push' | 'replace';

export interface ExplorerOptions {
  /** The query string the app opened with (`location.search`). */
  search?: string;
  /** Writes the query string to the history; called only when it changes. */
  writeUrl?: (search: string, mode: HistoryMode) => void;
  /**
   * Fetches a page's text kept apart from events.json, checked against the events'
   * passages (`fetchPageText`); default: none can be had. `events` gives the events
   * as they are when called: read it once the text has come, not when the fetch begins.
   */
  loadPageText?: (
    page: PageApart,
    events: () => readonly TimelineEvent[],
  ) => Promise<PageTextResult>;
}

const NO_PAGE_TEXTS = async (page: PageApart): Promise<PageTextResult> => ({
  ok: false,
  error: `The text of p. ${page.page} is kept apart from events.json, and this view cannot fetch it.`,
});

function toIsoWindow(window: TimeWindow | null): IsoWindow | null {
  if (!window || !Number.isFinite(window.start) || !Number.isFinite(window.end)) return null;
  // Whole minutes keep the URL short; a window narrower than that is not worth keeping.
  const from = formatFloating(toWholeMinute(window.start));
  const to = formatFloating(toWholeMinute(window.end));
  return from < to ? { from, to } : null;
}

function toAxisWindow(window: IsoWindow | null): TimeWindow | null {
  return window ? { start: parseFloating(window.from), end: parseFloating(window.to) } : null;
}

const EMPTY_FILE: EventsFile = {
  formatVersion: 1,
  sources: [],
  lanes: [],
  people: [],
  places: [],
  events: [],
};

export class ExplorerState {
  readonly #writeUrl: (search: string, mode: HistoryMode) => void;
  #written = '';
  /** Taking on a URL's state: the moves that makes write nothing back. */
  #restoring = false;

  /** The loaded events.json; set by the constructor, and again by `replaceData` in the workbench. */
  data = $state.raw<EventsFile>(EMPTY_FILE);
  selectedId = $state<string | null>(null);
  filters = $state.raw<EventFilters>(clearedFilters());
  calendar = $state<Calendar>('gregorian');
  view = $state<ExplorerView>('timeline');
  sourceOpen = $state(false);
  sourceView = $state<SourceView>('reading');
  /**
   * The page the reader turned to in the reading pane, or null to show the selected
   * event's page (the first page of the book when none is selected): `page` derives from it.
   */
  turnedPageId = $state<string | null>(null);
  /** The latest message for the polite live region. */
  announcement = $state('');
  /** What in the URL the app opened with could not be used and was ignored, in words. */
  urlNotes = $state.raw<string[]>([]);
  /**
   * While set (the workbench picking a relation's event on the timeline), choosing an
   * event hands its id here instead of selecting it.
   */
  picker = $state.raw<((id: string) => void) | null>(null);

  /** The page texts the reader has opened, fetched when a page is opened. */
  readonly pageTexts: PageTexts;
  readonly known: KnownIds = $derived(knownIdsOf(this.data));
  readonly #byId: ReadonlyMap<string, TimelineEvent> = $derived(indexById(this.data.events));
  // Built on the first search, not with the page: a $derived runs only once read.
  readonly #searchIndex = $derived(buildSearchIndex(this.data));
  /** The ids of the events the search finds, or null when there is no search. */
  readonly queryHits: ReadonlySet<string> | null = $derived.by(() => {
    if (this.filters.query.trim() === '') return null;
    return searchEvents(this.#searchIndex, this.filters.query);
  });
  /**
   * The events the filters leave, in the file's order; with no filter, the file's own
   * list, so what reads the events by their position in the file (the spans, the days,
   * the timeline's index) takes them as they are, with no lookup by id.
   */
  readonly visibleEvents: TimelineEvent[] = $derived(
    hasActiveFilters(this.filters)
      ? this.data.events.filter((event) => matchesFilters(event, this.filters, this.queryHits))
      : this.data.events,
  );
  /** Each event's span on the UTC axis, read once per file. */
  readonly spans: EventSpans = $derived(new EventSpans(this.data.events));
  /**
   * The window on screen; its fit follows the events the filters leave. Made in the
   * constructor, once `data` is set: it reads the spans at once, and a server render
   * (the prerendered page) keeps the first value a derived gives.
   */
  readonly timeline: ViewState;
  readonly selectedEvent = $derived(
    this.selectedId ? (this.#byId.get(this.selectedId) ?? null) : null,
  );
  /** The works the pages are of (one book for the bundled page), each with its pages in order. */
  readonly books: Book[] = $derived(booksOf(this.data.sources));
  readonly #pagesById: ReadonlyMap<string, SourcePage> = $derived(
    // Made anew with each file and never changed: no reactive Map is needed.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    new Map(this.data.sources.map((page) => [page.id, page])),
  );
  /** The page the reading pane shows when the reader has not turned to another. */
  readonly #defaultPage: SourcePage | null = $derived(
    (this.selectedEvent && this.#pagesById.get(this.selectedEvent.anchor.source)) ??
      this.books[0]?.pages[0] ??
      null,
  );
  /** The page the reading pane shows. */
  readonly page: SourcePage | null = $derived(
    (this.turnedPageId && this.#pagesById.get(this.turnedPageId)) || this.#defaultPage,
  );
  /** The book (the work, all its pages) the page shown is of. */
  readonly book: Book | null = $derived(this.page ? bookOfPage(this.books, this.page.id) : null);
  /** Whether the selected event is hidden by the filters (it stays selected). */
  readonly selectedIsFilteredOut = $derived(
    this.selectedEvent !== null && !this.visibleEvents.includes(this.selectedEvent),
  );
  readonly days: DaySummary[] = $derived(
    summarizeDays(this.data.events, this.visibleEvents, this.spans),
  );
  /** The day the timeline is zoomed to, whose events the day panel lists. */
  readonly activeDay: DaySummary | null = $derived.by(() => {
    const day = dayInWindow(this.timeline.settled, this.days);
    return day ? (this.days.find((d) => d.key === day.key) ?? null) : null;
  });
  readonly hasFilters = $derived(hasActiveFilters(this.filters));
  readonly neighbours = $derived(
    this.selectedId
      ? neighbours(this.selectedId, this.visibleEvents, this.data.events)
      : { previous: null, next: null },
  );
  readonly urlView: UrlView = $derived.by(() => ({
    selected: this.selectedId,
    window: this.timeline.following ? null : toIsoWindow(this.timeline.settled),
    people: [...this.filters.people],
    places: [...this.filters.places],
    types: [...this.filters.types],
    basis: this.filters.basis,
    page: this.turnedPageId,
    query: this.filters.query,
    calendar: this.calendar,
    sourceOpen: this.sourceOpen,
    sourceView: this.sourceView,
    view: this.view,
  }));

  constructor(data: EventsFile, options: ExplorerOptions = {}) {
    this.data = data;
    this.timeline = new ViewState(
      () => {
        const extent = this.spans.extentOf(this.visibleEvents);
        // One span covering them all gives the view the same fit and period as every span.
        return extent ? [extent] : [];
      },
      () => {
        if (!this.#restoring) this.#commit('replace');
      },
    );
    this.#writeUrl = options.writeUrl ?? (() => {});
    const load = options.loadPageText ?? NO_PAGE_TEXTS;
    // The events are read when the text has come (a save may have replaced them since
    // the fetch began; `PageTexts` drops the answers of fetches begun before a `clear`).
    this.pageTexts = new PageTexts((page) => load(page, () => this.data.events));
    const { view, ignored } = readView(options.search ?? '', this.known);
    this.#apply(view);
    this.urlNotes = ignored;
    this.#written = serializeView(this.urlView);
    // A mangled link is replaced by the view the app made of it, so sharing it again
    // shares what the reader sees.
    if (ignored.length > 0) this.#writeUrl(this.#written, 'replace');
  }

  /**
   * Takes on a new events.json (the workbench's, after a save) in place: the view and
   * the filters stay; the selection stays while its event is still there.
   */
  replaceData(data: EventsFile): void {
    this.data = data;
    this.pageTexts.clear();
    if (this.selectedId !== null && !this.event(this.selectedId)) this.selectedId = null;
    if (this.turnedPageId !== null && !this.#pagesById.has(this.turnedPageId))
      this.turnedPageId = null;
    this.#commit('replace');
  }

  /** Hides the note about the parts of the URL that were ignored. */
  dismissUrlNotes(): void {
    this.urlNotes = [];
  }

  /** The event with this id, if the data has it. */
  event(id: string): TimelineEvent | null {
    return this.#byId.get(id) ?? null;
  }

  /** The page with this id, if the data has it. */
  pageById(id: string): SourcePage | null {
    return this.#pagesById.get(id) ?? null;
  }

  /** The page with its texts, when events.json has them or they have been fetched; else null. */
  pageWithText(page: SourcePage): SourcePageWithText | null {
    const status = this.pageTexts.status(page);
    return status.state === 'ready' ? { ...page, ...status.text } : null;
  }

  /** The pages an event's passage lies on ("376–377" when it runs over a page break). */
  pagesOf(event: TimelineEvent): PageSpan | null {
    return passagePageSpan(event.anchor, this.#pagesById);
  }

  /** Turns the reading pane `step` pages on in the book (−1 back); false at either end. */
  turnPage(step: number): boolean {
    const page = this.page;
    const next = page && this.book ? turnPage(this.book, page.id, step) : null;
    if (!next) return false;
    this.#showPage(next);
    return true;
  }

  /** Shows the book's page with this number; false when events.json has no such page. */
  goToPage(number: number): boolean {
    const page = this.book ? pageNumbered(this.book, number) : null;
    if (!page) return false;
    this.#showPage(page);
    return true;
  }

  #showPage(page: SourcePage): void {
    // The selection's own page needs no word in the link: it is the default.
    this.turnedPageId = page.id === this.#defaultPage?.id ? null : page.id;
    const marked = this.data.events.filter((e) => e.anchor.source === page.id).length;
    this.announcement = `Page ${page.page} of ${page.work.title}${marked ? `, ${marked} ${marked === 1 ? 'passage begins' : 'passages begin'} on it` : ''}.`;
    this.#commit('replace');
  }

  /** The address of this view with some parts changed, for links that also work in a new tab. */
  linkTo(changes: Partial<UrlView>): string {
    return serializeView({ ...this.urlView, ...changes }) || '?';
  }

  /** The options of a facet with counts under the current filters. */
  facet(name: FacetName): FacetOption[] {
    return facetOptions(this.data, this.filters, name, this.queryHits);
  }

  /** The basis filter's choices with counts under the other filters. */
  readonly basisChoices: BasisOption[] = $derived(
    basisOptions(this.data, this.filters, this.queryHits),
  );

  /** A date in words with the primary calendar first. */
  describe(event: TimelineEvent): string {
    return describeEventDate(event.date, { primary: this.calendar });
  }

  /**
   * Selects an event (or none) as a new history entry. With `reveal`, the timeline
   * pans to the event when it lies outside the visible window: used when the choice
   * is made outside the timeline, in the text or a list.
   */
  select(id: string | null, { reveal = false }: { reveal?: boolean } = {}): void {
    const event = id ? this.event(id) : null;
    if (id !== null && !event) return;
    if (event && this.picker) {
      this.picker(event.id);
      return;
    }
    this.selectedId = event?.id ?? null;
    // The pane goes to the chosen passage's page.
    if (event) this.turnedPageId = null;
    this.announcement = event
      ? `Selected: ${event.title}, ${this.describe(event)}.`
      : 'Details closed.';
    // The new entry first: the pan's end then replaces it with the window it came to.
    this.#commit('push');
    if (event && reveal) this.#reveal(event);
  }

  #reveal(event: TimelineEvent): void {
    const span = this.spans.get(event.id)!;
    const { window } = this.timeline;
    if (span.start >= window.start && span.end <= window.end) return;
    const width = Math.max(window.end - window.start, span.end - span.start);
    const centre = (span.start + span.end) / 2;
    this.timeline.show({ start: centre - width / 2, end: centre + width / 2 });
  }

  /** Shows one day on the timeline, as the day strip does. */
  chooseDay(key: string): void {
    const day = this.days.find((d) => d.key === key);
    if (!day) return;
    this.announcement = `${day.events.length} ${day.events.length === 1 ? 'event' : 'events'} on this day.`;
    this.timeline.show({ start: day.start, end: day.end });
  }

  /** Fits the timeline to every event on show. */
  fitAll(): void {
    this.timeline.fitAll();
  }

  /**
   * After the filters change: a view that follows the fit moves to the events left, and
   * so does one that would show none of them (the reader would see an empty timeline).
   */
  #refit(): void {
    const view = this.timeline;
    const shown = this.visibleEvents.some((event) => view.shows(this.spans.get(event.id)!));
    if (view.following || !shown) view.fitAll();
  }

  toggleFilter(facet: FacetName, id: string): void {
    this.filters = toggleFacetValue(this.filters, facet, id);
    this.#refit();
    this.#commit('replace');
  }

  /** Shows only events with this person or place, as the links in the details do. */
  filterOnly(facet: 'people' | 'places', id: string): void {
    this.filters = onlyFacetValue(this.filters, facet, id);
    this.#refit();
    this.#commit('replace');
  }

  /** Shows only events whose date is known this way (`all`: every event). */
  setBasis(basis: BasisFilter): void {
    this.filters = withBasis(this.filters, basis);
    this.#refit();
    this.#commit('replace');
  }

  setQuery(query: string): void {
    this.filters = withQuery(this.filters, query);
    this.#refit();
    this.#commit('replace');
  }

  clearFilters(): void {
    this.filters = clearedFilters();
    this.announcement = 'All filters cleared.';
    this.#refit();
    this.#commit('replace');
  }

  setCalendar(calendar: Calendar): void {
    this.calendar = calendar;
    this.#commit('replace');
  }

  setView(view: ExplorerView): void {
    this.view = view;
    this.#commit('replace');
  }

  /** Chooses an event and opens the source at its passage, as one history entry. */
  readPassage(id: string): void {
    const event = this.event(id);
    if (!event) return;
    this.selectedId = id;
    this.turnedPageId = null;
    this.sourceOpen = true;
    this.announcement = `Selected: ${event.title}, ${this.describe(event)}.`;
    this.#commit('push');
    this.#reveal(event);
  }

  /** Closes the source and the details together, as one history entry (the phone's sheets). */
  closeReading(): void {
    this.selectedId = null;
    this.sourceOpen = false;
    this.announcement = 'Details closed.';
    this.#commit('push');
  }

  /** Opens or closes the source as a new history entry, so Back closes or reopens it. */
  openSource(open = true): void {
    this.sourceOpen = open;
    this.#commit('push');
  }

  setSourceView(view: SourceView): void {
    this.sourceView = view;
    this.#commit('replace');
  }

  /** Takes on the state of a URL (back/forward) without writing the history again. */
  restore(search: string): void {
    this.#apply(parseView(search, this.known));
    this.#written = serializeView(this.urlView);
    const event = this.selectedEvent;
    this.announcement = event ? `Selected: ${event.title}, ${this.describe(event)}.` : '';
  }

  #apply(view: UrlView): void {
    this.selectedId = view.selected;
    this.filters = filtersFromLists(view);
    this.calendar = view.calendar;
    this.view = view.view;
    this.sourceOpen = view.sourceOpen;
    this.sourceView = view.sourceView;
    this.turnedPageId = view.page;
    const window = toAxisWindow(view.window);
    this.#restoring = true;
    try {
      if (window) this.timeline.show(window, { instant: true });
      else this.timeline.fitAll({ instant: true });
    } finally {
      this.#restoring = false;
    }
  }

  #commit(mode: HistoryMode): void {
    const search = serializeView(this.urlView);
    if (search === this.#written) return;
    this.#written = search;
    this.#writeUrl(search, mode);
  }
}

/** The explorer of the current app: `setExplorer` in the shell, `getExplorer` below it. */
export const [getExplorer, setExplorer] = createContext<ExplorerState>();
