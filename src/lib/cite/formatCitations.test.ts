/**
 * What the CSL styles make of the book, read as a historian would paste it, and the
 * reference-manager files read back with Citation.js's own RIS and BibTeX parsers.
 * Building a style's engine is slow the first time (APA's takes seconds on a loaded
 * machine), hence the longer time limits.
 */
import { Cite } from '@citation-js/core';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EventsFile } from '../events/types';
import { bookItem } from './bookItem';
import { formatCitation, formatEntry, referenceFiles, STYLES, TEMPLATE } from './formatCitations';

const SLOW = 30_000;
const file = JSON.parse(readFileSync('events.json', 'utf8')) as EventsFile;
const work = file.sources[0]!.work;
const overBreak = bookItem(work, { first: 376, last: 377 });
const onePage = bookItem(work, { first: 376, last: 376 });
const TITLE =
  'Stormy Passage: A Personal History through Two Russian Revolutions to Democracy and Freedom, 1905–1960';
const italics = (runs: { text: string; italic: boolean }[]) =>
  runs.filter((r) => r.italic).map((r) => r.text);

describe('formatCitation', () => {
  it(
    'writes the Chicago note with the page range shortened as Chicago does, title in italics',
    { timeout: SLOW },
    () => {
      const note = formatCitation(overBreak, 'chicago');
      expect(note.text).toBe(`W. S. Woytinsky, ${TITLE} (New York: Vanguard Press, 1961), 376–77.`);
      expect(italics(note.runs)).toEqual([TITLE]);
      expect(note.html).toBe(
        `W. S. Woytinsky, <i>${TITLE}</i> (New York: Vanguard Press, 1961), 376–77.`,
      );
    },
  );

  it('writes one page as itself', () => {
    expect(formatCitation(onePage, 'chicago').text).toMatch(
      /\(New York: Vanguard Press, 1961\), 376\.$/,
    );
  });

  it(
    'writes the MLA and APA citations in the text with their own page ranges',
    { timeout: SLOW },
    () => {
      expect(formatCitation(overBreak, 'mla').text).toBe('(Woytinsky 376–77)');
      expect(formatCitation(overBreak, 'apa').text).toBe('(Woytinsky, 1961, pp. 376–377)');
      expect(formatCitation(onePage, 'apa').text).toBe('(Woytinsky, 1961, p. 376)');
    },
  );

  it(
    'reads the same as the library’s own plain-text output, in every style',
    { timeout: SLOW },
    () => {
      for (const { id } of STYLES) {
        const { page, ...whole } = overBreak;
        const text = new Cite(whole).format('citation', {
          template: TEMPLATE[id],
          format: 'text',
          lang: 'en-US',
          entry: [{ id: overBreak.id, locator: page, label: 'page' }],
        });
        expect(formatCitation(overBreak, id).text, id).toBe(text.trim());
      }
    },
  );

  it('shows markup in the work’s metadata as text and escapes it in the HTML', () => {
    const hostile = { ...onePage, title: '<img src=x onerror=alert(1)> & <script>x</script>' };
    const note = formatCitation(hostile, 'chicago');
    // Chicago title-cases the title; the markup is still there to read, as text.
    expect(note.text.toLowerCase()).toContain('<img src=x onerror=alert(1)> & <script>x</script>');
    expect(note.html).not.toMatch(/<img|<script/i);
    expect(note.html.toLowerCase()).toContain(
      '&lt;img src=x onerror=alert(1)&gt; &amp; &lt;script&gt;',
    );
  });
});

describe('formatEntry', () => {
  it('lists the book in the Chicago bibliography without the pages cited', () => {
    const entry = formatEntry(overBreak, 'chicago');
    expect(entry.text).toBe(`Woytinsky, W. S. ${TITLE}. New York: Vanguard Press, 1961.`);
    expect(italics(entry.runs)).toEqual([TITLE]);
  });

  it(
    'lists it in MLA’s works cited and APA’s references, APA in sentence case',
    { timeout: SLOW },
    () => {
      expect(formatEntry(overBreak, 'mla').text).toBe(
        `Woytinsky, W. S. ${TITLE}. Vanguard Press, 1961.`,
      );
      const apa = formatEntry(overBreak, 'apa');
      expect(apa.text).toBe(`Woytinsky, W. S. (1961). ${work.sentenceCaseTitle}. Vanguard Press.`);
      expect(italics(apa.runs)).toEqual([work.sentenceCaseTitle]);
    },
  );
});

describe('referenceFiles', () => {
  const files = Object.fromEntries(referenceFiles(overBreak).map((f) => [f.format, f]));
  const expectTheBook = (item: Record<string, unknown>) => {
    expect(item).toMatchObject({
      type: 'book',
      author: [{ family: 'Woytinsky', given: 'W. S.' }],
      title: work.sentenceCaseTitle,
      publisher: 'Vanguard Press',
      'publisher-place': 'New York',
      issued: { 'date-parts': [[1961]] },
      page: '376-377',
    });
  };

  it('writes RIS that its parser reads back as the book with its pages', () => {
    expect(files.ris!.text).toMatch(/^TY {2}- BOOK$/m);
    const [item] = new Cite(files.ris!.text).data;
    expectTheBook(item!);
  });

  it('writes BibTeX that its parser reads back as the book with its pages', () => {
    expect(files.bibtex!.text).toMatch(/^@book\{/);
    expect(files.bibtex!.text).toContain('pages = {376--377}');
    const [item] = new Cite(files.bibtex!.text).data;
    expectTheBook(item!);
  });

  it('writes CSL-JSON as a list of the one item', () => {
    const items = JSON.parse(files['csl-json']!.text) as Record<string, unknown>[];
    expect(items).toHaveLength(1);
    expectTheBook(items[0]!);
  });
});
