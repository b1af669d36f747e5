/**
 * The date the tagger proposes for a new passage, as the workbench's form comes filled
 * in: the day of the last date expression in or before the passage (the one a
 * `stated` date is checked against), `stated` when that expression names the day
 * itself and `narrative` when the day comes from the narrative ("the next day"), and
 * the part of the day or the clock time the passage itself says.
 */
import type { PartOfDay } from '../../lib/events/types';
import { lastDayMention } from '../curation/checkStatedDate';
import type { TemporalMention } from './types';

export interface DateProposal {
  edtf: string;
  basis: 'stated' | 'narrative';
  partOfDay?: PartOfDay;
  time?: string;
  /** The expression the day rests on, as the text has it, and whether it is inside the passage. */
  day: { text: string; index: number; inPassage: boolean };
  /** The expression in the passage that gave the part of the day or the time. */
  detail?: { text: string; index: number };
}

/** The proposal for the passage `[start, end)` of the text the mentions were found in, or null. */
export function proposeDate(
  mentions: readonly TemporalMention[],
  passage: { start: number; end: number },
): DateProposal | null {
  const day = lastDayMention(passage, mentions);
  if (!day?.resolvedDay) return null;
  const inPassage = (mention: TemporalMention) =>
    mention.index >= passage.start && mention.index < passage.end;
  const clock = mentions.findLast(
    (m) => inPassage(m) && m.kind === 'clock-time' && m.components.hour !== undefined,
  );
  const part = mentions.findLast((m) => inPassage(m) && m.components.partOfDay !== undefined);
  const detail = clock ?? part;
  return {
    edtf: day.resolvedDay,
    basis: day.resolution === 'narrative' ? 'narrative' : 'stated',
    ...(clock
      ? { time: `${pad(clock.components.hour!)}:${pad(clock.components.minute ?? 0)}` }
      : part
        ? { partOfDay: part.components.partOfDay! }
        : {}),
    day: { text: day.text, index: day.index, inPassage: inPassage(day) },
    ...(detail ? { detail: { text: detail.text, index: detail.index } } : {}),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
