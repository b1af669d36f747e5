import { makeHostileFile, withBrokenEvents } from '../src/lib/events/fixtures/hostileEvents';
import {
  bundled,
  expect,
  expectNoAxeViolations,
  gatchina,
  serveEvents,
  sourcePanel,
  test,
} from './support/explorer';

test.describe('axe finds no violations', () => {
  test('with the timeline', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('figure', { name: /timeline/i })).toBeVisible();
    await expectNoAxeViolations(page, 'the timeline');
  });

  test('with details open', async ({ page }) => {
    await page.goto(`/?event=${gatchina.id}&from=1917-11-09T00:00&to=1917-11-10T00:00`);
    await expect(page.getByRole('heading', { level: 2, name: gatchina.title })).toBeVisible();
    await expectNoAxeViolations(page, 'details open');
  });

  test('with the source open, in reading and raw text', async ({ page }) => {
    await page.goto(`/?event=${gatchina.id}&source=reading`);
    await expect(sourcePanel(page)).toBeVisible();
    await expectNoAxeViolations(page, 'source open');
    await sourcePanel(page).getByRole('switch').check();
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
    await expectNoAxeViolations(page, 'list view');
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

    test('with the source sheet open', async ({ page }) => {
      await page.goto('/');
      await expectNoAxeViolations(page, 'phone');
      await page.goto(`/?event=${gatchina.id}&source=reading`);
      await expect(page.getByRole('dialog', { name: /Stormy Passage/ })).toBeVisible();
      await expectNoAxeViolations(page, 'phone sheet');
    });
  });
});
