/**
 * The workbench on a phone (390×844): the source is a bottom sheet, the selection's
 * action stands above it and can be pressed, the form comes up where it can be seen
 * and filled, nothing scrolls sideways, every target is at least 24 px, and the saved
 * event is drawn on the timeline. Touch selection cannot be driven here, so the words
 * are selected with a DOM Range, as a long press leaves them.
 */
import type { Page } from '@playwright/test';
import { expect, mark, scrollsSideways, snap, test } from '../support/explorer';
import { workbench } from './curator';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
// A curator's whole task, and a save that re-extracts events.json: slow on a loaded machine.
test.describe.configure({ timeout: 120_000 });

const WORDS = 'Unfortunately, each company would have had to cross an area held by other troops;';

/** Selects `words` of the reading text with a Range, as a long press and its handles would. */
async function selectByRange(page: Page, words: string): Promise<void> {
  const text = page.locator('.source .text.reading');
  await expect(text).toContainText(words);
  await text.evaluate((container, words) => {
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(words);
      if (at < 0) continue;
      node.parentElement!.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + words.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return;
    }
    throw new Error(`"${words}" is not in one text node`);
  }, words);
}

/** The workbench's targets under 24 px on a side; a box or a radio counts with its label. */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        '.workbench :is(button, input, select, textarea, a, summary)',
      ),
    ]
      .map((element) => element.closest('label') ?? element)
      .filter((target) => {
        const box = target.getBoundingClientRect();
        return box.width > 0 && (box.width < 24 || box.height < 24);
      })
      .map((target) => `${target.tagName} "${target.textContent?.trim().slice(0, 30)}"`),
  );
}

test('on a phone a curator makes an event from a passage of the source sheet, saves it, and sees it on the timeline', async ({
  page,
}) => {
  await page.goto('/');
  await workbench(page).getByRole('button', { name: 'Open the source page' }).click();
  const sheet = page.getByRole('dialog', { name: /^Stormy Passage, page 376/ });
  await expect(sheet).toBeVisible();
  await selectByRange(page, WORDS);

  // The action stands over the sheet, inside the screen, and takes the tap.
  const action = page.getByRole('button', { name: 'New event from this passage' });
  await expect(action).toBeInViewport();
  await snap(page, 'workbench-phone-selection');
  await action.tap();

  // The sheet makes way for the form, whose fields can be reached and filled.
  await expect(sheet).toBeHidden();
  const form = page.getByRole('form', { name: 'New event from this passage' });
  await expect(form.getByRole('textbox', { name: /^Passage/ })).toHaveValue(WORDS);
  await expect(form.getByRole('textbox', { name: /^Passage/ })).toBeFocused();
  expect(await scrollsSideways(page)).toBe(false);
  expect(await smallTargets(page)).toEqual([]);
  await form
    .getByRole('textbox', { name: 'Title', exact: true })
    .fill('Companies cannot cross held ground');
  await form
    .getByRole('textbox', { name: 'Summary' })
    .fill('No company could reach the railroad as a unit.');
  await form.getByRole('textbox', { name: 'Day or days (EDTF, Gregorian)' }).fill('1917-11-08');
  const rationale = form.getByRole('textbox', { name: 'Rationale: why it has this date' });
  await rationale.fill(
    'The paragraph follows the departure of the first echelons on {{1917-11-08}}.',
  );
  // A field being typed in is not hidden under the form's sticky Save bar.
  const covered = await rationale.evaluate((field) => {
    const box = field.getBoundingClientRect();
    const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return top !== field && !field.contains(top);
  });
  expect(covered).toBe(false);
  await expect(form.getByText('The extractor finds no problem.')).toBeVisible();
  await snap(page, 'workbench-phone-form');

  const save = form.getByRole('button', { name: 'Save event' });
  await expect(save).toBeInViewport();
  await save.tap();
  await expect(
    workbench(page)
      .getByRole('paragraph')
      .filter({ hasText: 'Saved “Companies cannot cross held ground”' }),
  ).toBeVisible();
  await expect(mark(page, 'companies-cannot-cross-held-ground')).toBeAttached();
  await expect(
    page.getByRole('dialog', { name: 'Companies cannot cross held ground' }),
  ).toBeVisible();
  expect(await scrollsSideways(page)).toBe(false);
});
