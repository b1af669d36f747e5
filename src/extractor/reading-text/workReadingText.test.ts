import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../extract';
import { summarize } from '../output/summarize';
import { fixtureEvent, fixtureProject } from '../testing/projectFixture';
import { buildWorkReadingText, joinPages, piecesOf } from './workReadingText';

const rules = {
  runningTitle: 'A Memoir',
  keepHyphenated: ['All-Russian'],
  corrections: [
    { ocr: 'gênerai', reading: 'general' },
    { ocr: 'Govemment', reading: 'Government' },
  ],
};

// An even page and an odd one, each with its head on its own side; a sentence and a
// word run over the break.
const pages = [
  {
    page: 12,
    raw: '12 A MEMOIR \n\nThe gênerai agreed. His head echelons had reached Gatchina, had occupied the \n',
  },
  { page: 13, raw: 'A Memoir 13\n\ntown and the pa- \ntriotic men stayed.\n' },
];

describe('buildWorkReadingText', () => {
  it('joins the pages as the book reads, dropping each page’s running head', () => {
    const work = buildWorkReadingText(pages, rules);
    expect(work.text).toBe(
      'The general agreed. His head echelons had reached Gatchina, had occupied the town and the patriotic men stayed.',
    );
    expect(work.pages.map((p) => [p.page, p.start, p.length])).toEqual([
      [12, 0, pages[0] && work.pages[0]!.reading.text.length],
      [13, work.pages[0]!.reading.text.length + 1, work.pages[1]!.reading.text.length],
    ]);
  });

  it('reports a correction needed on no page once for the work, not once per page', () => {
    const work = buildWorkReadingText(pages, rules);
    expect(work.unusedCorrections.map((c) => c.ocr)).toEqual(['Govemment']);
  });

  it('tells how one page meets the next', () => {
    expect(joinPages('the pa-', 'triotic men')).toEqual({ drop: 1, between: '' });
    expect(joinPages('the All-', 'russian', new Set(['all-russian']))).toEqual({
      drop: 0,
      between: '',
    });
    expect(joinPages('had occupied the', 'town')).toEqual({ drop: 0, between: ' ' });
    expect(joinPages('time was short.', 'On November 9')).toEqual({ drop: 0, between: '\n\n' });
    // A capital after the hyphen is a compound's second part, as within a page.
    expect(joinPages('the All-', 'Russian')).toEqual({ drop: 0, between: ' ' });
  });

  it('places a passage over the break on both pages, less the hyphen joined away', () => {
    const work = buildWorkReadingText(
      [
        { page: 1, raw: 'The first page ends in a bro-\n' },
        { page: 2, raw: 'ken word.\n' },
      ],
      { corrections: [] },
    );
    expect(work.text).toBe('The first page ends in a broken word.');
    const start = work.text.indexOf('a broken');
    expect(piecesOf(work, start, start + 'a broken word'.length)).toEqual([
      { index: 0, start, end: 'The first page ends in a bro'.length },
      { index: 1, start: 0, end: 'ken word'.length },
    ]);
  });

  it('gives pieces that are the work’s text, page by page, for any span', () => {
    const pageText = fc.stringMatching(/^[a-z .]{0,30}-?$/);
    fc.assert(
      fc.property(
        fc.array(pageText, { minLength: 1, maxLength: 5 }),
        fc.nat(),
        fc.nat(),
        (raws, a, b) => {
          const work = buildWorkReadingText(
            raws.map((raw, i) => ({ page: i + 1, raw })),
            { corrections: [], strayMark: null },
          );
          const start = work.text.length === 0 ? 0 : a % work.text.length;
          const end = start + (work.text.length === 0 ? 0 : b % (work.text.length - start + 1));
          let covered = 0;
          for (const piece of piecesOf(work, start, end)) {
            const page = work.pages[piece.index]!;
            const fromPage = page.reading.text.slice(piece.start, piece.end);
            expect(fromPage).toBe(
              work.text.slice(page.start + piece.start, page.start + piece.end),
            );
            covered += piece.end - piece.start;
          }
          // All of the span but the joins between pages (a space or a paragraph break).
          const joins = work.text.slice(start, end).length - covered;
          expect(joins).toBeGreaterThanOrEqual(0);
          expect(joins).toBeLessThanOrEqual(2 * (raws.length - 1));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('extract over a work of several pages', () => {
  function twoPageProject(anchorOnPage: 12 | 13) {
    const event = fixtureEvent({
      id: 'gatchina-occupied',
      anchor: 'His head echelons had reached Gatchina, had occupied the town',
      places: ['gatchina'],
      date: { edtf: '1917-11-09', basis: 'narrative', rationale: 'The story goes on.' },
    });
    const project = fixtureProject([]);
    const work = project.works[0]!;
    work.rules.data = rules;
    work.pages = pages.map(({ page, raw }) => ({
      text: { file: `sources/memoir/pages/${page}.txt`, data: raw },
      curation: {
        file: `sources/memoir/pages/${page}.json`,
        data: { page, provenance: 'test scan', events: page === anchorOnPage ? [event] : [] },
      },
    }));
    return project;
  }

  it('anchors a passage that runs over a page break on both pages', () => {
    const { events } = extract(twoPageProject(12));
    const anchor = events.events[0]!.anchor;
    const [p12, p13] = events.sources;
    expect(anchor.quote.exact).toBe(
      'His head echelons had reached Gatchina, had occupied the town',
    );
    expect(anchor.source).toBe('memoir-p12');
    expect(p12!.readingText.slice(anchor.position.start, anchor.position.end)).toBe(
      'His head echelons had reached Gatchina, had occupied the',
    );
    expect(anchor.continued).toHaveLength(1);
    const rest = anchor.continued![0]!;
    expect(rest.source).toBe('memoir-p13');
    expect(p13!.readingText.slice(rest.position.start, rest.position.end)).toBe('town');
    expect(p13!.rawText.slice(rest.raw.start, rest.raw.end)).toBe('town');
  });

  it('refuses a passage curated on the page after the one it starts on', () => {
    expect(() => extract(twoPageProject(13))).toThrow(
      /"gatchina-occupied": anchor: .*next page|not in/,
    );
  });

  it('lists the to-do items with their page and the unused corrections once per work', () => {
    const result = extract(twoPageProject(12));
    const lines = summarize(result.events, result.works);
    expect(lines[0]).toBe('1 events from 2 pages');
    expect(lines.filter((line) => line.includes('OCR correction'))).toEqual([
      '  note memoir: 1 OCR correction was needed on none of its 2 pages: "Govemment"',
    ]);
  });
});
