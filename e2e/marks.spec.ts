/**
 * How the timeline draws what is known of a date, and how the details say it: a window
 * is not drawn as a duration, "Why this date" shows the chain that narrowed it and the
 * dates each source gives.
 */
import {
  details,
  eventById,
  expect,
  expectNoAxeViolations,
  mark,
  snap,
  test,
} from './support/explorer';

const around8November = 'from=1917-11-07T18:00&to=1917-11-09T18:00';

test('an instant known to a day is drawn as a window with its estimate, not as a duration', async ({
  page,
}) => {
  await page.goto(`/?${around8November}`);
  const leaving = mark(page, 'echelons-leave-ostrov');
  await expect(leaving).toHaveAttribute('data-glyph', 'window');
  await expect(leaving.locator('.estimate')).toHaveCount(1);
  await expect(leaving).toHaveAccessibleName(
    `${eventById('echelons-leave-ostrov').title}, at some time on 8 November 1917 (26 October O.S.); about 3 p.m. by other sources`,
  );
  await expect(mark(page, 'congress-opens')).toHaveAttribute('data-glyph', 'point');
  // The storming: begun by the Congress's opening, over by dawn: solid only in between.
  await expect(mark(page, 'winter-palace-invaded')).toHaveAttribute('data-glyph', 'uncertain-span');
  await expect(page.getByRole('list', { name: 'How a mark reads' })).toContainText(
    'At some moment between the brackets',
  );

  await page.getByRole('radio', { name: /Old Style/ }).check();
  await expect(leaving).toHaveAccessibleName(
    /at some time on 26 October 1917 O\.S\. \(8 November N\.S\.\); about 3 p\.m\./,
  );
});

test('"Why this date" shows the chain that narrowed the window, each event a link', async ({
  page,
}) => {
  // The telegram reports the occupation of Gatchina: it cannot come before it began.
  const telegram = eventById('krasnov-telegram');
  const [tightening] = telegram.date.tightenedBy;
  expect(tightening?.chain[0]?.kind, 'the telegram is narrowed by what it reports').toBe('reports');
  await page.goto(`/?event=${telegram.id}&${around8November}`);
  const chains = details(page, telegram.title).getByRole('list', {
    name: 'Narrowed by other events',
  });
  await expect(chains).toContainText('Happened no earlier than');
  await expect(chains).toContainText('(27 October O.S.)');
  await expect(chains).toContainText('reports');
  await expectNoAxeViolations(page, 'the details with a chain', { include: 'section.why' });
  await snap(page, 'marks-why-chain');
  const reported = eventById(tightening!.origin.event);
  await chains.getByRole('button', { name: reported.title }).click();
  await expect(page).toHaveURL(new RegExp(`event=${reported.id}`));
  await expect(details(page, reported.title)).toBeVisible();
});

test('readings are drawn above the mark and listed with their sources and notes', async ({
  page,
}) => {
  const gatchina = eventById('gatchina-occupied');
  const { readings } = gatchina.date;
  expect(readings.length, 'the audit records witnesses that disagree').toBeGreaterThan(1);
  await page.goto(`/?event=${gatchina.id}&${around8November}`);
  await expect(mark(page, gatchina.id)).toHaveAttribute('data-readings', String(readings.length));
  await expect(mark(page, gatchina.id).locator('.reading')).toHaveCount(readings.length);
  const list = page.getByRole('list', { name: 'The dates each source gives' });
  await expect(list.getByRole('listitem')).toHaveCount(readings.length);
  for (const [i, reading] of readings.entries()) {
    const item = list.getByRole('listitem').nth(i);
    await expect(item).toContainText(reading.citation.title);
    await expect(item).toContainText(/November 1917 \(\d+ October O\.S\.\)/);
  }
  await expect(page.locator('section.why')).toContainText(/Chosen: .*9 November 1917/);
  await expectNoAxeViolations(page, 'the details with readings', { include: 'section.why' });
  await page.getByRole('radio', { name: /Old Style/ }).check();
  await expect(list).toContainText('27 October 1917 O.S. (9 November N.S.)');
});
