import type { TemporalRefiner } from '../types';

/** Where two parsers matched overlapping text, keeps the longer match ("On November 8" over "November 8"). */
export const overlapRemovalRefiner: TemporalRefiner = {
  name: 'overlap-removal',
  refine(mentions) {
    const byLength = [...mentions].sort(
      (a, b) => b.text.length - a.text.length || a.index - b.index,
    );
    const kept: typeof mentions = [];
    for (const mention of byLength) {
      const end = mention.index + mention.text.length;
      const overlaps = kept.some(
        (other) => mention.index < other.index + other.text.length && other.index < end,
      );
      if (!overlaps) kept.push(mention);
    }
    return kept.sort((a, b) => a.index - b.index);
  },
};
