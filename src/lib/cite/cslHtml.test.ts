import { describe, expect, it } from 'vitest';
import { runsFromCslHtml, runsToHtml, runsToText } from './cslHtml';

describe('runsFromCslHtml', () => {
  it('reads the italics of a citation and decodes the entities citeproc writes', () => {
    expect(
      runsFromCslHtml('A. Author, <i>War &#38; Peace</i> (n.p.: &#60;Press&#62;, 1961), 5.'),
    ).toEqual([
      { text: 'A. Author, ', italic: false },
      { text: 'War & Peace', italic: true },
      { text: ' (n.p.: <Press>, 1961), 5.', italic: false },
    ]);
  });

  it('drops the bibliography wrappers and the white space around them', () => {
    const html =
      '<div class="csl-bib-body">\n  <div data-csl-entry-id="x" class="csl-entry">Author, A. <i>Title</i>. Press, 1961.</div>\n</div>';
    expect(runsFromCslHtml(html)).toEqual([
      { text: 'Author, A. ', italic: false },
      { text: 'Title', italic: true },
      { text: '. Press, 1961.', italic: false },
    ]);
  });

  it('sets a title inside an italic title in roman, as citeproc marks it', () => {
    expect(
      runsFromCslHtml('<i>On <span style="font-style:normal;">Ulysses</span> Today</i>'),
    ).toEqual([
      { text: 'On ', italic: true },
      { text: 'Ulysses', italic: false },
      { text: ' Today', italic: true },
    ]);
  });

  it('refuses markup it does not know instead of passing it on', () => {
    expect(() => runsFromCslHtml('<a href="https://example.org">x</a>')).toThrow(
      'the citation formatter wrote <a>, which the Cite panel does not know',
    );
    expect(() => runsFromCslHtml('<i>x</b>')).toThrow('</b> where it had not opened one');
    expect(() => runsFromCslHtml('a &bogus; b')).toThrow('unknown entity &bogus;');
  });
});

describe('runsToHtml and runsToText', () => {
  const runs = [
    { text: 'A <b> & ', italic: false },
    { text: '<script>', italic: true },
  ];

  it('escapes the text and sets italics in <i>', () => {
    expect(runsToHtml(runs)).toBe('A &lt;b&gt; &amp; <i>&lt;script&gt;</i>');
  });

  it('joins the text as it reads', () => {
    expect(runsToText(runs)).toBe('A <b> & <script>');
  });
});
