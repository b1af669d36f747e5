import { describe, expect, it } from 'vitest';
import { lanesInView } from './lanesInView';
import { AXIS_HEIGHT, LANE_COLOURS, stackLanes } from './lanes';

const lanes = ['a', 'b', 'c', 'd', 'e'].map((id, i) => ({
  id,
  label: id,
  description: '',
  colour: LANE_COLOURS[i]!,
  rows: 8,
}));
// Each band: 22 + 8 × 36 + 6 = 316 px, under a 66 px axis.
const bands = stackLanes(lanes, AXIS_HEIGHT);

describe('lanesInView', () => {
  it('keeps the lanes a desktop shows above the fold, top to bottom', () => {
    // The plot 100 px down a 720 px window: bands from 166 and 482 px start in view, 798 does not.
    expect([...lanesInView(bands, 100, 720)]).toEqual(['a', 'b']);
  });

  it('counts a band cut by the bottom edge, and none below it', () => {
    expect([...lanesInView(bands, 0, 67)]).toEqual(['a']);
    expect([...lanesInView(bands, 0, 66)]).toEqual([]);
  });

  it('leaves out the bands scrolled past above the viewport', () => {
    // The plot's top 700 px above the viewport: bands a and b end at 382 and 698 px, above it.
    expect([...lanesInView(bands, -700, 720)]).toEqual(['c', 'd', 'e']);
  });
});
