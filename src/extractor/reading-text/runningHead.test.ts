import { describe, expect, it } from 'vitest';
import { buildReadingText } from './buildReadingText';
import { isRunningHead, readsAsPageNumber, readsAsTitle } from './runningHead';

describe('isRunningHead', () => {
  it.each([
    ['376 Stormy Passage', 376],
    ['376 STORMY PASSAGE', 376],
    ['Stormy Passage 377', 377],
    ['STORMY PASSAGE 377', 377],
    ['37б Stormy Passage.', 376],
    ['37? Stormv Passage', 376],
    ['Stormy Passagc 3l7', 317],
    ['• 376 • Stormy Passage', 376],
  ])('finds "%s" on page %i', (line, page) => {
    expect(isRunningHead(line, page, 'Stormy Passage')).toBe(true);
  });

  it.each([
    ['Stormy Passage 378', 377, 'a wrong digit'],
    ['376 Stormy Passage', 377, 'another page’s number'],
    ['3?? Stormy Passage', 376, 'two digits unreadable'],
    ['Stormy Passage', 376, 'no number'],
    ['376 We still had friends in the ranks', 376, 'a line of text'],
    ['On November 8 the first echelons', 8, 'a sentence starting with the number'],
  ])('does not take "%s" on page %i (%s)', (line, page) => {
    expect(isRunningHead(line, page, 'Stormy Passage')).toBe(false);
  });

  it('reads page numbers and titles with the OCR’s usual slips only', () => {
    expect(readsAsPageNumber('1O1', 101)).toBe(true);
    expect(readsAsPageNumber('12', 12)).toBe(true);
    expect(readsAsPageNumber('1?', 12)).toBe(false);
    expect(readsAsTitle('STORMY  PASSAGE', 'Stormy Passage')).toBe(true);
    expect(readsAsTitle('Stormy Pasture', 'Stormy Passage')).toBe(false);
  });
});

describe('buildReadingText with a running title', () => {
  const rules = { runningTitle: 'Stormy Passage', corrections: [] };

  it('drops the head of an odd page as of an even one, knowing the page', () => {
    const odd = 'Stormy Passage 377 \n\nfour sentences on. The end.';
    const even = '376 STORMY PASSAGE\n\nThe text of the page.';
    expect(buildReadingText(odd, rules, { page: 377 }).text).toBe('four sentences on. The end.');
    expect(buildReadingText(even, rules, { page: 376 }).text).toBe('The text of the page.');
    // Without its number the page keeps the line: nothing says it is the head.
    expect(buildReadingText(odd, rules).text.startsWith('Stormy Passage 377')).toBe(true);
  });

  it('looks only at the page’s first line of text', () => {
    const page = 'Text first.\n376 Stormy Passage\n';
    expect(buildReadingText(page, rules, { page: 376 }).text).toBe(
      'Text first. 376 Stormy Passage',
    );
  });
});
