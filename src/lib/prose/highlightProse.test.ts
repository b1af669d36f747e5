import { describe, expect, it } from 'vitest';
import { highlightProse } from './highlightProse';
import { writeProse } from './writeProse';

const summary = 'The ministers are arrested in the small hours of {{1917-11-08}}.';
const marked = (pieces: ReturnType<typeof highlightProse>) =>
  pieces.flatMap((piece) => piece.parts.filter((part) => part.marked).map((part) => part.text));

describe('highlightProse', () => {
  it('gives back the written text, each date with its Gregorian day', () => {
    for (const calendar of ['gregorian', 'julian'] as const) {
      const pieces = highlightProse(summary, calendar, 'ministers');
      expect(pieces.flatMap((p) => p.parts.map((part) => part.text)).join('')).toBe(
        writeProse(summary, calendar),
      );
      expect(pieces[1]!.date).toEqual({ first: '1917-11-08', last: '1917-11-08' });
    }
  });

  it('marks what the search finds in the date as written, in either calendar', () => {
    expect(marked(highlightProse(summary, 'julian', '"26 October"'))).toEqual(['26 October']);
    expect(marked(highlightProse(summary, 'gregorian', 'small November'))).toEqual([
      'small',
      'November',
    ]);
  });

  it('never marks the mark behind a date', () => {
    expect(marked(highlightProse(summary, 'gregorian', '1917 11 08'))).toEqual(['1917']);
  });

  it('marks a phrase that runs from the prose into a date, in both pieces', () => {
    const pieces = highlightProse(summary, 'gregorian', '"hours of 8 November"');
    expect(marked(pieces)).toEqual(['hours of ', '8 November']);
  });
});
