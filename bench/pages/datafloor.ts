/**
 * The data floor: an empty page that fetches and parses a dataset the way a timeline
 * does, then shows one element. No page that needs that data can show it sooner. Three
 * ways: the full file on the main thread (`?file=full`, how the app reads events.json),
 * the timeline's index of it (`?file=index`, what our bench page reads), or the full
 * file parsed in a worker that posts back the index (`?via=worker`).
 */
import {
  createBench,
  loadDataset,
  loadIndex,
  loadIndexInWorker,
  watchFirstRender,
} from './harness';

const bench = createBench();
const target = document.getElementById('app')!;
const params = new URLSearchParams(location.search);

const loaded: Promise<{ events: unknown[] }> =
  params.get('via') === 'worker'
    ? loadIndexInWorker(bench)
    : params.get('file') === 'index'
      ? loadIndex(bench)
      : loadDataset(bench);

loaded.then(
  (data) => {
    watchFirstRender(bench, target, '.plot');
    const plot = document.createElement('div');
    plot.className = 'plot';
    plot.textContent = `${data.events.length} events`;
    target.append(plot);
  },
  (error: unknown) => (bench.error = String(error)),
);
