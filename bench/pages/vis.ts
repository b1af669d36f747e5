/**
 * vis-timeline on the same dataset: one item per event in its lane's group, a point
 * for a clock time and a range for a span, with the library's default options (it
 * fits every item, stacks overlapping ones, zooms on the wheel and pans on drag).
 */
import { Timeline, type DataItem } from 'vis-timeline/standalone';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { createBench, loadDataset, watchFirstRender } from './harness';

const bench = createBench();
const target = document.getElementById('app')!;

/** Floating ISO (`1917-11-07T22:40`) to ms on the UTC axis, as our timeline reads it. */
const utc = (iso: string) => Date.parse(`${iso}Z`);

loadDataset(bench).then(
  (data) => {
    watchFirstRender(bench, target, '.vis-item');
    // Plain arrays: vis-timeline puts them in a DataSet of its own.
    const items = data.events.map((event): DataItem => {
      // The window's hull, as our timeline lays it out.
      const start = utc(event.date.window.start.earliest);
      const end = utc(event.date.window.end.latest);
      return end > start
        ? { id: event.id, group: event.lane, content: event.title, start, end, type: 'range' }
        : { id: event.id, group: event.lane, content: event.title, start, type: 'point' };
    });
    const groups = data.lanes.map((lane) => ({ id: lane.id, content: lane.label }));
    // Our plot fits the viewport; so does this one (taller stacks are clipped, not scrolled).
    new Timeline(target, items, groups, { maxHeight: 680 });
  },
  (error: unknown) => (bench.error = String(error)),
);
