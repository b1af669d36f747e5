import { describe, expect, it } from 'vitest';
import { moveStyleAttributes, splitDeclarations, hashSource } from './inlineStyles';
import { createHash } from 'node:crypto';

describe('moveStyleAttributes', () => {
  it('leaves no style attribute and gives each element its declarations as a rule', () => {
    const html =
      '<div class="lane" style="top: 66px; --lane-base: #a2342b;"><button style="left: 10%;" data-x="style=&quot;no&quot;">a &lt;b style="x"&gt;</button>' +
      '<span style="top: 66px; --lane-base: #a2342b;"></span><i style=""></i></div>';
    const { html: moved, css } = moveStyleAttributes(html);
    // Text that looks like an attribute, and an attribute whose value holds one, are left as they are.
    expect(moved).toContain('a &lt;b style="x"&gt;');
    expect(moved).toContain('data-x="style=&quot;no&quot;"');
    expect(moved).toBe(
      '<div class="lane" data-ps="0"><button data-ps="1" data-x="style=&quot;no&quot;">a &lt;b style="x"&gt;</button>' +
        '<span data-ps="0"></span><i></i></div>',
    );
    expect(css.split('\n')).toEqual([
      '[data-ps="0"]{top: 66px !important;--lane-base: #a2342b !important}',
      '[data-ps="1"]{left: 10% !important}',
    ]);
  });

  it('reads quotes in a declaration as the browser would', () => {
    const { css } = moveStyleAttributes(`<p style="--tl-font: system-ui, &#39;Segoe UI&#39;">`);
    expect(css).toBe(`[data-ps="0"]{--tl-font: system-ui, 'Segoe UI' !important}`);
  });

  it('refuses a declaration that would end its rule or its <style> element', () => {
    expect(() => moveStyleAttributes('<p style="color: red} body{color: blue">')).toThrow(
      /cannot move to a rule/,
    );
    expect(() => moveStyleAttributes('<p style="--x: &lt;/style&gt;">')).toThrow(
      /cannot move to a rule/,
    );
  });
});

describe('splitDeclarations', () => {
  it('splits at the semicolons outside quotes and brackets', () => {
    expect(
      splitDeclarations(`a: 1; b: url("x;y"); c: 'p;q' ;; d: calc(1px + var(--e, 2px))`),
    ).toEqual(['a: 1', 'b: url("x;y")', "c: 'p;q'", 'd: calc(1px + var(--e, 2px))']);
  });
});

describe('hashSource', () => {
  it('is the CSP source of the SHA-256 of the exact text', () => {
    const css = '[data-ps="0"]{left: 1% !important}';
    const digest = createHash('sha256').update(css).digest('base64');
    expect(hashSource(css)).toBe(`'sha256-${digest}'`);
    expect(hashSource(`${css}\n`)).not.toBe(hashSource(css));
  });
});
