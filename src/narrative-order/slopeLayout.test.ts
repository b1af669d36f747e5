import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sampleFile } from '../lib/events/fixtures/sampleEvents';
import type { TimelineEvent } from '../lib/events/types';
import { placeEvents } from './narrativeOrder';
import { END_INSET, layoutSlopes, paintOrder } from './slopeLayout';

const order = placeEvents(sampleFile.events, sampleFile.sources);

/** The numbers of a path `M x,y C x1,y1,x2,y2,x,y` (d3's link), as a cubic Bézier. */
function bezier(d: string): (t: number) => [number, number] {
  const n = d.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g)!.map(Number);
  expect(n).toHaveLength(8);
  const [x0, y0, x1, y1, x2, y2, x3, y3] = n as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return (t) => {
    const u = 1 - t;
    const point = (a: number, b: number, c: number, e: number) =>
      u * u * u * a + 3 * u * u * t * b + 3 * u * t * t * c + t * t * t * e;
    return [point(x0, x1, x2, x3), point(y0, y1, y2, y3)];
  };
}

describe('layoutSlopes', () => {
  const layout = layoutSlopes(order, { width: 200, rowHeight: 30 });

  it('runs each line from the middle of its row as told to the middle of its row in time', () => {
    const council = layout.lines.find((l) => l.id === 'sovnarkom-appointed')!;
    // Told 4th (row 3), 8th in time (row 7), rows 30 px tall.
    expect(council).toMatchObject({ toldY: 105, timeY: 225, inOrder: false });
    const curve = bezier(council.d);
    expect(curve(0)).toEqual([END_INSET, 105]);
    expect(curve(1)).toEqual([200 - END_INSET, 225]);
    expect(layout.height).toBe(300);
  });

  it('gives the lines in time order, one per event', () => {
    expect(layout.lines.map((l) => l.id)).toEqual(sampleFile.events.map((e) => e.id));
  });

  it('crosses two lines exactly when their events are told the other way round', () => {
    const told = (id: string, start: number) =>
      ({
        id,
        title: id,
        anchor: { source: 'p', position: { start, end: start } },
      }) as TimelineEvent;
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 10_000 }), { minLength: 2, maxLength: 9 }),
        (starts) => {
          const placed = placeEvents(
            starts.map((start, i) => told(`e${i}`, start)),
            [{ id: 'p' }],
          );
          const { lines } = layoutSlopes(placed, { width: 120, rowHeight: 24 });
          const curves = lines.map((l) => bezier(l.d));
          for (let i = 0; i < lines.length; i++) {
            for (let j = i + 1; j < lines.length; j++) {
              // Every line shares its x at each t, so comparing y at the same t is enough;
              // where two lines meet (a difference of 0) is not a side.
              const signs = new Set(
                [0.02, 0.25, 0.5, 0.75, 0.98]
                  .map((t) => Math.sign(curves[i]!(t)[1] - curves[j]!(t)[1]))
                  .filter((sign) => sign !== 0),
              );
              const inverted =
                (placed.byTime[i]!.told - placed.byTime[j]!.told) *
                  (placed.byTime[i]!.time - placed.byTime[j]!.time) <
                0;
              expect(signs.size === 2, `lines ${i} and ${j}`).toBe(inverted);
            }
          }
        },
      ),
    );
  });
});

describe('paintOrder', () => {
  const { lines } = layoutSlopes(order, { width: 200, rowHeight: 30 });

  it('paints lines told out of order over the others, and the selected one last', () => {
    const painted = paintOrder(lines, {
      selected: 'gatchina-reached',
      emphasized: null,
      near: new Set(),
    }).map((l) => l.id);
    expect(painted.at(-1)).toBe('gatchina-reached');
    expect(painted.at(-2)).toBe('sovnarkom-appointed');
    expect(painted.slice(0, 3)).toEqual([
      'winter-palace-stormed',
      'congress-opens',
      'government-deposed',
    ]);
  });

  it('paints the emphasized line over the lines that cross it, under the selected one', () => {
    const painted = paintOrder(lines, {
      selected: 'congress-opens',
      emphasized: 'sovnarkom-appointed',
      near: new Set(['krasnov-briefed', 'kerensky-joins']),
    }).map((l) => l.id);
    expect(painted.slice(-4)).toEqual([
      'krasnov-briefed',
      'kerensky-joins',
      'sovnarkom-appointed',
      'congress-opens',
    ]);
  });
});
