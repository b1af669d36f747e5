/**
 * A whole book in the reader's app: a four-page book whose page texts are kept apart
 * from events.json (`e2e/support/book.ts`). The reading pane shows the chosen event's
 * page, turns the pages, keeps the page in the link, marks a passage over a page break
 * on both its pages, and fetches a page's text only when the page is opened.
 */
import { OVER_THE_BREAK, book, bookEvent, serveBook } from './support/book';
import { expect, expectNoAxeViolations, snap, test } from './support/explorer';

const onPage2 = book.events.events.find(
  (e) => e.anchor.source === 'memoir-p2' && e.id !== OVER_THE_BREAK,
)!;
const textOf = (id: string) => book.events.sources.find((s) => s.id === id)!;
const pane = (page: import('@playwright/test').Page, n: number) =>
  page.getByRole('region', { name: `A Memoir of November, page ${n}` });

test('an event on page 2 opens that page; the pages turn, and the page is in the link', async ({
  page,
}) => {
  const asked = await serveBook(page);
  await page.goto(`./?event=${onPage2.id}`);
  await expect(page.getByRole('heading', { name: onPage2.title, level: 2 })).toBeVisible();
  // The details quote the passage from events.json alone: no page text yet.
  await expect(page.locator('.passage-quote mark')).toContainText(
    onPage2.anchor.quote.exact.slice(0, 20),
  );
  expect(asked).toEqual([]);

  await page.getByRole('button', { name: 'Read in source' }).click();
  const second = pane(page, 2);
  await expect(second.locator('.passage.current').first()).toContainText(
    onPage2.anchor.quote.exact.slice(0, 20),
  );
  expect(asked).toEqual([(textOf('memoir-p2') as { textFile: string }).textFile]);
  await expect(second.getByText('of 1–4')).toBeVisible();

  await second.getByRole('button', { name: 'Next page' }).click();
  const third = pane(page, 3);
  await expect(third).toBeVisible();
  await expect(page).toHaveURL(/[?&]page=memoir-p3(&|$)/);
  await expect(
    page.locator('[aria-live="polite"]').filter({ hasText: /^Page 3 of A Memoir of November/ }),
  ).toBeAttached();
  expect(asked).toHaveLength(2);

  await page.reload();
  await expect(pane(page, 3).locator('.text.reading')).toBeVisible();

  await pane(page, 3).getByRole('button', { name: 'Previous page' }).click();
  await expect(pane(page, 2)).toBeVisible();
  // The chosen event's own page is the default: the link says no page.
  await expect(page).not.toHaveURL(/[?&]page=/);

  const field = pane(page, 2).getByRole('spinbutton', { name: 'Page' });
  await field.fill('4');
  await field.press('Enter');
  await expect(pane(page, 4)).toBeVisible();
  await expect(pane(page, 4).getByRole('button', { name: 'Next page' })).toBeDisabled();
  const fourth = pane(page, 4).getByRole('spinbutton', { name: 'Page' });
  await fourth.fill('9');
  await fourth.press('Enter');
  await expect(pane(page, 4).getByRole('alert')).toHaveText(
    'There is no page 9 here: the book has pp. 1–4.',
  );
});

test('a passage over a page break is marked on both pages, and cited as pp. 2–3', async ({
  page,
}) => {
  await serveBook(page);
  const event = bookEvent(OVER_THE_BREAK);
  await page.goto(`./?event=${event.id}`);
  await expect(page.locator('.passage-quote figcaption')).toHaveText(/pp\. 2–3/);
  await page.getByRole('button', { name: 'Read in source' }).click();
  const second = pane(page, 2);
  await expect(second.locator('.passage.current')).toContainText('taken in haste.');
  await expect(second.getByText('(pp. 2–3)')).toBeVisible();
  await snap(page, 'book-over-the-break-p2');
  await expectNoAxeViolations(page, 'the reading pane on a book’s page', {
    include: '.source',
  });

  await second.getByRole('button', { name: 'p. 3' }).click();
  const third = pane(page, 3);
  await expect(third.locator('.passage.current')).toHaveText('Rumours came from every side');
  await expect(third.getByText('Continued from')).toBeVisible();
  await snap(page, 'book-over-the-break-p3');
});

test.describe(() => {
  // The browser logs the refused fetch.
  test.use({ expectedConsoleErrors: [/503/] });
  test('a page text that fails to load says so, and Try again fetches it', async ({ page }) => {
    const asked = await serveBook(page);
    let failures = 1;
    await page.route('**/assets/page-texts/memoir-p1.*.json', (route) =>
      failures-- > 0 ? route.fulfill({ status: 503, body: 'busy' }) : route.fallback(),
    );
    await page.goto('./?source=reading');
    const first = pane(page, 1);
    await expect(first.getByRole('alert')).toContainText(
      'The text of p. 1 could not be loaded: the server answered HTTP 503',
    );
    await first.getByRole('button', { name: 'Try again' }).click();
    await expect(first.locator('.text.reading')).toBeVisible();
    expect(asked).toHaveLength(1);
  });
});

test("a book's many days stand in one row that scrolls sideways, and the timeline starts on the first screen", async ({
  page,
}) => {
  await serveBook(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`./?event=${onPage2.id}`);
  const days = page.getByRole('navigation', { name: 'Days' });
  const cards = days.getByRole('button', { pressed: false });
  // The bundled page is drawn first, with its three days, until the book's file has come.
  await expect(cards.nth(7)).toBeAttached();
  const tops = await days
    .locator('li')
    .evaluateAll((items) => items.map((item) => Math.round(item.getBoundingClientRect().top)));
  expect(new Set(tops).size).toBe(1);
  const timeline = await page.locator('#timeline-section').boundingBox();
  expect(timeline!.y).toBeLessThan(900 / 2);
  // "All days" leads the row, on screen.
  await expect(days.getByRole('button', { name: /^All days/ })).toBeInViewport();
});
