/**
 * The data floor's other way (`datafloor.html?via=worker`): a worker is handed the
 * response's body, decodes and parses the whole file off the main thread, and posts
 * back the timeline's index of it.
 */
import { buildTimelineIndex } from '../../src/lib/events/timelineIndex';
import type { EventsFile } from '../../src/lib/events/types';
import { readBodyText } from '../../src/lib/events/loadEventsFile';

self.onmessage = async (event: MessageEvent<ReadableStream<Uint8Array>>) => {
  try {
    // Wrapped as a response to be read as the app reads one, decoded piece by piece.
    const text = await readBodyText(new Response(event.data));
    const file = JSON.parse(text) as EventsFile;
    self.postMessage(buildTimelineIndex(file));
  } catch (error) {
    self.postMessage({ error: String(error) });
  }
};
