/**
 * The dark theme (the system's preference and the header's switch) and the print
 * stylesheet (the shown events as a chronological list with their passages).
 */
import type { Locator, Page } from '@playwright/test';
import {
  bundled,
  eventById,
  expect,
  expectNoAxeViolations,
  snap,
  sourcePanel,
  test,
  timeline,
} from './support/explorer';

const themeSwitch = (page: Page) => page.getByRole('button', { name: 'Dark theme' });
const pageBackground = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const DARK_PAPER = 'rgb(21, 23, 26)';
const LIGHT_PAPER = 'rgb(247, 245, 240)';
// By class: on screen the list is display:none, which role queries do not see.
const printList = (page: Page) => page.locator('section.print-events');

/** The WCAG contrast ratio of two computed colours, `rgb(r, g, b)`. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, bl] = colour
      .match(/\d+(\.\d+)?/g)!
      .slice(0, 3)
      .map((v) => Number(v) / 255)
      .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

test.describe('dark theme', () => {
  test('follows the system preference, and the switch shows it pressed', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    await expect(themeSwitch(page)).toHaveAttribute('aria-pressed', 'true');
    expect(await pageBackground(page)).toBe(DARK_PAPER);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(themeSwitch(page)).toHaveAttribute('aria-pressed', 'false');
    expect(await pageBackground(page)).toBe(LIGHT_PAPER);
  });

  test('the switch chooses dark, is remembered over a reload, and gives the page back to the system', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/?event=gatchina-occupied');
    await themeSwitch(page).click();
    await expect(themeSwitch(page)).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await pageBackground(page)).toBe(DARK_PAPER);

    await page.reload();
    await expect(themeSwitch(page)).toHaveAttribute('aria-pressed', 'true');
    expect(await pageBackground(page)).toBe(DARK_PAPER);
    await expect(page.locator('figure.march-map svg.map')).toBeVisible();
    await expectNoAxeViolations(page, 'the map', { include: 'figure.march-map' });
    await expectNoAxeViolations(page, 'the index', { include: 'section.people-places' });
    await expectNoAxeViolations(page, 'the details', { include: '#event-details' });

    // Pressing again asks for light, which is what the system wants anyway: the choice is dropped.
    await themeSwitch(page).click();
    await expect(themeSwitch(page)).toHaveAttribute('aria-pressed', 'false');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
  });

  test("a returning reader's choice is in the page's first paint, before any script file runs", async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.addInitScript(() => localStorage.setItem('nov1917-theme', 'dark'));
    // Every script file empty: what is painted is the HTML, its inline styles and its inline theme.
    await page.route(/\.js$/, (route) =>
      route.fulfill({ contentType: 'text/javascript', body: '' }),
    );
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await pageBackground(page)).toBe(DARK_PAPER);
    await expect(timeline(page)).toBeVisible();
  });

  test('the switch chooses light on a dark system, from the keyboard', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    await themeSwitch(page).focus();
    await page.keyboard.press('Space');
    await expect(themeSwitch(page)).toHaveAttribute('aria-pressed', 'false');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(await pageBackground(page)).toBe(LIGHT_PAPER);
  });

  test("the chosen event's passage stands clearly apart from the other passages", async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/?event=gatchina-occupied&source=reading');
    const text = sourcePanel(page);
    const fill = (passage: Locator) =>
      passage.evaluate((element) => getComputedStyle(element).backgroundColor);
    const chosen = text.locator('.passage[aria-current="true"]');
    await expect(chosen).toBeVisible();
    const other = text.locator('.passage:not(.current)').first();
    // 3:1, what WCAG asks of the parts of a page that tell its state.
    expect(contrast(await fill(chosen), await fill(other))).toBeGreaterThanOrEqual(3);
    await expectNoAxeViolations(page, 'the source in dark', { include: '.text.reading' });
  });

  test("the timeline's key and overview show each lane in its marks' colour, lightened in the dark", async ({
    page,
  }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto('/');
      await expect(timeline(page).locator('[data-event-id]').first()).toBeVisible();
      // The small square before each lane's name in the plot is drawn in the marks' colour.
      const marks = await timeline(page)
        .locator('.lane-label')
        .evaluateAll((labels) =>
          labels.map((label) => getComputedStyle(label, '::before').backgroundColor),
        );
      const key = await timeline(page)
        .getByRole('list', { name: 'Lanes' })
        .locator('.swatch')
        .evaluateAll((swatches) => swatches.map((s) => getComputedStyle(s).backgroundColor));
      const overview = await timeline(page)
        .locator('.overview .event')
        .evaluateAll((ticks) => [...new Set(ticks.map((t) => getComputedStyle(t).fill))]);
      expect(marks).toHaveLength(bundled.lanes.length);
      expect(key, `the key in ${colorScheme}`).toEqual(marks);
      expect(overview.sort(), `the overview in ${colorScheme}`).toEqual([...marks].sort());
    }
  });

  test('the whole page has no axe violations in dark, with the source open', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/?event=gatchina-occupied&source=reading');
    await expect(page.locator('figure.march-map svg.map')).toBeVisible();
    await expectNoAxeViolations(page, 'the page in dark, source open');
  });
});

test.describe('screenshots in light and dark', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`at 1440px in ${colorScheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('/?event=gatchina-occupied&from=1917-11-08T12:00&to=1917-11-09T12:00');
      await expect(page.locator('figure.march-map svg.map')).toBeVisible();
      await expect(page.getByRole('heading', { name: 'People and places' })).toBeVisible();
      await snap(page, `issue6-1440-${colorScheme}`, true);
    });

    test(`at 375px in ${colorScheme}`, async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 740 });
      await page.emulateMedia({ colorScheme });
      await page.goto('/?event=gatchina-occupied');
      await expect(page.locator('figure.march-map svg.map')).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        375,
      );
      await page.locator('.map-panel').evaluate((panel) => panel.scrollIntoView());
      await snap(page, `issue6-375-${colorScheme}-map`);
    });
  }
});

test.describe('print', () => {
  test('prints the shown events in time order with both calendars, passages and the source', async ({
    page,
  }) => {
    await page.goto('/?person=krasnov&cal=os');
    // Loaded once the page is idle; present before anyone prints.
    await expect(printList(page)).toBeAttached();
    await expect(printList(page)).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    const list = page.getByRole('region', { name: 'Events for printing' });
    await expect(list).toBeVisible();

    // In the file's time order.
    const his = bundled.events.filter((e) => e.people.includes('krasnov'));
    await expect(list.getByRole('heading', { level: 2 })).toHaveText(
      `${his.length} of ${bundled.events.length} events, filtered by Pyotr Krasnov, in time order`,
    );
    await expect(list).toContainText('W. S. Woytinsky, Stormy Passage: A Personal History');
    const items = list.getByRole('listitem');
    await expect(items).toHaveCount(his.length);
    await expect(items.getByRole('heading', { level: 3 })).toHaveText(his.map((e) => e.title));
    const telegram = eventById('krasnov-telegram');
    const item = items.filter({ hasText: telegram.title });
    // Old Style first (the reader's calendar), New Style after.
    await expect(item).toContainText('27 October 1917 O.S. (9 November N.S.)');
    await expect(item.locator('blockquote')).toHaveText(telegram.anchor.quote.exact);
    await expect(item).toContainText('Stormy Passage, 376.');

    // The screen's furniture stays off the paper.
    await expect(timeline(page)).toBeHidden();
    await expect(page.locator('figure.march-map')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Download CSV' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Dark theme' })).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: 'November 1917' })).toBeVisible();
    await snap(page, 'issue6-print', true);
  });

  test('prints on white paper even in the dark theme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    await expect(printList(page)).toBeAttached();
    await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
    await expect(printList(page)).toBeVisible();
    await expect(printList(page).getByRole('listitem')).toHaveCount(bundled.events.length);
    expect(await pageBackground(page)).toBe('rgb(255, 255, 255)');
    expect(
      await printList(page)
        .locator('h3')
        .first()
        .evaluate((h) => getComputedStyle(h).color),
    ).toBe('rgb(0, 0, 0)');
  });
});
