/**
 * Components in chunks of their own: those the default page does not show (nothing is
 * selected, the source is closed, the view is the timeline) and the index under the
 * map. One loader per chunk, shared, because `preload` and `LazyComponent` know a chunk
 * by its loader.
 */

/** The selected event's details. */
export const loadEventDetailsBody = () => import('../details/EventDetailsBody.svelte');

/** The source page with its passages ("Read in source"). */
export const loadSourcePanel = () => import('../source/SourcePanel.svelte');

/** The events as a table (`view=list`). */
export const loadEventTable = () => import('../list/EventTable.svelte');

/** The index of people and places, under the map. */
export const loadPeoplePlacesIndex = () => import('../people-places/PeoplePlacesIndex.svelte');

/** What to do when the filters leave no event. */
export const loadNoMatches = () => import('../filters/NoMatches.svelte');
