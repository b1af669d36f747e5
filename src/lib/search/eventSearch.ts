/**
 * Search over the events with MiniSearch: what a reader means, not only the letters
 * typed. An event is found by its title, summary and quoted passage, by every name of
 * its people and places (so "Керенский" and "Kerenski" find Kerensky's events), and by
 * its date in words in both calendars (so "26 October", the Old Style date, finds the
 * events of 8 November), and the dates in its summary as either calendar writes them.
 * Case and accents are folded; words are found by prefix and
 * with a few typing slips; every term must match, as the literal search had it.
 */
import MiniSearch, { type Query } from 'minisearch';
import type { EventsFile } from '../events/types';
import { proseInBothCalendars } from '../prose/writeProse';
import { dateWordsWriter } from './dateWords';
import { namesOf } from './names';
import { parseQuery, sequencesOf, type QueryTerm } from './parseQuery';
import { allowsPrefix, foldedWordsOf, indexOfSequence, typosAllowed } from './words';

/** An event as the index sees it: each searched text under its own field. */
interface SearchDocument {
  id: string;
  title: string;
  summary: string;
  quote: string;
  names: string;
  date: string;
}

type Field = Exclude<keyof SearchDocument, 'id'>;
const FIELDS: Field[] = ['title', 'summary', 'quote', 'names', 'date'];

/** The index of one events file. Build it once per file with `buildSearchIndex`. */
export interface SearchIndex {
  readonly miniSearch: MiniSearch<SearchDocument>;
  /** The indexed texts by event id, to check a phrase in the events MiniSearch finds. */
  readonly documents: ReadonlyMap<string, SearchDocument>;
}

/** The index over an events file's events. */
export function buildSearchIndex(
  file: Pick<EventsFile, 'events' | 'people' | 'places'>,
): SearchIndex {
  // Kept apart: a person and a place may have the same id.
  const personNames = new Map(file.people.map((p) => [p.id, namesOf(p)]));
  const placeNames = new Map(file.places.map((p) => [p.id, namesOf(p)]));
  const miniSearch = new MiniSearch<SearchDocument>({
    fields: FIELDS,
    storeFields: [],
    tokenize: (text) => foldedWordsOf(text),
    // The words come folded from the tokenizer already.
    processTerm: (term) => term,
    searchOptions: {
      combineWith: 'AND',
      prefix: (term) => allowsPrefix(term),
      fuzzy: (term) => typosAllowed(term),
    },
  });
  const dateWords = dateWordsWriter();
  const documents = new Map<string, SearchDocument>();
  for (const event of file.events) {
    // A file with two events of one id is reported by the loader; index the first.
    if (documents.has(event.id)) continue;
    const names = [
      ...event.people.flatMap((id) => personNames.get(id) ?? []),
      ...event.places.flatMap((id) => placeNames.get(id) ?? []),
    ];
    documents.set(event.id, {
      id: event.id,
      title: event.title,
      // As the reader sees it, in both calendars (one per line), never its `{{…}}` marks.
      summary: proseInBothCalendars(event.summary),
      quote: event.anchor.quote.exact,
      // One name or date per line: a phrase is looked for within a line (see `runsOf`).
      names: names.join('\n'),
      date: dateWords(event).join('\n'),
    });
  }
  miniSearch.addAll([...documents.values()]);
  return { miniSearch, documents };
}

/**
 * A field's text as runs of folded words: one run for a text, one per line for the
 * names, the dates and the summary's two calendars, so a phrase never spans the end of
 * one name and the start of the next.
 */
function runsOf(document: SearchDocument, field: Field): string[][] {
  const text = document[field];
  return field === 'names' || field === 'date' || field === 'summary'
    ? text.split('\n').map(foldedWordsOf)
    : [foldedWordsOf(text)];
}

/**
 * The MiniSearch query for one term: a phrase's or date's words are looked up exactly,
 * a date's in the event's dates only (the day it happened, not a day its text names).
 */
function queryOf(term: QueryTerm): Query {
  if (term.kind === 'word') return term.word;
  const exactly = { combineWith: 'AND', prefix: false, fuzzy: false } as const;
  if (term.kind === 'phrase') return { ...exactly, queries: term.words };
  return { ...exactly, queries: [term.day, term.month], fields: ['date'] };
}

/** The fields that hold every word of a sequence, from what MiniSearch says matched where. */
function fieldsWithAll(words: readonly string[], match: Record<string, string[]>): Field[] {
  return FIELDS.filter((field) => words.every((word) => match[word]?.includes(field)));
}

/**
 * The ids of the events that match every term of `query`, or null when the query has
 * no words (nothing to narrow by). MiniSearch finds the events with each word; a
 * phrase or date must then also occur in order, within one of the event's texts.
 */
export function searchEvents(index: SearchIndex, query: string): Set<string> | null {
  const terms = parseQuery(query);
  if (terms.length === 0) return null;
  const found = index.miniSearch.search({ queries: terms.map(queryOf), combineWith: 'AND' });
  const sequences = terms.flatMap((term) => (term.kind === 'word' ? [] : [term]));
  const ids = new Set<string>();
  for (const { id, match } of found) {
    const document = index.documents.get(id as string);
    if (!document) continue;
    const inOrder = sequences.every((term) =>
      sequencesOf(term).some((words) =>
        (term.kind === 'date' ? (['date'] as Field[]) : fieldsWithAll(words, match)).some((field) =>
          runsOf(document, field).some((run) => indexOfSequence(run, words) >= 0),
        ),
      ),
    );
    if (inOrder) ids.add(document.id);
  }
  return ids;
}
