/**
 * Our timeline on the benchmark dataset: the app's own Timeline component, with the
 * app's stylesheets, fed every event and lane as the explorer feeds it: from the
 * timeline's index of the file (`?file=index`, what the first drawing needs) or from
 * the full file.
 */
import { mount } from 'svelte';
import '../../src/styles/theme.css';
import '../../src/styles/global.css';
import Timeline from '../../src/timeline/Timeline.svelte';
import { ViewState } from '../../src/timeline/view/viewState.svelte';
import { EventSpans } from '../../src/lib/events/eventSpans';
import { createBench, datasetFile, loadDataset, loadIndex, watchFirstRender } from './harness';

const bench = createBench();
const target = document.getElementById('app')!;

(datasetFile() === 'index' ? loadIndex(bench) : loadDataset(bench)).then(
  ({ events, lanes }) => {
    watchFirstRender(bench, target, '.mark');
    // The window the explorer would own, fitted to every event as the app opens.
    // The spans the explorer would read once from the file.
    const spans = new EventSpans(events);
    const extent = spans.extentOf(events);
    const view = new ViewState(() => (extent ? [extent] : []));
    mount(Timeline, {
      target,
      props: {
        view,
        events,
        spans,
        lanes,
        selectedId: null,
        primaryCalendar: 'gregorian',
        onselect: () => {},
      },
    });
  },
  (error: unknown) => (bench.error = String(error)),
);
