import { buildSearchIndex, searchEvents } from '../src/lib/search/eventSearch';
import {
  bundled,
  dayButton,
  details,
  expect,
  gatchina,
  mark,
  snap,
  test,
  touches,
  timeline,
} from './support/explorer';

const index = buildSearchIndex(bundled);
const matching = (query: string) => {
  const hits = searchEvents(index, query);
  return bundled.events.filter((e) => hits === null || hits.has(e.id));
};

test('search narrows the timeline, the day counts and the list, and Clear all brings them back', async ({
  page,
}) => {
  await page.goto('/');
  const hits = matching('Gatchina');
  const missing = bundled.events.find((e) => !hits.includes(e))!;
  await page.getByRole('searchbox', { name: /Search/ }).fill('Gatchina');
  await expect(
    page.getByText(`${hits.length} of ${bundled.events.length} events shown`),
  ).toBeVisible();
  await expect(page).toHaveURL(/q=Gatchina/);
  await expect(mark(page, missing.id)).toHaveCount(0);
  await expect(timeline(page)).not.toContainText(missing.title);
  // Named by what the card shows, so "click 9 Nov" works by voice.
  await expect(dayButton(page, 'Friday')).toHaveAccessibleName(
    `Friday 9 Nov 27 Oct O.S. ${countOn('1917-11-09', hits)}`,
  );
  await snap(page, 'desktop-09-search');

  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await expect(page.getByText(`All ${bundled.events.length} events shown`)).toBeVisible();
  await expect(page.getByRole('searchbox', { name: /Search/ })).toHaveValue('');
  await expect(page).not.toHaveURL(/q=/);
});

test('person, place and type filters show counts and combine', async ({ page }) => {
  await page.goto('/');
  const krasnov = bundled.events.filter((e) => e.people.includes('krasnov'));
  const box = page.getByRole('checkbox', { name: /Pyotr Krasnov/ });
  await expect(box.locator('..')).toContainText(String(krasnov.length));
  await box.check();
  await expect(
    page.getByText(`${krasnov.length} of ${bundled.events.length} events shown`),
  ).toBeVisible();
  await page.getByRole('checkbox', { name: /^Gatchina/ }).check();
  const both = krasnov.filter((e) => e.places.includes('gatchina'));
  await expect(
    page.getByText(`${both.length} of ${bundled.events.length} events shown`),
  ).toBeVisible();
  await expect(page).toHaveURL(/person=krasnov&place=gatchina/);
});

test('an empty result explains itself and offers to clear', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: /Search/ }).fill('zeppelin');
  await expect(page.getByText('No events match “zeppelin”.')).toBeVisible();
  await snap(page, 'desktop-10-no-matches');
  await page.getByRole('button', { name: 'Clear all filters' }).first().click();
  await expect(page.getByText(`All ${bundled.events.length} events shown`)).toBeVisible();
});

/** A day card's count, worked out from events.json: "6 events, 4 continuing from before". */
function countOn(day: string, events: typeof bundled.events): string {
  const start = `${day}T00:00`;
  const end = `${day.slice(0, 8)}${String(Number(day.slice(8)) + 1).padStart(2, '0')}T00:00`;
  // An event touches every day its window may reach, a span's end being exclusive.
  const touching = events.filter((e) => touches(e, start, end));
  const n = touching.length;
  const continuing = touching.filter((e) => e.date.window.start.earliest < start).length;
  return `${n} ${n === 1 ? 'event' : 'events'}${continuing ? `, ${continuing} continuing from before` : ''}`;
}

test('the day cards say how many events continue from an earlier day, which is why they add up to more than the events shown', async ({
  page,
}) => {
  await page.goto('/');
  await expect(dayButton(page, 'Wednesday')).toContainText(countOn('1917-11-07', bundled.events));
  await expect(dayButton(page, 'Thursday')).toContainText(countOn('1917-11-08', bundled.events));
  await expect(dayButton(page, 'Friday')).toContainText(countOn('1917-11-09', bundled.events));
  await expect(dayButton(page, 'Friday')).toContainText(/continuing from before/);
  const all = bundled.events.length;
  await expect(dayButton(page, 'All days')).toContainText(`${all} events`);

  // What the cards say adds up: each event is new on one day only.
  const cards = page.getByRole('navigation', { name: 'Days' }).locator('.count');
  const counts = (await cards.allTextContents()).slice(0, -1);
  const newOnTheDay = counts.map((text) => {
    const [, n, continuing] = /^(\d+) events?(?:, (\d+) continuing from before)?$/.exec(text)!;
    return Number(n) - Number(continuing ?? 0);
  });
  expect(newOnTheDay.reduce((sum, n) => sum + n, 0)).toBe(all);
});

test('a person in the details is a link that filters by that person', async ({ page }) => {
  await page.goto(`/?event=${gatchina.id}`);
  await details(page, gatchina.title)
    .getByRole('link', { name: /Pyotr Krasnov/ })
    .click();
  await expect(page.getByRole('checkbox', { name: /Pyotr Krasnov/ })).toBeChecked();
  await expect(page).toHaveURL(/person=krasnov/);
});

test('the calendar switch changes the labels everywhere', async ({ page }) => {
  await page.goto(`/?event=${gatchina.id}&from=1917-11-09T00:00&to=1917-11-10T00:00`);
  await page.getByRole('radio', { name: /Old Style/ }).check();
  await expect(page).toHaveURL(/cal=os/);
  const days = page.getByRole('navigation', { name: 'Days' });
  await expect(days.getByRole('button', { name: /^Friday/ })).toContainText('27 Oct O.S.');
  await expect(days.getByRole('button', { name: /^Friday/ })).toContainText('9 Nov N.S.');
  await expect(details(page, gatchina.title)).toContainText(
    'morning of 27 October 1917 O.S. (9 November N.S.)',
  );
  await expect(page.getByRole('region', { name: /Events of the day/ })).toContainText(
    '27 October 1917 O.S.',
  );
  await expect(timeline(page)).toContainText('27 Oct');
  await expect(mark(page, gatchina.id)).toHaveAccessibleName(/27 October 1917 O\.S\./);
  await snap(page, 'desktop-11-old-style');
  await page.getByRole('radio', { name: 'List' }).check();
  await expect(page.getByRole('table')).toContainText('27 October 1917 O.S.');
});

test('"Only what the page states" leaves only the stated events on the timeline and in the list, and a reload keeps it', async ({
  page,
}) => {
  const stated = bundled.events.filter((e) => e.date.basis === 'stated').map((e) => e.id);
  const narrative = bundled.events.filter((e) => e.date.basis !== 'historical');
  expect(stated.length).toBeGreaterThan(0);
  expect(stated.length).toBeLessThan(bundled.events.length);
  await page.goto('/');
  const basis = page.getByRole('group', { name: 'How the date is known' });
  await expect(basis.getByRole('radio', { name: /^All/ })).toBeChecked();
  await basis.getByRole('radio', { name: /^Only what the page states/ }).check();
  await expect(
    page.getByText(`${stated.length} of ${bundled.events.length} events shown`),
  ).toBeVisible();
  await expect(page).toHaveURL(/[?&]basis=stated(&|$)/);
  const onTimeline = timeline(page).locator('[data-event-id]');
  await expect(onTimeline).toHaveCount(stated.length);
  expect((await onTimeline.evaluateAll(ids)).sort()).toEqual([...stated].sort());
  await snap(page, 'desktop-12-only-stated');

  await page.reload();
  await expect(
    page.getByRole('group', { name: 'How the date is known' }).getByRole('radio', {
      name: /^Only what the page states/,
    }),
  ).toBeChecked();
  await page.getByRole('radio', { name: 'List' }).check();
  const rows = page.getByRole('table').locator('tbody [data-event-id]');
  await expect(rows).toHaveCount(stated.length);
  expect((await rows.evaluateAll(ids)).sort()).toEqual([...stated].sort());

  await page
    .getByRole('group', { name: 'How the date is known' })
    .getByRole('radio', { name: /^Stated or from the narrative/ })
    .check();
  await expect(page).toHaveURL(/[?&]basis=stated-or-narrative(&|$)/);
  await expect(rows).toHaveCount(narrative.length);
});

/** The event ids of the elements a locator found. */
const ids = (elements: Element[]) => elements.map((e) => e.getAttribute('data-event-id')!);
