import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tagTemporalExpressions } from './tagger';

const context = { referenceYear: 1917 };

/** Text made of the pieces date expressions are made of, so matches actually happen. */
const narrative = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'On November ',
        'on Thursday',
        ' in the morning',
        ' that night',
        ' the next day',
        ' at 10:40 p.m.',
        '8',
        '31',
        ' 1917',
        ', ',
        '. ',
        'May ',
        '\n',
      ),
      fc.string({ maxLength: 6 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('tagTemporalExpressions on arbitrary text', () => {
  it('never throws, and every mention lies within the text and equals it at its index', () => {
    fc.assert(
      fc.property(fc.oneof(narrative, fc.string({ unit: 'grapheme', maxLength: 200 })), (text) => {
        for (const mention of tagTemporalExpressions(text, context)) {
          expect(mention.index).toBeGreaterThanOrEqual(0);
          expect(mention.index + mention.text.length).toBeLessThanOrEqual(text.length);
          expect(text.slice(mention.index, mention.index + mention.text.length)).toBe(mention.text);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('reports mentions in text order without overlaps', () => {
    fc.assert(
      fc.property(narrative, (text) => {
        const mentions = tagTemporalExpressions(text, context);
        for (let i = 1; i < mentions.length; i++) {
          const previous = mentions[i - 1]!;
          expect(mentions[i]!.index).toBeGreaterThanOrEqual(previous.index + previous.text.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('resolves only to days that exist', () => {
    fc.assert(
      fc.property(narrative, (text) => {
        for (const { resolvedDay } of tagTemporalExpressions(text, context)) {
          if (resolvedDay === undefined) continue;
          const [year, month, day] = resolvedDay.split('-').map(Number);
          const probe = new Date(Date.UTC(year!, month! - 1, day!));
          expect(probe.getUTCDate()).toBe(day);
        }
      }),
      { numRuns: 300 },
    );
  });
});
