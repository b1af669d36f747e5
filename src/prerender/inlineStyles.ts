/**
 * The page's Content-Security-Policy allows no style attribute in the HTML
 * (`style-src 'self'`, no 'unsafe-inline'), yet a server render writes each `style:`
 * directive as one. Before the page is written, every `style="…"` becomes a
 * `data-ps="<n>"` and its declarations a rule of one <style> element, which the
 * page's policy allows by its hash alone. Equal declarations share a number.
 * Hydrated, Svelte sets the same declarations on each element through the CSSOM
 * (which the policy allows), and `startApp` removes the rules.
 */
import { createHash } from 'node:crypto';
import { PRERENDERED_STYLE_ATTRIBUTE } from './markers.ts';

export interface MovedStyles {
  /** The HTML with its style attributes replaced. */
  html: string;
  /** The rules, one per distinct declaration list; empty when there was none. */
  css: string;
}

// Every `<` of a rendered body opens a tag or a comment (text has `&lt;`), and an
// attribute's value has `&quot;` for a quote, so a tag ends at the first `>` outside
// quotes and a style attribute is `style="…"` inside a tag.
const TAG = /<[a-zA-Z][^\s/>]*(?:\s+[^\s=/>]+(?:="[^"]*")?)*\s*\/?>/g;
const STYLE = /\sstyle="([^"]*)"/;

/** Moves the style attributes of `html` into rules (see the module's comment). */
export function moveStyleAttributes(html: string): MovedStyles {
  const numbers = new Map<string, number>();
  const moved = html.replace(TAG, (tag) =>
    tag.replace(STYLE, (_attribute, value: string) => {
      const declarations = decodeAttribute(value).trim();
      if (declarations === '') return '';
      if (/[<>{}]/.test(declarations))
        throw new Error(`a style attribute the prerender cannot move to a rule: "${value}"`);
      let n = numbers.get(declarations);
      if (n === undefined) numbers.set(declarations, (n = numbers.size));
      return ` ${PRERENDERED_STYLE_ATTRIBUTE}="${n}"`;
    }),
  );
  // `!important`, as an attribute's declarations outrank every rule of the stylesheet.
  const css = [...numbers]
    .map(
      ([declarations, n]) =>
        `[${PRERENDERED_STYLE_ATTRIBUTE}="${n}"]{${splitDeclarations(declarations)
          .map((d) => `${d} !important`)
          .join(';')}}`,
    )
    .join('\n');
  return { html: moved, css };
}

/** The CSP source that allows an inline <style> or <script> of exactly this text. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** `a: 1; b: url("x;y")` into its declarations, at the semicolons outside quotes and brackets. */
export function splitDeclarations(declarations: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let from = 0;
  for (let i = 0; i < declarations.length; i++) {
    const c = declarations[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ';' && depth === 0) {
      parts.push(declarations.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(declarations.slice(from));
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

function decodeAttribute(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
