import { describe, expect, it } from 'vitest';
import { appUrlOf, browserAddress, pageOfPath, rootPathOf, searchForPage } from './address';

describe('pageOfPath', () => {
  it('tells the explorer, its embed and an event page apart in any folder', () => {
    expect(pageOfPath('/')).toEqual({ kind: 'explorer' });
    expect(pageOfPath('/~ws/nov1917/index.html')).toEqual({ kind: 'explorer' });
    expect(pageOfPath('/~ws/nov1917/embed/')).toEqual({ kind: 'embed' });
    expect(pageOfPath('/timeline/events/gatchina-occupied/')).toEqual({
      kind: 'event',
      id: 'gatchina-occupied',
    });
    expect(pageOfPath('/events/congress-opens/index.html')).toEqual({
      kind: 'event',
      id: 'congress-opens',
    });
    // Not an id: upper case, a trailing hyphen, a nested folder.
    expect(pageOfPath('/events/Congress/').kind).toBe('explorer');
    expect(pageOfPath('/events/a-/').kind).toBe('explorer');
    expect(pageOfPath('/events/a/b/').kind).toBe('explorer');
  });
});

describe('rootPathOf', () => {
  it('finds the explorer from each page of a site in a folder', () => {
    expect(rootPathOf('/~ws/nov1917/')).toBe('/~ws/nov1917/');
    expect(rootPathOf('/~ws/nov1917/index.html')).toBe('/~ws/nov1917/');
    expect(rootPathOf('/~ws/nov1917/embed/')).toBe('/~ws/nov1917/');
    expect(rootPathOf('/~ws/nov1917/events/congress-opens/')).toBe('/~ws/nov1917/');
    expect(rootPathOf('/events/congress-opens/index.html')).toBe('/');
  });
});

describe('appUrlOf', () => {
  const at = (pathname: string) => appUrlOf({ origin: 'https://example.org', pathname });
  it('is the explorer’s address from the root, the embed and an event’s page alike', () => {
    expect(at('/nov1917/')).toBe('https://example.org/nov1917/');
    expect(at('/nov1917/index.html')).toBe('https://example.org/nov1917/');
    expect(at('/nov1917/embed/')).toBe('https://example.org/nov1917/');
    expect(at('/nov1917/events/congress-opens/')).toBe('https://example.org/nov1917/');
    expect(at('/events/congress-opens/index.html')).toBe('https://example.org/');
  });
});

describe('searchForPage', () => {
  it("chooses an event page's event unless its link chooses another", () => {
    const page = { kind: 'event', id: 'congress-opens' } as const;
    expect(new URLSearchParams(searchForPage(page, '')).get('event')).toBe('congress-opens');
    const withView = new URLSearchParams(searchForPage(page, '?cal=os&place=smolny'));
    expect([withView.get('event'), withView.get('cal'), withView.get('place')]).toEqual([
      'congress-opens',
      'os',
      'smolny',
    ]);
    expect(searchForPage(page, '?event=gatchina-occupied')).toBe('?event=gatchina-occupied');
    expect(searchForPage({ kind: 'explorer' }, '?q=x')).toBe('?q=x');
  });
});

describe('browserAddress', () => {
  function fakeBrowser(pathname: string, search = '') {
    const location = { pathname, search, hash: '' };
    const written: [string, string][] = [];
    const go = (mode: string) => (_state: unknown, _title: string, url?: string | URL | null) => {
      const next = new URL(String(url), `https://x.org${location.pathname}`);
      location.pathname = next.pathname;
      location.search = next.search;
      written.push([mode, `${next.pathname}${next.search}`]);
    };
    const history = { pushState: go('push'), replaceState: go('replace') };
    return { location, written, address: browserAddress(location, history) };
  }

  it('keeps the path of the explorer and of the embed, and changes the query', () => {
    for (const path of ['/site/', '/site/embed/']) {
      const { address, written } = fakeBrowser(path);
      address.write('?event=congress-opens', 'push');
      address.write('', 'replace');
      expect(written).toEqual([
        ['push', `${path}?event=congress-opens`],
        ['replace', path],
      ]);
    }
  });

  it("moves from an event's page to the explorer at the first change, and Back shows the event again", () => {
    const { address, written, location } = fakeBrowser('/site/events/congress-opens/');
    expect(new URLSearchParams(address.read()).get('event')).toBe('congress-opens');
    address.write('?event=gatchina-occupied', 'push');
    expect(written).toEqual([['push', '/site/?event=gatchina-occupied']]);
    expect(address.read()).toBe('?event=gatchina-occupied');
    // Back: the browser restores the event page's address.
    location.pathname = '/site/events/congress-opens/';
    location.search = '';
    expect(new URLSearchParams(address.read()).get('event')).toBe('congress-opens');
  });
});
