import type {
  Citation,
  DateBasis,
  EventRelation,
  EventType,
  Lane,
  PartOfDay,
  Person,
  Place,
} from '../../lib/events/types';
import type { ReadingTextRules } from '../reading-text/buildReadingText';

/** A curated event as the curator writes it in `sources/<work>/pages/<page>.json`. */
export interface CuratedEvent {
  id: string;
  title: string;
  summary: string;
  type: EventType;
  lane: string;
  people: string[];
  places: string[];
  /** The passage exactly as it reads in the reading text. */
  anchor: string;
  date: {
    edtf: string;
    time?: string;
    partOfDay?: PartOfDay;
    basis: DateBasis;
    rationale: string;
    citations?: Citation[];
  };
  relations?: EventRelation[];
}

export interface CuratedWork {
  id: string;
  author: string;
  title: string;
  subtitle?: string;
  publisherPlace: string;
  publisher: string;
  year: number;
  narrativeYear: number;
}

export interface CuratedPage {
  page: number;
  provenance: string;
  events: CuratedEvent[];
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
  people: LoadedFile<{ people: (Person & { citations?: Citation[] })[] }>;
  places: LoadedFile<{ places: Place[] }>;
  lanes: LoadedFile<{ lanes: Lane[] }>;
  works: LoadedWork[];
}
