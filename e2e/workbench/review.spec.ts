/**
 * Anchors a hand edit moved: the reading rules changed on disk (as an editor or a
 * `git pull` would), the workbench, on load, queues the anchor whose passage now reads
 * otherwise; the curator confirms it as it now reads, and the review is saved.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, expectNoAxeViolations, test } from '../support/explorer';
import { workbench } from './curator';
import { CURATED_ROOT } from './project';

const files = [
  'sources/stormy-passage/reading-rules.json',
  'sources/stormy-passage/pages/376.json',
  'events.json',
].map((path) => join(CURATED_ROOT, path));
const [RULES, PAGE] = files as [string, string, string];
let originals: string[] = [];

test.beforeAll(() => {
  originals = files.map((file) => readFileSync(file, 'utf8'));
});
// The other specs curate the same copy: it is put back as it was, the record with it.
test.afterAll(() => files.forEach((file, i) => writeFileSync(file, originals[i]!)));

test('a correction taken out of the rules on disk queues the anchor it changes, on load; confirmed, it is saved', async ({
  page,
}) => {
  const rules = JSON.parse(readFileSync(RULES, 'utf8')) as { corrections: { ocr: string }[] };
  rules.corrections = rules.corrections.filter((c) => c.ocr !== 'Govemment');
  writeFileSync(RULES, `${JSON.stringify(rules, null, 2)}\n`);

  await page.goto('/');
  const review = workbench(page).getByRole('region', { name: /^Anchors to review/ });
  await expect(review.getByRole('heading')).toHaveText('Anchors to review (1)');
  const entry = review.getByRole('listitem');
  await expect(entry).toHaveAccessibleName(
    /^government-deposed: ".*Provisional Government was deposed\." \(at 269–394\) now reads ".*Provisional Govemment was deposed\." at 269–393 \(2 edits\)/,
  );
  await expectNoAxeViolations(page, 'the anchors to review', { include: '.anchor-review' });
  const save = review.getByRole('button', { name: 'Save the review' });
  await expect(save).toBeDisabled();
  await entry.getByRole('button', { name: 'Confirm the passage as it now reads' }).click();
  await expect(entry).toContainText('Will read: “This meeting declared');
  await save.click();

  await expect(review).toHaveCount(0);
  await expect(
    workbench(page).getByRole('paragraph').filter({ hasText: 'Saved the review of 1 anchor(s)' }),
  ).toBeVisible();
  const curated = JSON.parse(readFileSync(PAGE, 'utf8')) as {
    events: { id: string; anchor: string }[];
  };
  expect(curated.events.find((e) => e.id === 'government-deposed')?.anchor).toMatch(
    /Provisional Govemment was deposed\.$/,
  );
  // A reload finds nothing more to review.
  await page.reload();
  await expect(workbench(page).getByRole('heading', { name: 'Workbench' })).toBeVisible();
  await expect(workbench(page).getByRole('region', { name: /^Anchors to review/ })).toHaveCount(0);
});
