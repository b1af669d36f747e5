import { describe, expect, it } from 'vitest';
import { markProblems, proseSegments } from './proseMarks';

describe('proseSegments', () => {
  it('cuts a text into its plain runs and its marks, which join back into the text', () => {
    const text = 'Left Petrograd on {{1917-11-07}}; arrested {{1917-11-07/1917-11-08}}.';
    const segments = proseSegments(text);
    expect(segments.map((s) => s.kind)).toEqual(['text', 'date', 'text', 'date', 'text']);
    expect(segments.map((s) => (s.kind === 'text' ? s.text : s.mark)).join('')).toBe(text);
  });

  it('reads a day, a run of days and a gloss as Gregorian days', () => {
    const [day, , days, , gloss] = proseSegments(
      '{{1917-11-07}} {{1917-11-07/1917-11-08}} {{1917-11-08|O.S.}}',
    );
    expect(day).toMatchObject({
      kind: 'date',
      first: { year: 1917, month: 11, day: 7 },
      last: { year: 1917, month: 11, day: 7 },
    });
    expect(days).toMatchObject({ first: { day: 7 }, last: { day: 8 } });
    expect(gloss).toMatchObject({ first: { day: 8 }, only: 'julian' });
    expect(proseSegments('{{1917-11-08|N.S.}}')[0]).toMatchObject({ only: 'gregorian' });
  });

  it('gives a plain text as one segment and an empty text as none', () => {
    expect(proseSegments('No date here.')).toEqual([{ kind: 'text', text: 'No date here.' }]);
    expect(proseSegments('')).toEqual([]);
  });
});

describe('markProblems', () => {
  it('accepts good marks', () => {
    expect(markProblems('On {{1917-11-07}} and {{1917-12-31/1918-01-02}}.')).toEqual([]);
  });

  it.each([
    ['{{1917-11-31}}', 'November has 30 days'],
    ['{{1917-02-29}}', 'February 1917 has 28 days in the Gregorian calendar'],
    ['{{1917-13-01}}', 'there is no month 13'],
    ['{{1917-11-7}}', 'not a Gregorian day written YYYY-MM-DD'],
    ['{{7 November}}', 'not a Gregorian day written YYYY-MM-DD'],
    ['{{ 1917-11-07 }}', 'not a Gregorian day written YYYY-MM-DD'],
    ['{{1917-11-08/1917-11-07}}', 'ends before it starts'],
    ['{{1917-11-07/1917-11-07}}', 'is one day: write {{1917-11-07}}'],
    ['{{1917-11-07|OS}}', 'is not a date mark'],
    ['{{1917-11-07|O.S.|N.S.}}', 'is not a date mark'],
    ['{{1917-11-07/1917-11-08/1917-11-09}}', 'is not a date mark'],
    ['{{1200-01-01}}', 'outside the supported range'],
  ])('refuses %s: %s', (mark, reason) => {
    const problems = markProblems(`On ${mark}.`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(mark);
    expect(problems[0]).toContain(reason);
  });

  it('refuses a mark left open or closed, quoting the words around it', () => {
    expect(markProblems('Left on {{1917-11-07 for the front.')).toEqual([
      expect.stringMatching(/^"Left on \{\{1917-11-07 for the" has a "\{\{" with no "\}\}"/),
    ]);
    expect(markProblems('Left on 1917-11-07}} for the front.')[0]).toContain('with no "{{"');
  });
});
