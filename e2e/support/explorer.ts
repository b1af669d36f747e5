/**
 * Shared e2e set-up for the explorer specs: fails a test on any page error,
 * console error or request outside the app's origin, saves screenshots under
 * test-results/screenshots/, and knows the bundled events.json.
 */
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { EventsFile, TimelineEvent } from '../../src/lib/events/types';

export const bundled = JSON.parse(readFileSync('events.json', 'utf8')) as EventsFile;

/** The bundled event with this id; throws so a renamed event fails loudly. */
export function eventById(id: string): TimelineEvent {
  const event = bundled.events.find((e) => e.id === id);
  if (!event) throw new Error(`events.json has no event ${id}`);
  return event;
}

/** The event of 9 November whose passage tells of the echelons reaching Gatchina. */
export const gatchina = (() => {
  const event = bundled.events.find(
    (e) =>
      e.date.start.startsWith('1917-11-09') &&
      e.title.includes('Gatchina') &&
      e.anchor.quote.exact.includes('Gatchina'),
  );
  if (!event) throw new Error('events.json has no Gatchina event on 9 November');
  return event;
})();

export const test = base.extend<{ problems: string[] }>({
  // The explorer's desktop layout is designed for a 1440px wide screen.
  viewport: { width: 1440, height: 900 },
  problems: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(baseURL ?? '') && !url.startsWith('data:')) {
          problems.push(`request outside the origin: ${url}`);
        }
      });
      await use(problems);
      expect(problems, 'errors or outside requests during the test').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Where screenshots go: test-results/screenshots/ unless SCREENSHOT_DIR says otherwise. */
export const screenshotDir = process.env.SCREENSHOT_DIR ?? 'test-results/screenshots';

/** Saves a screenshot of the page as <screenshotDir>/<name>.png, kept as an artifact. */
export async function snap(page: Page, name: string, fullPage = false): Promise<void> {
  await page.screenshot({ path: `${screenshotDir}/${name}.png`, fullPage });
}

/** The timeline figure. */
export function timeline(page: Page) {
  return page.getByRole('figure', { name: /timeline/i });
}

/** The timeline's mark for an event. */
export function mark(page: Page, id: string) {
  return timeline(page).locator(`[data-event-id="${id}"]`);
}

/** The source panel. */
export function sourcePanel(page: Page) {
  return page.getByRole('region', { name: /Stormy Passage, page/ });
}

/** The details panel of the selected event. */
export function details(page: Page, title: string | RegExp) {
  return page.getByRole('region', { name: title });
}

/** Runs axe with WCAG 2.x A and AA rules and expects no violations. */
export async function expectNoAxeViolations(page: Page, name: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations in ${name}`).toEqual([]);
}
