/**
 * Starts the app in the browser. A page the build prerendered (it carries the
 * fingerprint of the events.json it was drawn from) is hydrated when the fetched file
 * is that same text: the drawn page becomes live without being drawn again. Any
 * other file (a reader's own events.json in the bundled one's place), or a failure
 * to read it, replaces the drawn page with the app's own rendering of what came. A
 * page not prerendered (the dev server), or served by the workbench, mounts the app,
 * which shows its loading state.
 * The file is fetched once and parsed once, whichever way. Its checks (the schema's
 * validator) are a chunk of their own, fetched beside it, so that the script the
 * first paint waits for does not carry them.
 */
import { hydrate, mount, tick } from 'svelte';
import eventsUrl from '../../events.json?url';
import App from '../app/App.svelte';
import { detailOf, fetchEventsText, type EventsText } from '../lib/events/fetchEventsText';
import type { EventsFileResult } from '../lib/events/parseEventsFile';
import { browserAddress } from '../lib/url/address';
import { workbenchToken } from '../workbench/app/token';
import { fingerprintOf } from './fingerprint';
import {
  PRERENDERED_EVENTS_META,
  PRERENDERED_STYLE_ATTRIBUTE,
  PRERENDERED_STYLES_ID,
} from './markers';

export async function startApp(target: HTMLElement): Promise<void> {
  const address = browserAddress(location, history);
  const drawnFrom = document
    .querySelector<HTMLMetaElement>(`meta[name="${PRERENDERED_EVENTS_META}"]`)
    ?.getAttribute('content');
  if (!drawnFrom || workbenchToken()) {
    // The workbench (`npm run curate`) serves the built page but draws its own live
    // files, with its panel, which the prerendered page does not have.
    target.replaceChildren();
    releasePrerenderedStyles(document);
    const loading = Promise.all([fetchEventsText(eventsUrl), importEventsReader()]).then(
      ([fetched, readEventsText]) => readEventsText(fetched),
    );
    mount(App, { target, props: { loading, address } });
    return;
  }
  const [fetched, readEventsText] = await Promise.all([
    fetchEventsText(eventsUrl),
    importEventsReader(),
  ]);
  const loading = readEventsText(fetched);
  if (fetched.ok && loading.ok && fingerprintOf(fetched.text) === drawnFrom) {
    hydrate(App, { target, props: { loading, address, firstView: true } });
    await tick();
    releasePrerenderedStyles(document);
  } else {
    target.replaceChildren();
    releasePrerenderedStyles(document);
    mount(App, { target, props: { loading, address } });
  }
}

/**
 * `readEventsText` from its chunk; if the chunk cannot be had, a reader that gives the
 * error page the reason (so the page never stays half started).
 */
function importEventsReader(): Promise<(fetched: EventsText) => EventsFileResult> {
  return import('../lib/events/loadEventsFile').then(
    (module) => module.readEventsText,
    (reason: unknown) => () => ({
      ok: false,
      error: `The page's reader of events.json could not be loaded: ${detailOf(reason)}.`,
      details: ['The server did not send a part of the page. Check the connection and reload.'],
    }),
  );
}

/**
 * The prerendered page carries its elements' styles as rules in one <style> (the CSP
 * forbids style attributes in the HTML); once hydrated, Svelte has set each of them on
 * its element, and the rules go, so that a style Svelte later removes is gone.
 */
function releasePrerenderedStyles(document: Document): void {
  for (const element of document.querySelectorAll(`[${PRERENDERED_STYLE_ATTRIBUTE}]`))
    element.removeAttribute(PRERENDERED_STYLE_ATTRIBUTE);
  document.getElementById(PRERENDERED_STYLES_ID)?.remove();
}
