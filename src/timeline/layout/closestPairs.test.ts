import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closestPair, closestPairByTrial, MergeQueue, type Extent } from './closestPairs';
import { layoutMarks, layoutMarksWith, type LayoutItem, type MergeOrder } from './packRows';

const extent = fc
  .tuple(
    fc.oneof(fc.integer({ min: -50, max: 300 }), fc.double({ min: -50, max: 300, noNaN: true })),
    fc.oneof(
      fc.constant(12),
      fc.integer({ min: 1, max: 80 }),
      fc.double({ min: 0.5, max: 400, noNaN: true }),
    ),
  )
  .map(([start, length]) => [start, start + length] as const);

describe('closestPair', () => {
  it('finds the pair that overlaps most as a share of the shorter', () => {
    expect(
      closestPair([
        [0, 12],
        [100, 112],
        [5, 17],
        [104, 116],
      ]),
    ).toEqual([1, 3]);
  });

  it('finds the pair with the least gap when nothing overlaps', () => {
    expect(
      closestPair([
        [0, 10],
        [50, 60],
        [14, 20],
        [90, 100],
      ]),
    ).toEqual([0, 2]);
  });

  it('gives the first pair in order on a tie', () => {
    expect(
      closestPair([
        [0, 10],
        [20, 30],
        [40, 50],
      ]),
    ).toEqual([0, 1]);
    expect(
      closestPair([
        [40, 50],
        [0, 10],
        [20, 30],
      ]),
    ).toEqual([0, 2]);
  });

  it('answers as trying every pair does, for any extents', () => {
    fc.assert(
      fc.property(fc.array(extent, { minLength: 2, maxLength: 60 }), (edges) => {
        expect(closestPair(edges)).toEqual(closestPairByTrial(edges));
      }),
      { numRuns: 2000 },
    );
  });

  it('answers as trying every pair does for crowded marks of one width', () => {
    const crowded = fc
      .array(fc.integer({ min: 0, max: 40 }), { minLength: 2, maxLength: 60 })
      .map((xs) => xs.map((x) => [x - 6, x + 6] as const));
    fc.assert(
      fc.property(crowded, (edges) => {
        expect(closestPair(edges)).toEqual(closestPairByTrial(edges));
      }),
      { numRuns: 1000 },
    );
  });

  it('handles extents of no length by trying every pair', () => {
    expect(
      closestPair([
        [5, 5],
        [5, 5],
        [9, 9],
      ]),
    ).toEqual(
      closestPairByTrial([
        [5, 5],
        [5, 5],
        [9, 9],
      ]),
    );
  });
});

describe('MergeQueue', () => {
  it('picks, merge after merge, the pair that trying every pair picks', () => {
    fc.assert(
      fc.property(fc.array(extent, { minLength: 2, maxLength: 40 }), (start) => {
        let edges: Extent[] = [...start];
        const queue = new MergeQueue(edges);
        while (edges.length > 1) {
          const [i, j] = queue.next();
          expect([i, j]).toEqual(closestPairByTrial(edges));
          const merged = [
            Math.min(edges[i]![0], edges[j]![0]),
            Math.max(edges[i]![1], edges[j]![1]),
          ] as const;
          edges = [...edges.filter((_, k) => k !== i && k !== j), merged];
          queue.merge(i, j, merged);
        }
      }),
      { numRuns: 500 },
    );
  });
});

/** Merges by trying every pair of groups after each merge, as the definition says. */
function mergeByTrial(start: readonly Extent[]): MergeOrder {
  let edges = [...start];
  return {
    next: () => closestPairByTrial(edges),
    merge(i, j, extent) {
      edges = [...edges.filter((_, k) => k !== i && k !== j), extent];
    },
  };
}

describe('layoutMarks with the merge queue', () => {
  it('lays out exactly as merging by trying every pair does', () => {
    const arbitraryItem = fc.record({
      id: fc.uuid(),
      lane: fc.constantFrom('a', 'b'),
      x0: fc.oneof(
        fc.integer({ min: -100, max: 900 }),
        fc.double({ min: -100, max: 900, noNaN: true }),
      ),
      length: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 300 })),
      labelWidth: fc.integer({ min: 0, max: 300 }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(arbitraryItem, { selector: (i) => i.id, maxLength: 50 }),
        fc.integer({ min: 200, max: 1440 }),
        fc.integer({ min: 1, max: 4 }),
        (raw, width, rows) => {
          const items: LayoutItem[] = raw.map((r) => ({
            id: r.id,
            lane: r.lane,
            shape: r.length === 0 ? 'point' : 'band',
            x0: r.x0,
            x1: r.x0 + r.length,
            labelWidth: r.labelWidth,
          }));
          const fast = layoutMarks(items, { width, defaultRows: rows });
          const trial = layoutMarksWith(items, { width, defaultRows: rows }, mergeByTrial);
          expect(fast.nodes).toEqual(trial.nodes);
        },
      ),
      { numRuns: 500 },
    );
  });
});
