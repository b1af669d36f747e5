import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  estimateTextWidth,
  layoutMarks,
  occupiedExtent,
  type LayoutItem,
  type LayoutOptions,
  type PlacedNode,
} from './packRows';

const GAP = 10;

function item(id: string, x0: number, x1 = x0, labelWidth = 100, lane = 'a'): LayoutItem {
  return { id, lane, shape: x1 > x0 ? 'band' : 'point', x0, x1, labelWidth };
}

/** Nodes in the same lane and row, left to right. */
function rowsOf(nodes: PlacedNode[]): PlacedNode[][] {
  const rows = new Map<string, PlacedNode[]>();
  for (const node of nodes) {
    const key = `${node.lane}/${node.row}`;
    rows.set(key, [...(rows.get(key) ?? []), node]);
  }
  return [...rows.values()].map((row) =>
    row.sort((a, b) => occupiedExtent(a)[0] - occupiedExtent(b)[0]),
  );
}

function expectNoOverlaps(nodes: PlacedNode[], gap = GAP) {
  for (const row of rowsOf(nodes)) {
    for (let i = 1; i < row.length; i++) {
      const [, previousEnd] = occupiedExtent(row[i - 1]!);
      const [start] = occupiedExtent(row[i]!);
      expect(start - previousEnd).toBeGreaterThanOrEqual(gap - 1e-9);
    }
  }
}

describe('layoutMarks', () => {
  it('puts marks that are far apart in the first row with their whole labels', () => {
    const { nodes } = layoutMarks([item('a', 10), item('b', 300)], { width: 800 });
    expect(nodes.map((n) => [n.id, n.row, n.labelWidth])).toEqual([
      ['a', 0, 100],
      ['b', 0, 100],
    ]);
  });

  it('stacks marks whose labels would collide into sub-rows', () => {
    const { nodes } = layoutMarks([item('a', 10), item('b', 40), item('c', 70)], { width: 800 });
    expect(nodes.map((n) => n.row)).toEqual([0, 1, 2]);
    expectNoOverlaps(nodes);
  });

  it('shortens a label rather than stacking when the rows are full', () => {
    const { nodes } = layoutMarks([item('a', 10, 10, 200), item('b', 120)], {
      width: 800,
      defaultRows: 1,
    });
    const a = nodes.find((n) => n.id === 'a')!;
    expect(a.kind === 'event' && a.truncated).toBe(true);
    expect(a.labelWidth).toBeLessThan(200);
    expect(nodes.every((n) => n.row === 0)).toBe(true);
    expectNoOverlaps(nodes);
  });

  it('clusters marks too close to tell apart when the rows run out', () => {
    const { nodes } = layoutMarks(
      [item('a', 100), item('b', 102), item('c', 104), item('d', 600)],
      {
        width: 800,
        defaultRows: 1,
      },
    );
    const cluster = nodes.find((n) => n.kind === 'cluster');
    expect(cluster?.kind === 'cluster' && cluster.ids.sort()).toEqual(['a', 'b', 'c']);
    expect(nodes.find((n) => n.id === 'd')?.kind).toBe('event');
  });

  it('merges the marks that overlap most first, such as two events on the same day', () => {
    const { nodes } = layoutMarks(
      [item('day1', 100, 300), item('day2', 100, 300), item('later', 250, 500)],
      { width: 800, defaultRows: 2 },
    );
    const cluster = nodes.find((n) => n.kind === 'cluster');
    expect(cluster?.kind === 'cluster' && cluster.ids).toEqual(['day1', 'day2']);
  });

  it('lays out each lane on its own', () => {
    const { nodes } = layoutMarks([item('a', 10, 10, 100, 'x'), item('b', 12, 12, 100, 'y')], {
      width: 800,
    });
    expect(nodes.map((n) => [n.id, n.lane, n.row])).toEqual([
      ['a', 'x', 0],
      ['b', 'y', 0],
    ]);
  });

  it('leaves out marks wholly outside the view and keeps a band that runs off the left edge', () => {
    const { nodes, offscreen } = layoutMarks(
      [item('gone', -500, -200), item('band', -300, 200), item('late', 900), item('ends', -300, 0)],
      { width: 800 },
    );
    expect(offscreen.sort()).toEqual(['ends', 'gone', 'late']);
    expect(nodes.map((n) => [n.id, n.labelX])).toEqual([['band', 0]]);
  });

  it('pulls a label near the right edge back into the view', () => {
    const { nodes } = layoutMarks([item('edge', 780, 780, 300)], { width: 800 });
    const [node] = nodes;
    expect(node!.labelX + node!.labelWidth).toBeLessThanOrEqual(800);
    expect(node!.labelWidth).toBeGreaterThanOrEqual(120);
  });

  it('never overlaps, never loses an event and keeps labels in bounds, for any input', () => {
    const arbitraryItem = fc.record({
      id: fc.uuid(),
      lane: fc.constantFrom('a', 'b', 'c'),
      x0: fc.double({ min: -400, max: 1200, noNaN: true }),
      length: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 600, noNaN: true })),
      labelWidth: fc.integer({ min: 0, max: 400 }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(arbitraryItem, { selector: (i) => i.id, maxLength: 40 }),
        fc.integer({ min: 200, max: 1440 }),
        fc.integer({ min: 1, max: 6 }),
        (raw, width, rows) => {
          const items: LayoutItem[] = raw.map((r) => ({
            id: r.id,
            lane: r.lane,
            shape: r.length === 0 ? 'point' : 'band',
            x0: r.x0,
            x1: r.x0 + r.length,
            labelWidth: r.labelWidth,
          }));
          const options: LayoutOptions = { width, defaultRows: rows };
          const { nodes, offscreen } = layoutMarks(items, options);
          expectNoOverlaps(nodes);
          const shown = nodes.flatMap((n) => (n.kind === 'event' ? [n.id] : n.ids));
          expect([...shown, ...offscreen].sort()).toEqual(items.map((i) => i.id).sort());
          for (const node of nodes) {
            expect(node.row).toBeLessThan(rows);
            expect(node.labelX).toBeGreaterThanOrEqual(0);
            expect(node.labelX + node.labelWidth).toBeLessThanOrEqual(width + 1e-9);
            if (node.kind === 'event') {
              const natural = items.find((i) => i.id === node.id)!.labelWidth;
              expect(node.labelWidth).toBeLessThanOrEqual(natural);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('estimateTextWidth', () => {
  it('grows with the length of the text and the font size', () => {
    expect(estimateTextWidth('Gatchina', 13)).toBeGreaterThan(estimateTextWidth('Pskov', 13));
    expect(estimateTextWidth('Pskov', 16)).toBeGreaterThan(estimateTextWidth('Pskov', 13));
  });
});
