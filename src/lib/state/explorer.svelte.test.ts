import { describe, expect, it } from 'vitest';
import { ExplorerState, type HistoryMode } from './explorer.svelte';
import { sampleFile } from '../events/fixtures/sampleEvents';

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
    expect(state.timeline.window).toEqual(DAY9);
    expect(state.timeline.following).toBe(false);
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

  it('hands a chosen event to the workbench’s picker instead of selecting it, while one is set', () => {
    const { state, writes } = explorer();
    const picked: string[] = [];
    state.picker = (id) => picked.push(id);
    state.select('gatchina-reached');
    state.select('no-such-event');
    expect(picked).toEqual(['gatchina-reached']);
    expect(state.selectedId).toBeNull();
    expect(writes).toEqual([]);
    state.picker = null;
    state.select('gatchina-reached');
    expect(state.selectedId).toBe('gatchina-reached');
  });

  it('ignores a selection of an id the data does not have', () => {
    const { state, writes } = explorer('?event=congress-opens');
    state.select('nope');
    expect(state.selectedId).toBe('congress-opens');
    expect(writes).toEqual([]);
  });

  it('replaces the history entry for windows, filters, search, calendar and views', () => {
    const { state, writes } = explorer();
    state.timeline.show(DAY9);
    state.toggleFilter('people', 'krasnov');
    state.setQuery('Gatchina');
    state.setCalendar('julian');
    state.setView('list');
    state.setSourceView('raw');
    expect(writes.every(([, mode]) => mode === 'replace')).toBe(true);
    expect(writes.at(-1)?.[0]).toBe(
      '?from=1917-11-09T00%3A00&to=1917-11-10T00%3A00&view=list&cal=os&person=krasnov&q=Gatchina',
    );
  });

  it('makes opening and closing the source history entries of their own, so Back undoes them', () => {
    const { state, writes } = explorer('?event=congress-opens');
    state.openSource();
    state.openSource(false);
    expect(writes).toEqual([
      ['?event=congress-opens&source=reading', 'push'],
      ['?event=congress-opens', 'push'],
    ]);
  });

  it('reads a passage from the index and closes the phone’s sheets each as one history entry', () => {
    const { state, writes } = explorer();
    state.readPassage('congress-opens');
    expect(writes).toEqual([['?event=congress-opens&source=reading', 'push']]);
    state.closeReading();
    expect(writes.at(-1)).toEqual(['', 'push']);
    expect(writes).toHaveLength(2);
  });

  it('does not write the URL again when nothing in it changed', () => {
    const { state, writes } = explorer();
    state.timeline.show(DAY9);
    state.timeline.show({ start: DAY9.start + 1000, end: DAY9.end - 1000 });
    expect(writes).toHaveLength(1);
  });

  it('writes the window a filter re-fits the view to, so the link shows what the screen does', () => {
    const { state, writes } = explorer('?from=1917-11-07T18:00&to=1917-11-08T06:00');
    // Nothing of Gatchina is in the evening of 7 November: the view goes to it.
    state.toggleFilter('places', 'gatchina');
    const gatchina = { start: Date.UTC(1917, 10, 9, 6), end: Date.UTC(1917, 10, 9, 12) };
    expect(state.timeline.shows(gatchina)).toBe(true);
    expect(state.timeline.following).toBe(true);
    expect(writes.at(-1)).toEqual(['?place=gatchina', 'replace']);
    // Opened again, that link fits the same events: the same window.
    const again = explorer(writes.at(-1)![0]).state;
    expect(again.timeline.window).toEqual(state.timeline.window);
  });

  it('keeps the reader’s window when the filtered events are still in it', () => {
    const { state, writes } = explorer('?from=1917-11-07T18:00&to=1917-11-08T06:00');
    state.setQuery('Congress');
    expect(state.timeline.following).toBe(false);
    expect(writes.at(-1)?.[0]).toBe('?from=1917-11-07T18%3A00&to=1917-11-08T06%3A00&q=Congress');
  });

  it('follows the filters while the view fits every event', () => {
    const { state } = explorer();
    const all = state.timeline.window;
    state.toggleFilter('places', 'gatchina');
    expect(state.timeline.window).not.toEqual(all);
    state.clearFilters();
    expect(state.timeline.window).toEqual(all);
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

  it('filters by basis, writes it to the link, and opens that link on the same events', () => {
    const { state, writes } = explorer();
    state.setBasis('stated');
    expect(state.visibleEvents.every((e) => e.date.basis === 'stated')).toBe(true);
    expect(state.visibleEvents).toHaveLength(3);
    expect(writes.at(-1)).toEqual(['?basis=stated', 'replace']);
    expect(state.basisChoices.map((c) => [c.id, c.count, c.selected])).toEqual([
      ['stated', 3, true],
      ['stated-or-narrative', 6, false],
      ['all', 10, false],
    ]);
    const reloaded = explorer(writes.at(-1)![0]).state;
    expect(reloaded.visibleEvents).toEqual(state.visibleEvents);
    expect(reloaded.filters.basis).toBe('stated');
    // Back to a link without it: every event again.
    state.restore('');
    expect(state.visibleEvents).toHaveLength(sampleFile.events.length);
  });

  it('clears every filter and the search in one action', () => {
    const { state } = explorer(
      '?person=krasnov&place=gatchina&type=movement&basis=stated-or-narrative&q=head',
    );
    expect(state.hasFilters).toBe(true);
    state.clearFilters();
    expect(state.hasFilters).toBe(false);
    expect(state.urlView).toMatchObject({
      people: [],
      places: [],
      types: [],
      basis: 'all',
      query: '',
    });
  });

  it('shows a day when it is chosen and lists that day', () => {
    const { state, writes } = explorer();
    state.chooseDay('1917-11-09');
    expect(state.timeline.window).toEqual(DAY9);
    expect(state.activeDay?.events.map((e) => e.id)).toContain('gatchina-reached');
    expect(writes).toEqual([['?from=1917-11-09T00%3A00&to=1917-11-10T00%3A00', 'replace']]);
    state.chooseDay('1918-01-01');
    expect(state.timeline.window).toEqual(DAY9);
  });

  it('pans to an event chosen outside the timeline when it lies outside the window', () => {
    const { state } = explorer('?from=1917-11-09T00:00&to=1917-11-10T00:00');
    state.select('congress-opens', { reveal: true });
    const window = state.timeline.window;
    expect(window.end - window.start).toBe(DAY9.end - DAY9.start);
    expect(window.start).toBeLessThan(Date.UTC(1917, 10, 7, 22, 40));
    expect(window.end).toBeGreaterThan(Date.UTC(1917, 10, 7, 22, 40));
    state.select('congress-opens', { reveal: true });
    expect(state.timeline.window).toBe(window);
  });

  it('enters a selection in the history before the pan to it, so Back returns to both', () => {
    const { state, writes } = explorer('?from=1917-11-09T00:00&to=1917-11-10T00:00');
    state.select('congress-opens', { reveal: true });
    expect(writes[0]).toEqual([
      '?event=congress-opens&from=1917-11-09T00%3A00&to=1917-11-10T00%3A00',
      'push',
    ]);
    expect(writes[1]?.[1]).toBe('replace');
    expect(writes[1]?.[0]).toMatch(/^\?event=congress-opens&from=1917-11-07T/);
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
    const { state } = explorer('?event=gatchina-reached');
    expect(state.neighbours.previous?.id).toBe('sovnarkom-appointed');
    // The telegram follows the occupation, in the file's time order.
    expect(state.neighbours.next?.id).toBe('krasnov-telegram');
  });

  it('makes links to this view with some parts changed', () => {
    const { state } = explorer('?cal=os');
    expect(state.linkTo({ people: ['krasnov'] })).toBe('?cal=os&person=krasnov');
    expect(state.linkTo({ calendar: 'gregorian' })).toBe('?');
  });
});
