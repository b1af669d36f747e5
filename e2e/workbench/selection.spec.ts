/**
 * Selecting words in the source with the mouse, as a curator does: a drag that starts
 * inside an event's passage (a link) selects words, as one that starts on plain text
 * does, and a click on the passage still chooses its event.
 */
import { expect, test } from '../support/explorer';
import { selectWords, workbench } from './curator';

test('a drag that starts inside a passage selects the words to where it ends, and they make the new event', async ({
  page,
}) => {
  await page.goto('/');
  await workbench(page).getByRole('button', { name: 'Open the source page' }).click();
  // From inside "Both the Communist convention … called on the army for support." to the plain words after it.
  const passage = page.locator('.source .text.reading a.passage', {
    hasText: 'called on the army',
  });
  await expect(passage).toHaveAccessibleName(/^Both the Communist convention/);
  const words = 'army for support. The government was again out of the game';
  await selectWords(page, words);

  expect(await page.evaluate(() => getSelection()?.toString())).toBe(words);
  // The drag chose nothing and followed no link.
  await expect(page).not.toHaveURL(/event=/);
  await page.getByRole('button', { name: 'New event from this passage' }).click();
  const form = page.getByRole('form', { name: 'New event from this passage' });
  await expect(form.getByRole('textbox', { name: /^Passage/ })).toHaveValue(words);
});

test('a click on a passage still chooses its event, and Enter on it does too', async ({ page }) => {
  await page.goto('/');
  await workbench(page).getByRole('button', { name: 'Open the source page' }).click();
  const passage = page.locator('.source .text.reading a.passage', {
    hasText: 'called on the army',
  });
  await passage.click();
  await expect(page).toHaveURL(/event=both-sides-call-on-army/);
  await expect(passage).toHaveAttribute('aria-current', 'true');
  const other = page.locator('.source .text.reading a.passage', { hasText: 'I phoned to Krasnov' });
  await other.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/event=call-to-krasnov/);
  await expect(other).toHaveAttribute('aria-current', 'true');
});
