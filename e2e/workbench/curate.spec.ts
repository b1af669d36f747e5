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
import { selectWords, startEvent, workbench } from './curator';
import { CURATED_ROOT } from './project';

const PAGE_FILE = join(CURATED_ROOT, 'sources/stormy-passage/pages/376.json');

function pageFile(): {
  events: { id: string; anchor: string; title?: string }[];
  provenance: string;
} {
  return JSON.parse(readFileSync(PAGE_FILE, 'utf8')) as ReturnType<typeof pageFile>;
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

  // The tagger's proposal fills the date: the day stated before the passage.
  await expect(form.getByRole('group', { name: /^The tagger proposes/ })).toHaveText(
    'The tagger proposes 1917-11-08, stated: from “On November 8” before it.',
  );
  const edtf = form.getByRole('textbox', { name: 'Day or days (EDTF, Gregorian)' });
  await expect(edtf).toHaveValue('1917-11-08');
  await expect(form.getByRole('radio', { name: /^stated/ })).toBeChecked();
  // Read back in words in both calendars, as the extractor resolves it.
  await expect(edtf).toHaveAccessibleDescription(
    /Reads: at some time on 8 November 1917 \(26 October O\.S\.\)\. Old Style: at some time on 26 October 1917 O\.S\. \(8 November N\.S\.\)\./,
  );
  await form.getByRole('radio', { name: 'A part of the day' }).check();
  await form.getByRole('combobox', { name: 'Part of the day' }).selectOption('evening');
  await expect(edtf).toHaveAccessibleDescription(
    /Reads: in the evening of 8 November 1917 \(26 October O\.S\.\)\. Old Style: in the evening of 26 October 1917 O\.S\./,
  );
  await form.getByRole('button', { name: 'Use the proposed date' }).click();
  await expect(form.getByRole('radio', { name: 'The day only' })).toBeChecked();

  // A day that does not exist: the extractor's own words, beside the date.
  await fillEvent(page, 'Friends remain in the ranks');
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

/** Opens the app with an event chosen, as a link to it does. */
async function chooseEvent(page: Page, id: string): Promise<void> {
  await page.goto(`/?event=${id}`);
  await expect(workbench(page).getByRole('group', { name: 'The chosen event' })).toBeVisible();
}

test('a curator edits an event: the form holds it as its file does, and the save replaces it in place', async ({
  page,
}) => {
  const before = pageFile().events;
  const at = before.findIndex((e) => e.id === 'friends-remain-in-the-ranks');
  expect(at).toBeGreaterThanOrEqual(0);
  await chooseEvent(page, 'friends-remain-in-the-ranks');
  await workbench(page).getByRole('button', { name: 'Edit this event' }).click();
  const form = page.getByRole('form', { name: 'Edit the event' });
  const title = form.getByRole('textbox', { name: 'Title', exact: true });
  await expect(title).toBeFocused();
  await expect(title).toHaveValue('Friends remain in the ranks');
  await expect(form.getByRole('textbox', { name: 'Day or days (EDTF, Gregorian)' })).toHaveValue(
    '1917-11-08',
  );
  await title.fill('Friends still in the ranks');
  await expect(form.getByText('The extractor finds no problem.')).toBeVisible();
  await form.getByRole('button', { name: 'Save event' }).click();

  const diff = workbench(page).getByLabel(/^The diff of sources\/stormy-passage\/pages\/376\.json/);
  await expect(diff).toContainText('-      "title": "Friends remain in the ranks",');
  await expect(diff).toContainText('+      "title": "Friends still in the ranks",');
  // The id stays (links to it still work), and the event keeps its place in the file.
  const after = pageFile().events;
  expect(after).toHaveLength(before.length);
  expect(after[at]).toMatchObject({
    id: 'friends-remain-in-the-ranks',
    title: 'Friends still in the ranks',
  });
  await expect(page.getByRole('region', { name: 'Friends still in the ranks' })).toBeVisible();
});

test.describe('a refused deletion', () => {
  // The browser logs the refused save's 422 as an error; here it is the point.
  test.use({ expectedConsoleErrors: [/status of 422/] });

  test('deleting an event other events depend on is refused with the extractor’s words', async ({
    page,
  }) => {
    const before = readFileSync(PAGE_FILE, 'utf8');
    await chooseEvent(page, 'echelons-leave-ostrov');
    await workbench(page).getByRole('button', { name: 'Delete this event…' }).click();
    await workbench(page).getByRole('button', { name: 'Delete it' }).click();
    const refused = workbench(page).getByRole('alert').filter({ hasText: 'Not done' });
    await expect(refused).toContainText('nothing was written');
    await expect(refused).toContainText('echelons-leave-ostrov');
    expect(readFileSync(PAGE_FILE, 'utf8')).toBe(before);
  });
});

test('a curator deletes an event, after saying yes, and it leaves the file and the timeline', async ({
  page,
}) => {
  await chooseEvent(page, 'friends-remain-in-the-ranks');
  const panel = workbench(page);
  await panel.getByRole('button', { name: 'Delete this event…' }).click();
  await panel.getByRole('button', { name: 'Keep it' }).click();
  expect(pageFile().events.map((e) => e.id)).toContain('friends-remain-in-the-ranks');
  await panel.getByRole('button', { name: 'Delete this event…' }).click();
  await panel.getByRole('button', { name: 'Delete it' }).click();
  await expect(
    panel.getByRole('paragraph').filter({ hasText: 'Deleted “Friends still in the ranks”' }),
  ).toBeVisible();
  await expect(
    panel
      .getByLabel(/^The diff of/)
      .locator('.removed')
      .first(),
  ).toBeVisible();
  expect(pageFile().events.map((e) => e.id)).not.toContain('friends-remain-in-the-ranks');
  await expect(mark(page, 'friends-remain-in-the-ranks')).toHaveCount(0);
});

test('a relation’s event is picked on the timeline: the mark chosen becomes its target, nothing is selected', async ({
  page,
}) => {
  await chooseEvent(page, 'telegrams-from-other-fronts');
  await workbench(page).getByRole('button', { name: 'Edit this event' }).click();
  const form = page.getByRole('form', { name: 'Edit the event' });
  const relations = form.getByRole('group', { name: 'Relations' });
  const count = await relations.getByRole('combobox', { name: 'the event' }).count();
  await relations.getByRole('button', { name: 'Add a relation' }).click();
  const target = form.locator(`#wb-relation-${count}-event`);
  await form.locator(`#wb-relation-${count}-kind`).selectOption('after');
  await relations
    .getByRole('button', { name: `Pick relation ${count + 1} on the timeline` })
    .click();
  await expect(relations.getByRole('status')).toContainText('Click the related event’s mark');

  await mark(page, 'echelons-leave-ostrov').click();
  await expect(target).toHaveValue('echelons-leave-ostrov');
  await expect(target).toBeFocused();
  // The mark was picked, not chosen: the details still show the event being edited.
  await expect(page).toHaveURL(/event=telegrams-from-other-fronts/);
  await expect(form.getByText('The extractor finds no problem.')).toBeVisible();
  await form.getByRole('button', { name: 'Save event' }).click();
  await expect(workbench(page).getByRole('paragraph').filter({ hasText: 'Saved “' })).toBeVisible();
  const saved = pageFile().events.find((e) => e.id === 'telegrams-from-other-fronts') as {
    relations?: { kind: string; event: string }[];
  };
  expect(saved.relations).toContainEqual({ kind: 'after', event: 'echelons-leave-ostrov' });
});

test('the to-do list offers what no event covers: one click starts an event, “not an event” keeps a reason', async ({
  page,
}) => {
  await page.goto('/');
  const todo = workbench(page).getByRole('region', { name: /^To do/ });
  // Closed at first, so the source keeps its room.
  await todo.getByText(/^To do/).click();
  const item = todo
    .getByRole('listitem')
    .filter({ hasText: 'The politically alert and patriotic' });
  await expect(item).toContainText('Names: Petrograd.');
  await expect(item).toContainText('p. 376');

  await item.getByRole('button', { name: 'New event' }).click();
  const form = page.getByRole('form', { name: 'New event from this passage' });
  await expect(form.getByRole('textbox', { name: /^Passage/ })).toHaveValue(
    /^The politically alert and patriotic elements in the army realized that/,
  );
  await expect(form.getByRole('textbox', { name: 'Title', exact: true })).toBeFocused();
  await expect(form.getByRole('checkbox', { name: 'Petrograd' })).toBeChecked();
  await form.getByRole('button', { name: 'Cancel' }).click();

  await item.getByRole('button', { name: 'Not an event…' }).click();
  await item
    .getByRole('textbox', { name: 'Why it is not an event' })
    .fill('A judgement of the army’s mood, not a happening.');
  await expectNoAxeViolations(page, 'the to-do list', { include: '.workbench' });
  await item.getByRole('button', { name: 'Keep as not an event' }).click();
  await expect(todo).toContainText('Every date expression and happening of the text is covered');
  const kept = (JSON.parse(readFileSync(PAGE_FILE, 'utf8')) as { notEvents?: unknown[] }).notEvents;
  expect(kept).toEqual([
    {
      passage: expect.stringMatching(/^The politically alert and patriotic elements/),
      reason: 'A judgement of the army’s mood, not a happening.',
    },
  ]);
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

    await conflict
      .getByRole('button', { name: 'Apply my change to the file as it is now' })
      .click();
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

  /** Opens the edit form on an event, then lets "an editor" change the file's provenance. */
  async function editMeetingAnEditor(page: Page, id: string, title: string) {
    await chooseEvent(page, id);
    await workbench(page).getByRole('button', { name: 'Edit this event' }).click();
    const form = page.getByRole('form', { name: 'Edit the event' });
    await form.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
    const theirs = readFileSync(PAGE_FILE, 'utf8').replace(
      /"provenance": "[^"]*"/,
      '"provenance": "Theirs: read again from the scan."',
    );
    writeFileSync(PAGE_FILE, theirs);
    await form.getByRole('button', { name: 'Save event' }).click();
    const conflict = page
      .getByRole('alert')
      .filter({ hasText: 'Not saved: the file changed on disk' });
    await expect(conflict.locator('pre.diff')).toContainText('Theirs: read again from the scan.');
    await expect(conflict.locator('pre.diff')).toContainText(title);
    expect(readFileSync(PAGE_FILE, 'utf8')).toBe(theirs);
    return conflict;
  }

  test('keep mine over theirs writes the curator’s version, as the diff showed', async ({
    page,
  }) => {
    const conflict = await editMeetingAnEditor(
      page,
      'men-travel-in-small-groups',
      'Men go in small groups',
    );
    await conflict.getByRole('button', { name: 'Keep mine over theirs' }).click();
    await expect(
      workbench(page).getByRole('paragraph').filter({ hasText: 'Saved “Men go in small groups”' }),
    ).toBeVisible();
    const saved = pageFile();
    expect(saved.provenance).not.toContain('Theirs');
    expect(saved.events.find((e) => e.id === 'men-travel-in-small-groups')).toMatchObject({
      title: 'Men go in small groups',
    });
  });

  test('reload theirs drops the curator’s change and keeps the file as it is on disk', async ({
    page,
  }) => {
    const conflict = await editMeetingAnEditor(
      page,
      'men-travel-in-small-groups',
      'Not to be kept',
    );
    const theirs = readFileSync(PAGE_FILE, 'utf8');
    await conflict.getByRole('button', { name: 'Reload theirs, drop my change' }).click();
    await expect(page.getByRole('form', { name: 'Edit the event' })).toHaveCount(0);
    await expect(workbench(page).getByText(/Your change was dropped/)).toBeAttached();
    expect(readFileSync(PAGE_FILE, 'utf8')).toBe(theirs);
  });
});

test('an OCR correction from the raw text: the anchor it edits is queued, confirmed, and saved with it (a made-up correction, on a copy)', async ({
  page,
}) => {
  const RULES = join(CURATED_ROOT, 'sources/stormy-passage/reading-rules.json');
  await page.goto('/');
  await workbench(page).getByRole('button', { name: 'Open the source page' }).click();
  await page.getByRole('switch', { name: 'Raw OCR text' }).check();
  // From the plain words before a passage into it (a drag cannot start on a passage's link).
  await selectWords(page, ', a meeting', 'raw');
  await page.getByRole('button', { name: 'Correct the OCR…' }).click();
  const form = page.getByRole('form', { name: 'OCR correction' });
  await expect(form.getByRole('textbox', { name: /^The OCR reads/ })).toHaveValue(', a meeting');
  const print = form.getByRole('textbox', { name: 'The print reads' });
  await expect(print).toBeFocused();
  await print.fill(', a session');
  await form
    .getByRole('textbox', { name: /^Note/ })
    .fill('A test: the words as another printing has them');
  await form.getByRole('button', { name: 'Preview its effect on the anchors' }).click();

  const review = form.getByRole('region', { name: 'Anchors found again' });
  await expect(review).toContainText('to review');
  const entry = review.getByRole('listitem').filter({ hasText: 'congress-opens' });
  await expect(entry).toContainText('now reads "a session opened at the Smolny');
  const save = review.getByRole('button', { name: 'Save the correction' });
  // Nothing is saved while an anchor waits for the curator.
  await expect(save).toBeDisabled();
  await expectNoAxeViolations(page, 'the review queue', { include: '.workbench' });
  await entry.getByRole('button', { name: 'Confirm the passage as it now reads' }).click();
  await expect(entry).toContainText('Will read: “a session opened at the Smolny');
  await save.click();

  const saved = workbench(page).getByRole('paragraph').filter({ hasText: 'Saved the correction' });
  await expect(saved).toBeVisible();
  const rules = JSON.parse(readFileSync(RULES, 'utf8')) as { corrections: { ocr: string }[] };
  expect(rules.corrections.at(-1)).toEqual({
    ocr: ', a meeting',
    reading: ', a session',
    note: 'A test: the words as another printing has them',
  });
  expect(pageFile().events.find((e) => e.id === 'congress-opens')?.anchor).toMatch(
    /^a session opened at the Smolny/,
  );
  // The text in the page reads as corrected, with the passage still marked.
  await page.getByRole('switch', { name: 'Raw OCR text' }).uncheck();
  await expect(page.locator('.source .text.reading')).toContainText(
    'While the crowd was invading the Winter Palace, a session opened at the Smolny',
  );
});

test.describe('people and places', () => {
  // The browser logs the refused save's 422 as an error; here it is part of the point.
  test.use({ expectedConsoleErrors: [/status of 422/] });

  test('a place is made from a selected name: coordinates by a click on the map, a Wikidata record', async ({
    page,
  }) => {
    const PLACES = join(CURATED_ROOT, 'curation/places.json');
    await page.goto('/');
    await workbench(page).getByRole('button', { name: 'Open the source page' }).click();
    // The plain words of a sentence no event tells (a drag cannot start on a passage's link).
    await selectWords(page, 'Russia', 'reading', 'a disaster for ');
    await page.getByRole('button', { name: 'New person or place…' }).click();
    const form = page.getByRole('form', { name: 'New person or place' });
    await expect(form.getByRole('textbox', { name: 'Name' })).toBeFocused();
    await expect(form.getByRole('textbox', { name: /^As the page writes it/ })).toHaveValue(
      'Russia',
    );
    await form.getByRole('combobox', { name: 'Kind of place' }).selectOption('region');

    const map = form.getByTestId('coordinate-picker');
    const box = (await map.boundingBox())!;
    await map.click({ position: { x: box.width * 0.6, y: box.height * 0.7 } });
    const lon = Number(
      await form.getByRole('textbox', { name: 'Longitude (° east)' }).inputValue(),
    );
    const lat = Number(
      await form.getByRole('textbox', { name: 'Latitude (° north)' }).inputValue(),
    );
    // Somewhere in the north-west of Russia, where the map's places are.
    expect(lon).toBeGreaterThan(25);
    expect(lon).toBeLessThan(36);
    expect(lat).toBeGreaterThan(55);
    expect(lat).toBeLessThan(62);
    await form
      .getByRole('textbox', { name: 'Where the coordinates come from' })
      .fill('A test click');
    await form.getByRole('combobox', { name: 'Register' }).selectOption('wikidata');
    await form.getByRole('textbox', { name: 'Wikidata id' }).fill('Q159');
    await form.getByRole('textbox', { name: 'Its label' }).fill('Russia');
    await form.getByRole('textbox', { name: 'Looked up on' }).fill('2026-12-01');
    await expectNoAxeViolations(page, 'the place form', { include: '.workbench' });
    await form.getByRole('button', { name: 'Add the place' }).click();

    await expect(
      workbench(page).getByRole('paragraph').filter({ hasText: 'Added the place “Russia”' }),
    ).toBeVisible();
    const places = (JSON.parse(readFileSync(PLACES, 'utf8')) as { places: { id: string }[] })
      .places;
    expect(places.at(-1)).toEqual({
      id: 'russia',
      name: 'Russia',
      kind: 'region',
      coordinates: [lon, lat],
      coordinatesSource: { title: 'A test click' },
      aliases: ['Russia'],
      authority: { source: 'wikidata', id: 'Q159', label: 'Russia', retrieved: '2026-12-01' },
    });
  });

  test('a person is made from a selected name; one whose id is taken is refused in the extractor’s words', async ({
    page,
  }) => {
    const PEOPLE = join(CURATED_ROOT, 'curation/people.json');
    const before = readFileSync(PEOPLE, 'utf8');
    await page.goto('/');
    await workbench(page).getByRole('button', { name: 'Open the source page' }).click();
    await selectWords(page, 'the army', 'reading', 'patriotic elements in ');
    await page.getByRole('button', { name: 'New person or place…' }).click();
    const form = page.getByRole('form', { name: 'New person or place' });
    await form.getByRole('radio', { name: 'a person' }).check();
    await form.getByRole('textbox', { name: 'Name' }).fill('The army at the front');
    await form.getByRole('textbox', { name: 'Id' }).fill('krasnov');
    await form
      .getByRole('textbox', { name: 'Role in November 1917' })
      .fill('The soldiers of the Northern Front, as one actor');
    await form.getByRole('button', { name: 'Add the person' }).click();
    await expect(form.getByRole('alert')).toContainText('krasnov');
    expect(readFileSync(PEOPLE, 'utf8')).toBe(before);

    await form.getByRole('textbox', { name: 'Id' }).fill('the-army');
    await form.getByRole('button', { name: 'Add the person' }).click();
    await expect(
      workbench(page)
        .getByRole('paragraph')
        .filter({ hasText: 'Added the person “The army at the front”' }),
    ).toBeVisible();
    const people = (JSON.parse(readFileSync(PEOPLE, 'utf8')) as { people: { id: string }[] })
      .people;
    expect(people.at(-1)).toEqual({
      id: 'the-army',
      name: 'The army at the front',
      role: 'The soldiers of the Northern Front, as one actor',
      aliases: ['the army'],
    });
  });
});
