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
