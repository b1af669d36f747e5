import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANE_GEOMETRY, stackLanes, type DrawnLane } from '../layout/lanes';
import { layoutMarks, occupiedExtent, type LayoutItem, type PlacedEvent } from '../layout/packRows';
import { MARK_GEOMETRY } from '../layout/markGeometry';
import { fitLabel, paintList } from './paintMarks';
import type { WindowGlyph } from '../layout/windowGlyph';

const lanes: DrawnLane[] = [
  { id: 'front', label: 'Front', description: 'The Northern Front', colour: '#a2342b', rows: 2 },
  { id: 'city', label: 'City', description: 'Petrograd', colour: '#2c5d8f', rows: 2 },
];
const bands = stackLanes(lanes, 48);
const titles: Record<string, string> = {
  gatchina: 'Gatchina occupied',
  congress: 'Second Congress of Soviets opens',
  call: 'Telephone call to Krasnov',
};
const windowOfTheCall: WindowGlyph = {
  kind: 'window',
  sure: null,
  estimate: { from: 0.6, to: 0.6 },
  readings: [],
  qualified: true,
};
const lookup = {
  title: ({ id }: PlacedEvent) => titles[id] ?? id,
  known: ({ id }: PlacedEvent) => (id === 'call' ? windowOfTheCall : null),
};

function item(id: string, lane: string, x0: number, x1 = x0): LayoutItem {
  return { id, lane, shape: x1 > x0 ? 'band' : 'point', x0, x1, labelWidth: 120 };
}

describe('paintList', () => {
  const { nodes } = layoutMarks(
    [
      item('congress', 'city', 100),
      item('gatchina', 'front', 300, 420),
      item('call', 'front', 600, 700),
    ],
    { width: 1000, rowsPerLane: { front: 2, city: 2 } },
  );
  const paints = paintList(nodes, bands, lookup, 'gatchina');

  it('puts each glyph and label where the HTML mark of the same node has them', () => {
    for (const [i, node] of nodes.entries()) {
      const paint = paints[i]!;
      const band = bands.find((b) => b.lane.id === node.lane)!;
      const top = band.top + LANE_GEOMETRY.headerHeight + node.row * LANE_GEOMETRY.rowHeight;
      expect(paint.box).toEqual({
        x: occupiedExtent(node)[0],
        y: top,
        width: occupiedExtent(node)[1] - occupiedExtent(node)[0],
        height: MARK_GEOMETRY.height,
      });
      expect(paint.glyph.x).toBe(node.markStart);
      expect(paint.glyph.y).toBe(top + MARK_GEOMETRY.glyphTop);
      expect(paint.label).toMatchObject({
        x: node.labelX,
        maxWidth: node.labelWidth,
        // Shortened on the canvas only where the layout found the text too wide.
        shortened: node.kind === 'cluster' || node.truncated,
      });
    }
  });

  it('labels an event with its title, marks the selected one, and carries how its date is known', () => {
    const byTitle = new Map(paints.map((p) => [p.label.text, p]));
    expect(byTitle.get('Gatchina occupied')).toMatchObject({ kind: 'band', selected: true });
    expect(byTitle.get('Second Congress of Soviets opens')).toMatchObject({
      kind: 'point',
      selected: false,
      known: null,
    });
    expect(byTitle.get('Telephone call to Krasnov')?.known).toBe(windowOfTheCall);
  });

  it('draws a cluster as its count, selected when it holds the selected event', () => {
    const crowded = Array.from({ length: 40 }, (_, i) =>
      item(i ? `e${i}` : 'gatchina', 'front', 500 + i * 0.5),
    );
    const layout = layoutMarks(crowded, { width: 1000, rowsPerLane: { front: 2 } });
    const clusters = paintList(layout.nodes, bands, lookup, 'gatchina').filter(
      (p) => p.kind === 'cluster',
    );
    expect(clusters.length).toBeGreaterThan(0);
    expect(clusters.reduce((sum, p) => sum + p.count!, 0)).toBeLessThanOrEqual(40);
    for (const cluster of clusters) {
      expect(cluster.label.text).toBe(`${cluster.count} events`);
      expect(cluster.glyph.width).toBeGreaterThanOrEqual(MARK_GEOMETRY.clusterHeight);
    }
    expect(clusters.filter((p) => p.selected)).toHaveLength(1);
  });

  it('rings the focused event mark only', () => {
    const ringed = paintList(nodes, bands, lookup, null, 'call').filter((p) => p.focused);
    expect(ringed.map((p) => p.label.text)).toEqual(['Telephone call to Krasnov']);
    expect(paintList(nodes, bands, lookup, null).some((p) => p.focused)).toBe(false);
  });

  it('leaves out nodes of a lane that is not drawn', () => {
    expect(paintList(nodes, bands.slice(1), lookup, null).every((p) => p.lane === 'city')).toBe(
      true,
    );
  });
});

describe('fitLabel', () => {
  // Every character 7 pixels wide, the ellipsis too.
  const measure = (text: string) => text.length * 7;

  it('keeps a label that fits and shortens one that does not, with an ellipsis', () => {
    expect(fitLabel('Gatchina', 56, measure)).toBe('Gatchina');
    expect(fitLabel('Gatchina occupied', 56, measure)).toBe('Gatchin…');
    expect(fitLabel('Gatchina occupied', 3, measure)).toBe('');
  });

  it('gives the longest start that fits, never wider than the room', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.integer({ min: 0, max: 500 }), (text, room) => {
        const shown = fitLabel(text, room, measure);
        if (measure(text) <= room) {
          expect(shown).toBe(text);
          return;
        }
        expect(measure(shown)).toBeLessThanOrEqual(room);
        const kept = shown ? shown.length - 1 : 0;
        expect(text.startsWith(shown.slice(0, kept))).toBe(true);
        // One more character would not have fitted.
        expect(measure(`${text.slice(0, kept + 1)}…`)).toBeGreaterThan(room);
      }),
    );
  });
});
