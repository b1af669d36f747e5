/**
 * The floor: the same harness on a page that draws nothing when zoomed or dragged,
 * so the time from an input to the next painted frame that the machine itself costs
 * (input routing, frame scheduling, compositing on shared cores) can be told apart
 * from what a timeline adds to it.
 */
import { createBench, watchFirstRender } from './harness';

const bench = createBench();
const target = document.getElementById('app')!;
target.innerHTML = '<div class="plot" style="width:1280px;height:480px;background:#f4f1ea"></div>';
bench.loadedAt = performance.now();
watchFirstRender(bench, target, '.plot');
// A mutation so the watcher sees a change and settles.
target.firstElementChild!.setAttribute('data-ready', '');
