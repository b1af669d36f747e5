/**
 * Citations of a book by the official CSL styles, formatted by citeproc-js through
 * Citation.js, and the book as files for reference managers (RIS, BibTeX, CSL-JSON).
 * This module and the library load only when a reader opens "Cite" (a dynamic import
 * of the panel that uses it); the styles are bundled, so nothing is asked of another
 * origin. See `styles/README.md` for where the styles come from.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import chicagoStyle from './styles/chicago-fullnote-bibliography.csl?raw';
import mlaStyle from './styles/modern-language-association.csl?raw';
import apaStyle from './styles/apa.csl?raw';
import type { CslBook } from './bookItem';
import { runsFromCslHtml, runsToHtml, runsToText, type Run } from './cslHtml';

export type StyleId = 'chicago' | 'mla' | 'apa';

export interface StyleInfo {
  id: StyleId;
  /** What the style is called where the reader chooses it. */
  label: string;
  /** The style and edition in full, said under the choice. */
  fullName: string;
  /** What its citation in the text is called: a note, or a parenthetical citation. */
  citationName: string;
  /** What its list of works is called. */
  entryName: string;
}

export const STYLES: readonly StyleInfo[] = [
  {
    id: 'chicago',
    label: 'Chicago',
    fullName: 'The Chicago Manual of Style, 17th edition: notes and bibliography',
    citationName: 'Note',
    entryName: 'Bibliography',
  },
  {
    id: 'mla',
    label: 'MLA',
    fullName: 'MLA Handbook, 9th edition',
    citationName: 'In-text citation',
    entryName: 'Works cited',
  },
  {
    id: 'apa',
    label: 'APA',
    fullName: 'Publication Manual of the American Psychological Association, 7th edition',
    citationName: 'In-text citation',
    entryName: 'Reference',
  },
];

/** Template names under which the styles are registered with plugin-csl. */
export const TEMPLATE: Record<StyleId, string> = {
  chicago: 'chicago-fullnote-bibliography-17th-edition',
  mla: 'modern-language-association-9th-edition',
  apa: 'apa-7th-edition',
};

const cslConfig = plugins.config.get('@csl');
cslConfig.styles.add(TEMPLATE.chicago, chicagoStyle);
cslConfig.styles.add(TEMPLATE.mla, mlaStyle);
cslConfig.styles.add(TEMPLATE.apa, apaStyle);

/** A formatted citation: its runs (for the page), plain text and HTML (for the clipboard). */
export interface Formatted {
  runs: Run[];
  text: string;
  html: string;
}

export function formatted(runs: Run[]): Formatted {
  return { runs, text: runsToText(runs), html: runsToHtml(runs) };
}

/**
 * The note (Chicago) or in-text citation (MLA, APA) of `book`, at its `page` when it
 * has one: "W. S. Woytinsky, *Stormy Passage: …* (New York: Vanguard Press, 1961), 376–77."
 */
export function formatCitation(book: CslBook, style: StyleId): Formatted {
  const html = new Cite(wholeBook(book)).format('citation', {
    template: TEMPLATE[style],
    format: 'html',
    lang: 'en-US',
    entry: [{ id: book.id, ...(book.page ? { locator: book.page, label: 'page' } : {}) }],
  });
  return formatted(runsFromCslHtml(html));
}

/**
 * The entry for the bibliography (Chicago), works cited (MLA) or reference list (APA):
 * the book as a whole, without the pages cited, as each style lists a book.
 */
export function formatEntry(book: CslBook, style: StyleId): Formatted {
  const html = new Cite(wholeBook(book)).format('bibliography', {
    template: TEMPLATE[style],
    format: 'html',
    lang: 'en-US',
  });
  return formatted(runsFromCslHtml(html));
}

/** The book without the pages cited: those go in a citation's locator, never in a list of works. */
function wholeBook(book: CslBook): CslBook {
  const whole = { ...book };
  delete whole.page;
  return whole;
}

/**
 * Has citeproc build and keep the style's engine, by formatting a throwaway book:
 * the first use of a style takes from a fraction of a second (MLA) to seconds (APA, on
 * a busy machine), every later one milliseconds. The panel calls it after painting a
 * "Preparing …" status, so the wait is said rather than a frozen page.
 */
export function prepareStyle(style: StyleId): void {
  formatCitation(
    {
      id: 'prepare',
      type: 'book',
      author: [{ family: 'Author' }],
      title: 'Title',
      publisher: 'Publisher',
      'publisher-place': 'Place',
      issued: { 'date-parts': [[2000]] },
      page: '1',
    },
    style,
  );
}

export type ReferenceFormat = 'ris' | 'bibtex' | 'csl-json';

export interface ReferenceFile {
  format: ReferenceFormat;
  /** As the button names it. */
  label: string;
  extension: string;
  type: string;
  text: string;
}

/** The book, with the pages cited, as RIS, BibTeX and CSL-JSON. */
export function referenceFiles(book: CslBook): ReferenceFile[] {
  const cite = new Cite(book);
  return [
    {
      format: 'ris',
      label: 'RIS',
      extension: 'ris',
      type: 'application/x-research-info-systems',
      text: cite.format('ris'),
    },
    {
      format: 'bibtex',
      label: 'BibTeX',
      extension: 'bib',
      type: 'application/x-bibtex',
      text: cite.format('bibtex'),
    },
    {
      format: 'csl-json',
      label: 'CSL-JSON',
      extension: 'json',
      type: 'application/vnd.citationstyles.csl+json',
      text: `${JSON.stringify([book], null, 2)}\n`,
    },
  ];
}
