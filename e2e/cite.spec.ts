/**
 * Citations a historian can paste: the Cite panel (loaded on opening), its Chicago,
 * MLA and APA forms with page ranges and ellipses, the clipboard's two flavours, the
 * RIS and BibTeX downloads read back with Citation.js's own parsers, and the Zotero
 * metadata in the page as served.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { details, expect, expectNoAxeViolations, gatchina, snap, test } from './support/explorer';

const work = JSON.parse(readFileSync('sources/stormy-passage/work.json', 'utf8')) as {
  author: string;
  title: string;
  subtitle: string;
  sentenceCaseTitle: string;
  publisher: string;
  year: number;
};
const TITLE =
  'Stormy Passage: A Personal History through Two Russian Revolutions to Democracy and Freedom, 1905–1960';
/** Chicago's ellipsis: three periods held together by no-break spaces. */
const ELLIPSIS = '.\u00a0.\u00a0.';

const citeRegion = (page: Page) => page.getByRole('region', { name: 'Cite this passage' });
const form = (scope: Locator, name: string) =>
  scope.locator('.form').filter({ has: scope.page().getByRole('heading', { name, exact: true }) });

/** Opens the Cite panel of the Gatchina event's details and waits for the Chicago note. */
async function openCite(page: Page): Promise<Locator> {
  await page.goto(`/?event=${gatchina.id}`);
  const cite = citeRegion(page);
  await cite.getByRole('button', { name: 'Cite this passage' }).click();
  await expect(form(cite, 'Note')).toBeVisible();
  return cite;
}

async function download(page: Page, scope: Locator, name: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    scope.getByRole('button', { name }).click(),
  ]);
  return { filename: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

test.describe('Cite this passage', () => {
  test('the citation library loads only when the reader opens Cite', async ({ page }) => {
    const chunks: string[] = [];
    page.on('request', (request) => {
      if (/\/assets\/CitePanel-[^/]*\.js$/.test(request.url())) chunks.push(request.url());
    });
    await page.goto(`/?event=${gatchina.id}`);
    const toggle = details(page, gatchina.title).getByRole('button', { name: 'Cite this passage' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(chunks, 'the Cite chunk before opening').toEqual([]);
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('group', { name: 'Style' })).toBeVisible();
    expect(chunks).toHaveLength(1);
  });

  test('Chicago cites the Gatchina sentence at pp. 376–77, its cut marked by an ellipsis', async ({
    page,
  }) => {
    const cite = await openCite(page);
    const note = form(cite, 'Note').locator('.cite-text');
    await expect(note).toHaveText(
      `W. S. Woytinsky, ${TITLE} (New York: Vanguard Press, 1961), 376–77. ` +
        `“His head echelons had reached Gatchina in the morning, had occupied the\u00a0${ELLIPSIS}”`,
    );
    await expect(note.locator('i')).toHaveText(TITLE);
    await expect(form(cite, 'Bibliography').locator('.cite-text')).toHaveText(
      `Woytinsky, W. S. ${TITLE}. New York: Vanguard Press, 1961.`,
    );
    await expect(form(cite, 'This event in the timeline').locator('.cite-text')).toHaveText(
      /\/\?event=gatchina-occupied$/,
    );
  });

  test('a passage begun inside a sentence gets its capital in brackets, on one page', async ({
    page,
  }) => {
    await page.goto('/?event=power-to-local-soviets');
    const cite = page.getByRole('region', { name: 'Cite this passage' });
    await cite.getByRole('button', { name: 'Cite this passage' }).click();
    await expect(form(cite, 'Note').locator('.cite-text')).toHaveText(
      /, 1961\), 376\. “\[A\]bolished the local democratically elected councils, .* Soviets\.”$/,
    );
  });

  test('MLA and APA give their own citations and entries, by keyboard', async ({ page }) => {
    const cite = await openCite(page);
    await cite.getByRole('radio', { name: 'Chicago' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(cite.getByRole('radio', { name: 'MLA' })).toBeChecked();
    await expect(form(cite, 'In-text citation').locator('.cite-text')).toHaveText(
      '(Woytinsky 376–77)',
    );
    await expect(form(cite, 'Works cited').locator('.cite-text')).toHaveText(
      `Woytinsky, W. S. ${TITLE}. Vanguard Press, 1961.`,
    );
    await page.keyboard.press('ArrowRight');
    await expect(cite.getByRole('radio', { name: 'APA' })).toBeChecked();
    // APA's engine takes a while to build the first time; the panel says so meanwhile.
    await expect(form(cite, 'In-text citation').locator('.cite-text')).toHaveText(
      '(Woytinsky, 1961, pp. 376–377)',
      { timeout: 30_000 },
    );
    await expect(form(cite, 'Reference').locator('.cite-text')).toHaveText(
      `Woytinsky, W. S. (1961). ${work.sentenceCaseTitle}. Vanguard Press.`,
    );
    await expect(form(cite, 'Reference').locator('i')).toHaveText(work.sentenceCaseTitle);
    await expect(cite.getByRole('group', { name: 'Style' })).toHaveAccessibleDescription(
      /American Psychological Association, 7th edition/,
    );
  });

  test('Copy puts the note on the clipboard as HTML with the title in italics and as plain text', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const cite = await openCite(page);
    await cite.getByRole('button', { name: 'Copy note' }).click();
    await expect(cite.getByRole('status').filter({ hasText: /copied/ })).toHaveText(
      'Note copied, with the title in italics.',
    );
    const flavours = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return {
        types: item!.types,
        html: await (await item!.getType('text/html')).text(),
        text: await (await item!.getType('text/plain')).text(),
      };
    });
    expect(flavours.types).toEqual(expect.arrayContaining(['text/html', 'text/plain']));
    expect(flavours.html).toContain(`W. S. Woytinsky, <i>${TITLE}</i> (New York: Vanguard Press`);
    expect(flavours.html).toContain('376–77.');
    expect(flavours.text).toBe(
      `W. S. Woytinsky, ${TITLE} (New York: Vanguard Press, 1961), 376–77. ` +
        `“His head echelons had reached Gatchina in the morning, had occupied the\u00a0${ELLIPSIS}”`,
    );
  });

  test('without ClipboardItem the note is copied as plain text', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.addInitScript(() => {
      delete (window as { ClipboardItem?: unknown }).ClipboardItem;
    });
    const cite = await openCite(page);
    await cite.getByRole('button', { name: 'Copy bibliography' }).click();
    await expect(cite.getByRole('status').filter({ hasText: /copied/ })).toHaveText(
      'Bibliography copied.',
    );
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `Woytinsky, W. S. ${TITLE}. New York: Vanguard Press, 1961.`,
    );
  });

  test('RIS and BibTeX downloads read back as the book at pp. 376–77', async ({ page }) => {
    const cite = await openCite(page);
    for (const [name, filename] of [
      ['Download RIS', 'stormy-passage-p376-377.ris'],
      ['Download BibTeX', 'stormy-passage-p376-377.bib'],
    ] as const) {
      const file = await download(page, cite, name);
      expect(file.filename).toBe(filename);
      const [item] = new Cite(file.text).data;
      expect(item, name).toMatchObject({
        type: 'book',
        author: [{ family: 'Woytinsky', given: 'W. S.' }],
        title: work.sentenceCaseTitle,
        publisher: work.publisher,
        issued: { 'date-parts': [[work.year]] },
        page: '376-377',
      });
    }
    const csl = await download(page, cite, 'Download CSL-JSON');
    expect(JSON.parse(csl.text)).toMatchObject([{ type: 'book', page: '376-377' }]);
    await expect(cite.getByRole('status').filter({ hasText: /^Saved/ })).toHaveText(
      'Saved stormy-passage-p376-377.json (CSL-JSON).',
    );
  });

  test('the source panel cites the page when no event is chosen', async ({ page }) => {
    await page.goto('/?source=reading');
    const cite = page.getByRole('region', { name: 'Cite this page' });
    await cite.getByRole('button', { name: 'Cite this page' }).click();
    await expect(form(cite, 'Note').locator('.cite-text')).toHaveText(
      `W. S. Woytinsky, ${TITLE} (New York: Vanguard Press, 1961), 376.`,
    );
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds nothing on the open Cite panel, in ${colorScheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      const cite = await openCite(page);
      await expectNoAxeViolations(page, `the Cite panel (${colorScheme})`, {
        include: 'section.cite',
      });
      await cite.scrollIntoViewIfNeeded();
      await snap(page, `cite-desktop-${colorScheme}`);
    });

    test(`on a phone the Cite panel fits the sheet, in ${colorScheme}`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.emulateMedia({ colorScheme });
      const cite = await openCite(page);
      await form(cite, 'Note').scrollIntoViewIfNeeded();
      const sheet = await page.getByRole('dialog').first().boundingBox();
      const panel = await cite.boundingBox();
      expect(panel!.x).toBeGreaterThanOrEqual(sheet!.x);
      expect(panel!.x + panel!.width).toBeLessThanOrEqual(sheet!.x + sheet!.width + 0.5);
      await snap(page, `cite-phone-${colorScheme}`);
    });
  }
});

test('the page as served carries the book’s citation metadata for Zotero', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const meta = (name: string) =>
    [...html.matchAll(new RegExp(`<meta (?:name|property)="${name}" content="([^"]*)"`, 'g'))].map(
      (m) => m[1],
    );
  expect(meta('citation_title')).toEqual([`${work.title}: ${work.subtitle}`]);
  expect(meta('citation_author')).toEqual([work.author]);
  expect(meta('citation_publisher')).toEqual([work.publisher]);
  expect(meta('citation_publication_date')).toEqual([String(work.year)]);
  expect(meta('citation_firstpage')).toEqual(['376']);
  expect(meta('citation_lastpage')).toEqual(['376']);
  expect(meta('og:type')).toEqual(['book']);
});
