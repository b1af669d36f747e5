/**
 * TimelineJS3 (Knight Lab) on the same dataset: one slide per event with its title and
 * summary, its window's hull to the minute, one group per lane, as its documentation's
 * JSON format has it, with the library's default options and its own fonts left out
 * (they would come from its CDN; nothing here comes from the network).
 */
import type { TimelineEvent } from '../../src/lib/events/types';
import { createBench, loadDataset, watchFirstRender } from './harness';

interface TimelineJsDate {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

declare global {
  interface Window {
    TL: {
      Timeline: new (
        container: HTMLElement,
        data: unknown,
        options?: Record<string, unknown>,
      ) => unknown;
    };
  }
}

const bench = createBench();
const target = document.getElementById('app')!;

/** A floating ISO date-time (`1917-11-07T22:40`) as TimelineJS3's date object. */
function tlDate(iso: string): TimelineJsDate {
  const [date = '', time = '00:00'] = iso.split('T');
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return { year, month, day, hour, minute };
}

loadDataset(bench).then(
  (data) => {
    watchFirstRender(bench, target, '.tl-timemarker');
    const lanes = new Map(data.lanes.map((lane) => [lane.id, lane.label]));
    const events = data.events.map((event: TimelineEvent) => ({
      unique_id: event.id,
      // The window's hull, as our timeline lays it out.
      start_date: tlDate(event.date.window.start.earliest),
      ...(event.date.window.end.latest > event.date.window.start.earliest
        ? { end_date: tlDate(event.date.window.end.latest) }
        : {}),
      text: { headline: event.title, text: event.summary },
      group: lanes.get(event.lane) ?? event.lane,
    }));
    new window.TL.Timeline(target, { events }, { font: null, script_path: '/tl/js/' });
  },
  (error: unknown) => (bench.error = String(error)),
);
