import {
  details,
  expect,
  expectNoAxeViolations,
  eventById,
  snap,
  test,
  waitForPanels,
} from './support/explorer';

/**
 * Dates written in prose (a summary, a person's role, a rationale) follow the calendar
 * switch, as the event's own date does: the curation marks them ({{1917-11-08}}) and the
 * app writes them in the chosen calendar with the other in brackets.
 */
const palace = eventById('winter-palace-invaded');
const joins = eventById('kerensky-joins-echelons');

test('a summary, a role and a rationale write their dates in the chosen calendar', async ({
  page,
}) => {
  await page.goto(`/?event=${palace.id}`);
  const panel = details(page, palace.title);
  const summary = panel.locator('.summary');
  const rationale = panel.getByRole('region', { name: 'Why this date' }).locator('.rationale');
  await expect(summary).toContainText('at 2:10 a.m. on 8 November 1917 (26 October O.S.), is');
  await expect(rationale).toContainText(
    'which began at 22:40 on 7 November 1917 (25 October O.S.) while',
  );
  // A day is a <time> with its Gregorian date, whichever calendar leads.
  await expect(summary.locator('time')).toHaveAttribute('datetime', '1917-11-08');

  await page.getByRole('radio', { name: /Old Style/ }).check();
  await expect(page).toHaveURL(/cal=os/);
  await expect(summary).toContainText('at 2:10 a.m. on 26 October 1917 O.S. (8 November N.S.), is');
  await expect(rationale).toContainText(
    'which began at 22:40 on 25 October 1917 O.S. (7 November N.S.) while',
  );
  await expect(summary.locator('time')).toHaveAttribute('datetime', '1917-11-08');
  await expect(panel).not.toContainText('{{');

  // Kerensky's role, in the details of an event with him and in the index.
  await page.goto(`/?event=${joins.id}&cal=os`);
  const role = details(page, joins.title)
    .getByRole('listitem')
    .filter({ hasText: 'Alexander Kerensky' });
  await expect(role).toContainText(
    'who left Petrograd for the front on 25 October 1917 O.S. (7 November N.S.)',
  );
  const index = page.locator('.entry[data-entry-id="kerensky"]');
  await expect(index).toContainText('on 25 October 1917 O.S. (7 November N.S.)');
  await snap(page, 'prose-dates-old-style');
  await waitForPanels(page);
  await expectNoAxeViolations(page, 'dates in prose in the Old Style');

  await page.getByRole('radio', { name: /New Style/ }).check();
  await expect(role).toContainText(
    'who left Petrograd for the front on 7 November 1917 (25 October O.S.)',
  );
  await expect(index).toContainText('on 7 November 1917 (25 October O.S.)');
});

test('the search finds a summary by its date as the Old Style writes it, and marks it', async ({
  page,
}) => {
  await page.goto('/?cal=os&view=list');
  await page.getByRole('searchbox', { name: /Search/ }).fill('"at 2:10 a.m. on 26 October"');
  const table = page.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.locator('.summary mark')).toHaveText(['at 2:10 a.m. on ', '26 October']);
});
