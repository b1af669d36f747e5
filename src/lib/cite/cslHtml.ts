/**
 * Citeproc-js's HTML output read into runs of text with their italics, so that the
 * Cite panel sets the title in `<i>` as Svelte text (nothing from the data is ever
 * parsed as HTML in the page) and the clipboard's HTML is written by our own escaping.
 * Citeproc escapes the text it is given; the only markup it writes is the handful of
 * tags read here, and any other is an error rather than something passed through.
 */

export interface Run {
  text: string;
  italic: boolean;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return String.fromCodePoint(code);
    }
    const named = ENTITIES[name.toLowerCase()];
    if (named === undefined)
      throw new Error(`the citation formatter wrote an unknown entity ${whole}`);
    return named;
  });
}

/**
 * The runs of a citation or bibliography entry in citeproc's HTML. Block wrappers
 * (`div.csl-bib-body`, `div.csl-entry`) and the white space between them are dropped.
 */
export function runsFromCslHtml(html: string): Run[] {
  const runs: Run[] = [];
  // One entry per open element: what it does to italics ('i', 'roman' or nothing).
  const open: { tag: string; style: 'i' | 'roman' | null }[] = [];
  const italic = () => {
    const last = [...open].reverse().find((o) => o.style !== null);
    return last?.style === 'i';
  };
  const push = (raw: string) => {
    if (!raw) return;
    const text = decode(raw);
    const prev = runs.at(-1);
    if (prev && prev.italic === italic()) prev.text += text;
    else runs.push({ text, italic: italic() });
  };
  const tag = /<(\/?)([a-z]+)([^>]*)>/gi;
  let at = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const [whole, closing, rawName, attrs] = m;
    const name = rawName!.toLowerCase();
    push(html.slice(at, m.index));
    at = m.index + whole.length;
    if (closing) {
      const last = open.pop();
      if (last?.tag !== name)
        throw new Error(`the citation formatter wrote </${name}> where it had not opened one`);
      continue;
    }
    switch (name) {
      case 'i':
      case 'em':
        open.push({ tag: name, style: 'i' });
        break;
      case 'span':
        open.push({
          tag: name,
          style: /font-style:\s*normal/.test(attrs!)
            ? 'roman'
            : /font-style:\s*italic/.test(attrs!)
              ? 'i'
              : null,
        });
        break;
      case 'div':
      case 'b':
      case 'strong':
      case 'sup':
      case 'sub':
        open.push({ tag: name, style: null });
        break;
      default:
        throw new Error(
          `the citation formatter wrote <${name}>, which the Cite panel does not know`,
        );
    }
  }
  push(html.slice(at));
  return trimRuns(runs);
}

/** Drops the white space citeproc puts around its block wrappers, at either end. */
function trimRuns(runs: Run[]): Run[] {
  const trimmed = runs.map((run, i) => ({
    ...run,
    text: i === 0 ? run.text.trimStart() : i === runs.length - 1 ? run.text.trimEnd() : run.text,
  }));
  if (trimmed.length === 1) trimmed[0]!.text = trimmed[0]!.text.trim();
  return trimmed.filter((r) => r.text !== '');
}

/** The runs as plain text. */
export function runsToText(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join('');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The runs as HTML for the clipboard: escaped text, italics in `<i>`. */
export function runsToHtml(runs: readonly Run[]): string {
  return runs.map((r) => (r.italic ? `<i>${escapeHtml(r.text)}</i>` : escapeHtml(r.text))).join('');
}
