import { describe, expect, it } from 'vitest';
import { tagTemporalExpressions } from '../tagger/tagger';
import { findUncoveredMentions, findUncoveredSentences } from './findUncovered';

const text =
  'On November 8 the Cossacks left Ostrov. Kerensky asked to come along. It was cold. On November 9 the general arrived.';

describe('findUncoveredMentions', () => {
  it('lists the date expressions that no anchor contains', () => {
    const mentions = tagTemporalExpressions(text, { referenceYear: 1917 });
    const anchors = [{ start: 0, end: 39 }];
    expect(findUncoveredMentions(mentions, anchors).map((m) => m.text)).toEqual(['On November 9']);
  });
});

describe('findUncoveredSentences', () => {
  it('lists unanchored sentences with a past-tense verb and a known name', () => {
    const uncovered = findUncoveredSentences(
      text,
      [{ start: 0, end: 39 }],
      ['Kerensky', 'the general', 'Ostrov'],
    );
    expect(uncovered.map((s) => [s.text, s.names])).toEqual([
      ['Kerensky asked to come along.', ['Kerensky']],
      ['On November 9 the general arrived.', ['the general']],
    ]);
  });

  it('ignores sentences without a known name', () => {
    expect(findUncoveredSentences('It rained and we waited.', [], ['Krasnov'])).toEqual([]);
  });
});
