import { describe, expect, it } from 'vitest';
import { embedUrl, fullTimelineHref, iframeSnippet } from './embedSnippet';

describe('embedUrl', () => {
  it('points at the embed page beside the explorer, from any page and any folder', () => {
    const search = '?from=1917-11-09T00:00&to=1917-11-10T00:00&place=gatchina';
    const origin = 'https://example.edu';
    for (const pathname of [
      '/~ws/nov1917/',
      '/~ws/nov1917/index.html',
      '/~ws/nov1917/events/gatchina-occupied/',
    ])
      expect(embedUrl({ origin, pathname }, search)).toBe(
        `https://example.edu/~ws/nov1917/embed/${search}`,
      );
    expect(embedUrl({ origin, pathname: '/' }, '?')).toBe('https://example.edu/embed/');
  });
});

describe('fullTimelineHref', () => {
  it('leads from the embed page back to the explorer with the same view', () => {
    expect(fullTimelineHref('?event=congress-opens')).toBe('../?event=congress-opens');
    expect(fullTimelineHref('?')).toBe('../');
  });
});

describe('iframeSnippet', () => {
  it('escapes the address and the title so the snippet stays one element', () => {
    const snippet = iframeSnippet('https://x.org/embed/?q="a"&b=<c>', 'Events "of" 1917');
    expect(snippet).toContain('src="https://x.org/embed/?q=&quot;a&quot;&amp;b=&lt;c&gt;"');
    expect(snippet).toContain('title="Events &quot;of&quot; 1917"');
    expect(snippet.match(/</g)).toHaveLength(2);
  });
});
