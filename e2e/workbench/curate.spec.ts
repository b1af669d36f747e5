/**
 * The workbench as a curator uses it, in Chromium against the real `npm run curate`:
 * words selected in the source become an event that is saved into the page's
 * curation file and drawn on the timeline; the extractor's problems show beside
 * their fields as one types; a save based on a file changed on disk meets a
 * conflict, writes nothing, and is resolved onto the file as it is now.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, mark, snap, test } from '../support/explorer';
import { CURATED_ROOT } from './project';

const PAGE_FILE = join(CURATED_ROOT, 'sources/stormy-passage/pages/376.json');

function pageFile(): { events: { id: string; anchor: string }[]; provenance: string } {
  return JSON.parse(readFileSync(PAGE_FILE, 'utf8')) as ReturnType<typeof pageFile>;
}

function workbench(page: Page) {
  return page.getByRole('region', { name: 'Workbench' });
}

/** Drags the mouse over `words` in the source's reading text, as a curator selects them. */
async function selectWords(page: Page, words: string): Promise<void> {
  const text = page.locator('.source .text.reading');
  await expect(text).toContainText(words);
  const ends = await text.evaluate((container, words) => {
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(words);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + words.length);
      // The words to the top of the text box, where the mouse can reach them.
      container.scrollTop +=
        range.getBoundingClientRect().top - container.getBoundingClientRect().top - 40;
      const rects = range.getClientRects();
      const first = rects[0]!;
      const last = rects[rects.length - 1]!;
      return {
        from: { x: first.left + 1, y: first.top + first.height / 2 },
        to: { x: last.right - 1, y: last.top + last.height / 2 },
      };
    }
    throw new Error(`"${words}" is not in one text node of the reading text`);
  }, words);
  await page.mouse.move(ends.from.x, ends.from.y);
  await page.mouse.down();
  await page.mouse.move(ends.to.x, ends.to.y, { steps: 10 });
  await page.mouse.up();
}

/** Opens the workbench's form on `words`, from a selection in the source. */
async function startEvent(page: Page, words: string): Promise<void> {
  await page.goto('/');
  await workbench(page).getByRole('button', { name: 'Open the source page' }).click();
  await selectWords(page, words);
  await page.getByRole('button', { name: 'New event from this passage' }).click();
  await expect(page.getByRole('form', { name: 'New event from this passage' })).toBeVisible();
}

async function fillEvent(page: Page, title: string): Promise<void> {
  const form = page.getByRole('form', { name: 'New event from this passage' });
  await form.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
  await form.getByRole('textbox', { name: 'Summary' }).fill('Some soldiers still side with us.');
  await form.getByRole('textbox', { name: 'Day or days (EDTF, Gregorian)' }).fill('1917-11-08');
  await form
    .getByRole('textbox', { name: 'Rationale: why it has this date' })
    .fill('The paragraph follows the departure of the first echelons on {{1917-11-08}}.');
}

// The tests save into the same files in turn; each is a curator's whole task, slow on a loaded machine.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

test('a curator makes an event from a selected passage and it appears on the timeline', async ({
  page,
}) => {
  await startEvent(page, 'We still had friends in the ranks.');
  const form = page.getByRole('form', { name: 'New event from this passage' });
  await expect(form.getByRole('textbox', { name: /^Passage/ })).toHaveValue(
    'We still had friends in the ranks.',
  );
  // The anchor's place in the reading text, as the extractor will record it.
  await expect(form.getByText(/^Characters \d+–\d+ of the reading text/)).toBeVisible();

  // A day that does not exist: the extractor's own words, beside the date.
  await fillEvent(page, 'Friends remain in the ranks');
  const edtf = form.getByRole('textbox', { name: 'Day or days (EDTF, Gregorian)' });
  await edtf.fill('1917-11-31');
  await expect(edtf).toHaveAccessibleDescription(/1917-11-31.*not a date/);
  await snap(page, 'workbench-problem');
  await edtf.fill('1917-11-08');
  await expect(form.getByText('The extractor finds no problem.')).toBeVisible();
  await expect(edtf).not.toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, 'the workbench form', { include: '.workbench' });

  await form.getByRole('button', { name: 'Save event' }).click();
  const panel = workbench(page);
  const saved = panel
    .getByRole('paragraph')
    .filter({ hasText: 'Saved “Friends remain in the ranks”' });
  await expect(saved).toContainText('events.json was extracted again');
  // The diff of what was written: the new event, and nothing removed.
  const diff = panel.getByLabel(/^The diff of sources\/stormy-passage\/pages\/376\.json/);
  await expect(diff).toContainText('+      "id": "friends-remain-in-the-ranks",');
  await expect(diff.locator('.removed')).toHaveCount(0);

  // On the timeline in place (no reload), chosen, and in the curation file on disk.
  await expect(mark(page, 'friends-remain-in-the-ranks')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Friends remain in the ranks' })).toBeVisible();
  expect(pageFile().events.at(-1)).toMatchObject({
    id: 'friends-remain-in-the-ranks',
    anchor: 'We still had friends in the ranks.',
  });
  await snap(page, 'workbench-saved');
});

test.describe('a conflict', () => {
  // The browser logs the refused save's 409 as an error; here it is the point.
  test.use({ expectedConsoleErrors: [/status of 409 \(Conflict\)/] });

  test('a save based on a file changed on disk meets a conflict and is resolved onto it', async ({
    page,
  }) => {
    await startEvent(page, 'The men had to travel inconspicuously, in small groups.');
    await fillEvent(page, 'Men travel in small groups');

    // Meanwhile an editor (or a git pull) changes the same file.
    const edited = readFileSync(PAGE_FILE, 'utf8').replace(
      '"provenance": "',
      '"provenance": "Checked against the scan. ',
    );
    writeFileSync(PAGE_FILE, edited);

    const form = page.getByRole('form', { name: 'New event from this passage' });
    await form.getByRole('button', { name: 'Save event' }).click();
    const conflict = page
      .getByRole('alert')
      .filter({ hasText: 'Not saved: the file changed on disk' });
    await expect(conflict).toBeVisible();
    await expect(conflict.locator('pre.diff')).toContainText('Checked against the scan.');
    // Nothing was written: the file is the editor's.
    expect(readFileSync(PAGE_FILE, 'utf8')).toBe(edited);
    await snap(page, 'workbench-conflict');
    await expectNoAxeViolations(page, 'the workbench conflict', { include: '.workbench' });

    await conflict.getByRole('button', { name: 'Add my event to the file as it is now' }).click();
    await expect(
      workbench(page)
        .getByRole('paragraph')
        .filter({ hasText: 'Saved “Men travel in small groups”' }),
    ).toBeVisible();
    const saved = pageFile();
    expect(saved.provenance).toMatch(/^Checked against the scan\. /);
    expect(saved.events.at(-1)?.id).toBe('men-travel-in-small-groups');
    await expect(mark(page, 'men-travel-in-small-groups')).toBeVisible();
  });
});
