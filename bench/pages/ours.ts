/**
 * Our timeline on the benchmark dataset: the app's own Timeline component, with the
 * app's stylesheets, fed the whole file's events and lanes as the explorer feeds it.
 */
import { mount } from 'svelte';
import '../../src/styles/theme.css';
import '../../src/styles/global.css';
import Timeline from '../../src/components/timeline/Timeline.svelte';
import { createBench, loadDataset, watchFirstRender } from './harness';

const bench = createBench();
const target = document.getElementById('app')!;

loadDataset(bench).then(
  (data) => {
    watchFirstRender(bench, target, '.mark');
    mount(Timeline, {
      target,
      props: {
        events: data.events,
        lanes: data.lanes,
        selectedId: null,
        primaryCalendar: 'gregorian',
        requestedWindow: null,
        onwindowchange: () => {},
        onselect: () => {},
      },
    });
  },
  (error: unknown) => (bench.error = String(error)),
);
