/**
 * The components the default page does not show (nothing is selected, the source is
 * closed, the view is the timeline), each in a chunk of its own. One loader per
 * chunk, shared, because `preload` and `LazyComponent` know a chunk by its loader.
 */

/** The selected event's details. */
export const loadEventDetailsBody = () => import('../details/EventDetailsBody.svelte');

/** The source page with its passages ("Read in source"). */
export const loadSourcePanel = () => import('../source/SourcePanel.svelte');

/** The events as a table (`view=list`). */
export const loadEventTable = () => import('../list/EventTable.svelte');

/** What to do when the filters leave no event. */
export const loadNoMatches = () => import('../filters/NoMatches.svelte');
