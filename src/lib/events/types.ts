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

/**
 * How finely the date is known, from finest to coarsest. `minute` is an instant,
 * `part-of-day` a few hours, `day` one day, `days` a span of several days.
 */
export type DatePrecision = 'minute' | 'part-of-day' | 'day' | 'days';

export interface Citation {
  /** A reference work or page, as a reader would cite it. */
  title: string;
  /** Where to read it; shown as a link only when it is http(s). */
  url?: string;
  /** What it says that supports the date. */
  note?: string;
}

export interface EventDate {
  /** The day or days in EDTF (Library of Congress), Gregorian: `1917-11-08`, `1917-11-08~`, `1917-11-07/1917-11-08`. */
  edtf: string;
  /** Clock time `HH:MM` when the sources give one; never made up. */
  time?: string;
  /** Part of day when the text or the sources give one. */
  partOfDay?: PartOfDay;
  /** Start of the span, floating ISO date-time (`1917-11-07T22:40`), Gregorian. */
  start: string;
  /** End of the span (exclusive), floating ISO date-time, Gregorian. Equal to `start` for an instant. */
  end: string;
  precision: DatePrecision;
  /** EDTF `~`: the day is approximately known. */
  approximate: boolean;
  /** EDTF `?`: the day is uncertain. */
  uncertain: boolean;
  /** The same span in the Julian (Old Style) calendar used in Russia until February 1918. */
  julian: { start: string; end: string };
  basis: DateBasis;
  /** Why the event has this date, in words a reader can check. */
  rationale: string;
  citations: Citation[];
}

export type EventType =
  'political' | 'military' | 'communication' | 'decision' | 'movement' | 'personal';

export type RelationKind = 'before' | 'after' | 'during' | 'part-of';

export interface EventRelation {
  kind: RelationKind;
  /** Id of the other event. `{kind: 'after', event: 'x'}` reads "this happened after x". */
  event: string;
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
  publisherPlace: string;
  publisher: string;
  year: number;
}

export interface SourcePage {
  id: string;
  work: WorkMetadata;
  page: number;
  /** Where the scan comes from, as the scan states it. */
  provenance: string;
  /** The OCR text exactly as scanned. */
  rawText: string;
  /** The text as a person reads it: page furniture dropped, hyphens joined, lines reflowed, OCR errors corrected. */
  readingText: string;
}

export interface EventsFile {
  $schema?: string;
  formatVersion: 1;
  sources: SourcePage[];
  lanes: Lane[];
  people: Person[];
  places: Place[];
  /** Sorted by start, then by position in the source. */
  events: TimelineEvent[];
}
