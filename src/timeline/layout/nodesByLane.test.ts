import { describe, expect, it } from 'vitest';
import { applyStep, catchUpSteps, nodesByLane, type NodesByLane } from './nodesByLane';
import type { PlacedNode } from './packRows';

const node = (id: string, lane: string): PlacedNode => ({
  kind: 'event',
  id,
  lane,
  shape: 'band',
  truncated: false,
  row: 0,
  markStart: 0,
  markEnd: 10,
  labelX: 12,
  labelWidth: 40,
});

describe('nodesByLane', () => {
  it('groups the marks by lane, keeping their order within each', () => {
    const lanes = nodesByLane([node('a1', 'a'), node('b1', 'b'), node('a2', 'a')]);
    expect([...lanes.keys()]).toEqual(['a', 'b']);
    expect(lanes.get('a')!.map((n) => n.id)).toEqual(['a1', 'a2']);
    expect(lanes.get('b')!.map((n) => n.id)).toEqual(['b1']);
  });
});

describe('catchUpSteps and applyStep', () => {
  const ids = (lanes: NodesByLane) =>
    [...lanes].map(([lane, nodes]) => `${lane}:${nodes.map((n) => n.id).join(',')}`);

  it('bring the buttons of one layout to the next, lane by lane, top to bottom', () => {
    const shown = nodesByLane([node('a1', 'a'), node('c1', 'c')]);
    // After the move, lane c is empty and lane b has a mark.
    const target = nodesByLane([node('a2', 'a'), node('b1', 'b')]);
    const steps = catchUpSteps(['a', 'b', 'c', 'd'], shown, target, 10);
    expect(steps).toEqual([
      { lane: 'a', count: 1 },
      { lane: 'b', count: 1 },
      { lane: 'c', count: 0 },
    ]);
    let buttons: NodesByLane = shown;
    buttons = applyStep(buttons, target, steps[0]!);
    expect(ids(buttons)).toEqual(['a:a2', 'c:c1']);
    for (const step of steps.slice(1)) buttons = applyStep(buttons, target, step);
    expect(ids(buttons).sort()).toEqual(ids(target).sort());
    // Each step leaves the buttons it was given as they were.
    expect(ids(shown)).toEqual(['a:a1', 'c:c1']);
  });

  it('makes a crowded lane a chunk of marks a step', () => {
    const target = nodesByLane(Array.from({ length: 7 }, (_, i) => node(`a${i}`, 'a')));
    const steps = catchUpSteps(['a'], new Map(), target, 3);
    expect(steps.map((step) => step.count)).toEqual([3, 6, 7]);
    const after = steps
      .slice(0, 2)
      .reduce<NodesByLane>((b, s) => applyStep(b, target, s), new Map());
    expect(after.get('a')!.map((n) => n.id)).toEqual(['a0', 'a1', 'a2', 'a3', 'a4', 'a5']);
  });

  it('puts lanes missing from the order after those it names', () => {
    const shown = nodesByLane([node('x1', 'x')]);
    const target = nodesByLane([node('a1', 'a')]);
    expect(catchUpSteps(['a'], shown, target, 5).map((step) => step.lane)).toEqual(['a', 'x']);
  });
});
