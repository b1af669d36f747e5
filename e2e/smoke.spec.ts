import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { EventsFile } from '../src/lib/events/types';

const bundled = JSON.parse(readFileSync('events.json', 'utf8')) as EventsFile;

test('the page loads the bundled events.json and lists every event', async ({ page }) => {
  await page.goto('/?view=list');
  const rows = page.getByRole('table').getByRole('rowheader');
  await expect(rows).toHaveCount(bundled.events.length);
  for (const event of bundled.events) {
    await expect(page.getByRole('button', { name: event.title, exact: true })).toBeVisible();
  }
});
