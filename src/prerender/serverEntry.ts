/**
 * What the build renders on the server (bundled for Node by `vitePlugin.ts`): every
 * page of the site from the bundled events.json, drawn as the browser would first
 * draw it, ready for `buildPageDocument`.
 */
import { render } from 'svelte/server';
import App from '../app/App.svelte';
import { parseEventsFile } from '../lib/events/parseEventsFile';
import { rootPrefix, pagePath, staticAddress, type AppPage } from '../lib/url/address';
import { fingerprintOf } from './fingerprint';
import NoScriptEvents from './NoScriptEvents.svelte';
import type { RenderedPage } from './pageDocument';
import { eventPageMeta, type MetaTag } from './pageMeta';

export interface SitePage extends RenderedPage {
  /** The file's path in the build: `index.html`, `embed/index.html`, `events/<id>/index.html`. */
  file: string;
}

export function renderSite(eventsText: string): SitePage[] {
  const loaded = parseEventsFile(eventsText);
  if (!loaded.ok)
    throw new Error(
      `the bundled events.json cannot be prerendered: ${loaded.error}${loaded.details.map((d) => `\n  ${d}`).join('')}`,
    );
  if (loaded.problems.length > 0)
    throw new Error(
      `the bundled events.json has events the app would leave out or show in part:${loaded.problems
        .map((p) => `\n  /events/${p.index} (${p.id ?? 'no id'}): ${p.reasons.join('; ')}`)
        .join('')}`,
    );
  const { data } = loaded;
  const fingerprint = fingerprintOf(eventsText);
  const pages: AppPage[] = [
    { kind: 'explorer' },
    { kind: 'embed' },
    ...data.events.map((event): AppPage => ({ kind: 'event', id: event.id })),
  ];
  return pages.map((page) => {
    const prefix = rootPrefix(page);
    const { head, body } = render(App, {
      props: { loading: loaded, address: staticAddress(page), firstView: true },
    });
    const noscript = `<noscript>${render(NoScriptEvents, { props: { data, rootPrefix: prefix } }).body}</noscript>`;
    let meta: MetaTag[] = [];
    if (page.kind === 'event')
      meta = eventPageMeta(
        data.events.find((e) => e.id === page.id)!,
        data,
      );
    if (page.kind === 'embed') meta = [{ name: 'robots', content: 'noindex' }];
    return {
      file: `${pagePath(page)}index.html`,
      rootPrefix: prefix,
      head,
      body,
      noscript,
      meta,
      fingerprint,
    };
  });
}
