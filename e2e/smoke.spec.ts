import { bundled, expect, test } from './support/explorer';

test('the page loads the bundled events.json and lists every event', async ({ page }) => {
  await page.goto('/?view=list');
  const table = page.getByRole('table');
  await expect(table.getByRole('rowheader')).toHaveCount(bundled.events.length);
  for (const event of bundled.events) {
    await expect(table.getByRole('button', { name: event.title, exact: true })).toBeVisible();
  }
  // Nothing was wrong with the file or the link, so nothing says so.
  await expect(page.getByRole('region', { name: /left out/ })).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Part of the link' })).toHaveCount(0);
});
