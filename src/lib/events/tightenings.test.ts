import { describe, expect, it } from 'vitest';
import { describeTightening } from './tightenings';
import type { Tightening } from './types';

// As the extractor writes it for the calls on the army, after the Congress opened.
const afterTheCongress: Tightening = {
  bound: 'start.earliest',
  value: '1917-11-07T22:40',
  origin: { event: 'congress-opens', bound: 'start.earliest' },
  chain: [{ from: 'both-sides-call-on-army', kind: 'after', to: 'congress-opens' }],
};

describe('describeTightening', () => {
  it('says the new bound in both calendars and the chain that set it', () => {
    expect(describeTightening(afterTheCongress, 'span', 'gregorian')).toEqual({
      bound: 'Begins no earlier than 22:40 on 7 November 1917 (25 October O.S.)',
      origin: 'congress-opens',
      steps: [{ from: 'both-sides-call-on-army', verb: 'came after', to: 'congress-opens' }],
    });
  });

  it('puts the Old Style day first in that mode, and says an instant happened', () => {
    const reports: Tightening = {
      bound: 'start.earliest',
      value: '1917-11-09T06:00',
      origin: { event: 'gatchina-occupied', bound: 'start.earliest' },
      chain: [{ from: 'krasnov-telegram', kind: 'reports', to: 'gatchina-occupied' }],
    };
    const words = describeTightening(reports, 'instant', 'julian');
    expect(words.bound).toBe(
      'Happened no earlier than 06:00 on 27 October 1917 O.S. (9 November N.S.)',
    );
    expect(words.steps[0]!.verb).toBe('reports');
  });

  it('says which end a span’s bound belongs to', () => {
    const end = { ...afterTheCongress, bound: 'end.latest' as const };
    expect(describeTightening(end, 'span', 'gregorian').bound).toMatch(/^Ends no later than/);
  });
});
