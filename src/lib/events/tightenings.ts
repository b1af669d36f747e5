/**
 * "Why this date"'s account of a tightened window in words: for each bound the
 * relations moved, what it now is and the chain of relations that moved it, from the
 * event whose own date set it to this one. The chain's events stay ids, for the
 * details to make each a link that selects it.
 */
import type { Calendar } from '../calendar/julianDay';
import { describeWindow } from '../time/describeWindow';
import type { DateShape, RelationKind, Tightening, WindowBound } from './types';

/** One relation of a chain: `from` carries it, pointing at `to`. */
export interface ChainStep {
  from: string;
  /** "came after", "happened during", …: reads "from … to". */
  verb: string;
  to: string;
}

export interface TighteningWords {
  /** "Begins no earlier than 22:40 on 7 November 1917 (25 October O.S.)". */
  bound: string;
  /** The event whose own date set the bound. */
  origin: string;
  steps: ChainStep[];
}

const VERBS: Record<RelationKind, string> = {
  before: 'came before',
  after: 'came after',
  during: 'happened during',
  'part-of': 'is part of',
  reports: 'reports',
};

const BOUNDS: Record<WindowBound, [string, string]> = {
  'start.earliest': ['Begins', 'no earlier than'],
  'start.latest': ['Begins', 'no later than'],
  'end.earliest': ['Ends', 'no earlier than'],
  'end.latest': ['Ends', 'no later than'],
};

/** A tightening in words, the moment in both calendars, `primary` first. */
export function describeTightening(
  tightening: Tightening,
  shape: DateShape,
  primary: Calendar,
): TighteningWords {
  const [verb, limit] = BOUNDS[tightening.bound];
  const at = { earliest: tightening.value, latest: tightening.value };
  const moment = describeWindow(
    { shape: 'instant', window: { start: at, end: at }, approximate: false, uncertain: false },
    primary,
  ).replace(/^at /, '');
  // An instant has no start and end apart: it happened.
  const lead = shape === 'instant' ? 'Happened' : verb;
  return {
    bound: `${lead} ${limit} ${moment}`,
    origin: tightening.origin.event,
    steps: tightening.chain.map(({ from, kind, to }) => ({ from, verb: VERBS[kind], to })),
  };
}
