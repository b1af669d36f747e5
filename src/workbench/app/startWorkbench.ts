/**
 * The workbench's entry, loaded by the app only when `npm run curate` served it: the
 * state, connected to the server, and the panel that shows it.
 */
import { WorkbenchApi } from './api';
import WorkbenchPanel from './WorkbenchPanel.svelte';
import { WorkbenchState } from './workbench.svelte';

export async function startWorkbench(token: string, eventsUrl: string) {
  const state = new WorkbenchState(new WorkbenchApi(token), eventsUrl);
  await state.connect();
  return { state, Panel: WorkbenchPanel };
}
