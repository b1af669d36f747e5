/**
 * The search's code in a chunk of its own: MiniSearch and the index are some 7 kB of
 * gzipped script that a page opened without a search never runs. The explorer asks for
 * it at its first search, the app beside events.json when the link has one, so that
 * page is drawn already searched.
 */
type EventSearch = typeof import('./eventSearch');

let loaded: EventSearch | null = null;
let loading: Promise<EventSearch> | null = null;

/** The search's code if it has arrived, else null. */
export function loadedEventSearch(): EventSearch | null {
  return loaded;
}

/** Starts loading the search's code (once; a failed load is tried again on the next call). */
export function loadEventSearch(): Promise<EventSearch> {
  loading ??= import('./eventSearch').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}
