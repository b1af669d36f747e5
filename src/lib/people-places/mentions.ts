/**
 * Where the source text names a person or place, by the aliases the data gives
 * ("General Krasnov", "the general", "Pskov"), so the source view can mark each
 * mention and link it to the index entry. Pure; offsets are UTF-16 code units.
 */
import type { EventsFile } from '../events/types';
import type { EntryKind } from './peoplePlacesIndex';

export interface Mention {
  start: number;
  end: number;
  kind: EntryKind;
  id: string;
  /** The words as the text has them. */
  text: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Every mention in `text`, in order and never overlapping: where aliases overlap
 * ("General Krasnov" and "Krasnov") the longer wins. Matching is case-sensitive
 * and on whole words, so "I" is the narrator but the "I" in "It" is not.
 */
export function findMentions(text: string, file: Pick<EventsFile, 'people' | 'places'>): Mention[] {
  const aliases: { alias: string; kind: EntryKind; id: string }[] = [
    ...file.people.flatMap((p) =>
      [...new Set(p.aliases)].map((alias) => ({ alias, kind: 'person' as const, id: p.id })),
    ),
    ...file.places.flatMap((p) =>
      [...new Set(p.aliases)].map((alias) => ({ alias, kind: 'place' as const, id: p.id })),
    ),
  ].filter((a) => a.alias.trim() !== '');
  const found: Mention[] = [];
  for (const { alias, kind, id } of aliases) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(alias)}(?![\\p{L}\\p{N}])`, 'gu');
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      found.push({ start, end: start + alias.length, kind, id, text: match[0] });
    }
  }
  // Longest first among overlaps, then earliest; keep what does not overlap a kept one.
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Mention[] = [];
  for (const mention of found) {
    if (kept.every((k) => mention.end <= k.start || mention.start >= k.end)) kept.push(mention);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** A piece of a run of text: plain, or (part of) a mention. */
export interface MentionPart {
  start: number;
  end: number;
  text: string;
  mention: Mention | null;
}

/**
 * Cuts a run of text (`[start, end)` of the page, as the source view renders it) at
 * the mentions inside it. Joining the parts' `text` gives back the run's; a mention
 * that crosses the run's edge is cut to it. `mentions` must be in order, as
 * `findMentions` returns them.
 */
export function splitAtMentions(
  run: { start: number; end: number; text: string },
  mentions: readonly Mention[],
): MentionPart[] {
  const parts: MentionPart[] = [];
  let at = run.start;
  const piece = (from: number, to: number, mention: Mention | null) => {
    if (to > from) {
      parts.push({
        start: from,
        end: to,
        text: run.text.slice(from - run.start, to - run.start),
        mention,
      });
    }
  };
  for (const mention of mentions) {
    if (mention.end <= run.start) continue;
    if (mention.start >= run.end) break;
    const from = Math.max(mention.start, run.start);
    const to = Math.min(mention.end, run.end);
    piece(at, from, null);
    piece(from, to, mention);
    at = to;
  }
  piece(at, run.end, null);
  return parts;
}

/** The people and places named within `[start, end)`, each once, in order of first mention. */
export function namedWithin(
  mentions: readonly Mention[],
  start: number,
  end: number,
): { kind: EntryKind; id: string }[] {
  const seen = new Map<string, { kind: EntryKind; id: string }>();
  for (const m of mentions) {
    if (m.start < start || m.end > end) continue;
    const key = `${m.kind}:${m.id}`;
    if (!seen.has(key)) seen.set(key, { kind: m.kind, id: m.id });
  }
  return [...seen.values()];
}
