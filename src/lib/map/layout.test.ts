import { readFileSync } from 'node:fs';
import { geoArea } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { EventsFile } from '../events/types';
import { overlapArea, type Rect } from './labels';
import { layoutMarchMap, MARKER_RADIUS, scaleBarFor } from './layout';
import { OUTLINE_BOX } from './outlineBox';
import { geoConicConformal } from 'd3-geo';

const file = JSON.parse(readFileSync('events.json', 'utf8')) as EventsFile;
const land = JSON.parse(
  readFileSync('src/assets/map/northwest-russia.json', 'utf8'),
) as FeatureCollection;
// Wider than real text, so the tests leave room for fonts that run wide.
const measure = (text: string) => Math.ceil(text.length * 13 * 0.62);
const SIZES: [number, number][] = [
  [300, 440],
  [360, 520],
  [480, 540],
  [560, 600],
  [680, 620],
];

const layoutAt = (width: number, height: number) =>
  layoutMarchMap({ width, height, places: file.places, land, measure });

const inside = (r: Rect, outer: Rect) =>
  r.x >= outer.x - 0.5 &&
  r.y >= outer.y - 0.5 &&
  r.x + r.width <= outer.x + outer.width + 0.5 &&
  r.y + r.height <= outer.y + outer.height + 0.5;

describe('the bundled outline', () => {
  it('is land around Petrograd, a small part of the sphere (the winding is right)', () => {
    expect(geoArea(land)).toBeGreaterThan(0);
    expect(geoArea(land)).toBeLessThan(0.02);
  });

  it('stays small', () => {
    expect(readFileSync('src/assets/map/northwest-russia.json').byteLength).toBeLessThan(30_000);
  });
});

describe('layoutMarchMap', () => {
  it.each(SIZES)('keeps the %i×%i view inside the outline, so no cut edge shows', (w, h) => {
    const [[west, north], [east, south]] = layoutAt(w, h).corners;
    expect(west).toBeGreaterThan(OUTLINE_BOX.west);
    expect(east).toBeLessThan(OUTLINE_BOX.east);
    expect(south).toBeGreaterThan(OUTLINE_BOX.south);
    expect(north).toBeLessThan(OUTLINE_BOX.north);
  });

  it.each(SIZES)('at %i×%i draws every place once, on the drawing', (w, h) => {
    const layout = layoutAt(w, h);
    expect(layout.places.map((p) => p.id).sort()).toEqual(file.places.map((p) => p.id).sort());
    for (const place of layout.places) {
      expect(place.x).toBeGreaterThan(0);
      expect(place.x).toBeLessThan(w);
      expect(place.y).toBeGreaterThan(0);
      expect(place.y).toBeLessThan(h);
    }
  });

  it.each(SIZES)('at %i×%i gives labels that overlap nothing and stay inside', (w, h) => {
    const layout = layoutAt(w, h);
    const markers = layout.places.map((p) => ({
      id: p.id,
      box: {
        x: p.x - MARKER_RADIUS,
        y: p.y - MARKER_RADIUS,
        width: 2 * MARKER_RADIUS,
        height: 2 * MARKER_RADIUS,
      },
    }));
    for (const place of layout.places) {
      expect(place.label.clear, `${place.id} at ${w}×${h}`).toBe(true);
      const frame = place.frame === 'inset' ? layout.inset! : { x: 0, y: 0, width: w, height: h };
      expect(inside(place.label.box, frame), `${place.id} inside`).toBe(true);
      for (const other of layout.places) {
        if (other.id === place.id) continue;
        expect(overlapArea(place.label.box, other.label.box), `${place.id}/${other.id}`).toBe(0);
      }
      for (const marker of markers) {
        expect(overlapArea(place.label.box, marker.box), `${place.id} on ${marker.id}`).toBe(0);
      }
      if (place.frame === 'main' && layout.inset) {
        expect(overlapArea(place.label.box, layout.inset), `${place.id} on the inset`).toBe(0);
      }
    }
  });

  it.each(SIZES)('at %i×%i sets the Winter Palace and the Smolny apart in the inset', (w, h) => {
    const layout = layoutAt(w, h);
    expect(layout.inset).not.toBeNull();
    const palace = layout.places.find((p) => p.id === 'winter-palace')!;
    const smolny = layout.places.find((p) => p.id === 'smolny')!;
    expect(palace.frame).toBe('inset');
    expect(smolny.frame).toBe('inset');
    expect(Math.hypot(palace.x - smolny.x, palace.y - smolny.y)).toBeGreaterThan(4 * MARKER_RADIUS);
    // The Smolny lies east of the Winter Palace.
    expect(smolny.x).toBeGreaterThan(palace.x);
  });

  it('puts no main-map marker under the inset or the scale bar', () => {
    for (const [w, h] of SIZES) {
      const layout = layoutAt(w, h);
      for (const place of layout.places.filter((p) => p.frame === 'main')) {
        const marker = {
          x: place.x - MARKER_RADIUS,
          y: place.y - MARKER_RADIUS,
          width: 12,
          height: 12,
        };
        expect(overlapArea(marker, layout.inset!)).toBe(0);
      }
    }
  });

  it('draws north up and Ostrov south of Pskov, Gatchina south of Petrograd', () => {
    const layout = layoutAt(560, 600);
    const y = (id: string) => layout.places.find((p) => p.id === id)!.y;
    expect(y('ostrov')).toBeGreaterThan(y('pskov'));
    expect(y('gatchina')).toBeGreaterThan(y('petrograd'));
  });

  it('draws land and lines as SVG paths, and none before the outline loads', () => {
    const layout = layoutAt(560, 600);
    expect(layout.landPath).toMatch(/^M/);
    expect(layout.inset!.landPath).toMatch(/^M/);
    expect(layout.line([file.places[3]!.coordinates, file.places[4]!.coordinates])).toMatch(
      /^M.+L/,
    );
    expect(layout.line([])).toBe('');
    const empty = layoutMarchMap({
      width: 560,
      height: 600,
      places: file.places,
      land: null,
      measure,
    });
    expect(empty.landPath).toBe('');
  });
});

describe('scaleBarFor', () => {
  it('picks a round length near the target width', () => {
    const projection = geoConicConformal().scale(4000).translate([0, 0]);
    const bar = scaleBarFor(projection, [30, 59], 80);
    expect(bar.label).toMatch(/^(1|2|5|10|20|25|50|100|200) km$|^500 m$/);
    expect(bar.length).toBeGreaterThan(30);
    expect(bar.length).toBeLessThan(160);
  });
});
