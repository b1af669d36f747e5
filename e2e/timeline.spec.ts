import { test, expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { EventsFile } from '../src/lib/events/types';
import { expectNoAxeViolations } from './support/explorer';

/**
 * The timeline on its own: zoom by wheel, buttons and keys changes the ticks; drag and
 * the overview brush move the window; the keyboard walks the marks in time order; the
 * labels are the same in every time zone; axe finds nothing. Moves are instant here
 * (reduced motion) except where the animation itself is under test.
 */

const bundled = JSON.parse(readFileSync('events.json', 'utf8')) as EventsFile;

/**
 * The events in the order the arrows walk them: the file's, which is in time order
 * (what a telegram reports comes before the telegram), never a re-sort by start.
 */
const timeOrder = bundled.events.map((event) => event.id);

const figure = (page: Page) => page.getByRole('figure', { name: /timeline/i });
const axis = (page: Page) => figure(page).locator('svg.axis');
const windowText = (page: Page) => page.getByTestId('timeline-window');
const focusedEventId = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.eventId ?? null);

/** Clock labels on the axis ("06:00"), in order. */
const timeLabels = (page: Page) => axis(page).locator('text.time').allTextContents();

async function open(page: Page, path = '/') {
  await page.goto(path);
  await expect(figure(page).locator('[data-event-id]').first()).toBeVisible();
}

/** Drags with the mouse from the centre of `box` (or a point in it) by `dx`. */
async function drag(page: Page, target: Locator, dx: number, at?: { x: number; y: number }) {
  await target.scrollIntoViewIfNeeded();
  const box = (await target.boundingBox())!;
  const x = box.x + (at?.x ?? box.width / 2);
  const y = box.y + (at?.y ?? box.height / 2);
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let step = 1; step <= 10; step++) await page.mouse.move(x + (dx * step) / 10, y);
  await page.mouse.up();
}

test.use({ reducedMotion: 'reduce' });

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (error) => {
    throw error;
  });
});

test('opens on 7–9 November with both calendars on the axis and a mark per event', async ({
  page,
}, testInfo) => {
  await open(page);
  const labels = axis(page).locator('text');
  for (const text of ['7 Nov', '25 Oct O.S.', '8 Nov', '26 Oct O.S.', '9 Nov', '27 Oct O.S.']) {
    await expect(labels.filter({ hasText: new RegExp(`^(\\w+\\s)?${text}$`) })).toHaveCount(1);
  }
  await expect(windowText(page)).toContainText(/(6|7) Nov .* – (9|10) Nov/);
  const shown = figure(page).locator('[data-event-id]');
  const clustered = figure(page).locator('[data-cluster-size]');
  const inClusters = (
    await clustered.evaluateAll((els) =>
      els.map((el) => Number((el as HTMLElement).dataset.clusterSize)),
    )
  ).reduce((a, b) => a + b, 0);
  expect((await shown.count()) + inClusters).toBe(bundled.events.length);
  await page.screenshot({ path: testInfo.outputPath('timeline-desktop.png') });
  await figure(page).screenshot({ path: 'test-results/screenshots/timeline-desktop.png' });
});

test('the Old Style calendar can lead: "26 Oct O.S." over "8 Nov N.S."', async ({ page }) => {
  await open(page, '/?cal=os');
  const labels = axis(page).locator('text');
  await expect(labels.filter({ hasText: /^(\w+\s)?26 Oct O\.S\.$/ })).toHaveCount(1);
  await expect(labels.filter({ hasText: /^8 Nov N\.S\.$/ })).toHaveCount(1);
});

test('wheel zoom goes from parts of the day to hours and back out to days', async ({ page }) => {
  await open(page);
  await expect(axis(page)).toHaveAttribute('data-level', 'part-of-day');
  expect(await timeLabels(page)).toContain('12:00');
  expect(await timeLabels(page)).not.toContain('13:00');

  const plot = figure(page).locator('.plot');
  const box = (await plot.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 30);
  await page.mouse.wheel(0, -1000);
  await expect(axis(page)).toHaveAttribute('data-level', 'hour');
  // Hourly ticks: some fall between the six-hourly ones.
  await expect
    .poll(async () => (await timeLabels(page)).some((label) => Number(label.slice(0, 2)) % 6 !== 0))
    .toBe(true);
  // The window is reported at the end of the gesture, and the page keeps it in the URL.
  await expect(page).toHaveURL(/from=1917-11-/);

  await page.mouse.wheel(0, 2500);
  await expect(axis(page)).toHaveAttribute('data-level', /^(day|week)$/);
  await expect.poll(() => timeLabels(page)).toEqual([]);
});

test('the window is reported once at the end of a gesture, not on every frame', async ({
  page,
}) => {
  // Count the page's history writes: it writes the URL each time the timeline reports a window.
  await page.addInitScript(() => {
    const counter = window as unknown as { writes: number };
    counter.writes = 0;
    for (const name of ['pushState', 'replaceState'] as const) {
      const original = history[name].bind(history);
      history[name] = (...args: Parameters<History['pushState']>) => {
        counter.writes++;
        return original(...args);
      };
    }
  });
  await open(page);
  const writes = () => page.evaluate(() => (window as unknown as { writes: number }).writes);
  const start = await writes();

  const plot = figure(page).locator('.plot');
  const box = (await plot.boundingBox())!;
  // Eight wheel steps in one burst: sent one by one, a loaded machine can space them
  // past d3-zoom's 150 ms gesture end and so make two gestures of them.
  await plot.evaluate(
    (node, at) => {
      for (let i = 0; i < 8; i++) {
        node.dispatchEvent(
          new WheelEvent('wheel', {
            deltaY: -120,
            clientX: at.x,
            clientY: at.y,
            bubbles: true,
            cancelable: true,
          }),
        );
      }
    },
    { x: box.x + box.width / 2, y: box.y + 30 },
  );
  await expect(page).toHaveURL(/from=/);
  expect(await writes()).toBe(start + 1);

  const url = page.url();
  await drag(page, plot, -300, { x: box.width / 2, y: 30 });
  await expect(page).not.toHaveURL(url);
  expect(await writes()).toBe(start + 2);
});

test('the + and − buttons and "Fit all" change the tick granularity', async ({ page }) => {
  await open(page);
  const zoomIn = page.getByRole('button', { name: 'Zoom in' });
  const zoomOut = page.getByRole('button', { name: 'Zoom out' });
  await zoomIn.click();
  await zoomIn.click();
  await expect(axis(page)).toHaveAttribute('data-level', 'hour');
  await zoomIn.click();
  await zoomIn.click();
  await expect(axis(page)).toHaveAttribute('data-level', 'minute');
  await page.getByRole('button', { name: 'Fit all' }).click();
  await expect(axis(page)).toHaveAttribute('data-level', 'part-of-day');
  // Twice as far out from the three days fitted: about a week, in days.
  await zoomOut.click();
  await expect(axis(page)).toHaveAttribute('data-level', 'day');
  for (let i = 0; i < 3; i++) await zoomOut.click();
  await expect(axis(page)).toHaveAttribute('data-level', 'week');
});

test('a window asked for by the page (a shared link) opens as it is, and survives a resize', async ({
  page,
}) => {
  await open(page, '/?from=1917-11-09T00:00&to=1917-11-10T00:00');
  await expect(windowText(page)).toHaveText('9 Nov 00:00 – 10 Nov 00:00');
  await expect(axis(page)).toHaveAttribute('data-level', 'hour');
  await page.setViewportSize({ width: 900, height: 720 });
  await expect(axis(page)).toHaveAttribute('width', /^8\d\d/);
  await expect(windowText(page)).toHaveText('9 Nov 00:00 – 10 Nov 00:00');
  await page.getByRole('button', { name: 'Fit all' }).click();
  await expect(windowText(page)).toContainText(/(6|7) Nov .* – (9|10) Nov/);
});

test("the window's label reads at the span's scale, while the link keeps the minutes", async ({
  page,
}) => {
  await open(page);
  // Fitted to the events with some room, the window starts and ends at odd minutes.
  await expect(windowText(page)).toHaveText(/^\d+ Nov \d\d:00 – \d+ Nov \d\d:00$/);
  await open(page, '/?from=1917-11-06T19:41&to=1917-11-10T04:19');
  await expect(windowText(page)).toHaveText('6 Nov 20:00 – 10 Nov 04:00');
  await expect(page).toHaveURL(/from=1917-11-06T19(:|%3A)41&to=1917-11-10T04(:|%3A)19/);
  await open(page, '/?from=1917-11-08T03:07&to=1917-11-08T09:52');
  await expect(windowText(page)).toHaveText('8 Nov, 03:00–09:45');
  // Later by 0.4 of the 6 h 45 min shown: 2 h 42 min on, written to the minute.
  await page.getByRole('button', { name: 'Later' }).click();
  await expect(page).toHaveURL(/from=1917-11-08T05(:|%3A)49&to=1917-11-08T12(:|%3A)34/);
  await expect(windowText(page)).toHaveText('8 Nov, 05:45–12:30');
});

test('dragging the plot pans the window', async ({ page }) => {
  await open(page);
  const before = await windowText(page).textContent();
  // A fifth of the plot's width: about two thirds of a day of the three and a half fitted.
  const width = (await figure(page).locator('.plot').boundingBox())!.width;
  await drag(page, figure(page).locator('.plot'), -width / 5, { x: width / 2, y: 30 });
  await expect(windowText(page)).not.toHaveText(before!);
  await expect(page).toHaveURL(/from=1917-11-07/);
});

test('the overview brush moves the main view, and the main view moves the brush', async ({
  page,
}) => {
  await open(page);
  const selection = figure(page).locator('.brush .selection');
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const before = await windowText(page).textContent();
  const brushBefore = (await selection.boundingBox())!;

  const shows = await countCanvasShows(page);
  await drag(page, selection, 180);
  await expect(windowText(page)).not.toHaveText(before!);
  // The drag drew the marks on the canvas, as a drag of the plot does, and put the
  // buttons back when it ended.
  expect(await shows()).toBe(1);
  await expect.poll(() => gestureState(page)).toMatchObject({ canvas: 0, buttonsSeen: true });
  const brushAfter = (await selection.boundingBox())!;
  expect(brushAfter.x).toBeGreaterThan(brushBefore.x + 100);
  expect(brushAfter.width).toBeCloseTo(brushBefore.width, 0);

  // And back: panning the main view drags the brush along.
  await page.getByRole('button', { name: 'Earlier' }).click();
  await expect.poll(async () => (await selection.boundingBox())!.x).toBeLessThan(brushAfter.x - 10);
});

test('the keyboard reaches the marks with one Tab and the arrows walk them in time order', async ({
  page,
}) => {
  await open(page);
  await page.getByRole('button', { name: 'Later' }).focus();
  await page.keyboard.press('Tab');
  expect(await focusedEventId(page)).toBe(timeOrder[0]);

  const visited = [timeOrder[0]];
  for (let i = 1; i < timeOrder.length; i++) {
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => focusedEventId(page)).toBe(timeOrder[i]);
    visited.push(timeOrder[i]);
  }
  expect(visited).toEqual(timeOrder);
  // Focusing a mark that pokes out of the plot must not scroll the plot sideways.
  expect(
    await figure(page)
      .locator('.plot')
      .evaluate((el) => el.scrollLeft),
  ).toBe(0);
  await page.keyboard.press('Home');
  await expect.poll(() => focusedEventId(page)).toBe(timeOrder[0]);
  await page.keyboard.press('End');
  await expect.poll(() => focusedEventId(page)).toBe(timeOrder.at(-1));

  // Enter selects; the mark says so; Tab leaves the marks in one press.
  await page.keyboard.press('Enter');
  const selected = figure(page).locator(`[data-event-id="${timeOrder.at(-1)}"]`);
  await expect(selected).toHaveAttribute('aria-pressed', 'true');
  const tabStops = await figure(page)
    .locator('[data-event-id]')
    .evaluateAll((els) => els.filter((el) => (el as HTMLElement).tabIndex === 0).length);
  expect(tabStops).toBe(1);
});

test('keys zoom and pan when the timeline has focus', async ({ page }) => {
  await open(page);
  await figure(page).locator(`[data-event-id="${timeOrder[0]}"]`).focus();
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await expect(axis(page)).toHaveAttribute('data-level', 'hour');
  const before = await windowText(page).textContent();
  await page.keyboard.press('Shift+ArrowRight');
  await expect(windowText(page)).not.toHaveText(before!);
  await page.keyboard.press('0');
  await expect(axis(page)).toHaveAttribute('data-level', 'part-of-day');
  // Twice as far out from the three days fitted: about a week, in days.
  await page.keyboard.press('-');
  await expect(axis(page)).toHaveAttribute('data-level', 'day');
});

/** Counts, from inside the page, the times the gesture canvas comes into view from here on. */
async function countCanvasShows(page: Page) {
  await page.evaluate(() => {
    const counter = window as unknown as { canvasShows: number };
    counter.canvasShows = 0;
    let shown = false;
    new MutationObserver(() => {
      const now = document.querySelector('canvas.marks-canvas:not(.idle)') !== null;
      if (now && !shown) counter.canvasShows++;
      shown = now;
    }).observe(document.body, { subtree: true, childList: true, attributeFilter: ['class'] });
  });
  return () => page.evaluate(() => (window as unknown as { canvasShows: number }).canvasShows);
}

/** Whether the gesture canvas is on the page, and whether any mark button can be seen. */
const gestureState = (page: Page) =>
  page.evaluate(() => {
    const marks = [...document.querySelectorAll<HTMLElement>('.timeline .mark')];
    return {
      canvas: document.querySelectorAll('canvas.marks-canvas:not(.idle)').length,
      // Seen unless the mark or a box it is drawn in is fully transparent.
      buttonsSeen: marks.some((mark) => {
        for (let box: Element | null = mark; box; box = box.parentElement)
          if (getComputedStyle(box).opacity === '0') return false;
        return true;
      }),
      buttons: marks.length,
    };
  });

test('a drag draws the marks on a canvas; the buttons come back in place', async ({ page }) => {
  await open(page);
  const last = figure(page).locator(`[data-event-id="${timeOrder.at(-1)}"]`);
  await last.focus();
  const plot = figure(page).locator('.plot');
  // Focusing may have scrolled the page: the drag starts on the plot as it now stands.
  await plot.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  const before = (await last.boundingBox())!;
  const box = (await plot.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 30);
  await page.mouse.down();
  for (let step = 1; step <= 5; step++)
    await page.mouse.move(box.x + box.width / 2 - 40 * step, box.y + 30);
  // While the drag lasts the canvas draws the marks; the buttons stay in the page, unseen.
  const during = await gestureState(page);
  expect(during).toMatchObject({ canvas: 1, buttonsSeen: false });
  expect(during.buttons).toBeGreaterThan(0);
  await page.mouse.up();
  // Once it ends, the canvas is idle and the buttons stand where the drag put the view.
  await expect.poll(() => gestureState(page)).toMatchObject({ canvas: 0, buttonsSeen: true });
  const after = (await last.boundingBox())!;
  expect(before.x - after.x).toBeCloseTo(200, -1);

  // A wheel gesture draws on the canvas too, and leaves the keyboard focus where it was:
  // the unseen buttons keep it.
  await last.focus();
  const shows = await countCanvasShows(page);
  await page.mouse.wheel(0, -120);
  await expect.poll(shows).toBe(1);
  await expect.poll(() => gestureState(page)).toMatchObject({ canvas: 0, buttonsSeen: true });
  await expect(last).toBeFocused();
});

test('a click on a mark is not a gesture, even with a wobble: no canvas, the mark is chosen', async ({
  page,
}) => {
  await open(page);
  const seen = await countCanvasShows(page);
  const id = timeOrder[2]!;
  await figure(page).locator(`[data-event-id="${id}"]`).click();
  await expect(figure(page).locator(`[data-event-id="${id}"]`)).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  // A real hand moves a pixel or two between press and release.
  const other = figure(page).locator(`[data-event-id="${timeOrder[4]}"]`);
  // The mouse reaches only what is on screen: the mark may lie below the fold.
  await other.scrollIntoViewIfNeeded();
  const box = (await other.boundingBox())!;
  await page.mouse.move(box.x + 6, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 8, box.y + box.height / 2 + 1);
  await page.mouse.up();
  await expect(other).toHaveAttribute('aria-pressed', 'true');
  expect(await seen()).toBe(0);
});

test('zooming by keyboard keeps the focused mark on screen and focused', async ({ page }) => {
  await open(page);
  // The last event stands near the right edge, where zooming about the centre would lose it.
  const last = figure(page).locator(`[data-event-id="${timeOrder.at(-1)}"]`);
  await last.focus();
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await expect(axis(page)).toHaveAttribute('data-level', 'hour');
  await expect(last).toBeFocused();
  await expect(last).toBeInViewport();
  await page.keyboard.press('-');
  await expect(last).toBeFocused();
});

test('hovering or focusing a mark shows its title and date in both calendars', async ({ page }) => {
  await open(page);
  const congress = bundled.events.find((e) => e.date.time !== undefined)!;
  const target = figure(page).locator(`[data-event-id="${congress.id}"]`);
  await target.hover();
  const tooltip = figure(page).locator('.tooltip');
  await expect(tooltip).toContainText(congress.title);
  await expect(tooltip).toContainText(/November 1917 \(\d+ October O\.S\.\)/);
  await page.mouse.move(0, 0);
  await target.focus();
  await expect(tooltip).toContainText(congress.title);
  await page.keyboard.press('Escape');
  await expect(tooltip).toHaveCount(0);
});

test('clicking a mark selects it without scrolling the page', async ({ page }) => {
  await open(page);
  const id = timeOrder[3]!;
  const before = await page.evaluate(() => window.scrollY);
  await figure(page).locator(`[data-event-id="${id}"]`).click();
  await expect(figure(page).locator(`[data-event-id="${id}"]`)).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  expect(await page.evaluate(() => window.scrollY)).toBe(before);
});

test('the same tick and mark labels appear in every browser time zone', async ({ browser }) => {
  const seen: string[][] = [];
  for (const timezoneId of ['America/Los_Angeles', 'Europe/Moscow', 'Pacific/Kiritimati']) {
    const context = await browser.newContext({ timezoneId, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await open(page);
    await expect(axis(page)).toHaveAttribute('data-level', 'part-of-day');
    const ticks = await axis(page).locator('text').allTextContents();
    const names = await figure(page)
      .locator('[data-event-id]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? '').sort());
    seen.push([...ticks, ...names, (await windowText(page).textContent()) ?? '']);
    await context.close();
  }
  expect(seen[1]).toEqual(seen[0]);
  expect(seen[2]).toEqual(seen[0]);
  const congress = bundled.events.find((e) => e.date.time === '22:40');
  if (congress) {
    expect(seen[0]).toContain(`${congress.title}, at 22:40 on 7 November 1917 (25 October O.S.)`);
  }
  expect(seen[0]!.some((text) => /^(Thu\s)?8 Nov$/.test(text))).toBe(true);
  expect(seen[0]).toContain('26 Oct O.S.');
});

test('axe finds no violations in the timeline, with a mark selected and its tooltip shown', async ({
  page,
}) => {
  await open(page);
  await expectNoAxeViolations(page, 'the timeline', { include: 'figure' });
  await figure(page).locator(`[data-event-id="${timeOrder[1]}"]`).click();
  await figure(page).locator(`[data-event-id="${timeOrder[1]}"]`).hover();
  await expectNoAxeViolations(page, 'the timeline with a mark chosen', { include: 'figure' });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });

  test('the controls fit, a tap selects, and a one-finger swipe pans', async ({
    page,
  }, testInfo) => {
    await open(page);
    for (const name of ['Zoom out', 'Zoom in', 'Fit all', 'Earlier', 'Later']) {
      const box = (await page.getByRole('button', { name, exact: true }).first().boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(375);
      expect(box.height).toBeGreaterThanOrEqual(32);
    }
    const id = timeOrder[2]!;
    await figure(page).locator(`[data-event-id="${id}"]`).tap();
    await expect(figure(page).locator(`[data-event-id="${id}"]`)).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    // The details came up in a sheet over the timeline: closed, to go on with the timeline.
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await figure(page).screenshot({ path: 'test-results/screenshots/timeline-phone.png' });
    await expectNoAxeViolations(page, 'the timeline on a phone', { include: 'figure' });
    await page.screenshot({ path: testInfo.outputPath('timeline-phone.png'), fullPage: true });

    // Touch: d3-zoom listens for touch events; send a swipe and a pinch through CDP.
    const before = await windowText(page).textContent();
    const plot = (await figure(page).locator('.plot').boundingBox())!;
    const y = plot.y + 30;
    const cdp = await page.context().newCDPSession(page);
    const touch = (
      type: 'touchStart' | 'touchMove' | 'touchEnd',
      points: { x: number; y: number }[],
    ) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: points.map((p, i) => ({ x: p.x, y: p.y, id: i })),
      });
    await touch('touchStart', [{ x: 300, y }]);
    for (let x = 280; x >= 120; x -= 20) await touch('touchMove', [{ x, y }]);
    await touch('touchEnd', []);
    await expect(windowText(page)).not.toHaveText(before!);

    const level = await axis(page).getAttribute('data-level');
    await touch('touchStart', [
      { x: 170, y },
      { x: 200, y },
    ]);
    for (let d = 40; d <= 300; d += 20) {
      await touch('touchMove', [
        { x: 185 - d / 2, y },
        { x: 185 + d / 2, y },
      ]);
    }
    await touch('touchEnd', []);
    await expect(axis(page)).not.toHaveAttribute('data-level', level!);
  });
});

test.describe('with motion', () => {
  test.use({ reducedMotion: 'no-preference' });

  test('a button zoom animates and still lands on the finer ticks', async ({ page }) => {
    await open(page);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect(axis(page)).toHaveAttribute('data-level', 'hour');
    await expect(page).toHaveURL(/from=1917-11-/);
  });
});

test('a wheel step starts from the window the link opened on, not from the whole period', async ({
  page,
}) => {
  await open(page, '/?from=1917-11-08T03:00&to=1917-11-08T09:00');
  await expect(windowText(page)).toHaveText('8 Nov, 03:00–09:00');
  const plot = figure(page).locator('.plot');
  const box = (await plot.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 30);
  await page.mouse.wheel(0, 120);
  await expect(windowText(page)).not.toHaveText('8 Nov, 03:00–09:00');
  await expect(windowText(page)).toHaveText(/^8 Nov, 0[0-3]:\d\d–(09|1[0-2]):\d\d$/);
});
