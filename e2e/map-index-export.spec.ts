/**
 * The map of the march, the index of people and places, export and "Cite this
 * passage", against the explorer as the issue-6 mount puts them in it (see the
 * mount snippets in the report of issue 6).
 *
 * FIXME: the components are not mounted in the app yet, so the whole describe is
 * `fixme`. Change `test.describe.fixme` to `test.describe` once Explorer.svelte
 * mounts MarchMapLazy, PeoplePlacesIndex, ExportMenu and CitePassage.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { CSV_COLUMNS } from '../src/lib/export/eventsCsv';
import { parseCsv } from '../src/lib/export/parseCsv.testing';
import { bundled, expect, mark, snap, sourcePanel, test } from './support/explorer';

const mapFigure = (page: Page) =>
  page
    .getByRole('figure')
    .filter({ has: page.getByRole('img', { name: /Map of the march on Petrograd/ }) });
const placeButton = (page: Page, name: string) =>
  mapFigure(page).getByRole('button', { name: new RegExp(`^${name}\\b`) });
const peoplePlaces = (page: Page) => page.getByRole('region', { name: 'People and places' });
const indexEntry = (page: Page, name: string) =>
  peoplePlaces(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 4, name }) });

/** Axe over one part of the page, WCAG 2.x A and AA plus best practice. */
async function expectNoAxeViolationsIn(page: Page, selector: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .include(selector)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

test.describe.fixme('map, people and places, export and citation', () => {
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

  test('Download CSV saves the shown events as CSV that parses', async ({ page }) => {
    await page.goto('/?person=krasnov');
    const his = bundled.events.filter((e) => e.people.includes('krasnov'));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('stormy-passage-p376-events.csv');
    const text = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const rows = parseCsv(text);
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

  test('Copy citation puts the Chicago citation with the event link on the clipboard', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/?event=krasnov-telegram');
    await page.getByRole('button', { name: 'Copy citation' }).first().click();
    await expect(page.getByRole('status').filter({ hasText: 'Citation copied.' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('W. S. Woytinsky, Stormy Passage: A Personal History');
    expect(copied).toContain('(New York: Vanguard Press, 1961), 376.');
    expect(copied).toContain('“On November 9 I received a telegram from General Krasnov.”');
    expect(copied).toContain(`${baseURL}/?event=krasnov-telegram`);
  });

  test('axe finds no violations on the map and the index, in light and dark', async ({ page }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto('/?event=gatchina-occupied&from=1917-11-08T12:00&to=1917-11-09T12:00');
      await expect(mapFigure(page).getByRole('img')).toBeVisible();
      await expectNoAxeViolationsIn(page, 'figure.march-map');
      await expectNoAxeViolationsIn(page, 'section.people-places');
      await snap(page, `map-index-${colorScheme}`, true);
    }
  });
});
