import { beforeAll, describe, expect, it } from 'vitest';
import { ExplorerState, type HistoryMode } from './explorer.svelte';
import { sampleFile } from '../events/fixtures/sampleEvents';
import { loadEventSearch } from '../search/loadEventSearch';

function explorer(search = '') {
  const writes: [string, HistoryMode][] = [];
  const state = new ExplorerState(sampleFile, {
    search,
    writeUrl: (url, mode) => writes.push([url, mode]),
  });
  return { state, writes };
}

const DAY9 = { start: Date.UTC(1917, 10, 9), end: Date.UTC(1917, 10, 10) };

describe('ExplorerState', () => {
  // The search's chunk, in first so that a search takes effect at once (in the app it
  // comes at the first search, or beside events.json when the link has one).
  beforeAll(() => loadEventSearch());

  it('opens on every event, no selection and the New Style calendar', () => {
    const { state, writes } = explorer();
    expect(state.visibleEvents).toHaveLength(sampleFile.events.length);
    expect(state.selectedEvent).toBeNull();
    expect(state.calendar).toBe('gregorian');
    expect(state.days.map((d) => d.key)).toEqual(['1917-11-07', '1917-11-08', '1917-11-09']);
    expect(writes).toEqual([]);
  });

  it('restores a deep link: selection, window, filters, calendar and source panel', () => {
    const { state } = explorer(
      '?event=gatchina-reached&from=1917-11-09T00:00&to=1917-11-10T00:00&cal=os&person=krasnov&source=raw',
    );
    expect(state.selectedEvent?.id).toBe('gatchina-reached');
    expect(state.requestedWindow).toEqual(DAY9);
    expect(state.activeDay?.key).toBe('1917-11-09');
    expect(state.calendar).toBe('julian');
    expect([...state.filters.people]).toEqual(['krasnov']);
    expect(state.sourceOpen).toBe(true);
    expect(state.sourceView).toBe('raw');
  });

  it('notes what in the URL it ignored and writes the URL it made of the rest', () => {
    const { state, writes } = explorer('?event=nope&person=krasnov&from=x&to=y&utm_source=chat');
    expect(state.urlNotes).toEqual([
      'the parameter “utm_source”',
      'no event “nope”',
      '“x” is not a date and time like 1917-11-08T06:00',
      '“y” is not a date and time like 1917-11-08T06:00',
    ]);
    expect([...state.filters.people]).toEqual(['krasnov']);
    expect(writes).toEqual([['?person=krasnov', 'replace']]);
    state.dismissUrlNotes();
    expect(state.urlNotes).toEqual([]);
  });

  it('pushes a history entry for each new selection and announces it', () => {
    const { state, writes } = explorer();
    state.select('gatchina-reached');
    state.select('congress-opens');
    expect(writes).toEqual([
      ['?event=gatchina-reached', 'push'],
      ['?event=congress-opens', 'push'],
    ]);
    expect(state.announcement).toBe(
      'Selected: The Congress of Soviets opens at the Smolny, 22:40, 7 November 1917 (25 October O.S.).',
    );
  });

  it('ignores a selection of an id the data does not have', () => {
    const { state, writes } = explorer('?event=congress-opens');
    state.select('nope');
    expect(state.selectedId).toBe('congress-opens');
    expect(writes).toEqual([]);
  });

  it('replaces the history entry for windows, filters, search, calendar and views', () => {
    const { state, writes } = explorer();
    state.windowChanged(DAY9);
    state.toggleFilter('people', 'krasnov');
    state.setQuery('Gatchina');
    state.setCalendar('julian');
    state.setView('list');
    state.openSource();
    state.setSourceView('raw');
    expect(writes.every(([, mode]) => mode === 'replace')).toBe(true);
    expect(writes.at(-1)?.[0]).toBe(
      '?from=1917-11-09T00%3A00&to=1917-11-10T00%3A00&view=list&cal=os&person=krasnov&q=Gatchina&source=raw',
    );
  });

  it('does not write the URL again when nothing in it changed', () => {
    const { state, writes } = explorer();
    state.windowChanged(DAY9);
    state.windowChanged({ start: DAY9.start + 1000, end: DAY9.end - 1000 });
    expect(writes).toHaveLength(1);
  });

  it('drops filtered-out events from the visible list and the day counts', () => {
    const { state } = explorer();
    state.toggleFilter('places', 'gatchina');
    expect(state.visibleEvents.map((e) => e.id)).toEqual(['gatchina-reached']);
    expect(state.days.map((d) => d.events.length)).toEqual([0, 0, 1]);
    state.toggleFilter('places', 'gatchina');
    expect(state.visibleEvents).toHaveLength(sampleFile.events.length);
  });

  it('searches with the search index, and counts the facets over what it finds', () => {
    const { state } = explorer();
    state.setQuery('Kerenski');
    const kerensky = sampleFile.events.filter((e) => e.people.includes('kerensky'));
    expect(state.visibleEvents).toEqual(kerensky);
    expect(state.facet('people').find((o) => o.id === 'kerensky')?.count).toBe(kerensky.length);
  });

  it('keeps a selected event that the filters hide, and says so', () => {
    const { state } = explorer('?event=congress-opens');
    state.setQuery('Gatchina');
    expect(state.selectedEvent?.id).toBe('congress-opens');
    expect(state.selectedIsFilteredOut).toBe(true);
  });

  it('clears every filter and the search in one action', () => {
    const { state } = explorer('?person=krasnov&place=gatchina&type=movement&q=head');
    expect(state.hasFilters).toBe(true);
    state.clearFilters();
    expect(state.hasFilters).toBe(false);
    expect(state.urlView).toMatchObject({ people: [], places: [], types: [], query: '' });
  });

  it('requests a day window when a day is chosen and lists that day', () => {
    const { state, writes } = explorer();
    state.chooseDay('1917-11-09');
    expect(state.requestedWindow).toEqual(DAY9);
    expect(state.activeDay?.events.map((e) => e.id)).toContain('gatchina-reached');
    expect(writes).toEqual([['?from=1917-11-09T00%3A00&to=1917-11-10T00%3A00', 'replace']]);
    state.chooseDay('1918-01-01');
    expect(state.requestedWindow).toEqual(DAY9);
  });

  it('pans to an event chosen outside the timeline when it lies outside the window', () => {
    const { state } = explorer('?from=1917-11-09T00:00&to=1917-11-10T00:00');
    state.select('congress-opens', { reveal: true });
    const window = state.requestedWindow!;
    expect(window.end - window.start).toBe(DAY9.end - DAY9.start);
    expect(window.start).toBeLessThan(Date.UTC(1917, 10, 7, 22, 40));
    expect(window.end).toBeGreaterThan(Date.UTC(1917, 10, 7, 22, 40));
    const before = state.requestedWindow;
    state.select('congress-opens', { reveal: true });
    expect(state.requestedWindow).toBe(before);
  });

  it('restores an earlier URL on back without writing the history', () => {
    const { state, writes } = explorer();
    state.select('gatchina-reached');
    state.select('congress-opens');
    state.restore('?event=gatchina-reached');
    expect(state.selectedId).toBe('gatchina-reached');
    expect(writes).toHaveLength(2);
    state.restore('');
    expect(state.selectedEvent).toBeNull();
  });

  it('finds the previous and next event in time among the visible ones', () => {
    const { state } = explorer('?event=krasnov-telegram');
    expect(state.neighbours.previous?.id).toBe('sovnarkom-appointed');
    expect(state.neighbours.next?.id).toBe('gatchina-reached');
  });

  it('makes links to this view with some parts changed', () => {
    const { state } = explorer('?cal=os');
    expect(state.linkTo({ people: ['krasnov'] })).toBe('?cal=os&person=krasnov');
    expect(state.linkTo({ calendar: 'gregorian' })).toBe('?');
  });
});
