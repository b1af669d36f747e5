import type { PartOfDay } from '../../lib/events/types';

/** What a date expression says, before the refiners place it in the story. */
export type TemporalKind =
  | 'calendar-date' // "On November 8", "8 November 1917"
  | 'weekday' // "on Thursday"
  | 'part-of-day' // "in the morning", "that night"
  | 'relative-day' // "the next day", "that day"
  | 'clock-time'; // "at 10 a.m."

/** One date or time expression found in the text, kept with where it stands. */
export interface TemporalMention {
  kind: TemporalKind;
  /** Offset of the match in the text it was found in. */
  index: number;
  /** The matched text, exactly as it stands at `index`. */
  text: string;
  /** What the expression itself fixes; `year` is filled in by a refiner when the text omits it. */
  components: {
    year?: number;
    month?: number;
    day?: number;
    weekday?: number;
    partOfDay?: PartOfDay;
    dayOffset?: number;
    hour?: number;
    minute?: number;
  };
  /** The calendar day the mention refers to once resolved (`YYYY-MM-DD`, Gregorian), if it can be. */
  resolvedDay?: string;
  /** How `resolvedDay` was reached, for the curator's report. */
  resolution?: 'explicit' | 'reference-year' | 'narrative';
}

export interface TaggerContext {
  /** The year the narrative is in when the text names only month and day. */
  referenceYear: number;
}

/** A parser finds one kind of expression; it never resolves dates across sentences. */
export interface TemporalParser {
  name: string;
  pattern: RegExp;
  extract(match: RegExpExecArray): TemporalMention | null;
}

/** A refiner works on all mentions of a text at once, in text order. */
export interface TemporalRefiner {
  name: string;
  refine(mentions: TemporalMention[], text: string, context: TaggerContext): TemporalMention[];
}
