/**
 * The map of the march, the index of people and places, export and "Cite this
 * passage", as the explorer mounts them: the map and the index below the reading
 * panels (`MapAndIndex`), export beside the filters (`ExportPanel`), the citation
 * at the foot of the details (or of the source panel while it is open).
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { csvParseRows } from 'd3-dsv';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { CSV_COLUMNS } from '../src/lib/export/eventsCsv';
import {
  bundled,
  expect,
  expectNoAxeViolations,
  mark,
  snap,
  sourcePanel,
  test,
} from './support/explorer';

const mapFigure = (page: Page) =>
  page
    .getByRole('figure')
    .filter({ has: page.getByRole('img', { name: /Map of the march on Petrograd/ }) });
const placeButton = (page: Page, name: string) =>
  mapFigure(page).getByRole('button', { name: new RegExp(`^${name}\\b`) });
/** Clicks a download button and gives back the saved file's name and text. */
async function download(page: Page, name: string): Promise<{ filename: string; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ]);
  return {
    filename: file.suggestedFilename(),
    text: readFileSync((await file.path())!, 'utf8').replace(/^\uFEFF/, ''),
  };
}
const peoplePlaces = (page: Page) => page.getByRole('region', { name: 'People and places' });
const indexEntry = (page: Page, name: string) =>
  peoplePlaces(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 4, name }) });

test.describe('map, people and places, export and citation', () => {
  test('the map shows the places, the route and a list of places', async ({ page }) => {
    await page.goto('/');
    const figure = mapFigure(page);
    await expect(figure.getByRole('img', { name: /Map of the march on Petrograd/ })).toBeVisible();
    await expect(figure.getByRole('button')).toHaveCount(bundled.places.length);
    for (const place of bundled.places) await expect(placeButton(page, place.name)).toBeVisible();
    await snap(page, 'map-light');
  });

  test('choosing Gatchina on the map filters the timeline to its events', async ({ page }) => {
    await page.goto('/');
    const atGatchina = bundled.events.filter((e) => e.places.includes('gatchina'));
    const elsewhere = bundled.events.find((e) => !e.places.includes('gatchina'))!;
    const gatchina = placeButton(page, 'Gatchina');
    await gatchina.click();
    await expect(gatchina).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/place=gatchina/);
    await expect(
      page.getByText(`${atGatchina.length} of ${bundled.events.length} events shown`),
    ).toBeVisible();
    await expect(mark(page, elsewhere.id)).toHaveCount(0);
    await gatchina.click();
    await expect(gatchina).toHaveAttribute('aria-pressed', 'false');
    await expect(page).not.toHaveURL(/place=gatchina/);
  });

  test('the place list answers the keyboard and a click on the map mark does the same', async ({
    page,
  }) => {
    await page.goto('/');
    const pskov = placeButton(page, 'Pskov');
    await pskov.focus();
    await page.keyboard.press('Space');
    await expect(pskov).toHaveAttribute('aria-pressed', 'true');
    await mapFigure(page).locator('g.place[data-place-id="pskov"]').click();
    await expect(pskov).toHaveAttribute('aria-pressed', 'false');
  });

  test("the selected event's places are marked on the map", async ({ page }) => {
    await page.goto('/?event=gatchina-occupied');
    await expect(placeButton(page, 'Gatchina')).toHaveAccessibleName(/in the selected event/);
    await expect(placeButton(page, 'Pskov')).not.toHaveAccessibleName(/in the selected event/);
  });

  test('the route follows the visible window', async ({ page }) => {
    await page.goto('/?from=1917-11-07T00:00&to=1917-11-08T00:00');
    await expect(mapFigure(page)).toContainText('The Cossack echelons have not yet left Ostrov.');
    await expect(placeButton(page, 'Gatchina')).toHaveAccessibleName(/no events in view/);
    await page.goto('/?from=1917-11-09T00:00&to=1917-11-10T00:00');
    await expect(mapFigure(page)).toContainText('The head echelons have reached Gatchina');
    await expect(placeButton(page, 'Gatchina')).toHaveAccessibleName(/2 events in view/);
  });

  test('the index lists Krasnov with his role, names and events, and leads to a passage', async ({
    page,
  }) => {
    await page.goto('/');
    const krasnov = indexEntry(page, 'Pyotr Krasnov');
    const his = bundled.events.filter((e) => e.people.includes('krasnov'));
    await expect(krasnov).toContainText('General commanding the 3rd Cavalry Corps');
    await expect(krasnov).toContainText('In the text: Krasnov, General Krasnov, the general');
    await expect(krasnov).toContainText(`${his.length} events`);
    await expect(krasnov.getByRole('list').getByRole('listitem')).toHaveCount(his.length);
    await krasnov
      .getByRole('button', { name: 'Passage: Head echelons reach and occupy Gatchina' })
      .click();
    await expect(page).toHaveURL(/event=gatchina-occupied/);
    await expect(sourcePanel(page)).toBeVisible();
  });

  test("the index's Passage buttons are targets of at least 24 by 24 px, on a phone too", async ({
    page,
  }) => {
    for (const width of [1440, 375]) {
      await page.setViewportSize({ width, height: 740 });
      await page.goto('/');
      const passages = peoplePlaces(page).getByRole('button', { name: /^Passage: / });
      await expect(passages.first()).toBeVisible();
      const sizes = await passages.evaluateAll((buttons) =>
        buttons.map((b) => {
          const { width, height } = b.getBoundingClientRect();
          return { width, height };
        }),
      );
      expect(sizes.length).toBeGreaterThan(10);
      for (const size of sizes) {
        expect(size.width).toBeGreaterThanOrEqual(24);
        expect(size.height).toBeGreaterThanOrEqual(24);
      }
    }
  });

  test('Download CSV saves the shown events as CSV that parses', async ({ page }) => {
    await page.goto('/?person=krasnov');
    const his = bundled.events.filter((e) => e.people.includes('krasnov'));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('stormy-passage-p376-events.csv');
    const text = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const rows = csvParseRows(text);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(
      rows
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(his.map((e) => e.id).sort());
    await expect(page.getByRole('status').filter({ hasText: /^Saved/ })).toContainText(
      `Saved ${his.length} events`,
    );
  });

  test('Cite copies the Chicago note with the quoted passage, and the event link apart', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/?event=krasnov-telegram');
    const cite = page.getByRole('region', { name: 'Cite this passage' });
    await cite.getByRole('button', { name: 'Cite this passage' }).click();
    await cite.getByRole('button', { name: 'Copy note' }).click();
    await expect(cite.getByRole('status').filter({ hasText: 'Note copied' })).toBeVisible();
    const note = await page.evaluate(() => navigator.clipboard.readText());
    expect(note).toContain('W. S. Woytinsky, Stormy Passage: A Personal History');
    expect(note).toContain('(New York: Vanguard Press, 1961), 376.');
    expect(note).toContain('“On November 9 I received a telegram from General Krasnov.”');
    await cite.getByRole('button', { name: 'Copy link' }).click();
    await expect(cite.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${baseURL}/?event=krasnov-telegram`,
    );
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no violations on the map and the index, in ${colorScheme}`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('/?event=gatchina-occupied&from=1917-11-08T12:00&to=1917-11-09T12:00');
      await expect(mapFigure(page).getByRole('img')).toBeVisible();
      await expect(peoplePlaces(page)).toBeVisible();
      await expectNoAxeViolations(page, `the map (${colorScheme})`, {
        include: 'figure.march-map',
      });
      await expectNoAxeViolations(page, `the index (${colorScheme})`, {
        include: 'section.people-places',
      });
      await snap(page, `map-index-${colorScheme}`, true);
    });
  }

  test('Download JSON saves the shown events in the events.json format, valid by its schema', async ({
    page,
  }) => {
    await page.goto('/?place=gatchina');
    const { filename, text } = await download(page, 'Download JSON');
    expect(filename).toBe('stormy-passage-p376-events.json');
    const schema = JSON.parse(readFileSync('schema/events.schema.json', 'utf8')) as object;
    const validate = new Ajv2020({ allErrors: true }).compile(schema);
    const json = JSON.parse(text) as { events: { id: string }[] };
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.events.map((e) => e.id).sort()).toEqual(
      bundled.events
        .filter((e) => e.places.includes('gatchina'))
        .map((e) => e.id)
        .sort(),
    );
  });

  test('Download TimelineJS saves slides with the start dates and text TimelineJS3 reads', async ({
    page,
  }) => {
    await page.goto('/?person=kerensky');
    const { filename, text } = await download(page, 'Download TimelineJS');
    expect(filename).toBe('stormy-passage-p376-timelinejs.json');
    const json = JSON.parse(text) as {
      title?: { text: { headline: string } };
      events: { start_date: { year: number | string }; text: { headline: string } }[];
    };
    const his = bundled.events.filter((e) => e.people.includes('kerensky'));
    expect(json.events).toHaveLength(his.length);
    for (const slide of json.events) {
      expect(Number(slide.start_date.year)).toBe(1917);
      expect(slide.text.headline).toBeTruthy();
    }
  });

  test('export works from the keyboard and says when nothing is left to export', async ({
    page,
  }) => {
    await page.goto('/?q=zeppelin');
    await expect(page.getByRole('button', { name: 'Download CSV' })).toBeDisabled();
    await expect(
      page.getByText('No events match the filters, so there is nothing to export.'),
    ).toBeVisible();
    await page.goto('/?person=lenin');
    const csv = page.getByRole('button', { name: 'Download CSV' });
    await csv.focus();
    const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(file.suggestedFilename()).toBe('stormy-passage-p376-events.csv');
    await expect(page.getByRole('status').filter({ hasText: /^Saved/ })).toContainText(
      'Saved 1 event as a spreadsheet table',
    );
  });

  test('a name in the source text opens its card, whose link leads to its entry in the index', async ({
    page,
  }) => {
    await page.goto('/?event=winter-palace-invaded&source=reading');
    const source = sourcePanel(page);
    // Outside a passage the name is a link of its own ("the rioting Petrograd garrison").
    const petrograd = source.locator('a.mention', { hasText: 'Petrograd' });
    await expect(petrograd).toHaveCount(1);
    await expect(petrograd).toHaveAttribute('href', '#index-place-petrograd');
    await petrograd.click();
    const card = page.getByRole('dialog', { name: 'Petrograd' });
    await card.getByRole('link', { name: 'Petrograd in the index' }).click();
    const entry = indexEntry(page, 'Petrograd');
    await expect(entry).toBeFocused();
    await expect(entry).toBeInViewport();
    // Inside a passage a click on a name chooses the passage's event, as any of its words
    // do, and tells who or what the name is in its card.
    await source.locator('.passage .mention', { hasText: 'Winter Palace' }).click();
    await expect(page).toHaveURL(/event=winter-palace-invaded/);
    await expect(page.getByRole('dialog', { name: 'Winter Palace' })).toBeVisible();
  });

  test("the highlighted passage's names open their cards from the keyboard", async ({ page }) => {
    await page.goto('/?event=kerensky-joins-echelons&source=reading');
    const named = sourcePanel(page).getByRole('button', { name: 'Pyotr Krasnov' });
    await named.focus();
    await page.keyboard.press('Enter');
    const card = page.getByRole('dialog', { name: 'Pyotr Krasnov' });
    await expect(card.getByRole('heading', { name: 'Pyotr Krasnov' })).toBeFocused();
    await card.getByRole('link', { name: 'Pyotr Krasnov in the index' }).press('Enter');
    const krasnov = indexEntry(page, 'Pyotr Krasnov');
    await expect(krasnov).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(krasnov.getByRole('button').first()).toBeFocused();
  });

  test('on a phone a name in the source sheet leads to the entry, closing the sheets', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto('/?event=gatchina-occupied&source=reading');
    const sheet = page.getByRole('dialog', { name: /Stormy Passage/ });
    await expect(sheet).toBeVisible();
    await sheet.getByRole('button', { name: 'Gatchina' }).click();
    await page
      .getByRole('dialog', { name: 'Gatchina' })
      .getByRole('link', { name: 'Gatchina in the index' })
      .click();
    // Both sheets close, so the index under them can be read.
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(indexEntry(page, 'Gatchina')).toBeFocused();
    await expect(indexEntry(page, 'Gatchina')).toBeInViewport();
  });
});
