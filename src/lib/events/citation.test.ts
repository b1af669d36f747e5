import { describe, expect, it } from 'vitest';
import { describeSource, formatCitation, isWebUrl } from './citation';
import { sampleFile } from './fixtures/sampleEvents';

const source = sampleFile.sources[0]!;

describe('describeSource', () => {
  it('names the author, title, year and page', () => {
    expect(describeSource(source)).toBe('W. S. Woytinsky, Stormy Passage (1961), p. 376');
  });
});

describe('formatCitation', () => {
  it('cites the page with its full title and imprint', () => {
    expect(formatCitation(source)).toBe(
      'W. S. Woytinsky, Stormy Passage: A Personal History Through Two Russian Revolutions to Democracy and Freedom, 1905–1960 (New York: Vanguard Press, 1961), 376.',
    );
  });

  it('quotes the passage on one line after the citation', () => {
    expect(formatCitation(source, 'His head\nechelons  had reached Gatchina')).toMatch(
      /376\. “His head echelons had reached Gatchina”$/,
    );
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
