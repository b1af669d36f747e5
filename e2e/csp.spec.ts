/**
 * The built page carries a Content-Security-Policy that allows nothing but its own
 * origin, no inline script but the one it names by its hash, and no eval; the app works under it without a single
 * violation, and the policy does stop what it is there to stop.
 */
import { createHash } from 'node:crypto';
import {
  bundled,
  dayButton,
  details,
  expect,
  mark,
  sourcePanel,
  test,
  timeline,
} from './support/explorer';

test('the built page has a strict Content-Security-Policy before any script or style', async ({
  page,
}) => {
  const response = await page.goto('/');
  const html = (await response?.text()) ?? '';
  const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/)?.[1];
  expect(policy).toBeDefined();
  const directives = new Map(
    policy!.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
  expect(directives.get('default-src')).toEqual(["'self'"]);
  // Beside the origin, one inline script by its hash: the one in the page, which applies the
  // reader's stored theme before the first paint.
  const inline = [...html.matchAll(/<script>([^<]*)<\/script>/g)].map((m) => m[1]!);
  expect(inline).toHaveLength(1);
  const digest = createHash('sha256').update(inline[0]!, 'utf8').digest('base64');
  expect(directives.get('script-src')).toEqual(["'self'", `'sha256-${digest}'`]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
  // The policy governs only what comes after it: it must come before every script and stylesheet.
  const at = html.indexOf('Content-Security-Policy');
  expect(at).toBeGreaterThan(0);
  expect(html.slice(0, at)).not.toMatch(/<script|<link rel="stylesheet"|<style/);
});

test('the app works under the policy without one violation', async ({ page }) => {
  // The shared fixture turns every `securitypolicyviolation` into a failing console error.
  const [first] = bundled.events;
  await page.goto('/');
  await expect(timeline(page)).toBeVisible();
  await mark(page, first!.id).click();
  await expect(details(page, first!.title)).toBeVisible();
  await page.getByRole('button', { name: 'Read in source' }).click();
  await sourcePanel(page).getByRole('switch', { name: 'Raw OCR text' }).check();
  await page.getByRole('button', { name: /zoom in/i }).click();
  await page.getByRole('radio', { name: /Old Style/ }).check();
  await page.getByRole('radio', { name: 'List' }).check();
  await expect(page.getByRole('table')).toBeVisible();
  await dayButton(page, 'Thursday').click();
  await page.getByRole('searchbox').fill('Krasnov');
  await expect(page.getByRole('table').getByRole('row').first()).toBeVisible();
});

test.describe('the policy at work', () => {
  // These tests provoke violations on purpose; the browser reports each one.
  test.use({ expectedConsoleErrors: [/Content Security Policy|CSP violation/] });

  test('stops inline script, eval, style attributes and requests to other origins', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __violations: string[] }).__violations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(e.effectiveDirective));
    });
    await page.goto('/');
    await expect(timeline(page)).toBeVisible();
    const outcome = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inline = true';
      document.body.append(script);
      // DevTools lets code it evaluates itself use eval; code the page runs later may not.
      const later = () => new Promise((resolve) => setTimeout(resolve, 50));
      const results: Record<string, string> = {};
      setTimeout(() => {
        try {
          eval('1 + 1');
          results.evalResult = 'ran';
        } catch (error) {
          results.evalResult = (error as Error).name;
        }
        try {
          new Function('return 1')();
          results.functionResult = 'ran';
        } catch (error) {
          results.functionResult = (error as Error).name;
        }
      });
      setTimeout('window.__timerString = true');
      await later();
      const { evalResult, functionResult } = results;
      const styled = document.createElement('p');
      styled.setAttribute('style', 'color: rgb(255, 0, 0)');
      document.body.append(styled);
      const color = getComputedStyle(styled).color;
      let fetchResult = 'fetched';
      try {
        await fetch('https://example.org/');
      } catch (error) {
        fetchResult = (error as Error).name;
      }
      // Violations are reported as a task after the fact.
      await new Promise((resolve) => setTimeout(resolve, 100));
      return {
        inline: (window as { __inline?: boolean }).__inline ?? false,
        timerString: (window as { __timerString?: boolean }).__timerString ?? false,
        evalResult,
        functionResult,
        color,
        fetchResult,
        violations: (window as unknown as { __violations: string[] }).__violations,
      };
    });
    expect(outcome).toMatchObject({
      inline: false,
      timerString: false,
      evalResult: 'EvalError',
      functionResult: 'EvalError',
      fetchResult: 'TypeError',
    });
    expect(outcome.color).not.toBe('rgb(255, 0, 0)');
    expect(new Set(outcome.violations)).toEqual(
      new Set(['script-src-elem', 'script-src', 'style-src-attr', 'connect-src']),
    );
  });
});
