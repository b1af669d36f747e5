/**
 * What the timeline needs only once the reader moves it, loaded as one chunk by
 * `gestures.svelte.ts`: d3-zoom and d3-brush with their transitions, and the canvas
 * that draws the marks while a gesture is under way.
 */
export { zoomable } from '../../lib/attachments/zoomable.svelte';
export { brushable } from '../../lib/attachments/brushable.svelte';
export { default as MarksCanvas } from './MarksCanvas.svelte';
