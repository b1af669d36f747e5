import type { Page } from '@playwright/test';
import {
  bundled,
  datedToTheDay,
  expect,
  gatchina,
  snap,
  sourcePanel,
  test,
} from './support/explorer';

/** Presses Tab until the focused element matches `selector`; fails after `limit` presses. */
async function tabTo(page: Page, selector: string, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

const focusedEventId = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.eventId ?? null);

const telegram = bundled.events.find(
  (e) => e.id !== gatchina.id && datedToTheDay(e, '1917-11-09'),
)!;

test('the skip link, the marks, details and Escape work from the keyboard alone', async ({
  page,
}) => {
  await page.goto('/');
  // The skip links come with the events; a Tab pressed before they load goes elsewhere.
  await expect(page.getByRole('link', { name: 'Skip to the timeline' })).toBeAttached();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the timeline' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#timeline-section')).toBeFocused();

  await tabTo(page, 'figure [data-event-id]');
  await page.keyboard.press('ArrowRight');
  const id = await focusedEventId(page);
  expect(id).not.toBeNull();
  await page.keyboard.press('Enter');
  const event = bundled.events.find((e) => e.id === id)!;
  // Chosen by keyboard, the event's details take the focus.
  await expect(page.getByRole('heading', { level: 2, name: event.title })).toBeFocused();
  await expect(page.locator('[aria-live="polite"]').first()).toContainText(
    `Selected: ${event.title}`,
  );

  // Escape goes back to the mark, the details staying open beside the timeline …
  await page.keyboard.press('Escape');
  expect(await focusedEventId(page)).toBe(id);
  await expect(page.getByRole('heading', { level: 2, name: event.title })).toBeVisible();
  // … and from the mark, closes them.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 2, name: event.title })).toHaveCount(0);
  expect(await focusedEventId(page)).toBe(id);
});

test('the second skip link jumps to the details of the selected event', async ({ page }) => {
  await page.goto(`/?event=${gatchina.id}`);
  await expect(page.getByRole('link', { name: 'Skip to the event details' })).toBeAttached();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the event details' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#event-details')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Close details' })).toBeFocused();
});

test('a day, its event, the source and a passage link are reached and left by keyboard', async ({
  page,
}) => {
  await page.goto('/');
  await tabTo(page, 'nav[aria-label="Days"] button[data-day="1917-11-09"]');
  await page.keyboard.press('Enter');
  await tabTo(page, 'section[aria-labelledby="day-events-heading"] button');
  while (
    !(await page.evaluate((t) => document.activeElement?.textContent?.includes(t), gatchina.title))
  ) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: gatchina.title })).toBeFocused();

  await tabTo(page, 'button.primary');
  await expect(page.locator(':focus')).toHaveText('Read in source');
  await page.keyboard.press('Enter');
  await expect(page.locator('#source-heading')).toBeFocused();
  await snap(page, 'desktop-07-keyboard-source');

  await tabTo(page, `a.passage[data-event="${telegram.id}"]`);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`event=${telegram.id}`));
  await expect(page.getByRole('heading', { level: 2, name: telegram.title })).toBeVisible();
  await expect(page.locator(`a.passage[data-event="${telegram.id}"]`)).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(sourcePanel(page)).toHaveCount(0);
  await expect(page.locator(':focus')).toHaveText(/Read in source|Go to the passage/);

  // From the details, Escape goes back to the event's mark; from there it closes them.
  await page.keyboard.press('Escape');
  expect(await focusedEventId(page)).toBe(telegram.id);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 2, name: telegram.title })).toHaveCount(0);
  await expect(page.locator(':focus')).not.toHaveCount(0);
  expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true);
});
