/**
 * What a curator does in the workbench's browser tests, shared by its specs: the
 * workbench's region, words selected in the source with the mouse, a form opened on them.
 */
import type { Page } from '@playwright/test';
import { expect } from '../support/explorer';

export function workbench(page: Page) {
  return page.getByRole('region', { name: 'Workbench' });
}

/** Drags the mouse over `words` in the source's reading text, as a curator selects them. */
export async function selectWords(
  page: Page,
  words: string,
  view = 'reading',
  after = '',
): Promise<void> {
  const text = page.locator(`.source .text.${view}`);
  await expect(text).toContainText(words);
  const ends = await text.evaluate(
    (container, [words, after]) => {
      // The words may run over several text nodes (plain words, then a passage's link).
      const nodes: { node: Text; start: number }[] = [];
      let all = '';
      const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        nodes.push({ node: node as Text, start: all.length });
        all += node.textContent;
      }
      // The first occurrence after the words `after`, when they are given.
      const at = all.indexOf(words, after ? Math.max(0, all.indexOf(after)) : 0);
      if (at < 0) throw new Error(`"${words}" is not in the text`);
      const point = (offset: number, isEnd: boolean) => {
        const found = nodes.findLast((n) =>
          isEnd ? n.start < offset : n.start <= offset && n.node.length > 0,
        )!;
        return [found.node, offset - found.start] as const;
      };
      const range = document.createRange();
      range.setStart(...point(at, false));
      range.setEnd(...point(at + words.length, true));
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
    },
    [words, after] as const,
  );
  await page.mouse.move(ends.from.x, ends.from.y);
  await page.mouse.down();
  await page.mouse.move(ends.to.x, ends.to.y, { steps: 10 });
  await page.mouse.up();
}

/** Opens the workbench's form on `words`, from a selection in the source. */
export async function startEvent(page: Page, words: string): Promise<void> {
  await page.goto('/');
  await workbench(page).getByRole('button', { name: 'Open the source page' }).click();
  await selectWords(page, words);
  await page.getByRole('button', { name: 'New event from this passage' }).click();
  await expect(page.getByRole('form', { name: 'New event from this passage' })).toBeVisible();
}
