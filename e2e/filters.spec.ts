import { buildSearchIndex, searchEvents } from '../src/lib/search/eventSearch';
import { bundled, details, expect, gatchina, mark, snap, test, timeline } from './support/explorer';

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
  const onNinth = hits.filter(
    (e) => e.date.start < '1917-11-10' && e.date.end > '1917-11-09',
  ).length;
  await expect(page.getByRole('button', { name: /^Friday, 9 November 1917/ })).toHaveAccessibleName(
    new RegExp(`: ${onNinth} events?$`),
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
