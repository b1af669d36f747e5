/**
 * The shape of `events.json`: what the extractor writes and the app reads.
 *
 * Times are wall-clock times in Petrograd with no time zone ("floating"). In code
 * they travel as ISO strings without an offset, or as milliseconds on a UTC axis
 * (see `src/lib/time/floating.ts`), never as local `Date`s: a 1917 local midnight
 * can slip a day in browsers whose zone had odd local-mean-time offsets then.
 */

/** Where an event sits on the page: the W3C Web Annotation selectors plus the raw-OCR span. */
export interface SourceAnchor {
  /** Id of the `SourcePage` the passage is on. */
  source: string;
  /** TextQuoteSelector over the reading text. */
  quote: { exact: string; prefix: string; suffix: string };
  /** TextPositionSelector over the reading text: `[start, end)` in UTF-16 code units. */
  position: { start: number; end: number };
  /** The same passage in the raw OCR text, `[start, end)`, through the offset map. */
  raw: { start: number; end: number };
  /**
   * A passage that runs over a page break: its part on each following page (`source`,
   * `position` and `raw` being its part on the page it starts on; `quote.exact` the whole).
   */
  continued?: {
    source: string;
    position: { start: number; end: number };
    raw: { start: number; end: number };
  }[];
}

export type PartOfDay = 'morning' | 'afternoon' | 'evening' | 'night';

/** How the date was established. */
export type DateBasis = 'stated' | 'narrative' | 'historical';

export interface Citation {
  /** A reference work or page, as a reader would cite it. */
  title: string;
  /** Where to read it; shown as a link only when it is http(s). */
  url?: string;
  /** What it says that supports the date. */
  note?: string;
}

/**
 * `instant`: it happened at some moment, or was over in minutes (a telegram arrives, a
 * call is made); its window is where that moment lies. `span`: it lasted, and its
 * window bounds both its start and its end.
 */
export type DateShape = 'instant' | 'span';

/** The earliest and latest a moment can be: floating ISO date-times, `earliest <= latest`. */
export interface WindowBounds {
  earliest: string;
  latest: string;
}

/**
 * A window of possibility (see `docs/chronology-model.md`): where the start and the
 * end may lie, Gregorian floating times to the minute. An instant's `end` is its `start`.
 */
export interface DateWindow {
  start: WindowBounds;
  end: WindowBounds;
}

/** One of the four bounds of a window. */
export type WindowBound = 'start.earliest' | 'start.latest' | 'end.earliest' | 'end.latest';

/** A bound of an event's window that the relations moved, and the chain that moved it. */
export interface Tightening {
  bound: WindowBound;
  /** The new bound, floating ISO. */
  value: string;
  /** Whose own bound it came from. */
  origin: { event: string; bound: WindowBound };
  /** The relations from the origin to this event, in order; empty when the event's own other bound set it. */
  chain: { from: string; kind: RelationKind; to: string }[];
}

/**
 * A time or part of day a source gives that does not narrow the window with
 * certainty ("trains moving off about 15:00, by Krasnov's account"): drawn as a dot
 * inside the window.
 */
export interface DateEstimate {
  time?: string;
  partOfDay?: PartOfDay;
  /** Who says so, in words: the source is among the date's citations. */
  note: string;
}

/** A cited source's own date for the event, kept beside the curator's chosen one. */
export interface DateReading {
  edtf: string;
  time?: string;
  partOfDay?: PartOfDay;
  note: string;
  citation: Citation;
  /** What the reading's date allows alone, with the event's shape; never tightened. */
  window: DateWindow;
}

export interface EventDate {
  /** What the curator wrote, in EDTF (Library of Congress), Gregorian: `1917-11-08`, `1917-11-08~`, `1917-11-XX`, `1917-11-07/1917-11-08`, `[1917-11-07..1917-11-09]`. */
  edtf: string;
  /** Clock time `HH:MM` when the sources give one (an instant's moment, a span's start); never made up. */
  time?: string;
  /** Part of day when the text or the sources give one. */
  partOfDay?: PartOfDay;
  shape: DateShape;
  /** EDTF `~` anywhere in the date: words say "about"; the window is not widened by it. */
  approximate: boolean;
  /** EDTF `?` anywhere in the date: words say "perhaps"; the window is not widened by it. */
  uncertain: boolean;
  /** What the EDTF, time and part of day allow alone. */
  own: DateWindow;
  /** `own` tightened by every relation in the work: the one to draw and to order by. */
  window: DateWindow;
  estimate?: DateEstimate;
  /** Per bound of `window` that differs from `own`, the chain that set it (an instant's end is its start, not told twice). */
  tightenedBy: Tightening[];
  /** Witnesses that disagree, each with its own date. */
  readings: DateReading[];
  basis: DateBasis;
  /** Why the event has this date, in words a reader can check. */
  rationale: string;
  citations: Citation[];
}

export type EventType =
  'political' | 'military' | 'communication' | 'decision' | 'movement' | 'personal';

/**
 * How this event stands to another, as a constraint (s = start, e = end): `before`
 * e(this) ≤ s(X); `after` e(X) ≤ s(this); `during` and `part-of` s(X) ≤ s(this) and
 * e(this) ≤ e(X); `reports` (a telegram, a report of X) s(X) ≤ s(this).
 */
export type RelationKind = 'before' | 'after' | 'during' | 'part-of' | 'reports';

export interface EventRelation {
  kind: RelationKind;
  /** Id of the other event. `{kind: 'after', event: 'x'}` reads "this happened after x". */
  event: string;
  /** Why the relation holds, when it is not plain from the page. */
  note?: string;
  citations?: Citation[];
}

export interface TimelineEvent {
  id: string;
  title: string;
  summary: string;
  type: EventType;
  /** Lane id: which strand of the story the event belongs to. */
  lane: string;
  people: string[];
  places: string[];
  date: EventDate;
  anchor: SourceAnchor;
  relations: EventRelation[];
}

export interface Person {
  id: string;
  name: string;
  /** Role in November 1917. */
  role: string;
  /** How the source writes the person: "General Krasnov", "the general". */
  aliases: string[];
  /**
   * Names the source does not use, for search only: other spellings ("Kerenski"),
   * the Russian name ("Керенский"). Never marked in the text, unlike the aliases.
   */
  otherNames?: string[];
}

export interface Place {
  id: string;
  name: string;
  kind: 'city' | 'town' | 'building' | 'railway-station' | 'region';
  /** WGS84 `[longitude, latitude]`, as GeoJSON orders them. */
  coordinates: [number, number];
  /** Where the coordinates come from. */
  coordinatesSource: Citation;
  /** How the source writes the place: "Smolny", "the Smolny". */
  aliases: string[];
  /** Names the source does not use, for search only: "Петроград", "St Petersburg". */
  otherNames?: string[];
}

export interface Lane {
  id: string;
  label: string;
  description: string;
}

export interface WorkMetadata {
  author: string;
  title: string;
  subtitle?: string;
  /**
   * Title and subtitle joined by a colon, in sentence case: what citation styles start
   * from (APA writes it so; Chicago and MLA title-case it).
   */
  sentenceCaseTitle?: string;
  publisherPlace: string;
  publisher: string;
  year: number;
}

/** A page's two texts, inline in events.json or in a file of their own beside it. */
export interface PageText {
  /** The OCR text exactly as scanned. */
  rawText: string;
  /** The text as a person reads it: page furniture dropped, hyphens joined, lines reflowed, OCR errors corrected. */
  readingText: string;
}

/** A page of a work, without its text: what every page record in events.json carries. */
export interface SourcePageInfo {
  id: string;
  /** The book the page is of: pages with the same work are one book. */
  work: WorkMetadata;
  page: number;
  /** Where the scan comes from, as the scan states it. */
  provenance: string;
}

/**
 * A page record of events.json: its texts inline (a short source, like the bundled
 * page), or, for a book, the address of its text file (`PageTextFile`) relative to
 * events.json's own, fetched when the page is opened.
 */
export type SourcePage = SourcePageInfo & (PageText | { textFile: string });

/** A page whose texts are in events.json itself. */
export type SourcePageWithText = SourcePageInfo & PageText;

/** A page text file (`page-texts/<id>.<hash>.json`), written by the extractor beside events.json. */
export interface PageTextFile extends PageText {
  formatVersion: 1;
  /** The id of the `SourcePage` it is the text of. */
  id: string;
}

/** events.json; `Page` narrows its page records (the extractor's have their texts). */
export interface EventsFile<Page extends SourcePage = SourcePage> {
  $schema?: string;
  formatVersion: 1;
  sources: Page[];
  lanes: Lane[];
  people: Person[];
  places: Place[];
  /**
   * In time order: a linear extension of the order the relations impose, ties broken
   * by `window.start.earliest`, then `window.start.latest`, then position in the source.
   */
  events: TimelineEvent[];
}
