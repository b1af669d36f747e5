import type {
  Citation,
  DateEstimate,
  DateReading,
  DateShape,
  EventDate,
  EventRelation,
  Lane,
  Person,
  Place,
  TimelineEvent,
} from '../../lib/events/types';
import type { ReadingTextRules } from '../reading-text/buildReadingText';

/**
 * A curated event as the curator writes it in `sources/<work>/pages/<page>.json`: the
 * published event less what the extractor works out (the anchor's offsets, the date's
 * windows, flags and tightenings, the readings' windows).
 */
export interface CuratedEvent extends Omit<TimelineEvent, 'anchor' | 'date' | 'relations'> {
  /** The passage exactly as it reads in the reading text. */
  anchor: string;
  date: Pick<EventDate, 'edtf' | 'time' | 'partOfDay' | 'basis' | 'rationale'> & {
    /** Without it, an interval is a span and anything else an instant. */
    shape?: DateShape;
    estimate?: DateEstimate;
    readings?: CuratedReading[];
    citations?: Citation[];
  };
  relations?: EventRelation[];
}

/** A person's or place's authority record, as the curator looked it up (Wikidata or GeoNames). */
export interface AuthorityRecord {
  source: 'wikidata' | 'geonames';
  id: string;
  label: string;
  /** The day it was looked up, YYYY-MM-DD. */
  retrieved: string;
}

/** A witness's own date as the curator writes it; the extractor adds its window. */
export type CuratedReading = Omit<DateReading, 'window'>;

export interface CuratedWork {
  id: string;
  author: string;
  title: string;
  subtitle?: string;
  /** Title and subtitle in sentence case, for the citation styles; see work.json's schema. */
  sentenceCaseTitle?: string;
  publisherPlace: string;
  publisher: string;
  year: number;
  narrativeYear: number;
}

export interface CuratedPage {
  page: number;
  provenance: string;
  events: CuratedEvent[];
  /** Passages the to-do list offered that are not events, with the curator's reason. */
  notEvents?: { passage: string; reason: string }[];
}

/** A file as read from disk: where it came from, for error messages, and what it holds. */
export interface LoadedFile<T> {
  file: string;
  data: T;
}

export interface LoadedPage {
  /** The raw OCR text exactly as scanned. */
  text: LoadedFile<string>;
  curation: LoadedFile<CuratedPage>;
}

export interface LoadedWork {
  work: LoadedFile<CuratedWork>;
  rules: LoadedFile<ReadingTextRules>;
  pages: LoadedPage[];
}

/** Everything the extractor reads, already parsed and schema-checked. */
export interface CurationProject {
  people: LoadedFile<{
    people: (Person & { citations?: Citation[]; authority?: AuthorityRecord })[];
  }>;
  places: LoadedFile<{ places: (Place & { authority?: AuthorityRecord })[] }>;
  lanes: LoadedFile<{ lanes: Lane[] }>;
  works: LoadedWork[];
}
