import { describe, expect, it } from 'vitest';
import { loadEventDetailsBody, loadEventTable, loadSourcePanel } from '../components/lazy/chunks';
import type { EventProblem } from '../lib/events/screenEvents';
import { loadEventSearch } from '../lib/search/loadEventSearch';
import type { EventsFile, TimelineEvent } from '../lib/events/types';
import {
  chunksForData,
  chunksForLink,
  loadDataProblems,
  loadExplorerPanels,
  loadNoEvents,
  loadUrlNotice,
} from './chunks';

const event = {
  id: 'gatchina-occupied',
  date: { start: '1917-11-09T06:00', end: '1917-11-09T12:00' },
  people: [],
  places: [],
} as unknown as TimelineEvent;

const file = (events: TimelineEvent[]): EventsFile => ({
  formatVersion: 1,
  sources: [],
  lanes: [],
  people: [],
  places: [],
  events,
});

describe('chunksForLink', () => {
  it('asks for nothing on the default page', () => {
    expect(chunksForLink('')).toEqual([]);
    expect(chunksForLink('?from=1917-11-09T00:00&to=1917-11-10T00:00&cal=os')).toEqual([]);
  });

  it('asks for the search when the link has one, so the page is drawn searched', () => {
    expect(chunksForLink('?q=Kerenski')).toEqual([loadEventSearch]);
    expect(chunksForLink('?q=%20')).toEqual([]);
  });

  it('asks for the details, the source and the list when the link opens on them', () => {
    expect(chunksForLink('?event=gatchina-occupied')).toEqual([
      loadEventDetailsBody,
      loadExplorerPanels,
    ]);
    expect(chunksForLink('?event=gatchina-occupied&source=reading')).toEqual([
      loadEventDetailsBody,
      loadSourcePanel,
      loadExplorerPanels,
    ]);
    expect(chunksForLink('?view=list')).toEqual([loadEventTable]);
  });
});

describe('chunksForData', () => {
  it('asks for nothing for a good file and a plain link', () => {
    expect(chunksForData({ ok: true, data: file([event]), problems: [] }, '')).toEqual([]);
    expect(
      chunksForData({ ok: true, data: file([event]), problems: [] }, '?event=gatchina-occupied'),
    ).toEqual([]);
  });

  it('asks for nothing when the file could not be had (the error page is in the app)', () => {
    expect(chunksForData({ ok: false, error: 'gone', details: [] }, '?nope=1')).toEqual([]);
  });

  it('asks for the notice of ignored parts when the link names an unknown event', () => {
    expect(
      chunksForData({ ok: true, data: file([event]), problems: [] }, '?event=no-such-event'),
    ).toEqual([loadUrlNotice]);
  });

  it('asks for the problems notice and the empty state for a file with nothing to show', () => {
    const problems: EventProblem[] = [{ id: null, index: 0, leftOut: true, reasons: ['no id'] }];
    expect(chunksForData({ ok: true, data: file([]), problems }, '')).toEqual([
      loadDataProblems,
      loadNoEvents,
    ]);
  });
});
