/**
 * Shared e2e set-up for the explorer specs: fails a test on any page error,
 * console error or request outside the app's origin, saves screenshots under
 * test-results/screenshots/, and knows the bundled events.json.
 */
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { EventsFile, SourcePageWithText, TimelineEvent } from '../../src/lib/events/types';

export const bundled = JSON.parse(
  readFileSync('events.json', 'utf8'),
) as EventsFile<SourcePageWithText>;

/** The bundled event with this id; throws so a renamed event fails loudly. */
export function eventById(id: string): TimelineEvent {
  const event = bundled.events.find((e) => e.id === id);
  if (!event) throw new Error(`events.json has no event ${id}`);
  return event;
}

/**
 * Whether an event's window touches `[from, to)` (floating ISO): an instant's moment
 * may lie in it (its latest bound is a moment it may be at), a span may run into it
 * (its latest end is exclusive). As the day strip counts them.
 */
export function touches(event: TimelineEvent, from: string, to: string): boolean {
  const first = event.date.window.start.earliest;
  const last = event.date.window.end.latest;
  return first < to && (event.date.shape === 'span' && last > first ? last > from : last >= from);
}

/** Whether the event's own date is the whole of `day` (YYYY-MM-DD): no hour or part of day set. */
export function datedToTheDay(event: TimelineEvent, day: string): boolean {
  const { start } = event.date.own;
  return start.earliest === `${day}T00:00` && start.latest === `${day}T23:59`;
}

/** The event of 9 November whose passage tells of the echelons reaching Gatchina. */
export const gatchina = (() => {
  const event = bundled.events.find(
    (e) =>
      e.date.window.start.earliest.startsWith('1917-11-09') &&
      e.title.includes('Gatchina') &&
      e.anchor.quote.exact.includes('Gatchina'),
  );
  if (!event) throw new Error('events.json has no Gatchina event on 9 November');
  return event;
})();

export const test = base.extend<{ problems: string[]; expectedConsoleErrors: RegExp[] }>({
  // The explorer's desktop layout is designed for a 1440px wide screen.
  viewport: { width: 1440, height: 900 },
  /** Console errors a test provokes on purpose (a 404 it routes), which do not fail it. */
  expectedConsoleErrors: [[], { option: true }],
  problems: [
    async ({ page, baseURL, expectedConsoleErrors }, use) => {
      const problems: string[] = [];
      // Every Content-Security-Policy violation becomes a console error, so it fails the
      // test even when the browser would only have blocked something quietly.
      await page.addInitScript(() => {
        document.addEventListener(
          'securitypolicyviolation',
          (event) =>
            console.error(`CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI}`),
          true,
        );
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        if (!expectedConsoleErrors.some((pattern) => pattern.test(text))) {
          problems.push(`console error: ${text}`);
        }
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

/** Where the built app fetches events.json: a hashed asset, `/assets/events-<hash>.json`. */
export const EVENTS_URL = '**/assets/events-*.json';

/**
 * Answers the app's request for events.json with `body` (an object is sent as JSON)
 * and `status`, instead of the bundled file.
 */
export async function serveEvents(page: Page, body: unknown, status = 200): Promise<void> {
  await page.route(EVENTS_URL, (route) =>
    route.fulfill({
      status,
      contentType: 'application/json',
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
}

/** Whether the page scrolls sideways: something is wider than the window. */
export async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  );
}

/** The timeline figure. */
export function timeline(page: Page) {
  return page.getByRole('figure', { name: /timeline/i });
}

/** The timeline's mark for an event. */
export function mark(page: Page, id: string) {
  return timeline(page).locator(`[data-event-id="${id}"]`);
}

/** The day strip's button for a day, by its weekday ("Friday"), as a reader names it. */
export function dayButton(page: Page, weekday: string) {
  return page
    .getByRole('navigation', { name: 'Days' })
    .getByRole('button', { name: new RegExp(`^${weekday} `) });
}

/** The source panel. */
export function sourcePanel(page: Page) {
  return page.getByRole('region', { name: /Stormy Passage, page/ });
}

/** The details panel of the selected event. */
export function details(page: Page, title: string | RegExp) {
  return page.getByRole('region', { name: title });
}

/**
 * The rules the explorer is held to: WCAG 2.0, 2.1 and 2.2 at levels A and AA (2.2 brings
 * `target-size`), and axe's best practice. Every axe run in the specs uses these.
 */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * What one axe run may add to its test's time. A whole page with the index and the map
 * is some 1,000 elements; with the cores shared (load 10 on 2 cores), one run took 16–24 s (and a test with
 * four of them ran out of its 30 s), so each run extends the test rather than the test
 * being cut short with the page only half checked.
 */
const AXE_RUN_ALLOWANCE = 30_000;

/**
 * Runs axe (`AXE_TAGS`) over the page, or the part `include` selects, and expects no
 * violations; `name` says which state of the page failed.
 */
export async function expectNoAxeViolations(
  page: Page,
  name: string,
  { include }: { include?: string } = {},
): Promise<void> {
  test.info().setTimeout(test.info().timeout + AXE_RUN_ALLOWANCE);
  const builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  if (include) builder.include(include);
  const results = await builder.analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations in ${name}`).toEqual([]);
}

/**
 * Waits for the day strip, the map (a chunk of its own) and the index, so an axe run
 * sees the whole page and not the map's loading line.
 */
export async function waitForPanels(page: Page): Promise<void> {
  await expect(page.getByRole('navigation', { name: 'Days' })).toBeVisible();
  await expect(page.locator('figure.march-map svg.map')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'People and places' })).toBeVisible();
}
