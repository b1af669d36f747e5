import {
  bundled,
  dayButton,
  datedToTheDay,
  expect,
  gatchina,
  mark,
  details,
  snap,
  sourcePanel,
  test,
  timeline,
} from './support/explorer';

/** The other 9 November event whose passage the reader clicks in the text. */
const telegram = bundled.events.find(
  (e) => e.id !== gatchina.id && datedToTheDay(e, '1917-11-09'),
)!;

test.describe('a reader new to the app', () => {
  test('finds 9 November, opens the Gatchina event, reads its passage and clicks through to another', async ({
    page,
  }) => {
    await page.goto('/');
    const days = page.getByRole('navigation', { name: 'Days' });
    await expect(days.getByRole('button')).toHaveText([/7 Nov/, /8 Nov/, /9 Nov/, /All days/]);
    await expect(mark(page, gatchina.id)).toBeVisible();
    await snap(page, 'desktop-01-open');

    await dayButton(page, 'Friday').click();
    await expect(page).toHaveURL(/from=1917-11-09T00%3A00&to=1917-11-10T00%3A00/);
    const dayList = page.getByRole('region', { name: /Events of the day/ });
    await expect(dayList).toContainText('Friday, 9 November 1917 (27 October O.S.)');
    await dayList.getByRole('button', { name: gatchina.title }).click();

    const panel = details(page, gatchina.title);
    await expect(panel).toContainText('9 November 1917 (27 October O.S.)');
    await expect(panel).toContainText('Why this date');
    await expect(mark(page, gatchina.id)).toHaveAttribute('aria-pressed', 'true');
    await snap(page, 'desktop-02-details');

    await panel.getByRole('button', { name: 'Read in source' }).click();
    const source = sourcePanel(page);
    await expect(source).toBeVisible();
    const highlighted = source.locator('.passage.current');
    // The whole passage is on screen, not just the top of the panel that holds it.
    await expect(highlighted.first()).toBeInViewport({ ratio: 1 });
    await expect(highlighted.last()).toBeInViewport({ ratio: 1 });
    expect((await highlighted.allTextContents()).join('')).toContain('Gatchina');
    await snap(page, 'desktop-03-source');

    await source.locator(`a.passage[data-event="${telegram.id}"]`).click();
    await expect(page).toHaveURL(new RegExp(`event=${telegram.id}`));
    await expect(mark(page, telegram.id)).toHaveAttribute('aria-pressed', 'true');
    await expect(mark(page, gatchina.id)).toHaveAttribute('aria-pressed', 'false');
    await expect(details(page, telegram.title)).toBeVisible();
    await expect(source.locator(`a.passage[data-event="${telegram.id}"]`)).toHaveClass(/current/);
    await snap(page, 'desktop-04-text-to-timeline');
  });

  test('switches the source to the raw OCR with the same passage highlighted', async ({ page }) => {
    await page.goto(`/?event=${gatchina.id}&source=reading`);
    const source = sourcePanel(page);
    await source.getByRole('switch', { name: 'Raw OCR text' }).check();
    await expect(page).toHaveURL(/source=raw/);
    const raw = bundled.sources[0]!.rawText.slice(
      gatchina.anchor.raw.start,
      gatchina.anchor.raw.end,
    );
    const highlighted = source.locator('.passage.current');
    expect((await highlighted.allTextContents()).join('')).toBe(raw);
    await expect(highlighted.first()).toBeInViewport();
    await snap(page, 'desktop-05-raw');
  });

  test('copies a citation of the page and confirms it politely', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/?event=${gatchina.id}&source=reading`);
    await sourcePanel(page).getByRole('button', { name: 'Cite this passage' }).click();
    await sourcePanel(page).getByRole('button', { name: 'Copy note' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Note copied' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('Stormy Passage');
    expect(copied).toContain('376–77');
  });

  test('reads the same events in the list view', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('radio', { name: 'List' }).check();
    await expect(page).toHaveURL(/view=list/);
    await expect(timeline(page)).toHaveCount(0);
    const table = page.getByRole('table');
    await expect(table.getByRole('row')).toHaveCount(bundled.events.length + 1);
    await table.getByRole('button', { name: gatchina.title }).click();
    await expect(details(page, gatchina.title)).toBeVisible();
    await snap(page, 'desktop-06-list', true);
  });
});
