import { bundled, dayButton, expect, test, touches } from './support/explorer';

const total = bundled.events.length;
const titlesOf = (events: typeof bundled.events) => events.map((e) => e.title).sort();
/** Kerensky's events: he is among their people. */
const withKerensky = bundled.events.filter((e) => e.people.includes('kerensky'));
/** What a search for him finds: his events, and those whose words name him. */
const namingKerensky = bundled.events.filter(
  (e) =>
    e.people.includes('kerensky') || /Kerensk/.test([e.title, e.summary, e.anchor.quote].join(' ')),
);
/** The events that touch 8 November 1917, 26 October in the Old Style. */
const onEighth = bundled.events.filter((e) => touches(e, '1917-11-08T00:00', '1917-11-09T00:00'));

test('a search by another spelling, the Russian name or the Old Style date lists the matching events with the matched words marked', async ({
  page,
}) => {
  await page.goto('/');
  const box = page.getByRole('searchbox', { name: /Search titles, summaries, quotes, names/ });
  await box.fill('Kerenski');
  await expect(page.getByText(`${namingKerensky.length} of ${total} events shown`)).toBeVisible();

  // The day's list: Kerensky's events of 8 November, his name marked in their titles.
  await dayButton(page, 'Thursday').click();
  const day = page.getByRole('region', { name: /Events of the day/ });
  const kerenskyOnEighth = namingKerensky.filter((e) => onEighth.includes(e));
  await expect(day.getByRole('listitem')).toHaveCount(kerenskyOnEighth.length);
  await expect(
    day
      .locator('mark')
      .filter({ hasText: /^Kerensky$/ })
      .first(),
  ).toBeVisible();

  // The list: every row Kerensky's, his name marked among the people.
  await page.getByRole('radio', { name: 'List' }).check();
  const rows = page.getByRole('table').getByRole('row');
  const rowTitles = async () =>
    (await page.getByRole('table').locator('tbody [data-event-id]').allTextContents()).sort();
  await expect(rows).toHaveCount(namingKerensky.length + 1);
  await expect.poll(rowTitles).toEqual(titlesOf(namingKerensky));
  // His name is marked among the people of his own events.
  await expect(
    page.getByRole('cell').locator('mark', { hasText: 'Alexander Kerensky' }),
  ).toHaveCount(withKerensky.length);

  // The Russian name is one of his names, not a word of the English texts: it finds his events.
  await box.fill('Керенский');
  await expect(rows).toHaveCount(withKerensky.length + 1);
  await expect(
    page
      .getByRole('table')
      .getByRole('button', { name: 'Kerensky asks to ride with the head echelons' })
      .locator('mark'),
  ).toHaveText('Kerensky');

  await box.fill('26 October');
  await expect(rows).toHaveCount(onEighth.length + 1);
  await expect.poll(rowTitles).toEqual(titlesOf(onEighth));
  // The date column marks the Old Style day wherever the event is of that one day.
  await expect(
    page.getByRole('cell').locator('mark', { hasText: '26 October' }).first(),
  ).toBeVisible();
  await expect(page).toHaveURL(/q=26\+October/);
});

test('the search box holds no more than the link keeps, and the link gives it back', async ({
  page,
}) => {
  await page.goto('/');
  const box = page.getByRole('searchbox', { name: /Search/ });
  await box.fill('x'.repeat(5400));
  await expect(box).toHaveValue('x'.repeat(200));
  await expect(page).toHaveURL(new RegExp(`[?&]q=x{200}(&|$)`));
  await page.reload();
  await expect(box).toHaveValue('x'.repeat(200));
  await expect(page.getByText(/the search beyond its first/)).toHaveCount(0);
});

test('a link with a search opens on the events it finds, marked', async ({ page }) => {
  await page.goto('/?view=list&q=%D0%9A%D0%B5%D1%80%D0%B5%D0%BD%D1%81%D0%BA%D0%B8%D0%B9');
  await expect(page.getByRole('searchbox', { name: /Search/ })).toHaveValue('Керенский');
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(withKerensky.length + 1);
  await expect(
    page.getByRole('cell').locator('mark', { hasText: 'Alexander Kerensky' }),
  ).toHaveCount(withKerensky.length);
});
