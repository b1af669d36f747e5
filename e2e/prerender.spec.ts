/**
 * The built site as served: the explorer drawn in the HTML before any script runs,
 * hydrated without a visible change; the page without JavaScript; each event's own
 * page with its link preview; the site from a sub-path; the embed page and the
 * header's Embed button; and a reader's own events.json in the bundled one's place.
 */
import type { Browser, Page } from '@playwright/test';
import {
  bundled,
  details,
  expect,
  gatchina,
  mark,
  serveEvents,
  test,
  timeline,
} from './support/explorer';
import { serveUnderSubPath } from './support/subPathServer';

/** The built folder the preview serves (playwright.config.ts builds it). */
const DIST = process.env.E2E_DIST ?? 'dist';

/** The HTML between `<div id="app">` and the list for readers without a script. */
function appPart(html: string): string {
  return html.slice(html.indexOf('<div id="app">'), html.indexOf('<noscript>'));
}

/** The content of `<meta name|property="key">`, decoded as the browser reads it. */
function metaContent(html: string, key: string): string | undefined {
  const raw = html.match(new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`))?.[1];
  return raw
    ?.replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** A query string's parameters, in order, so that two spellings of one view compare equal. */
function viewOf(search: string): string[] {
  return [...new URLSearchParams(search)].map(([key, value]) => `${key}=${value}`).sort();
}

/**
 * Resolves once the app has hydrated the page (it then drops the prerendered styles): the
 * script's download and the hydration may take a while on a busy machine.
 */
async function hydrated(page: Page): Promise<void> {
  await expect(page.locator('#prerendered-styles')).toHaveCount(0, { timeout: 30_000 });
  await expect(page.locator('[data-ps]')).toHaveCount(0);
}

test.describe('the prerendered explorer', () => {
  test('is in the HTML as served: every mark of the default view and every event for readers without a script, in time order', async ({
    request,
  }) => {
    const html = await (await request.get('/')).text();
    const app = appPart(html);
    for (const event of bundled.events) expect(app).toContain(`data-event-id="${event.id}"`);
    expect(app).toContain('All days');
    // The list after the app, in the order of events.json, each linking to its own page.
    const list = html.slice(html.indexOf('<noscript>'));
    const order = [...list.matchAll(/href="\.\/events\/([a-z0-9-]+)\/"/g)].map((m) => m[1]);
    expect(order).toEqual(bundled.events.map((event) => event.id));
    // The page says which events.json it was drawn from, and its styles are allowed by hash only.
    expect(html).toMatch(/<meta name="prerendered-events" content="[0-9a-z]+-[0-9a-f]{16}"/);
    expect(html).toMatch(/style-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
    expect(html).not.toMatch(/<link rel="stylesheet"/);
    expect(app).not.toMatch(/<[^>]+\sstyle="/);
  });

  for (const viewport of [
    { name: 'a wide screen', width: 1440, height: 900 },
    { name: 'a phone', width: 390, height: 844 },
  ]) {
    test(`hydrates on ${viewport.name} without moving or repainting anything`, async ({
      browser,
      baseURL,
    }) => {
      const context = await browser.newContext({
        viewport,
        ...(viewport.width < 600 ? { isMobile: true, hasTouch: true } : {}),
      });
      const page = await context.newPage();
      const warnings: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'warning' || message.type() === 'error')
          warnings.push(message.text());
      });
      await page.addInitScript(() => {
        const shifts: number[] = [];
        (window as unknown as { __shifts: number[] }).__shifts = shifts;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries())
            shifts.push((entry as PerformanceEntry & { value: number }).value);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      // The app's script waits until the prerendered page has been looked at.
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(`${baseURL}/`, { waitUntil: 'commit' });
      await expect(mark(page, gatchina.id)).toBeAttached();
      await page.evaluate(() => document.fonts.ready);
      const boxes = () =>
        page.evaluate(() =>
          // Everything above the map, which comes in a chunk of its own once the page is live.
          [
            ...document.querySelectorAll(
              '.timeline .mark, .timeline .lane, .day, h1, .panel:not(.map-panel, .index-panel)',
            ),
          ]
            .map((element) => element.getBoundingClientRect())
            // What is not drawn (the phone's hidden reading pane) may go unseen.
            .filter(({ width, height }) => width > 0 && height > 0)
            .map(({ x, y, width, height }) =>
              [x, y, width, height].map((v) => Math.round(v * 10) / 10).join(' '),
            ),
        );
      const before = await boxes();
      const drawn = await page.screenshot();
      release();
      await hydrated(page);
      // A frame for anything the hydration would have changed to be painted.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
      expect(await boxes()).toEqual(before);
      expect(await page.screenshot()).toEqual(drawn);
      const shifts = await page.evaluate(
        () => (window as unknown as { __shifts: number[] }).__shifts,
      );
      expect(shifts.reduce((sum, v) => sum + v, 0)).toBeLessThan(0.001);
      expect(warnings).toEqual([]);
      // Live: a mark chooses its event.
      await mark(page, gatchina.id).click();
      await expect(page).toHaveURL(new RegExp(`event=${gatchina.id}`));
      await context.close();
    });
  }

  test('keeps the query links: ?event= shows the event once the script has run', async ({
    page,
  }) => {
    await page.goto(`/?event=${gatchina.id}`);
    await expect(details(page, gatchina.title)).toBeVisible();
    await expect(mark(page, gatchina.id)).toHaveAttribute('aria-pressed', 'true');
  });

  test("draws a reader's own events.json, not the bundled one it was prerendered from", async ({
    page,
  }) => {
    const own = structuredClone(bundled);
    own.events = own.events.filter((event) => event.id !== gatchina.id);
    own.events[0]!.title = 'An event of my own file';
    await serveEvents(page, own);
    await page.goto('/?view=list');
    await expect(
      page.getByRole('table').getByRole('button', { name: 'An event of my own file' }),
    ).toBeVisible();
    await expect(page.getByRole('table').getByRole('rowheader')).toHaveCount(own.events.length);
    await page.goto('/');
    await expect(timeline(page).locator('.mark[data-event-id]')).toHaveCount(own.events.length);
    await expect(mark(page, gatchina.id)).toHaveCount(0);
    await expect(page.locator('#prerendered-styles')).toHaveCount(0);
  });
});

test.describe('without JavaScript', () => {
  async function withoutScripts(browser: Browser, baseURL: string | undefined, path: string) {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseURL}${path}`);
    return { page, context };
  }

  test('the page lists every event in time order with its dates in both calendars and its passage', async ({
    browser,
    baseURL,
  }) => {
    const { page, context } = await withoutScripts(browser, baseURL, '/');
    const list = page.getByRole('region', {
      name: `All ${bundled.events.length} events, in time order`,
    });
    await expect(list).toBeVisible();
    const articles = list.getByRole('article');
    await expect(articles).toHaveCount(bundled.events.length);
    for (const [i, event] of bundled.events.entries()) {
      const article = articles.nth(i);
      await expect(article.getByRole('heading')).toHaveText(event.title);
      await expect(article).toContainText(event.anchor.quote.exact.replace(/\s+/g, ' '));
      // Every date in the New Style with the Old Style beside it.
      await expect(article.locator('.when')).toContainText(/1917 \(.*O\.S\.\)/);
    }
    // 9 November New Style is 27 October in the Julian calendar Russia used; the window
    // in words, as the details say it: Gatchina was reached at some time that morning.
    const gatchinaArticle = articles.nth(bundled.events.indexOf(gatchina));
    await expect(gatchinaArticle.locator('.when')).toContainText(
      '9 November 1917 (27 October O.S.)',
    );
    await expect(gatchinaArticle.locator('.window')).toHaveText(
      /^In the morning of 9 November 1917 \(27 October O\.S\.\)/,
    );
    // Summaries' dates written out, New Style first, never as the file's marks.
    const arrest = bundled.events.findIndex((event) =>
      event.summary.includes('2:10 a.m. on {{1917-11-08}}'),
    );
    await expect(articles.nth(arrest).locator('.summary')).toContainText(
      '2:10 a.m. on 8 November 1917 (26 October O.S.)',
    );
    await expect(list).not.toContainText('{{');
    // The timeline is there as a picture; what only a script works is not.
    await expect(timeline(page).locator(`[data-event-id="${gatchina.id}"]`)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Zoom in' })).toBeHidden();
    await expect(page.getByRole('radio', { name: /Old Style/ })).toBeHidden();
    await context.close();
  });

  test("an event's own page shows its details", async ({ browser, baseURL }) => {
    const { page, context } = await withoutScripts(browser, baseURL, `/events/${gatchina.id}/`);
    await expect(page.getByRole('heading', { level: 2, name: gatchina.title })).toBeVisible();
    await expect(page.locator('.passage-quote')).toContainText(
      gatchina.anchor.quote.exact.slice(0, 40),
    );
    await context.close();
  });
});

test.describe("an event's own page", () => {
  test('has its title, description and link preview: the date in both calendars and the first words of its passage', async ({
    request,
  }) => {
    const html = await (await request.get(`/events/${gatchina.id}/`)).text();
    expect(html).toContain(`<title>${gatchina.title} — November 1917`);
    const description = metaContent(html, 'description');
    expect(description).toContain('9 November 1917 (27 October O.S.)');
    expect(description).toContain(gatchina.anchor.quote.exact.split(' ').slice(0, 5).join(' '));
    expect(metaContent(html, 'og:title')).toBe(`${gatchina.title} — November 1917`);
    expect(metaContent(html, 'og:description')).toBe(description);
    // The book's type, which the Zotero connector needs (src/lib/cite/citationMeta.ts).
    expect(metaContent(html, 'og:type')).toBe('book');
    expect(metaContent(html, 'twitter:card')).toBe('summary');
    expect(metaContent(html, 'twitter:description')).toBe(description);
    expect(metaContent(html, 'citation_author')).toBe(bundled.sources[0]!.work.author);
    // The passage runs over the page's foot: pp. 376–77.
    expect(metaContent(html, 'citation_firstpage')).toBe(String(bundled.sources[0]!.page));
    expect(metaContent(html, 'citation_lastpage')).toBe(String(bundled.sources[0]!.page + 1));
    expect(html.match(/name="citation_lastpage"/g)).toHaveLength(1);
    expect(metaContent(html, 'citation_title')).toContain(bundled.sources[0]!.work.title);
    // Its assets are reached from its folder, and its event is chosen in the drawn page.
    expect(html).toMatch(/src="\.\.\/\.\.\/assets\/index-[^"]+\.js"/);
    expect(appPart(html)).toMatch(
      new RegExp(`data-event-id="${gatchina.id}"[^>]*aria-pressed="true"`),
    );
  });

  test('hydrates with its event chosen; choosing another goes to the explorer, and Back returns', async ({
    page,
  }) => {
    const other = bundled.events.find((event) => event.id !== gatchina.id)!;
    await page.goto(`/events/${gatchina.id}/`);
    await hydrated(page);
    await expect(details(page, gatchina.title)).toBeVisible();
    await mark(page, other.id).click();
    await expect(details(page, other.title)).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/\\?event=${other.id}$`));
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`/events/${gatchina.id}/$`));
    await expect(details(page, gatchina.title)).toBeVisible();
  });
});

test.describe('the built site in a sub-path', () => {
  test('draws its events and finds every file from the explorer, an event page and the embed', async ({
    browser,
  }) => {
    const server = await serveUnderSubPath(DIST, '/sub/path/');
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(`${request.url()} failed`));
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.url()} ${response.status()}`);
    });
    page.on('pageerror', (error) => failed.push(`page error: ${error.message}`));
    try {
      await page.goto(server.url);
      await hydrated(page);
      await expect(mark(page, gatchina.id)).toBeVisible();
      await mark(page, gatchina.id).click();
      await expect(details(page, gatchina.title)).toBeVisible();
      expect(new URL(page.url()).pathname).toBe('/sub/path/');
      // The map is a chunk of its own, found from the same folder.
      await expect(page.locator('figure.march-map svg.map')).toBeVisible();

      await page.goto(`${server.url}events/${gatchina.id}/`);
      await hydrated(page);
      await expect(details(page, gatchina.title)).toBeVisible();

      await page.goto(`${server.url}embed/`);
      await hydrated(page);
      await expect(timeline(page).locator('.mark').first()).toBeVisible();
      expect(failed).toEqual([]);
    } finally {
      await context.close();
      await server.close();
    }
  });
});

test.describe('the embed', () => {
  test('has no page header, takes the window and filters from its link, and links to the full timeline', async ({
    page,
  }) => {
    const search = '?from=1917-11-08T12:00&to=1917-11-10T00:00&place=gatchina';
    await page.goto(`/embed/${search}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);
    await expect(page.getByRole('radio', { name: /Old Style/ })).toHaveCount(0);
    const atGatchina = bundled.events.filter((event) => event.places.includes('gatchina'));
    await expect(timeline(page).locator('.mark[data-event-id]')).toHaveCount(atGatchina.length);
    await expect(page.getByTestId('timeline-window')).toContainText('8 Nov 12:00');
    const open = page.getByRole('link', { name: /^Open the full timeline/ });
    await expect(open).toHaveAttribute('target', '_blank');
    const href = await open.getAttribute('href');
    expect(new URL(href!, page.url()).pathname).toBe('/');
    expect(viewOf(new URL(href!, page.url()).search)).toEqual(viewOf(search));
  });

  test("the header's Embed button gives the snippet of the view on screen, and copies it", async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/?event=${gatchina.id}&place=gatchina&cal=os`);
    await expect(details(page, gatchina.title)).toBeVisible();
    await page.getByRole('button', { name: 'Embed', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this view' });
    await expect(dialog).toBeVisible();
    const code = dialog.getByRole('textbox', { name: 'HTML of the embedded timeline' });
    const snippet = await code.inputValue();
    const src = new URL(snippet.match(/src="([^"]+)"/)![1]!.replace(/&amp;/g, '&'));
    expect(src.pathname).toBe('/embed/');
    expect(viewOf(src.search)).toEqual(viewOf(new URL(page.url()).search));
    expect(snippet).toMatch(/^<iframe [^>]*title="[^"]+"[^>]*><\/iframe>$/);
    await dialog.getByRole('button', { name: 'Copy the HTML' }).click();
    await expect(dialog.getByRole('status')).toContainText('copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
    // The snippet shows what it says: its page has the same event and filters.
    await page.goto(src.pathname + src.search);
    await expect(details(page, gatchina.title)).toBeVisible();
  });
});
