import { describe, expect, it } from 'vitest';
import type { PageApart, PageTextResult } from '../events/pageText';
import type { SourcePage } from '../events/types';
import { PageTexts } from './pageTexts.svelte';

const work = { author: 'A', title: 'A Memoir', publisherPlace: 'X', publisher: 'Y', year: 1961 };
const apart: SourcePage = {
  id: 'p2',
  work,
  page: 2,
  provenance: 't',
  textFile: 'page-texts/p2.0123456789abcdef.json',
};
const inline: SourcePage = {
  id: 'p1',
  work,
  page: 1,
  provenance: 't',
  rawText: 'raw',
  readingText: 'read',
};

/** A loader whose answers the test gives, one per call. */
function loader() {
  const calls: string[] = [];
  const answers: ((result: PageTextResult) => void)[] = [];
  const load = (page: PageApart) => {
    calls.push(page.id);
    return new Promise<PageTextResult>((resolve) => answers.push(resolve));
  };
  return { calls, answers, load };
}

describe('PageTexts', () => {
  it('has an inline page ready and fetches nothing for it', () => {
    const { calls, load } = loader();
    const texts = new PageTexts(load);
    texts.open(inline);
    expect(texts.status(inline)).toEqual({
      state: 'ready',
      text: { rawText: 'raw', readingText: 'read' },
    });
    expect(calls).toEqual([]);
  });

  it('fetches a page apart only when opened, once, and keeps it', async () => {
    const { calls, answers, load } = loader();
    const texts = new PageTexts(load);
    expect(texts.status(apart)).toEqual({ state: 'idle' });
    expect(calls).toEqual([]);
    texts.open(apart);
    texts.open(apart);
    expect(texts.status(apart)).toEqual({ state: 'loading' });
    answers[0]!({ ok: true, text: { rawText: 'r', readingText: 'R' } });
    await Promise.resolve();
    await Promise.resolve();
    expect(texts.status(apart)).toEqual({
      state: 'ready',
      text: { rawText: 'r', readingText: 'R' },
    });
    texts.open(apart);
    expect(calls).toEqual(['p2']);
  });

  it('keeps a failure until asked to try again', async () => {
    const { calls, answers, load } = loader();
    const texts = new PageTexts(load);
    texts.open(apart);
    answers[0]!({ ok: false, error: 'The text of p. 2 could not be loaded.' });
    await Promise.resolve();
    await Promise.resolve();
    expect(texts.status(apart)).toEqual({
      state: 'failed',
      error: 'The text of p. 2 could not be loaded.',
    });
    texts.open(apart);
    expect(calls).toEqual(['p2']);
    texts.retry(apart);
    expect(texts.status(apart)).toEqual({ state: 'loading' });
    expect(calls).toEqual(['p2', 'p2']);
  });

  /** Lets the loader's answer reach the store. */
  const settle = async () => {
    await Promise.resolve();
    await Promise.resolve();
  };
  const oldText = { rawText: 'old raw', readingText: 'old' };
  const newText = { rawText: 'new raw', readingText: 'new' };

  it('drops the answer of a fetch begun before a clear', async () => {
    const { calls, answers, load } = loader();
    const texts = new PageTexts(load);
    texts.open(apart);
    texts.clear();
    expect(texts.status(apart)).toEqual({ state: 'idle' });
    answers[0]!({ ok: true, text: oldText });
    await settle();
    expect(texts.status(apart)).toEqual({ state: 'idle' });
    // Nor does it stop the page being fetched afresh.
    texts.open(apart);
    expect(calls).toEqual(['p2', 'p2']);
  });

  it('drops a failure that comes after a clear (the file was since deleted)', async () => {
    const { answers, load } = loader();
    const texts = new PageTexts(load);
    texts.open(apart);
    texts.clear();
    texts.open(apart);
    answers[1]!({ ok: true, text: newText });
    answers[0]!({ ok: false, error: 'The server answered HTTP 404.' });
    await settle();
    expect(texts.status(apart)).toEqual({ state: 'ready', text: newText });
  });

  it('keeps the newest fetch when two race, whichever answers first', async () => {
    for (const order of [
      [0, 1],
      [1, 0],
    ]) {
      const { answers, load } = loader();
      const texts = new PageTexts(load);
      texts.open(apart);
      texts.clear();
      texts.open(apart);
      const text = [oldText, newText];
      for (const i of order) {
        answers[i]!({ ok: true, text: text[i]! });
        await settle();
      }
      expect(texts.status(apart)).toEqual({ state: 'ready', text: newText });
    }
  });

  it('keeps a text by its file: a page with a new file is not shown the old text', async () => {
    const { calls, answers, load } = loader();
    const texts = new PageTexts(load);
    texts.open(apart);
    answers[0]!({ ok: true, text: oldText });
    await settle();
    const renewed = { ...apart, textFile: 'page-texts/p2.fedcba9876543210.json' };
    expect(texts.status(renewed)).toEqual({ state: 'idle' });
    texts.open(renewed);
    expect(calls).toEqual(['p2', 'p2']);
    expect(texts.status(apart)).toEqual({ state: 'ready', text: oldText });
  });
});
