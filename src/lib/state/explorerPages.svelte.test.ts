import { describe, expect, it } from 'vitest';
import { sampleFile } from '../events/fixtures/sampleEvents';
import type { EventsFile, SourcePage } from '../events/types';
import { ExplorerState, type HistoryMode } from './explorer.svelte';

// The sample's page and two more of its book, one event's passage moved to the middle one.
const [first] = sampleFile.sources as [SourcePage];
const more = [377, 378].map((n): SourcePage => ({
  id: `stormy-passage-p${n}`,
  work: first.work,
  page: n,
  provenance: first.provenance,
  textFile: `page-texts/stormy-passage-p${n}.0123456789abcdef.json`,
}));
const moved = sampleFile.events.at(-1)!;
const book: EventsFile = {
  ...sampleFile,
  sources: [first, ...more],
  events: sampleFile.events.map((e) =>
    e === moved ? { ...e, anchor: { ...e.anchor, source: 'stormy-passage-p377' } } : e,
  ),
};
const onFirst = sampleFile.events[0]!;

function explorer(search = '') {
  const writes: [string, HistoryMode][] = [];
  const state = new ExplorerState(book, {
    search,
    writeUrl: (url, mode) => writes.push([url, mode]),
  });
  return { state, writes };
}

describe('the page the reading pane shows', () => {
  it('is the book’s first page with nothing chosen, and the chosen passage’s page after', () => {
    const { state } = explorer();
    expect(state.page?.page).toBe(376);
    expect(state.book?.pages.map((p) => p.page)).toEqual([376, 377, 378]);
    state.select(moved.id);
    expect(state.page?.page).toBe(377);
  });

  it('turns, writes the page in the link in place, and drops it back on the passage’s page', () => {
    const { state, writes } = explorer(`?event=${onFirst.id}&source=reading`);
    expect(state.turnPage(1)).toBe(true);
    expect(state.page?.page).toBe(377);
    expect(writes.at(-1)).toEqual([
      `?event=${onFirst.id}&source=reading&page=stormy-passage-p377`,
      'replace',
    ]);
    expect(state.announcement).toBe('Page 377 of Stormy Passage, 1 passage begins on it.');
    expect(state.turnPage(-1)).toBe(true);
    expect(writes.at(-1)).toEqual([`?event=${onFirst.id}&source=reading`, 'replace']);
  });

  it('stops at the book’s ends and refuses a page it does not have', () => {
    const { state } = explorer();
    expect(state.turnPage(-1)).toBe(false);
    expect(state.goToPage(378)).toBe(true);
    expect(state.turnPage(1)).toBe(false);
    expect(state.goToPage(999)).toBe(false);
    expect(state.page?.page).toBe(378);
  });

  it('goes to a newly chosen passage’s page, away from a turned one', () => {
    const { state } = explorer();
    state.goToPage(378);
    state.select(onFirst.id);
    expect(state.page?.page).toBe(376);
    expect(state.urlView.page).toBeNull();
  });

  it('comes back from a link, and a page the file lacks is noted and ignored', () => {
    expect(explorer('?page=stormy-passage-p378&source=reading').state.page?.page).toBe(378);
    const { state } = explorer('?page=stormy-passage-p999');
    expect(state.page?.page).toBe(376);
    expect(state.urlNotes).toEqual(['no page “stormy-passage-p999”']);
  });

  it('gives a passage’s pages without its page’s text', () => {
    const { state } = explorer();
    expect(state.pagesOf(state.event(moved.id)!)).toEqual({ first: 377, last: 377 });
  });
});
