import type { Page } from '@playwright/test';
import {
  bundled,
  dayButton,
  details,
  expect,
  gatchina,
  mark,
  snap,
  sourcePanel,
  test,
} from './support/explorer';

const deepLink = `/?event=${gatchina.id}&from=1917-11-09T00:00&to=1917-11-10T00:00&cal=os&person=krasnov&source=raw`;

test('a deep link opens the same view, and a reload keeps it', async ({ page }) => {
  await page.goto(deepLink);
  for (const pass of ['opened', 'reloaded']) {
    const panel = details(page, gatchina.title);
    await expect(panel, pass).toContainText('27 October 1917 O.S. (9 November N.S.)');
    await expect(page.getByRole('radio', { name: /Old Style/ })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: /Pyotr Krasnov/ })).toBeChecked();
    await expect(dayButton(page, 'Friday')).toHaveAttribute('aria-pressed', 'true');
    await expect(sourcePanel(page).getByRole('switch', { name: 'Raw OCR text' })).toBeChecked();
    await expect(sourcePanel(page).locator('.passage.current').first()).toContainText('His');
    await expect(mark(page, gatchina.id)).toHaveAttribute('aria-pressed', 'true');
    if (pass === 'opened') {
      await snap(page, 'desktop-08-deep-link');
      await page.reload();
    }
  }
});

/** The small note that says what in the link was ignored. */
function urlNote(page: Page) {
  return page.getByRole('status').filter({ hasText: 'Part of the link was ignored' });
}

test('garbage in the URL is ignored, the app opens normally and says so', async ({ page }) => {
  await page.goto('/?event=<script>&from=yesterday&to=1917-13-45T99:99&cal=mayan&type=dance&q=');
  await expect(page.getByRole('heading', { level: 1, name: 'November 1917' })).toBeVisible();
  await expect(page.getByRole('radio', { name: /New Style/ })).toBeChecked();
  await expect(page.getByText(`All ${bundled.events.length} events shown`)).toBeVisible();
  await expect(urlNote(page).getByRole('paragraph')).toHaveText(
    'Part of the link was ignored: no event “<script>”; “yesterday” is not a date and time like ' +
      '1917-11-08T06:00; “1917-13-45T99:99” is not a date and time like 1917-11-08T06:00; ' +
      'no event type “dance”; no calendar “mayan”.',
  );
  // What is left is the address of what the reader sees.
  await expect(page).toHaveURL(/\/$/);
});

test('an unknown event id opens the app without a selection, noted and dismissible', async ({
  page,
}) => {
  await page.goto(`/?event=no-such-event&person=krasnov`);
  await expect(urlNote(page)).toContainText('no event “no-such-event”');
  await expect(page.getByRole('heading', { level: 2, name: /^Choose an event/ })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /Pyotr Krasnov/ })).toBeChecked();
  await expect(page).toHaveURL(/\?person=krasnov$/);
  await snap(page, 'url-01-ignored-note');
  await page.getByRole('button', { name: 'Dismiss the note about the link' }).click();
  await expect(urlNote(page)).toHaveCount(0);
  // The note does not come back when the reader moves on.
  await page.getByRole('checkbox', { name: /Pyotr Krasnov/ }).uncheck();
  await expect(urlNote(page)).toHaveCount(0);
});

test('unknown people, places and types are ignored and named; known ones still apply', async ({
  page,
}) => {
  await page.goto('/?person=trotsky&person=krasnov&place=moscow&type=dance&type=movement');
  await expect(urlNote(page)).toContainText(
    'no person “trotsky”; no place “moscow”; no event type “dance”.',
  );
  await expect(page.getByRole('checkbox', { name: /Pyotr Krasnov/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /Movement of troops/ })).toBeChecked();
});

for (const [what, search, note] of [
  [
    'a window that ends before it starts',
    'from=1917-11-09T00:00&to=1917-11-08T00:00',
    'the window from 1917-11-09T00:00 to 1917-11-08T00:00 ends before it starts',
  ],
  ['a window that is not a date', 'from=monday&to=friday', '“monday” is not a date and time'],
  ['a window in year 99999', 'from=99999-11-08T00:00&to=99999-11-09T00:00', '“99999-11-08T00:00”'],
  ['a window on 30 February', 'from=1917-02-30T00:00&to=1917-03-01T00:00', '“1917-02-30T00:00”'],
  ['half a window', 'from=1917-11-08T00:00', 'a window needs both “from” and “to”'],
  [
    'a window in 1066',
    'from=1066-10-14T00:00&to=1066-10-15T00:00',
    'lies outside the years 1582–2100 the calendars cover',
  ],
  [
    'a window a year after the events',
    'from=1918-11-08T00:00&to=1918-11-09T00:00',
    'shows none of the events',
  ],
] as const) {
  test(`${what} is ignored and the timeline shows every event`, async ({ page }) => {
    await page.goto(`/?${search}`);
    await expect(urlNote(page)).toContainText(note);
    await expect(page.getByRole('button', { name: /^All days/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page.locator('body')).not.toContainText(/NaN|Invalid Date/);
  });
}

test('parameters added by chat apps and mangled encodings are ignored and named', async ({
  page,
}) => {
  await page.goto(
    `/?utm_source=chat&fbclid=IwAR0&event=${gatchina.id}&event=congress-opens&%E0%A4%A=%FF&q=${'x'.repeat(500)}`,
  );
  await expect(details(page, gatchina.title)).toBeVisible();
  await expect(urlNote(page)).toContainText('the parameters “utm_source”, “fbclid”, “\uFFFD%A”');
  await expect(urlNote(page)).toContainText('all but the first “event”');
  await expect(urlNote(page)).toContainText('the search beyond its first 200 characters');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1440);
});

test('a link without anything to ignore shows no note', async ({ page }) => {
  await page.goto(deepLink);
  await expect(details(page, gatchina.title)).toBeVisible();
  await expect(urlNote(page)).toHaveCount(0);
});

test('back and forward walk through the selections', async ({ page }) => {
  const [first, second] = bundled.events;
  await page.goto('/');
  await page.getByRole('radio', { name: 'List' }).check();
  const table = page.getByRole('table');
  await table.getByRole('button', { name: first!.title }).click();
  await expect(details(page, first!.title)).toBeVisible();
  await table.getByRole('button', { name: second!.title }).click();
  await expect(details(page, second!.title)).toBeVisible();

  await page.goBack();
  await expect(details(page, first!.title)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`event=${first!.id}`));
  await page.goBack();
  await expect(page.getByRole('heading', { level: 2, name: /^Choose an event/ })).toBeVisible();
  await page.goForward();
  await expect(details(page, first!.title)).toBeVisible();
  await page.goForward();
  await expect(details(page, second!.title)).toBeVisible();
});

test('choosing a day writes the window in the URL without a new history entry', async ({
  page,
}) => {
  await page.goto('/');
  const before = await page.evaluate(() => history.length);
  await dayButton(page, 'Thursday').click();
  await expect(page).toHaveURL(/from=1917-11-08T00%3A00&to=1917-11-09T00%3A00/);
  expect(await page.evaluate(() => history.length)).toBe(before);
});

test('zooming the timeline writes the new window in the URL when the gesture ends', async ({
  page,
}) => {
  await page.goto('/?from=1917-11-08T00:00&to=1917-11-09T00:00');
  const before = await page.evaluate(() => history.length);
  await page.getByRole('button', { name: /zoom in/i }).click();
  const param = (key: string) => new URL(page.url()).searchParams.get(key);
  await expect.poll(() => param('from')).not.toBe('1917-11-08T00:00');
  expect(param('from')! > '1917-11-08T00:00').toBe(true);
  expect(param('to')! < '1917-11-09T00:00').toBe(true);
  expect(await page.evaluate(() => history.length)).toBe(before);
});

for (const timezoneId of ['America/Los_Angeles', 'Europe/Moscow', 'Pacific/Kiritimati']) {
  test.describe(`in ${timezoneId}`, () => {
    test.use({ timezoneId });

    test('the days and dates are the same as everywhere else', async ({ page }) => {
      await page.goto(`/?event=${gatchina.id}`);
      await expect(page.getByRole('navigation', { name: 'Days' }).getByRole('button')).toHaveText([
        /Wednesday\s*7 Nov\s*25 Oct O\.S\./,
        /Thursday\s*8 Nov\s*26 Oct O\.S\./,
        /Friday\s*9 Nov\s*27 Oct O\.S\./,
        /All days/,
      ]);
      await expect(details(page, gatchina.title)).toContainText(
        'morning of 9 November 1917 (27 October O.S.)',
      );
    });
  });
}
