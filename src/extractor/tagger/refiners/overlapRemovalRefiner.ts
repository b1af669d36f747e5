import type { TemporalMention, TemporalRefiner } from '../types';

/**
 * Where two parsers matched overlapping text, keeps the longer match ("On November 8"
 * over "November 8"). One pass in text order, so a long book stays linear.
 */
export const overlapRemovalRefiner: TemporalRefiner = {
  name: 'overlap-removal',
  refine(mentions) {
    const byIndex = [...mentions].sort(
      (a, b) => a.index - b.index || b.text.length - a.text.length,
    );
    const kept: TemporalMention[] = [];
    for (const mention of byIndex) {
      const last = kept.at(-1);
      if (last && mention.index < last.index + last.text.length) {
        if (mention.text.length > last.text.length) kept[kept.length - 1] = mention;
      } else {
        kept.push(mention);
      }
    }
    return kept;
  },
};
