import { devices } from '@playwright/test';
import { dayButton, details, expect, gatchina, snap, test } from './support/explorer';

test.use({
  viewport: { width: 375, height: 740 },
  hasTouch: true,
  isMobile: true,
  userAgent: devices['iPhone 13'].userAgent,
});

test('on a phone the reader finds 9 November and reads the passage in a bottom sheet', async ({
  page,
}) => {
  await page.goto('/');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await snap(page, 'phone-01-open');
  await dayButton(page, 'Friday').tap();
  const dayList = page.getByRole('region', { name: /Events of the day/ });
  await dayList.getByRole('button', { name: gatchina.title }).tap();
  const panel = details(page, gatchina.title);
  await expect(panel).toBeVisible();
  await snap(page, 'phone-02-details');
  await panel.getByRole('button', { name: 'Read in source' }).tap();

  const sheet = page.getByRole('dialog', { name: /Stormy Passage/ });
  await expect(sheet).toBeVisible();
  const highlighted = sheet.locator('.passage.current').first();
  await expect(highlighted).toBeInViewport();
  await expect(highlighted).toContainText('Gatchina');
  await snap(page, 'phone-03-sheet');

  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Read in source' })).toBeFocused();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});

test('on a phone the filters fold behind a button', async ({ page }) => {
  await page.goto('/');
  const toggle = page.getByRole('button', { name: 'Show filters' });
  await expect(page.getByRole('searchbox')).toBeHidden();
  await toggle.tap();
  await expect(page.getByRole('searchbox')).toBeVisible();
  await page.getByRole('searchbox').fill('telegram');
  await expect(page).toHaveURL(/q=telegram/);
  await snap(page, 'phone-04-filters');
});

test('on a phone a vertical swipe over the timeline scrolls the page, a sideways one pans', async ({
  page,
  context,
}) => {
  await page.goto('/');
  const plot = page.locator('.timeline .plot');
  await expect(page.locator('.timeline [data-event-id]').first()).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 200));
  // Real touch input, one finger, through the browser's own input pipeline.
  const cdp = await context.newCDPSession(page);
  const swipe = async (x: number, y: number, dx: number, dy: number) => {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    for (let step = 1; step <= 10; step++)
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: [{ x: x + (dx * step) / 10, y: y + (dy * step) / 10 }],
      });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  };
  const windowText = page.getByTestId('timeline-window');
  const shown = await windowText.textContent();
  const at = (await plot.boundingBox())!;
  // A point of the plot on screen (the page is scrolled down a little).
  const top = Math.max(at.y, 0);
  await swipe(at.x + at.width / 2, top + 60, -150, 0);
  await expect(windowText).not.toHaveText(shown!);

  // Then up the page: the plot sits where the sideways swipe left it.
  const y = Math.min(top + 250, at.y + at.height - 20);
  const before = await page.evaluate(() => window.scrollY);
  await swipe(at.x + at.width / 2, y, 0, -200);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before + 50);
});

test('on a phone a tapped day brings the timeline, moved to that day, into view', async ({
  page,
}) => {
  await page.goto('/');
  const timeline = page.locator('#timeline-section');
  // The day cards fill the first screen; the timeline starts below it.
  await expect(timeline).not.toBeInViewport({ ratio: 0.5 });
  await dayButton(page, 'Thursday').tap();
  await expect(page.getByTestId('timeline-window')).toContainText(/8 Nov/);
  await expect(timeline).toBeInViewport({ ratio: 0.5 });
});
