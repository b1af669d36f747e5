/**
 * An event as the workbench form holds it, made from a passage of the reading text,
 * and turned into the curated event the page's curation file stores. Pure.
 */
import type {
  Citation,
  DateBasis,
  EventRelation,
  EventType,
  EventsFile,
  PartOfDay,
  RelationKind,
} from '../../lib/events/types';
import { findMentions, namedWithin } from '../../lib/people-places/mentions';

export const EVENT_TYPES: EventType[] = [
  'political',
  'military',
  'communication',
  'decision',
  'movement',
  'personal',
];
export const PARTS_OF_DAY: PartOfDay[] = ['morning', 'afternoon', 'evening', 'night'];
export const RELATION_KINDS: RelationKind[] = ['before', 'after', 'during', 'part-of', 'reports'];
export const SHAPES = ['instant', 'span'] as const;

/** Characters of context on each side of a quote, as the extractor keeps them. */
const QUOTE_CONTEXT = 32;

export interface EventDraft {
  id: string;
  /** Whether the id was typed, so a new title no longer renames it. */
  idEdited: boolean;
  title: string;
  summary: string;
  type: EventType;
  lane: string;
  people: string[];
  places: string[];
  /** The passage exactly as the reading text has it. */
  anchor: string;
  edtf: string;
  /** An instant or a span; empty: as the EDTF says (an interval a span, anything else an instant). */
  shape: '' | (typeof SHAPES)[number];
  when: 'day' | 'time' | 'partOfDay';
  time: string;
  partOfDay: PartOfDay;
  basis: DateBasis;
  rationale: string;
  citations: Citation[];
  relations: EventRelation[];
  /**
   * The event as the curation file held it, when one is edited: what the form has no
   * field for (a date's readings and estimate) is kept from it.
   */
  original?: CuratedEventJson;
}

/** The curated event as `sources/<work>/pages/<page>.json` holds it. */
export interface CuratedEventJson {
  id: string;
  title: string;
  summary: string;
  type: EventType;
  lane: string;
  people: string[];
  places: string[];
  anchor: string;
  date: {
    edtf: string;
    shape?: (typeof SHAPES)[number];
    time?: string;
    partOfDay?: PartOfDay;
    basis: DateBasis;
    rationale: string;
    citations?: Citation[];
  } & Record<string, unknown>;
  relations: EventRelation[];
}

/** The tagger's proposed date for a passage (the server's `proposeDate`). */
export interface DateProposal {
  edtf: string;
  basis: 'stated' | 'narrative';
  partOfDay?: PartOfDay;
  time?: string;
  day: { text: string; index: number; inPassage: boolean };
  detail?: { text: string; index: number };
}

/** Where a passage stands in the reading text: the W3C selectors the extractor will write. */
export interface PassagePlace {
  start: number;
  end: number;
  prefix: string;
  suffix: string;
}

/** Lower-case words joined by hyphens, as event ids are written: "Gatchina is occupied" → "gatchina-is-occupied". */
export function idFromTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .slice(0, 8)
    .join('-');
}

/** The passage's place when it occurs once in the text; otherwise how often it occurs. */
export function placePassage(text: string, passage: string): PassagePlace | { count: number } {
  if (passage === '') return { count: 0 };
  const first = text.indexOf(passage);
  if (first < 0) return { count: 0 };
  let count = 1;
  for (let at = text.indexOf(passage, first + 1); at >= 0; at = text.indexOf(passage, at + 1)) {
    count += 1;
  }
  if (count > 1) return { count };
  const end = first + passage.length;
  return {
    start: first,
    end,
    prefix: text.slice(Math.max(0, first - QUOTE_CONTEXT), first),
    suffix: text.slice(end, end + QUOTE_CONTEXT),
  };
}

/** A selection's span less the white space at its edges, which a passage never starts or ends with. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(text.length, Math.max(start, end));
  while (from < to && /\s/u.test(text[from]!)) from += 1;
  while (to > from && /\s/u.test(text[to - 1]!)) to -= 1;
  return { start: from, end: to };
}

/**
 * A new event for the passage `[start, end)` of a page's reading text: the passage as
 * its anchor, the people and places whose aliases it contains, and the lane and type of
 * the event nearest to it on the page (a guess the curator can change).
 */
export function draftFromPassage(
  data: Pick<EventsFile, 'people' | 'places' | 'lanes' | 'events'>,
  source: { id: string; readingText: string },
  start: number,
  end: number,
): EventDraft {
  const span = trimSpan(source.readingText, start, end);
  const named = namedWithin(findMentions(source.readingText, data), span.start, span.end);
  const nearest = data.events
    .filter((event) => event.anchor.source === source.id)
    .map((event) => ({
      event,
      distance: Math.max(
        0,
        event.anchor.position.start - span.end,
        span.start - event.anchor.position.end,
      ),
    }))
    .sort((a, b) => a.distance - b.distance)[0]?.event;
  return {
    id: '',
    idEdited: false,
    title: '',
    summary: '',
    type: nearest?.type ?? 'political',
    lane: nearest?.lane ?? data.lanes[0]?.id ?? '',
    people: named.filter((n) => n.kind === 'person').map((n) => n.id),
    places: named.filter((n) => n.kind === 'place').map((n) => n.id),
    anchor: source.readingText.slice(span.start, span.end),
    edtf: '',
    shape: '',
    when: 'day',
    time: '',
    partOfDay: 'morning',
    basis: 'narrative',
    rationale: '',
    citations: [],
    relations: [],
  };
}

/** The draft with the tagger's proposed date, basis and time of day in its date's fields. */
export function withProposal(draft: EventDraft, proposal: DateProposal): EventDraft {
  return {
    ...draft,
    edtf: proposal.edtf,
    basis: proposal.basis,
    when: proposal.time ? 'time' : proposal.partOfDay ? 'partOfDay' : 'day',
    time: proposal.time ?? draft.time,
    partOfDay: proposal.partOfDay ?? draft.partOfDay,
  };
}

/** A curated event in the form, to be edited; `original` keeps what the form has no field for. */
export function draftFromCurated(event: CuratedEventJson): EventDraft {
  const { date } = event;
  return {
    id: event.id,
    idEdited: true,
    title: event.title,
    summary: event.summary,
    type: event.type,
    lane: event.lane,
    people: [...event.people],
    places: [...event.places],
    anchor: event.anchor,
    edtf: date.edtf,
    shape: date.shape ?? '',
    when: date.time !== undefined ? 'time' : date.partOfDay !== undefined ? 'partOfDay' : 'day',
    time: date.time ?? '',
    partOfDay: date.partOfDay ?? 'morning',
    basis: date.basis,
    rationale: date.rationale,
    citations: (date.citations ?? []).map((c) => ({ ...c })),
    relations: (event.relations ?? []).map((r) => ({ ...r })),
    original: event,
  };
}

/** The page's curation without the event `id`. */
export function withoutEvent<T extends { events: { id: string }[] }>(page: T, id: string): T {
  return { ...page, events: page.events.filter((e) => e.id !== id) };
}

/** The draft as the curation file stores it: empty citations and unused time fields left out. */
export function toCuratedEvent(draft: EventDraft): CuratedEventJson {
  const citations = draft.citations
    .map(({ url, note, ...rest }) => ({
      ...rest,
      title: rest.title.trim(),
      ...(url?.trim() ? { url: url.trim() } : {}),
      ...(note?.trim() ? { note: note.trim() } : {}),
    }))
    .filter((c) => c.title !== '' || c.url || c.note);
  // The original's other fields stay; the form's own time fields are written afresh.
  const kept: Record<string, unknown> = { ...draft.original?.date };
  for (const field of ['shape', 'time', 'partOfDay', 'citations']) delete kept[field];
  return {
    ...draft.original,
    id: draft.id,
    title: draft.title.trim(),
    summary: draft.summary.trim(),
    type: draft.type,
    lane: draft.lane,
    people: draft.people,
    places: draft.places,
    anchor: draft.anchor,
    date: {
      ...kept,
      edtf: draft.edtf.trim(),
      ...(draft.shape ? { shape: draft.shape } : {}),
      ...(draft.when === 'time' ? { time: draft.time.trim() } : {}),
      ...(draft.when === 'partOfDay' ? { partOfDay: draft.partOfDay } : {}),
      basis: draft.basis,
      rationale: draft.rationale.trim(),
      // An empty list the file had stays, so an edit's diff is only what was changed.
      ...(citations.length > 0 || draft.original?.date.citations ? { citations } : {}),
    },
    relations: draft.relations.filter((relation) => relation.event !== ''),
  };
}

/** The page's curation with the event added at the end, or put in place of the one with `replacing`'s id. */
export function withEvent<T extends { events: { id: string }[] }>(
  page: T,
  event: CuratedEventJson,
  replacing?: string,
): T {
  const at = replacing === undefined ? -1 : page.events.findIndex((e) => e.id === replacing);
  const events =
    at < 0 ? [...page.events, event] : page.events.map((e, i) => (i === at ? event : e));
  return { ...page, events };
}
