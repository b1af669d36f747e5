/**
 * The one place that touches `window.history`: writes a query string as a new
 * entry or in place of the current one, keeping the path and any hash.
 */
import type { HistoryMode } from '../state/explorer.svelte';

export function writeHistory(search: string, mode: HistoryMode): void {
  const url = `${location.pathname}${search}${location.hash}`;
  if (mode === 'push') history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}
