import { describe, expect, it } from 'vitest';
import { describeSource, formatCitation, isWebUrl } from './citation';
import { sampleFile } from './fixtures/sampleEvents';

const source = sampleFile.sources[0]!;

describe('describeSource', () => {
  it('names the author, title, year and page', () => {
    expect(describeSource(source.work, { first: 376, last: 376 })).toBe(
      'W. S. Woytinsky, Stormy Passage (1961), p. 376',
    );
  });

  it('names a range of pages as pp.', () => {
    expect(describeSource(source.work, { first: 1, last: 600 })).toBe(
      'W. S. Woytinsky, Stormy Passage (1961), pp. 1–600',
    );
  });
});

describe('formatCitation', () => {
  it('cites the page with its full title and imprint', () => {
    expect(formatCitation(source.work, { first: 376, last: 376 })).toBe(
      'W. S. Woytinsky, Stormy Passage: A Personal History Through Two Russian Revolutions to Democracy and Freedom, 1905–1960 (New York: Vanguard Press, 1961), 376.',
    );
  });

  it('quotes the passage on one line after the citation', () => {
    expect(
      formatCitation(
        source.work,
        { first: 376, last: 377 },
        'His head\nechelons  had reached Gatchina',
      ),
    ).toMatch(/376–377\. “His head echelons had reached Gatchina”$/);
  });
});

describe('isWebUrl', () => {
  it('accepts http and https addresses only', () => {
    expect(isWebUrl('https://www.britannica.com/')).toBe(true);
    expect(isWebUrl('http://example.org/a')).toBe(true);
    expect(isWebUrl('javascript:alert(1)')).toBe(false);
    expect(isWebUrl('data:text/html,hi')).toBe(false);
    expect(isWebUrl('not a url')).toBe(false);
    expect(isWebUrl(undefined)).toBe(false);
  });
});
