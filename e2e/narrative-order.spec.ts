import { devices } from '@playwright/test';
import {
  bundled,
  details,
  eventById,
  expect,
  expectNoAxeViolations,
  scrollsSideways,
  snap,
  test,
} from './support/explorer';
import type { Page } from '@playwright/test';

/** 1st, 2nd, 3rd, 4th, 11th…: written out here, apart from the app's own. */
const ordinal = (n: number) =>
  `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;

/** events.json's events as the page tells them (one page: by where the passage starts). */
const told = [...bundled.events].sort((a, b) => a.anchor.position.start - b.anchor.position.start);
/** Where an event falls in time: its place in events.json, which is in time order. */
const timeOf = (id: string) => bundled.events.findIndex((e) => e.id === id);
const council = eventById('council-of-peoples-commissars');
const councilName = (side: 'told' | 'time') => {
  const t = `${ordinal(told.indexOf(council) + 1)} told`;
  const h = `${ordinal(timeOf(council.id) + 1)} in time`;
  return `${council.title}, ${side === 'told' ? `${t}, ${h}` : `${h}, ${t}`}`;
};

const chart = (page: Page) => page.getByRole('figure', { name: /narrator.s order/ });
const column = (page: Page, name: 'As told on the page' | 'In time order') =>
  chart(page).getByRole('list', { name });

test('the narrator’s order lists the events as told and in time, and says which are told out of order', async ({
  page,
}) => {
  await page.goto('/');
  const figure = chart(page);
  await figure.scrollIntoViewIfNeeded();
  // The Council is told before "On November 8" but was formed on the evening of the 8th.
  expect(told.indexOf(council)).toBeLessThan(timeOf(council.id));
  await expect(figure).toHaveAccessibleDescription(
    new RegExp(
      `“${council.title}” is told ${ordinal(told.indexOf(council) + 1)} but happened ${ordinal(timeOf(council.id) + 1)}`,
    ),
  );
  const asTold = column(page, 'As told on the page').getByRole('button');
  await expect(asTold).toHaveCount(bundled.events.length);
  for (const [k, event] of told.entries()) {
    await expect(asTold.nth(k)).toHaveAccessibleName(
      `${event.title}, ${ordinal(k + 1)} told, ${ordinal(timeOf(event.id) + 1)} in time`,
    );
  }
  const inTime = column(page, 'In time order').getByRole('button');
  for (const [k, event] of bundled.events.entries()) {
    await expect(inTime.nth(k)).toHaveAccessibleName(
      `${event.title}, ${ordinal(k + 1)} in time, ${ordinal(told.indexOf(event) + 1)} told`,
    );
  }
  // One tab stop for the whole chart.
  await expect(figure.locator('button[tabindex="0"]')).toHaveCount(1);
  await snap(page, 'desktop-13-narrative-order');
});

test('by keyboard: the arrows walk a side and cross to the other, Enter opens the event, Back closes it', async ({
  page,
}) => {
  await page.goto('/');
  const first = column(page, 'As told on the page').getByRole('button').first();
  await first.focus();
  for (let k = 0; k < told.indexOf(council); k++) await page.keyboard.press('ArrowDown');
  const asTold = chart(page).getByRole('button', { name: councilName('told') });
  await expect(asTold).toBeFocused();
  await expect(asTold).toHaveAttribute('tabindex', '0');
  await page.keyboard.press('ArrowRight');
  const inTime = chart(page).getByRole('button', { name: councilName('time') });
  await expect(inTime).toBeFocused();
  // The tab stop moved with the focus.
  await expect(asTold).toHaveAttribute('tabindex', '-1');
  await page.keyboard.press('ArrowUp');
  const before = bundled.events[timeOf(council.id) - 1]!;
  await expect(page.locator(':focus')).toHaveAccessibleName(
    `${before.title}, ${ordinal(timeOf(council.id))} in time, ${ordinal(told.indexOf(before) + 1)} told`,
  );
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');

  const panel = details(page, council.title);
  await expect(panel).toBeVisible();
  await expect(page.locator('#details-heading')).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`event=${council.id}`));
  await expect(inTime).toHaveAttribute('aria-current', 'true');
  await expect(asTold).toHaveAttribute('aria-current', 'true');
  // Escape takes the keyboard back to where it came from.
  await page.keyboard.press('Escape');
  await expect(inTime).toBeFocused();
  await page.goBack();
  await expect(page).not.toHaveURL(/event=/);
  await expect(panel).toHaveCount(0);
  await expect(inTime).not.toHaveAttribute('aria-current', 'true');
});

test('by pointer: a row opens its event, as everywhere else', async ({ page }) => {
  await page.goto('/');
  const gatchina = eventById('gatchina-occupied');
  const row = column(page, 'In time order').getByRole('button', { name: gatchina.title });
  await row.click();
  await expect(details(page, gatchina.title)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`event=${gatchina.id}`));
  await expect(row).toHaveAttribute('aria-current', 'true');
  await expect(row).toBeFocused();
  await snap(page, 'desktop-14-narrative-order-selected');
});

test('the narrator’s order follows the filters', async ({ page }) => {
  const stated = bundled.events.filter((e) => e.date.basis === 'stated');
  await page.goto('/?basis=stated');
  await expect(column(page, 'As told on the page').getByRole('button')).toHaveCount(stated.length);
  await expect(column(page, 'In time order').getByRole('button').first()).toContainText(
    stated[0]!.title,
  );
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the narrator’s order has no axe violations, in the ${colorScheme} theme`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(`/?event=${council.id}`);
    await chart(page).scrollIntoViewIfNeeded();
    await chart(page)
      .getByRole('button', { name: councilName('told') })
      .hover();
    await expectNoAxeViolations(page, `the narrator’s order (${colorScheme})`, {
      include: '.narrative-order',
    });
    await snap(page, `desktop-15-narrative-order-${colorScheme}`);
  });
}

test.describe('on a phone', () => {
  test.use({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
    userAgent: devices['iPhone 13'].userAgent,
  });

  test('the narrator’s order fits the screen and a tap opens the event in its sheet', async ({
    page,
  }) => {
    await page.goto('/');
    const figure = chart(page);
    await figure.scrollIntoViewIfNeeded();
    expect(await scrollsSideways(page)).toBe(false);
    // Each row is a target of 24 by 24 px at least.
    for (const box of await figure
      .getByRole('button')
      .evaluateAll((buttons) =>
        buttons.map((b) => b.getBoundingClientRect().toJSON() as DOMRect),
      )) {
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
    await snap(page, 'phone-05-narrative-order');
    await figure.getByRole('button', { name: councilName('told') }).tap();
    await expect(details(page, council.title)).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`event=${council.id}`));
  });
});
