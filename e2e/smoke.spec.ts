import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { EventsFile } from '../src/lib/events/types';

const bundled = JSON.parse(readFileSync('events.json', 'utf8')) as EventsFile;

test('the page loads the bundled events.json and lists every event', async ({ page }) => {
  await page.goto('/');
  const items = page.getByRole('list', { name: 'Events' }).getByRole('listitem');
  await expect(items).toHaveCount(bundled.events.length);
  for (const event of bundled.events) {
    await expect(page.getByText(event.title, { exact: false }).first()).toBeVisible();
  }
});
