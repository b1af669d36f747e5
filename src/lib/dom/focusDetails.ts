/**
 * Moves the keyboard's focus to the chosen event's details once they are drawn: an
 * event chosen by Enter or Space (on the timeline, in the day's list) is one the reader
 * wants to read, and the details stand elsewhere on the page or in a sheet.
 */
import { tick } from 'svelte';

export async function focusDetails(): Promise<void> {
  await tick();
  document.getElementById('details-heading')?.focus();
}
