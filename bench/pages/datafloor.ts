/**
 * The data floor: an empty page that fetches and parses the same events.json as the
 * timelines do (the same reading of the body as the app's), then shows one element.
 * No page that needs the whole file can show it sooner.
 */
import { createBench, loadDataset, watchFirstRender } from './harness';

const bench = createBench();
const target = document.getElementById('app')!;

loadDataset(bench).then(
  (data) => {
    watchFirstRender(bench, target, '.plot');
    const plot = document.createElement('div');
    plot.className = 'plot';
    plot.textContent = `${data.events.length} events`;
    target.append(plot);
  },
  (error: unknown) => (bench.error = String(error)),
);
