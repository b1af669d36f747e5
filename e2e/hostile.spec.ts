/**
 * Every string from events.json is shown as text, never parsed as HTML: a fixture
 * full of markup that would run script, `javascript:` links, endless words,
 * right-to-left and combining characters and emoji proves in the browser that no
 * script runs, no such link is made, and nothing leaves its box at 1440px or 375px.
 */
import type { Page } from '@playwright/test';
import { HOSTILE, makeHostileFile } from '../src/lib/events/fixtures/hostileEvents';
import {
  details,
  expect,
  mark,
  scrollsSideways,
  serveEvents,
  snap,
  test,
  timeline,
} from './support/explorer';

const file = makeHostileFile();
const [palace] = file.events;

/** What a script in the data would have left behind: `window.__pwned`, and elements it made. */
async function expectNothingRan(page: Page) {
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  await expect(
    page.locator('body img, body iframe, body script, body object, body embed'),
  ).toHaveCount(0);
  // Every link goes to this page (`?…`, `#…`) or to a web address.
  const hrefs = await page
    .locator('a[href]')
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  expect(hrefs.filter((href) => !/^https?:\/\//.test(href))).toEqual([]);
}

/**
 * Elements whose visible part lies outside the panel holding them. What an element
 * with `overflow` other than visible clips (a scroll box, the timeline's plot) counts
 * only as far as it shows.
 */
async function escapees(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const panels = document.querySelectorAll(
      '.panel, .data-problems, .url-notice, header.header, figure.timeline, nav[aria-label="Days"]',
    );
    const found: string[] = [];
    for (const panel of panels) {
      const box = panel.getBoundingClientRect();
      for (const element of panel.querySelectorAll('*')) {
        const rect = element.getBoundingClientRect();
        if (rect.width === 0 || rect.height === 0) continue;
        let { left, right } = rect;
        for (let up = element.parentElement; up && up !== panel; up = up.parentElement) {
          if (getComputedStyle(up).overflowX === 'visible') continue;
          const clip = up.getBoundingClientRect();
          left = Math.max(left, clip.left);
          right = Math.min(right, clip.right);
        }
        if (right <= left) continue;
        if (left < box.left - 1 || right > box.right + 1) {
          const name = `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`;
          found.push(
            `${name} in ${panel.className}: ${Math.round(left)}–${Math.round(right)} outside ${Math.round(box.left)}–${Math.round(box.right)}`,
          );
        }
      }
    }
    return found;
  });
}

async function expectLayoutHolds(page: Page) {
  expect(await scrollsSideways(page), 'the page scrolls sideways').toBe(false);
  expect(await escapees(page)).toEqual([]);
}

for (const [name, use] of [
  ['desktop', { viewport: { width: 1440, height: 900 } }],
  ['phone', { viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true }],
] as const) {
  test.describe(`on a ${name}`, () => {
    test.use(use);

    test.beforeEach(async ({ page }) => {
      await serveEvents(page, file);
    });

    test('hostile strings in every event show as text, run nothing and stay in their boxes', async ({
      page,
    }) => {
      for (const event of file.events) {
        await page.goto(`/?event=${event.id}`);
        const panel = details(page, event.title);
        await expect(panel.getByRole('heading', { level: 2 })).toHaveText(event.title);
        await expect(panel).toContainText(event.summary);
        await expectNothingRan(page);
        await expectLayoutHolds(page);
      }
      await page.goto(`/?event=${palace!.id}`);
      // The markup is there to read, character for character.
      await expect(details(page, palace!.title)).toContainText(HOSTILE.img);
      await expect(details(page, palace!.title)).toContainText(HOSTILE.entity);
      if (name === 'phone') await details(page, palace!.title).scrollIntoViewIfNeeded();
      await snap(page, `hostile-01-details-${name}`, name === 'desktop');
    });

    test('the Cite panel formats hostile work metadata as text and keeps its layout', async ({
      page,
    }) => {
      await page.goto(`/?event=${palace!.id}`);
      const cite = page.getByRole('region', { name: 'Cite this passage' });
      await cite.getByRole('button', { name: 'Cite this passage' }).click();
      const note = cite.locator('.form').first();
      // Chicago title-cases the title; the markup is still there to read, as text.
      await expect(note).toContainText(/<script>/i);
      await expect(note).toContainText(HOSTILE.entity);
      for (const name of ['MLA', 'APA']) {
        await cite.getByRole('radio', { name }).check();
        await expect(cite.locator('.form').first()).toBeVisible({ timeout: 30_000 });
      }
      await expectNothingRan(page);
      await expectLayoutHolds(page);
      await snap(page, `hostile-04-cite-${name}`);
    });

    test('the source text, the list and the filters show hostile strings as text', async ({
      page,
    }) => {
      await page.goto(`/?event=${palace!.id}&source=reading`);
      const source = page.getByRole(name === 'phone' ? 'dialog' : 'region', {
        name: /Stormy Passage, page 376/,
      });
      await expect(source).toContainText(HOSTILE.script);
      await expect(source.locator('.passage.current').first()).toContainText(HOSTILE.img);
      await expectNothingRan(page);
      await expectLayoutHolds(page);
      await snap(page, `hostile-02-source-${name}`);

      await page.goto('/?view=list');
      await expect(page.getByRole('table').getByRole('row')).toHaveCount(file.events.length + 1);
      await expect(page.getByRole('table')).toContainText(HOSTILE.longWord);
      if (name === 'phone') await page.getByRole('row').nth(3).scrollIntoViewIfNeeded();
      await expectNothingRan(page);
      await expectLayoutHolds(page);
      await snap(page, `hostile-03-list-${name}`, name === 'desktop');
    });

    test('pointing at and choosing hostile marks runs nothing', async ({ page }) => {
      await page.goto('/');
      await expect(timeline(page)).toBeVisible();
      for (const event of file.events) {
        const target = mark(page, event.id);
        if ((await target.count()) === 0) continue;
        if (name === 'desktop') await target.hover();
        else {
          await target.tap();
          // The details come up in a sheet over the timeline: closed for the next mark.
          await page.keyboard.press('Escape');
          await expect(page.getByRole('dialog')).toHaveCount(0);
        }
      }
      await page.getByRole('heading', { level: 1 }).hover();
      await expectNothingRan(page);
      await expectLayoutHolds(page);
    });
  });
}

test('a hostile search shown back in the empty state is text', async ({ page }) => {
  const search = `<svg onload="${'(window.__pwned=[1])'}">zzz`;
  await serveEvents(page, file);
  await page.goto(`/?q=${encodeURIComponent(search)}`);
  await expect(page.getByRole('status').filter({ hasText: 'No events match' })).toContainText(
    `No events match “${search}”`,
  );
  await expectNothingRan(page);
});

test('the layout check finds text that leaves its panel', async ({ page }) => {
  await serveEvents(page, file);
  await page.goto(`/?event=${palace!.id}`);
  await expect(details(page, palace!.title)).toBeVisible();
  expect(await escapees(page)).toEqual([]);
  // Without the page's rule for endless words, the check must notice.
  await page.evaluate(() => document.body.style.setProperty('overflow-wrap', 'normal'));
  expect((await escapees(page)).length).toBeGreaterThan(0);
});
