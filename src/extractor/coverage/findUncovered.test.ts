import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tagTemporalExpressions } from '../tagger/tagger';
import { findUncoveredMentions, findUncoveredSentences, sentenceAround } from './findUncovered';
import type { TemporalMention } from '../tagger/types';

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

describe('findUncoveredSentences, as a property', () => {
  const words = ['Krasnov', 'krasnov', 'Ostrovs', 'Ostrov', 'Luga', 'the general', 'left', 'rode'];
  const pieces = fc.array(fc.constantFrom(...words, 'it', 'rained', '.', ' ', '\n', '!', 'é'), {
    maxLength: 40,
  });
  it('names, in the order given and once each, every known name a sentence holds as a word', () => {
    fc.assert(
      fc.property(
        pieces,
        fc.array(fc.constantFrom('Krasnov', 'Ostrov', 'Luga', 'the general', 'x'), {
          maxLength: 5,
        }),
        (parts, names) => {
          const text = parts.join(' ');
          const byName = names
            .filter((name) => name.length > 1)
            .map((name) => ({
              name,
              pattern: new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, 'iu'),
            }));
          for (const sentence of findUncoveredSentences(text, [], names)) {
            const expected = [
              ...new Set(byName.filter((n) => n.pattern.test(sentence.text)).map((n) => n.name)),
            ];
            expect(sentence.names).toEqual(expected);
          }
          // A sentence with a name and a past-tense verb is never passed over.
          const told = text
            .split(/[.!?\n]/)
            .filter(
              (part) => /\b(?:left|rode)\b/.test(part) && byName.some((n) => n.pattern.test(part)),
            );
          if (told.length > 0) expect(findUncoveredSentences(text, [], names)).not.toEqual([]);
        },
      ),
      { numRuns: 500 },
    );
  });
});

/** The to-do list's sentences as they were first written: a pattern per sentence and a search per name. */
function uncoveredByPatterns(
  text: string,
  anchors: { start: number; end: number }[],
  known: string[],
) {
  const named = known
    .filter((name) => name.length > 1)
    .map((name) => ({
      name,
      pattern: new RegExp(
        `(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`,
        'iu',
      ),
    }));
  const found = [];
  for (const match of text.matchAll(/[^\s][^.!?\n]*(?:[.!?]+["'’”)\]]*|\n|$)/g)) {
    const trimmed = match[0].trimEnd();
    const span = { start: match.index, end: match.index + trimmed.length };
    if (anchors.some((a) => a.start < span.end && span.start < a.end)) continue;
    const names = [...new Set(named.filter((n) => n.pattern.test(trimmed)).map((n) => n.name))];
    const past = (trimmed.match(/\p{L}+/gu) ?? []).some((word) => {
      const lower = word.toLowerCase();
      return ['left', 'rode', 'was'].includes(lower) || (lower.length > 4 && lower.endsWith('ed'));
    });
    if (names.length > 0 && past) found.push({ ...span, text: trimmed, names });
  }
  return found;
}

describe('findUncoveredSentences, against a pattern per sentence', () => {
  const parts = fc.constantFrom(
    'Krasnov',
    'Gen.',
    'Gen. Krasnov',
    'Ostrov',
    'ostrovs',
    'left',
    'rode',
    'waited',
    'it',
    '.',
    '..',
    '!?',
    '"',
    '”)',
    ']',
    ' ',
    '  ',
    '\n',
    '\t',
    '\u00a0',
    'é',
    'x',
  );
  it('finds the same sentences, with the same names, whatever the text and the anchors', () => {
    fc.assert(
      fc.property(
        fc.array(parts, { maxLength: 30 }),
        fc.boolean(),
        fc.array(fc.tuple(fc.nat(80), fc.nat(20)), { maxLength: 3 }),
        fc.subarray(['Krasnov', 'Gen. Krasnov', 'Gen.', 'Ostrov', 'x', 'Ostrov']),
        (pieces, spaced, spans, names) => {
          const text = pieces.join(spaced ? ' ' : '');
          const anchors = spans.map(([start, length]) => ({ start, end: start + length }));
          expect(findUncoveredSentences(text, anchors, names)).toEqual(
            uncoveredByPatterns(text, anchors, names),
          );
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('findUncoveredMentions, as a property', () => {
  const span = fc
    .tuple(fc.nat(200), fc.nat(30))
    .map(([start, length]) => ({ start, end: start + length }));
  it('keeps exactly the mentions that overlap no anchor', () => {
    fc.assert(
      fc.property(
        fc.array(span, { maxLength: 40 }),
        fc.array(span, { maxLength: 40 }),
        (anchors, spans) => {
          const mentions = spans.map((s) => ({
            index: s.start,
            text: 'x'.repeat(s.end - s.start),
          }));
          const naive = mentions.filter(
            (m) => !anchors.some((a) => m.index < a.end && a.start < m.index + m.text.length),
          );
          expect(findUncoveredMentions(mentions as TemporalMention[], anchors)).toEqual(naive);
        },
      ),
    );
  });
});

describe('sentenceAround', () => {
  const text = 'He agreed." On November 9 I received a telegram. "Go," he said.\nThe end';
  const around = (words: string) => {
    const { start, end } = sentenceAround(text, text.indexOf(words));
    return text.slice(start, end);
  };

  it('gives the sentence a date expression stands in, without the space around it', () => {
    expect(around('November 9')).toBe('On November 9 I received a telegram.');
  });

  it('starts after the closing quote of the sentence before, keeps its own, and stops at a line break', () => {
    expect(around('he said')).toBe('"Go," he said.');
    expect(around('end')).toBe('The end');
  });
});
