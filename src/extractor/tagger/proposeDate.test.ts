import { describe, expect, it } from 'vitest';
import { proposeDate } from './proposeDate';
import { tagTemporalExpressions } from './tagger';

const TEXT =
  'On November 8 the first echelons left Ostrov. The men travelled in small groups. ' +
  'The next day the general came to see me in the morning. At 10 p.m. a telegram came.';

const mentions = tagTemporalExpressions(TEXT, { referenceYear: 1917 });
const span = (words: string) => {
  const start = TEXT.indexOf(words);
  return { start, end: start + words.length };
};

describe('proposeDate', () => {
  it('proposes the day the passage itself states, as stated', () => {
    expect(proposeDate(mentions, span('On November 8 the first echelons left Ostrov.'))).toEqual(
      expect.objectContaining({
        edtf: '1917-11-08',
        basis: 'stated',
        day: { text: 'On November 8', index: 0, inPassage: true },
      }),
    );
  });

  it('proposes the day stated before the passage, said to be outside it', () => {
    const proposal = proposeDate(mentions, span('The men travelled in small groups.'));
    expect(proposal).toMatchObject({ edtf: '1917-11-08', basis: 'stated' });
    expect(proposal?.day.inPassage).toBe(false);
    expect(proposal).not.toHaveProperty('partOfDay');
  });

  it('proposes a day the narrative carries ("the next day") as narrative, with the part of day the passage says', () => {
    expect(
      proposeDate(mentions, span('The next day the general came to see me in the morning.')),
    ).toMatchObject({ edtf: '1917-11-09', basis: 'narrative', partOfDay: 'morning' });
  });

  it('takes a clock time the passage says as the time', () => {
    expect(proposeDate(mentions, span('At 10 p.m. a telegram came.'))).toMatchObject({
      edtf: '1917-11-09',
      time: '22:00',
    });
  });

  it('proposes nothing where no date expression stands in or before the passage', () => {
    const bare = 'The men travelled in small groups.';
    expect(
      proposeDate(tagTemporalExpressions(bare, { referenceYear: 1917 }), {
        start: 0,
        end: bare.length,
      }),
    ).toBeNull();
  });
});
