import { makeHostileFile, withBrokenEvents } from '../src/lib/events/fixtures/hostileEvents';
import {
  bundled,
  expect,
  expectNoAxeViolations,
  gatchina,
  serveEvents,
  sourcePanel,
  test,
  waitForPanels,
} from './support/explorer';

/**
 * The states of the explorer a reader reaches from a link: the default page, an event
 * chosen, its source open, the Old Style calendar leading, and the list view. Each is
 * checked whole (the map and the index included) in the light theme and the dark.
 */
const states = [
  { name: 'the default page', path: '/' },
  { name: 'an event chosen', path: `/?event=${gatchina.id}` },
  { name: 'the source open', path: `/?event=${gatchina.id}&source=reading` },
  { name: 'the Old Style calendar', path: `/?event=${gatchina.id}&source=reading&cal=os` },
  { name: 'the list view', path: `/?view=list&event=${gatchina.id}` },
];

test.describe('axe finds no violations', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const state of states) {
      test(`with ${state.name}, in the ${colorScheme} theme`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(state.path);
        await waitForPanels(page);
        await expectNoAxeViolations(page, `${state.name} (${colorScheme})`);
      });
    }
  }

  test('in the dark theme chosen with the header switch, with the source open', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`/?event=${gatchina.id}&source=reading`);
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await waitForPanels(page);
    await expectNoAxeViolations(page, 'dark by the switch');
  });

  test('with details open', async ({ page }) => {
    await page.goto(`/?event=${gatchina.id}&from=1917-11-09T00:00&to=1917-11-10T00:00`);
    await expect(page.getByRole('heading', { level: 2, name: gatchina.title })).toBeVisible();
    await waitForPanels(page);
    await expectNoAxeViolations(page, 'details open');
  });

  test('with the source in raw text', async ({ page }) => {
    await page.goto(`/?event=${gatchina.id}&source=reading`);
    await expect(sourcePanel(page)).toBeVisible();
    await sourcePanel(page).getByRole('switch').check();
    await waitForPanels(page);
    await expectNoAxeViolations(page, 'raw source open');
  });

  test('with filters and an empty result', async ({ page }) => {
    await page.goto('/?person=krasnov&type=movement');
    await expectNoAxeViolations(page, 'filters');
    await page.getByRole('searchbox').fill('zeppelin');
    await expect(page.getByText('No events match “zeppelin”.')).toBeVisible();
    await expectNoAxeViolations(page, 'no matches');
  });

  test('in the list view with the Old Style calendar', async ({ page }) => {
    await page.goto(`/?view=list&cal=os&event=${gatchina.id}`);
    await waitForPanels(page);
    await expectNoAxeViolations(page, 'list view, Old Style');
  });

  test('on the error page with schema details', async ({ page }) => {
    await serveEvents(page, { ...bundled, lanes: 'none' });
    await expect(page.getByRole('alert')).toHaveCount(0);
    await page.goto('/');
    await expect(page.getByRole('alert')).toContainText('does not match its format');
    await expectNoAxeViolations(page, 'error page');
  });

  test('with the notice of left-out events open and the note about the link', async ({ page }) => {
    await serveEvents(page, withBrokenEvents(makeHostileFile()));
    await page.goto('/?event=no-such-event');
    await page.getByText('What is wrong, event by event').click();
    await expect(page.getByRole('status').filter({ hasText: 'Part of the link' })).toBeVisible();
    await expectNoAxeViolations(page, 'data problems and link note');
  });

  test('with no events to show', async ({ page }) => {
    await serveEvents(page, { ...bundled, events: [] });
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'No events to show' })).toBeVisible();
    await expectNoAxeViolations(page, 'no events');
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

    for (const colorScheme of ['light', 'dark'] as const) {
      test(`with the source sheet open, in the ${colorScheme} theme`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto('/');
        await waitForPanels(page);
        await expectNoAxeViolations(page, `phone (${colorScheme})`);
        await page.goto(`/?event=${gatchina.id}&source=reading`);
        await expect(page.getByRole('dialog', { name: /Stormy Passage/ })).toBeVisible();
        await expectNoAxeViolations(page, `phone sheet (${colorScheme})`);
      });
    }
  });
});
