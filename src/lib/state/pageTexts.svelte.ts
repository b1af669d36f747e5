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

/**
 * The key a page's fetched text is kept under: its text file, whose name carries a hash
 * of its content, so a page whose text changes (a new file) is never shown the old one.
 */
function keyOf(page: SourcePage): string | null {
  return 'textFile' in page ? page.textFile : null;
}

export class PageTexts {
  readonly #load: PageTextLoader;
  readonly #fetched = new SvelteMap<string, PageTextStatus>();
  /**
   * Bumped by `clear`: a fetch started before it answers for files events.json may no
   * longer name (or since deleted), so its result is dropped rather than stored.
   */
  #generation = 0;

  constructor(load: PageTextLoader) {
    this.#load = load;
  }

  /** Where this page's text stands; reading it fetches nothing. */
  status(page: SourcePage): PageTextStatus {
    const text = inlineText(page);
    if (text) return { state: 'ready', text };
    const key = keyOf(page);
    return (key !== null ? this.#fetched.get(key) : undefined) ?? { state: 'idle' };
  }

  /** Fetches the page's text unless it is inline, read, on its way, or failed (see `retry`). */
  open(page: SourcePage): void {
    const key = keyOf(page);
    if (inlineText(page) || key === null || this.#fetched.has(key)) return;
    void this.#fetch(page as PageApart);
  }

  /** Fetches a page's text again after a failure. */
  retry(page: SourcePage): void {
    const key = keyOf(page);
    if (key === null || this.#fetched.get(key)?.state !== 'failed') return;
    void this.#fetch(page as PageApart);
  }

  /**
   * Forgets every fetched text (the workbench's new events.json may point to new files),
   * and every fetch still on its way: their answers will not be kept.
   */
  clear(): void {
    this.#generation += 1;
    this.#fetched.clear();
  }

  async #fetch(page: PageApart): Promise<void> {
    const generation = this.#generation;
    const key = page.textFile;
    this.#fetched.set(key, { state: 'loading' });
    const result = await this.#load(page);
    if (generation !== this.#generation) return;
    this.#fetched.set(
      key,
      result.ok ? { state: 'ready', text: result.text } : { state: 'failed', error: result.error },
    );
  }
}
