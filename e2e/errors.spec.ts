/**
 * events.json that cannot be had or read, or holds events the app cannot use: a
 * readable error page naming the problem, or the explorer with a notice listing
 * what was left out. Fixtures are served in place of the bundled file.
 */
import type { Page } from '@playwright/test';
import { makeHostileFile, withBrokenEvents } from '../src/lib/events/fixtures/hostileEvents';
import type { EventsFile } from '../src/lib/events/types';
import {
  bundled,
  EVENTS_URL,
  expect,
  gatchina,
  scrollsSideways,
  serveEvents,
  snap,
  test,
  timeline,
} from './support/explorer';

const bundledText = JSON.stringify(bundled, null, 2);

function edited(edit: (file: EventsFile) => void): EventsFile {
  const copy = structuredClone(bundled);
  edit(copy);
  return copy;
}

async function expectErrorPage(page: Page, message: string | RegExp) {
  await expect(
    page.getByRole('heading', { level: 1, name: 'The timeline could not be loaded' }),
  ).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(message);
  await expect(page.getByRole('button', { name: 'Reload the page' })).toBeVisible();
}

test.describe('when events.json cannot be fetched', () => {
  // The browser logs every failed request itself; the page must still say what happened.
  test.use({ expectedConsoleErrors: [/Failed to load resource/] });

  test('a missing events.json shows an error page naming the HTTP status', async ({ page }) => {
    await page.route(EVENTS_URL, (route) =>
      route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' }),
    );
    await page.goto('/');
    await expectErrorPage(page, 'the server answered HTTP 404');
    await snap(page, 'error-01-http');
  });

  test('a server error shows the error page with its status', async ({ page }) => {
    await page.route(EVENTS_URL, (route) => route.fulfill({ status: 503, body: 'busy' }));
    await page.goto('/');
    await expectErrorPage(page, 'the server answered HTTP 503');
  });

  test('a network failure shows the error page and what to check', async ({ page }) => {
    await page.route(EVENTS_URL, (route) => route.abort('failed'));
    await page.goto('/');
    await expectErrorPage(page, 'events.json could not be loaded: Failed to fetch.');
    await expect(page.getByRole('list', { name: 'Details' })).toContainText('Check the connection');
  });
});

test('an events.json that is not JSON shows an error page naming the parse error', async ({
  page,
}) => {
  await serveEvents(page, '{"formatVersion": 1}}');
  await page.goto('/');
  await expectErrorPage(page, /^events\.json is not valid JSON \(.+\)\.$/);
});

test('a cut-off events.json is called cut off, with where it stops', async ({ page }) => {
  await serveEvents(page, bundledText.slice(0, 12_345));
  await page.goto('/');
  await expectErrorPage(
    page,
    /stops after 12,345 characters in the middle of .+, as if it was cut off/,
  );
  await expect(page.getByRole('list', { name: 'Details' })).toContainText('JSON.parse:');
});

test('a web page in place of events.json is named as such', async ({ page }) => {
  await serveEvents(page, '<!doctype html><html><head><title>Page not found</title></head></html>');
  await page.goto('/');
  await expectErrorPage(page, 'the server sent a web page instead');
  await expect(page.getByRole('list', { name: 'Details' })).toContainText(
    'The answer begins: <!doctype html><html><head><title>Page',
  );
});

test('an empty events.json is named as such', async ({ page }) => {
  await serveEvents(page, '');
  await page.goto('/');
  await expectErrorPage(page, 'events.json is empty.');
});

for (const [name, viewport] of [
  ['desktop', { width: 1440, height: 900 }],
  ['phone', { width: 375, height: 740 }],
] as const) {
  test.describe(`on a ${name}`, () => {
    test.use({ viewport });

    test('a file that fails the schema shows each field path and value', async ({ page }) => {
      await serveEvents(
        page,
        edited((file) => {
          (file.sources[0] as unknown as Record<string, unknown>).page = '376';
          (file.places[0]!.coordinates as number[]) = [200, 59.9];
          delete (file.lanes[0] as Partial<EventsFile['lanes'][0]>).label;
        }),
      );
      await page.goto('/');
      await expectErrorPage(page, 'events.json does not match its format: 3 problems');
      await expect(page.getByRole('list', { name: 'Details' }).getByRole('listitem')).toHaveText([
        '/sources/0/page: must be a whole number, not "376"',
        '/lanes/0: is missing the field "label"',
        '/places/0/coordinates/0: must be at most 180, not 200',
      ]);
      expect(await scrollsSideways(page)).toBe(false);
      await snap(page, `error-02-schema-${name}`);
    });

    test('events that are invalid are left out and listed; the rest are shown', async ({
      page,
    }) => {
      const [first, second, third] = bundled.events;
      await serveEvents(
        page,
        edited((file) => {
          file.events[0]!.date.window.start.earliest = 'yesterday';
          file.events[1]!.date.citations = [{ title: 'Bad link', url: 'javascript:alert(1)' }];
          file.events[2]!.lane = 'nowhere';
        }),
      );
      await page.goto('/?view=list');
      const notice = page.getByRole('region', {
        name: /3 of \d+ events in events\.json were left out/,
      });
      await expect(notice).toBeVisible();
      await expect(notice.locator('.problems > li')).toHaveText([
        new RegExp(
          `${first!.id}\\s*\\(no\\. 1 in the file, left out\\)\\s*date/window/start/earliest: must be a date and time like 1917-11-07T22:40, not "yesterday"`,
        ),
        new RegExp(
          `${second!.id}.*date/citations/0/url: must be a web address starting with http:// or https://, not "javascript:alert\\(1\\)"`,
        ),
        new RegExp(`${third!.id}.*lane: no lane has the id "nowhere"`),
      ]);
      const table = page.getByRole('table');
      await expect(table.getByRole('row')).toHaveCount(bundled.events.length - 3 + 1);
      for (const gone of [first!, second!, third!]) {
        await expect(table.getByRole('button', { name: gone.title, exact: true })).toHaveCount(0);
      }
      await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
      expect(await scrollsSideways(page)).toBe(false);
      await snap(page, `error-03-invalid-events-${name}`, name === 'desktop');
    });
  });
}

test('an event naming an unknown person is shown, and the notice says what was ignored', async ({
  page,
}) => {
  const [first] = bundled.events;
  await serveEvents(
    page,
    edited((file) => (file.events[0]!.people = [...file.events[0]!.people, 'trotsky'])),
  );
  await page.goto(`/?event=${first!.id}`);
  const notice = page.getByRole('region', {
    name: '1 event in events.json is shown with parts ignored.',
  });
  await expect(notice.locator('.problems > li')).toHaveText(
    new RegExp(
      `^${first!.id}\\s*\\(no\\. 1 in the file, shown\\)\\s*people/${first!.people.length}: no person has the id "trotsky"; it is ignored$`,
    ),
  );
  await expect(page.getByRole('heading', { level: 2, name: first!.title })).toBeVisible();
});

test('a file whose events are all invalid lists them and explains the empty page', async ({
  page,
}) => {
  await serveEvents(
    page,
    edited((file) => file.events.forEach((event) => (event.lane = 'nowhere'))),
  );
  await page.goto('/');
  await expect(page.getByRole('region', { name: /were left out/ })).toContainText(
    `${bundled.events.length} of ${bundled.events.length} events`,
  );
  await expect(page.getByRole('region', { name: 'No events to show' })).toContainText(
    `events.json holds ${bundled.events.length} events, but none could be shown: the problems are listed above.`,
  );
  await expect(timeline(page)).toHaveCount(0);
});

test('a file with no events shows a helpful empty state, not an empty axis', async ({ page }) => {
  await serveEvents(page, { ...bundled, events: [] });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'November 1917' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No events to show' })).toBeVisible();
  await expect(page.getByText('events.json holds no events yet')).toBeVisible();
  await expect(timeline(page)).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Days' })).toHaveCount(0);
  await snap(page, 'error-04-no-events');
});

test('filters that leave no event say so and keep the axis readable', async ({ page }) => {
  await page.goto('/?q=zzzzqqq');
  await expect(
    page.getByRole('status').filter({ hasText: 'No events match “zzzzqqq”' }),
  ).toBeVisible();
  await expect(timeline(page)).toBeVisible();
  await expect(timeline(page).locator('[data-event-id]')).toHaveCount(0);
  await expect(timeline(page)).toContainText('7 Nov');
  // The controls still work on an empty timeline, and nothing turns into NaN.
  await page.getByRole('button', { name: /zoom in/i }).click();
  await page.getByRole('button', { name: /fit all/i }).click();
  await page.getByRole('radio', { name: 'List' }).check();
  await expect(page.getByRole('table')).toContainText('0 of');
  await expect(page.locator('body')).not.toContainText(/NaN|Invalid Date|undefined/);
});

test('the hostile fixture with broken events leaves out exactly the broken ones', async ({
  page,
}) => {
  const file = makeHostileFile();
  await serveEvents(page, withBrokenEvents(file));
  await page.goto('/?view=list');
  const notice = page.getByRole('region', { name: /4 of 10 events in events\.json were left out/ });
  await expect(notice.locator('.problems > li')).toHaveCount(4);
  await notice.getByText('What is wrong, event by event').click();
  await expect(notice).toContainText('not "javascript:(window.__pwned');
  await expect(notice).toContainText('An entry without a usable id (no. 10 in the file, left out)');
  await expect(notice).toContainText('must be an object, not "<img src=x onerror=');
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(file.events.length + 1);
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
});

test('the app shows a loading state while events.json is on its way', async ({ page }) => {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(EVENTS_URL, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  await expect(page.getByRole('status')).toContainText('Loading the events');
  release();
  await expect(page.getByRole('heading', { level: 1, name: 'November 1917' })).toBeVisible();
});

const MAP_CHUNK = /MarchMap[^/]*\.(js|svelte)(\?.*)?$/;

test.describe('when the map cannot be loaded', () => {
  test.use({ expectedConsoleErrors: [/Failed to load resource/] });

  test('the timeline, the details and the source still work, and the map says it is missing', async ({
    page,
  }) => {
    await page.route(MAP_CHUNK, (route) => route.abort());
    await page.goto('/');
    await expect(timeline(page).locator('[data-event-id]')).toHaveCount(bundled.events.length);
    await expect(page.getByText('The map could not be loaded')).toBeVisible();
    await timeline(page).locator(`[data-event-id="${gatchina.id}"]`).click();
    await expect(page.getByRole('heading', { level: 2, name: gatchina.title })).toBeVisible();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect(page).toHaveURL(/from=1917-11-/);
  });
});
