/**
 * The pages' texts the reader has opened: the one owner of them. A page whose text is
 * in events.json is ready at once; one whose text is apart is fetched the first time
 * it is opened, kept once read, and after a failure fetched again only when asked
 * (`retry`). Nothing is fetched before a page is opened.
 */
import { SvelteMap } from 'svelte/reactivity';
import { inlineText } from '../events/bookPages';
import type { PageApart, PageTextResult } from '../events/pageText';
import type { PageText, SourcePage } from '../events/types';

export type PageTextStatus =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'ready'; text: PageText }
  | { state: 'failed'; error: string };

/** Fetches a page's text file (`fetchPageText` with events.json's address bound). */
export type PageTextLoader = (page: PageApart) => Promise<PageTextResult>;

export class PageTexts {
  readonly #load: PageTextLoader;
  readonly #fetched = new SvelteMap<string, PageTextStatus>();

  constructor(load: PageTextLoader) {
    this.#load = load;
  }

  /** Where this page's text stands; reading it fetches nothing. */
  status(page: SourcePage): PageTextStatus {
    const text = inlineText(page);
    if (text) return { state: 'ready', text };
    return this.#fetched.get(page.id) ?? { state: 'idle' };
  }

  /** Fetches the page's text unless it is inline, read, on its way, or failed (see `retry`). */
  open(page: SourcePage): void {
    if (inlineText(page) || this.#fetched.has(page.id)) return;
    void this.#fetch(page as PageApart);
  }

  /** Fetches a page's text again after a failure. */
  retry(page: SourcePage): void {
    if (this.#fetched.get(page.id)?.state !== 'failed') return;
    void this.#fetch(page as PageApart);
  }

  /** Forgets every fetched text (the workbench's new events.json may point to new files). */
  clear(): void {
    this.#fetched.clear();
  }

  async #fetch(page: PageApart): Promise<void> {
    this.#fetched.set(page.id, { state: 'loading' });
    const result = await this.#load(page);
    this.#fetched.set(
      page.id,
      result.ok ? { state: 'ready', text: result.text } : { state: 'failed', error: result.error },
    );
  }
}
