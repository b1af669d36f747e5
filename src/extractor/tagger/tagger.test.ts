import { describe, expect, it } from 'vitest';
import { tagTemporalExpressions } from './tagger';

const context = { referenceYear: 1917 };

function tag(text: string) {
  return tagTemporalExpressions(text, context);
}

describe('tagTemporalExpressions', () => {
  it('finds "On November 8" and gives it the reference year', () => {
    const [mention] = tag('On November 8 the first echelons of the Cossacks left Ostrov.');
    expect(mention).toMatchObject({
      kind: 'calendar-date',
      index: 0,
      text: 'On November 8',
      resolvedDay: '1917-11-08',
      resolution: 'reference-year',
    });
  });

  it('keeps an explicit year instead of the reference year', () => {
    const [mention] = tag('It was November 9, 1918, in Berlin.');
    expect(mention).toMatchObject({ resolvedDay: '1918-11-09', resolution: 'explicit' });
  });

  it('reads the day-month order', () => {
    expect(tag('on 26 October the Congress met')[0]?.resolvedDay).toBe('1917-10-26');
  });

  it('resolves "in the morning" to the day the narrative is on', () => {
    const mentions = tag(
      'On November 9 I received a telegram. His echelons had reached Gatchina in the morning.',
    );
    expect(mentions.map((m) => [m.text, m.resolvedDay, m.components.partOfDay])).toEqual([
      ['On November 9', '1917-11-09', undefined],
      ['in the morning', '1917-11-09', 'morning'],
    ]);
  });

  it('counts "the next day" from the narrative date and carries it forward', () => {
    const mentions = tag('On November 8 we left. The next day we arrived. That night it snowed.');
    expect(mentions.map((m) => m.resolvedDay)).toEqual(['1917-11-08', '1917-11-09', '1917-11-09']);
  });

  it('resolves a weekday to its first occurrence on or after the narrative date', () => {
    // 8 November 1917 (Gregorian) was a Thursday.
    const mentions = tag('On November 8 nothing happened; on Saturday the Cossacks attacked.');
    expect(mentions[1]).toMatchObject({ text: 'on Saturday', resolvedDay: '1917-11-10' });
  });

  it('turns a clock time into 24-hour components', () => {
    const [, time] = tag('On November 7 at 10:40 p.m. the Congress opened.');
    expect(time?.components).toMatchObject({ hour: 22, minute: 40 });
    expect(time?.resolvedDay).toBe('1917-11-07');
  });

  it('leaves a part of day unresolved when no date came before it', () => {
    const [mention] = tag('In the morning the train left.');
    expect(mention?.resolvedDay).toBeUndefined();
  });

  it('reports each match at its index with its exact text', () => {
    const text = 'Then, on November 8, and in the evening of that day, and on 9 November 1917.';
    for (const mention of tag(text)) {
      expect(text.slice(mention.index, mention.index + mention.text.length)).toBe(mention.text);
    }
  });
});

describe('OCR junk that must not become dates', () => {
  it.each([
    ['a page number next to a month', '376 Stormy Passage'],
    ['a day no month has', 'On November 31 nothing could happen.'],
    ['"may" as a verb', 'I may be able to persuade more soldiers.'],
    ['a month name inside a word', 'the Decembrists and Marchetti'],
    ['a bare number', 'the 3rd Cavalry Corps had 700 men'],
  ])('finds no date in %s', (_label, text) => {
    expect(tag(text).filter((m) => m.kind === 'calendar-date')).toEqual([]);
  });
});
