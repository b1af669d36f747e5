import { describe, expect, it } from 'vitest';
import {
  ocrOfSelection,
  pagesWithResolutions,
  reviewKey,
  withCorrection,
  type AnchorAfterRules,
} from './correctionDraft';

describe('ocrOfSelection', () => {
  it('joins the lines as the reading text does: a hyphenated word made whole, a line break a space', () => {
    expect(ocrOfSelection('the Com- \nmunists. Then I\nadvised')).toBe(
      'the Communists. Then I advised',
    );
  });

  it('keeps a hyphen before a capital, as in All-Russian over a line end', () => {
    expect(ocrOfSelection('All-\nRussian')).toBe('All- Russian');
  });
});

describe('withCorrection', () => {
  it('adds the correction after the others, with its note', () => {
    const rules = { runningTitle: 'X', corrections: [{ ocr: 'a', reading: 'b' }] };
    expect(
      withCorrection(rules, { ocr: 'gênerai', reading: 'general', note: ' OCR: l as i ' }),
    ).toEqual({
      runningTitle: 'X',
      corrections: [
        { ocr: 'a', reading: 'b' },
        { ocr: 'gênerai', reading: 'general', note: 'OCR: l as i' },
      ],
    });
  });
});

describe('pagesWithResolutions', () => {
  const page = { events: [{ anchor: 'one old' }, { anchor: 'two old' }, { anchor: 'three' }] };
  const entry = (index: number): AnchorAfterRules => ({
    id: `e${index}`,
    status: 'review',
    file: 'p.json',
    index,
    anchor: page.events[index]!.anchor,
  });

  it('sets each confirmed or fixed anchor in its page and leaves the rest', () => {
    const queue = [entry(0), entry(1)];
    const changed = pagesWithResolutions(new Map([['p.json', page]]), queue, {
      [reviewKey(queue[0]!)]: 'one new',
      [reviewKey(queue[1]!)]: 'two new',
    });
    expect(changed.get('p.json')!.events.map((e) => e.anchor)).toEqual([
      'one new',
      'two new',
      'three',
    ]);
    expect(page.events[0]!.anchor).toBe('one old');
  });

  it('changes no page while an entry is unresolved', () => {
    expect(pagesWithResolutions(new Map([['p.json', page]]), [entry(0)], {}).size).toBe(0);
  });
});
