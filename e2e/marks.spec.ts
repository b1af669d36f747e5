/**
 * How the timeline draws what is known of a date, and how the details say it: a window
 * is not drawn as a duration, "Why this date" shows the chain that narrowed it and the
 * sources that date it otherwise.
 */
import type { EventsFile } from '../src/lib/events/types';
import {
  bundled,
  details,
  eventById,
  expect,
  expectNoAxeViolations,
  mark,
  serveEvents,
  snap,
  test,
} from './support/explorer';

const around8November = 'from=1917-11-07T18:00&to=1917-11-09T18:00';

/** The bundled file with two witnesses that disagree on when Gatchina was occupied. */
function withReadings(): EventsFile {
  const file = structuredClone(bundled);
  const gatchina = file.events.find((e) => e.id === 'gatchina-occupied')!;
  // Span windows, as the extractor resolves a reading with the event's shape.
  const window = (start: [string, string], end: [string, string]) => ({
    start: { earliest: start[0], latest: start[1] },
    end: { earliest: end[0], latest: end[1] },
  });
  gatchina.date.readings = [
    {
      edtf: '1917-11-09',
      partOfDay: 'night',
      note: 'during the night',
      citation: { title: 'John Reed, Ten Days That Shook the World' },
      window: window(
        ['1917-11-09T00:00', '1917-11-09T05:59'],
        ['1917-11-09T00:00', '1917-11-09T06:00'],
      ),
    },
    {
      edtf: '1917-11-09',
      time: '11:10',
      note: 'reported at 11:10',
      citation: { title: 'Military Revolutionary Committee, log' },
      window: window(
        ['1917-11-09T11:10', '1917-11-09T11:10'],
        ['1917-11-09T11:10', '1917-11-09T11:10'],
      ),
    },
  ];
  return file;
}

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
  await page.goto(`/?event=both-sides-call-on-army&${around8November}`);
  const panel = details(page, eventById('both-sides-call-on-army').title);
  const chains = panel.getByRole('list', { name: 'Narrowed by other events' });
  await expect(chains).toContainText(
    'Begins no earlier than 22:40 on 7 November 1917 (25 October O.S.)',
  );
  await expect(chains).toContainText('came after');
  await expectNoAxeViolations(page, 'the details with a chain', { include: 'section.why' });
  await snap(page, 'marks-why-chain');
  const congress = eventById('congress-opens');
  await chains.getByRole('button', { name: congress.title }).click();
  await expect(page).toHaveURL(/event=congress-opens/);
  await expect(details(page, congress.title)).toBeVisible();
});

test('readings are drawn above the mark and listed with their dates in both calendars', async ({
  page,
}) => {
  await serveEvents(page, withReadings());
  await page.goto(`/?event=gatchina-occupied&${around8November}`);
  await expect(mark(page, 'gatchina-occupied')).toHaveAttribute('data-readings', '2');
  await expect(mark(page, 'gatchina-occupied').locator('.reading')).toHaveCount(2);
  const readings = page.getByRole('list', { name: 'Sources that date it otherwise' });
  await expect(readings.getByRole('listitem')).toHaveText([
    /Reed.*within the early hours of 9 November 1917 \(27 October O\.S\.\).*during the night/,
    /log.*at 11:10 on 9 November 1917 \(27 October O\.S\.\).*reported at 11:10/,
  ]);
  await expect(page.locator('section.why')).toContainText(
    'Chosen: within the morning of 9 November 1917 (27 October O.S.)',
  );
  await expectNoAxeViolations(page, 'the details with readings', { include: 'section.why' });
  await page.getByRole('radio', { name: /Old Style/ }).check();
  await expect(readings).toContainText('at 11:10 on 27 October 1917 O.S. (9 November N.S.)');
});
