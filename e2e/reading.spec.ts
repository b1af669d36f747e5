/**
 * The reader's two acts, picking an event and reading its passage, at the three sizes
 * the layout is built for: whatever is picked comes into view with its passage, with
 * no scrolling by the reader (nor by the test).
 */
import type { Page } from '@playwright/test';
import { bundled, expect, gatchina, mark, snap, test } from './support/explorer';

const SIZES = [
  { name: 'desktop', width: 1440, height: 900, wide: true },
  { name: 'laptop', width: 1280, height: 720, wide: true },
  { name: 'phone', width: 375, height: 740, wide: false },
] as const;

const scrollTop = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollTop);
const detailsHeading = (page: Page) => page.locator('#details-heading');
/** The chosen event's passage, highlighted, where it is shown: the details' quote or the page. */
const highlighted = (page: Page) =>
  page.locator('.passage-quote mark.passage, .source .text .passage.current').first();

for (const size of SIZES) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('a mark chosen on the timeline shows its event and highlighted passage in view', async ({
      page,
    }) => {
      await page.goto('/');
      // The reader brings the mark into view (on a small screen it is below the fold) …
      await mark(page, gatchina.id).scrollIntoViewIfNeeded();
      const before = await scrollTop(page);
      // … and choosing it scrolls nothing more.
      await mark(page, gatchina.id).click();
      await expect(detailsHeading(page)).toHaveText(gatchina.title);
      await expect(detailsHeading(page)).toBeInViewport({ ratio: 1 });
      await expect(highlighted(page)).toBeInViewport();
      await expect(highlighted(page)).toContainText('His head echelons had reached Gatchina');
      expect(await scrollTop(page)).toBe(before);
      await snap(page, `reading-chosen-${size.name}`);
    });

    test('reading in the source keeps the passage highlighted in view', async ({ page }) => {
      await page.goto(`/?event=${gatchina.id}`);
      await page.getByRole('button', { name: 'Read in source' }).click();
      const passage = page.locator('.source .text .passage.current').first();
      await expect(passage).toBeInViewport();
      await expect(page.locator('#source-heading')).toBeInViewport({ ratio: 1 });
      // Beside the timeline, the event stays in view with its page.
      if (size.wide) await expect(detailsHeading(page)).toBeInViewport({ ratio: 1 });
      await snap(page, `reading-source-${size.name}`);
    });

    test('Enter on a mark takes the keyboard into the details, and Escape back to the mark', async ({
      page,
    }) => {
      await page.goto('/');
      await mark(page, gatchina.id).focus();
      await page.keyboard.press('Enter');
      await expect(detailsHeading(page)).toBeFocused();
      await expect(detailsHeading(page)).toBeInViewport({ ratio: 1 });
      await page.keyboard.press('Escape');
      await expect(mark(page, gatchina.id)).toBeFocused();
      // Beside the timeline the details stay open; a sheet closes.
      await expect(detailsHeading(page)).toHaveCount(size.wide ? 1 : 0);
    });
  });
}

test('a click on the words of a passage chooses its event', async ({ page }) => {
  await page.goto('/?source=reading');
  await page.locator('.source .text').getByText('had reached', { exact: false }).first().click();
  await expect(detailsHeading(page)).toHaveText(gatchina.title);
  await expect(page).toHaveURL(new RegExp(`event=${gatchina.id}`));
});

test('a name in the page opens a card about them in place, with a way to the index', async ({
  page,
}) => {
  await page.goto('/?source=reading');
  const before = await scrollTop(page);
  // A name outside any passage (inside one, a click chooses the passage's event).
  const name = page.locator('.source .text a.mention', { hasText: 'Petrograd' }).first();
  await name.click();
  const card = page.getByRole('dialog', { name: 'Petrograd' });
  await expect(card).toBeVisible();
  await expect(card).toBeInViewport({ ratio: 1 });
  await expect(card).toContainText('City');
  // Its events, each a way to choose it.
  const itsEvents = bundled.events.filter((e) => e.places.includes('petrograd'));
  await expect(card.getByRole('button')).toHaveCount(itsEvents.length + 1);
  expect(await scrollTop(page)).toBe(before);
  await snap(page, 'name-card');
  // Escape closes the card and leaves the source open.
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  await expect(name).toBeFocused();
  await expect(page.locator('#source-heading')).toBeVisible();
  // The card's link goes to the entry in the index.
  await name.click();
  await card.getByRole('link', { name: 'Petrograd in the index' }).click();
  await expect(page.locator('#index-place-petrograd')).toBeInViewport();
});

test('↑ and ↓ move between lanes from a mark', async ({ page }) => {
  await page.goto('/');
  await mark(page, gatchina.id).focus();
  const laneOf = () =>
    page.evaluate(() => document.activeElement?.closest<HTMLElement>('[data-lane]')?.dataset.lane);
  const start = await laneOf();
  await page.keyboard.press('ArrowUp');
  const above = await laneOf();
  expect(above).toBeDefined();
  expect(above).not.toBe(start);
  await page.keyboard.press('ArrowDown');
  expect(await laneOf()).toBe(start);
  // The page itself did not scroll for the arrows.
  expect(await scrollTop(page)).toBe(0);
});

test('opening and closing the source are steps Back and Forward walk through', async ({ page }) => {
  await page.goto(`/?event=${gatchina.id}`);
  await page.getByRole('button', { name: 'Read in source' }).click();
  await expect(page).toHaveURL(/source=reading/);
  await page.goBack();
  await expect(page).not.toHaveURL(/source=/);
  await expect(page.locator('#source-heading')).toHaveCount(0);
  await expect(detailsHeading(page)).toHaveText(gatchina.title);
  await page.goForward();
  await expect(page.locator('#source-heading')).toBeVisible();
});

for (const motion of ['reduce', 'no-preference'] as const) {
  test(`after a filter re-fits the view (motion: ${motion}), the link opens on the same window`, async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: motion });
    await page.goto('/');
    const label = page.getByTestId('timeline-window');
    // Zoom to 7 November, then pick a person of 8 and 9 November only.
    await page.getByRole('button', { name: /^Wed(nesday)?\b.*7 Nov/ }).click();
    await expect(page).toHaveURL(/from=1917-11-07/);
    await page.getByRole('checkbox', { name: /Pyotr Krasnov/ }).check();
    await expect(page).not.toHaveURL(/from=1917-11-07/);
    // The move ends on a window that shows his events …
    await expect(page.getByRole('figure', { name: /timeline/i })).not.toHaveAttribute(
      'aria-busy',
      'true',
    );
    await expect(label).toHaveText(/ 9 Nov|10 Nov/);
    // (The checkbox is below the timeline: the page scrolled to it, so not "in viewport".)
    await expect(mark(page, gatchina.id)).toBeVisible();
    // … and the link, opened again, comes to the same window.
    const shown = await label.textContent();
    await page.goto(page.url());
    await expect(label).toHaveText(shown!);
  });
}

test('a window the reader dragged to reaches the link, even when the window is resized mid-drag', async ({
  page,
}) => {
  await page.goto('/');
  const plot = page.locator('.timeline .plot');
  const box = (await plot.boundingBox())!;
  const label = page.getByTestId('timeline-window');
  const before = await label.textContent();
  await page.mouse.move(box.x + box.width / 2, box.y + 20);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 150, box.y + 20, { steps: 5 });
  await page.setViewportSize({ width: 1300, height: 900 });
  await page.mouse.move(box.x + box.width / 2 - 250, box.y + 20, { steps: 5 });
  await page.mouse.up();
  await expect(label).not.toHaveText(before!);
  await expect(page).toHaveURL(/from=.*&to=/);
  const shown = await label.textContent();
  await page.goto(page.url());
  await expect(label).toHaveText(shown!);
});

test('zooming from a mark with + and − keeps the keyboard on that mark', async ({ page }) => {
  await page.goto('/');
  const echelons = mark(page, 'echelons-leave-ostrov');
  await echelons.focus();
  for (const key of ['+', '+', '+', '-', '+']) {
    await page.keyboard.press(key);
    await expect(echelons).toBeFocused();
  }
});
