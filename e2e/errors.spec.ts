import { test, expect } from '@playwright/test';
import { screenshotDir } from './support/explorer';

test('a missing events.json shows an error page naming the HTTP status', async ({ page }) => {
  await page.route('**/events*.json', (route) =>
    route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' }),
  );
  await page.goto('/');
  await expect(
    page.getByRole('heading', { name: 'The timeline could not be loaded' }),
  ).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('HTTP 404');
  await expect(page.getByRole('button', { name: 'Reload the page' })).toBeVisible();
  await page.screenshot({ path: `${screenshotDir}/error-01-http.png` });
});

test('an events.json that is not JSON shows an error page naming the parse error', async ({
  page,
}) => {
  await page.route('**/events*.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"formatVersion": 1,' }),
  );
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('events.json is not valid JSON');
});

test('the app shows a loading state while events.json is on its way', async ({ page }) => {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/events*.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  await expect(page.getByRole('status')).toContainText('Loading the events');
  release();
  await expect(page.getByRole('heading', { level: 1, name: 'November 1917' })).toBeVisible();
});
